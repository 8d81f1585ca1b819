"""Verify eval/datasets/unseen107/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen107/check_unseen107.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py by way of unseen104/check_unseen104.py (Word table with a
合计 row, traditional UTF-8 text with a BOM and CRLF line ends) and unseen100/check_unseen100.py (wrapped PDF
with a plain-text table and no number split by a line break). It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u107-<a|b|c>-qNNN / u107-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/噸/畝/戶/個/點 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the Word table of
  基地; b: the plain-text "cell | cell" table of 产品 in the PDF; c: the plain-text table of 收购站); a
  number the PDF text of b splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year ("24年", "2024年");
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("docx" for a, "pdf" for
  b, "utf-8-sig" for c) and keeps its shape (a: a real .docx whose Word table comes out as "cell | cell"
  lines, a header, five 基地 rows and a 合计 row, and no evidence crossing a line end; b: a real PDF whose
  text is wrapped into at least 40 lines of at most 48 characters, a 产品 table of a header and five rows
  with no 合计 row, one row per line, and no asked number (or number+unit) split by a line break; c: UTF-8
  bytes with a byte-order mark, CRLF line ends only, traditional script, a 收购站 table of a header and six
  rows with no 合计 row, and no evidence crossing a line end).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u107-… ids) and "not found as written" for table-row items
whose unit is only in the table's header. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, number_form, split_by_line_break,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report, check_traditional,
    values_units, full_run
)

HERE = REPO / "eval/datasets/unseen107"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只")
A_DOC, B_DOC, C_DOC = "a_county_2024_walnut.docx", "b_county_2024q3_fastener.pdf", "c_county_2024h1_peanut_bom.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("左权", "左權", "桐峪", "麻田", "芹泉", "拐儿", "拐兒", "寒王")),
    B_DOC: ("b", ("鸡泽", "雞澤", "曹庄", "曹莊", "浮图店", "浮圖店", "吴官营", "吳官營", "双塔", "雙塔", "小寨")),
    C_DOC: ("c", ("正阳", "正陽", "真阳", "真陽", "寒冻", "寒凍", "汝南埠", "铜钟", "銅鐘", "陡沟", "陡溝", "熊寨",
                  "袁寨", "油坊店", "雷寨", "皮店", "兰青", "蘭青")),
}
ENCODINGS = {A_DOC: "docx", B_DOC: "pdf", C_DOC: "utf-8-sig"}
loaded = load_corpus(CORPUS, (".docx", ".pdf", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["左权岭珍核桃食品有限公司2024年工作总结和2025年工作思路\n", "\n一、2024年主要工作完成情况\n",
            "\n二、各基地生产情况\n", "\n三、存在的问题\n", "\n四、2025年工作思路\n", "（一）基地建设稳步推进。",
            "\n基地 | 面积(亩) | 收购量(吨) | 一级果率(%) | 收购金额(万元)\n",
            "\n合计 | 42500 | 18600 | 83.7 | 25760\n", "个百分点", "居全县涉农企业第", "其中", "累计", "力争", "计划"],
    B_DOC: ["鸡泽固锐紧固件股份有限公司2024年前三季度工作总结及第四季度工作安排\n", "\n一、前三季度主要工作完成情况\n",
            "\n二、主要产品生产销售情况\n", "\n三、存在的问题\n", "\n四、第四季度工作安排\n", "（一）生产经营稳中有进。",
            "\n产品 | 产量(吨) | 销售收入(万元) | 同比增长(%) | 一次交检合格率(%)\n",
            "1-9月", "三季度", "居全县紧固件企业第", "个百分点", "其中", "累计", "力争", "计划"],
    C_DOC: ["正陽沃香花生製品有限公司2024年上半年工作總結和下半年工作計劃\r\n", "\r\n一、上半年主要工作完成情況\r\n",
            "\r\n二、各收購站收購情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、下半年工作計劃\r\n",
            "（一）原料收購平穩有序。",
            "\r\n收購站 | 收購量(噸) | 訂單面積(萬畝) | 優質果率(%) | 收購金額(萬元)\r\n",
            "個百分點", "居全縣同行業第", "力爭", "計劃", "累計", "其中"],
}
require_strings(texts, RESIDUE, errors)

if A_DOC in texts:
    if (CORPUS / A_DOC).read_bytes()[:2] != b"PK":
        errors.append(f"{A_DOC}: not a .docx (zip) file")
    trows = [l for l in texts[A_DOC].split("\n") if " | " in l]
    if len(trows) != 7 or not trows[-1].startswith("合计 | ") or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{A_DOC}: expected a header, five 基地 rows and a 合计 row of five cells in the Word table")
    for r in rows:
        if r["doc"] == A_DOC and r["evidence"] and "\n" in r["evidence"]:
            errors.append(f"{r['id']}: evidence of {A_DOC} spans a line break")
if B_DOC in texts:
    bt = texts[B_DOC]
    if (CORPUS / B_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{B_DOC}: not a PDF file")
    lines = bt.split("\n")
    if len(lines) < 40 or max(len(l) for l in lines) > 48:
        errors.append(f"{B_DOC}: expected the PDF text to be wrapped into at least 40 lines of at most 48 characters")
    trows = [l for l in lines if " | " in l]
    if len(trows) != 6 or any(l.startswith("合计") for l in trows) or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{B_DOC}: expected a header and five 产品 rows (no 合计 row) of five cells, one per line")
    # no asked number (or number+unit) is split by a line break anywhere in the text
    for r in rows:
        if r["doc"] != B_DOC or r["value"] is None:
            continue
        for v, unit in zip(*values_units(r)):
            f = number_form(v)
            for m in re.finditer(r"\d[\d.]*\n[\d.]*\d", bt):
                if f in m.group().replace("\n", "") and f not in m.group().split("\n"):
                    errors.append(f"{r['id']}: {f} is split by a line break in {B_DOC}: {m.group()!r}")
            if unit and re.search(rf"(?<![\d.]){re.escape(f)}\n{re.escape(unit[:1])}", bt):
                errors.append(f"{r['id']}: {f}{unit} is split from its unit by a line break in {B_DOC}")
if C_DOC in texts:
    ct = texts[C_DOC]
    raw = (CORPUS / C_DOC).read_bytes()
    if raw[:3] != b"\xef\xbb\xbf":
        errors.append(f"{C_DOC}: expected a UTF-8 byte-order mark")
    try:
        body = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        errors.append(f"{C_DOC}: not UTF-8"); body = ""
    if body.count("\r\n") < 20 or "\n" in body.replace("\r\n", "") or "\r" in body.replace("\r\n", ""):
        errors.append(f"{C_DOC}: expected CRLF line ends only")
    if body and body != ct:
        errors.append(f"{C_DOC}: the loaded text differs from the file's UTF-8 text")
    check_traditional(texts, C_DOC, errors)
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith(("合計", "合计")) for l in trows):
        errors.append(f"{C_DOC}: expected a header and six 收购站 rows (no 合计 row) in the table")
    for r in rows:
        if r["doc"] == C_DOC and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C_DOC} spans a line break")


def number(ev, v, unit, text):
    return number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True)


full_run(QS, loaded, rows, DOCS, errors, number, "u107", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
