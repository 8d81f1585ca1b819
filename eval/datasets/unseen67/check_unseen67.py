"""Verify eval/datasets/unseen67/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen67/check_unseen67.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (by way of unseen55's and unseen65's checkers, which have
Markdown, PDF, GB18030 and traditional-script reports). It uses only index.loaders.load_report from the product
(the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u67-<a|b|c>-qNNN / u67-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters
  folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)" header cell of
  the value's own column in the table the span is a row of (a: the Markdown pipe table of 区域中心分馆;
  b: the plain-text "cell | cell" table of 区域 in the PDF; c: the plain-text "cell | cell" table of 縣區);
  a number the PDF text of b splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); report c (traditional) contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("utf-8" for a, "pdf"
  for b, "gb18030" for c) and keeps its shape (a: Markdown, plain UTF-8 with LF and no BOM, a "# " title,
  four "## " headings, "### （一）" subheadings and a pipe table of header, |---| rule, six 分馆 rows and a
  合计 row; b: a real PDF whose text is wrapped into at least 40 lines of at most 48 characters outside
  the table, numbered sections, a 区域 table of header, five rows and a 合计 row; c: bytes that are not
  UTF-8 but strict GB18030, CRLF line ends only, traditional script, numbered sections, a 縣區 table of
  header and six rows without a 合計 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u67-… ids), "not found as written" for table-row items
whose unit is only in the table's header line, and "not found as written" for c items whose unit is
written 萬頭 (check_gold does not fold 頭; the checker above does). Any other check_gold message counts
as an error.
Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, load_corpus, load_rows, number_ok, split_by_line_break, check_corpus,
    check_sizes, unexpected_encoding, require_strings, names_one_report, legacy_bytes, check_traditional,
    written_as, full_run
)

HERE = REPO / "eval/datasets/unseen67"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊縣時隻", "万亿项个点吨亩头户张台辆笔间条场处区级对队县时只")
A_DOC = "a_county_2024_culture_center.md"
B_DOC = "b_city_2023_urban_management.pdf"
C_DOC = "c_city_2024h1_agriculture_hant_gb18030.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("永泰",)),
    B_DOC: ("b", ("铜陵", "銅陵", "铜官", "銅官", "义安", "義安", "枞阳", "樅陽")),
    C_DOC: ("c", ("阜阳", "阜陽", "临泉", "臨泉", "阜南", "颍上", "潁上", "颍州", "潁州", "颍东", "潁東", "界首")),
}
ENCODINGS = {A_DOC: "utf-8", B_DOC: "pdf", C_DOC: "gb18030"}
loaded = load_corpus(CORPUS, (".md", ".pdf", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["# 永泰县文化馆2024年工作总结\n", "\n## 一、主要指标完成情况\n", "\n## 二、重点工作开展情况\n",
            "\n## 三、存在的问题\n", "\n## 四、2025年工作思路\n", "\n### （一）总分馆体系建设提质扩面\n",
            "\n| 分馆 | 开展活动(场) | 参与群众(人次) | 培训学员(人) | 文艺团队(支) |\n|---|---|---|---|---|\n",
            "\n| 合计 | 600 | 209600 | 2340 | 86 |\n", "居第2位", "个百分点", "同比增长", "力争"],
    B_DOC: ["铜陵市城市管理局2023年工作总结和2024年工作计划\n", "\n一、2023年工作完成情况\n", "\n二、存在的问题\n",
            "\n三、2024年工作计划\n", "（一）环境卫生管理水平稳步提升",
            "\n区域 | 生活垃圾清运(万吨) | 违建拆除(平方米) | 数字城管案件(件) | 案件结案率(%)\n",
            "\n合计 | 50.72 | 150240 | 133175 | 98.1\n", "居全省第3位", "个百分点", "同比增长", "力争"],
    C_DOC: ["阜陽市農業農村局2024年上半年工作總結\r\n", "\r\n一、主要指標完成情況\r\n", "\r\n二、重點工作推進情況\r\n",
            "\r\n三、存在的問題\r\n", "\r\n四、下半年工作打算\r\n", "（一）夏糧再獲豐收",
            "\r\n縣區 | 夏糧播種面積(萬畝) | 夏糧產量(萬噸) | 生豬出欄(萬頭) | 新建高標準農田(萬畝)\r\n",
            "居全省第1位", "個百分點", "同比增長", "力爭"],
}
require_strings(texts, RESIDUE, errors)
if A_DOC in texts:
    raw = (CORPUS / A_DOC).read_bytes()
    if raw[:3] == b"\xef\xbb\xbf" or b"\r" in raw:
        errors.append(f"{A_DOC}: expected plain UTF-8 with LF line ends, no BOM")
    raw.decode("utf-8")  # raises if not UTF-8
    lines = texts[A_DOC].split("\n")
    if not lines[0].startswith("# ") or sum(l.startswith("## ") for l in lines) != 4:
        errors.append(f"{A_DOC}: expected a '# ' title and four '## ' headings")
    table = [l for l in lines if l.startswith("| ") and l.endswith(" |")]
    if len(table) != 8 or not table[-1].startswith("| 合计 |") or not all(l.count(" | ") == 4 for l in table):
        errors.append(f"{A_DOC}: expected a five-column pipe table: header, six 分馆 rows, a 合计 row")
if B_DOC in texts:
    if (CORPUS / B_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{B_DOC}: not a PDF file")
    lines = texts[B_DOC].split("\n")
    if len(lines) < 40:
        errors.append(f"{B_DOC}: expected the PDF text to be wrapped into at least 40 lines")
    if long := [l for l in lines if " | " not in l and len(l) > 48]:
        errors.append(f"{B_DOC}: {len(long)} prose line(s) longer than 48 characters")
    table = [l for l in lines if l.count(" | ") == 4]
    if len(table) != 7 or not table[-1].startswith("合计 | "):
        errors.append(f"{B_DOC}: expected a 区域 table of header, five rows and 合计")
if C_DOC in texts:
    raw = legacy_bytes(CORPUS / C_DOC, "gb18030", errors, texts[C_DOC])
    dec = raw.decode("gb18030", errors="replace")
    if dec.count("\r\n") < 30 or "\n" in dec.replace("\r\n", "") or "\r" in dec.replace("\r\n", ""):
        errors.append(f"{C_DOC}: expected CRLF line ends only")
    if "\n合計" in texts[C_DOC] or "\n合计" in texts[C_DOC]:
        errors.append(f"{C_DOC}: the 縣區 table should have no 合計 row")
    if len([l for l in texts[C_DOC].split("\r\n") if l.count(" | ") == 4]) != 7:
        errors.append(f"{C_DOC}: expected a 縣區 table of header and six rows")
    check_traditional(texts, C_DOC, errors)

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, column=True, skip=split_by_line_break), "u67",
         [("table-cell unit notes (expected: the unit is in the table's header line)", None),
          ("萬頭 unit notes (expected: check_gold does not fold 頭, the checker above does)", written_as("萬頭", errors))],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
