"""Verify eval/datasets/unseen36/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen36/check_unseen36.py   (from the repo root)

Adapted from eval/datasets/unseen24/check_unseen24.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u36-<a|b|c>-qNNN / u36-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded), with its unit after it (after
  an optional 余/多 qualifier), or in the "(unit)" header line of the table the span is a row of (a: the
  Word table of 分支机构; c: the plain-text "cell | cell" table of 科室); a number the PDF text of b
  splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("docx" for a, "pdf"
  for b, "utf-16" for c) and keeps its shape (a: a real .docx whose Word table comes out as
  "cell | cell" lines with a 合计 row; b: a real PDF whose text is wrapped into at least 40 lines,
  numbered sections; c: UTF-16 little-endian with a BOM and CRLF line ends, not valid UTF-8, a 科室
  table without a 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u36-… ids) and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, load_corpus, load_rows, number_ok, split_by_line_break, check_corpus,
    check_sizes, unexpected_encoding, require_strings, names_one_report, not_utf8, full_run
)

HERE = REPO / "eval/datasets/unseen36"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_city_2023_insurance.docx": ("a", ("辽源", "遼源", "龙山区", "龍山區", "西安区", "西安區", "东辽", "東遼",
                                         "东丰", "東豐")),
    "b_city_2023_bus.pdf": ("b", ("丹东", "丹東", "振安", "元宝", "元寶", "振兴区", "振興區")),
    "c_county_2024h1_hospital_utf16.txt": ("c", ("柘荣", "柘榮")),
}
ENCODINGS = {"a_city_2023_insurance.docx": "docx", "b_city_2023_bus.pdf": "pdf",
             "c_county_2024h1_hospital_utf16.txt": "utf-16"}
loaded = load_corpus(CORPUS, (".txt", ".docx", ".pdf")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
A_DOC, B_DOC, C_DOC = "a_city_2023_insurance.docx", "b_city_2023_bus.pdf", "c_county_2024h1_hospital_utf16.txt"
RESIDUE = {
    A_DOC: ["鼎信财产保险股份有限公司辽源市分公司2023年工作总结", "一、主要经营指标完成情况", "二、重点工作推进情况",
            "四、2024年工作思路", "机构 | 保费收入(万元) | 同比增长(%) | 赔款支出(万元) | 综合成本率(%)",
            "\n合计 | 68200 | 9.4 | 36130 | 97.3", "居全市财险市场第", "个百分点"],
    B_DOC: ["丹东市公共交通集团有限公司2023年工作总结", "一、运营生产情况", "二、重点工作推进情况",
            "三、存在的问题", "四、2024年工作安排", "（一）客运量较快恢复", "同比增长"],
    C_DOC: ["柘荣县医院2024年上半年工作总结及下半年工作计划", "一、主要业务指标完成情况", "四、下半年工作计划",
            "科室 | 出院人次(人次) | 手术(台次) | 四级手术(台次) | 平均住院日(天)\r\n", "比上年同期提高"],
}
require_strings(texts, RESIDUE, errors)
if A_DOC in texts and (CORPUS / A_DOC).read_bytes()[:2] != b"PK":
    errors.append(f"{A_DOC}: not a .docx (zip) file")
if B_DOC in texts:
    if (CORPUS / B_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{B_DOC}: not a PDF file")
    if texts[B_DOC].count("\n") < 40:
        errors.append(f"{B_DOC}: expected the PDF text to be wrapped into at least 40 lines")
if C_DOC in texts:
    raw = (CORPUS / C_DOC).read_bytes()
    if raw[:2] != b"\xff\xfe":
        errors.append(f"{C_DOC}: expected a UTF-16LE byte-order mark")
    not_utf8(CORPUS / C_DOC, f"{C_DOC}: bytes decode as UTF-8, expected UTF-16", errors)
    if raw.decode("utf-16").count("\r\n") < 30 or "\n" in raw.decode("utf-16").replace("\r\n", ""):
        errors.append(f"{C_DOC}: expected CRLF line ends only")
    if "\n合计" in texts[C_DOC]:
        errors.append(f"{C_DOC}: the 科室 table should have no 合计 row")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break), "u36",
         [("table-cell unit notes (expected: the unit is in the table's header line)", None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
