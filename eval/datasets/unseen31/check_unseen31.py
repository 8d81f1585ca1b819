"""Verify eval/datasets/unseen31/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen31/check_unseen31.py   (from the repo root)

Adapted from eval/datasets/unseen24/check_unseen24.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u31-<a|b|c>-qNNN / u31-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence with its unit after it (after an optional
  余/多 qualifier), or in the "(unit)" header line of the plain-text "cell | cell" table of c that the
  span is a row of; a number the PDF text of c splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding and keeps its shape
  (a: UTF-8 HTML source saved as .txt, with the markup, navigation bar, breadcrumb, footer and <p>
  paragraphs, LF only; b: GBK bytes, not valid UTF-8, CRLF line ends only, loaded as gb18030; c: a real
  PDF whose text is wrapped into at least 40 lines, with the 代表建议 table and its 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u31-… ids) and "not found as written" for c's table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error. Exits 1
on any error.
"""
import re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, load_corpus, load_rows, number_ok, split_by_line_break, check_corpus,
    check_sizes, unexpected_encoding, require_strings, names_one_report, legacy_bytes, full_run
)

HERE = REPO / "eval/datasets/unseen31"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊",
                    "万亿项个点吨亩头户张台辆笔间条场亿处区级对队")
A_DOC, B_DOC, C_DOC = "a_city_2023_court_html.txt", "b_county_2024_procuratorate_gbk.txt", "c_city_2024_npc.pdf"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("鹤壁", "鶴壁", "浚县", "浚縣", "淇滨", "淇濱", "淇县", "淇縣")),
    B_DOC: ("b", ("郏县", "郟縣")),
    C_DOC: ("c", ("丹江口",)),
}
ENCODINGS = {A_DOC: "utf-8", B_DOC: "gb18030", C_DOC: "pdf"}
loaded = load_corpus(CORPUS, (".txt", ".pdf")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ['<!DOCTYPE html>', '<meta charset="utf-8">', '<nav class="main-nav">', '<li><a href="/">首页</a></li>',
            '<div class="breadcrumb">当前位置：', '<h1>鹤壁市中级人民法院工作报告</h1>', '发布时间：2024-01-22',
            '<p>一、2023年主要工作</p>', '<p>三、2024年工作安排</p>', '【<a href="javascript:window.print()">打印本页</a>】',
            '<footer class="footer">', '主办单位：鹤壁市中级人民法院', '</html>', '比上年提高', '居全省第'],
    B_DOC: ["郏县人民检察院工作报告\r\n", "\r\n一、2024年工作回顾\r\n", "\r\n二、存在的不足\r\n", "\r\n三、2025年工作打算\r\n",
            "（一）坚持严惩与宽缓并重", "（七）从严管党治检", "个百分点", "居全市第"],
    C_DOC: ["丹江口市人民代表大会常务委员会工作报告", "一、2024年主要工作", "三、2025年工作安排", "（四）坚持人民至上",
            "类别 | 件数(件) | 已解决或基本解决(件) | 列入计划解决(件)", "\n城乡建设 | 52 | 39 | 11\n", "\n合计 | 186 | 142 | 35\n"],
}
require_strings(texts, RESIDUE, errors)
if A_DOC in texts:
    if "\r" in texts[A_DOC]:
        errors.append(f"{A_DOC}: expected LF line ends only")
    if len(re.findall(r"<p>", texts[A_DOC])) < 20:
        errors.append(f"{A_DOC}: expected the article as at least 20 <p> paragraphs")
    (CORPUS / A_DOC).read_bytes().decode("utf-8")
if B_DOC in texts:
    legacy_bytes(CORPUS / B_DOC, "gbk", errors, texts[B_DOC])
    if re.search(r"(?<!\r)\n", texts[B_DOC]) or re.search(r"\r(?!\n)", texts[B_DOC]):
        errors.append(f"{B_DOC}: expected CRLF line ends only")
    if texts[B_DOC].count("\r\n") < 30:
        errors.append(f"{B_DOC}: expected at least 30 CRLF line ends")
if C_DOC in texts:
    if (CORPUS / C_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{C_DOC}: not a PDF file")
    if texts[C_DOC].count("\n") < 40:
        errors.append(f"{C_DOC}: expected the PDF text to be wrapped into at least 40 lines")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break), "u31",
         [("table-cell unit notes (expected: the unit is in the table's header line)", None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
