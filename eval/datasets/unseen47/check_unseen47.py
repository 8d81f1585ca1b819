"""Verify eval/datasets/unseen47/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen47/check_unseen47.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with the HTML and Big5 checks of unseen41 and the
Markdown checks of unseen45). It uses only index.loaders.load_report from the product (the corpus files
are listed with a plain directory scan). Checks:
- ids unique and shaped u47-<a|b|c>-qNNN / u47-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters
  such as 萬/億/臺/個 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the HTML <table>
  of 重点临时展览, whose header row is its first <tr>; b: the Markdown pipe table of 乡镇（街道）; c: the
  plain-text "cell | cell" table of 科室);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the Big5 report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("utf-8" for a and b,
  "big5" for c) and keeps its shape (a: UTF-8 page source with <head>/<title>/<script>, a <nav> menu, a
  breadcrumb with &nbsp;, the article in <p> paragraphs, exactly one <table> of eight <tr><td> rows
  (header, six 展览, 合计) and a footer; every a evidence lies inside one <p> with no markup, or is one
  table row; b: UTF-8 Markdown with LF line ends, a "# " title, "## " headings and a pipe table of a
  header, a separator and six 乡镇（街道） rows with no 合计 row; c: bytes that are not UTF-8 but strict
  Big5 decoding to the loaded text, traditional script, LF line ends, a 科室 table of a header and six
  rows with no 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u47-… ids) and "not found as written" for table-row items
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

HERE = REPO / "eval/datasets/unseen47"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只")
A_DOC, B_DOC, C_DOC = "a_city_2023_museum.html", "b_county_2024_realestate.md", "c_district_2024h1_mch_big5.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("云浮", "雲浮", "云城区", "雲城區", "云安区", "雲安區", "新兴县", "新興縣", "郁南", "罗定", "羅定")),
    B_DOC: ("b", ("磐安", "安文街道", "新渥", "尖山镇", "尖山鎮", "玉山镇", "玉山鎮", "仁川镇", "仁川鎮", "大盘镇",
                  "大盤鎮", "尚湖镇", "尚湖鎮", "方前镇", "方前鎮", "冷水镇", "冷水鎮", "双峰乡", "雙峰鄉", "盘峰乡",
                  "盤峰鄉")),
    C_DOC: ("c", ("琼山", "瓊山", "云龙镇", "雲龍鎮", "红旗镇", "紅旗鎮", "三门坡", "三門坡", "大坡镇", "大坡鎮",
                  "甲子镇", "甲子鎮")),
}
ENCODINGS = {A_DOC: "utf-8", B_DOC: "utf-8", C_DOC: "big5"}
loaded = load_corpus(CORPUS, (".html", ".md", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">', "<title>云浮市博物馆2023年工作总结和2024年工作计划",
            "<script", "</head>", '<nav class="nav">', "当前位置：", "&nbsp;&gt;&nbsp;", '<div class="footer">',
            '<div class="content" id="zoom">', "<h1>云浮市博物馆2023年工作总结和2024年工作计划</h1>",
            '<p style="text-indent:2em;"><strong>一、2023年工作完成情况</strong></p>',
            '<p style="text-indent:2em;"><strong>三、2024年工作计划</strong></p>',
            "<tr><td>展览名称</td><td>展期(天)</td><td>观众(万人次)</td><td>社教活动(场)</td></tr>",
            "<tr><td>合计</td><td>635</td><td>59.1</td><td>251</td></tr>", "</html>",
            "居全省第", "个百分点", "力争"],
    B_DOC: ["# 磐安县不动产登记中心2024年工作总结\n", "\n## 一、主要业务指标完成情况\n", "\n## 二、重点工作推进情况\n",
            "\n## 三、存在的问题\n", "\n## 四、2025年工作思路\n", "（一）登记业务量稳中有升",
            "\n| 乡镇（街道） | 办件量(件) | 发证(本) | 即时办结率(%) |\n|---|---|---|---|\n",
            "个百分点", "居全省第", "力争", "计划"],
    C_DOC: ["瓊山區婦幼保健院2024年上半年工作總結\n", "\n一、主要業務指標完成情況\n", "\n六、存在的問題\n",
            "\n七、下半年工作計劃\n", "（一）醫療服務量穩步增長",
            "\n科室 | 門診人次(人次) | 住院人次(人次) | 平均住院日(天)\n", "個百分點", "第5位", "力爭"],
}
require_strings(texts, RESIDUE, errors)

if A_DOC in texts:
    at = texts[A_DOC]
    try:
        (CORPUS / A_DOC).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{A_DOC}: not UTF-8")
    if at.count("<table") != 1 or at.count("<tr>") != 8 or "<th" in at:
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
    bt = texts[B_DOC]
    try:
        (CORPUS / B_DOC).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{B_DOC}: not UTF-8")
    if "\r" in bt:
        errors.append(f"{B_DOC}: expected LF line ends only")
    if not bt.startswith("# ") or bt.count("\n## ") < 4:
        errors.append(f"{B_DOC}: expected a '# ' title and at least four '## ' headings")
    trows = [l for l in bt.split("\n") if l.startswith("|")]
    if len(trows) != 8 or trows[1] != "|---|---|---|---|" or any("合计" in l for l in trows):
        errors.append(f"{B_DOC}: expected a pipe table of a header, a separator and six rows (no 合计 row)")
if C_DOC in texts:
    ct = texts[C_DOC]
    legacy_bytes(CORPUS / C_DOC, "big5", errors, ct)
    check_traditional(texts, C_DOC, errors)
    if "\r" in ct:
        errors.append(f"{C_DOC}: expected LF line ends only")
    trows = [l for l in ct.split("\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith(("合計", "合计")) for l in trows):
        errors.append(f"{C_DOC}: expected a header and six rows (no 合计 row) in the 科室 table")


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


full_run(QS, loaded, rows, DOCS, errors, number, "u47", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
