"""Verify eval/datasets/unseen44/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen44/check_unseen44.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with unseen41's HTML table checks). It uses only
index.loaders.load_report from the product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u44-<a|b|c>-qNNN / u44-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/個/噸/畝 folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)"
  header cell of the value's own column of the table the span is a row of (a: the Word table of
  县（市、区）; b: the HTML <table> of 平台, whose header row is its first <tr>; c: the Word table of
  鎮（鄉）);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("docx" for a and c,
  "utf-8" for b) and keeps its shape (a: a real .docx whose Word table comes out as "cell | cell" lines,
  a header and six rows, no 合计 row; b: UTF-8 page source with <head>/<title>/<script>, a <nav> menu, a
  breadcrumb with &nbsp;, the article in <p> paragraphs, exactly one <table> of eight <tr><td> rows
  (header, six 平台, 合计) and a <footer>; every b evidence lies inside one <p> with no markup, or is one
  table row; c: a real .docx in traditional script whose Word table is a header and five rows, no 合計 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u44-… ids) and "not found as written" for table-row items whose
unit is only in the table's header. Any other check_gold message counts as an error. Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, number_form, fold,
    split_by_line_break, check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report,
    check_traditional, full_run
)

HERE = REPO / "eval/datasets/unseen44"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队")
A_DOC, B_DOC, C_DOC = "a_city_2024_earthquake.docx", "b_city_2023_media.html", "c_county_2024h1_coop_hant.docx"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("昭通", "昭阳", "昭陽", "鲁甸", "魯甸", "巧家", "永善", "彝良", "镇雄", "鎮雄", "盐津", "鹽津",
                  "绥江", "綏江", "大关", "大關", "水富")),
    B_DOC: ("b", ("广安", "廣安", "前锋", "前鋒", "华蓥", "華鎣", "岳池", "武胜", "武勝", "邻水", "鄰水")),
    C_DOC: ("c", ("恭城", "栗木", "西岭", "西嶺", "平安镇", "平安鎮", "观音乡", "觀音鄉")),
}
ENCODINGS = {A_DOC: "docx", B_DOC: "utf-8", C_DOC: "docx"}
loaded = load_corpus(CORPUS, (".docx", ".html")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["昭通市地震局2024年工作总结和2025年工作要点", "一、2024年工作成效", "二、存在的问题", "三、2025年工作要点",
            "（一）地震监测预警能力持续提升",
            "\n县（市、区） | 监测台站(个) | 宏观观测点(个) | 科普活动(场次) | 应急演练(场次) | 预警终端(台)\n",
            "个百分点", "居全省第", "力争", "计划", "累计"],
    B_DOC: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">', "<title>广安市融媒体中心2023年工作总结和2024年工作计划",
            "<script", "</head>", '<nav class="menu">', "您现在的位置：", "&nbsp;&gt;&gt;&nbsp;", '<footer class="footer">',
            '<div class="content" id="zoom">', "<h1 class=\"title\">广安市融媒体中心2023年工作总结和2024年工作计划</h1>",
            "<p style=\"text-indent:2em;\"><strong>三、2024年工作计划</strong></p>",
            "<tr><td>平台</td><td>粉丝数(万人)</td><td>发布量(条)</td><td>阅读播放量(亿次)</td><td>同比增长(%)</td></tr>",
            "<tr><td>合计</td><td>349.9</td><td>27980</td><td>14.87</td><td>38.8</td></tr>", "</html>", "居全省", "个百分点"],
    C_DOC: ["恭城瑤族自治縣供銷合作社聯合社2024年上半年工作總結", "一、主要經濟指標完成情況", "二、重點工作推進情況",
            "三、存在的問題", "四、下半年工作計劃", "（一）基層組織體系不斷健全",
            "\n鎮（鄉） | 村級綜合服務社(個) | 農產品銷售額(萬元) | 同比增長(%) | 土地託管面積(萬畝)\n",
            "個百分點", "居全市供銷系統第", "力爭", "累計"],
}
require_strings(texts, RESIDUE, errors)

for doc, n in ((A_DOC, 7), (C_DOC, 6)):
    if doc in texts:
        if (CORPUS / doc).read_bytes()[:2] != b"PK":
            errors.append(f"{doc}: not a .docx (zip) file")
        trows = [l for l in texts[doc].split("\n") if " | " in l]
        if len(trows) != n or any(l.startswith(("合计", "合計")) for l in trows):
            errors.append(f"{doc}: expected a header and {n - 1} rows (no 合计 row) in the Word table")
check_traditional(texts, C_DOC, errors)
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


full_run(QS, loaded, rows, DOCS, errors, number, "u44", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
