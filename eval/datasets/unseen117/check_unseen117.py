"""Verify eval/datasets/unseen117/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen117/check_unseen117.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py by way of unseen90/check_unseen90.py and
unseen108/check_unseen108.py (wrapped PDF with a plain-text table and a 合计 row, Word table with a 合计 row,
traditional UTF-16 text with a BOM), with the split-number check of unseen86 for the PDF.
It uses only index.loaders.load_report from the product (the corpus files are listed with a plain directory
scan). Checks:
- ids unique and shaped u117-<a|b|c>-qNNN / u117-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/個/點/噸/戶 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the plain-text
  "cell | cell" table of 生产车间 in the PDF; b: the Word table of 产品类别, which load_report gives as
  "cell | cell" lines; c: the plain-text "cell | cell" table of 葡萄基地); a number the PDF text of a
  splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "pdf", b "docx",
  c "utf-16") and keeps its shape (a: a real PDF whose text is wrapped into at least 40 lines of at most
  50 characters, numbered sections, a 生产车间 table of a header, five rows and a 合计 row of five cells
  each, and no asked number or number+unit split by a line break anywhere in the text; b: a real .docx
  whose Word table comes out as "cell | cell" lines, a header, five 产品类别 rows and a 合计 row of five
  cells each, every b evidence inside one line; c: UTF-16 little-endian with a BOM and CRLF line ends
  only, not valid UTF-8, decoding to the loaded text, traditional script, a 葡萄基地 table of a header and
  six rows with no 合計 row, and no c evidence crossing a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u117-… ids) and "not found as written" for table-row items
whose unit is only in the table's header (check_gold folds every traditional unit character c uses:
萬/億/個/點/噸/戶; 座 and 公斤 are the same in both scripts). Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, number_form, split_by_line_break,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report, not_utf8,
    check_traditional, values_units, full_run
)

HERE = REPO / "eval/datasets/unseen117"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻時數車單",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只时数车单")
A, B, C = "a_county_2024_ejiao.pdf", "b_county_2024h1_mulch_film.docx", "c_county_2024_raisin_utf16.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("东阿", "東阿", "刘集", "劉集", "牛角店", "姚寨", "鱼山", "魚山", "高集")),
    B: ("b", ("西吉", "吉强", "吉強", "平峰", "新营", "新營", "硝河", "偏城")),
    C: ("c", ("阿图什", "阿圖什", "松他克", "阿湖", "格达良", "格達良", "哈拉峻")),
}
ENCODINGS = {A: "pdf", B: "docx", C: "utf-16"}
loaded = load_corpus(CORPUS, (".pdf", ".docx", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["东阿泉润阿胶股份有限公司2024年工作总结和2025年工作思路\n", "一、2024年主要工作完成情况",
        "二、各生产车间运行情况", "三、存在的问题", "四、2025年工作思路", "（一）原料保障持续加强",
        "\n生产车间 | 生产线(条) | 产量(吨) | 销售收入(万元) | 员工(人)\n",
        "\n合计 | 11 | 1426 | 127400 | 442\n", "个百分点", "居东阿县民营工业企业第", "其中", "力争", "计划"],
    B: ["西吉绿垄塑业有限公司2024年上半年工作总结及下半年工作计划\n", "\n一、上半年主要工作完成情况\n",
        "\n二、各产品线经营情况\n", "\n三、存在的问题\n", "\n四、下半年工作计划\n", "（一）产能布局持续优化。",
        "\n产品类别 | 产量(吨) | 销售收入(万元) | 同比增长(%) | 毛利率(%)\n",
        "\n合计 | 14600 | 24200 | 12.3 | 14.5\n", "上半年实现营业收入", "其中二季度实现营业收入",
        "居西吉县工业企业第", "个百分点", "其中", "力争", "计划"],
    C: ["阿圖什晶珀果業有限公司2024年工作總結和2025年工作計劃\r\n", "\r\n一、2024年主要工作完成情況\r\n",
        "\r\n二、各基地生產情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、2025年工作計劃\r\n",
        "（一）基地建設穩步推進。",
        "\r\n葡萄基地 | 面積(畝) | 鮮葡萄產量(噸) | 晾房(座) | 管護人員(人)\r\n",
        "居阿圖什市同類企業第", "個百分點", "其中", "累計", "力爭", "計劃"],
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
        errors.append(f"{A}: expected a header, five 生产车间 rows and a 合计 row of five cells in the table")
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
    if (CORPUS / B).read_bytes()[:2] != b"PK":
        errors.append(f"{B}: not a .docx (zip) file")
    trows = [l for l in texts[B].split("\n") if " | " in l]
    if len(trows) != 7 or not trows[-1].startswith("合计 | ") or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{B}: expected a header, five 产品类别 rows and a 合计 row of five cells in the Word table")
    one_line(B, texts[B])
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
    if len(trows) != 7 or any(l.startswith(("合計", "合计")) for l in trows) or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{C}: expected a header and six 葡萄基地 rows (no 合計 row) of five cells in the table")
    one_line(C, ct)


def number(ev, v, unit, text):
    return number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True)


full_run(QS, loaded, rows, DOCS, errors, number, "u117", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
