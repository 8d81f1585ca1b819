"""Verify eval/datasets/unseen28/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen28/check_unseen28.py   (from the repo root)

Adapted from eval/datasets/unseen24/check_unseen24.py (with unseen23's Big5 and Word handling). It uses
only index.loaders.load_report from the product (the corpus files are listed with a plain directory
scan). Checks:
- ids unique and shaped u28-<a|b|c>-qNNN / u28-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier), or, for a row of c's Word table (written by the loader as "cell | cell" lines), in the
  "(unit)" header of the value's own column;
- the answer string states every value in ASCII digits (ranks may state 第N); entity answers appear
  verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), each
  answerable question names a year, and 双滦 (named in c's region list) appears only in an unanswerable item;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the Big5 report b contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters and loads with the expected encoding (a "utf-8",
  b "big5", c "docx"); b's bytes are not UTF-8 but strict Big5 that decodes to the loaded text; c is a
  zip (Word) file; each keeps its shape (a: Markdown title, "> 发布时间" line, "## " headings, bold run-in
  headings; b: traditional script, 居全市第 ranks, 2024 plans; c: the 水厂 table header and 合计 row, 2024 plans).
Then runs eval.gold.load_gold + validate_gold and check_gold.check_item (imported read-only). Expected
check_gold messages, not counted as errors: two id-format messages per item (this set uses u28-… ids),
and "not found as written" for table-row items whose unit is only in the table's header line.
Any other check_gold message counts as an error. Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, FULLWIDTH_DIGIT, FULLWIDTH, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus,
    check_sizes, unexpected_encoding, require_strings, unans_only, written_as, full_run, legacy_bytes,
    check_traditional, names_one_report
)

HERE = REPO / "eval/datasets/unseen28"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队")
A = "a_city_2023_approval.md"; B = "b_county_2023_coop_big5.txt"; C = "c_group_2023_water.docx"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("三门峡", "三門峽", "灵宝", "靈寶")),
    B: ("b", ("宁津", "寧津")),
    C: ("c", ("承德", "双滦", "雙灤")),
}
ENCODINGS = {A: "utf-8", B: "big5", C: "docx"}
UNANS_ONLY = ("双滦", "雙灤")  # not reported in c; named only in an unanswerable item
loaded = load_corpus(CORPUS, (".md", ".txt", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
if (CORPUS / B).exists():
    legacy_bytes(CORPUS / B, "big5", errors, texts.get(B))
if (CORPUS / C).exists() and (CORPUS / C).read_bytes()[:2] != b"PK":
    errors.append(f"{C}: not a zip (Word) file")
RESIDUE = {
    A: ["# 三门峡市行政审批服务局2023年工作总结及2024年工作计划", "\n> 发布时间：2024-01-18", "\n## 一、2023年主要工作成效",
        "\n## 二、存在的问题", "\n## 三、2024年工作计划", "**（一）审批事项持续精简。**", "比上年提高", "居全省第"],
    B: ["寧津縣供銷合作社2023年工作總結", "一、主要工作成效", "（一）基層組織體系不斷健全", "二、存在的問題",
        "三、2024年工作思路", "莊稼醫院", "同比增長", "力爭"],
    C: ["承德市水务集团有限公司2023年工作总结", "一、主要经营指标完成情况",
        "水厂 | 设计规模(万立方米/日) | 年供水量(万立方米) | 同比增长(%)", "\n合计 | 37 | 11119 | 6.3",
        "四、2024年工作计划", "个百分点"],
}
require_strings(texts, RESIDUE, errors)
check_traditional(texts, B, errors)
if B in texts and texts[B].count("居全市第") < 2:
    errors.append(f"{B}: expected at least 2 居全市第 ranks")
if A in texts and texts[A].count("\n**（") < 8:
    errors.append(f"{A}: expected at least 8 bold run-in headings")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, column=True), "u28",
         [(FULLWIDTH, written_as(FULLWIDTH_DIGIT.pattern, errors)), (TABLE_CELL, None)],
         counts=dict(colloquial=True), answerable=unans_only(UNANS_ONLY), before=names_one_report(DOCS))
