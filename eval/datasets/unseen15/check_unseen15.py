"""Verify eval/datasets/unseen15/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen15/check_unseen15.py   (from the repo root)

Adapted from eval/datasets/unseen12/check_unseen12.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u15-<a|b|c|d>-qNNN / u15-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value (negative values included) is written, digit-delimited, in its evidence, with its unit after
  it (after an optional 余/多 qualifier), or in the "(unit)" column header line of the table the span is a
  row of (b: a Word table the loader writes as "cell | cell" lines; d: a Markdown pipe table, whose row
  labels carry the unit as "（亿元）"). Chinese numerals 1..99 are accepted;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- each question names its doc's region (either script), each answerable question names a year, and no
  answerable question names 宁蒗 (used only in an unanswerable near-miss);
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding (a: gb18030 bytes that are
  not valid UTF-8; b: docx; c: big5 bytes that are not valid UTF-8; d: utf-8) and keeps its shape
  (a: at least four "- N -" page-number lines each followed by the running header, and at least three
  evidence spans that run across one; b: the Word table header, a negative cell and the 合计 row;
  c: traditional script and two 居全省第 ranks; d: Markdown title, "## "/"### " headings, bold 一是/二是
  run-ins, a pipe table with a |---| rule, and 居全省县级市第/首位 ranks).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u15-… ids), and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, FULLWIDTH_DIGIT, FULLWIDTH, TABLE_CELL, load_corpus, load_rows, check_gold, number_ok,
    check_corpus, check_sizes, unexpected_encoding, require_strings, not_utf8, unans_only, written_as,
    full_run
)

HERE = REPO / "eval/datasets/unseen15"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億", "万亿项个点吨亩头户张台辆笔间条场亿")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_city_2023_budget_gb18030.txt": ("a", ("钦州", "欽州", "灵山", "靈山", "浦北")),
    "b_city_2023_water.docx": ("b", ("抚州", "撫州", "临川", "臨川", "黎川", "崇仁", "乐安", "樂安", "南城",
                                     "广昌", "廣昌", "南丰", "南豐")),
    "c_city_2024h1_big5.txt": ("c", ("丽江", "麗江", "玉龙", "玉龍", "永胜", "永勝", "华坪", "華坪")),
    "d_countycity_2023_commerce.md": ("d", ("福清", "融侨", "融僑", "元洪")),
}
ENCODINGS = {"a_city_2023_budget_gb18030.txt": "gb18030", "b_city_2023_water.docx": "docx",
             "c_city_2024h1_big5.txt": "big5", "d_countycity_2023_commerce.md": "utf-8"}
# regions named only in unanswerable questions (must not be the region of any doc)
UNANS_ONLY = ("宁蒗", "寧蒗")
loaded = load_corpus(CORPUS, (".txt", ".md", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
for d in ("a_city_2023_budget_gb18030.txt", "c_city_2024h1_big5.txt"):
    not_utf8(CORPUS / d, f"{d}: bytes decode as UTF-8; expected {ENCODINGS[d]} only", errors)
RUNNING_HEADER = "2023年预算执行情况和2024年预算草案报告"
RESIDUE = {
    "a_city_2023_budget_gb18030.txt": ["关于钦州市2023年预算执行情况和2024年预算草案的报告", "一般公共预算收入",
                                       "为预算的", "税收收入占一般公共预算收入的比重",
                                       "民生支出", "政府债务余额", "三、2024年预算草案", "下降"],
    "b_city_2023_water.docx": ["抚州市水利局2023年工作总结和2024年工作计划",
                               "项目类别 | 项目数(个) | 完成投资(亿元) | 同比增长(%)", "\n合计 | ", " | -3.6",
                               "河湖长", "节水型", "水土流失综合治理面积", "平方公里", "三、2024年工作计划"],
    "c_city_2024h1_big5.txt": ["麗江市文化和旅遊局2024年上半年工作總結", "接待海內外遊客", "萬人次", "旅遊總收入",
                               "居全省第", "同比下降", "下半年工作打算"],
    "d_countycity_2023_commerce.md": ["# 福清市2023年商务和开放型经济工作汇报", "\n## 一、", "\n### （一）", "**一是",
                                      "**二是", "|---|---|", "| 指标 | 2023年完成 | 同比增长(%) | 总量居全省县级市位次 |",
                                      "居全省县级市第", "我市", "汇报完毕"],
}
require_strings(texts, RESIDUE, errors)
if "a_city_2023_budget_gb18030.txt" in texts:
    at = texts["a_city_2023_budget_gb18030.txt"]
    pbs = re.findall(r"\n- \d+ -\n", at)
    if len(pbs) < 4 or at.count("\n" + RUNNING_HEADER + "\n") < 4:
        errors.append("a_city_2023_budget_gb18030.txt: expected at least 4 page-number lines and running headers")
    # at least three answerable items whose evidence runs across a page break
    across = [r for r in rows if r.get("doc") == "a_city_2023_budget_gb18030.txt" and r.get("evidence")
              and re.search(r"\n- \d+ -\n" + RUNNING_HEADER + "\n", r["evidence"])]
    if len(across) < 3:
        errors.append(f"a: only {len(across)} evidence spans run across a page break (expected >= 3)")
if "c_city_2024h1_big5.txt" in texts:
    ct = texts["c_city_2024h1_big5.txt"]
    if ct.count("居全省第") < 2:
        errors.append("c_city_2024h1_big5.txt: expected at least 2 居全省第 ranks")
if "d_countycity_2023_commerce.md" in texts:
    dt = texts["d_countycity_2023_commerce.md"]
    if dt.count("居全省县级市第") < 2 or "居全省县级市首位" not in dt:
        errors.append("d_countycity_2023_commerce.md: expected at least 2 居全省县级市第 ranks and one 首位")
if not any(isinstance(v, (int, float)) and v < 0 for r in rows
           for v in (r["value"] if isinstance(r["value"], list) else [r["value"]]) if v is not None):
    errors.append("no negative value in the set (expected at least one, e.g. -3.6)")
if "c_city_2024h1_big5.txt" in texts:  # the traditional report must be traditional throughout
    sim = sorted(set(texts["c_city_2024h1_big5.txt"]) & (check_gold().SIMP_ONLY | set("这个们时会为发经济业总额县区进实项资电网务长与产开游丽")))
    if sim:
        errors.append(f"c_city_2024h1_big5.txt: simplified-only characters in the traditional report {sim}")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, signed=True), "u15",
         [(FULLWIDTH, written_as(FULLWIDTH_DIGIT.pattern, errors)), (TABLE_CELL, None)],
         counts=dict(colloquial=True), answerable=unans_only(UNANS_ONLY))
