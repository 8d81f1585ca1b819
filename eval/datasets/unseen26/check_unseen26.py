"""Verify eval/datasets/unseen26/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen26/check_unseen26.py   (from the repo root)

Adapted from eval/datasets/unseen24/check_unseen24.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u26-<a|b|c>-qNNN / u26-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier), or in the "(unit)" header line of the Markdown table the span is a row of (b); a
  number the PDF text of a splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("pdf" for a, "utf-8" for
  b and c) and keeps its shape (a: a real PDF whose text is wrapped into at least 40 lines, numbered
  sections; b: Markdown title, "> 发布时间" line, "## " headings, bold run-in headings, one pipe table of
  审计项目 by 类别 with a |---| rule and a 合计 row; c: UTF-8 plain text, no Markdown and no table).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u26-… ids) and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, load_corpus, load_rows, number_ok, split_by_line_break, check_corpus,
    check_sizes, unexpected_encoding, require_strings, names_one_report, full_run
)

HERE = REPO / "eval/datasets/unseen26"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_county_2023_police.pdf": ("a", ("昭平",)),
    "b_city_2022_audit.md": ("b", ("万宁", "萬寧")),
    "c_district_2024_veterans.txt": ("c", ("乌当", "烏當")),
}
ENCODINGS = {"a_county_2023_police.pdf": "pdf", "b_city_2022_audit.md": "utf-8",
             "c_district_2024_veterans.txt": "utf-8"}
loaded = load_corpus(CORPUS, (".txt", ".md", ".pdf")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    "a_county_2023_police.pdf": ["昭平县公安局2023年工作总结和2024年工作打算", "一、2023年主要工作成效",
                                 "二、存在的问题", "三、2024年工作打算", "（一）严打刑事犯罪", "比上年提高",
                                 "居全市第"],
    "b_city_2022_audit.md": ["# 万宁市审计局2022年工作总结及2023年工作计划", "\n> 发布时间：2023-01-16",
                             "\n## 一、", "\n## 三、2023年工作计划", "**（一）", "|---|---|---|---|",
                             "| 项目类别 | 项目数(个) | 查出问题金额(亿元) | 促进增收节支(万元) |",
                             "| 合计 | 53 | 12.78 | 6678 |", "同比增长"],
    "c_district_2024_veterans.txt": ["乌当区退役军人事务局2024年工作总结和2025年工作计划", "一、基本情况",
                                     "二、2024年主要工作成效", "四、2025年工作计划", "（一）移交安置工作",
                                     "个百分点", "居全市第"],
}
require_strings(texts, RESIDUE, errors)
A_DOC, B_DOC, C_DOC = "a_county_2023_police.pdf", "b_city_2022_audit.md", "c_district_2024_veterans.txt"
if A_DOC in texts:
    if (CORPUS / A_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{A_DOC}: not a PDF file")
    if texts[A_DOC].count("\n") < 40:
        errors.append(f"{A_DOC}: expected the PDF text to be wrapped into at least 40 lines")
if B_DOC in texts:
    if sum(l.startswith("|---") for l in texts[B_DOC].split("\n")) != 1:
        errors.append(f"{B_DOC}: expected exactly one Markdown table")
if C_DOC in texts:
    try:
        (CORPUS / C_DOC).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{C_DOC}: not UTF-8")
    if " | " in texts[C_DOC] or "**" in texts[C_DOC] or "\n#" in texts[C_DOC]:
        errors.append(f"{C_DOC}: expected plain text without Markdown or tables")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break), "u26",
         [("table-cell unit notes (expected: the unit is in the table's header line)", None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
