"""Verify eval/datasets/unseen89/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen89/check_unseen89.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with the Word-table check of unseen87, the wrapped-PDF
check of unseen86/unseen87 and the traditional UTF-16 check of unseen86). It uses only
index.loaders.load_report from the product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u89-<a|b|c>-qNNN / u89-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/噸/畝/個/點 folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)"
  header cell of the value's own column of the table the span is a row of (a: the Word table of 生产线;
  b: the plain-text "cell | cell" table of 营业部 in the PDF; c: the plain-text table of 品種); a number
  the PDF text of b splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "docx", b "pdf",
  c "utf-16") and keeps its shape (a: a real .docx whose Word table comes out as "cell | cell" lines, a
  header, six 生产线 rows and a 合计 row; b: a real PDF whose text is wrapped into at least 40 lines of at
  most 48 characters, numbered sections, a 营业部 table of a header and six rows with no 合计 row, five
  cells each, and no asked number split by a line break anywhere in the text; c: UTF-16 little-endian
  with a BOM and CRLF line ends only, not valid UTF-8, decoding to the loaded text, traditional script, a
  品種 table of a header, six rows and a 合計 row, and no c evidence crossing a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u89-… ids) and "not found as written" for table-row items
whose unit is only in the table's header. Any other check_gold message counts as an error.
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

HERE = REPO / "eval/datasets/unseen89"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊時數車單份",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队时数车单份")
A, B, C = "a_county_2024_glass.docx", "b_city_2024_express.pdf", "c_county_2024_apple_utf16.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("沙河", "白塔", "十里亭", "册井", "冊井")),
    B: ("b", ("周口", "川汇", "川匯", "项城", "項城", "沈丘", "郸城", "鄲城", "太康", "西华", "西華", "扶沟", "扶溝",
              "商水", "鹿邑", "淮阳", "淮陽")),
    C: ("c", ("旬邑", "土桥", "土橋", "职田", "職田", "张洪", "張洪", "太村", "底庙", "底廟")),
}
ENCODINGS = {A: "docx", B: "pdf", C: "utf-16"}
loaded = load_corpus(CORPUS, (".docx", ".pdf", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["沙河市晶澜玻璃有限公司2024年工作总结和2025年工作思路\n", "\n一、2024年主要工作完成情况\n",
        "\n二、各生产线运行情况\n", "\n三、存在的问题\n", "\n四、2025年工作思路\n", "（一）产能结构持续优化。",
        "\n生产线 | 日熔化能力(吨) | 产量(万重量箱) | 成品率(%) | 综合能耗(千克标煤/重量箱)\n",
        "\n合计 | 4200 | 2366 | 87.8 | 13.7\n", "居全市同行业第", "个百分点", "其中", "累计", "力争", "计划"],
    B: ["驿捷快递有限公司周口市分公司2024年工作总结和2025年工作思路\n", "\n一、主要业务指标完成情况\n",
        "\n二、重点工作推进情况\n", "\n三、主要营业部运行情况\n", "\n四、存在的问题\n", "\n五、2025年工作思路\n",
        "（一）业务量较快增长。",
        "\n营业部 | 业务量(万件) | 业务收入(万元) | 快递员(人) | 妥投率(%)\n",
        "居全市快递品牌第2位", "个百分点", "其中", "累计", "力争", "计划"],
    C: ["旬邑縣塬豐果業合作發展有限公司2024年工作總結和2025年工作思路\r\n", "\r\n一、2024年主要工作完成情況\r\n",
        "\r\n二、主要品種生產情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、2025年工作思路\r\n",
        "（一）基地規模穩步擴大。",
        "\r\n品種 | 面積(畝) | 產量(噸) | 優果率(%) | 銷售均價(元/公斤)\r\n",
        "\r\n合計 | 48000 | 96000 | 78.4 | 4.74\r\n", "居全縣果業企業第", "個百分點", "其中", "累計", "力爭", "計劃"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    if (CORPUS / A).read_bytes()[:2] != b"PK":
        errors.append(f"{A}: not a .docx (zip) file")
    trows = [l for l in texts[A].split("\n") if " | " in l]
    if len(trows) != 8 or not trows[-1].startswith("合计 | ") or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{A}: expected a header, six 生产线 rows and a 合计 row of five cells in the Word table")
if B in texts:
    bt = texts[B]
    if (CORPUS / B).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{B}: not a PDF file")
    lines = bt.split("\n")
    if len(lines) < 40 or max(len(l) for l in lines) > 48:
        errors.append(f"{B}: expected the PDF text to be wrapped into at least 40 lines of at most 48 characters")
    trows = [l for l in lines if " | " in l]
    if len(trows) != 7 or any(l.startswith("合计") for l in trows) or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{B}: expected a header and six 营业部 rows (no 合计 row) of five cells, one per line")
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
    if len(trows) != 8 or not trows[-1].startswith("合計 | "):
        errors.append(f"{C}: expected a header, six 品種 rows and a 合計 row in the table")
    for r in rows:
        if r["doc"] == C and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C} spans a line break")


def number(ev, v, unit, text):
    return number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True)


full_run(QS, loaded, rows, DOCS, errors, number, "u89", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
