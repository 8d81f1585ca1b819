"""Verify eval/datasets/unseen41/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen41/check_unseen41.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with unseen38's HTML checks and unseen32's Big5
checks). It uses only index.loaders.load_report from the product (the corpus files are listed with a
plain directory scan). Checks:
- ids unique and shaped u41-<a|b|c>-qNNN / u41-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters
  such as 萬/億/隻/個/畝 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the plain-text
  "cell | cell" table of 县（市、区） in the PDF; b: the HTML <table> of 重点部门, whose header row is its
  first <tr>; c: the plain-text table of 镇（乡）); a number the PDF text of a splits over a line break
  is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the Big5 report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("pdf" for a, "utf-8"
  for b, "big5" for c) and keeps its shape (a: a real PDF whose text is wrapped into at least 40 lines
  of at most 50 characters, numbered sections, a 县（市、区） table of a header and six rows with no 合计
  row; b: UTF-8 page source with <head>/<title>/<script>, a <nav> menu, a breadcrumb with &nbsp;, the
  article in <p> paragraphs, exactly one <table> of eight <tr><td> rows (header, six 部门, 合计) and a
  footer; every b evidence lies inside one <p> with no markup, or is one table row; c: bytes that are
  not UTF-8 but strict Big5 decoding to the loaded text, traditional script, LF line ends, a 镇（乡）
  table of a header and six rows with no 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u41-… ids), "not found as written" for table-row items whose
unit is only in the table's header, and "not found as written" for c items whose unit 万只 is written
萬隻 (check_gold does not fold 隻). Any other check_gold message counts as an error. Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, number_form, fold,
    split_by_line_break, check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report,
    legacy_bytes, check_traditional, written_as, full_run
)

HERE = REPO / "eval/datasets/unseen41"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只")
A_DOC, B_DOC, C_DOC = "a_city_2023_federation.pdf", "b_city_2024h1_bigdata.html", "c_county_2023_livestock_big5.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("咸宁", "咸寧", "咸安", "嘉鱼", "嘉魚", "通城", "崇阳", "崇陽", "通山", "赤壁")),
    B_DOC: ("b", ("梧州", "万秀", "萬秀", "长洲", "長洲", "龙圩", "龍圩", "苍梧", "蒼梧", "藤县", "藤縣", "蒙山", "岑溪")),
    C_DOC: ("c", ("定边", "定邊", "贺圈", "賀圈", "红柳沟", "紅柳溝", "砖井", "磚井", "白泥井", "安边", "安邊",
                  "堆子梁", "郝滩", "郝灘", "盐场堡", "鹽場堡", "石洞沟", "石洞溝", "学庄", "學莊", "杨井", "楊井")),
}
ENCODINGS = {A_DOC: "pdf", B_DOC: "utf-8", C_DOC: "big5"}
loaded = load_corpus(CORPUS, (".pdf", ".html", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["咸宁市文学艺术界联合会2023年工作总结和2024年工作要点", "一、2023年主要工作成效", "二、存在的问题",
            "三、2024年工作要点", "（一）思想政治引领持续加强",
            "县（市、区） | 惠民演出(场) | 创作作品(件) | 省级以上获奖(项) | 市级会员(名)",
            "个百分点", "居全省第", "力争", "计划"],
    B_DOC: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">', "<title>梧州市大数据发展局2024年上半年工作总结及下半年工作计划",
            "<script", "</head>", '<nav class="nav">', "当前位置：", "&nbsp;&gt;&nbsp;", '<div class="footer">',
            '<div class="content" id="zoom">', "<h1>梧州市大数据发展局2024年上半年工作总结及下半年工作计划</h1>",
            "<p style=\"text-indent:2em;\"><strong>三、下半年工作计划</strong></p>",
            "<tr><td>部门</td><td>累计挂接目录(条)</td><td>归集数据(万条)</td><td>被调用(万次)</td><td>同比增长(%)</td></tr>",
            "<tr><td>合计</td><td>1497</td><td>13423</td><td>1299.9</td><td>45.8</td></tr>", "</html>", "居全区第", "个百分点"],
    C_DOC: ["定邊縣畜牧獸醫局2023年工作總結", "一、主要工作完成情況", "二、存在的問題", "三、2024年工作思路",
            "（一）畜牧業生產穩定增長",
            "\n鎮（鄉） | 羊飼養量(萬隻) | 規模養殖場(個) | 苜蓿留床面積(萬畝) | 畜牧業產值(億元)\n",
            "個百分點", "居全市第", "力爭"],
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
    trows = [l for l in at.split("\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith("合计") for l in trows):
        errors.append(f"{A_DOC}: expected a header and six rows (no 合计 row) in the 县（市、区） table")
if B_DOC in texts:
    bt = texts[B_DOC]
    try:
        (CORPUS / B_DOC).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{B_DOC}: not UTF-8")
    if bt.count("<table") != 1 or bt.count("<tr>") != 8 or "<th" in bt:
        errors.append(f"{B_DOC}: expected exactly one <table> of eight <tr><td> rows")
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
    legacy_bytes(CORPUS / C_DOC, "big5", errors, ct)
    check_traditional(texts, C_DOC, errors)
    if "\r" in ct:
        errors.append(f"{C_DOC}: expected LF line ends only")
    trows = [l for l in ct.split("\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith(("合計", "合计")) for l in trows):
        errors.append(f"{C_DOC}: expected a header and six rows (no 合计 row) in the 镇（乡） table")


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


full_run(QS, loaded, rows, DOCS, errors, number, "u41",
         [(TABLE_CELL, None),
          ("萬隻 unit notes (expected: check_gold does not fold 隻, the checker above does)", written_as("隻", errors))],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
