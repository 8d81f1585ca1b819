"""Verify eval/datasets/unseen88/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen88/check_unseen88.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (by way of unseen47/check_unseen47.py, whose HTML
<table> and Markdown checks it reuses, and unseen85/check_unseen85.py, whose GB18030-CRLF traditional
checks it reuses). It uses only index.loaders.load_report from the product (the corpus files are listed
with a plain directory scan). Checks:
- ids unique and shaped u88-<a|b|c>-qNNN / u88-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters
  such as 萬/億/噸/臺/個/點 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the HTML <table>
  of 种植基地, whose header row is its first <tr>; b: the Markdown pipe table of 雪区; c: the plain-text
  "cell | cell" table of 产品);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the GB18030 report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("utf-8" for a and b,
  "gb18030" for c) and keeps its shape (a: UTF-8 page source with <head>/<title>/<style>/<script>, a <nav>
  menu, a breadcrumb with &nbsp;, the article in <p style=...> paragraphs, exactly one <table> of eight
  <tr><td> rows (header, six 基地, 合计) and a footer; every a evidence lies inside one <p> with no markup,
  or is one table row; b: UTF-8 Markdown with LF line ends, a "# " title, "## " headings and a pipe table
  of a header, a separator and six 雪区 rows with no 合计 row; c: bytes that are not UTF-8 but strict
  GB18030 decoding to the loaded text, traditional script, CRLF line ends only, a 产品 table of a header
  and six rows with no 合计 row, no evidence spanning a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u88-… ids) and "not found as written" for table-row items
whose unit is only in the table's header. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, number_form, fold,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report, legacy_bytes,
    check_traditional, full_run
)

HERE = REPO / "eval/datasets/unseen88"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只")
A_DOC, B_DOC, C_DOC = "a_county_2024_ginseng.html", "b_city_2024_ski.md", "c_district_2024_rareearth_gb18030.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("汪清", "天桥岭", "天橋嶺", "罗子沟", "羅子溝", "百草沟", "百草溝", "大兴沟", "大興溝", "春阳", "春陽",
                  "东光", "東光")),
    B_DOC: ("b", ("尚志", "亚布力", "亞布力", "帽儿山", "帽兒山", "苇河", "葦河", "一面坡")),
    C_DOC: ("c", ("白云鄂博", "白雲鄂博", "百灵庙", "百靈廟", "满都拉", "滿都拉", "希拉穆仁", "乌克忽洞", "烏克忽洞",
                  "石宝镇", "石寶鎮")),
}
ENCODINGS = {A_DOC: "utf-8", B_DOC: "utf-8", C_DOC: "gb18030"}
loaded = load_corpus(CORPUS, (".html", ".md", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">',
            "<title>汪清县森源参业有限公司2024年工作总结和2025年工作思路_企业动态_森源参业</title>", "<style>",
            "<script", "</head>", '<nav class="nav"', "当前位置：", "&nbsp;&gt;&nbsp;", '<div class="footer">',
            '<div class="content">', "<h1 ", ">汪清县森源参业有限公司2024年工作总结和2025年工作思路</h1>",
            '<p style="text-indent:2em;"><strong>一、2024年主要工作完成情况</strong></p>',
            '<p style="text-indent:2em;"><strong>四、2025年工作思路</strong></p>',
            "<tr><td>基地</td><td>在地面积(亩)</td><td>收获面积(亩)</td><td>鲜参产量(吨)</td><td>新栽面积(亩)</td></tr>",
            "<tr><td>合计</td><td>5260</td><td>380</td><td>486</td><td>620</td></tr>", "</html>",
            "居全县人参企业第", "个百分点", "其中", "力争", "计划"],
    B_DOC: ["# 尚志市雪峰冰雪旅游发展有限公司2023—2024年雪季工作总结和2024—2025年雪季工作思路\n",
            "\n## 一、雪季主要指标完成情况\n", "\n## 二、各雪区运营情况\n", "\n## 三、存在的问题\n",
            "\n## 四、2024—2025年雪季工作思路\n", "（一）运营和接待。",
            "\n| 雪区 | 雪道(条) | 雪道长度(公里) | 接待(万人次) | 雪票收入(万元) |\n|---|---|---|---|---|\n",
            "个百分点", "居全省滑雪场第", "累计", "其中", "力争", "计划"],
    C_DOC: ["白雲鄂博鑫源稀土有限責任公司2024年工作總結及2025年工作計劃\r\n", "\r\n一、2024年主要工作完成情況\r\n",
            "\r\n二、主要產品產銷情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、2025年工作計劃\r\n", "（一）生產保持穩定。",
            "\r\n產品 | 產量(噸) | 銷量(噸) | 銷售收入(萬元) | 產銷率(%)\r\n", "\r\n拋光粉 | 3600 | 3510 | 8420 | 97.5\r\n",
            "個百分點", "居全國同行業第", "力爭", "累計", "其中", "占營業收入"],
}
require_strings(texts, RESIDUE, errors)

if A_DOC in texts:
    at = texts[A_DOC]
    try:
        (CORPUS / A_DOC).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{A_DOC}: not UTF-8")
    if at.count("<table") != 1 or at.count("<tr>") != 8 or "<th" in at:
        errors.append(f"{A_DOC}: expected exactly one <table> of eight <tr><td> rows")
    for r in rows:
        if r["doc"] != A_DOC or not r["evidence"] or r["evidence"] not in at:
            continue
        ev = r["evidence"]; pos = at.index(ev)
        if ev.startswith("<td>"):
            start, end = at.rfind("<tr>", 0, pos), at.find("</tr>", pos)
            if start < 0 or end < 0 or "</tr>" in ev or at[start:pos] != "<tr>" or at[pos + len(ev):end] != "":
                errors.append(f"{r['id']}: table evidence is not one row of {A_DOC}")
        else:
            start, end = at.rfind("<p", 0, pos), at.find("</p>", pos)
            inner = at[at.index(">", start) + 1:end] if start >= 0 and end >= 0 else "<"
            if "<" in ev or ">" in ev or "&" in ev or "<" in inner:
                errors.append(f"{r['id']}: evidence is not inside one <p> of {A_DOC}")
if B_DOC in texts:
    bt = texts[B_DOC]
    try:
        (CORPUS / B_DOC).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{B_DOC}: not UTF-8")
    if "\r" in bt:
        errors.append(f"{B_DOC}: expected LF line ends only")
    if not bt.startswith("# ") or bt.count("\n## ") < 4:
        errors.append(f"{B_DOC}: expected a '# ' title and at least four '## ' headings")
    trows = [l for l in bt.split("\n") if l.startswith("|")]
    if len(trows) != 8 or trows[1] != "|---|---|---|---|---|" or any("合计" in l for l in trows):
        errors.append(f"{B_DOC}: expected a pipe table of a header, a separator and six rows (no 合计 row)")
if C_DOC in texts:
    ct = texts[C_DOC]
    raw = legacy_bytes(CORPUS / C_DOC, "gb18030", errors, ct)
    check_traditional(texts, C_DOC, errors)
    dec = raw.decode("gb18030", errors="replace")
    if dec.count("\r\n") < 20 or "\n" in dec.replace("\r\n", "") or "\r" in dec.replace("\r\n", ""):
        errors.append(f"{C_DOC}: expected CRLF line ends only")
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith(("合計", "合计")) for l in trows):
        errors.append(f"{C_DOC}: expected a header and six rows (no 合计 row) in the 产品 table")
    for r in rows:
        if r["doc"] == C_DOC and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C_DOC} spans a line break")


def html_header(ev, v, unit, text):
    """TABLE_LINE when ev is a <td> row of the a table and v's column heads "(unit)" in the header row."""
    if not ev.startswith("<td>"):
        return None
    table = text[text.rfind("<table", 0, text.index(ev)):]
    header = re.search(r"<tr>(.*?)</tr>", table).group(1)
    heads = [fold(c, T2S) for c in re.findall(r"<td>(.*?)</td>", header)]
    cells = re.findall(r"<td>(.*?)</td>", ev)
    cols = [i for i, c in enumerate(cells) if c == number_form(v)]
    return TABLE_LINE if len(cells) == len(heads) and any(f"({unit})" in heads[i] for i in cols) else None


def number(ev, v, unit, text):
    return number_ok(ev, v, unit, text, T2S, column=True) or html_header(ev, v, unit, text)


full_run(QS, loaded, rows, DOCS, errors, number, "u88", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
