"""Verify eval/datasets/unseen38/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen38/check_unseen38.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (and unseen35's HTML checks). It uses only
index.loaders.load_report from the product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u38-<a|b|c>-qNNN / u38-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded), with its unit after it (after
  an optional 余/多 qualifier), or in the "(unit)" header cell of the value's column of the table the span
  is a row of (a: the plain-text "cell | cell" table of 县区 in the PDF; b: the HTML <table> of 乡镇,
  whose header row is its first <tr>); a number the PDF text of a splits over a line break is not
  taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("pdf" for a, "utf-8"
  for b and c) and keeps its shape (a: a real PDF whose text is wrapped into at least 40 lines of at
  most 50 characters, numbered sections, a 县区 table with a 合计 row; b: UTF-8 page source with
  <head>/<title>/<script>, a <nav> menu, a <header>, the article in <div>/<p> with &nbsp; entities,
  exactly one <table> of <tr><td> rows and a <footer>; every b evidence lies inside one <p> with no
  markup, or inside one table row; c: UTF-8 plain text with LF line ends and a "cell | cell" table of
  主要进出口商品, six rows, no 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u38-… ids) and "not found as written" for table-row items
whose unit is only in the table's header. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, load_corpus, load_rows, number_ok, number_form, fold, split_by_line_break,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report, full_run
)

HERE = REPO / "eval/datasets/unseen38"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队")
A_DOC, B_DOC, C_DOC = "a_city_2023_petition.pdf", "b_county_2024_justice.html", "c_city_2024h1_customs.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("萍乡", "萍鄉", "安源", "湘东", "湘東", "莲花", "蓮花", "上栗", "芦溪", "蘆溪")),
    B_DOC: ("b", ("崇义", "崇義", "横水", "扬眉", "揚眉", "过埠", "過埠", "铅厂", "鉛廠", "长龙镇", "長龍鎮",
                  "关田", "關田", "聂都", "聶都")),
    C_DOC: ("c", ("满洲里", "滿洲里", "扎赉诺尔", "扎賚諾爾")),
}
ENCODINGS = {A_DOC: "pdf", B_DOC: "utf-8", C_DOC: "utf-8"}
loaded = load_corpus(CORPUS, (".pdf", ".html", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["萍乡市信访局2023年工作总结和2024年工作思路", "一、主要指标完成情况", "二、重点工作推进情况",
            "三、存在的问题", "四、2024年工作思路", "（一）信访总量稳中有降",
            "县区 | 信访事项(件次) | 同比增减(%) | 网上信访占比(%) | 一次性化解率(%)",
            "\n合计 | 14826 | -6.3 | 56.3 | 91.6", "个百分点", "居全省第"],
    B_DOC: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">', "<title>崇义县司法局2024年工作总结和2025年工作计划",
            "<script", "</head>", "<header", '<nav class="main-nav">', "<footer", "&nbsp;",
            '<div class="content" id="zoom">', "<h1 class=\"title\">崇义县司法局2024年工作总结和2025年工作计划</h1>",
            "<p><strong>三、2025年工作计划</strong></p>",
            "<tr><td>乡镇</td><td>调解纠纷(件)</td><td>调解成功率(%)</td><td>法律援助案件(件)</td><td>法律明白人(名)</td></tr>",
            "</html>"],
    C_DOC: ["满洲里海关2024年上半年工作总结及下半年工作打算", "一、主要业务指标完成情况", "二、主要进出口商品情况",
            "三、存在的问题", "四、下半年工作打算", "\n商品 | 进出口值(亿元) | 同比增长(%) | 占关区比重(%)\n",
            "个百分点", "（一）外贸进出口稳中有进"],
}
require_strings(texts, RESIDUE, errors)

if A_DOC in texts:
    at = texts[A_DOC]
    if (CORPUS / A_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{A_DOC}: not a PDF file")
    if at.count("\n") < 40:
        errors.append(f"{A_DOC}: expected the PDF text to be wrapped into at least 40 lines")
    if (longest := max(len(l) for l in at.split("\n"))) > 50:
        errors.append(f"{A_DOC}: a line of {longest} characters; expected wrapped lines of about 40-45")
    if sum(1 for l in at.split("\n") if " | " in l) != 8:
        errors.append(f"{A_DOC}: expected a header, six rows and a 合计 row in the 县区 table")
for d in (B_DOC, C_DOC):
    try:
        (CORPUS / d).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{d}: not UTF-8")
if B_DOC in texts:
    bt = texts[B_DOC]
    if bt.count("<table") != 1 or bt.count("<tr>") != 7 or "<th" in bt:
        errors.append(f"{B_DOC}: expected exactly one <table> of seven <tr><td> rows")
    for r in rows:
        if r["doc"] != B_DOC or not r["evidence"] or r["evidence"] not in bt:
            continue
        ev = r["evidence"]; pos = bt.index(ev)
        if ev.startswith("<td>"):
            start, end = bt.rfind("<tr>", 0, pos), bt.find("</tr>", pos)
            if start < 0 or end < 0 or "<tr>" in bt[start + 4:pos] or "</tr>" in ev or bt[start:pos] != "<tr>":
                errors.append(f"{r['id']}: table evidence is not one row of {B_DOC}")
        else:
            start, end = bt.rfind("<p>", 0, pos), bt.find("</p>", pos)
            if "<" in ev or ">" in ev or "&" in ev or start < 0 or end < 0 or "<" in bt[start + 3:pos] or "<" in bt[pos:end]:
                errors.append(f"{r['id']}: evidence is not inside one <p> of {B_DOC}")
if C_DOC in texts:
    ct = texts[C_DOC]
    if "\r" in ct or "\r" in (CORPUS / C_DOC).read_bytes().decode("utf-8"):
        errors.append(f"{C_DOC}: expected LF line ends only")
    trows = [l for l in ct.split("\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith("合计") for l in trows):
        errors.append(f"{C_DOC}: expected a header and six rows (no 合计 row) in the 商品 table")


def html_header(ev, v, unit, text):
    """TABLE_LINE when ev is a <td> row of the b table and v's column heads "(unit)" in the header row."""
    if not ev.startswith("<td>"):
        return None
    table = text[text.rfind("<table", 0, text.index(ev)):]
    header = re.search(r"<tr>(.*?)</tr>", table).group(1)
    heads = [fold(c, T2S) for c in re.findall(r"<td>(.*?)</td>", header)]
    cells = re.findall(r"<td>(.*?)</td>", ev)
    cols = [i for i, c in enumerate(cells) if c == number_form(v)]
    return TABLE_LINE if len(cells) == len(heads) and any(f"({unit})" in heads[i] for i in cols) else None


def number(ev, v, unit, text):
    return (number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True)
            or html_header(ev, v, unit, text))


full_run(QS, loaded, rows, DOCS, errors, number, "u38",
         [("table-cell unit notes (expected: the unit is in the table's header)", None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
