"""Verify eval/datasets/unseen81/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen81/check_unseen81.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with the wrapped-PDF checks of unseen78 and the
.docx and Big5 checks of unseen56). It uses only index.loaders.load_report from the product (the corpus
files are listed with a plain directory scan). Checks:
- ids unique and shaped u81-<a|b|c>-qNNN / u81-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/噸/個/點 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the plain-text
  "cell | cell" table of 产品 in the PDF; b: the Word table of 轧花厂, extracted as "cell | cell" lines;
  c: the plain-text "cell | cell" table of 门店); a number the PDF text of a splits over a line break
  is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the Big5 report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "pdf",
  b "docx", c "big5") and keeps its shape (a: a real PDF whose text is wrapped into at least 40 lines
  of at most 46 characters, numbered sections, a 产品 table of a header, six rows and a 合计 row, one
  per line, five cells each, and no asked number split by a line break anywhere in the text, nor
  split from its unit; b: a real .docx whose Word table comes out as a header, six 轧花厂 rows and a
  合计 row; c: bytes that are not UTF-8 but strict Big5 decoding to the loaded text, traditional
  script, CRLF line ends only, a 门店 table of a header, six rows and a 合計 row, and no c evidence
  crossing a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u81-… ids) and "not found as written" for table-row items
whose unit is only in the table's header. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, number_form, split_by_line_break,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report, legacy_bytes,
    check_traditional, values_units, full_run
)

HERE = REPO / "eval/datasets/unseen81"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊時數車",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队时数车")
A = "a_city_2024_salt_lake.pdf"; B = "b_county_2023_cotton.docx"; C = "c_city_2024h1_duty_free_big5.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("格尔木", "格爾木", "察尔汗", "察爾汗", "郭勒木德", "大格勒", "乌图美仁", "烏圖美仁")),
    B: ("b", ("阿瓦提", "乌鲁却勒", "烏魯卻勒", "拜什艾日克", "英艾日克", "多浪", "巴格托格拉克", "阿依巴格",
              "塔木托格拉克")),
    C: ("c", ("海口", "美兰", "美蘭", "龙华", "龍華", "秀英")),
}
ENCODINGS = {A: "pdf", B: "docx", C: "big5"}
loaded = load_corpus(CORPUS, (".pdf", ".docx", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["格尔木澜晶盐湖化工有限公司2024年工作总结和2025年工作思路\n", "\n一、2024年主要生产经营指标完成情况\n",
        "\n二、重点工作推进情况\n", "\n三、存在的问题\n", "\n四、2025年工作思路\n", "（一）产品产量稳步增长。",
        "\n产品 | 产量(万吨) | 销量(万吨) | 销售收入(万元) | 收入同比增长(%)\n",
        "\n合计 | 312.6 | 302.27 | 812595 | -16.3\n", "居全国\n钾肥生产企业第2位", "个百分点", "其中", "累计", "力争",
        "计划"],
    B: ["阿瓦提县银絮棉业有限责任公司2023年工作总结和2024年工作思路\n", "\n一、2023年主要工作完成情况\n",
        "\n二、存在的问题\n", "\n三、2024年工作思路\n", "（一）籽棉收购量稳中有增。",
        "\n轧花厂 | 收购籽棉(吨) | 皮棉产量(吨) | 衣分率(%) | 棉籽产量(吨)\n",
        "\n合计 | 186200 | 77073 | 41.4 | 100673\n", "居全县", "个百分点", "其中", "累计", "力争", "计划"],
    C: ["瀛海免稅品經營有限公司海口分公司2024年上半年工作總結及下半年工作計劃\r\n", "\r\n一、主要經營指標完成情況\r\n",
        "\r\n二、重點工作推進情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、下半年工作計劃\r\n", "（一）銷售規模有所回落。",
        "\r\n門店 | 銷售額(億元) | 同比增長(%) | 購物人次(萬人次) | 客單價(元)\r\n",
        "\r\n合計 | 38.62 | -24.6 | 96.8 | 3990\r\n", "居全島離島免稅經營主體第2位", "個百分點", "其中", "累計", "力爭"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    at = texts[A]
    if (CORPUS / A).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{A}: not a PDF file")
    lines = at.split("\n")
    if len(lines) < 40 or max(len(l) for l in lines) > 46:
        errors.append(f"{A}: expected the PDF text to be wrapped into at least 40 lines of at most 46 characters")
    trows = [l for l in lines if " | " in l]
    if len(trows) != 8 or not trows[-1].startswith("合计 | ") or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{A}: expected a header, six 产品 rows and a 合计 row of five cells, one per line")
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
            if len(unit) > 1 and any(re.search(rf"(?<![\d.]){re.escape(f)}{re.escape(unit[:i])}\n{re.escape(unit[i:])}", at)
                                     for i in range(1, len(unit))):
                errors.append(f"{r['id']}: the unit of {f}{unit} is split by a line break in {A}")
if B in texts:
    if (CORPUS / B).read_bytes()[:2] != b"PK":
        errors.append(f"{B}: not a .docx (zip) file")
    trows = [l for l in texts[B].split("\n") if " | " in l]
    if len(trows) != 8 or not trows[-1].startswith("合计 | ") or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{B}: expected a header, six 轧花厂 rows and a 合计 row in the Word table")
if C in texts:
    ct = texts[C]
    raw = legacy_bytes(CORPUS / C, "big5", errors, ct)
    check_traditional(texts, C, errors)
    dec = raw.decode("big5", errors="replace")
    if dec.count("\r\n") < 30 or "\n" in dec.replace("\r\n", "") or "\r" in dec.replace("\r\n", ""):
        errors.append(f"{C}: expected CRLF line ends only")
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 8 or not trows[-1].startswith("合計 | "):
        errors.append(f"{C}: expected a header, six 门店 rows and a 合計 row in the table")
    for r in rows:
        if r["doc"] == C and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C} spans a line break")


def number(ev, v, unit, text):
    return number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True)


full_run(QS, loaded, rows, DOCS, errors, number, "u81", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
