"""Verify eval/datasets/unseen33/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen33/check_unseen33.py   (from the repo root)

Adapted from eval/datasets/unseen24/check_unseen24.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u33-<a|b|c>-qNNN / u33-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence, with its unit after it, or in the "(unit)"
  header line of the table the span is a row of (c: the Word table, loaded as "cell | cell" lines); a
  number the PDF text of a splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding and keeps its shape
  (a: a real PDF whose text is wrapped into at least 40 lines, numbered sections; b: UTF-8 with a BOM
  and CRLF line ends only; c: a real .docx whose Word table loads as pipe rows with a 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u33-… ids) and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, load_corpus, load_rows, number_ok, split_by_line_break, check_corpus,
    check_sizes, unexpected_encoding, require_strings, names_one_report, full_run
)

HERE = REPO / "eval/datasets/unseen33"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队")
A_DOC, B_DOC, C_DOC = "a_city_2022_tobacco.pdf", "b_company_2024_gas.txt", "c_city_2023_telecom.docx"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("内江", "內江", "东兴", "東興", "隆昌", "威远", "威遠")),
    B_DOC: ("b", ("铜川", "銅川", "耀州", "印台", "印臺", "王益")),
    C_DOC: ("c", ("金昌", "金川", "永昌")),
}
ENCODINGS = {A_DOC: "pdf", B_DOC: "utf-8-sig", C_DOC: "docx"}
loaded = load_corpus(CORPUS, (".txt", ".pdf", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["内江市烟草专卖局（公司）2022年工作总结", "一、主要指标完成情况", "二、重点工作推进情况", "三、存在的问题",
            "四、2023年工作思路", "（一）卷烟销售稳中有进。", "比上年提高", "居全省第"],
    B_DOC: ["铜川市泓源燃气有限公司2024年工作总结及2025年工作计划\r\n", "\r\n一、主要经营指标完成情况\r\n",
            "\r\n四、2025年工作计划\r\n", "（一）供气保障能力持续增强。", "个百分点"],
    C_DOC: ["金昌移动分公司2023年工作总结", "\n区域 | 5G基站(个) | 移动客户(万户) | 家庭宽带客户(万户) | 千兆客户占比(%)\n",
            "\n合计 | 2187 | 42.63 | 13.58 | 31.4\n", "六、2024年工作计划", "个百分点"],
}
require_strings(texts, RESIDUE, errors)
if A_DOC in texts:
    if (CORPUS / A_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{A_DOC}: not a PDF file")
    if texts[A_DOC].count("\n") < 40:
        errors.append(f"{A_DOC}: expected the PDF text to be wrapped into at least 40 lines")
if B_DOC in texts:
    raw = (CORPUS / B_DOC).read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{B_DOC}: expected a UTF-8 BOM")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{B_DOC}: not UTF-8")
    if raw.count(b"\n") < 20 or raw.count(b"\n") != raw.count(b"\r\n"):
        errors.append(f"{B_DOC}: expected CRLF line ends only")
if C_DOC in texts:
    if (CORPUS / C_DOC).read_bytes()[:2] != b"PK":
        errors.append(f"{C_DOC}: not a .docx (zip) file")
    if sum(1 for l in texts[C_DOC].split("\n") if " | " in l) != 5:
        errors.append(f"{C_DOC}: expected the Word table to load as 5 pipe rows")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break), "u33",
         [("table-cell unit notes (expected: the unit is in the table's header line)", None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
