"""Verify eval/datasets/unseen59/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen59/check_unseen59.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u59-<a|b|c>-qNNN / u59-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters
  folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)" header cell of
  the value's own column in the table the span is a row of (a: the Markdown pipe table of 工区; b: the
  plain-text "cell | cell" table of 门店 in the PDF; c: the plain-text "cell | cell" table of 县区); a
  number the PDF text of b splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); report c (traditional) contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("utf-8" for a, "pdf"
  for b, "utf-8-sig" for c) and keeps its shape (a: Markdown with a "# " title, "## " headings and a
  pipe table of six 工区 rows plus a 合计 row; b: a real PDF whose text is wrapped into at least 40 lines
  of at most 48 characters outside the table, numbered sections, a 门店 table with a 合计 row; c: UTF-8
  with a BOM and CRLF line ends only, in traditional script, a 县区 table of five rows without a 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u59-… ids) and "not found as written" for table-row items
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

HERE = REPO / "eval/datasets/unseen59"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊縣", "万亿项个点吨亩头户张台辆笔间条场处区级对队县")
A_DOC, B_DOC, C_DOC = "a_county_2023_forest_farm.md", "b_city_2024_bookstore.pdf", "c_city_2024h1_cable_hant_bom.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("宁陕", "寧陝")),
    B_DOC: ("b", ("秦皇岛", "秦皇島", "海港区", "海港區", "山海关", "山海關", "北戴河", "抚宁", "撫寧", "昌黎",
                  "卢龙", "盧龍")),
    C_DOC: ("c", ("濮阳", "濮陽", "华龙区", "華龍區", "清丰", "清豐", "南乐", "南樂", "台前", "臺前")),
}
ENCODINGS = {A_DOC: "utf-8", B_DOC: "pdf", C_DOC: "utf-8-sig"}
loaded = load_corpus(CORPUS, (".md", ".pdf", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["# 宁陕县国有林场2023年工作总结和2024年工作思路\n", "\n## 一、2023年主要工作完成情况\n",
            "\n## 二、存在的问题\n", "\n## 三、2024年工作思路\n", "### （一）营造林生产超额完成",
            "| 工区 | 经营面积(亩) | 造林(亩) | 森林抚育(亩) | 森林蓄积(万立方米) | 森林覆盖率(%) |\n|---|",
            "\n| 合计 | 339900 | 7480 | 47000 | 202.2 | 94.9 |\n", "个百分点", "同比增长"],
    B_DOC: ["秦皇岛市新华书店有限公司2024年工作总结", "一、主要经营指标完成情况", "二、重点工作推进情况",
            "三、存在的问题", "四、2025年工作打算", "（一）销售规模稳步扩大",
            "\n门店 | 销售码洋(万元) | 同比增长(%) | 图书销量(万册) | 新增会员(人) | 阅读活动(场)\n",
            "\n合计 | 14970 | 7.3 | 244.5 | 22000 | 370\n", "居全省新华书店系统第"],
    C_DOC: ["濮陽市廣電網絡分公司2024年上半年工作總結\r\n", "一、主要經營指標完成情況", "二、重點工作推進情況",
            "四、下半年工作打算", "（一）業務收入穩中有增",
            "\r\n縣區 | 有線電視用戶(戶) | 寬帶用戶(戶) | 5G用戶(戶) | 業務收入(萬元) | 收入同比(%)\r\n",
            "個百分點", "同比增長"],
}
require_strings(texts, RESIDUE, errors)
if A_DOC in texts:
    raw = (CORPUS / A_DOC).read_bytes()
    if raw[:3] == b"\xef\xbb\xbf" or b"\r" in raw:
        errors.append(f"{A_DOC}: expected plain UTF-8 with LF line ends, no BOM")
    lines = texts[A_DOC].split("\n")
    if not lines[0].startswith("# ") or sum(l.startswith("## ") for l in lines) != 3:
        errors.append(f"{A_DOC}: expected a '# ' title and three '## ' headings")
    table = [l for l in lines if l.startswith("| ") and l.endswith(" |")]
    if len(table) != 8 or not table[-1].startswith("| 合计 |") or not all(l.count(" | ") == 5 for l in table):
        errors.append(f"{A_DOC}: expected a six-column pipe table: header, six 工区 rows, a 合计 row")
if B_DOC in texts:
    if (CORPUS / B_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{B_DOC}: not a PDF file")
    lines = texts[B_DOC].split("\n")
    if len(lines) < 40:
        errors.append(f"{B_DOC}: expected the PDF text to be wrapped into at least 40 lines")
    if long := [l for l in lines if " | " not in l and len(l) > 48]:
        errors.append(f"{B_DOC}: {len(long)} prose line(s) longer than 48 characters")
    if len([l for l in lines if l.count(" | ") == 5]) != 8:
        errors.append(f"{B_DOC}: expected a 门店 table of header, six rows and 合计")
if C_DOC in texts:
    raw = (CORPUS / C_DOC).read_bytes()
    if raw[:3] != b"\xef\xbb\xbf":
        errors.append(f"{C_DOC}: expected a UTF-8 byte-order mark")
    body = raw.decode("utf-8-sig")  # raises if not UTF-8
    if body.count("\r\n") < 30 or "\n" in body.replace("\r\n", "") or "\r" in body.replace("\r\n", ""):
        errors.append(f"{C_DOC}: expected CRLF line ends only")
    if "\n合計" in texts[C_DOC] or "\n合计" in texts[C_DOC]:
        errors.append(f"{C_DOC}: the 县区 table should have no 合计 row")
    if len([l for l in texts[C_DOC].split("\r\n") if l.count(" | ") == 5]) != 6:
        errors.append(f"{C_DOC}: expected a 县区 table of header and five rows")
    check_traditional(texts, C_DOC, errors)

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, column=True, skip=split_by_line_break), "u59",
         [("table-cell unit notes (expected: the unit is in the table's header line)", None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
