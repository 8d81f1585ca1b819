"""Verify eval/datasets/unseen100/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen100/check_unseen100.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (by way of unseen89/check_unseen89.py, whose Word-table
and wrapped-PDF checks it reuses, and unseen90/check_unseen90.py, whose strict-Big5 CRLF check it reuses).
It uses only index.loaders.load_report from the product (the corpus files are listed with a plain directory
scan). Checks:
- ids unique and shaped u100-<a|b|c>-qNNN / u100-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/噸/畝/戶/個/點 folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)"
  header cell of the value's own column of the table the span is a row of (a: the Word table of 产品;
  b: the plain-text "cell | cell" table of 产品 in the PDF; c: the plain-text table of 品種); a number
  the PDF text of b splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the Big5 report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "docx", b "pdf",
  c "big5") and keeps its shape (a: a real .docx whose Word table comes out as "cell | cell" lines, a
  header, five 产品 rows and a 合计 row of five cells; b: a real PDF whose text is wrapped into at least 40
  lines of at most 48 characters, numbered sections, a 产品 table of a header and five rows with no 合计
  row, five cells each, and no asked number split by a line break anywhere in the text; c: bytes that are
  not UTF-8 but strict Big5 decoding to the loaded text, traditional script, CRLF line ends only, a 品種
  table of a header and six rows with no 合計 row, and no c evidence crossing a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u100-… ids) and "not found as written" for table-row items
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

HERE = REPO / "eval/datasets/unseen100"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊時數車單份",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队时数车单份")
A, B, C = "a_county_2024_soybean.docx", "b_city_2024h1_autoparts.pdf", "c_county_2024_blueberry_big5.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("讷河", "訥河", "拉哈", "二克浅", "二克淺", "老莱", "老萊", "九井", "孔国", "孔國")),
    B: ("b", ("公主岭", "公主嶺", "怀德", "懷德", "范家屯", "秦家屯", "朝阳坡", "朝陽坡", "刘房子", "劉房子")),
    C: ("c", ("庄河", "莊河", "青堆", "徐岭", "徐嶺", "栗子房", "仙人洞", "塔岭", "塔嶺")),
}
ENCODINGS = {A: "docx", B: "pdf", C: "big5"}
loaded = load_corpus(CORPUS, (".docx", ".pdf", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["讷河垄丰大豆科技股份有限公司2024年工作总结和2025年工作思路\n", "\n一、2024年主要工作完成情况\n",
        "\n二、各产品生产销售情况\n", "\n三、存在的问题\n", "\n四、2025年工作思路\n", "（一）加工能力稳步提升。",
        "\n产品 | 产量(万吨) | 销售收入(万元) | 同比增长(%) | 毛利率(%)\n",
        "\n合计 | 47.4 | 263000 | 7.3 | 9.5\n", "在全市农产品加工企业中排名第", "个百分点", "其中", "累计", "力争",
        "计划"],
    B: ["公主岭驰岭汽车零部件股份有限公司2024年上半年工作总结及下半年工作安排\n", "\n一、上半年主要工作完成情况\n",
        "\n二、主要产品生产销售情况\n", "\n三、存在的问题\n", "\n四、下半年工作安排\n", "（一）生产经营稳中有进。",
        "\n产品 | 产量(万件) | 销售收入(万元) | 同比增长(%) | 一次交检合格率(%)\n",
        "居全市汽车零部件企业", "个百分点", "其中", "累计", "力争", "计划"],
    C: ["莊河市碧峪藍莓專業合作社2024年工作匯報材料\r\n", "\r\n一、2024年主要工作情況\r\n",
        "\r\n二、主要品種生產情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、2025年工作計劃\r\n",
        "（一）種植規模穩步擴大。",
        "\r\n品種 | 面積(畝) | 產量(噸) | 銷售均價(元/公斤) | 優果率(%)\r\n",
        "居全市藍莓合作社第", "個百分點", "其中", "累計", "力爭", "計劃"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    if (CORPUS / A).read_bytes()[:2] != b"PK":
        errors.append(f"{A}: not a .docx (zip) file")
    trows = [l for l in texts[A].split("\n") if " | " in l]
    if len(trows) != 7 or not trows[-1].startswith("合计 | ") or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{A}: expected a header, five 产品 rows and a 合计 row of five cells in the Word table")
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
    raw = legacy_bytes(CORPUS / C, "big5", errors)
    dec = raw.decode("big5", errors="replace")
    if dec.count("\r\n") < 30 or "\n" in dec.replace("\r\n", "") or "\r" in dec.replace("\r\n", ""):
        errors.append(f"{C}: expected CRLF line ends only")
    if ct.replace("\r\n", "\n") != dec.replace("\r\n", "\n"):
        errors.append(f"{C}: strict Big5 decoding differs from the loaded text")
    check_traditional(texts, C, errors)
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith(("合計", "合计")) for l in trows):
        errors.append(f"{C}: expected a header and six 品種 rows (no 合計 row) in the table")
    for r in rows:
        if r["doc"] == C and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C} spans a line break")


def number(ev, v, unit, text):
    return number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True)


full_run(QS, loaded, rows, DOCS, errors, number, "u100", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
