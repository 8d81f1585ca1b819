"""Verify eval/datasets/unseen116/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen116/check_unseen116.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py by way of unseen90/check_unseen90.py,
unseen113/check_unseen113.py (Markdown report with a pipe table and a 合计 row; traditional UTF-8 text with a
BOM, CRLF line ends and a plain-text table) and unseen107/check_unseen107.py (wrapped PDF with a plain-text
table and no asked number split by a line break). It uses only index.loaders.load_report from the product
(the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u116-<a|b|c>-qNNN / u116-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/個/點/噸/畝/戶/輛 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the Markdown pipe
  table of 产品类别; b: the plain-text "cell | cell" table of 产品 in the PDF; c: the plain-text "cell | cell"
  table of 种植基地); a number the PDF text of b splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "utf-8", b "pdf",
  c "utf-8-sig") and keeps its shape (a: UTF-8 Markdown with LF line ends, a "# " title, four "## " headings,
  bold run-in （一）… headings and a pipe table of a header, a |---| rule, five 产品类别 rows and a 合计 row,
  every a evidence inside one line; b: a real PDF whose text is wrapped into at least 40 lines of at most 48
  characters, a 产品 table of a header and five rows with no 合计 row, one row per line, and no asked number
  (or number+unit) split by a line break; c: UTF-8 with a byte-order mark and CRLF line ends only, decoding
  to the loaded text, traditional script, a 种植基地 table of a header and six rows with no 合計 row, and no
  c evidence crossing a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u116-… ids) and "not found as written" for table-row items
whose unit is only in the table's header (check_gold folds every traditional unit character c uses:
萬/億/個/點/噸/畝/戶/輛); a traditional-unit message group is kept for unit characters check_gold does not
fold (none expected). Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, number_form, split_by_line_break,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report, check_traditional,
    check_gold, values_units, written_as, full_run
)

HERE = REPO / "eval/datasets/unseen116"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻時數車單",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只时数车单")
A, B, C = "a_county_2024_vermicelli.md", "b_county_2024h1_aluminium.pdf", "c_county_2024q3_mango_bom.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("蓬溪", "蓬南", "宝梵", "寶梵", "任隆", "文井", "群利")),
    B: ("b", ("平果", "果化", "坡造", "四塘", "榜圩", "凤梧", "鳳梧")),
    C: ("c", ("元江", "曼来", "曼來", "因远", "因遠", "东峨", "東峨", "甘庄", "甘莊", "那诺", "那諾")),
}
# check_gold.py folds some traditional unit characters itself; the others of T2S it does not
CG_FOLDED = {chr(k) for k in check_gold().UNIT_T2S}
UNFOLDED = "[" + "".join(sorted(set("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻時數車單") - CG_FOLDED)) + "]"
ENCODINGS = {A: "utf-8", B: "pdf", C: "utf-8-sig"}
loaded = load_corpus(CORPUS, (".md", ".pdf", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["# 蓬溪薯韵食品股份有限公司2024年工作总结和2025年工作思路\n", "\n## 一、2024年主要工作完成情况\n",
        "\n## 二、各产品经营情况\n", "\n## 三、存在的问题\n", "\n## 四、2025年工作思路\n",
        "**（一）订单种植基础不断夯实。**",
        "\n| 产品类别 | 产量(吨) | 销售收入(万元) | 同比增长(%) | 出口额(万元) |\n|---|---|---|---|---|\n",
        "\n| 合计 | 23800 | 51600 | 13.7 | 5570 |\n", "营业收入在蓬溪县同类农产品加工企业中排第", "个百分点", "其中",
        "累计", "力争", "计划"],
    B: ["平果铝泰型材股份有限公司2024年上半年工作总结及下半年工作计划\n", "\n一、上半年主要工作完成情况\n",
        "\n二、主要产品生产销售情况\n", "\n三、存在的问题\n", "\n四、下半年工作计划\n", "（一）产能建设有序推进。",
        "\n产品 | 产量(吨) | 销售收入(万元) | 同比增长(%) | 成品率(%)\n",
        "居平果市铝加工企业第", "个百分点", "其中", "力争", "计划"],
    C: ["元江金芒果業有限公司2024年前三季度工作總結及第四季度工作計劃\r\n", "\r\n一、前三季度主要工作完成情況\r\n",
        "\r\n二、各種植基地生產情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、第四季度工作計劃\r\n",
        "（一）種植基地穩步擴大。",
        "\r\n種植基地 | 面積(畝) | 產量(噸) | 優果率(%) | 管護人員(人)\r\n",
        "1-9月營業收入累計", "其中三季度單季營業收入", "居元江縣同行業第", "個百分點", "其中", "累計", "力爭",
        "計劃"],
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
        errors.append(f"{A}: expected a pipe table of a header, a separator, five 产品类别 rows and a 合计 row")
    one_line(A, at)
if B in texts:
    bt = texts[B]
    if (CORPUS / B).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{B}: not a PDF file")
    lines = bt.split("\n")
    if len(lines) < 40 or max(len(l) for l in lines) > 48:
        errors.append(f"{B}: expected the PDF text to be wrapped into at least 40 lines of at most 48 characters")
    trows = [l for l in lines if " | " in l]
    if len(trows) != 6 or any(l.startswith("合计") for l in trows) or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{B}: expected a header and five 产品 rows (no 合计 row) of five cells, one per line")
    # no asked number (or number+unit) is split by a line break anywhere in the text
    for r in rows:
        if r["doc"] != B or r["value"] is None:
            continue
        for v, unit in zip(*values_units(r)):
            f = number_form(v)
            for m in re.finditer(r"\d[\d.]*\n[\d.]*\d", bt):
                if f in m.group().replace("\n", "") and f not in m.group().split("\n"):
                    errors.append(f"{r['id']}: {f} is split by a line break in {B}: {m.group()!r}")
            if unit and re.search(rf"(?<![\d.]){re.escape(f)}\n{re.escape(unit[:1])}", bt):
                errors.append(f"{r['id']}: {f}{unit} is split from its unit by a line break in {B}")
if C in texts:
    ct = texts[C]
    raw = (CORPUS / C).read_bytes()
    if raw[:3] != b"\xef\xbb\xbf":
        errors.append(f"{C}: expected a UTF-8 byte-order mark")
    try:
        body = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        errors.append(f"{C}: not UTF-8"); body = ""
    if body.count("\r\n") < 30 or "\n" in body.replace("\r\n", "") or "\r" in body.replace("\r\n", ""):
        errors.append(f"{C}: expected CRLF line ends only")
    if body and body.rstrip("\r\n") != ct.rstrip("\r\n"):
        errors.append(f"{C}: the loaded text differs from the file's UTF-8 text")
    check_traditional(texts, C, errors)
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith(("合計", "合计")) for l in trows) or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{C}: expected a header and six 种植基地 rows (no 合計 row) of five cells in the table")
    one_line(C, ct)


def number(ev, v, unit, text):
    return number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True)


full_run(QS, loaded, rows, DOCS, errors, number, "u116",
         [("traditional-unit messages (none expected: check_gold folds the unit characters c uses)",
           written_as(UNFOLDED, errors)),
          (TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
