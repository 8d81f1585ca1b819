"""Verify eval/datasets/unseen51/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen51/check_unseen51.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with unseen40's GBK/CRLF and Markdown checks). It
uses only index.loaders.load_report from the product (the corpus files are listed with a plain directory
scan). Checks:
- ids unique and shaped u51-<a|b|c>-qNNN / u51-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded), with its unit after it (after
  an optional 余/多 qualifier), or in the "(unit)" header line of the table the span is a row of (a: the
  plain-text "cell | cell" table of 科室 in the PDF; b: the plain-text "cell | cell" table of 景点;
  c: the Markdown pipe table of 街道); a number the PDF text of a splits over a line break is not taken
  as written;
- the answer string states every value in ASCII digits (ranks may state 第N); entity answers appear
  verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "pdf",
  b "gb18030", c "utf-8") and keeps its shape (a: a real PDF whose text is wrapped into at least 40
  lines, no prose line longer than 48 characters, numbered sections, a 科室 table without a 合计 row;
  b: bytes that are not UTF-8 but strict GBK, CRLF line ends only (at least 25), numbered sections 一…三, a
  "cell | cell" table of 景点 with a 合计 row; c: UTF-8 Markdown with LF line ends, a "# " title, at
  least five "## " headings, bold run-in (一)… headings and a pipe table with a |---| rule and no 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u51-… ids) and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_CELL, load_corpus, load_rows, number_ok, split_by_line_break, check_corpus, check_sizes,
    unexpected_encoding, require_strings, names_one_report, full_run, legacy_bytes
)

HERE = REPO / "eval/datasets/unseen51"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊", "万亿项个点吨亩头户张台辆笔间条场处区级对队")
A = "a_county_2024_tcm_hospital.pdf"; B = "b_county_2023_scenic_gbk.txt"; C = "c_district_2024h1_ip.md"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("铅山", "鉛山", "永平镇", "永平鎮", "石塘镇", "石塘鎮", "鹅湖", "鵝湖", "湖坊", "陈坊", "陳坊")),
    B: ("b", ("泰宁", "泰寧", "大金湖", "上清溪", "寨下", "九龙潭", "九龍潭", "朱口", "上青乡", "上青鄉", "梅口",
              "大龙乡", "大龍鄉", "新桥乡", "新橋鄉")),
    C: ("c", ("芝罘",)),
}
ENCODINGS = {A: "pdf", B: "gb18030", C: "utf-8"}
loaded = load_corpus(CORPUS, (".pdf", ".txt", ".md")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["铅山县中医医院2024年工作总结\n", "\n一、主要业务指标完成情况\n", "\n二、重点工作推进情况\n",
        "\n三、存在的问题\n", "\n四、2025年工作思路\n", "（一）门急诊服务量稳步增长。",
        "\n科室 | 门诊量(人次) | 出院(人次) | 中药饮片处方占比(%) | 平均住院日(天)\n",
        "\n儿科 | 31950 | 1873 | 33.8 | 4.6\n", "居全市县级中医医院第", "个百分点", "其中", "累计", "力争"],
    B: ["泰宁风景名胜区管理委员会2023年工作总结和2024年工作思路\r\n", "\r\n一、2023年工作总结\r\n",
        "\r\n二、存在的问题\r\n", "\r\n三、2024年工作思路\r\n", "（一）旅游市场全面复苏。",
        "\r\n景点 | 游客(万人次) | 同比增长(%) | 门票收入(万元) | 二次消费收入(万元)\r\n",
        "\r\n合计 | 487.3 | 63.7 | 14300 | 8735\r\n", "居第", "个百分点", "其中", "累计", "力争"],
    C: ["# 芝罘区市场监督管理局（知识产权局）2024年上半年工作总结\n", "\n## 一、主要指标完成情况\n",
        "\n## 五、下半年工作计划\n", "**（一）专利创造量质齐升。**",
        "| 街道 | 发明专利授权(件) | 有效发明专利(件) | 商标注册(件) | 知识产权质押融资(万元) |\n|---|---|---|---|---|\n",
        "\n| 幸福街道 | 34 | 402 | 143 | 2870 |\n", "居全市第", "其中", "累计达到", "\n- 力争全年"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    if (CORPUS / A).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{A}: not a PDF file")
    if texts[A].count("\n") < 40:
        errors.append(f"{A}: expected the PDF text to be wrapped into at least 40 lines")
    if (longest := max(len(l) for l in texts[A].split("\n") if " | " not in l)) > 48:
        errors.append(f"{A}: a prose line has {longest} characters, expected wrapping at about 46")
    if "\n合计" in texts[A]:
        errors.append(f"{A}: the 科室 table should have no 合计 row")
if B in texts:
    legacy_bytes(CORPUS / B, "gbk", errors, texts[B])
    if re.search(r"(?<!\r)\n", texts[B]) or re.search(r"\r(?!\n)", texts[B]):
        errors.append(f"{B}: expected CRLF line ends only")
    if texts[B].count("\r\n") < 25:
        errors.append(f"{B}: expected at least 25 CRLF line ends (one per paragraph or table row)")
if C in texts:
    try:
        (CORPUS / C).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{C}: not UTF-8")
    if "\r" in texts[C]:
        errors.append(f"{C}: expected LF line ends only")
    if len(re.findall(r"^## ", texts[C], re.M)) < 5:
        errors.append(f"{C}: expected at least five '## ' headings")
    if "| 合计" in texts[C]:
        errors.append(f"{C}: the 街道 table should have no 合计 row")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break), "u51",
         [(TABLE_CELL, None)], counts=dict(colloquial=True), before=names_one_report(DOCS))
