"""Verify eval/datasets/unseen19/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen19/check_unseen19.py   (from the repo root)

Adapted from eval/datasets/unseen12/check_unseen12.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u19-<a|b|c|d>-qNNN / u19-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (after NFKC folding, so c's full-width digits
  count), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)" column header line of
  the table the span is a row of (a: a Word table the loader writes as "cell | cell" lines; d: a Markdown
  pipe table). Chinese numerals 1..99 are accepted;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- each question names its doc's region (either script) and each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("docx" for a, "gb18030" for
  b) and keeps its shape (a: the Word table header and 合计 row; b: raw bytes that are not valid UTF-8 and
  decode as GB18030 to the loaded text; c: UTF-8 with CRLF line endings throughout, full-width digits and no
  ASCII digit; d: Markdown title, "## " headings, bold run-in headings, a pipe table by 县（市、区） with a
  |---| rule and a 全市 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u19-… ids), "not found as written" for c items whose evidence is
in full-width digits, and "not found as written" for table-row items whose unit is only in the table's
header line. Any other check_gold message counts as an error. Exits 1 on any error.
"""
import re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, FULLWIDTH_DIGIT, FULLWIDTH, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus,
    check_sizes, unexpected_encoding, require_strings, unans_only, written_as, full_run, legacy_bytes)

HERE = REPO / "eval/datasets/unseen19"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億", "万亿项个点吨亩头户张台辆笔间条场亿")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_city_2023_ndrc.docx": ("a", ("滁州",)),
    "b_city_2023h1_gb18030.txt": ("b", ("滁州", "天长", "天長", "来安", "來安")),
    "c_county_2023_fullwidth_crlf.txt": ("c", ("全椒",)),
    "d_city_2024q1_commerce.md": ("d", ("滁州", "琅琊", "南谯", "南譙", "天长", "天長", "明光", "来安", "來安",
                                       "全椒", "定远", "定遠", "凤阳", "鳳陽")),
}
ENCODINGS = {"a_city_2023_ndrc.docx": "docx", "b_city_2023h1_gb18030.txt": "gb18030",
             "c_county_2023_fullwidth_crlf.txt": "utf-8", "d_city_2024q1_commerce.md": "utf-8"}
# regions named only in unanswerable questions (none in this set: 来安 is a near-miss region, but b and d report it)
UNANS_ONLY = ()
loaded = load_corpus(CORPUS, (".txt", ".md", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    "a_city_2023_ndrc.docx": ["滁州市发展和改革局2023年工作总结及2024年工作安排", "一、2023年工作总结",
                              "\n项目名称 | 总投资(亿元) | 2023年计划投资(亿元) | 2023年完成投资(亿元)\n",
                              "\n合计 | 452.2 | 120.3 | 125.22\n", "三、2024年工作安排"],
    "b_city_2023h1_gb18030.txt": ["滁州市工业和信息化局2023年上半年工作总结及下半年工作打算", "一、上半年工作完成情况",
                                  "规模以上工业增加值同比增长", "三、下半年工作打算"],
    "c_county_2023_fullwidth_crlf.txt": ["全椒县科学技术局２０２３年工作总结及２０２４年工作思路", "一、２０２３年工作总结",
                                         "三、２０２４年工作思路", "\r\n"],
    "d_city_2024q1_commerce.md": ["# 滁州市商务局2024年一季度商务运行情况汇报", "\n> 发布时间：", "\n## 一、", "\n## 三、",
                                  "**（一）", "|---|---|---|---|---|",
                                  "| 县（市、区） | 社会消费品零售总额(亿元) | 增速(%) | 进出口总额(亿元) | 增速(%) |",
                                  "\n| 全市 | 289.64 | 6.9 | 186.52 | 14.8 |"],
}
require_strings(texts, RESIDUE, errors)
B, C = "b_city_2023h1_gb18030.txt", "c_county_2023_fullwidth_crlf.txt"
if B in texts:
    legacy_bytes(CORPUS / B, "gb18030", errors, texts[B])
if C in texts:
    raw = (CORPUS / C).read_bytes(); ct = texts[C]
    if raw.decode("utf-8") != ct:
        errors.append(f"{C}: UTF-8 decoding differs from the loaded text")
    if ct.count("\n") != ct.count("\r\n") or ct.count("\n") < 20:
        errors.append(f"{C}: expected CRLF line endings throughout")
    if re.search(r"[0-9]", ct):
        errors.append(f"{C}: ASCII digits found; the report is written in full-width digits")
    if len(FULLWIDTH_DIGIT.findall(ct)) < 150:
        errors.append(f"{C}: fewer full-width digits than expected")
if "d_city_2024q1_commerce.md" in texts:
    rows_d = [l for l in texts["d_city_2024q1_commerce.md"].split("\n") if l.startswith("| ")]
    if len(rows_d) != 11:
        errors.append(f"d_city_2024q1_commerce.md: expected 11 pipe-table lines (header + 10 rows), got {len(rows_d)}")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S), "u19",
         [(FULLWIDTH, written_as(FULLWIDTH_DIGIT.pattern, errors)), (TABLE_CELL, None)],
         counts=dict(colloquial=True), answerable=unans_only(UNANS_ONLY))
