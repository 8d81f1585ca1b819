"""Verify eval/datasets/unseen99/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen99/check_unseen99.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py by way of unseen90/check_unseen90.py (whose wrapped-PDF
and plain-text table checks it reuses for a) and unseen95/check_unseen95.py (whose Word-table check it
reuses for b and whose traditional UTF-16 check it reuses for c). It uses only index.loaders.load_report
from the product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u99-<a|b|c>-qNNN / u99-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/個/點/噸/戶/隻 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the plain-text
  "cell | cell" table of 加工厂 in the PDF; b: the Word table of 产品, which load_report gives as
  "cell | cell" lines; c: the plain-text "cell | cell" table of 養殖場); a number the PDF text of a splits
  over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "pdf", b "docx",
  c "utf-16") and keeps its shape (a: a real PDF whose text is wrapped into at least 40 lines of at most
  50 characters, numbered sections, a 加工厂 table of a header and five rows with no 合计 row; b: a real
  .docx whose Word table comes out as "cell | cell" lines, a header, five 产品 rows and a 合计 row of five
  cells each, every b evidence inside one line; c: UTF-16 little-endian with a BOM and CRLF line ends
  only, not valid UTF-8, decoding to the loaded text, traditional script, a 養殖場 table of a header and
  six rows with no 合計 row, and no c evidence crossing a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u99-… ids); "not found as written" where the unit in a c
evidence is written with a traditional character that check_gold does not fold (隻 in 萬隻/隻); and
"not found as written" for table-row items whose unit is only in the table's header. Any other
check_gold message counts as an error.
Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, split_by_line_break,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report, not_utf8,
    check_traditional, check_gold, written_as, full_run
)

HERE = REPO / "eval/datasets/unseen99"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻時數車單",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只时数车单")
A, B, C = "a_city_2024h1_seafood.pdf", "b_county_2024_tomato.docx", "c_county_2024_mutton_utf16.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("莱州", "萊州", "虎头崖", "虎頭崖", "朱桥", "朱橋", "土山", "程郭", "柞村", "夏邱")),
    B: ("b", ("和硕", "和碩", "塔哈其", "曲惠", "乌什塔拉", "烏什塔拉", "苏哈特", "蘇哈特", "乃仁克尔", "乃仁克爾")),
    C: ("c", ("海原", "李旺", "关桥", "關橋", "贾塘", "賈塘", "郑旗", "鄭旗", "曹洼", "曹窪", "红羊", "紅羊",
              "史店")),
}
# check_gold.py folds some traditional unit characters itself; the others of T2S (隻 here) it does not
CG_FOLDED = {chr(k) for k in check_gold().UNIT_T2S}
UNFOLDED = "[" + "".join(sorted(set("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻時數車單") - CG_FOLDED)) + "]"
ENCODINGS = {A: "pdf", B: "docx", C: "utf-16"}
loaded = load_corpus(CORPUS, (".pdf", ".docx", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["莱州蓝汐海洋食品股份有限公司2024年上半年工作总结及下半年工作计划", "一、上半年主要工作完成情况",
        "二、各加工厂运行情况", "三、存在的问题", "四、下半年工作计划", "（一）加工能力稳步提升",
        "\n加工厂 | 加工量(吨) | 销售收入(万元) | 合格率(%) | 冷库库容(吨)\n",
        "个百分点", "居莱州市水产加工企业", "其中", "力争", "计划"],
    B: ["和硕红川番茄制品有限公司2024年工作总结和2025年工作思路\n", "\n一、2024年主要工作完成情况\n",
        "\n二、各产品销售情况\n", "\n三、存在的问题\n", "\n四、2025年工作思路\n", "（一）原料基地持续巩固。",
        "\n产品 | 销量(吨) | 销售收入(万元) | 收入同比增长(%) | 利润总额(万元)\n",
        "\n合计 | 113900 | 96700 | 8.8 | 7610\n", "居和硕县农产品加工企业第", "个百分点", "其中", "累计",
        "力争", "计划"],
    C: ["海原塬牧灘羊產業有限公司2024年工作總結和2025年工作計劃\r\n", "\r\n一、2024年主要工作完成情況\r\n",
        "\r\n二、各養殖場生產情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、2025年工作計劃\r\n",
        "（一）養殖規模穩步擴大。",
        "\r\n養殖場 | 能繁母羊(隻) | 出欄(萬隻) | 羔羊成活率(%) | 飼養員(人)\r\n",
        "居海原縣養殖企業第", "個百分點", "其中", "累計", "力爭", "計劃"],
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
    if len(trows) != 6 or any(l.startswith("合计") for l in trows) or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{A}: expected a header and five rows (no 合计 row) of five cells in the 加工厂 table")
if B in texts:
    if (CORPUS / B).read_bytes()[:2] != b"PK":
        errors.append(f"{B}: not a .docx (zip) file")
    trows = [l for l in texts[B].split("\n") if " | " in l]
    if len(trows) != 7 or not trows[-1].startswith("合计 | ") or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{B}: expected a header, five 产品 rows and a 合计 row of five cells in the Word table")
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
        errors.append(f"{C}: expected a header and six 養殖場 rows (no 合計 row) of five cells in the table")
    one_line(C, ct)


def number(ev, v, unit, text):
    return number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True)


full_run(QS, loaded, rows, DOCS, errors, number, "u99",
         [("traditional-unit messages (expected: check_gold does not fold 隻)", written_as(UNFOLDED, errors)),
          (TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
