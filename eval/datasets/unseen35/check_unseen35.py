"""Verify eval/datasets/unseen35/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen35/check_unseen35.py   (from the repo root)

Adapted from eval/datasets/unseen24/check_unseen24.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u35-<a|b|c>-qNNN / u35-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence, with its unit after it, or in the "(unit)"
  header line of the plain-text "cell | cell" table the span is a row of (c); a number the PDF text of a
  splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("pdf" for a) and keeps
  its shape (a: a real PDF whose text is wrapped into at least 40 lines, numbered sections; b: UTF-8 page
  source with <head>, navigation, breadcrumb and footer, every evidence inside one <p>…</p> with no
  markup in it; c: UTF-8 plain text with a "cell | cell" table of 县市区 with a 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u35-… ids) and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, load_corpus, load_rows, number_ok, split_by_line_break, check_corpus,
    check_sizes, unexpected_encoding, require_strings, names_one_report, full_run
)

HERE = REPO / "eval/datasets/unseen35"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_city_2023_ecology.pdf": ("a", ("阳江", "陽江", "阳东", "陽東", "阳西", "陽西", "阳春", "陽春", "江城区", "江城區")),
    "b_county_2022_media.html": ("b", ("绥宁", "綏寧")),
    "c_city_2024_fic.txt": ("c", ("娄底", "婁底", "娄星", "婁星", "双峰", "雙峰", "涟源", "漣源", "新化", "冷水江")),
}
ENCODINGS = {"a_city_2023_ecology.pdf": "pdf", "b_county_2022_media.html": "utf-8", "c_city_2024_fic.txt": "utf-8"}
loaded = load_corpus(CORPUS, (".pdf", ".html", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
A_DOC, B_DOC, C_DOC = "a_city_2023_ecology.pdf", "b_county_2022_media.html", "c_city_2024_fic.txt"
RESIDUE = {
    A_DOC: ["阳江市生态环境局2023年工作总结", "一、主要指标完成情况", "二、重点工作推进情况", "三、存在的问题",
            "四、2024年工作思路", "（一）大气环境质量持续改善", "比上年提高", "居全省第"],
    B_DOC: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">', "</head>", '<div class="top-nav">',
            '<div class="breadcrumb">当前位置：', '<div class="footer">', "<h1>绥宁县融媒体中心2022年工作总结</h1>",
            "<h3>三、2023年工作打算</h3>", "</html>"],
    C_DOC: ["娄底市工商业联合会（总商会）2024年工作总结", "县市区 | 会员总数(个) | 新发展会员(个) | 商会组织(个)",
            "\n合计 | 15238 | 1286 | 268", "三、2025年工作思路", "个百分点"],
}
require_strings(texts, RESIDUE, errors)
if A_DOC in texts:
    if (CORPUS / A_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{A_DOC}: not a PDF file")
    if texts[A_DOC].count("\n") < 40:
        errors.append(f"{A_DOC}: expected the PDF text to be wrapped into at least 40 lines")
for d in (B_DOC, C_DOC):
    try:
        (CORPUS / d).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{d}: not UTF-8")
if B_DOC in texts:
    bt = texts[B_DOC]
    for r in rows:
        if r["doc"] == B_DOC and r["evidence"] in bt:
            ev = r["evidence"]; pos = bt.index(ev)
            start, end = bt.rfind("<p>", 0, pos), bt.find("</p>", pos)
            if "<" in ev or ">" in ev or start < 0 or end < 0 or "<" in bt[start + 3:pos] or "<" in bt[pos:end]:
                errors.append(f"{r['id']}: evidence is not inside one <p> of {B_DOC}")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break), "u35",
         [("table-cell unit notes (expected: the unit is in the table's header line)", None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
