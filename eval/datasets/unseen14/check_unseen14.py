"""Verify eval/datasets/unseen14/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen14/check_unseen14.py   (from the repo root)

Adapted from eval/datasets/unseen12/check_unseen12.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u14-<a|b|c|d>-qNNN / u14-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (after NFKC folding, so the full-width digits
  of c count), with its unit after it (after an optional 余/多 qualifier), or in a "(unit)" label inside
  the span (d's first Word table puts the unit in the row label), or in the "(unit)" column header line
  of the table the span is a row of (b: a Markdown pipe table; d: Word tables the loader writes as
  "cell | cell" lines). Chinese numerals 1..99 are accepted (六家, 十二部, 三家, 三件, 九个);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- each question names its doc's region or one of its sub-regions (either script), each answerable
  question names a year, and no answerable question names 凌海/潞州 (used only in unanswerable near-misses);
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding (a, b utf-8; c utf-8-sig,
  i.e. a BOM, which the file's first bytes must also show; d docx) and keeps its shape (a: web-page residue
  of navigation, 来源/发布时间/浏览次数, 打印本页/关闭窗口 and 上一篇/下一篇; b: Markdown title, "> 发布时间",
  "## " headings, bold run-in headings, a pipe table of 12 县（区） rows with a |---| rule; c: full-width
  digits in several figures; d: a 政府工作报告 with two Word tables, 2023 results and 2024 主要预期目标).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u14-… ids), "not found as written" for items whose evidence
has full-width digits (c), and "not found as written" for table-row items whose unit is only in the
table's header line (b, d). Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, FULLWIDTH_DIGIT, FULLWIDTH, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus,
    check_sizes, unexpected_encoding, require_strings, unans_only, written_as, full_run
)

HERE = REPO / "eval/datasets/unseen14"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億", "万亿项个点吨亩头户张台辆笔间条场亿")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_city_2021_housing_web.txt": ("a", ("邢台", "邢臺", "信都", "襄都")),
    "b_city_2022_eco.md": ("b", ("长治", "長治", "潞州", "上党", "上黨", "屯留", "潞城", "襄垣", "平顺", "平順",
                                 "黎城", "壶关", "壺關", "长子", "長子", "武乡", "武鄉", "沁县", "沁縣", "沁源")),
    "c_city_2023_market_bom.txt": ("c", ("锦州", "錦州", "太和", "古塔", "凌河", "凌海", "北镇", "北鎮", "黑山",
                                         "义县", "義縣")),
    "d_county_2024_gov.docx": ("d", ("郓城", "鄆城")),
}
ENCODINGS = {"a_city_2021_housing_web.txt": "utf-8", "b_city_2022_eco.md": "utf-8",
             "c_city_2023_market_bom.txt": "utf-8-sig", "d_county_2024_gov.docx": "docx"}
# sub-regions named only in unanswerable questions (no answerable question may name them)
UNANS_ONLY = ("凌海", "潞州")
loaded = load_corpus(CORPUS, (".txt", ".md", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    "a_city_2021_housing_web.txt": ["首页 > 政务公开", "当前位置：首页", "邢台市住房和城乡建设局2021年工作总结", "来源：",
                                    "发布时间：", "浏览次数：", "【打印本页】", "【关闭窗口】", "上一篇：", "下一篇：",
                                    "商品房销售面积", "棚户区改造", "城镇老旧小区", "建筑业完成总产值", "四、2022年工作思路"],
    "b_city_2022_eco.md": ["# 长治市生态环境局2022年工作总结", "> 发布时间：", "\n## 一、", "\n## 六、", "**（一）",
                           "|---|---|---|---|", "| 县（区） | PM2.5平均浓度（微克/立方米） | 优良天数（天） | 优良天数比例（%） |",
                           "PM2.5平均浓度为38微克/立方米", "国控断面", "减排量", "2023年工作打算"],
    "c_city_2023_market_bom.txt": ["锦州市市场监督管理局2023年工作总结及2024年工作思路", "经营主体", "新登记", "抽检",
                                   "批次", "案件", "罚没款", "三、2024年工作思路"],
    "d_county_2024_gov.docx": ["政府工作报告", "各位代表：", "一、过去一年工作回顾", "二、2024年工作安排", "主要预期目标",
                               "地区生产总值增长6%左右", "指标 | 2023年完成 | 同比增长(%) | 增速居全市位次",
                               "类别 | 项目数(个) | 总投资(亿元) | 年度计划投资(亿元)", "\n合计 | 161 | "],
}
require_strings(texts, RESIDUE, errors)
if "b_city_2022_eco.md" in texts:
    rows_b = re.findall(r"^\| \S+[县区] \| \d+ \| \d+ \| [\d.]+ \|$", texts["b_city_2022_eco.md"], flags=re.M)
    if len(rows_b) != 12:
        errors.append(f"b_city_2022_eco.md: expected 12 县（区） table rows, found {len(rows_b)}")
if "c_city_2023_market_bom.txt" in texts:
    if not (CORPUS / "c_city_2023_market_bom.txt").read_bytes().startswith(b"\xef\xbb\xbf"):
        errors.append("c_city_2023_market_bom.txt: the file does not start with a UTF-8 BOM")
    runs = re.findall("[０-９]+", texts["c_city_2023_market_bom.txt"])
    if len(runs) < 6:
        errors.append(f"c_city_2023_market_bom.txt: expected full-width digits in several figures, found {len(runs)} runs")
if "d_county_2024_gov.docx" in texts:
    n_rows = len(re.findall(r"^[^|\n]+ \| [\d.]+ \| [\d.]+ \| [\d.]+$", texts["d_county_2024_gov.docx"], flags=re.M))
    if n_rows != 12:
        errors.append(f"d_county_2024_gov.docx: expected 12 numeric Word-table rows (6 + 5 + 合计), found {n_rows}")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S), "u14",
         [(FULLWIDTH, written_as(FULLWIDTH_DIGIT.pattern, errors)), (TABLE_CELL, None)],
         counts=dict(colloquial=True), answerable=unans_only(UNANS_ONLY, "a sub-region"))
