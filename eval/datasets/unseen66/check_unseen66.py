"""Verify eval/datasets/unseen66/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen66/check_unseen66.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with the Markdown checks of unseen54 and the
traditional UTF-16 checks of unseen50). It uses only index.loaders.load_report from the product (the
corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u66-<a|b|c>-qNNN / u66-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters
  folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)" header cell of
  the value's column in the table the span is a row of (a: the Markdown pipe table of 县区供电分公司;
  b: the Word table of 税种, which the loader writes as "cell | cell" lines; c: the plain-text
  "cell | cell" table of 展覽);
- the answer string states every value in ASCII digits (ranks may state 第N); entity answers appear
  verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "utf-8",
  b "docx", c "utf-16") and keeps its shape (a: UTF-8 Markdown with LF line ends, a "# " title, at
  least four "## " headings, bold run-in (一)… headings and a pipe table with a |---| rule, six rows
  and a 合计 row; b: a real .docx whose Word table comes out as a header, six 税种 rows and a 合计
  row; c: UTF-16 little-endian with a BOM and CRLF line ends only, not valid UTF-8, traditional script,
  a 展覽 table of a header and six rows without a 合計 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u66-… ids) and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus, check_sizes,
    unexpected_encoding, require_strings, names_one_report, not_utf8, check_traditional, full_run
)

HERE = REPO / "eval/datasets/unseen66"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊時數",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队时数")
A = "a_city_2024_power.md"; B = "b_district_2024h1_tax.docx"; C = "c_city_2023_museum_hant_utf16.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("荆门", "荊門", "东宝", "東寶", "掇刀", "京山", "沙洋", "钟祥", "鍾祥", "屈家岭", "屈家嶺")),
    B: ("b", ("顺德", "順德", "北滘", "容桂", "大良", "乐从", "樂從", "勒流")),
    C: ("c", ("泰州", "海陵", "高港", "姜堰", "兴化", "興化", "靖江", "泰兴", "泰興")),
}
ENCODINGS = {A: "utf-8", B: "docx", C: "utf-16"}
loaded = load_corpus(CORPUS, (".md", ".docx", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["# 国网荆门供电公司2024年工作总结和2025年工作思路\n", "\n## 一、主要指标完成情况\n", "\n## 二、重点工作开展情况\n",
        "\n## 三、各县区供电分公司主要指标\n", "\n## 四、存在的问题\n", "\n## 五、2025年工作思路\n",
        "**（一）售电量保持较快增长。**",
        "| 县区供电分公司 | 售电量(亿千瓦时) | 同比增长(%) | 最高负荷(万千瓦) | 供电可靠率(%) | 综合线损率(%) |\n"
        "|---|---|---|---|---|---|\n",
        "\n| 合计 | 148.63 | 7.8 | — | 99.912 | 4.83 |\n", "居全省第", "个百分点", "其中", "累计", "力争", "\n- 计划"],
    B: ["国家税务总局顺德区税务局2024年上半年工作总结和下半年工作计划\n", "\n一、上半年主要工作成效\n",
        "\n二、存在的问题\n", "\n三、下半年工作计划\n", "（一）税费收入平稳增长。",
        "\n税种 | 税收收入(亿元) | 同比增长(%) | 占比(%) | 减税降费(亿元)\n",
        "\n合计 | 267.85 | 3.0 | 100.0 | 36.72\n", "居全市各区第", "个百分点", "其中", "累计", "力争", "计划"],
    C: ["泰州市博物館2023年工作總結和2024年工作思路\r\n", "\r\n一、2023年主要工作完成情況\r\n", "\r\n二、存在的問題\r\n",
        "\r\n三、2024年工作思路\r\n", "（一）觀眾接待創歷史新高。",
        "\r\n展覽 | 展期(天) | 觀眾(萬人次) | 社教活動(場) | 文創收入(萬元)\r\n",
        "\r\n稻河記憶——老城影像展 | 45 | 7.2 | 18 | 12.6\r\n", "居全省", "同比增長", "其中", "累計", "力爭", "計劃"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    try:
        (CORPUS / A).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{A}: not UTF-8")
    if "\r" in texts[A]:
        errors.append(f"{A}: expected LF line ends only")
    if len(re.findall(r"^## ", texts[A], re.M)) < 4:
        errors.append(f"{A}: expected at least four '## ' headings")
    if len(re.findall(r"^\*\*（[一二三四五六七八]）", texts[A], re.M)) < 6:
        errors.append(f"{A}: expected bold run-in （一）… headings")
    if len(re.findall(r"^\| .+ \|$", texts[A], re.M)) != 8:
        errors.append(f"{A}: expected a pipe table of a header, six 县区 rows and a 合计 row")
if B in texts:
    if (CORPUS / B).read_bytes()[:2] != b"PK":
        errors.append(f"{B}: not a .docx (zip) file")
    trows = [l for l in texts[B].split("\n") if " | " in l]
    if len(trows) != 8 or not trows[-1].startswith("合计"):
        errors.append(f"{B}: expected a header, six 税种 rows and a 合计 row in the Word table")
if C in texts:
    raw = (CORPUS / C).read_bytes()
    if raw[:2] != b"\xff\xfe":
        errors.append(f"{C}: expected a UTF-16LE byte-order mark")
    not_utf8(CORPUS / C, f"{C}: bytes decode as UTF-8, expected UTF-16", errors)
    decoded = raw.decode("utf-16")
    if decoded.count("\r\n") < 30 or "\n" in decoded.replace("\r\n", ""):
        errors.append(f"{C}: expected CRLF line ends only")
    if decoded.lstrip("\ufeff") != texts[C]:
        errors.append(f"{C}: the loaded text differs from the decoded file")
    check_traditional(texts, C, errors)
    trows = [l for l in texts[C].split("\r\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith(("合計", "合计")) for l in trows):
        errors.append(f"{C}: expected a header and six rows, no 合計 row, in the 展覽 table")


def number(ev, v, unit, text):
    return number_ok(ev, v, unit, text, T2S, column=True)


full_run(QS, loaded, rows, DOCS, errors, number, "u66", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
