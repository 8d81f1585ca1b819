"""Verify eval/datasets/unseen109/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen109/check_unseen109.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py by way of unseen107/check_unseen107.py (Word table with
a 合计 row), unseen103/check_unseen103.py (Markdown pipe table with a |---| rule and a 合计 row; strict-Big5
CRLF traditional text) and unseen90/check_unseen90.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u109-<a|b|c>-qNNN / u109-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/個/點/噸/畝/戶 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the Word table of
  加工厂, which load_report gives as "cell | cell" lines; b: the Markdown pipe table of 产品类别; c: the
  plain-text "cell | cell" table of 蜜柚基地);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year ("24年", "2024年");
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the Big5 report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "docx", b
  "utf-8", c "big5") and keeps its shape (a: a real .docx (zip) whose Word table comes out as
  "cell | cell" lines, a header, five 加工厂 rows and a 合计 row of five cells each, and no a evidence
  crossing a line end; b: UTF-8 Markdown with LF line ends, a "# " title, four "## " headings, bold run-in
  （一）… headings and a pipe table of a header, a |---| rule, five 产品类别 rows and a 合计 row, every b
  evidence inside one line; c: bytes that are not UTF-8 but strict Big5 decoding to the loaded text,
  traditional script, CRLF line ends only, a 蜜柚基地 table of a header and six rows with no 合计 row, and
  no c evidence crossing a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u109-… ids) and "not found as written" for table-row items
whose unit is only in the table's header (a-q021, b-q020, c-q021). Every unit character of c (萬, 億,
個, 點, 噸, 畝, 戶) is one check_gold folds, so no traditional-unit message is expected. Any other
check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus, check_sizes,
    unexpected_encoding, require_strings, names_one_report, legacy_bytes, check_traditional, full_run
)

HERE = REPO / "eval/datasets/unseen109"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻時數車單",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只时数车单")
A, B, C = "a_county_2024_bamboo_shoot.docx", "b_county_2024q3_battery.md", "c_county_2024h1_pomelo_big5.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("顺昌", "順昌", "建西", "洋口", "元坑", "埔上", "郑坊", "鄭坊", "仁寿", "仁壽")),
    B: ("b", ("郎溪", "梅渚", "涛城", "濤城", "毕桥", "畢橋", "飞鲤", "飛鯉", "凌笪")),
    C: ("c", ("吉水", "醪桥", "醪橋", "螺田", "八都", "金滩", "金灘", "阜田", "枫江", "楓江", "盘谷", "盤谷")),
}
ENCODINGS = {A: "docx", B: "utf-8", C: "big5"}
loaded = load_corpus(CORPUS, (".docx", ".md", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["顺昌翠篁笋业食品有限公司2024年工作总结和2025年工作思路\n", "\n一、2024年主要工作完成情况\n",
        "\n二、各加工厂生产经营情况\n", "\n三、存在的问题\n", "\n四、2025年工作思路\n", "（一）笋用林基地持续扩大。",
        "\n加工厂 | 鲜笋收购量(吨) | 笋干产量(吨) | 罐头产量(吨) | 销售收入(万元)\n",
        "\n合计 | 43700 | 3260 | 17100 | 65800\n", "个百分点", "居全县林产品加工企业第", "其中", "累计",
        "力争", "计划"],
    B: ["# 郎溪储源新能源科技股份有限公司2024年1-9月工作总结及四季度工作安排\n", "\n## 一、1-9月主要工作完成情况\n",
        "\n## 二、各产品类别经营情况\n", "\n## 三、存在的问题\n", "\n## 四、四季度工作安排\n",
        "**（一）产能建设有序推进。**",
        "\n| 产品类别 | 出货量(MWh) | 销售收入(万元) | 同比增长(%) | 三季度收入(万元) |\n|---|---|---|---|---|\n",
        "\n| 合计 | 6840 | 327000 | 13.1 | 126000 |\n", "1-9月", "三季度", "个百分点", "累计", "其中",
        "力争", "计划"],
    C: ["吉水甜泉蜜柚農業發展有限公司2024年上半年工作總結和下半年工作計劃\r\n", "\r\n一、上半年主要工作完成情況\r\n",
        "\r\n二、各基地生產情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、下半年工作計劃\r\n",
        "（一）果園管理紮實推進。",
        "\r\n蜜柚基地 | 面積(畝) | 銷售量(噸) | 優果率(%) | 管護人員(人)\r\n",
        "位居吉水縣蜜柚企業第", "個百分點", "其中", "累計", "力爭", "計劃"],
}
require_strings(texts, RESIDUE, errors)


def one_line(doc, text):
    """Every evidence of doc lies inside one line of text."""
    for r in rows:
        if r["doc"] == doc and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {doc} spans a line break")


if A in texts:
    if (CORPUS / A).read_bytes()[:2] != b"PK":
        errors.append(f"{A}: not a .docx (zip) file")
    trows = [l for l in texts[A].split("\n") if " | " in l]
    if len(trows) != 7 or not trows[-1].startswith("合计 | ") or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{A}: expected a header, five 加工厂 rows and a 合计 row of five cells in the Word table")
    one_line(A, texts[A])
if B in texts:
    bt = texts[B]
    try:
        (CORPUS / B).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{B}: not UTF-8")
    if "\r" in bt:
        errors.append(f"{B}: expected LF line ends only")
    if not bt.startswith("# ") or len(re.findall(r"^## ", bt, re.M)) != 4:
        errors.append(f"{B}: expected a '# ' title and four '## ' headings")
    if len(re.findall(r"^\*\*（[一二三四五六七八九十]+）", bt, re.M)) < 15:
        errors.append(f"{B}: expected bold run-in （一）… headings")
    trows = [l for l in bt.split("\n") if l.startswith("|")]
    if len(trows) != 8 or trows[1] != "|---|---|---|---|---|" or not trows[-1].startswith("| 合计 |"):
        errors.append(f"{B}: expected a pipe table of a header, a separator, five 产品类别 rows and a 合计 row")
    one_line(B, bt)
if C in texts:
    ct = texts[C]
    raw = legacy_bytes(CORPUS / C, "big5", errors)
    dec = raw.decode("big5", errors="replace")
    if dec.count("\r\n") < 30 or "\n" in dec.replace("\r\n", "") or "\r" in dec.replace("\r\n", ""):
        errors.append(f"{C}: expected CRLF line ends only")
    if ct.replace("\r\n", "\n") != dec.replace("\r\n", "\n"):
        errors.append(f"{C}: strict Big5 decoding differs from the loaded text")
    check_traditional(texts, C, errors)
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith(("合計", "合计")) for l in trows) or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{C}: expected a header and six 蜜柚基地 rows (no 合计 row) of five cells in the table")
    one_line(C, ct)


def number(ev, v, unit, text):
    return number_ok(ev, v, unit, text, T2S, column=True)


full_run(QS, loaded, rows, DOCS, errors, number, "u109", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
