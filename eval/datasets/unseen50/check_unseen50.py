"""Verify eval/datasets/unseen50/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen50/check_unseen50.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with unseen41's HTML checks). It uses only
index.loaders.load_report from the product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u50-<a|b|c>-qNNN / u50-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters
  such as 萬/億/項/個/臺 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the HTML <table>
  of 产业, whose header row is its first <tr>; b: the plain-text "cell | cell" table of 保护站; c: the
  Word table of 县（市、区）, which load_report turns into "cell | cell" lines);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report b contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("utf-8" for a,
  "utf-16" for b, "docx" for c) and keeps its shape (a: UTF-8 page source with <head>/<title>/<script>,
  a <nav> menu, a breadcrumb with &nbsp;, the article in <p> paragraphs, exactly one <table> of eight
  <tr><td> rows (header, six 产业, 合计) and a <footer>; every a evidence lies inside one <p> with no
  markup, or is one table row; b: UTF-16 little-endian with a BOM and CRLF line ends only, not valid
  UTF-8, traditional script, a 保护站 table of a header, six rows and a 合計 row; c: a real .docx whose
  Word table comes out as "cell | cell" lines: a header, six 县（市、区） and a 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u50-… ids) and "not found as written" for table-row items
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

HERE = REPO / "eval/datasets/unseen50"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只")
A_DOC, B_DOC, C_DOC = "a_county_2024_investment.html", "b_reserve_2023_hant_utf16.txt", "c_city_2024h1_finance.docx"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("龙里", "龍里", "谷脚", "谷腳", "醒狮", "醒獅", "冠山", "湾滩河", "灣灘河", "洗马", "洗馬")),
    B_DOC: ("b", ("白水江", "碧口", "范坝", "范壩", "铁楼", "鐵樓", "刘家坪", "劉家坪", "丹堡", "中寨")),
    C_DOC: ("c", ("德阳", "德陽", "旌阳", "旌陽", "罗江", "羅江", "广汉", "廣漢", "什邡", "绵竹", "綿竹", "中江")),
}
ENCODINGS = {A_DOC: "utf-8", B_DOC: "utf-16", C_DOC: "docx"}
loaded = load_corpus(CORPUS, (".html", ".txt", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">', "<title>龙里县投资促进局2024年工作总结及2025年工作思路",
            "<script", "</head>", '<nav class="menu">', "您当前的位置：", "&nbsp;&gt;&nbsp;", '<footer class="footer">',
            '<div class="content" id="zoom">', "<h1>龙里县投资促进局2024年工作总结及2025年工作思路</h1>",
            '<p style="text-indent:2em;"><strong>一、2024年工作开展情况</strong></p>',
            '<p style="text-indent:2em;"><strong>三、2025年工作思路</strong></p>',
            "<tr><td>产业</td><td>签约项目(个)</td><td>签约金额(亿元)</td><td>到位资金(亿元)</td></tr>",
            "<tr><td>合计</td><td>86</td><td>308.9</td><td>154.3</td></tr>", "</html>",
            "居全州第", "个百分点", "力争"],
    B_DOC: ["白水江國家級自然保護區管理局2023年工作總結和2024年工作計劃\r\n", "一、2023年工作完成情況", "二、存在的問題",
            "三、2024年工作計劃", "（一）資源管護全面加強。",
            "\r\n保護站 | 巡護次數(次) | 巡護里程(公里) | 紅外相機(臺) | 監測樣線(條)\r\n",
            "\r\n合計 | 3126 | 48700 | 350 | 58\r\n", "個百分點", "居全省第", "力爭", "計劃"],
    C_DOC: ["德阳市地方金融管理局2024年上半年工作总结\n", "一、上半年主要工作成效", "二、存在的问题", "三、下半年工作计划",
            "（一）信贷投放稳中有进。",
            "\n县（市、区） | 贷款余额(亿元) | 新增贷款(亿元) | 贷款增速(%) | 上市后备企业(家)\n",
            "\n合计 | 4125.8 | 286.5 | 11.4 | 87\n", "个百分点", "居全省第", "力争"],
}
require_strings(texts, RESIDUE, errors)

if A_DOC in texts:
    at = texts[A_DOC]
    try:
        (CORPUS / A_DOC).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{A_DOC}: not UTF-8")
    if at.count("<table") != 1 or at.count("<tr>") != 8 or "<th" in at.replace("<thead", ""):
        errors.append(f"{A_DOC}: expected exactly one <table> of eight <tr><td> rows")
    for r in rows:
        if r["doc"] != A_DOC or not r["evidence"] or r["evidence"] not in at:
            continue
        ev = r["evidence"]; pos = at.index(ev)
        if ev.startswith("<td>"):
            start, end = at.rfind("<tr>", 0, pos), at.find("</tr>", pos)
            if start < 0 or end < 0 or "</tr>" in ev or at[start:pos] != "<tr>" or at[pos + len(ev):end] != "":
                errors.append(f"{r['id']}: table evidence is not one row of {A_DOC}")
        else:
            start, end = at.rfind("<p", 0, pos), at.find("</p>", pos)
            inner = at[at.index(">", start) + 1:end] if start >= 0 and end >= 0 else "<"
            if "<" in ev or ">" in ev or "&" in ev or "<" in inner:
                errors.append(f"{r['id']}: evidence is not inside one <p> of {A_DOC}")
if B_DOC in texts:
    raw = (CORPUS / B_DOC).read_bytes()
    if raw[:2] != b"\xff\xfe":
        errors.append(f"{B_DOC}: expected a UTF-16LE byte-order mark")
    not_utf8(CORPUS / B_DOC, f"{B_DOC}: bytes decode as UTF-8, expected UTF-16", errors)
    decoded = raw.decode("utf-16")
    if decoded.count("\r\n") < 30 or "\n" in decoded.replace("\r\n", ""):
        errors.append(f"{B_DOC}: expected CRLF line ends only")
    check_traditional(texts, B_DOC, errors)
    trows = [l for l in texts[B_DOC].split("\r\n") if " | " in l]
    if len(trows) != 8 or not trows[-1].startswith("合計"):
        errors.append(f"{B_DOC}: expected a header, six rows and a 合計 row in the 保護站 table")
if C_DOC in texts:
    if (CORPUS / C_DOC).read_bytes()[:2] != b"PK":
        errors.append(f"{C_DOC}: not a .docx (zip) file")
    trows = [l for l in texts[C_DOC].split("\n") if " | " in l]
    if len(trows) != 8 or not trows[-1].startswith("合计"):
        errors.append(f"{C_DOC}: expected a header, six rows and a 合计 row in the 县（市、区） table")


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
    return number_ok(ev, v, unit, text, T2S, column=True) or html_header(ev, v, unit, text)


full_run(QS, loaded, rows, DOCS, errors, number, "u50", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
