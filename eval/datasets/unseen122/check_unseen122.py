"""Verify eval/datasets/unseen122/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen122/check_unseen122.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py by way of unseen90/check_unseen90.py,
unseen103/check_unseen103.py (wrapped PDF with a plain-text table and a 合计 row, and the check that no asked
number is split by a line break; Markdown report of 1-9月 with a pipe table and a 合计 row) and
unseen116/check_unseen116.py (traditional UTF-8 text with a BOM, CRLF line ends and a plain-text table).
It uses only index.loaders.load_report from the product (the corpus files are listed with a plain
directory scan). Checks:
- ids unique and shaped u122-<a|b|c>-qNNN / u122-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/個/點/噸/戶 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the plain-text
  "cell | cell" table of 基地 in the PDF; b: the Markdown pipe table of 产品剂型; c: the plain-text
  "cell | cell" table of 收购站点); a number the PDF text of a splits over a line break is not taken as
  written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "pdf", b
  "utf-8", c "utf-8-sig") and keeps its shape (a: a real PDF whose text is wrapped into at least 40 lines
  of at most 50 characters, numbered sections, a 基地 table of a header, five rows and a 合计 row of five
  cells each, and no asked number or number+unit split by a line break anywhere in the text; b: UTF-8
  Markdown with LF line ends, a "# " title, four "## " headings, bold run-in （一）… headings and a pipe
  table of a header, a |---| rule, five 产品剂型 rows and a 合计 row, every b evidence inside one line;
  c: UTF-8 with a byte-order mark and CRLF line ends only, decoding to the loaded text, traditional
  script, a 收购站点 table of a header and six rows with no 合計 row, and no c evidence crossing a line
  break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u122-… ids) and "not found as written" for table-row items
whose unit is only in the table's header (a-q021, b-q020, c-q021). Every unit character of c (萬, 億,
個, 點, 噸, 戶) is one check_gold folds, so no traditional-unit message is expected; a group for unit
characters check_gold does not fold is kept (none expected). Any other check_gold message counts as an
error.
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

HERE = REPO / "eval/datasets/unseen122"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻時數車單",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只时数车单")
A, B, C = "a_county_2024_cili.pdf", "b_county_2024q3_tcm_pharma.md", "c_county_2024h1_matsutake_bom.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("贵定", "貴定", "沿山", "昌明", "德新", "新巴", "盘江", "盤江", "云雾", "雲霧")),
    B: ("b", ("酉阳", "酉陽", "麻旺", "龚滩", "龔灘", "丁市", "泔溪", "苍岭", "蒼嶺")),
    C: ("c", ("南华", "南華", "龙川", "龍川", "沙桥", "沙橋", "五街", "红土坡", "紅土坡", "马街", "馬街", "兔街",
              "五顶山", "五頂山")),
}
# check_gold.py folds some traditional unit characters itself; the others of T2S it does not
CG_FOLDED = {chr(k) for k in check_gold().UNIT_T2S}
UNFOLDED = "[" + "".join(sorted(set("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻時數車單") - CG_FOLDED)) + "]"
ENCODINGS = {A: "pdf", B: "utf-8", C: "utf-8-sig"}
loaded = load_corpus(CORPUS, (".pdf", ".md", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["贵定野玫刺梨产业股份有限公司2024年工作总结和2025年工作思路\n", "\n一、2024年主要工作完成情况\n",
        "\n二、各基地运行情况\n", "\n三、存在的问题\n", "\n四、2025年工作思路\n", "（一）基地和产能稳步扩大。",
        "\n基地 | 种植面积(亩) | 鲜果产量(吨) | 产值(万元) | 优果率(%)\n",
        "\n合计 | 48000 | 23500 | 11360 | 89.6\n", "个百分点", "贵定县农产品加工企业中位列", "其中",
        "力争", "计划"],
    B: ["# 酉阳苓泽药业股份有限公司2024年1-9月工作总结及四季度工作安排\n", "\n## 一、1-9月主要工作完成情况\n",
        "\n## 二、各剂型产品销售情况\n", "\n## 三、存在的问题\n", "\n## 四、四季度工作安排\n",
        "**（一）中药材基地持续巩固。**",
        "\n| 产品剂型 | 产量(万盒) | 销售收入(万元) | 同比增长(%) | 三季度收入(万元) |\n|---|---|---|---|---|\n",
        "\n| 合计 | 5660 | 47400 | 9.1 | 16300 |\n", "1-9月", "三季度", "个百分点", "累计", "其中",
        "力争", "计划"],
    C: ["南華松嵐菌業有限公司2024年上半年工作總結及下半年工作計劃\r\n", "\r\n一、上半年主要工作完成情況\r\n",
        "\r\n二、各收購站點運行情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、下半年工作計劃\r\n",
        "（一）收購網絡不斷健全。",
        "\r\n收購站點 | 收購量(噸) | 一級品率(%) | 收購人員(人) | 預冷庫容(噸)\r\n",
        "南華縣食用菌企業中位居", "個百分點", "其中", "累計", "力爭", "計劃"],
}
require_strings(texts, RESIDUE, errors)


def one_line(doc, text):
    """Every evidence of doc lies inside one line of text."""
    for r in rows:
        if r["doc"] == doc and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {doc} spans a line break")


if A in texts:
    at = texts[A]
    if (CORPUS / A).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{A}: not a PDF file")
    if at.count("\n") < 40:
        errors.append(f"{A}: expected the PDF text to be wrapped into at least 40 lines")
    if (longest := max(len(l) for l in at.split("\n"))) > 50:
        errors.append(f"{A}: a line of {longest} characters; expected wrapped lines of about 44")
    trows = [l for l in at.split("\n") if " | " in l]
    if len(trows) != 7 or not trows[-1].startswith("合计 | ") or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{A}: expected a header, five 基地 rows and a 合计 row of five cells in the table")
    # no asked number (or number+unit) is split by a line break anywhere in the text
    for r in rows:
        if r["doc"] != A or r["value"] is None:
            continue
        for v, unit in zip(*values_units(r)):
            f = number_form(v)
            for m in re.finditer(r"\d[\d.]*\n[\d.]*\d", at):
                if f in m.group().replace("\n", "") and f not in m.group().split("\n"):
                    errors.append(f"{r['id']}: {f} is split by a line break in {A}: {m.group()!r}")
            if unit and re.search(rf"(?<![\d.]){re.escape(f)}\n{re.escape(unit[:1])}", at):
                errors.append(f"{r['id']}: {f}{unit} is split from its unit by a line break in {A}")
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
    if (len(trows) != 8 or trows[1] != "|---|---|---|---|---|" or not trows[-1].startswith("| 合计 |")
            or any(len(l.split(" | ")) != 5 for l in trows[:1] + trows[2:])):
        errors.append(f"{B}: expected a pipe table of a header, a separator, five 产品剂型 rows and a 合计 row")
    one_line(B, bt)
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
        errors.append(f"{C}: expected a header and six 收购站点 rows (no 合計 row) of five cells in the table")
    one_line(C, ct)


def number(ev, v, unit, text):
    return number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True)


full_run(QS, loaded, rows, DOCS, errors, number, "u122",
         [("traditional-unit messages (none expected: check_gold folds the unit characters c uses)",
           written_as(UNFOLDED, errors)),
          (TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
