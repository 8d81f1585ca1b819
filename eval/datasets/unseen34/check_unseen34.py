"""Verify eval/datasets/unseen34/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen34/check_unseen34.py   (from the repo root)

Adapted from eval/datasets/unseen24/check_unseen24.py (with unseen23's GB18030 and Word-table handling).
It uses only index.loaders.load_report from the product (the corpus files are listed with a plain
directory scan). Checks:
- ids unique and shaped u34-<a|b|c>-qNNN / u34-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier), or in the "(unit)" header line of the table the span is a row of (a: a Word table the
  loader writes as "cell | cell" lines; c: a Markdown pipe table);
- the answer string states every value in ASCII digits (ranks may state 第N); entity answers appear
  verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "docx",
  b "gb18030", c "utf-8") and keeps its shape (a: a real .docx (zip) with the 重点体育设施项目 table and its
  合计 row, numbered sections, 居全省第 ranks; b: bytes that are not UTF-8 but strict GB18030, numbered
  sections 一…九, 其中 breakdowns, 2024 plans; c: Markdown title, "> 发布时间" line, "## " headings, bold
  run-in headings, a pipe table of 档案类别 with a |---| rule and a 合计 row, 2025 plans).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u34-… ids) and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus, check_sizes, unexpected_encoding,
    require_strings, names_one_report, full_run, legacy_bytes
)

HERE = REPO / "eval/datasets/unseen34"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队")
A = "a_city_2023_sports.docx"; B = "b_county_2023_grain_gb18030.txt"; C = "c_city_2024_archives.md"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("滨州", "濱州", "滨城", "濱城", "沾化", "邹平", "鄒平", "博兴", "博興", "无棣", "無棣")),
    B: ("b", ("故城",)),
    C: ("c", ("沧州", "滄州")),
}
ENCODINGS = {A: "docx", B: "gb18030", C: "utf-8"}
loaded = load_corpus(CORPUS, (".txt", ".md", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["滨州市体育局2023年工作总结和2024年工作计划", "一、2023年工作完成情况", "（一）体育场地设施持续完善",
        "二、存在的问题", "三、2024年工作计划", "项目名称 | 所在县（市、区） | 总投资(万元) | 新增场地面积(万平方米)",
        "\n合计 | — | 42400 | 17.7", "居全省第", "比上年提高", "力争"],
    B: ["故城县粮食和物资储备局2023年工作总结", "一、粮食收购平稳有序", "（一）收购总量稳中有增", "九、2024年工作打算",
        "最低收购价", "市场化收购", "县级储备粮规模", "应急供应网点", "其中", "居全市第"],
    C: ["# 沧州市档案馆2024年工作总结", "\n> 发布时间：2025-01-16", "\n## 一、", "\n## 九、2025年工作计划", "**（一）",
        "| 档案类别 | 利用人次(人次) | 调阅档案(卷次) |", "|---|---|---|", "| 合计 | 43100 | 96300 |", "万画幅",
        "个百分点"],
}
require_strings(texts, RESIDUE, errors)
if (CORPUS / A).exists() and (CORPUS / A).read_bytes()[:2] != b"PK":
    errors.append(f"{A}: not a .docx (zip) file")
if B in texts:
    legacy_bytes(CORPUS / B, "gb18030", errors, texts[B])
if C in texts:
    try:
        (CORPUS / C).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{C}: not UTF-8")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S), "u34",
         [(TABLE_CELL, None)], counts=dict(colloquial=True), before=names_one_report(DOCS))
