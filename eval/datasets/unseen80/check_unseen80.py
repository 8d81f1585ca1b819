"""Verify eval/datasets/unseen80/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen80/check_unseen80.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with the Markdown, HTML page and traditional UTF-16
checks of unseen75). It uses only index.loaders.load_report from the product (the corpus files are listed
with a plain directory scan). Checks:
- ids unique and shaped u80-<a|b|c>-qNNN / u80-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/個/點/冊 folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)"
  header cell of the value's own column of the table the span is a row of (a: the Markdown pipe table of
  产品系列; b: the plain-text "cell | cell" table of 水库, one <p> per row; c: the plain-text "cell | cell"
  table of 年級);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year (`24年`, `2023年`, or a school year such as `2023—2024学年`,
  `23-24学年`);
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "utf-8",
  b "utf-8", c "utf-16") and keeps its shape (a: UTF-8 Markdown with LF line ends, a "# " title, seven
  "## " headings, bold run-in （一）… headings and a pipe table of a header, a |---| rule, six 产品系列 rows
  and a 合计 row; b: UTF-8 page source with <head>/<title>/<script>, a nav bar, a breadcrumb line, the
  article in <p> paragraphs, no <table>, exactly eight "cell | cell" <p> rows (header, six 水库, 合计) and
  a footer; every b evidence lies inside one <p> with no markup; c: UTF-16 little-endian with a BOM and
  CRLF line ends only, not valid UTF-8, decoding to the loaded text, traditional script, a 年級 table of
  a header, five rows and a 合計 row, and no c evidence crossing a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u80-… ids) and "not found as written" for table-row items
whose unit is only in the table's header. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus, check_sizes,
    unexpected_encoding, require_strings, names_one_report, not_utf8, check_traditional, full_run
)

HERE = REPO / "eval/datasets/unseen80"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊時數車冊",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队时数车册")
A = "a_city_2024_baijiu.md"; B = "b_city_2023_reservoir.html"; C = "c_county_2023_2024_kindergarten_hant_utf16.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("毕节", "畢節", "七星关", "七星關", "织金", "織金", "纳雍", "納雍", "威宁", "威寧", "赫章")),
    B: ("b", ("南充", "顺庆", "順慶", "高坪", "嘉陵区", "嘉陵區", "西充", "蓬安", "阆中", "閬中")),
    C: ("c", ("石屏", "宝秀", "寶秀", "坝心", "壩心", "异龙", "異龍", "龙朋", "龍朋", "龙武", "龍武")),
}
ENCODINGS = {A: "utf-8", B: "utf-8", C: "utf-16"}
YEAR = r"\d{2}年|\d{2}学年|\d{2}學年"
loaded = load_corpus(CORPUS, (".md", ".html", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["# 毕节市岭泉酒业有限公司2024年工作总结\n", "\n## 一、主要经营指标完成情况\n", "\n## 二、市场营销工作\n",
        "\n## 三、各产品系列销售情况\n", "\n## 四、生产建设和质量管理\n", "\n## 六、存在的问题\n", "\n## 七、2025年工作思路\n",
        "**（一）产销量稳中有升。**",
        "\n| 产品系列 | 销量(千升) | 销售收入(万元) | 收入同比增长(%) | 毛利率(%) |\n|---|---|---|---|---|\n",
        "\n| 合计 | 4230 | 120300 | 9.2 | 59.4 |\n", "居全市白酒生产企业第", "个百分点", "其中", "累计", "力争", "计划"],
    B: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">',
        "<title>南充市水库管理局2023年工作总结-工作动态-南充市水库管理局</title>",
        "<script", "</head>", '<div class="nav">', "您现在的位置：", " &gt;&gt; 正文</div>", '<div class="footer">',
        '<div class="text">', "<h2>南充市水库管理局2023年工作总结</h2>",
        '<p style="text-indent:2em;"><strong>一、主要工作完成情况</strong></p>',
        '<p style="text-indent:2em;"><strong>四、2024年工作思路</strong></p>',
        "\n<p>水库 | 所在县区 | 总库容(万立方米) | 供水量(万立方米) | 发电量(万千瓦时) | 灌溉面积(万亩)</p>\n",
        "\n<p>合计 | — | 43700 | 18710 | 3455 | 31.6</p>\n", "</html>", "在全省大中型水库运行管理考核中位列第",
        "个百分点", "其中", "累计", "力争", "计划"],
    C: ["石屏縣機關幼兒園2023—2024學年工作總結\r\n", "\r\n一、基本情況\r\n", "\r\n二、主要工作開展情況\r\n",
        "\r\n三、存在的問題\r\n", "\r\n四、2024—2025學年工作思路\r\n", "（一）保教質量穩步提升。",
        "\r\n年級 | 班級(個) | 幼兒(人) | 教師(名) | 保育員(名) | 出勤率(%)\r\n",
        "\r\n合計 | 18 | 612 | 38 | 18 | 92.7\r\n", "居全縣第", "個百分點", "其中", "累計", "力爭", "計劃"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    at = texts[A]
    try:
        (CORPUS / A).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{A}: not UTF-8")
    if "\r" in at:
        errors.append(f"{A}: expected LF line ends only")
    if not at.startswith("# ") or len(re.findall(r"^## ", at, re.M)) != 7:
        errors.append(f"{A}: expected a '# ' title and seven '## ' headings")
    if len(re.findall(r"^\*\*（[一二三四五六七八]）", at, re.M)) < 10:
        errors.append(f"{A}: expected bold run-in （一）… headings")
    trows = [l for l in at.split("\n") if l.startswith("|")]
    if len(trows) != 9 or trows[1] != "|---|---|---|---|---|" or not trows[-1].startswith("| 合计 |"):
        errors.append(f"{A}: expected a pipe table of a header, a separator, six 产品系列 rows and a 合计 row")
if B in texts:
    bt = texts[B]
    try:
        (CORPUS / B).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{B}: not UTF-8")
    trows = [l for l in bt.split("\n") if re.fullmatch(r"<p>[^<>]+ \| [^<>]+</p>", l)]
    if "<table" in bt or len(trows) != 8 or not trows[-1].startswith("<p>合计 | "):
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
    raw = (CORPUS / C).read_bytes()
    if raw[:2] != b"\xff\xfe":
        errors.append(f"{C}: expected a UTF-16LE byte-order mark")
    not_utf8(CORPUS / C, f"{C}: bytes decode as UTF-8, expected UTF-16", errors)
    decoded = raw.decode("utf-16")
    if decoded.count("\r\n") < 30 or "\n" in decoded.replace("\r\n", "") or "\r" in decoded.replace("\r\n", ""):
        errors.append(f"{C}: expected CRLF line ends only")
    if decoded.lstrip("\ufeff") != ct:
        errors.append(f"{C}: the loaded text differs from the decoded file")
    check_traditional(texts, C, errors)
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 7 or not trows[-1].startswith("合計 | "):
        errors.append(f"{C}: expected a header, five 年級 rows and a 合計 row in the table")
    for r in rows:
        if r["doc"] == C and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C} spans a line break")


def number(ev, v, unit, text):
    return number_ok(ev, v, unit, text, T2S, column=True)


full_run(QS, loaded, rows, DOCS, errors, number, "u80", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS), year=YEAR)
