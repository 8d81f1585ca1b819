"""Verify eval/datasets/unseen106/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen106/check_unseen106.py   (from the repo root)

Adapted from eval/datasets/unseen98/check_unseen98.py (Markdown pipe table with a 合计 row, HTML page with one
<table> and a 合计 row, strict-Big5 CRLF traditional text with a plain-text table), itself adapted from
unseen90/check_unseen90.py. It uses only index.loaders.load_report from the product (the corpus files are
listed with a plain directory scan). Checks:
- ids unique and shaped u106-<a|b|c>-qNNN / u106-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/噸/戶/個/點 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the Markdown pipe
  table of 产品; b: the HTML <table> of 业务板块, whose header row is its first <tr>; c: the plain-text
  "cell | cell" table of 基地);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the Big5 report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("utf-8" for a and b,
  "big5" for c) and keeps its shape (a: UTF-8 Markdown with LF line ends, a "# " title, four "## "
  headings, bold run-in （一）… headings and a pipe table of a header, a |---| rule, five 产品 rows and a
  合计 row; b: UTF-8 page source with <head>/<title>/<script>, a <nav> menu, a breadcrumb with &nbsp;, the
  article in <p> paragraphs, exactly one <table> of seven <tr><td> rows (header, five 业务板块, 合计) and
  a <footer>; every b evidence lies inside one <p> with no markup, or is one table row; c: bytes that are
  not UTF-8 but strict Big5 decoding to the loaded text, traditional script, CRLF line ends only, a 基地
  table of a header and six rows with no 合计 row, and no c evidence crossing a line end).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u106-… ids); "not found as written" for table-row items whose
unit is only in the table's header; and "not found as written" where an evidence writes its unit with a
traditional character check_gold does not fold (none are expected in this set: c writes 萬/億/噸/戶/個/點,
which check_gold folds, and 袋/公斤, which are the same in both scripts). Any other check_gold message
counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, number_form, fold,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report,
    legacy_bytes, check_traditional, check_gold, written_as, full_run
)

HERE = REPO / "eval/datasets/unseen106"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只")
A_DOC, B_DOC, C_DOC = "a_county_2024_corn.md", "b_county_2024h1_flax.html", "c_county_2024_fungus_big5.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("农安", "農安", "合隆", "哈拉海", "伏龙泉", "伏龍泉", "巴吉垒", "巴吉壘", "三盛玉")),
    B_DOC: ("b", ("克山", "北联", "北聯", "西建", "古北", "北兴", "北興", "向华", "向華")),
    C_DOC: ("c", ("宽甸", "寬甸", "毛甸子", "长甸", "長甸", "永甸", "太平哨", "青山沟", "青山溝", "灌水基地", "硼海",
                  "牛毛坞", "牛毛塢", "大川头", "大川頭", "杨木川", "楊木川", "振江")),
}
# check_gold.py folds some traditional unit characters itself; the others of T2S it does not
CG_FOLDED = {chr(k) for k in check_gold().UNIT_T2S}
UNFOLDED = "[" + "".join(sorted(set("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻") - CG_FOLDED)) + "]"
ENCODINGS = {A_DOC: "utf-8", B_DOC: "utf-8", C_DOC: "big5"}
loaded = load_corpus(CORPUS, (".md", ".html", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["# 农安县金垄玉米开发有限公司2024年工作总结和2025年工作思路\n", "\n## 一、2024年主要工作完成情况\n",
            "\n## 二、主要产品经营情况\n", "\n## 三、存在的问题\n", "\n## 四、2025年工作思路\n",
            "**（一）粮源收储能力不断增强。**",
            "\n| 产品 | 产量(万吨) | 销售收入(万元) | 同比增长(%) | 毛利率(%) |\n|---|---|---|---|---|\n",
            "\n| 合计 | 79.2 | 293000 | 6.4 | 10.8 |\n", "在全县工业企业中排名第", "个百分点", "其中", "力争",
            "计划"],
    B_DOC: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">',
            "<title>克山县北纺亚麻纺织有限公司2024年上半年工作总结及下半年工作计划", "<script", "</head>",
            '<nav class="menu">', "当前位置：", "&nbsp;&gt;&nbsp;", '<footer class="footer">', '<div class="article">',
            "<h1>克山县北纺亚麻纺织有限公司2024年上半年工作总结及下半年工作计划</h1>",
            "<p><strong>一、上半年主要工作完成情况</strong></p>", "<p><strong>四、下半年工作计划</strong></p>",
            "<tr><td>业务板块</td><td>营业收入(万元)</td><td>同比增长(%)</td><td>利润总额(万元)</td></tr>",
            "<tr><td>合计</td><td>43900</td><td>8.0</td><td>2740</td></tr>", "</html>",
            "在全省亚麻纺织企业中排名第", "个百分点", "其中", "力争", "计划"],
    C_DOC: ["寬甸縣黑金食用菌有限公司2024年工作總結和2025年工作計劃\r\n", "\r\n一、2024年主要工作完成情況\r\n",
            "\r\n二、各基地生產情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、2025年工作計劃\r\n",
            "（一）菌包生產規模擴大。",
            "\r\n基地 | 擺放菌包(萬袋) | 乾耳產量(噸) | 一級品率(%) | 銷售收入(萬元)\r\n",
            "個百分點", "在全縣同行業企業中排第", "力爭", "累計", "其中"],
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
        errors.append(f"{A_DOC}: expected a pipe table of a header, a separator, five 产品 rows and a 合计 row")
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
    raw = legacy_bytes(CORPUS / C_DOC, "big5", errors)
    dec = raw.decode("big5", errors="replace")
    if dec.count("\r\n") < 30 or "\n" in dec.replace("\r\n", "") or "\r" in dec.replace("\r\n", ""):
        errors.append(f"{C_DOC}: expected CRLF line ends only")
    if ct.replace("\r\n", "\n") != dec.replace("\r\n", "\n"):
        errors.append(f"{C_DOC}: strict Big5 decoding differs from the loaded text")
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


full_run(QS, loaded, rows, DOCS, errors, number, "u106",
         [("traditional-unit messages (none expected: check_gold folds the unit characters c uses)",
           written_as(UNFOLDED, errors)),
          (TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
