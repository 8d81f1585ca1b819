"""Verify eval/datasets/unseen121/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen121/check_unseen121.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py by way of unseen90/check_unseen90.py,
unseen111/check_unseen111.py (Markdown report with a pipe table and a 合计 row; Word table with a 合计 row)
and unseen109/check_unseen109.py (strict-Big5 CRLF traditional text with a plain-text table).
It uses only index.loaders.load_report from the product (the corpus files are listed with a plain directory
scan). Checks:
- ids unique and shaped u121-<a|b|c>-qNNN / u121-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/個/點/噸/戶 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the Markdown pipe
  table of 生产厂; b: the Word table of 产品类别, which load_report gives as "cell | cell" lines; c: the
  plain-text "cell | cell" table of 生产基地);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year ("24年", "2024年");
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the Big5 report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "utf-8", b
  "docx", c "big5") and keeps its shape (a: UTF-8 Markdown with LF line ends, a "# " title, four "## "
  headings, bold run-in （一）… headings and a pipe table of a header, a |---| rule, five 生产厂 rows and a
  合计 row, every a evidence inside one line; b: a real .docx (zip) whose Word table comes out as
  "cell | cell" lines, a header, five 产品类别 rows and a 合计 row of five cells each, every b evidence
  inside one line; c: bytes that are not UTF-8 but strict Big5 decoding to the loaded text, traditional
  script, CRLF line ends only, a 生产基地 table of a header and six rows with no 合计 row, and no c
  evidence crossing a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u121-… ids) and "not found as written" for table-row items
whose unit is only in the table's header (a-q021, b-q020, c-q021). Every unit character of c (萬, 億,
個, 點, 噸, 戶) is one check_gold folds, so the traditional-unit message group is expected to be empty.
Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus, check_sizes,
    unexpected_encoding, require_strings, names_one_report, legacy_bytes, check_traditional, check_gold,
    written_as, full_run
)

HERE = REPO / "eval/datasets/unseen121"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻時數車單",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只时数车单")
A, B, C = ("a_county_2024_bamboo_charcoal.md", "b_county_2024h1_lenses.docx",
           "c_county_2024q3_rice_noodle_big5.txt")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("庆元", "慶元", "竹口", "黄田", "黃田", "荷地", "左溪", "贤良", "賢良", "松源")),
    B: ("b", ("霍山", "佛子岭", "佛子嶺", "下符桥", "下符橋", "但家庙", "但家廟", "与儿街", "與兒街", "黑石渡")),
    C: ("c", ("金溪", "浒湾", "滸灣", "琅琚", "双塘", "雙塘", "左坊", "对桥", "對橋", "何源", "秀谷")),
}
# check_gold.py folds some traditional unit characters itself; the others of T2S it does not
CG_FOLDED = {chr(k) for k in check_gold().UNIT_T2S}
UNFOLDED = "[" + "".join(sorted(set("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻時數車單") - CG_FOLDED)) + "]"
ENCODINGS = {A: "utf-8", B: "docx", C: "big5"}
loaded = load_corpus(CORPUS, (".md", ".docx", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["# 庆元炭韵竹业有限公司2024年工作总结和2025年工作思路\n", "\n## 一、2024年主要工作完成情况\n",
        "\n## 二、各生产厂经营情况\n", "\n## 三、存在的问题\n", "\n## 四、2025年工作思路\n",
        "**（一）生产能力稳步提升。**",
        "\n| 生产厂 | 竹炭产量(吨) | 竹醋液产量(吨) | 活性炭产量(吨) | 销售收入(万元) |\n|---|---|---|---|---|\n",
        "\n| 合计 | 15200 | 3860 | 4270 | 47900 |\n", "居全县竹木加工企业第", "个百分点", "其中", "力争", "计划"],
    B: ["霍山明眸光学科技有限公司2024年上半年工作总结及下半年工作计划\n", "\n一、上半年主要工作完成情况\n",
        "\n二、各产品经营情况\n", "\n三、存在的问题\n", "\n四、下半年工作计划\n", "（一）产能规模继续扩大。",
        "\n产品类别 | 销售收入(万元) | 同比增长(%) | 出口额(万元) | 毛利率(%)\n",
        "\n合计 | 59300 | 12.7 | 24600 | 30.0\n", "在全县规模以上工业企业中排第", "个百分点", "累计", "其中",
        "力争", "计划"],
    C: ["金溪稻香米粉食品有限公司2024年前三季度工作總結和四季度工作計劃\r\n", "\r\n一、前三季度主要工作完成情況\r\n",
        "\r\n二、各生產基地生產情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、四季度工作計劃\r\n",
        "（一）早稻收購保障有力。",
        "\r\n生產基地 | 乾米粉(噸) | 鮮米粉(噸) | 出粉率(%) | 員工(人)\r\n",
        "1-9月", "三季度", "居金溪縣米粉加工企業第", "個百分點", "其中", "累計", "力爭", "計劃"],
}
require_strings(texts, RESIDUE, errors)


def one_line(doc, text):
    """Every evidence of doc lies inside one line of text."""
    for r in rows:
        if r["doc"] == doc and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {doc} spans a line break")


if A in texts:
    at = texts[A]
    try:
        (CORPUS / A).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{A}: not UTF-8")
    if "\r" in at:
        errors.append(f"{A}: expected LF line ends only")
    if not at.startswith("# ") or len(re.findall(r"^## ", at, re.M)) != 4:
        errors.append(f"{A}: expected a '# ' title and four '## ' headings")
    if len(re.findall(r"^\*\*（[一二三四五六七八九十]+）", at, re.M)) < 10:
        errors.append(f"{A}: expected bold run-in （一）… headings")
    trows = [l for l in at.split("\n") if l.startswith("|")]
    if (len(trows) != 8 or trows[1] != "|---|---|---|---|---|" or not trows[-1].startswith("| 合计 |")
            or any(len(l.split(" | ")) != 5 for l in trows[:1] + trows[2:])):
        errors.append(f"{A}: expected a pipe table of a header, a separator, five 生产厂 rows and a 合计 row")
    one_line(A, at)
if B in texts:
    if (CORPUS / B).read_bytes()[:2] != b"PK":
        errors.append(f"{B}: not a .docx (zip) file")
    trows = [l for l in texts[B].split("\n") if " | " in l]
    if len(trows) != 7 or not trows[-1].startswith("合计 | ") or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{B}: expected a header, five 产品类别 rows and a 合计 row of five cells in the Word table")
    one_line(B, texts[B])
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
        errors.append(f"{C}: expected a header and six 生产基地 rows (no 合计 row) of five cells in the table")
    one_line(C, ct)


def number(ev, v, unit, text):
    return number_ok(ev, v, unit, text, T2S, column=True)


full_run(QS, loaded, rows, DOCS, errors, number, "u121",
         [("traditional-unit messages (none expected: check_gold folds the unit characters c uses)",
           written_as(UNFOLDED, errors)),
          (TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
