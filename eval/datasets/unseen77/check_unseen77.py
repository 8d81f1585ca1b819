"""Verify eval/datasets/unseen77/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen77/check_unseen77.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with the HTML page and Big5 checks of
unseen71/check_unseen71.py and the Word-table count of unseen25). It uses only index.loaders.load_report
from the product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u77-<a|b|c>-qNNN / u77-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/項/個/點/畝 folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)"
  header cell of the value's own column of the table the span is a row of (a: the plain-text "cell | cell"
  table of 场站, one <p> per row; b: the Word table of 科室; c: the plain-text "cell | cell" table of 研究所);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the Big5 report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("utf-8" for a, "docx"
  for b, "big5" for c) and keeps its shape (a: UTF-8 page source with <head>/<title>/<script>, a <nav>
  menu, a breadcrumb line, the article in <p> paragraphs, no <table>, exactly eight "cell | cell" <p> rows
  (header, six 场站, 合计) and a footer; every a evidence lies inside one <p> with no markup; b: a real
  .docx with exactly one Word table, which comes out as seven "cell | cell" lines (header and six 科室,
  no 合计 row); c: bytes that are not UTF-8 but strict Big5 decoding to the loaded text, traditional
  script, CRLF line ends only, a 研究所 table of a header, six rows and a 合計 row, and no c evidence
  crossing a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u77-… ids) and "not found as written" for table-row items
whose unit is only in the table's header. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
import zipfile
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, split_by_line_break,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report, legacy_bytes,
    check_traditional, full_run
)

HERE = REPO / "eval/datasets/unseen77"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻種顆時",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只种颗时")
A = "a_city_2024_wind_solar.html"; B = "b_city_2024_dental_hospital.docx"; C = "c_city_2023_agri_academy_big5.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("大同", "平城区", "平城區", "云州区", "雲州區", "新荣区", "新榮區", "左云", "左雲", "天镇", "天鎮",
              "广灵", "廣靈", "灵丘", "靈丘", "浑源", "渾源")),
    B: ("b", ("开封", "開封", "龙亭", "龍亭", "顺河", "順河", "禹王台", "禹王臺", "祥符", "兰考", "蘭考", "尉氏",
              "杞县", "杞縣", "通许", "通許")),
    C: ("c", ("延安", "洛川", "宜川", "富县", "富縣", "黄陵", "黃陵", "延川", "子长", "子長", "宝塔区", "寶塔區",
              "安塞")),
}
ENCODINGS = {A: "utf-8", B: "docx", C: "big5"}
loaded = load_corpus(CORPUS, (".html", ".docx", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">',
        "<title>大同北岳新能源有限公司2024年工作总结-新闻中心-大同北岳新能源有限公司</title>",
        "<script", "</head>", '<nav class="menu">', "当前位置：", " &gt; 正文</div>", '<div class="footer">',
        '<div class="content">', "<h1>大同北岳新能源有限公司2024年工作总结</h1>",
        '<p style="text-indent:2em;"><strong>一、主要生产经营指标完成情况</strong></p>',
        '<p style="text-indent:2em;"><strong>四、2025年工作思路</strong></p>',
        "\n<p>场站 | 装机容量(万千瓦) | 发电量(万千瓦时) | 利用小时(小时) | 发电量同比增长(%)</p>\n",
        "\n<p>合计 | 186.4 | 331056 | — | 19.4</p>\n", "</html>", "居全市发电企业第", "个百分点",
        "其中", "累计", "力争"],
    B: ["开封市口腔医院2024年工作总结\n", "\n一、主要业务指标完成情况\n", "\n二、重点工作推进情况\n",
        "\n三、存在的问题\n", "\n四、2025年工作计划\n", "（一）医疗服务量稳步增长。",
        "\n科室 | 门诊量(人次) | 手术(例) | 业务收入(万元) | 收入同比增长(%)\n",
        "\n牙周科 | 34270 | 2147 | 1693 | 8.8\n", "个百分点", "在全省三级口腔专科医院绩效考核中居第", "其中", "累计", "力争",
        "计划"],
    C: ["延安市農業科學院2023年工作總結和2024年工作思路\r\n", "\r\n一、2023年主要工作完成情況\r\n",
        "\r\n二、重點工作開展情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、2024年工作思路\r\n",
        "（一）科研項目和經費穩步增長。",
        "\r\n研究所 | 在研項目(項) | 到位經費(萬元) | 新品種(個) | 授權專利(件)\r\n",
        "\r\n合計 | 146 | 6285 | 17 | 27\r\n", "個百分點", "居全省市級農科院第", "力爭", "累計", "其中"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    at = texts[A]
    try:
        (CORPUS / A).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{A}: not UTF-8")
    trows = [l for l in at.split("\n") if " | " in l]
    if ("<table" in at or len(trows) != 8 or not all(re.fullmatch(r"<p>[^<>]+</p>", l) for l in trows)
            or not trows[-1].startswith("<p>合计 | ")):
        errors.append(f"{A}: expected no <table> and exactly eight plain-text 'cell | cell' <p> rows ending in 合计")
    for r in rows:
        if r["doc"] != A or not r["evidence"] or r["evidence"] not in at:
            continue
        ev = r["evidence"]; pos = at.index(ev)
        start, end = at.rfind("<p", 0, pos), at.find("</p>", pos)
        inner = at[at.index(">", start) + 1:end] if start >= 0 and end >= 0 else "<"
        if "<" in ev or ">" in ev or "&" in ev or "<" in inner:
            errors.append(f"{r['id']}: evidence is not inside one <p> of {A}")
if B in texts:
    bt = texts[B]
    if (CORPUS / B).read_bytes()[:2] != b"PK":
        errors.append(f"{B}: not a .docx (zip) file")
    else:
        with zipfile.ZipFile(CORPUS / B) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        if xml.count("<w:tbl>") != 1:
            errors.append(f"{B}: expected exactly one Word table, found {xml.count('<w:tbl>')}")
    trows = [l for l in bt.split("\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith("合计") for l in trows):
        errors.append(f"{B}: expected the Word table as a header and six 科室 lines (no 合计 row)")
if C in texts:
    ct = texts[C]
    raw = legacy_bytes(CORPUS / C, "big5", errors, ct)
    check_traditional(texts, C, errors)
    dec = raw.decode("big5", errors="replace")
    if dec.count("\r\n") < 30 or "\n" in dec.replace("\r\n", "") or "\r" in dec.replace("\r\n", ""):
        errors.append(f"{C}: expected CRLF line ends only")
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 8 or not trows[-1].startswith("合計 | "):
        errors.append(f"{C}: expected a header, six rows and a 合計 row in the 研究所 table")
    for r in rows:
        if r["doc"] == C and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C} spans a line break")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True),
         "u77", [(TABLE_CELL, None)], counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE),
         before=names_one_report(DOCS))
