"""Verify eval/datasets/unseen58/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen58/check_unseen58.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with the HTML page checks of unseen56 and the
GBK/CRLF checks of unseen51). It uses only index.loaders.load_report from the product (the corpus files
are listed with a plain directory scan). Checks:
- ids unique and shaped u58-<a|b|c>-qNNN / u58-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters
  folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)" header cell of
  the value's own column of the table the span is a row of (a: the Word table of 公园, extracted as
  "cell | cell" lines; b: the plain-text "cell | cell" table of 展会类别, one <p> per row; c: the
  plain-text "cell | cell" table of 水文站);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("docx" for a, "utf-8"
  for b, "gb18030" for c, which is how the loader reports a GBK file) and keeps its shape (a: a real
  .docx whose Word table comes out as a header, six 公园 rows and a 合计 row; b: UTF-8 page source with
  <head>/<title>/<script>, a <nav> menu, a breadcrumb line, the article in <p> paragraphs, no <table>,
  exactly eight "cell | cell" <p> rows (header, six 展会类别 and 合计) and a footer; every b evidence lies
  inside one <p> with no markup; c: bytes that are not UTF-8 but strict GBK decoding to the loaded
  text, CRLF line ends only, a 水文站 table of a header and six rows with no 合计 row, no evidence
  spanning a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u58-… ids) and "not found as written" for table-row items
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
    full_run
)

HERE = REPO / "eval/datasets/unseen58"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊頃",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队顷")
A = "a_city_2024_parks.docx"; B = "b_city_2023_expo.html"; C = "c_city_2024_hydrology_gbk.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("齐齐哈尔", "齊齊哈爾", "龙沙", "龍沙", "建华区", "建華區", "铁锋", "鐵鋒", "昂昂溪", "富拉尔基",
              "富拉爾基", "碾子山")),
    B: ("b", ("呼和浩特", "赛罕", "賽罕", "回民区", "回民區", "玉泉区", "玉泉區", "土默特", "托克托", "和林格尔",
              "和林格爾", "武川")),
    C: ("c", ("铁岭", "鐵嶺", "西丰", "西豐", "昌图", "昌圖", "开原", "開原", "调兵山", "調兵山", "八面城", "中固",
              "威远堡", "威遠堡", "平岗", "平崗", "柴河")),
}
ENCODINGS = {A: "docx", B: "utf-8", C: "gb18030"}
loaded = load_corpus(CORPUS, (".docx", ".html", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["齐齐哈尔市公园管理中心2024年工作总结\n", "\n一、主要指标完成情况\n", "\n二、重点工作开展情况\n",
        "\n三、存在的问题\n", "\n四、2025年工作思路\n", "（一）城市绿化水平稳步提升。",
        "\n公园 | 面积(公顷) | 游客量(万人次) | 同比增长(%) | 绿化养护投入(万元)\n",
        "\n合计 | 835 | 1431 | 11.9 | 6280\n", "居全省地级市第", "个百分点", "其中", "累计", "力争", "计划"],
    B: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">',
        "<title>呼和浩特国际会展中心有限公司2023年工作总结和2024年工作计划_公司动态_呼和浩特国际会展中心</title>",
        "<script", "</head>", '<nav class="nav">', "当前位置：", " &gt; ", '<div class="footer">',
        '<div class="content">', "<h1>呼和浩特国际会展中心有限公司2023年工作总结和2024年工作计划</h1>",
        '<p style="text-indent:2em;"><strong>一、2023年工作完成情况</strong></p>',
        '<p style="text-indent:2em;"><strong>三、2024年工作计划</strong></p>',
        "\n<p>展会类别 | 展会(场) | 展览面积(万平方米) | 观展人数(万人次) | 现场成交额(亿元)</p>\n",
        "\n<p>合计 | 52 | 119.2 | 317.4 | 188.1</p>\n", "</html>", "居全国会展场馆第", "个百分点", "其中", "累计",
        "力争", "计划"],
    C: ["铁岭市水文水资源勘测中心2024年工作总结\r\n", "\r\n一、雨水情监测和水文测报工作\r\n",
        "\r\n二、水资源监测评价工作\r\n", "\r\n四、存在的问题\r\n", "\r\n五、2025年工作思路\r\n", "（一）降水偏丰，汛情偏重。",
        "\r\n水文站 | 降水量(毫米) | 径流量(亿立方米) | 洪峰流量(立方米/秒) | 测报次数(次)\r\n",
        "\r\n柴河站 | 776.5 | 2.31 | 745 | 938\r\n", "居全省第", "个百分点", "其中", "力争", "计划"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    if (CORPUS / A).read_bytes()[:2] != b"PK":
        errors.append(f"{A}: not a .docx (zip) file")
    trows = [l for l in texts[A].split("\n") if " | " in l]
    if len(trows) != 8 or not trows[-1].startswith("合计 | "):
        errors.append(f"{A}: expected a header, six 公园 rows and a 合计 row in the Word table")
if B in texts:
    bt = texts[B]
    try:
        (CORPUS / B).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{B}: not UTF-8")
    trows = [l for l in bt.split("\n") if " | " in l]
    if ("<table" in bt or len(trows) != 8 or not all(re.fullmatch(r"<p>[^<>]+</p>", l) for l in trows)
            or not trows[-1].startswith("<p>合计 | ")):
        errors.append(f"{B}: expected no <table> and exactly eight plain-text 'cell | cell' <p> rows ending in 合计")
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
        errors.append(f"{C}: expected a header and six rows (no 合计 row) in the 水文站 table")
    for r in rows:
        if r["doc"] == C and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C} spans a line break")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True),
         "u58", [(TABLE_CELL, None)], counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE),
         before=names_one_report(DOCS))
