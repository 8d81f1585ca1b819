"""Verify eval/datasets/unseen52/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen52/check_unseen52.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with the HTML page checks of unseen44 and the
Markdown checks of unseen51). It uses only index.loaders.load_report from the product (the corpus files are
listed with a plain directory scan). Checks:
- ids unique and shaped u52-<a|b|c>-qNNN / u52-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/個/噸/畝/輛 folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)"
  header cell of the value's own column of the table the span is a row of (a: the Word table of 中队,
  extracted as "cell | cell" lines; b: the plain-text "cell | cell" table of 区县, one <p> per row;
  c: the Markdown pipe table of 乡镇, whose row spans keep the leading and trailing "|");
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("docx" for a, "utf-8"
  for b and c) and keeps its shape (a: a real .docx whose Word table comes out as a header, six 中队 rows
  and a 合计 row; b: UTF-8 page source with <head>/<title>/<script>, a <nav> menu, a breadcrumb line, the
  article in <p> paragraphs, no <table>, exactly seven "cell | cell" <p> rows (header, five 区县, 合计)
  and a <footer>; every b evidence lies inside one <p> with no markup; c: UTF-8 Markdown with LF line
  ends, a "# " title, at least six "## " headings and a pipe table of a header, a |---| line and six
  乡镇 rows, no 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u52-… ids) and "not found as written" for table-row items
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

HERE = REPO / "eval/datasets/unseen52"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队")
A = "a_county_2024_traffic_police.docx"; B = "b_city_2023_welfare_lottery.html"; C = "c_county_2024h1_aquatic.md"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("汝阳", "汝陽")),
    B: ("b", ("宿州", "埇桥", "埇橋", "砀山", "碭山", "萧县", "蕭縣", "灵璧", "靈璧", "泗县", "泗縣")),
    C: ("c", ("汉寿", "漢壽")),
}
ENCODINGS = {A: "docx", B: "utf-8", C: "utf-8"}
loaded = load_corpus(CORPUS, (".docx", ".html", ".md")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["汝阳县公安局交通警察大队2024年工作总结\n", "\n一、主要工作指标完成情况\n", "\n二、重点工作开展情况\n",
        "\n三、存在的问题\n", "\n四、2025年工作思路\n", "（一）道路交通事故稳中有降。",
        "\n中队 | 现场查处交通违法(起) | 酒驾醉驾(起) | 接报道路交通事故(起) | 事故同比增长(%)\n",
        "\n合计 | 42700 | 542 | 2417 | -6.8\n", "居全市第", "个百分点", "其中", "累计", "力争", "计划"],
    B: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">',
        "<title>宿州市福利彩票发行中心2023年工作总结和2024年工作计划_工作总结_宿州市民政局</title>", "<script",
        "</head>", '<nav class="nav">', "当前位置：", " &gt; ", '<footer class="footer">', '<div class="content">',
        "<h1>宿州市福利彩票发行中心2023年工作总结和2024年工作计划</h1>",
        '<p style="text-indent:2em;"><strong>三、2024年工作计划</strong></p>',
        "\n<p>区县 | 销量(万元) | 同比增长(%) | 筹集公益金(万元) | 销售网点(个)</p>\n",
        "\n<p>合计 | 104200 | 21.6 | 29600 | 612</p>\n", "</html>", "居全省第", "其中", "累计", "力争", "计划"],
    C: ["# 汉寿县水产技术推广站2024年上半年工作总结\n", "\n## 一、渔业生产总体情况\n", "\n## 六、下半年工作计划\n",
        "**（一）养殖规模保持稳定。**",
        "\n| 乡镇 | 养殖面积(亩) | 水产品产量(吨) | 稻渔综合种养(亩) | 渔业产值(万元) |\n|---|---|---|---|---|\n",
        "\n| 崔家桥镇 | 24300 | 2910 | 12600 | 6580 |\n", "居全省第", "个百分点", "其中", "累计达到", "\n- 力争全年"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    if (CORPUS / A).read_bytes()[:2] != b"PK":
        errors.append(f"{A}: not a .docx (zip) file")
    trows = [l for l in texts[A].split("\n") if " | " in l]
    if len(trows) != 8 or not trows[-1].startswith("合计 | "):
        errors.append(f"{A}: expected a header, six 中队 rows and a 合计 row in the Word table")
if B in texts:
    bt = texts[B]
    try:
        (CORPUS / B).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{B}: not UTF-8")
    trows = [l for l in bt.split("\n") if " | " in l]
    if "<table" in bt or len(trows) != 7 or not all(re.fullmatch(r"<p>[^<>]+</p>", l) for l in trows):
        errors.append(f"{B}: expected no <table> and exactly seven plain-text 'cell | cell' <p> rows")
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
    try:
        (CORPUS / C).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{C}: not UTF-8")
    if "\r" in ct:
        errors.append(f"{C}: expected LF line ends only")
    if not ct.startswith("# ") or len(re.findall(r"^## ", ct, re.M)) < 6:
        errors.append(f"{C}: expected a '# ' title and at least six '## ' headings")
    trows = [l for l in ct.split("\n") if l.startswith("|")]
    if len(trows) != 8 or trows[1] != "|---|---|---|---|---|" or any("合计" in l for l in trows):
        errors.append(f"{C}: expected a pipe table of a header, a |---| line and six 乡镇 rows, no 合计 row")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True),
         "u52", [(TABLE_CELL, None)], counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE),
         before=names_one_report(DOCS))
