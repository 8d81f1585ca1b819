"""Verify eval/datasets/unseen110/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen110/check_unseen110.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py by way of unseen90/check_unseen90.py (PDF wrapped at about
44 characters with a plain-text "cell | cell" table; saved HTML page with one <table> and a 合计 row, evidence
inside one <p> or one row) and unseen104/check_unseen104.py (traditional UTF-8 text with a BOM and CRLF line
ends). It uses only index.loaders.load_report from the product (the corpus files are listed with a plain
directory scan). Checks:
- ids unique and shaped u110-<a|b|c>-qNNN / u110-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/噸/畝/戶/個/點 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the plain-text
  "cell | cell" table of 基地 in the PDF; b: the HTML <table> of 产品系列, whose header row is its first
  <tr>; c: the plain-text table of 收购站); a number the PDF text of a splits over a line break is not
  taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year ("24年", "2024年", "2025年");
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("pdf" for a, "utf-8" for
  b, "utf-8-sig" for c) and keeps its shape (a: a real PDF whose text is wrapped into at least 40 lines of
  at most 50 characters, numbered sections, a 基地 table of a header, five rows and a 合计 row; b: UTF-8
  page source with <head>/<title>/<script>, a <nav> menu, a breadcrumb with &nbsp;, the article in <p>
  paragraphs, exactly one <table> of seven <tr><td> rows (header, five 产品系列, 合计) and a <footer>;
  every b evidence lies inside one <p> with no markup, or is one table row; c: UTF-8 bytes with a
  byte-order mark, CRLF line ends only, traditional script, a 收购站 table of a header and six rows with
  no 合计 row, and no evidence crossing a line end).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u110-… ids) and "not found as written" for table-row items
whose unit is only in the table's header. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, number_form, fold,
    split_by_line_break, check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report,
    check_traditional, full_run
)

HERE = REPO / "eval/datasets/unseen110"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只")
A_DOC, B_DOC, C_DOC = ("a_county_2024_konjac.pdf", "b_county_2024h1_motorcycle.html",
                       "c_county_2024q3_rapeseed_oil_bom.txt")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("安龙", "安龍", "洒雨", "灑雨", "普坪", "木咱", "德卧", "德臥", "笃山", "篤山", "万峰湖", "萬峰湖")),
    B_DOC: ("b", ("垫江", "墊江", "澄溪", "坪山", "鹤游", "鶴遊", "周嘉", "普顺", "普順", "曹回")),
    C_DOC: ("c", ("射洪", "沱牌", "太乙", "洋溪", "大榆", "青岗", "青崗", "瞿河", "东岳", "東嶽", "東岳")),
}
ENCODINGS = {A_DOC: "pdf", B_DOC: "utf-8", C_DOC: "utf-8-sig"}
loaded = load_corpus(CORPUS, (".pdf", ".html", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["安龙岚芋魔芋科技有限公司2024年工作总结和2025年工作计划", "一、2024年主要工作完成情况",
            "二、各基地生产情况", "三、存在的问题", "四、2025年工作计划", "（一）基地规模稳步扩大",
            "\n基地 | 种植面积(亩) | 鲜芋产量(吨) | 签约农户(户) | 产值(万元)\n",
            "\n合计 | 28600 | 87660 | 4260 | 21560\n",
            "个百分点", "在全县农业产业化龙头企业中排名第", "力争", "计划"],
    B_DOC: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">',
            "<title>垫江驰骏摩托车有限公司2024年上半年工作总结和下半年工作安排", "<script", "</head>",
            '<nav class="menu">', "当前位置：", "&nbsp;&gt;&nbsp;", '<footer class="footer">', '<div class="article">',
            "<h1>垫江驰骏摩托车有限公司2024年上半年工作总结和下半年工作安排</h1>",
            "<p><strong>一、上半年主要工作成效</strong></p>", "<p><strong>四、下半年工作安排</strong></p>",
            "<tr><td>产品系列</td><td>销量(辆)</td><td>同比增长(%)</td><td>销售收入(万元)</td><td>出口量(辆)</td></tr>",
            "<tr><td>合计</td><td>239000</td><td>8.7</td><td>206900</td><td>142000</td></tr>", "</html>",
            "居全县规模以上工业企业第", "个百分点", "力争", "计划"],
    C_DOC: ["射洪醇田糧油有限公司2024年前三季度工作總結和四季度工作計劃\r\n",
            "\r\n一、前三季度主要工作完成情況\r\n", "\r\n二、各收購站收購情況\r\n", "\r\n三、存在的問題\r\n",
            "\r\n四、四季度工作計劃\r\n", "（一）原料收購量穩步增長。",
            "\r\n收購站 | 收購量(噸) | 訂單收購(噸) | 均價(元/公斤) | 含油率(%)\r\n",
            "個百分點", "在全縣糧油加工企業中位居第", "力爭", "計劃", "累計", "其中", "三季度"],
}
require_strings(texts, RESIDUE, errors)

if A_DOC in texts:
    at = texts[A_DOC]
    if (CORPUS / A_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{A_DOC}: not a PDF file")
    if at.count("\n") < 40:
        errors.append(f"{A_DOC}: expected the PDF text to be wrapped into at least 40 lines")
    if (longest := max(len(l) for l in at.split("\n"))) > 50:
        errors.append(f"{A_DOC}: a line of {longest} characters; expected wrapped lines of about 44")
    trows = [l for l in at.split("\n") if " | " in l]
    if len(trows) != 7 or not trows[-1].startswith("合计 | ") or any(l.startswith("合计") for l in trows[:-1]):
        errors.append(f"{A_DOC}: expected a header, five 基地 rows and a 合计 row in the plain-text table")
if B_DOC in texts:
    bt = texts[B_DOC]
    try:
        (CORPUS / B_DOC).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{B_DOC}: not UTF-8")
    if bt.count("<table") != 1 or bt.count("<tr>") != 7 or "<th" in bt.replace("<thead", ""):
        errors.append(f"{B_DOC}: expected exactly one <table> of seven <tr><td> rows")
    for r in rows:
        if r["doc"] != B_DOC or not r["evidence"] or r["evidence"] not in bt:
            continue
        ev = r["evidence"]; pos = bt.index(ev)
        if ev.startswith("<td>"):
            start, end = bt.rfind("<tr>", 0, pos), bt.find("</tr>", pos)
            if start < 0 or end < 0 or "</tr>" in ev or bt[start:pos] != "<tr>" or bt[pos + len(ev):end] != "":
                errors.append(f"{r['id']}: table evidence is not one row of {B_DOC}")
        else:
            start, end = bt.rfind("<p", 0, pos), bt.find("</p>", pos)
            inner = bt[bt.index(">", start) + 1:end] if start >= 0 and end >= 0 else "<"
            if "<" in ev or ">" in ev or "&" in ev or "<" in inner:
                errors.append(f"{r['id']}: evidence is not inside one <p> of {B_DOC}")
if C_DOC in texts:
    ct = texts[C_DOC]
    raw = (CORPUS / C_DOC).read_bytes()
    if raw[:3] != b"\xef\xbb\xbf":
        errors.append(f"{C_DOC}: expected a UTF-8 byte-order mark")
    try:
        body = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        errors.append(f"{C_DOC}: not UTF-8"); body = ""
    if body.count("\r\n") < 30 or "\n" in body.replace("\r\n", "") or "\r" in body.replace("\r\n", ""):
        errors.append(f"{C_DOC}: expected CRLF line ends only")
    if body and body != ct:
        errors.append(f"{C_DOC}: the loaded text differs from the file's UTF-8 text")
    check_traditional(texts, C_DOC, errors)
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith(("合計", "合计")) for l in trows):
        errors.append(f"{C_DOC}: expected a header and six rows (no 合计 row) in the 收购站 table")
    for r in rows:
        if r["doc"] == C_DOC and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C_DOC} spans a line break")


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


full_run(QS, loaded, rows, DOCS, errors, number, "u110", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
