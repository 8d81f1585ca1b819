"""Verify eval/datasets/unseen120/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen120/check_unseen120.py   (from the repo root)

Adapted from eval/datasets/unseen90/check_unseen90.py (by way of unseen114/check_unseen114.py: PDF wrapped at about
44 characters with a plain-text "cell | cell" table and a 合计 row; saved HTML page with one <table> and a 合计 row,
evidence inside one <p> or one row; traditional UTF-16 LE text with a BOM and CRLF line ends; the split-number check
for the PDF).
It uses only index.loaders.load_report from the product (the corpus files are listed with a plain directory
scan). Checks:
- ids unique and shaped u120-<a|b|c>-qNNN / u120-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/噸/間/戶/個/點/項 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the plain-text
  "cell | cell" table of 莲藕基地 in the PDF; b: the HTML <table> of 产品类别, whose header row is its first
  <tr>; c: the plain-text table of 加工基地); a number the PDF text of a splits over a line break is not
  taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year ("24年", "2024年", "25年", "2025年");
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "pdf", b "utf-8",
  c "utf-16") and keeps its shape (a: a real PDF whose text is wrapped into at least 40 lines of at most
  50 characters, numbered sections, a 基地 table of a header, five rows and a 合计 row of five cells each,
  and no asked number or number+unit split by a line break anywhere in the text; b: UTF-8 page source with
  <head>/<title>/<script>, a <nav> menu, a breadcrumb with &nbsp;, the article in <p> paragraphs, exactly
  one <table> of seven <tr><td> rows (header, five 产品类别, 合计) and a <footer>; every b evidence lies
  inside one <p> with no markup, or is one table row; c: UTF-16 little-endian with a BOM and CRLF line
  ends only, not valid UTF-8, decoding to the loaded text, traditional script, a 加工基地 table of a header
  and six rows with no 合計 row, and no c evidence crossing a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u120-… ids) and "not found as written" for table-row items
whose unit is only in the table's header (check_gold folds every traditional unit character the asked c
spans use: 萬/億/個/點/噸/間/戶/項). Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, number_form, fold,
    split_by_line_break, check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report,
    not_utf8, check_traditional, values_units, full_run
)

HERE = REPO / "eval/datasets/unseen120"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只")
A, B, C = "a_county_2024_lotus_root.pdf", "b_county_2024q3_ebike.html", "c_county_2024_cured_pork_utf16.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("蔡甸", "消泗", "侏儒山", "索河", "玉贤", "玉賢", "永安", "桐湖")),
    B: ("b", ("沛县", "沛縣", "龙固", "龍固", "杨屯", "楊屯", "胡寨", "鹿楼", "鹿樓", "敬安")),
    C: ("c", ("泸溪", "瀘溪", "武溪", "浦市", "达岚", "達嵐", "潭溪", "洗溪", "兴隆场", "興隆場", "小章")),
}
ENCODINGS = {A: "pdf", B: "utf-8", C: "utf-16"}
loaded = load_corpus(CORPUS, (".pdf", ".html", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["蔡甸清荷藕业股份有限公司2024年工作总结和2025年工作计划\n", "一、2024年主要工作完成情况",
        "二、各基地生产情况", "三、存在的问题", "四、2025年工作计划", "（一）种植基地持续扩大",
        "\n基地 | 面积(亩) | 鲜藕产量(吨) | 藕带产量(吨) | 亩产(吨)\n",
        "\n合计 | 18600 | 43360 | 2240 | 2.3\n", "个百分点", "农业产业化龙头企业中位列", "其中", "力争", "计划"],
    B: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">',
        "<title>沛县骏驰车业有限公司2024年前三季度工作总结和四季度工作计划", "<script", "</head>",
        '<nav class="menu">', "当前位置：", "&nbsp;&gt;&nbsp;", '<footer class="footer">', '<div class="article">',
        "<h1>沛县骏驰车业有限公司2024年前三季度工作总结和四季度工作计划</h1>",
        "<p><strong>一、前三季度主要工作成效</strong></p>", "<p><strong>四、四季度工作计划</strong></p>",
        "<tr><td>产品类别</td><td>销售收入(万元)</td><td>同比增长(%)</td><td>出口额(万元)</td></tr>",
        "<tr><td>合计</td><td>136200</td><td>11.3</td><td>19400</td></tr>", "</html>",
        "居沛县电动车企业第", "个百分点", "1-9月", "三季度", "其中", "力争", "计划"],
    C: ["瀘溪峒香食品有限公司2024年工作總結和2025年工作計劃\r\n", "\r\n一、2024年主要工作完成情況\r\n",
        "\r\n二、各基地生產情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、2025年工作計劃\r\n",
        "（一）生產規模穩步擴大。",
        "\r\n加工基地 | 煙燻房(間) | 產量(噸) | 銷售收入(萬元) | 優等品率(%)\r\n",
        "居瀘溪縣農副產品加工企業第", "個百分點", "其中", "累計", "力爭", "計劃"],
}
require_strings(texts, RESIDUE, errors)


def one_line(doc, text):
    """Every evidence of doc lies inside one line of text."""
    for r in rows:
        if r["doc"] == doc and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {doc} spans a line break")


if A in texts:
    at = texts[A]
    if (CORPUS / A).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{A}: not a PDF file")
    if at.count("\n") < 40:
        errors.append(f"{A}: expected the PDF text to be wrapped into at least 40 lines")
    if (longest := max(len(l) for l in at.split("\n"))) > 50:
        errors.append(f"{A}: a line of {longest} characters; expected wrapped lines of about 44")
    trows = [l for l in at.split("\n") if " | " in l]
    if len(trows) != 7 or not trows[-1].startswith("合计 | ") or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{A}: expected a header, five 基地 rows and a 合计 row of five cells in the table")
    # no asked number (or number+unit) is split by a line break anywhere in the text
    for r in rows:
        if r["doc"] != A or r["value"] is None:
            continue
        for v, unit in zip(*values_units(r)):
            f = number_form(v)
            for m in re.finditer(r"\d[\d.]*\n[\d.]*\d", at):
                if f in m.group().replace("\n", "") and f not in m.group().split("\n"):
                    errors.append(f"{r['id']}: {f} is split by a line break in {A}: {m.group()!r}")
            if unit and re.search(rf"(?<![\d.]){re.escape(f)}\n{re.escape(unit[:1])}", at):
                errors.append(f"{r['id']}: {f}{unit} is split from its unit by a line break in {A}")
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
    raw = (CORPUS / C).read_bytes()
    if raw[:2] != b"\xff\xfe":
        errors.append(f"{C}: expected a UTF-16LE byte-order mark")
    not_utf8(CORPUS / C, f"{C}: bytes decode as UTF-8, expected UTF-16", errors)
    decoded = raw.decode("utf-16")
    if decoded.count("\r\n") < 30 or "\n" in decoded.replace("\r\n", "") or "\r" in decoded.replace("\r\n", ""):
        errors.append(f"{C}: expected CRLF line ends only")
    if decoded.lstrip("\ufeff") != ct:
        errors.append(f"{C}: the loaded text differs from the decoded file")
    check_traditional(texts, C, errors)
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith(("合計", "合计")) for l in trows) or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{C}: expected a header and six 加工基地 rows (no 合計 row) of five cells in the table")
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
    return (number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True)
            or html_header(ev, v, unit, text))


full_run(QS, loaded, rows, DOCS, errors, number, "u120", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
