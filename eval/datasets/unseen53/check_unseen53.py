"""Verify eval/datasets/unseen53/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen53/check_unseen53.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (and the GB18030 checks of unseen23). It uses only
index.loaders.load_report from the product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u53-<a|b|c>-qNNN / u53-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters folded),
  with its unit after it (after an optional 余/多 qualifier), or as the "(unit)" of its own column's heading
  in the header line of the table the span is a row of (a: the plain-text "cell | cell" table of 时段; b: the
  plain-text table of 案件類型; c: the Word table of 街道); a number the PDF text of a splits over a line
  break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and each
  answerable question names a year; 横山/吴堡 (b) are named only by unanswerable items;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); report b contains no simplified-only character and reports a and c no
  traditional-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("pdf" for a, "gb18030" for
  b, "docx" for c) and keeps its shape (a: a real PDF whose text is wrapped into at least 40 lines of at most
  50 characters, numbered sections, the 时段 table with a 合计 row; b: GB18030 bytes that are not UTF-8 and
  decode strictly to the loaded text, CRLF line ends only, traditional script, the 案件類型 table with a 合計
  row; c: a real .docx whose Word table comes out as "cell | cell" lines with a 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u53-… ids) and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_CELL, load_corpus, load_rows, number_ok, split_by_line_break, check_corpus, check_sizes,
    unexpected_encoding, require_strings, names_one_report, unans_only, legacy_bytes, check_traditional,
    check_gold, full_run
)

HERE = REPO / "eval/datasets/unseen53"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊單", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队单")
A = "a_zone_2024_bonded.pdf"; B = "b_city_2023_legal_aid_gb18030.txt"; C = "c_district_2024h1_employment.docx"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("涪陵",)),
    B: ("b", ("榆林", "榆阳", "榆陽", "神木", "府谷", "靖边", "靖邊", "吴堡", "吳堡", "横山", "橫山")),
    C: ("c", ("赤坎",)),
}
ENCODINGS = {A: "pdf", B: "gb18030", C: "docx"}
UNANS_ONLY = ("横山", "橫山", "吴堡", "吳堡")  # b: 横山区 is not in the report, 吴堡 only "执业律师数量偏少"
loaded = load_corpus(CORPUS, (".txt", ".docx", ".pdf")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["涪陵综合保税区管理委员会2024年工作总结和2025年工作思路", "一、2024年主要指标完成情况", "二、重点工作推进情况",
        "三、存在的问题", "四、2025年工作思路", "（一）进出口规模再上台阶",
        "\n时段 | 进出口额(亿元) | 保税加工(亿元) | 跨境电商(万单) | 进出口同比增长(%)\n",
        "\n合计 | 186.4 | 126.3 | 1286 | 13.1\n", "个百分点", "同比增长"],
    B: ["榆林市法律援助中心2023年工作總結和2024年工作思路", "一、2023年主要工作成效", "二、存在的問題",
        "三、2024年工作思路", "（一）案件辦理量質齊升",
        "\r\n案件類型 | 受理(件) | 辦結(件) | 挽回損失(萬元) | 占受理總量(%)\r\n",
        "\r\n合計 | 3862 | 3517 | 12700 | 100.0\r\n", "居全省第", "個百分點"],
    C: ["赤坎区公共就业和人才服务中心2024年上半年工作总结及下半年工作计划", "一、主要指标完成情况",
        "二、重点工作推进情况", "四、下半年工作计划",
        "街道 | 城镇新增就业(人) | 失业人员再就业(人) | 发放创业担保贷款(万元) | 职业技能培训(人次)",
        "\n合计 | 4286 | 1538 | 3865 | 2978", "居全市第", "同比增长"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    if (CORPUS / A).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{A}: not a PDF file")
    lines = texts[A].split("\n")
    if len(lines) < 40 or max(len(l) for l in lines) > 50:
        errors.append(f"{A}: expected the PDF text wrapped into >=40 lines of <=50 characters")
if B in texts:
    raw = legacy_bytes(CORPUS / B, "gb18030", errors, texts[B])
    s = raw.decode("gb18030", errors="replace")
    if s.count("\r\n") < 25 or "\n" in s.replace("\r\n", "") or "\r" in s.replace("\r\n", ""):
        errors.append(f"{B}: expected CRLF line ends only")
    check_traditional(texts, B, errors)
for d in (A, C):
    if d in texts and (bad := sorted(set(texts[d]) & check_gold().TRAD_ONLY)):
        errors.append(f"{d}: simplified report contains traditional-only characters {bad}")
if C in texts and (CORPUS / C).read_bytes()[:2] != b"PK":
    errors.append(f"{C}: not a .docx (zip) file")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, column=True, skip=split_by_line_break), "u53",
         [(TABLE_CELL, None)],
         counts=dict(colloquial=True), before=names_one_report(DOCS), answerable=unans_only(UNANS_ONLY))
