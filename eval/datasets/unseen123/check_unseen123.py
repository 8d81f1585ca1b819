"""Verify eval/datasets/unseen123/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen123/check_unseen123.py   (from the repo root)

Adapted from eval/datasets/unseen90/check_unseen90.py (by way of unseen120/check_unseen120.py: saved HTML page
with one <table> and a 合计 row, evidence inside one <p> or one row; PDF wrapped at about 44 characters with a
plain-text "cell | cell" table and the split-number check; traditional UTF-16 LE text with a BOM and CRLF line
ends). Here the HTML page is report a, the PDF (no 合计 row) is report b and the UTF-16 text is report c.
It uses only index.loaders.load_report from the product (the corpus files are listed with a plain directory
scan). Checks:
- ids unique and shaped u123-<a|b|c>-qNNN / u123-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/噸/戶/個/點/項 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the HTML <table>
  of 基地, whose header row is its first <tr>; b: the plain-text "cell | cell" table of 车间 in the PDF;
  c: the plain-text table of 加工基地); a number the PDF text of b splits over a line break is not taken
  as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year ("24年", "2024年", "25年", "2025年");
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "utf-8", b "pdf",
  c "utf-16") and keeps its shape (a: UTF-8 page source with <head>/<title>/<script>, a <nav> menu, a
  breadcrumb with &nbsp;, the article in <p> paragraphs, exactly one <table> of seven <tr><td> rows
  (header, five 基地, 合计) and a <footer>; every a evidence lies inside one <p> with no markup, or is one
  table row; b: a real PDF whose text is wrapped into at least 40 lines of at most 50 characters,
  numbered sections, a 车间 table of a header and five rows of five cells with no 合计 row, and no asked
  number or number+unit split by a line break anywhere in the text; c: UTF-16 little-endian with a BOM
  and CRLF line ends only, not valid UTF-8, decoding to the loaded text, traditional script, a 加工基地
  table of a header and six rows with no 合計 row, and no c evidence crossing a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u123-… ids) and "not found as written" for table-row items
whose unit is only in the table's header (check_gold folds every traditional unit character the asked c
spans use: 萬/億/個/點/噸/戶). Any other check_gold message counts as an error.
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

HERE = REPO / "eval/datasets/unseen123"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只")
A, B, C = "a_county_2024_lily.html", "b_county_2024h1_cotton_yarn.pdf", "c_county_2024q3_coconut_utf16.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("榆中", "马坡", "馬坡", "韦营", "韋營", "贡井", "貢井", "中连川", "中連川", "哈岘", "哈峴",
              "园子岔", "園子岔", "上花岔")),
    B: ("b", ("沙雅", "英买力", "英買力", "哈德墩", "古勒巴格", "海楼", "海樓", "努尔巴格", "努爾巴格")),
    C: ("c", ("琼海", "瓊海", "万泉", "萬泉", "博鳌", "博鰲", "潭门", "潭門", "长坡", "長坡", "石壁", "会山",
              "會山", "塔洋")),
}
ENCODINGS = {A: "utf-8", B: "pdf", C: "utf-16"}
loaded = load_corpus(CORPUS, (".pdf", ".html", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">',
        "<title>榆中金瓣百合食品股份有限公司2024年工作总结和2025年工作计划", "<script", "</head>",
        '<nav class="menu">', "当前位置：", "&nbsp;&gt;&nbsp;", '<footer class="footer">', '<div class="article">',
        "<h1>榆中金瓣百合食品股份有限公司2024年工作总结和2025年工作计划</h1>",
        "<p><strong>一、2024年主要工作成效</strong></p>", "<p><strong>四、2025年工作计划</strong></p>",
        "<tr><td>基地</td><td>种植面积(亩)</td><td>采收面积(亩)</td><td>鲜百合产量(吨)</td><td>种球产量(万粒)</td></tr>",
        "<tr><td>合计</td><td>12600</td><td>4350</td><td>6420</td><td>3200</td></tr>", "</html>",
        "农业产业化龙头企业中位列第", "个百分点", "其中", "累计", "力争", "计划"],
    B: ["沙雅天衡纺织有限公司\n2024年上半年工作总结及下半年工作计划\n", "一、上半年主要工作完成情况",
        "二、各车间运行情况", "三、存在的问题", "四、下半年工作计划", "（一）产能规模继续扩大",
        "\n车间 | 规模(万锭) | 纱线产量(吨) | 万锭用工(人) | 优等品率(%)\n",
        "个百分点", "工业企业中排名第", "其中", "力争"],
    C: ["瓊海椰源食品有限公司2024年前三季度工作總結和四季度工作計劃\r\n", "\r\n一、前三季度主要工作完成情況\r\n",
        "\r\n二、各基地生產情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、四季度工作計劃\r\n",
        "（一）原料收購穩中有增。",
        "\r\n加工基地 | 加工量(萬個) | 椰子水(噸) | 椰子粉(噸) | 優等品率(%)\r\n",
        "農副產品加工企業中排名第", "個百分點", "1-9月", "三季度", "其中", "累計", "力爭"],
}
require_strings(texts, RESIDUE, errors)


def one_line(doc, text):
    """Every evidence of doc lies inside one line of text."""
    for r in rows:
        if r["doc"] == doc and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {doc} spans a line break")


if A in texts:
    at = texts[A]
    try:
        (CORPUS / A).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{A}: not UTF-8")
    if at.count("<table") != 1 or at.count("<tr>") != 7 or "<th" in at.replace("<thead", ""):
        errors.append(f"{A}: expected exactly one <table> of seven <tr><td> rows")
    for r in rows:
        if r["doc"] != A or not r["evidence"] or r["evidence"] not in at:
            continue
        ev = r["evidence"]; pos = at.index(ev)
        if ev.startswith("<td>"):
            start, end = at.rfind("<tr>", 0, pos), at.find("</tr>", pos)
            if start < 0 or end < 0 or "</tr>" in ev or at[start:pos] != "<tr>" or at[pos + len(ev):end] != "":
                errors.append(f"{r['id']}: table evidence is not one row of {A}")
        else:
            start, end = at.rfind("<p", 0, pos), at.find("</p>", pos)
            inner = at[at.index(">", start) + 1:end] if start >= 0 and end >= 0 else "<"
            if "<" in ev or ">" in ev or "&" in ev or "<" in inner:
                errors.append(f"{r['id']}: evidence is not inside one <p> of {A}")
if B in texts:
    bt = texts[B]
    if (CORPUS / B).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{B}: not a PDF file")
    if bt.count("\n") < 40:
        errors.append(f"{B}: expected the PDF text to be wrapped into at least 40 lines")
    if (longest := max(len(l) for l in bt.split("\n"))) > 50:
        errors.append(f"{B}: a line of {longest} characters; expected wrapped lines of about 44")
    trows = [l for l in bt.split("\n") if " | " in l]
    if len(trows) != 6 or any(l.startswith("合计") for l in trows) or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{B}: expected a header and five 车间 rows (no 合计 row) of five cells in the table")
    # no asked number (or number+unit) is split by a line break anywhere in the text
    for r in rows:
        if r["doc"] != B or r["value"] is None:
            continue
        for v, unit in zip(*values_units(r)):
            f = number_form(v)
            for m in re.finditer(r"\d[\d.]*\n[\d.]*\d", bt):
                if f in m.group().replace("\n", "") and f not in m.group().split("\n"):
                    errors.append(f"{r['id']}: {f} is split by a line break in {B}: {m.group()!r}")
            if unit and re.search(rf"(?<![\d.]){re.escape(f)}\n{re.escape(unit[:1])}", bt):
                errors.append(f"{r['id']}: {f}{unit} is split from its unit by a line break in {B}")
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
    """TABLE_LINE when ev is a <td> row of the a table and v's column heads "(unit)" in the header row."""
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


full_run(QS, loaded, rows, DOCS, errors, number, "u123", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
