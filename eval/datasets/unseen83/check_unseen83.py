"""Verify eval/datasets/unseen83/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen83/check_unseen83.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (by way of unseen56/check_unseen56.py, whose HTML page
and Big5 checks it reuses). It uses only index.loaders.load_report from the product (the corpus files are
listed with a plain directory scan). Checks:
- ids unique and shaped u83-<a|b|c>-qNNN / u83-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/個/點/臺/張 folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)"
  header cell of the value's own column of the table the span is a row of (a: the Word table of 轧钢产线,
  extracted as "cell | cell" lines; b: the plain-text "cell | cell" table of 客运站, one <p> per row; c: the
  plain-text "cell | cell" table of 院区);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the Big5 report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("docx" for a, "utf-8"
  for b, "big5" for c) and keeps its shape (a: a real .docx whose Word table comes out as a header, six
  产线 rows and a 合计 row; b: UTF-8 page source with <head>/<title>/<script>, a <nav> menu, a breadcrumb
  line, the article in <p> paragraphs, no <table>, exactly seven "cell | cell" <p> rows (header and six
  客运站, no 合计) and a footer; every b evidence lies inside one <p> with no markup; c: bytes that are not
  UTF-8 but strict Big5 decoding to the loaded text, traditional script, CRLF line ends only, a 院区 table
  of a header and six rows with no 合计 row, no evidence spanning a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u83-… ids) and "not found as written" for table-row items
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

HERE = REPO / "eval/datasets/unseen83"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队")
A = "a_city_2024_steel.docx"; B = "b_city_2023_coach.html"; C = "c_city_2024h1_eye_big5.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("武安", "阳邑", "陽邑", "午汲", "磁山")),
    B: ("b", ("晋中", "晉中", "榆次", "太谷", "平遥", "平遙", "介休", "灵石", "靈石", "祁县", "祁縣")),
    C: ("c", ("新乡", "新鄉", "卫滨", "衛濱", "牧野", "凤泉", "鳳泉", "长垣", "長垣", "辉县", "輝縣",
              "卫辉", "衛輝", "延津", "原阳", "原陽", "封丘")),
}
ENCODINGS = {A: "docx", B: "utf-8", C: "big5"}
loaded = load_corpus(CORPUS, (".docx", ".html", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["武安市泓岳钢铁有限公司2024年工作总结和2025年工作思路\n", "\n一、主要生产经营指标完成情况\n",
        "\n二、重点工作推进情况\n", "\n三、存在的主要问题\n", "\n四、2025年工作思路\n", "（一）产量稳中有增。",
        "\n产线 | 产量(万吨) | 同比增长(%) | 工序能耗(千克标准煤/吨) | 产品合格率(%)\n",
        "\n合计 | 426.3 | 2.9 | — | 99.59\n", "居武安市钢铁企业第", "个百分点", "其中", "累计", "力争", "计划"],
    B: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">',
        "<title>晋中市顺程客运集团有限公司2023年工作总结和2024年工作思路_企业动态_晋中市顺程客运集团有限公司</title>",
        "<script", "</head>", '<nav class="nav">', "当前位置：", " &gt; ", '<div class="footer">',
        '<div class="article-body">', "<h1>晋中市顺程客运集团有限公司2023年工作总结和2024年工作思路</h1>",
        "<p><strong>一、2023年主要工作成效</strong></p>", "<p><strong>三、2024年工作思路</strong></p>",
        "\n<p>客运站 | 发送旅客(万人次) | 同比增长(%) | 日均发班(班次) | 营业收入(万元)</p>\n",
        "\n<p>灵石客运站 | 42.5 | 39.0 | 90 | 2060</p>\n", "</html>", "居全省道路客运企业第", "个百分点", "其中",
        "累计", "力争", "计划"],
    C: ["新鄉市明澈眼科醫院2024年上半年工作總結及下半年工作計劃\r\n", "\r\n一、主要業務指標完成情況\r\n",
        "\r\n二、重點工作開展情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、下半年工作計劃\r\n", "（一）診療服務量穩步增長。",
        "\r\n院區 | 門診(人次) | 手術(臺次) | 手術同比增長(%) | 平均住院日(天)\r\n",
        "\r\n鳳泉院區 | 18900 | 1080 | 7.3 | 2.4\r\n", "個百分點", "居全省眼科專科醫院第", "力爭", "累計", "其中"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    if (CORPUS / A).read_bytes()[:2] != b"PK":
        errors.append(f"{A}: not a .docx (zip) file")
    trows = [l for l in texts[A].split("\n") if " | " in l]
    if len(trows) != 8 or not trows[-1].startswith("合计 | "):
        errors.append(f"{A}: expected a header, six 产线 rows and a 合计 row in the Word table")
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
        errors.append(f"{C}: expected a header and six rows (no 合计 row) in the 院区 table")
    for r in rows:
        if r["doc"] == C and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C} spans a line break")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True),
         "u83", [(TABLE_CELL, None)], counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE),
         before=names_one_report(DOCS))
