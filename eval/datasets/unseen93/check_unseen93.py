"""Verify eval/datasets/unseen93/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen93/check_unseen93.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (by way of unseen88/check_unseen88.py, whose HTML
<table> page checks and GB18030-CRLF traditional checks it reuses, and unseen89/check_unseen89.py, whose
Word-table check it reuses). It uses only index.loaders.load_report from the product (the corpus files are
listed with a plain directory scan). Checks:
- ids unique and shaped u93-<a|b|c>-qNNN / u93-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/噸/畝/戶/個/點 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the HTML <table>
  of 基地, whose header row is its first <tr>; b: the Word table of 产品, extracted as "cell | cell"
  lines; c: the plain-text "cell | cell" table of 养殖基地);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the GB18030 report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("utf-8" for a, "docx"
  for b, "gb18030" for c) and keeps its shape (a: UTF-8 page source with <head>/<title>/<script>, a <nav>
  menu, a breadcrumb with &nbsp;, the article in <p> paragraphs, exactly one <table> of six <tr><td> rows
  (header and five 基地, no 合计 row), a pager and a <footer>; every a evidence lies inside one <p> with
  no markup, or is one table row; b: a real .docx (zip) whose Word table is extracted as a header, five
  产品 rows and a 合计 row of five cells; c: bytes that are not UTF-8 but strict GB18030 decoding to the
  loaded text, traditional script, CRLF line ends only, a 养殖基地 table of a header and six rows with no
  合计 row, no evidence spanning a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u93-… ids) and "not found as written" for table-row items
whose unit is only in the table's header. Any other check_gold message counts as an error.
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

HERE = REPO / "eval/datasets/unseen93"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只")
A_DOC, B_DOC, C_DOC = ("a_county_2024_winery.html", "b_county_2024_potato.docx",
                       "c_city_2024_aquaculture_gb18030.txt")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("青铜峡", "青銅峽", "邵岗", "邵崗", "叶盛", "葉盛", "瞿靖", "峡口", "峽口", "甘城子")),
    B_DOC: ("b", ("渭源", "会川", "會川", "莲峰", "蓮峰", "五竹", "路园", "路園", "北寨", "清源")),
    C_DOC: ("c", ("文昌", "翁田", "铺前", "鋪前", "会文", "會文", "龙楼", "龍樓", "冯坡", "馮坡", "昌洒", "昌灑",
                  "东阁", "東閣", "锦山", "錦山", "抱罗", "抱羅", "潭牛")),
}
ENCODINGS = {A_DOC: "utf-8", B_DOC: "docx", C_DOC: "gb18030"}
loaded = load_corpus(CORPUS, (".html", ".docx", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">',
            "<title>青铜峡市鸿峡葡萄酒业有限公司2024年工作总结和2025年工作思路_新闻中心_鸿峡葡萄酒业</title>",
            "<script", "</head>", '<nav class="nav">', "您的位置：", "&nbsp;&gt;&nbsp;", '<footer class="foot">',
            '<div class="main">', "<h1>青铜峡市鸿峡葡萄酒业有限公司2024年工作总结和2025年工作思路</h1>",
            "<p><strong>一、2024年主要工作完成情况</strong></p>", "<p><strong>四、2025年工作思路</strong></p>",
            "<tr><td>基地</td><td>种植面积(亩)</td><td>采收量(吨)</td><td>平均亩产(公斤)</td><td>优质果率(%)</td></tr>",
            '<div class="page">上一篇：', "</html>",
            "居青铜峡市葡萄酒企业第", "个百分点", "累计", "其中", "力争", "计划"],
    B_DOC: ["渭源县清渭薯业有限公司2024年工作总结和2025年工作思路\n", "\n一、2024年主要工作完成情况\n",
            "\n二、主要产品产销情况\n", "\n三、存在的问题\n", "\n四、2025年工作思路\n", "（一）原料基地不断扩大。",
            "\n产品 | 产量(吨) | 销量(吨) | 销售收入(万元) | 产销率(%)\n",
            "\n合计 | 43600 | 42470 | 37920 | 97.4\n", "居全省马铃薯淀粉企业第", "个百分点", "累计", "其中",
            "力争", "计划"],
    C_DOC: ["文昌市翁海水產養殖有限公司2024年工作總結和2025年工作計劃\r\n", "\r\n一、2024年主要工作完成情況\r\n",
            "\r\n二、各養殖基地生產情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、2025年工作計劃\r\n",
            "（一）養殖規模穩中有增。",
            "\r\n養殖基地 | 養殖面積(畝) | 產量(噸) | 產值(萬元) | 成活率(%)\r\n",
            "個百分點", "居全市水產養殖企業第", "力爭", "累計", "其中", "占營業收入"],
}
require_strings(texts, RESIDUE, errors)

if A_DOC in texts:
    at = texts[A_DOC]
    try:
        (CORPUS / A_DOC).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{A_DOC}: not UTF-8")
    if at.count("<table") != 1 or at.count("<tr>") != 6 or "<th" in at.replace("<thead", "") or "合计" in at:
        errors.append(f"{A_DOC}: expected exactly one <table> of six <tr><td> rows and no 合计 row")
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
    if (CORPUS / B_DOC).read_bytes()[:2] != b"PK":
        errors.append(f"{B_DOC}: not a .docx (zip) file")
    trows = [l for l in texts[B_DOC].split("\n") if " | " in l]
    if len(trows) != 7 or not trows[-1].startswith("合计 | ") or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{B_DOC}: expected a header, five 产品 rows and a 合计 row of five cells in the Word table")
if C_DOC in texts:
    ct = texts[C_DOC]
    raw = legacy_bytes(CORPUS / C_DOC, "gb18030", errors, ct)
    check_traditional(texts, C_DOC, errors)
    dec = raw.decode("gb18030", errors="replace")
    if dec.count("\r\n") < 20 or "\n" in dec.replace("\r\n", "") or "\r" in dec.replace("\r\n", ""):
        errors.append(f"{C_DOC}: expected CRLF line ends only")
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith(("合計", "合计")) for l in trows):
        errors.append(f"{C_DOC}: expected a header and six rows (no 合计 row) in the 养殖基地 table")
    for r in rows:
        if r["doc"] == C_DOC and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C_DOC} spans a line break")


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
    return (number_ok(ev, v, unit, text, T2S, column=True)
            or html_header(ev, v, unit, text))


full_run(QS, loaded, rows, DOCS, errors, number, "u93", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
