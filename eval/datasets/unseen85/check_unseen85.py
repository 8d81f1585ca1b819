"""Verify eval/datasets/unseen85/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen85/check_unseen85.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (by way of unseen83/check_unseen83.py, whose HTML page
and legacy-encoding checks it reuses). It uses only index.loaders.load_report from the product (the corpus
files are listed with a plain directory scan). Checks:
- ids unique and shaped u85-<a|b|c>-qNNN / u85-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/個/點/張/戶 folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)"
  header cell of the value's own column of the table the span is a row of (a: the Word table of 车间,
  extracted as "cell | cell" lines; b: the plain-text "cell | cell" table of 机房, one <p> per row; c: the
  plain-text "cell | cell" table of 院区);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the GB18030 report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("docx" for a, "utf-8"
  for b, "gb18030" for c) and keeps its shape (a: a real .docx whose Word table comes out as a header, five
  车间 rows and a 合计 row; b: UTF-8 page source with <head>/<title>/<script>, a <nav> menu, a breadcrumb
  line, the article in <p> paragraphs, no <table>, exactly seven "cell | cell" <p> rows (header and six
  机房, no 合计) and a footer; every b evidence lies inside one <p> with no markup; c: bytes that are not
  UTF-8 but strict GB18030 decoding to the loaded text, traditional script, CRLF line ends only, a 院区 table
  of a header and five rows with no 合计 row, no evidence spanning a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u85-… ids) and "not found as written" for table-row items
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

HERE = REPO / "eval/datasets/unseen85"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队")
A = "a_district_2024_dyeing.docx"; B = "b_city_2023_datacenter.html"; C = "c_city_2024h1_eldercare_gb18030.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("长乐", "長樂", "金峰", "潭头", "潭頭", "文岭", "文嶺")),
    B: ("b", ("黄山", "黃山", "屯溪", "徽州", "歙县", "歙縣", "休宁", "休寧", "黟县", "黟縣", "祁门", "祁門")),
    C: ("c", ("瑞金", "象湖", "沙洲坝", "沙洲壩", "叶坪", "葉坪", "壬田", "九堡")),
}
ENCODINGS = {A: "docx", B: "utf-8", C: "gb18030"}
loaded = load_corpus(CORPUS, (".docx", ".html", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["长乐恒源纺织印染有限公司2024年工作总结和2025年工作思路\n", "\n一、主要经营指标完成情况\n",
        "\n二、重点工作推进情况\n", "\n三、存在的主要问题\n", "\n四、2025年工作思路\n", "（一）产量产值稳步增长。",
        "\n车间 | 印染布产量(万米) | 同比增长(%) | 单位产品能耗(千克标准煤/百米) | 一次合格率(%)\n",
        "\n合计 | 18600 | 7.4 | 33.5 | 96.8\n", "居长乐区印染企业第", "个百分点", "其中", "累计", "力争", "计划"],
    B: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">',
        "<title>黄山徽云数据科技有限公司2023年工作总结和2024年工作思路_公司新闻_黄山徽云数据科技有限公司</title>",
        "<script", "</head>", '<nav class="menu">', "您现在的位置：", " &gt; ", '<div class="footer">',
        '<div class="article-content">', "<h1>黄山徽云数据科技有限公司2023年工作总结和2024年工作思路</h1>",
        "<p><strong>一、2023年主要工作成效</strong></p>", "<p><strong>五、2024年工作思路</strong></p>",
        "\n<p>机房 | 机柜(个) | 上架率(%) | 用电量(万千瓦时) | 年均PUE</p>\n",
        "\n<p>休宁灾备机房 | 400 | 55.0 | 980 | 1.46</p>\n", "</html>", "居全省第三方数据中心服务商第", "个百分点",
        "其中", "累计", "力争", "计划"],
    C: ["瑞金市養老服務中心2024年上半年工作總結及下半年工作計劃\r\n", "\r\n一、主要工作指標完成情況\r\n",
        "\r\n二、重點工作開展情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、下半年工作計劃\r\n", "（一）床位和入住情況。",
        "\r\n院區 | 床位(張) | 入住老人(人) | 入住率(%) | 護理型床位(張)\r\n",
        "\r\n九堡院區 | 140 | 121 | 86.4 | 50\r\n", "個百分點", "排名第7位", "力爭", "累計", "其中", "占比"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    if (CORPUS / A).read_bytes()[:2] != b"PK":
        errors.append(f"{A}: not a .docx (zip) file")
    trows = [l for l in texts[A].split("\n") if " | " in l]
    if len(trows) != 7 or not trows[-1].startswith("合计 | "):
        errors.append(f"{A}: expected a header, five 车间 rows and a 合计 row in the Word table")
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
    raw = legacy_bytes(CORPUS / C, "gb18030", errors, ct)
    check_traditional(texts, C, errors)
    dec = raw.decode("gb18030", errors="replace")
    if dec.count("\r\n") < 20 or "\n" in dec.replace("\r\n", "") or "\r" in dec.replace("\r\n", ""):
        errors.append(f"{C}: expected CRLF line ends only")
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 6 or any(l.startswith(("合計", "合计")) for l in trows):
        errors.append(f"{C}: expected a header and five rows (no 合计 row) in the 院区 table")
    for r in rows:
        if r["doc"] == C and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C} spans a line break")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True),
         "u85", [(TABLE_CELL, None)], counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE),
         before=names_one_report(DOCS))
