"""Verify eval/datasets/unseen95/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen95/check_unseen95.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py by way of unseen91/check_unseen91.py (whose Word-table
check and traditional UTF-16 check it reuses) and unseen92/check_unseen92.py (whose Markdown pipe-table
check it reuses). It uses only index.loaders.load_report from the product (the corpus files are listed
with a plain directory scan). Checks:
- ids unique and shaped u95-<a|b|c>-qNNN / u95-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/個/點/條 folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)"
  header cell of the value's own column of the table the span is a row of (a: the Word table of 厂区,
  which load_report gives as "cell | cell" lines; b: the Markdown pipe table of 产品系列; c: the
  plain-text "cell | cell" table of 車間);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "docx", b
  "utf-8", c "utf-16") and keeps its shape (a: a real .docx whose Word table comes out as "cell | cell"
  lines, a header, five 厂区 rows and a 合计 row of five cells each, every a evidence inside one line;
  b: UTF-8 Markdown with LF line ends, a "# " title, four "## " headings, bold run-in （一）… headings and
  a pipe table of a header, a |---| rule, five 产品系列 rows and a 合计 row, every b evidence inside one
  line; c: UTF-16 little-endian with a BOM and CRLF line ends only, not valid UTF-8, decoding to the
  loaded text, traditional script, a 車間 table of a header and six rows with no 合計 row, and no c
  evidence crossing a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u95-… ids) and "not found as written" for table-row items
whose unit is only in the table's header (a-q021, b-q020, c-q021). Every unit character of c (萬, 億,
個, 點, 條) is one check_gold folds, so no traditional-unit message is expected. Any other check_gold
message counts as an error.
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

HERE = REPO / "eval/datasets/unseen95"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊時數車單份",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队时数车单份")
A, B, C = "a_county_2024_paper.docx", "b_city_2024h1_brewery.md", "c_county_2024_furniture_utf16.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("修武", "郇封", "周庄", "周莊", "王屯", "七贤", "七賢")),
    B: ("b", ("兴平", "興平", "赵村", "趙村", "桑镇", "桑鎮", "阜寨", "庄头", "莊頭", "汤坊", "湯坊")),
    C: ("c", ("香河", "淑阳", "淑陽", "蒋辛屯", "蔣辛屯", "渠口", "刘宋", "劉宋", "钱旺", "錢旺")),
}
ENCODINGS = {A: "docx", B: "utf-8", C: "utf-16"}
loaded = load_corpus(CORPUS, (".docx", ".md", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["修武鸿笺纸业有限公司2024年工作总结和2025年工作思路\n", "\n一、2024年主要工作完成情况\n",
        "\n二、各厂区运行情况\n", "\n三、存在的问题\n", "\n四、2025年工作思路\n", "（一）生产能力稳步提升。",
        "\n厂区 | 生产线(条) | 机制纸产量(万吨) | 营业收入(万元) | 利润总额(万元)\n",
        "\n合计 | 9 | 41.6 | 168000 | 10700\n", "居修武县造纸企业第", "个百分点", "其中", "累计", "力争", "计划"],
    B: ["# 兴平醇麦啤酒有限公司2024年上半年工作总结及下半年工作计划\n", "\n## 一、上半年主要工作完成情况\n",
        "\n## 二、各产品系列销售情况\n", "\n## 三、存在的问题\n", "\n## 四、下半年工作计划\n",
        "**（一）生产保供有力有序。**",
        "\n| 产品系列 | 销量(千升) | 销售收入(万元) | 收入同比增长(%) |\n|---|---|---|---|\n",
        "\n| 合计 | 84700 | 39400 | 9.2 |\n", "居兴平市食品饮料企业第", "个百分点", "累计", "其中", "力争", "计划"],
    C: ["香河檀韻家具有限公司2024年工作總結和2025年工作計劃\r\n", "\r\n一、2024年主要工作完成情況\r\n",
        "\r\n二、各生產車間運行情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、2025年工作計劃\r\n",
        "（一）生產規模穩步擴大。",
        "\r\n車間 | 員工(人) | 產量(萬件) | 產值(萬元) | 一次合格率(%)\r\n",
        "居香河縣家具企業第", "個百分點", "其中", "累計", "力爭", "計劃"],
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
        errors.append(f"{A}: expected a header, five 厂区 rows and a 合计 row of five cells in the Word table")
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
    if len(trows) != 8 or trows[1] != "|---|---|---|---|" or not trows[-1].startswith("| 合计 |"):
        errors.append(f"{B}: expected a pipe table of a header, a separator, five 产品系列 rows and a 合计 row")
    one_line(B, bt)
if C in texts:
    ct = texts[C]
    raw = (CORPUS / C).read_bytes()
    if raw[:2] != b"\xff\xfe":
        errors.append(f"{C}: expected a UTF-16LE byte-order mark")
    not_utf8(CORPUS / C, f"{C}: bytes decode as UTF-8, expected UTF-16", errors)
    decoded = raw.decode("utf-16")
    if decoded.count("\r\n") < 25 or "\n" in decoded.replace("\r\n", "") or "\r" in decoded.replace("\r\n", ""):
        errors.append(f"{C}: expected CRLF line ends only")
    if decoded.lstrip("\ufeff") != ct:
        errors.append(f"{C}: the loaded text differs from the decoded file")
    check_traditional(texts, C, errors)
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith(("合計", "合计")) for l in trows) or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{C}: expected a header and six 車間 rows (no 合計 row) of five cells in the table")
    one_line(C, ct)


def number(ev, v, unit, text):
    return number_ok(ev, v, unit, text, T2S, column=True)


full_run(QS, loaded, rows, DOCS, errors, number, "u95", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
