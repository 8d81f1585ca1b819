"""Verify eval/datasets/unseen64/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen64/check_unseen64.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with the .docx / HTML page / GBK-CRLF checks of
unseen58). It uses only index.loaders.load_report from the product (the corpus files are listed with a
plain directory scan). Checks:
- ids unique and shaped u64-<a|b|c>-qNNN / u64-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters
  folded; the unit is NFKC-folded too, so ℃ compares as °C), with its unit after it (after an optional
  余/多 qualifier), or in the "(unit)" header cell of the value's own column of the table the span is a
  row of (a: the Word table of 县（市、区）, extracted as "cell | cell" lines; b: the plain-text
  "cell | cell" table of 基层社, one <p> per row; c: the plain-text "cell | cell" table of 气象站);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("docx" for a, "utf-8"
  for b, "gb18030" for c, which is how the loader reports a GBK file) and keeps its shape (a: a real
  .docx whose Word table comes out as a header, five 县（市、区） rows and a 合计 row; b: UTF-8 page
  source with <head>/<title>/<script>, a <nav> menu, a breadcrumb line, the article in <p> paragraphs,
  no <table>, exactly seven "cell | cell" <p> rows (header and six 基层社, no 合计 row) and a footer;
  every b evidence lies inside one <p> with no markup; c: bytes that are not UTF-8 but strict GBK
  decoding to the loaded text, CRLF line ends only, a 气象站 table of a header and six rows with no
  合计 row, no evidence spanning a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u64-… ids) and "not found as written" for table-row items
whose unit is only in the table's header. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
import unicodedata
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, split_by_line_break,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report, legacy_bytes,
    full_run
)

HERE = REPO / "eval/datasets/unseen64"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊頃",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队顷")
A = "a_city_2024_sports.docx"; B = "b_county_2023_coop.html"; C = "c_city_2024_weather_gbk.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("松原", "宁江", "寧江", "前郭", "长岭", "長嶺", "乾安", "扶余", "扶餘")),
    B: ("b", ("凉城", "涼城", "岱海", "鸿茅", "鴻茅", "麦胡图", "麥胡圖", "六苏木", "六蘇木", "永兴镇", "永興鎮",
              "蛮汉", "蠻漢", "厂汉营", "廠漢營", "曹碾")),
    C: ("c", ("葫芦岛", "葫蘆島", "连山", "連山", "龙港", "龍港", "南票", "绥中", "綏中", "建昌", "觉华岛", "覺華島")),
}
ENCODINGS = {A: "docx", B: "utf-8", C: "gb18030"}
loaded = load_corpus(CORPUS, (".docx", ".html", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["松原市体育局2024年工作总结\n", "\n一、主要指标完成情况\n", "\n二、重点工作推进情况\n", "\n三、存在的问题\n",
        "\n四、2025年工作思路\n", "（一）体育场地设施持续完善。",
        "\n县（市、区） | 公共体育场地(个) | 人均场地面积(平方米) | 健身活动参与(万人次) | 举办赛事(场) | 社会体育指导员(名)\n",
        "\n合计 | 4862 | 2.58 | 286.5 | 128 | 6420\n", "居全省第", "个百分点", "其中", "累计", "力争", "计划"],
    B: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">',
        "<title>凉城县供销合作社联合社2023年工作总结和2024年工作计划_工作动态_凉城县供销合作社联合社</title>",
        "<script", "</head>", '<nav class="nav">', "当前位置：", " &gt; ", '<div class="footer">',
        '<div class="content">', "<h1>凉城县供销合作社联合社2023年工作总结和2024年工作计划</h1>",
        '<p style="text-indent:2em;"><strong>一、2023年工作完成情况</strong></p>',
        '<p style="text-indent:2em;"><strong>三、2024年工作计划</strong></p>',
        "\n<p>基层社 | 销售额(万元) | 经营网点(个) | 农资供应(吨) | 农产品收购(吨)</p>\n",
        "\n<p>蛮汉镇基层社 | 3360 | 17 | 2650 | 5130</p>\n", "</html>", "居全市第", "其中", "累计", "力争", "计划"],
    C: ["葫芦岛市气象局2024年工作总结\r\n", "\r\n一、全年气候概况\r\n", "\r\n二、气象防灾减灾和公共服务\r\n",
        "\r\n四、存在的问题\r\n", "\r\n五、2025年工作思路\r\n", "（一）气温偏高，降水偏多。",
        "\r\n气象站 | 年降水量(毫米) | 平均气温(℃) | 暴雨日数(天) | 发布预警(条)\r\n",
        "\r\n觉华岛站 | 810.1 | 11.4 | 5 | 18\r\n", "居全省第", "个百分点", "其中", "累计", "力争"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    if (CORPUS / A).read_bytes()[:2] != b"PK":
        errors.append(f"{A}: not a .docx (zip) file")
    trows = [l for l in texts[A].split("\n") if " | " in l]
    if len(trows) != 7 or not trows[-1].startswith("合计 | "):
        errors.append(f"{A}: expected a header, five 县（市、区） rows and a 合计 row in the Word table")
if B in texts:
    bt = texts[B]
    try:
        (CORPUS / B).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{B}: not UTF-8")
    trows = [l for l in bt.split("\n") if " | " in l]
    if ("<table" in bt or len(trows) != 7 or not all(re.fullmatch(r"<p>[^<>]+</p>", l) for l in trows)
            or any(l.startswith("<p>合计") for l in trows)):
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
    raw = legacy_bytes(CORPUS / C, "gbk", errors, ct)
    dec = raw.decode("gbk", errors="replace")
    if dec.count("\r\n") < 30 or "\n" in dec.replace("\r\n", "") or "\r" in dec.replace("\r\n", ""):
        errors.append(f"{C}: expected CRLF line ends only")
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith(("合计", "合計")) for l in trows):
        errors.append(f"{C}: expected a header and six rows (no 合计 row) in the 气象站 table")
    for r in rows:
        if r["doc"] == C and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C} spans a line break")


def number(ev, v, unit, text):
    """number_ok with the unit NFKC-folded like the evidence (℃ -> °C)."""
    return number_ok(ev, v, unicodedata.normalize("NFKC", unit) if unit else unit, text, T2S,
                     skip=split_by_line_break, column=True)


full_run(QS, loaded, rows, DOCS, errors, number, "u64", [(TABLE_CELL, None)], counts=dict(colloquial=True),
         noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
