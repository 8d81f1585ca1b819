"""Verify eval/datasets/unseen115/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen115/check_unseen115.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py by way of unseen109/check_unseen109.py (Word table with
a 合计 row; strict-Big5 CRLF traditional text) and unseen104/check_unseen104.py (saved HTML page with one
<table> and a 合计 row, evidence inside one <p> or one row). It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u115-<a|b|c>-qNNN / u115-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/個/點/噸/戶/臺 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the Word table of
  生产基地, which load_report gives as "cell | cell" lines; b: the HTML <table> of 产品类别, whose header
  row is its first <tr>; c: the plain-text "cell | cell" table of 产品类别);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year ("24年", "2024年");
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the Big5 report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "docx", b
  "utf-8", c "big5") and keeps its shape (a: a real .docx (zip) whose Word table comes out as
  "cell | cell" lines, a header, five 生产基地 rows and a 合计 row of five cells each, and no a evidence
  crossing a line end; b: UTF-8 page source with <head>/<title>/<script>, a <nav> menu, a breadcrumb with
  &nbsp;, the article in <p> paragraphs, exactly one <table> of seven <tr><td> rows (header, five 产品类别,
  合计) and a <footer>; every b evidence lies inside one <p> with no markup, or is one table row; c: bytes
  that are not UTF-8 but strict Big5 decoding to the loaded text, traditional script, CRLF line ends only,
  a 产品类别 table of a header and six rows with no 合计 row, and no c evidence crossing a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u115-… ids) and "not found as written" for table-row items
whose unit is only in the table's header (a-q021, b-q020, c-q021). Every unit character of c (萬, 億,
個, 點, 噸, 戶) is one check_gold folds, so no traditional-unit message is expected. Any other
check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, number_form, fold,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report, legacy_bytes,
    check_traditional, full_run
)

HERE = REPO / "eval/datasets/unseen115"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻時數車單",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只时数车单")
A, B, C = "a_county_2024_tremella.docx", "b_county_2024q3_power_tools.html", "c_county_2024h1_duck_big5.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("古田", "凤都", "鳳都", "吉巷", "鹤塘", "鶴塘", "杉洋", "卓洋", "大甲")),
    B: ("b", ("武义", "武義", "泉溪", "桐琴", "履坦", "王宅", "茭道")),
    C: ("c", ("大余", "大餘", "池江", "左拔", "浮江", "吉村", "河洞")),
}
ENCODINGS = {A: "docx", B: "utf-8", C: "big5"}
loaded = load_corpus(CORPUS, (".docx", ".html", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["古田银岚食用菌有限公司2024年工作总结和2025年工作思路\n", "\n一、2024年主要工作完成情况\n",
        "\n二、各生产基地经营情况\n", "\n三、存在的问题\n", "\n四、2025年工作思路\n", "（一）生产基地提档升级。",
        "\n生产基地 | 菇房(间) | 银耳干品产量(吨) | 银耳羹产量(万罐) | 销售收入(万元)\n",
        "\n合计 | 1260 | 3860 | 2650 | 59100\n", "个百分点", "位列全县食用菌企业第", "其中", "累计",
        "力争", "计划"],
    B: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">',
        "<title>武义锐锋工具股份有限公司2024年1-9月工作总结及四季度工作安排", "<script", "</head>",
        '<nav class="menu">', "当前位置：", "&nbsp;&gt;&nbsp;", '<footer class="footer">', '<div class="article">',
        "<h1>武义锐锋工具股份有限公司2024年1-9月工作总结及四季度工作安排</h1>",
        "<p><strong>一、1-9月主要工作完成情况</strong></p>", "<p><strong>四、四季度工作安排</strong></p>",
        "<tr><td>产品类别</td><td>销量(万台)</td><td>销售收入(万元)</td><td>同比增长(%)</td><td>三季度收入(万元)</td></tr>",
        "<tr><td>合计</td><td>579</td><td>253000</td><td>11.7</td><td>95600</td></tr>", "</html>",
        "1-9月", "三季度", "个百分点", "累计", "其中", "力争", "计划"],
    C: ["大余金鴨食品有限公司2024年上半年工作總結和下半年工作計劃\r\n", "\r\n一、上半年主要工作完成情況\r\n",
        "\r\n二、各類產品生產銷售情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、下半年工作計劃\r\n",
        "（一）生產能力穩步提升。",
        "\r\n產品類別 | 產量(噸) | 銷售收入(萬元) | 同比增長(%) | 毛利率(%)\r\n",
        "位列全縣肉製品加工企業第", "個百分點", "其中", "累計", "力爭", "計劃"],
}
require_strings(texts, RESIDUE, errors)


def one_line(doc, text):
    """Every evidence of doc lies inside one line of text."""
    for r in rows:
        if r["doc"] == doc and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {doc} spans a line break")


if A in texts:
    if (CORPUS / A).read_bytes()[:2] != b"PK":
        errors.append(f"{A}: not a .docx (zip) file")
    trows = [l for l in texts[A].split("\n") if " | " in l]
    if len(trows) != 7 or not trows[-1].startswith("合计 | ") or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{A}: expected a header, five 生产基地 rows and a 合计 row of five cells in the Word table")
    one_line(A, texts[A])
if B in texts:
    bt = texts[B]
    try:
        (CORPUS / B).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{B}: not UTF-8")
    if bt.count("<table") != 1 or bt.count("<tr>") != 7 or "<th" in bt.replace("<thead", ""):
        errors.append(f"{B}: expected exactly one <table> of seven <tr><td> rows")
    for r in rows:
        if r["doc"] != B or not r["evidence"] or r["evidence"] not in bt:
            continue
        ev = r["evidence"]; pos = bt.index(ev)
        if ev.startswith("<td>"):
            start, end = bt.rfind("<tr>", 0, pos), bt.find("</tr>", pos)
            if start < 0 or end < 0 or "</tr>" in ev or bt[start:pos] != "<tr>" or bt[pos + len(ev):end] != "":
                errors.append(f"{r['id']}: table evidence is not one row of {B}")
        else:
            start, end = bt.rfind("<p", 0, pos), bt.find("</p>", pos)
            inner = bt[bt.index(">", start) + 1:end] if start >= 0 and end >= 0 else "<"
            if "<" in ev or ">" in ev or "&" in ev or "<" in inner:
                errors.append(f"{r['id']}: evidence is not inside one <p> of {B}")
if C in texts:
    ct = texts[C]
    raw = legacy_bytes(CORPUS / C, "big5", errors)
    dec = raw.decode("big5", errors="replace")
    if dec.count("\r\n") < 30 or "\n" in dec.replace("\r\n", "") or "\r" in dec.replace("\r\n", ""):
        errors.append(f"{C}: expected CRLF line ends only")
    if ct.replace("\r\n", "\n") != dec.replace("\r\n", "\n"):
        errors.append(f"{C}: strict Big5 decoding differs from the loaded text")
    check_traditional(texts, C, errors)
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith(("合計", "合计")) for l in trows) or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{C}: expected a header and six 产品类别 rows (no 合计 row) of five cells in the table")
    one_line(C, ct)


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
    return number_ok(ev, v, unit, text, T2S, column=True) or html_header(ev, v, unit, text)


full_run(QS, loaded, rows, DOCS, errors, number, "u115", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
