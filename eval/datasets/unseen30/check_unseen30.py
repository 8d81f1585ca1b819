"""Verify eval/datasets/unseen30/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen30/check_unseen30.py   (from the repo root)

Adapted from eval/datasets/unseen24/check_unseen24.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u30-<a|b|c>-qNNN / u30-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence, with its unit after it, or in the "(unit)"
  header line of the Markdown pipe table the span is a row of (a); a number the PDF text of c splits
  over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("utf-8" for a, "docx"
  for b, "pdf" for c) and keeps its shape (a: Markdown title, "> 发布时间" line, "## " headings, bold
  run-in headings, a pipe table of 港区 with a |---| rule and a 合计 row; b: a real .docx (zip) whose
  text has the title, 一、…三、 headings and （一） run-in headings; c: a real PDF whose text is wrapped
  into at least 40 lines, numbered sections).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u30-… ids) and "not found as written" for table-row items
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

HERE = REPO / "eval/datasets/unseen30"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊標冊套", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队标册套")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_port_2023_group.md": ("a", ("盐城", "鹽城", "射阳", "射陽", "大丰", "大豐", "响水", "響水", "东台", "東台", "東臺")),
    "b_airport_2024h1.docx": ("b", ("淮安", "涟水", "漣水")),
    "c_county_2022_culture.pdf": ("c", ("屏南", "棠口", "双溪", "雙溪", "古峰")),
}
ENCODINGS = {"a_port_2023_group.md": "utf-8", "b_airport_2024h1.docx": "docx", "c_county_2022_culture.pdf": "pdf"}
loaded = load_corpus(CORPUS, (".md", ".docx", ".pdf")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    "a_port_2023_group.md": ["# 盐城海陆港务集团有限公司2023年工作总结及2024年工作思路", "\n> 发布时间：2024-01-22",
                             "\n## 一、2023年主要工作成效", "\n## 三、2024年工作思路", "**（一）港口生产稳中有进。**",
                             "| 港区 | 货物吞吐量(万吨) | 同比增长(%) | 集装箱吞吐量(万标箱) |", "|---|---|---|---|",
                             "| 合计 | 14286 | 9.4 | 52.7 |", "比上年提高", "居全省沿海港口第"],
    "b_airport_2024h1.docx": ["淮安空港运营管理有限公司2024年上半年工作总结及下半年工作打算", "\n一、上半年主要工作完成情况",
                              "\n二、存在的主要问题", "\n三、下半年工作打算", "\n（一）运输生产再创新高。", "截至6月底",
                              "比去年同期提高", "全年力争"],
    "c_county_2022_culture.pdf": ["屏南县公共文化服务中心2022年工作总结及2023年工作计划", "\n一、2022年主要工作成效",
                                  "\n二、存在的问题", "\n三、2023年工作计划", "\n（一）图书馆服务效能持续提升。",
                                  "居全市第", "力争"],
}
require_strings(texts, RESIDUE, errors)
B_DOC, C_DOC = "b_airport_2024h1.docx", "c_county_2022_culture.pdf"
if B_DOC in texts and (CORPUS / B_DOC).read_bytes()[:2] != b"PK":
    errors.append(f"{B_DOC}: not a .docx (zip) file")
if C_DOC in texts:
    if (CORPUS / C_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{C_DOC}: not a PDF file")
    if texts[C_DOC].count("\n") < 40:
        errors.append(f"{C_DOC}: expected the PDF text to be wrapped into at least 40 lines")
A_DOC = "a_port_2023_group.md"
if A_DOC in texts and sum(1 for l in texts[A_DOC].split("\n") if l.startswith("| ")) != 6:
    errors.append(f"{A_DOC}: expected one pipe table of 6 rows (header, 4 港区, 合计)")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break), "u30",
         [("table-cell unit notes (expected: the unit is in the table's header line)", None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
