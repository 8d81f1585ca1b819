"""Verify eval/datasets/unseen12/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen12/check_unseen12.py   (from the repo root)

Adapted from eval/datasets/unseen10/check_unseen10.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u12-<a|b|c|d>-qNNN / u12-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier), or in the "(unit)" column header line of the table the span is a row of (b: a Word
  table the loader writes as "cell | cell" lines; d: a Markdown pipe table). Chinese numerals 1..99 are
  accepted;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- each question names its doc's region (either script), each answerable question names a year, and no
  answerable question names 红塔 (used only in an unanswerable near-miss);
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no common simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4000 characters, has the expected encoding ("docx" for b) and keeps
  its shape (a: statistics-bureau sections; b: the Word table header and 合计 row; c: traditional script
  and at least four 居全市第 ranks; d: Markdown title, "## " headings, bold run-in headings, a pipe
  table by 县（市、区） with a |---| rule and a 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u12-… ids), and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, FULLWIDTH_DIGIT, FULLWIDTH, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus,
    check_sizes, unexpected_encoding, require_strings, unans_only, written_as, full_run
)

HERE = REPO / "eval/datasets/unseen12"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億", "万亿项个点吨亩头户张台辆笔间条场亿")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_city_2020_stats.txt": ("a", ("玉溪",)),
    "b_district_2022.docx": ("b", ("岳麓", "嶽麓")),
    "c_county_2021_hant.txt": ("c", ("溆浦", "漵浦")),
    "d_city_2024h1.md": ("d", ("六盘水", "六盤水", "钟山", "鍾山", "六枝", "水城", "盘州", "盤州")),
}
ENCODINGS = {"a_city_2020_stats.txt": "utf-8", "b_district_2022.docx": "docx",
             "c_county_2021_hant.txt": "utf-8", "d_city_2024h1.md": "utf-8"}
# regions named only in unanswerable questions (must not be the region of any doc)
UNANS_ONLY = ("红塔", "紅塔")
loaded = load_corpus(CORPUS, (".txt", ".md", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4000, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    "a_city_2020_stats.txt": ["玉溪市2020年国民经济运行情况", "地区生产总值", "三次产业结构", "规模以上工业增加值",
                              "固定资产投资同比增长", "社会消费品零售总额", "进出口总额", "人均可支配收入", "比上年提高"],
    "b_district_2022.docx": ["岳麓区发展和改革局2022年工作总结和2023年工作计划",
                             "类别 | 项目数(个) | 总投资(亿元) | 年度完成投资(亿元)", "\n合计 | ", "三、2023年工作计划"],
    "c_county_2021_hant.txt": ["漵浦縣商務局2021年工作總結", "社會消費品零售總額", "限額以上", "進出口總額", "招商引資",
                               "網絡零售額", "居全市第", "2022年工作思路"],
    "d_city_2024h1.md": ["# 六盘水市科学技术局2024年上半年工作总结", "\n## 一、", "\n## 四、", "**（一）", "|---|---|",
                         "| 合计 | ", "| 县（市、区） |", "截至6月底", "下半年"],
}
require_strings(texts, RESIDUE, errors)
if "c_county_2021_hant.txt" in texts:
    ct = texts["c_county_2021_hant.txt"]
    if ct.count("居全市第") < 4:
        errors.append("c_county_2021_hant.txt: expected at least 4 居全市第 ranks")
    sim = sorted(set(ct) & set("这个们时会为发经济业总额县区进实项资电网务长与产开"))
    if sim:
        errors.append(f"c_county_2021_hant.txt: simplified-only characters in the traditional report {sim}")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S), "u12",
         [(FULLWIDTH, written_as(FULLWIDTH_DIGIT.pattern, errors)), (TABLE_CELL, None)],
         counts=dict(colloquial=True), answerable=unans_only(UNANS_ONLY))
