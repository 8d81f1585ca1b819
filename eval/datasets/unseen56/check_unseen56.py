"""Verify eval/datasets/unseen56/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen56/check_unseen56.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with the HTML page checks of unseen52 and the Big5
checks of unseen47). It uses only index.loaders.load_report from the product (the corpus files are listed
with a plain directory scan). Checks:
- ids unique and shaped u56-<a|b|c>-qNNN / u56-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/個/點/處 folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)"
  header cell of the value's own column of the table the span is a row of (a: the Word table of 乡镇,
  extracted as "cell | cell" lines; b: the plain-text "cell | cell" table of 县区, one <p> per row; c: the
  plain-text "cell | cell" table of 县区分公司);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the Big5 report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("docx" for a, "utf-8"
  for b, "big5" for c) and keeps its shape (a: a real .docx whose Word table comes out as a header, six
  乡镇 rows and a 合计 row; b: UTF-8 page source with <head>/<title>/<script>, a <nav> menu, a breadcrumb
  line, the article in <p> paragraphs, no <table>, exactly seven "cell | cell" <p> rows (header and six
  县区, no 合计) and a footer; every b evidence lies inside one <p> with no markup; c: bytes that are not
  UTF-8 but strict Big5 decoding to the loaded text, traditional script, CRLF line ends only, a 县区分公司
  table of a header and six rows with no 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u56-… ids) and "not found as written" for table-row items
whose unit is only in the table's header. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, split_by_line_break,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report, legacy_bytes,
    check_traditional, full_run
)

HERE = REPO / "eval/datasets/unseen56"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队")
A = "a_county_2023_tea.docx"; B = "b_city_2024_relics.html"; C = "c_city_2024h1_post_big5.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("松阳", "松陽", "古市镇", "古市鎮", "大东坝", "大東壩", "玉岩", "象溪", "赤寿", "赤壽", "樟溪")),
    B: ("b", ("南昌", "东湖区", "東湖區", "青云谱", "青雲譜", "红谷滩", "紅谷灘", "安义", "安義", "进贤", "進賢")),
    C: ("c", ("安庆", "安慶", "桐城", "潜山", "潛山", "怀宁", "懷寧", "宿松", "望江", "宜秀")),
}
ENCODINGS = {A: "docx", B: "utf-8", C: "big5"}
loaded = load_corpus(CORPUS, (".docx", ".html", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["松阳县茶产业发展中心2023年工作总结\n", "\n一、主要指标完成情况\n", "\n二、重点工作开展情况\n",
        "\n三、存在的主要问题\n", "\n四、2024年工作思路\n", "（一）茶园基地稳中提质。",
        "\n乡镇 | 茶园面积(亩) | 投产茶园(亩) | 干毛茶产量(吨) | 茶叶产值(万元) | 产值同比增长(%)\n",
        "\n合计 | 98700 | 89300 | 13270 | 178500 | 7.0\n", "居全省产茶县第", "个百分点", "其中", "累计", "力争", "计划"],
    B: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">',
        "<title>南昌市文物局2024年工作总结和2025年工作思路_计划总结_南昌市文化广电新闻出版旅游局</title>", "<script",
        "</head>", '<nav class="menu">', "您当前的位置：", " &gt;&gt; ", '<div class="footer">',
        '<div class="article-content">', "<h1>南昌市文物局2024年工作总结和2025年工作思路</h1>",
        '<p style="text-indent:2em;"><strong>一、2024年工作成效</strong></p>',
        '<p style="text-indent:2em;"><strong>三、2025年工作思路</strong></p>',
        "\n<p>县区 | 文物保护单位(处) | 修缮项目(个) | 投入资金(万元) | 安全巡查(次)</p>\n",
        "\n<p>进贤县 | 88 | 6 | 1590 | 1460</p>\n", "</html>", "居全省第", "个百分点", "其中", "累计", "力争", "计划"],
    C: ["中國郵政集團有限公司安慶市分公司2024年上半年工作總結\r\n", "\r\n一、主要經營指標完成情況\r\n",
        "\r\n二、重點工作推進情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、下半年工作計劃\r\n", "（一）業務收入穩步增長。",
        "\r\n縣區分公司 | 業務收入(萬元) | 同比增長(%) | 包裹快遞(萬件) | 儲蓄餘額淨增(億元)\r\n",
        "\r\n宜秀區分公司 | 4270 | 10.3 | 209 | 2.6\r\n", "個百分點", "居全省郵政第", "力爭", "累計"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    if (CORPUS / A).read_bytes()[:2] != b"PK":
        errors.append(f"{A}: not a .docx (zip) file")
    trows = [l for l in texts[A].split("\n") if " | " in l]
    if len(trows) != 8 or not trows[-1].startswith("合计 | "):
        errors.append(f"{A}: expected a header, six 乡镇 rows and a 合计 row in the Word table")
if B in texts:
    bt = texts[B]
    try:
        (CORPUS / B).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{B}: not UTF-8")
    trows = [l for l in bt.split("\n") if " | " in l]
    if ("<table" in bt or len(trows) != 7 or not all(re.fullmatch(r"<p>[^<>]+</p>", l) for l in trows)
            or any("合计" in l for l in trows)):
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
    raw = legacy_bytes(CORPUS / C, "big5", errors, ct)
    check_traditional(texts, C, errors)
    dec = raw.decode("big5", errors="replace")
    if dec.count("\r\n") < 30 or "\n" in dec.replace("\r\n", "") or "\r" in dec.replace("\r\n", ""):
        errors.append(f"{C}: expected CRLF line ends only")
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith(("合計", "合计")) for l in trows):
        errors.append(f"{C}: expected a header and six rows (no 合计 row) in the 县区分公司 table")
    for r in rows:
        if r["doc"] == C and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C} spans a line break")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True),
         "u56", [(TABLE_CELL, None)], counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE),
         before=names_one_report(DOCS))
