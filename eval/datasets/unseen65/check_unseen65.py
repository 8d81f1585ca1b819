"""Verify eval/datasets/unseen65/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen65/check_unseen65.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (by way of unseen59's checker, which has the same three
formats). It uses only index.loaders.load_report from the product (the corpus files are listed with a plain
directory scan). Checks:
- ids unique and shaped u65-<a|b|c>-qNNN / u65-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters
  folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)" header cell of
  the value's own column in the table the span is a row of (a: the plain-text "cell | cell" table of
  人民法庭 in the PDF; b: the Markdown pipe table of 县区管理部; c: the plain-text "cell | cell" table of
  水厂); a number the PDF text of a splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); report c (traditional) contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("pdf" for a, "utf-8"
  for b, "utf-8-sig" for c) and keeps its shape (a: a real PDF whose text is wrapped into at least 40
  lines of at most 48 characters outside the table, numbered sections, a 人民法庭 table of header, five
  rows and a 合计 row; b: Markdown with a "# " title, four "## " headings and a pipe table of six 管理部
  rows plus a 合计 row, plain UTF-8 with LF and no BOM; c: UTF-8 with a BOM and CRLF line ends only, in
  traditional script, a 水厂 table of header and five rows without a 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u65-… ids) and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, load_corpus, load_rows, number_ok, split_by_line_break, check_corpus,
    check_sizes, unexpected_encoding, require_strings, names_one_report, check_traditional, full_run
)

HERE = REPO / "eval/datasets/unseen65"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊縣時隻", "万亿项个点吨亩头户张台辆笔间条场处区级对队县时只")
A_DOC, B_DOC, C_DOC = "a_county_2024_court.pdf", "b_city_2024h1_housing_fund.md", "c_city_2023_2024_water_hant_bom.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("卢氏", "盧氏")),
    B_DOC: ("b", ("忻州",)),
    C_DOC: ("c", ("邯郸", "邯鄲")),
}
ENCODINGS = {A_DOC: "pdf", B_DOC: "utf-8", C_DOC: "utf-8-sig"}
loaded = load_corpus(CORPUS, (".pdf", ".md", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["卢氏县人民法院2024年工作总结\n", "\n一、审判执行主要指标完成情况\n", "\n二、重点工作开展情况\n",
            "\n三、存在的问题\n", "\n四、2025年工作思路\n", "（一）收结案数量平稳增长",
            "\n人民法庭 | 受理案件(件) | 审结案件(件) | 结案率(%) | 调解撤诉率(%) | 平均审理天数(天)\n",
            "\n合计 | 3814 | 3627 | 95.1 | 62.0 | 32.7\n", "居全市基层法院第", "个百分点", "同比增长"],
    B_DOC: ["# 忻州市住房公积金管理中心2024年上半年工作总结\n", "\n## 一、主要业务指标完成情况\n",
            "\n## 二、各县区管理部业务开展情况\n", "\n## 三、存在的问题\n", "\n## 四、下半年工作打算\n",
            "### （一）归集扩面稳步推进",
            "\n| 管理部 | 缴存额(亿元) | 提取额(亿元) | 发放个人住房贷款(亿元) | 贷款笔数(笔) | 新开户职工(人) |\n|---|",
            "\n| 合计 | 16.54 | 11.54 | 7.13 | 1935 | 8130 |\n", "个百分点", "同比增长"],
    C_DOC: ["邯鄲市滏源供水集團有限公司2023年工作總結和2024年工作計劃\r\n", "\r\n一、2023年主要工作完成情況\r\n",
            "\r\n二、存在的問題\r\n", "\r\n三、2024年工作計劃\r\n", "（一）供水生產安全穩定",
            "\r\n水廠 | 設計規模(萬噸/日) | 供水量(萬立方米) | 日均供水(萬噸) | 出廠水合格率(%) | 電耗(千瓦時/千噸)\r\n",
            "個百分點", "同比增長"],
}
require_strings(texts, RESIDUE, errors)
if A_DOC in texts:
    if (CORPUS / A_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{A_DOC}: not a PDF file")
    lines = texts[A_DOC].split("\n")
    if len(lines) < 40:
        errors.append(f"{A_DOC}: expected the PDF text to be wrapped into at least 40 lines")
    if long := [l for l in lines if " | " not in l and len(l) > 48]:
        errors.append(f"{A_DOC}: {len(long)} prose line(s) longer than 48 characters")
    table = [l for l in lines if l.count(" | ") == 5]
    if len(table) != 7 or not table[-1].startswith("合计 | "):
        errors.append(f"{A_DOC}: expected a 人民法庭 table of header, five rows and 合计")
if B_DOC in texts:
    raw = (CORPUS / B_DOC).read_bytes()
    if raw[:3] == b"\xef\xbb\xbf" or b"\r" in raw:
        errors.append(f"{B_DOC}: expected plain UTF-8 with LF line ends, no BOM")
    lines = texts[B_DOC].split("\n")
    if not lines[0].startswith("# ") or sum(l.startswith("## ") for l in lines) != 4:
        errors.append(f"{B_DOC}: expected a '# ' title and four '## ' headings")
    table = [l for l in lines if l.startswith("| ") and l.endswith(" |")]
    if len(table) != 8 or not table[-1].startswith("| 合计 |") or not all(l.count(" | ") == 5 for l in table):
        errors.append(f"{B_DOC}: expected a six-column pipe table: header, six 管理部 rows, a 合计 row")
if C_DOC in texts:
    raw = (CORPUS / C_DOC).read_bytes()
    if raw[:3] != b"\xef\xbb\xbf":
        errors.append(f"{C_DOC}: expected a UTF-8 byte-order mark")
    body = raw.decode("utf-8-sig")  # raises if not UTF-8
    if body.count("\r\n") < 30 or "\n" in body.replace("\r\n", "") or "\r" in body.replace("\r\n", ""):
        errors.append(f"{C_DOC}: expected CRLF line ends only")
    if "\n合計" in texts[C_DOC] or "\n合计" in texts[C_DOC]:
        errors.append(f"{C_DOC}: the 水厂 table should have no 合计 row")
    if len([l for l in texts[C_DOC].split("\r\n") if l.count(" | ") == 5]) != 6:
        errors.append(f"{C_DOC}: expected a 水厂 table of header and five rows")
    check_traditional(texts, C_DOC, errors)

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, column=True, skip=split_by_line_break), "u65",
         [("table-cell unit notes (expected: the unit is in the table's header line)", None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
