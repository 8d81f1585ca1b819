"""Verify eval/datasets/unseen75/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen75/check_unseen75.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with the Markdown and traditional UTF-16 checks of
unseen66 and the HTML page checks of unseen71). It uses only index.loaders.load_report from the product
(the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u75-<a|b|c>-qNNN / u75-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/噸/個/點/車/輛 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the Markdown pipe
  table of 车站; b: the plain-text "cell | cell" table of 检验类别, one <p> per row; c: the plain-text
  "cell | cell" table of 縣區);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "utf-8",
  b "utf-8", c "utf-16") and keeps its shape (a: UTF-8 Markdown with LF line ends, a "# " title, at
  least six "## " headings, bold run-in （一）… headings and a pipe table of a header, a |---| rule, six
  车站 rows and a 合计 row; b: UTF-8 page source with <head>/<title>/<script>, a <nav> menu, a
  breadcrumb line, the article in <p> paragraphs, no <table>, exactly eight "cell | cell" <p> rows
  (header, six 检验类别, 合计) and a footer; every b evidence lies inside one <p> with no markup;
  c: UTF-16 little-endian with a BOM and CRLF line ends only, not valid UTF-8, decoding to the loaded
  text, traditional script, a 縣區 table of a header, five rows and a 合計 row, and no c evidence
  crossing a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u75-… ids) and "not found as written" for table-row items
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

HERE = REPO / "eval/datasets/unseen75"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊時數車",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队时数车")
A = "a_city_2024_railway.md"; B = "b_city_2023_food_drug_lab.html"; C = "c_city_2024_salt_hant_utf16.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("哈密", "伊州区", "伊州區", "巴里坤", "伊吾")),
    B: ("b", ("酒泉", "肃州", "肅州", "玉门", "玉門", "瓜州", "金塔")),
    C: ("c", ("东营", "東營", "河口区", "河口區", "垦利", "墾利", "利津", "广饶", "廣饒")),
}
ENCODINGS = {A: "utf-8", B: "utf-8", C: "utf-16"}
loaded = load_corpus(CORPUS, (".md", ".html", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["# 哈密车务段2024年工作总结\n", "\n## 一、主要运输指标完成情况\n", "\n## 二、安全生产工作\n",
        "\n## 三、客货营销工作\n", "\n## 四、各车站主要指标\n", "\n## 六、存在的问题\n", "\n## 七、2025年工作思路\n",
        "**（一）旅客发送量稳步增长。**",
        "\n| 车站 | 旅客发送量(万人次) | 货物发送量(万吨) | 装车(万车) | 运输收入(万元) |\n|---|---|---|---|---|\n",
        "\n| 合计 | 287.3 | 3865 | 62.4 | 487300 |\n", "居局集团公司车务站段第", "个百分点", "其中", "累计", "力争",
        "计划"],
    B: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">',
        "<title>酒泉市食品药品检验检测中心2023年工作总结-工作总结-酒泉市食品药品检验检测中心</title>",
        "<script", "</head>", '<nav class="mainnav">', "当前位置：", " &gt; 正文</div>", '<div class="footer">',
        '<div class="article-body">', "<h1>酒泉市食品药品检验检测中心2023年工作总结</h1>",
        '<p style="text-indent:2em;"><strong>一、主要工作完成情况</strong></p>',
        '<p style="text-indent:2em;"><strong>三、2024年工作思路</strong></p>',
        "\n<p>检验类别 | 检品(批次) | 不合格(批次) | 合格率(%) | 平均检验周期(天)</p>\n",
        "\n<p>合计 | 12486 | 287 | 97.70 | 9.2</p>\n", "</html>", "居全省市州级检验机构第", "其中", "累计", "力争",
        "计划"],
    C: ["東營澄源鹽業有限公司2024年工作總結和2025年工作思路\r\n", "\r\n一、2024年主要經營指標完成情況\r\n",
        "\r\n二、重點工作開展情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、2025年工作思路\r\n", "（一）食鹽銷售穩中有增。",
        "\r\n縣區 | 食鹽銷量(噸) | 同比增長(%) | 銷售收入(萬元) | 銷售網點(個)\r\n",
        "\r\n合計 | 29300 | 3.5 | 12900 | 3426\r\n", "居全省市級鹽業公司第", "個百分點", "其中", "累計", "力爭",
        "計劃"],
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
    if not at.startswith("# ") or len(re.findall(r"^## ", at, re.M)) < 6:
        errors.append(f"{A}: expected a '# ' title and at least six '## ' headings")
    if len(re.findall(r"^\*\*（[一二三四五六七八]）", at, re.M)) < 8:
        errors.append(f"{A}: expected bold run-in （一）… headings")
    trows = [l for l in at.split("\n") if l.startswith("|")]
    if len(trows) != 9 or trows[1] != "|---|---|---|---|---|" or not trows[-1].startswith("| 合计 |"):
        errors.append(f"{A}: expected a pipe table of a header, a separator, six 车站 rows and a 合计 row")
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
        errors.append(f"{C}: expected a header, five 縣區 rows and a 合計 row in the table")
    for r in rows:
        if r["doc"] == C and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C} spans a line break")


def number(ev, v, unit, text):
    return number_ok(ev, v, unit, text, T2S, column=True)


full_run(QS, loaded, rows, DOCS, errors, number, "u75", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
