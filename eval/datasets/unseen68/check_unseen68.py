"""Verify eval/datasets/unseen68/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen68/check_unseen68.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with the saved-web-page checks of unseen58). It uses
only index.loaders.load_report from the product (the corpus files are listed with a plain directory scan).
Checks:
- ids unique and shaped u68-<a|b|c>-qNNN / u68-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters
  folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)" header cell of
  the value's own column of the table the span is a row of (a: the Word table of 专业, extracted as
  "cell | cell" lines; b: the plain-text "cell | cell" table of 乡镇（街道）, one <p> per row; c: the
  plain-text "cell | cell" table of 航线);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("docx" for a, "utf-8"
  for b and c) and keeps its shape (a: a real .docx whose Word table comes out as a header, six 专业
  rows and a 合计 row; b: UTF-8 page source with <head>/<title>/<script>, a <nav> menu, a breadcrumb
  line, the article in <p> paragraphs, no <table>, exactly seven "cell | cell" <p> rows (a header and
  six 乡镇（街道）, no 合计) and a footer; every b evidence lies inside one <p> with no markup; c: UTF-8
  without a BOM, LF line ends only, a 航线 table of a header and six rows with no 合计 row, no evidence
  spanning a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u68-… ids) and "not found as written" for table-row items
whose unit is only in the table's header. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, split_by_line_break,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report, full_run
)

HERE = REPO / "eval/datasets/unseen68"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊頃篇",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队顷篇")
A = "a_city_2024_stats.docx"; B = "b_county_2024_medinsurance.html"; C = "c_city_2023_airport.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("临沧", "臨滄", "临翔", "臨翔", "凤庆", "鳳慶", "云县", "雲縣", "永德", "镇康", "鎮康", "双江", "雙江",
              "耿马", "耿馬", "沧源", "滄源")),
    B: ("b", ("思南", "思唐", "许家坝", "許家壩", "大坝场", "大壩場", "文家店", "鹦鹉溪", "鸚鵡溪", "张家寨", "張家寨",
              "孙家坝", "孫家壩", "邵家桥", "邵家橋", "亭子坝", "亭子壩", "瓮溪", "甕溪", "凉水井", "涼水井")),
    C: ("c", ("宜宾", "宜賓", "江安", "珙县", "珙縣", "兴文", "興文", "筠连", "筠連", "屏山", "南溪", "叙州", "敘州")),
}
ENCODINGS = {A: "docx", B: "utf-8", C: "utf-8"}
loaded = load_corpus(CORPUS, (".docx", ".html", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["临沧市统计局2024年工作总结\n", "\n一、统计数据生产和发布情况\n", "\n二、经济普查和统计调查工作\n",
        "\n三、统计监督和依法统计工作\n", "\n五、存在的问题\n", "\n六、2025年工作思路\n", "（一）主要经济指标数据按时发布。",
        "\n专业 | 调查单位(家) | 新增入库(家) | 数据质量核查(次) | 联网直报及时率(%)\n",
        "\n合计 | 1022 | 138 | 134 | 98.9\n", "居全省第", "个百分点", "其中", "累计", "净增", "力争", "计划"],
    B: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">',
        "<title>思南县医疗保障局2024年工作总结_部门工作总结_思南县人民政府</title>",
        "<script", "</head>", '<nav class="nav">', "当前位置：", " &gt; ", '<div class="footer">',
        '<div class="content">', "<h1>思南县医疗保障局2024年工作总结</h1>",
        '<p style="text-indent:2em;"><strong>一、主要指标完成情况</strong></p>',
        '<p style="text-indent:2em;"><strong>四、2025年工作计划</strong></p>',
        "\n<p>乡镇（街道） | 参保人数(人) | 参保率(%) | 住院报销(人次) | 基金支出(万元)</p>\n",
        "\n<p>张家寨镇 | 26274 | 96.5 | 3409 | 2012</p>\n", "</html>", "居全市第", "个百分点", "其中", "累计",
        "力争", "计划"],
    C: ["宜宾蜀南民用机场有限公司2023年工作总结和2024年工作计划\n", "\n一、2023年工作完成情况\n",
        "\n二、存在的问题\n", "\n三、2024年工作计划\n", "（一）运输生产实现跨越式增长。",
        "\n航线 | 旅客吞吐量(万人次) | 航班起降(架次) | 平均客座率(%) | 货邮吞吐量(吨)\n",
        "\n宜宾—三亚 | 14.8 | 1152 | 84.9 | 96.4\n", "居第", "个百分点", "其中", "累计", "力争", "计划"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    if (CORPUS / A).read_bytes()[:2] != b"PK":
        errors.append(f"{A}: not a .docx (zip) file")
    trows = [l for l in texts[A].split("\n") if " | " in l]
    if len(trows) != 8 or not trows[-1].startswith("合计 | "):
        errors.append(f"{A}: expected a header, six 专业 rows and a 合计 row in the Word table")
if B in texts:
    bt = texts[B]
    try:
        (CORPUS / B).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{B}: not UTF-8")
    trows = [l for l in bt.split("\n") if " | " in l]
    if ("<table" in bt or len(trows) != 7 or not all(re.fullmatch(r"<p>[^<>]+</p>", l) for l in trows)
            or any(l.startswith(("<p>合计", "<p>合計")) for l in trows)):
        errors.append(f"{B}: expected no <table> and exactly seven plain-text 'cell | cell' <p> rows, no 合计")
    for r in rows:
        if r["doc"] != B or not r["evidence"] or r["evidence"] not in bt:
            continue
        ev = r["evidence"]; pos = bt.index(ev)
        start, end = bt.rfind("<p", 0, pos), bt.find("</p>", pos)
        inner = bt[bt.index(">", start) + 1:end] if start >= 0 and end >= 0 else "<"
        if "<" in ev or ">" in ev or "&" in ev or "<" in inner:
            errors.append(f"{r['id']}: evidence is not inside one <p> of {B}")
if C in texts:
    ct = texts[C]
    raw = (CORPUS / C).read_bytes()
    if raw[:3] == b"\xef\xbb\xbf":
        errors.append(f"{C}: expected UTF-8 without a BOM")
    try:
        dec = raw.decode("utf-8")
        if dec != ct:
            errors.append(f"{C}: UTF-8 decoding differs from the loaded text")
        if "\r" in dec or dec.count("\n") < 30:
            errors.append(f"{C}: expected LF line ends only")
    except UnicodeDecodeError:
        errors.append(f"{C}: not valid UTF-8")
    trows = [l for l in ct.split("\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith(("合计", "合計")) for l in trows):
        errors.append(f"{C}: expected a header and six rows (no 合计 row) in the 航线 table")
    for r in rows:
        if r["doc"] == C and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C} spans a line break")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True),
         "u68", [(TABLE_CELL, None)], counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE),
         before=names_one_report(DOCS))
