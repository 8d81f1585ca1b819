"""Verify eval/datasets/unseen21/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen21/check_unseen21.py   (from the repo root)

Adapted from eval/datasets/unseen12/check_unseen12.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u21-<a|b|c|d>-qNNN / u21-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited (a leading minus sign is part of the number), in its evidence,
  with its unit after it (after an optional 余/多 qualifier), or in the "(unit)" column header line of the
  table the span is a row of (b: a Markdown pipe table with full-width （unit） headers; c: the two Word
  tables the loader writes as "cell | cell" lines). Chinese numerals 1..99 are accepted;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- each question names its doc's region (either script), each answerable question names a year, and no
  answerable question names 古镛 (used only in an unanswerable near-miss);
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding and keeps its shape
  (a: HTML-scraped page with navigation/来源/浏览次数/打印本页/上一篇/主办单位 residue, 政府工作报告 review
  and 主要预期目标; b: Markdown title, "## " headings, bold run-in headings, a pipe table by 村 with a |---|
  rule and a 合计 row; c: a real .docx whose loaded text has both table header lines and a 合计 row;
  d: GBK bytes (not valid UTF-8) with CRLF line endings only, kept as CRLF in the loaded text, and
  targets only: "2024年" occurs just once, in the date line).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u21-… ids), and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, FULLWIDTH_DIGIT, FULLWIDTH, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus,
    check_sizes, unexpected_encoding, require_strings, unans_only, written_as, full_run, legacy_bytes)

HERE = REPO / "eval/datasets/unseen21"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億", "万亿项个点吨亩头户张台辆笔间条场亿")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_county_2025_gov_web.txt": ("a", ("将乐", "將樂")),
    "b_town_2024h1.md": ("b", ("沙家浜",)),
    "c_group_2023.docx": ("c", ("北海",)),
    "d_county_2025_plan_gbk.txt": ("d", ("封开", "封開")),
}
ENCODINGS = {"a_county_2025_gov_web.txt": "utf-8", "b_town_2024h1.md": "utf-8",
             "c_group_2023.docx": "docx", "d_county_2025_plan_gbk.txt": "gb18030"}
# regions named only in unanswerable questions (must not be the region of any answerable question)
UNANS_ONLY = ("古镛", "古鏞")
loaded = load_corpus(CORPUS, (".txt", ".md", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    "a_county_2025_gov_web.txt": ["首页 > 政务公开 > ", "当前位置：首页 >> ", "来源：将乐县人民政府办公室", "浏览次数：",
                                  "【字体：大 中 小】", "政府工作报告\n", "各位代表：", "一、2024年工作回顾",
                                  "二、2025年工作安排", "主要预期目标", "【打印本页】　　【关闭窗口】", "上一篇：", "下一篇：",
                                  "主办单位："],
    "b_town_2024h1.md": ["# 沙家浜镇2024年上半年工作总结和下半年工作打算", "> 发布时间：", "\n## 一、", "\n## 三、",
                         "**（一）", "| 村 | 上半年集体经济收入（万元） |", "|---|---|", "| 合计 | ", "我镇", "截至6月底",
                         "下半年"],
    "c_group_2023.docx": ["北海海晟城市发展集团有限公司2023年度工作总结",
                          "子公司 | 营业收入(亿元) | 利润总额(亿元) | 资产总额(亿元)",
                          "板块 | 项目数(个) | 总投资(亿元) | 年度完成投资(亿元)", "\n合计 | ", "四、2024年工作计划"],
    "d_county_2025_plan_gbk.txt": ["封开县住房和城乡建设局2025年工作思路\r\n", "一、主要目标", "二、重点工作",
                                   "三、保障措施", "力争", "计划"],
}
require_strings(texts, RESIDUE, errors)
if "a_county_2025_gov_web.txt" in texts and "\r" in texts["a_county_2025_gov_web.txt"]:
    errors.append("a_county_2025_gov_web.txt: unexpected CR characters")
if "c_group_2023.docx" in texts:
    import zipfile
    with zipfile.ZipFile(CORPUS / "c_group_2023.docx") as z:
        ntab = z.read("word/document.xml").decode("utf-8").count("<w:tbl>")
    if ntab != 2:
        errors.append(f"c_group_2023.docx: expected 2 Word tables, found {ntab}")
if "d_county_2025_plan_gbk.txt" in texts:
    raw = legacy_bytes(CORPUS / "d_county_2025_plan_gbk.txt", "gbk", errors)
    if raw.count(b"\n") != raw.count(b"\r\n") or b"\r\n" not in raw:
        errors.append("d_county_2025_plan_gbk.txt: line endings are not all CRLF")
    dt = texts["d_county_2025_plan_gbk.txt"]
    if "\r\n" not in dt:
        errors.append("d_county_2025_plan_gbk.txt: loaded text lost its CRLF line endings (evidence spans assume CRLF)")
    if dt.count("2024年") != 1:
        errors.append("d_county_2025_plan_gbk.txt: the plan should name 2024年 only in its date line")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, signed=True, lookbehind=r"\d.\-"), "u21",
         [(FULLWIDTH, written_as(FULLWIDTH_DIGIT.pattern, errors)), (TABLE_CELL, None)],
         counts=dict(colloquial=True), answerable=unans_only(UNANS_ONLY), answer_lookbehind=r"\d.\-")
