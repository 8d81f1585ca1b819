"""Verify eval/datasets/unseen97/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen97/check_unseen97.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py by way of unseen87/check_unseen87.py (wrapped PDF with
a plain-text table, Word table) and unseen65/check_unseen65.py (traditional UTF-8 text with a BOM and CRLF
line ends). It uses only index.loaders.load_report from the product (the corpus files are listed with a
plain directory scan). Checks:
- ids unique and shaped u97-<a|b|c>-qNNN / u97-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/噸/畝/戶/個/點 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the plain-text
  "cell | cell" table of 厂区 in the PDF; b: the Word table of 养蜂基地; c: the plain-text table of 果园基地);
  a number the PDF text of a splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("pdf" for a, "docx" for
  b, "utf-8-sig" for c) and keeps its shape (a: a real PDF whose text is wrapped into at least 40 lines of
  at most 50 characters, numbered sections, a 厂区 table of a header, five rows and a 合计 row; b: a real
  .docx whose Word table comes out as "cell | cell" lines, a header, six 基地 rows and a 合计 row; c: UTF-8
  bytes with a byte-order mark, CRLF line ends only, traditional script, a 果园基地 table of a header and
  six rows with no 合计 row, and no evidence crossing a line end).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u97-… ids) and "not found as written" for table-row items
whose unit is only in the table's header. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, split_by_line_break,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report, check_traditional,
    full_run
)

HERE = REPO / "eval/datasets/unseen97"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只")
A_DOC, B_DOC, C_DOC = "a_county_2024_tyre.pdf", "b_county_2024_honey.docx", "c_county_2024_citrus_bom.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("宁国", "寧國", "河沥溪", "河瀝溪", "汪溪", "霞西", "仙霞", "甲路", "胡乐", "胡樂", "方塘")),
    B_DOC: ("b", ("遂昌", "妙高", "北界", "大柘", "石练", "石練", "王村口", "焦滩", "焦灘")),
    C_DOC: ("c", ("寻乌", "尋烏", "长宁", "長寧", "留车", "留車", "吉潭", "三标", "三標", "丹溪", "项山", "項山")),
}
ENCODINGS = {A_DOC: "pdf", B_DOC: "docx", C_DOC: "utf-8-sig"}
loaded = load_corpus(CORPUS, (".pdf", ".docx", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["宁国驰岳轮胎股份有限公司2024年工作总结和2025年工作思路", "一、2024年主要工作完成情况",
            "二、各厂区生产经营情况", "三、存在的问题", "四、2025年工作思路", "（一）产能规模稳步扩大",
            "\n厂区 | 产量(万条) | 销售收入(万元) | 合格率(%) | 员工(人)\n",
            "\n合计 | 1286 | 486000 | 99.1 | 3860\n", "个百分点", "在宁国市", "力争", "计划"],
    B_DOC: ["遂昌百岭蜂业有限公司2024年工作总结和2025年工作思路", "一、2024年主要工作成效",
            "二、各养蜂基地生产情况", "三、存在的问题", "四、2025年工作思路", "（一）养殖规模稳步扩大",
            "\n养蜂基地 | 蜂群(群) | 蜂蜜产量(吨) | 蜂王浆产量(吨) | 产值(万元)\n",
            "\n合计 | 18600 | 580 | 38.0 | 8340\n", "个百分点", "居全省蜂产品加工企业第", "力争", "计划"],
    C_DOC: ["尋烏縣橘嶺柑橘專業合作社2024年工作總結和2025年工作計劃\r\n", "\r\n一、2024年主要工作完成情況\r\n",
            "\r\n二、各果園基地生產情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、2025年工作計劃\r\n",
            "（一）社員隊伍不斷壯大。",
            "\r\n果園基地 | 面積(畝) | 產量(噸) | 優果率(%) | 銷售收入(萬元)\r\n",
            "個百分點", "居全縣柑橘合作社第", "力爭", "其中"],
}
require_strings(texts, RESIDUE, errors)

if A_DOC in texts:
    at = texts[A_DOC]
    if (CORPUS / A_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{A_DOC}: not a PDF file")
    if at.count("\n") < 40:
        errors.append(f"{A_DOC}: expected the PDF text to be wrapped into at least 40 lines")
    if (longest := max(len(l) for l in at.split("\n"))) > 50:
        errors.append(f"{A_DOC}: a line of {longest} characters; expected wrapped lines of about 44")
    trows = [l for l in at.split("\n") if " | " in l]
    if len(trows) != 7 or not trows[-1].startswith("合计 | "):
        errors.append(f"{A_DOC}: expected a header, five rows and a 合计 row in the 厂区 table")
if B_DOC in texts:
    if (CORPUS / B_DOC).read_bytes()[:2] != b"PK":
        errors.append(f"{B_DOC}: not a .docx (zip) file")
    trows = [l for l in texts[B_DOC].split("\n") if " | " in l]
    if len(trows) != 8 or not trows[-1].startswith("合计 | "):
        errors.append(f"{B_DOC}: expected a header, six 基地 rows and a 合计 row in the Word table")
if C_DOC in texts:
    ct = texts[C_DOC]
    raw = (CORPUS / C_DOC).read_bytes()
    if raw[:3] != b"\xef\xbb\xbf":
        errors.append(f"{C_DOC}: expected a UTF-8 byte-order mark")
    try:
        body = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        errors.append(f"{C_DOC}: not UTF-8"); body = ""
    if body.count("\r\n") < 30 or "\n" in body.replace("\r\n", "") or "\r" in body.replace("\r\n", ""):
        errors.append(f"{C_DOC}: expected CRLF line ends only")
    if body and body != ct:
        errors.append(f"{C_DOC}: the loaded text differs from the file's UTF-8 text")
    check_traditional(texts, C_DOC, errors)
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith(("合計", "合计")) for l in trows):
        errors.append(f"{C_DOC}: expected a header and six rows (no 合计 row) in the 果园基地 table")
    for r in rows:
        if r["doc"] == C_DOC and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C_DOC} spans a line break")


def number(ev, v, unit, text):
    return number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True)


full_run(QS, loaded, rows, DOCS, errors, number, "u97", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
