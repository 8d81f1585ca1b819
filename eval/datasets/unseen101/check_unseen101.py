"""Verify eval/datasets/unseen101/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen101/check_unseen101.py   (from the repo root)

Adapted from eval/datasets/unseen98/check_unseen98.py (its Markdown pipe table with a 合计 row and its HTML page
with one <table>), with the UTF-8-with-BOM CRLF traditional-text checks of unseen97/check_unseen97.py. It uses
only index.loaders.load_report from the product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u101-<a|b|c>-qNNN / u101-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/噸/畝/戶/個/點 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the Markdown pipe
  table of 厂区; b: the HTML <table> of 业务板块, whose header row is its first <tr>; c: the plain-text
  "cell | cell" table of 基地);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("utf-8" for a and b,
  "utf-8-sig" for c) and keeps its shape (a: UTF-8 Markdown with LF line ends, a "# " title, four "## "
  headings, bold run-in （一）… headings and a pipe table of a header, a |---| rule, five 厂区 rows and a
  合计 row; b: UTF-8 page source with <head>/<title>/<script>, a <nav> menu, a breadcrumb with &nbsp;, the
  article in <p> paragraphs, exactly one <table> of seven <tr><td> rows (header, five 业务板块, 合计) and
  a <footer>; every b evidence lies inside one <p> with no markup, or is one table row; c: UTF-8 bytes
  with a byte-order mark, CRLF line ends only, traditional script, a 基地 table of a header and six rows
  with no 合计 row, and no c evidence crossing a line end).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u101-… ids); "not found as written" for table-row items whose
unit is only in the table's header; and "not found as written" where an evidence writes its unit with a
traditional character check_gold does not fold (none are expected in this set: c writes 萬/億/噸/畝/戶/個/點,
which check_gold folds). Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, number_form, fold,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report,
    check_traditional, check_gold, written_as, full_run
)

HERE = REPO / "eval/datasets/unseen101"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只")
A_DOC, B_DOC, C_DOC = ("a_county_2024_vinegar.md", "b_county_2024_flour.html",
                       "c_district_2024h1_pomegranate_bom.txt")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("清徐", "徐沟", "徐溝", "孟封", "马峪", "馬峪", "柳杜", "集义", "集義", "王答", "西谷")),
    B_DOC: ("b", ("临颍", "臨潁", "杜曲", "台陈", "台陳", "臺陳", "繁城", "窝城", "窩城", "王孟")),
    C_DOC: ("c", ("临潼", "臨潼", "骊山", "驪山", "斜口", "代王", "秦陵", "零口", "马额", "馬額", "何寨")),
}
# check_gold.py folds some traditional unit characters itself; the others of T2S it does not
CG_FOLDED = {chr(k) for k in check_gold().UNIT_T2S}
UNFOLDED = "[" + "".join(sorted(set("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻") - CG_FOLDED)) + "]"
ENCODINGS = {A_DOC: "utf-8", B_DOC: "utf-8", C_DOC: "utf-8-sig"}
loaded = load_corpus(CORPUS, (".md", ".html", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["# 清徐县醯香陈醋酿造股份有限公司2024年工作总结及2025年工作思路\n", "\n## 一、2024年主要工作完成情况\n",
            "\n## 二、各厂区运行情况\n", "\n## 三、存在的问题\n", "\n## 四、2025年工作思路\n",
            "**（一）原粮基地巩固提升。**",
            "\n| 厂区 | 陈酿陶缸(口) | 产量(吨) | 销售收入(万元) | 优级品率(%) |\n|---|---|---|---|---|\n",
            "\n| 合计 | 36000 | 86400 | 93600 | 96.2 |\n", "居全县调味品企业第", "个百分点", "其中", "累计", "力争",
            "计划"],
    B_DOC: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">',
            "<title>临颍县麦丰面业有限公司2024年工作总结和2025年工作思路", "<script", "</head>",
            '<nav class="menu">', "当前位置：", "&nbsp;&gt;&nbsp;", '<footer class="footer">', '<div class="article">',
            "<h1>临颍县麦丰面业有限公司2024年工作总结和2025年工作思路</h1>",
            "<p><strong>一、2024年主要工作成效</strong></p>", "<p><strong>四、2025年工作思路</strong></p>",
            "<tr><td>业务板块</td><td>营业收入(万元)</td><td>同比增长(%)</td><td>利润总额(万元)</td></tr>",
            "<tr><td>合计</td><td>114200</td><td>8.3</td><td>6490</td></tr>", "</html>",
            "居全县工业企业第", "个百分点", "其中", "累计", "力争", "计划"],
    C_DOC: ["臨潼區驪紅石榴產業有限公司2024年上半年工作總結及下半年工作計劃\r\n", "\r\n一、上半年主要工作完成情況\r\n",
            "\r\n二、各基地管護情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、下半年工作計劃\r\n",
            "（一）種植基地穩步擴大。",
            "\r\n基地 | 種植面積(畝) | 坐果率(%) | 技術員(名) | 投入資金(萬元)\r\n",
            "個百分點", "居全區石榴企業第", "力爭", "累計", "其中"],
}
require_strings(texts, RESIDUE, errors)

if A_DOC in texts:
    at = texts[A_DOC]
    try:
        (CORPUS / A_DOC).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{A_DOC}: not UTF-8")
    if "\r" in at:
        errors.append(f"{A_DOC}: expected LF line ends only")
    if not at.startswith("# ") or len(re.findall(r"^## ", at, re.M)) != 4:
        errors.append(f"{A_DOC}: expected a '# ' title and four '## ' headings")
    if len(re.findall(r"^\*\*（[一二三四五六七八九十]+）", at, re.M)) < 10:
        errors.append(f"{A_DOC}: expected bold run-in （一）… headings")
    trows = [l for l in at.split("\n") if l.startswith("|")]
    if len(trows) != 8 or trows[1] != "|---|---|---|---|---|" or not trows[-1].startswith("| 合计 |"):
        errors.append(f"{A_DOC}: expected a pipe table of a header, a separator, five 厂区 rows and a 合计 row")
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
        errors.append(f"{C_DOC}: expected a header and six rows (no 合计 row) in the 基地 table")
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
    return number_ok(ev, v, unit, text, T2S, column=True) or html_header(ev, v, unit, text)


full_run(QS, loaded, rows, DOCS, errors, number, "u101",
         [("traditional-unit messages (none expected: check_gold folds the unit characters c uses)",
           written_as(UNFOLDED, errors)),
          (TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
