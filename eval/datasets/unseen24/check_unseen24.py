"""Verify eval/datasets/unseen24/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen24/check_unseen24.py   (from the repo root)

Adapted from eval/datasets/unseen12/check_unseen12.py (with unseen20's PDF handling). It uses only
index.loaders.load_report from the product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u24-<a|b|c>-qNNN / u24-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, so the full-width digits of c
  count), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)" header line of
  the table the span is a row of (b: a Markdown pipe table; c: a plain-text "cell | cell" table); a
  number the PDF text of a splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("pdf" for a) and keeps
  its shape (a: a real PDF whose text is wrapped into at least 40 lines, numbered sections; b: Markdown
  title, "> 发布时间" line, "## " headings, bold run-in headings, a pipe table of 县级医院 with a |---|
  rule and a 合计 row; c: UTF-8 with full-width digits in the prose (at least 200), ASCII digits in the
  子公司 table with a 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u24-… ids), "not found as written" for c's full-width
evidence, and "not found as written" for table-row items whose unit is only in the table's header line.
Any other check_gold message counts as an error. Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, FULLWIDTH_DIGIT, TABLE_LINE, IN_SPAN, FULLWIDTH, load_corpus, load_rows, number_ok,
    split_by_line_break, check_corpus, check_sizes, unexpected_encoding, require_strings,
    names_one_report, written_as, full_run
)

HERE = REPO / "eval/datasets/unseen24"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_city_2023_education.pdf": ("a", ("张掖", "張掖", "甘州", "临泽", "臨澤")),
    "b_county_2024h1_health.md": ("b", ("苍溪", "蒼溪")),
    "c_group_2023_transport.txt": ("c", ("普洱",)),
}
ENCODINGS = {"a_city_2023_education.pdf": "pdf", "b_county_2024h1_health.md": "utf-8",
             "c_group_2023_transport.txt": "utf-8"}
loaded = load_corpus(CORPUS, (".txt", ".md", ".pdf")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    "a_city_2023_education.pdf": ["张掖市教育局2023年工作总结", "一、主要指标完成情况", "二、重点工作推进情况",
                                  "三、存在的问题", "四、2024年工作思路", "（一）学前教育扩容提质", "比上年提高",
                                  "居全省第"],
    "b_county_2024h1_health.md": ["# 苍溪县卫生健康局2024年上半年工作总结及下半年工作打算", "\n> 发布时间：2024-07-15",
                                  "\n## 一、", "\n## 三、下半年工作打算", "**（一）", "|---|---|---|---|",
                                  "| 医院 | 门急诊人次(万人次) | 出院人次(人次) | 医疗收入(万元) |",
                                  "| 合计 | 67.5 | 21633 | 44642 |", "截至6月底"],
    "c_group_2023_transport.txt": ["普洱市交通投资集团有限公司２０２３年工作总结", "一、主要经营指标完成情况",
                                   "子公司 | 营业收入(亿元) | 利润总额(亿元) | 资产总额(亿元)",
                                   "\n合计 | 86.42 | 3.18 | 878.8", "七、２０２４年工作计划", "个百分点"],
}
require_strings(texts, RESIDUE, errors)
A_DOC, C_DOC = "a_city_2023_education.pdf", "c_group_2023_transport.txt"
if A_DOC in texts:
    if (CORPUS / A_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{A_DOC}: not a PDF file")
    if texts[A_DOC].count("\n") < 40:
        errors.append(f"{A_DOC}: expected the PDF text to be wrapped into at least 40 lines")
if C_DOC in texts:
    try:
        (CORPUS / C_DOC).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{C_DOC}: not UTF-8")
    prose = "\n".join(l for l in texts[C_DOC].split("\n") if " | " not in l)
    if len(FULLWIDTH_DIGIT.findall(prose)) < 200:
        errors.append(f"{C_DOC}: expected full-width digits in the prose")
    if any(ch.isascii() and ch.isdigit() for ch in prose):
        errors.append(f"{C_DOC}: ASCII digits in the prose (only the table should have them)")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break), "u24",
         [(FULLWIDTH, written_as(FULLWIDTH_DIGIT.pattern, errors)),
          ("table-cell unit notes (expected: the unit is in the table's header line)", None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
