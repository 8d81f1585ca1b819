"""Verify eval/datasets/unseen43/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen43/check_unseen43.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with unseen37's Markdown and GBK/CRLF checks). It uses
only index.loaders.load_report from the product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u43-<a|b|c>-qNNN / u43-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded), with its unit after it (after
  an optional 余/多 qualifier), or in the "(unit)" header line of the table the span is a row of (a: the
  Markdown pipe table of 交易类别; b: the plain-text "cell | cell" table of 乡镇 in the PDF; c: the
  plain-text "cell | cell" table of 街道); a number the PDF text of b splits over a line break is not
  taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N); entity answers appear
  verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "utf-8",
  b "pdf", c "gb18030") and keeps its shape (a: UTF-8 Markdown with a "# " title, "## " headings,
  "### （一）" headings and a pipe table with a |---| rule and a 合计 row; b: a real PDF whose text is
  wrapped into at least 60 lines of at most 45 characters, numbered sections, a "cell | cell" 乡镇
  table without a 合计 row; c: bytes that are not UTF-8 but strict GBK, CRLF line ends only, numbered
  sections, a "cell | cell" table of 街道 without a 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u43-… ids) and "not found as written" for table-row items
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

HERE = REPO / "eval/datasets/unseen43"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队")
A = "a_city_2024_trading.md"; B = "b_county_2023_forestry.pdf"; C = "c_district_2024h1_overseas_gbk.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("平凉", "平涼", "崆峒", "泾川", "涇川", "灵台", "靈臺", "崇信", "华亭", "華亭", "庄浪", "莊浪",
              "静宁", "靜寧")),
    B: ("b", ("汤原", "湯原", "香兰", "香蘭", "鹤立", "鶴立", "竹帘", "竹簾", "汤旺", "湯旺", "太平川", "吉祥乡",
              "吉祥鄉", "永发乡", "永發鄉")),
    C: ("c", ("昆都仑", "昆都侖", "沼潭", "昆北", "林荫路", "林蔭路", "少先路", "友谊大街", "友誼大街", "团结大街",
              "團結大街", "前进道", "前進道", "市府东路", "市府東路", "鞍山道")),
}
ENCODINGS = {A: "utf-8", B: "pdf", C: "gb18030"}
loaded = load_corpus(CORPUS, (".txt", ".md", ".pdf")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["# 平凉市公共资源交易中心2024年工作总结和2025年工作思路\n", "\n## 一、2024年交易业务运行情况\n",
        "\n## 五、2025年工作思路\n", "\n### （一）交易规模稳中有升\n",
        "| 交易类别 | 项目数(个) | 交易额(亿元) | 交易额同比增长(%) | 节约或增值资金(万元) |\n|---|---|---|---|---|\n",
        "\n| 合计 | 2186 | 186.43 | 12.1 | 79700 |\n", "居全省第", "个百分点", "累计出具", "力争", "\n- "],
    B: ["汤原县林业局2023年工作总结\n", "\n一、主要工作完成情况\n", "\n三、存在的问题\n", "\n四、2024年工作计划\n",
        "（一）国土绿化扎实推进。", "（十三）宣传和队伍建设不断加强。",
        "\n乡镇 | 造林面积(亩) | 森林抚育(亩) | 退化林修复(亩) | 义务植树(万株)\n",
        "\n太平川乡 | 3310 | 5870 | 2640 | 3.1\n", "居全市第", "个百分点", "同比增长", "其中"],
    C: ["昆都仑区归国华侨联合会2024年上半年工作总结\r\n", "\r\n一、上半年工作开展情况\r\n", "\r\n三、存在的问题\r\n",
        "\r\n四、下半年工作打算\r\n", "（一）强化思想政治引领", "（十）加强侨界青年和妇女工作",
        "\r\n街道 | 登记归侨侨眷(人) | 走访慰问(户次) | 为侨服务(件) | 侨界志愿者(人)\r\n",
        "\r\n团结大街街道 | 555 | 35 | 57 | 74\r\n", "居全市侨联系统第", "累计", "力争", "其中"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    try:
        (CORPUS / A).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{A}: not UTF-8")
    if "\r" in texts[A]:
        errors.append(f"{A}: expected LF line ends only")
    if len(re.findall(r"^## ", texts[A], re.M)) < 5 or len(re.findall(r"^### ", texts[A], re.M)) < 8:
        errors.append(f"{A}: expected at least five '## ' and eight '### ' headings")
if B in texts:
    if (CORPUS / B).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{B}: not a PDF file")
    lines = texts[B].split("\n")
    if len(lines) < 60 or max(len(l) for l in lines) > 45:
        errors.append(f"{B}: expected the PDF text wrapped into at least 60 lines of at most 45 characters")
    if "\n合计" in texts[B]:
        errors.append(f"{B}: the 乡镇 table should have no 合计 row")
if C in texts:
    legacy_bytes(CORPUS / C, "gbk", errors, texts[C])
    if re.search(r"(?<!\r)\n", texts[C]) or re.search(r"\r(?!\n)", texts[C]):
        errors.append(f"{C}: expected CRLF line ends only")
    if texts[C].count("\r\n") < 50:
        errors.append(f"{C}: expected at least 50 CRLF line ends")
    if "\n合计" in texts[C]:
        errors.append(f"{C}: the 街道 table should have no 合计 row")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break), "u43",
         [(TABLE_CELL, None)], counts=dict(colloquial=True), before=names_one_report(DOCS))
