"""Verify eval/datasets/unseen118/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen118/check_unseen118.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py by way of unseen112/check_unseen112.py, which has the
same three shapes (from unseen90: a saved HTML page with one <table> and a 合计 row, evidence inside one <p>
or one row, and a PDF wrapped at about 44 characters with a plain-text "cell | cell" table; from unseen110
and unseen106: strict-Big5 CRLF traditional text with a plain-text table). It uses only
index.loaders.load_report from the product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u118-<a|b|c>-qNNN / u118-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/噸/畝/戶/個/點 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the HTML <table> of
  加工基地, whose header row is its first <tr>; b: the plain-text "cell | cell" table of 产品 in the PDF;
  c: the plain-text table of 种植基地); a number the PDF text of b splits over a line break is not taken as
  written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year ("24年", "25年", "2024年", "2025年");
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the Big5 report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("utf-8" for a, "pdf" for
  b, "big5" for c) and keeps its shape (a: UTF-8 page source with <head>/<title>/<script>, a <nav> menu,
  a breadcrumb with &nbsp;, the article in <p> paragraphs, exactly one <table> of seven <tr><td> rows
  (header, five 加工基地, 合计) and a <footer>; every a evidence lies inside one <p> with no markup, or is
  one table row; b: a real PDF whose text is wrapped into at least 40 lines of at most 50 characters,
  numbered sections, a 产品 table of a header and five rows with no 合计 row; c: bytes that are not UTF-8
  but strict Big5 decoding to the loaded text, traditional script, CRLF line ends only, a 种植基地 table of
  a header and six rows with no 合计 row, and no c evidence crossing a line end).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u118-… ids) and "not found as written" for table-row items
whose unit is only in the table's header; "not found as written" where an evidence writes its unit with a
traditional character check_gold does not fold is listed apart (none are expected in this set: c writes
萬/億/噸/畝/戶/個/點, which check_gold folds, and 公斤, the same in both scripts). Any other check_gold
message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, number_form, fold,
    split_by_line_break, check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report,
    legacy_bytes, check_traditional, check_gold, written_as, full_run
)

HERE = REPO / "eval/datasets/unseen118"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只")
A_DOC, B_DOC, C_DOC = ("a_city_2024_pine_nuts.html", "b_county_2024q3_refractory.pdf",
                       "c_banner_2024h1_seabuckthorn_big5.txt")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("敦化", "大石头", "大石頭", "黄泥河", "黃泥河", "额穆", "額穆", "秋梨沟", "秋梨溝", "雁鸣湖",
                  "雁鳴湖", "贤儒", "賢儒")),
    B_DOC: ("b", ("岫岩", "岫巖", "哈达碑", "哈達碑", "偏岭", "偏嶺", "黄花甸", "黃花甸", "石庙子", "石廟子", "苏子沟",
                  "蘇子溝")),
    C_DOC: ("c", ("准格尔", "準格爾", "薛家湾", "薛家灣", "沙圪堵", "大路镇", "大路鎮", "大路基地", "十二连城",
                  "十二連城", "纳日松", "納日松", "哈岱高勒", "布尔陶亥", "布爾陶亥")),
}
# check_gold.py folds some traditional unit characters itself; the others of T2S it does not
CG_FOLDED = {chr(k) for k in check_gold().UNIT_T2S}
UNFOLDED = "[" + "".join(sorted(set("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻") - CG_FOLDED)) + "]"
ENCODINGS = {A_DOC: "utf-8", B_DOC: "pdf", C_DOC: "big5"}
loaded = load_corpus(CORPUS, (".html", ".pdf", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">',
            "<title>敦化雪岭松业有限公司2024年工作总结和2025年工作计划", "<script", "</head>",
            '<nav class="menu">', "当前位置：", "&nbsp;&gt;&nbsp;", '<footer class="footer">', '<div class="article">',
            "<h1>敦化雪岭松业有限公司2024年工作总结和2025年工作计划</h1>",
            "<p><strong>一、2024年工作回顾</strong></p>", "<p><strong>四、2025年工作计划</strong></p>",
            "<tr><td>加工基地</td><td>收购量(吨)</td><td>产量(吨)</td><td>优级品率(%)</td><td>销售收入(万元)</td></tr>",
            "<tr><td>合计</td><td>18600</td><td>10200</td><td>91.4</td><td>64100</td></tr>", "</html>",
            "居全市林特产品加工企业第", "个百分点", "其中", "力争", "计划"],
    B_DOC: ["岫岩镁晟耐火材料有限公司2024年前三季度工作总结及四季度工作计划", "一、前三季度主要工作完成情况",
            "二、各类产品生产销售情况", "三、存在的问题", "四、四季度工作计划", "（一）产能结构持续优化",
            "\n产品 | 产量(万吨) | 销量(万吨) | 销售收入(万元) | 毛利率(%)\n",
            "1-9月", "三季度", "位列第", "力争", "计划", "其中"],
    C_DOC: ["準格爾金棘沙棘製品有限公司2024年上半年工作總結和下半年工作計劃\r\n",
            "\r\n一、上半年主要工作完成情況\r\n", "\r\n二、各種植基地情況\r\n", "\r\n三、存在的問題\r\n",
            "\r\n四、下半年工作計劃\r\n", "（一）種植基地規模擴大。",
            "\r\n種植基地 | 面積(畝) | 收購量(噸) | 優果率(%) | 合作農戶(戶)\r\n",
            "個百分點", "全旗農產品加工企業", "力爭", "計劃", "累計", "其中"],
}
require_strings(texts, RESIDUE, errors)

if A_DOC in texts:
    at = texts[A_DOC]
    try:
        (CORPUS / A_DOC).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{A_DOC}: not UTF-8")
    if at.count("<table") != 1 or at.count("<tr>") != 7 or "<th" in at.replace("<thead", ""):
        errors.append(f"{A_DOC}: expected exactly one <table> of seven <tr><td> rows")
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
    if (CORPUS / B_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{B_DOC}: not a PDF file")
    if bt.count("\n") < 40:
        errors.append(f"{B_DOC}: expected the PDF text to be wrapped into at least 40 lines")
    if (longest := max(len(l) for l in bt.split("\n"))) > 50:
        errors.append(f"{B_DOC}: a line of {longest} characters; expected wrapped lines of about 44")
    trows = [l for l in bt.split("\n") if " | " in l]
    if len(trows) != 6 or any(l.startswith("合计") for l in trows):
        errors.append(f"{B_DOC}: expected a header and five rows (no 合计 row) in the 产品 table")
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
        errors.append(f"{C_DOC}: expected a header and six rows (no 合计 row) in the 种植基地 table")
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
    return (number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True)
            or html_header(ev, v, unit, text))


full_run(QS, loaded, rows, DOCS, errors, number, "u118",
         [("traditional-unit messages (none expected: check_gold folds the unit characters c uses)",
           written_as(UNFOLDED, errors)),
          (TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
