"""Verify eval/datasets/unseen91/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen91/check_unseen91.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py by way of unseen89/check_unseen89.py (whose Word-table
check and traditional UTF-16 check it reuses) and unseen90/check_unseen90.py (whose HTML page and <table>
row checks it reuses). It uses only index.loaders.load_report from the product (the corpus files are listed
with a plain directory scan). Checks:
- ids unique and shaped u91-<a|b|c>-qNNN / u91-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/個/點/間 folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)"
  header cell of the value's own column of the table the span is a row of (a: the Word table of 厂区,
  which load_report gives as "cell | cell" lines; b: the HTML <table> of 销售区域, whose header row is its
  first <tr>; c: the plain-text "cell | cell" table of 片區);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "docx", b
  "utf-8", c "utf-16") and keeps its shape (a: a real .docx whose Word table comes out as "cell | cell"
  lines, a header, five 厂区 rows and a 合计 row of five cells each; b: UTF-8 page source with
  <head>/<title>/<style>/<script>, a <nav> menu, a breadcrumb with &nbsp;, the article in <p> paragraphs,
  exactly one <table> of seven <tr><td> rows (header, five 销售区域, 合计) and a <footer>; every b evidence
  lies inside one <p> with no markup, or is one table row; c: UTF-16 little-endian with a BOM and CRLF
  line ends only, not valid UTF-8, decoding to the loaded text, traditional script, a 片區 table of a
  header and six rows with no 合計 row, and no c evidence crossing a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u91-… ids) and "not found as written" for table-row items
whose unit is only in the table's header. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, number_form, fold,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report, not_utf8,
    check_traditional, full_run
)

HERE = REPO / "eval/datasets/unseen91"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊時數車單份",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队时数车单份")
A, B, C = "a_county_2024_bamboo.docx", "b_city_2024_pvmodule.html", "c_county_2024_homestay_utf16.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("建瓯", "建甌", "徐墩", "南雅", "迪口", "川石", "顺阳", "順陽", "吉阳", "吉陽", "东游", "東遊",
              "房道", "东峰", "東峰")),
    B: ("b", ("广德", "廣德", "新杭", "邱村", "柏垫", "柏墊", "杨滩", "楊灘", "东亭", "東亭")),
    C: ("c", ("缙云", "縉雲", "舒洪", "胡源", "溶江", "石笕", "石筧", "仙都", "壶镇", "壺鎮", "五云", "五雲",
              "大源", "方溪", "三溪")),
}
ENCODINGS = {A: "docx", B: "utf-8", C: "utf-16"}
loaded = load_corpus(CORPUS, (".docx", ".html", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["建瓯翠筠竹业有限公司2024年工作总结和2025年工作思路\n", "\n一、2024年主要工作完成情况\n",
        "\n二、各厂区运行情况\n", "\n三、存在的问题\n", "\n四、2025年工作思路\n", "（一）原料基地持续扩大。",
        "\n厂区 | 员工(人) | 竹材用量(万吨) | 营业收入(万元) | 利润总额(万元)\n",
        "\n合计 | 836 | 21.8 | 53600 | 4380\n", "居建瓯市竹产业企业第", "个百分点", "其中", "累计", "力争", "计划"],
    B: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">',
        "<title>广德曜阳光伏科技有限公司2024年工作总结和2025年工作思路", "<style>", "<script", "</head>",
        '<nav class="nav">', "您的位置：", "&nbsp;&gt;&nbsp;", '<footer class="foot">', '<div class="article">',
        '<h1 style="text-align:center">广德曜阳光伏科技有限公司2024年工作总结和2025年工作思路</h1>',
        "<p><strong>一、2024年主要工作成效</strong></p>", "<p><strong>四、2025年工作思路</strong></p>",
        "<tr><td>销售区域</td><td>出货量(MW)</td><td>营业收入(万元)</td><td>同比增长(%)</td></tr>",
        "<tr><td>合计</td><td>8210</td><td>667000</td><td>-6.3</td></tr>", "</html>",
        "居广德市工业企业第", "个百分点", "累计", "力争", "计划"],
    C: ["縉雲縣雲宿鄉村旅遊發展有限公司2024年工作總結和2025年工作思路\r\n", "\r\n一、2024年主要工作完成情況\r\n",
        "\r\n二、各片區運營情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、2025年工作思路\r\n",
        "（一）運營規模穩步擴大。",
        "\r\n片區 | 民宿(家) | 客房(間) | 入住率(%) | 營業收入(萬元)\r\n",
        "居縉雲縣民宿經營主體第", "個百分點", "其中", "累計", "力爭", "計劃"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    if (CORPUS / A).read_bytes()[:2] != b"PK":
        errors.append(f"{A}: not a .docx (zip) file")
    trows = [l for l in texts[A].split("\n") if " | " in l]
    if len(trows) != 7 or not trows[-1].startswith("合计 | ") or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{A}: expected a header, five 厂区 rows and a 合计 row of five cells in the Word table")
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
        errors.append(f"{C}: expected a header and six 片區 rows (no 合計 row) of five cells in the table")
    for r in rows:
        if r["doc"] == C and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C} spans a line break")


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


full_run(QS, loaded, rows, DOCS, errors, number, "u91", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
