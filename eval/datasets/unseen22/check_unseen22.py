"""Verify eval/datasets/unseen22/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen22/check_unseen22.py   (from the repo root)

Adapted from eval/datasets/unseen12/check_unseen12.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u22-<a|b|c>-qNNN / u22-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence, with its unit after it, or in the "(unit)"
  column header line of the table the span is a row of (b: a Word table the loader writes as
  "cell | cell" lines; c: a Markdown pipe table);
- entity answers appear verbatim in their evidence; unanswerable items are all-null;
- each question names its doc's region (either script), each answerable question names a year, and no
  answerable question names 朔州 (used only in an unanswerable near-miss);
- zh-Hant questions/answers contain no simplified-only character and the reverse;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("docx" for b) and keeps
  its shape (a: numbered sections and 2024 targets; b: bulletin sections and the Word table header;
  c: Markdown title, "## " headings, bold run-in headings, a pipe table with a |---| rule and a 合计 row).
Then runs eval.gold.load_gold + validate_gold and check_gold.check_item (imported read-only). Expected
check_gold messages: two id-format messages per item (u22-… ids) and table-cell unit notes. Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, FULLWIDTH_DIGIT, FULLWIDTH, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus,
    check_sizes, unexpected_encoding, require_strings, unans_only, written_as, full_run
)

HERE = REPO / "eval/datasets/unseen22"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億", "万亿项个点吨亩头户张台辆笔间条场亿")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_district_2023_keji.txt": ("a", ("朔城",)),
    "b_city_2022_gongbao.docx": ("b", ("佳木斯",)),
    "c_devzone_2024h1.md": ("c", ("巴彦淖尔", "巴彥淖爾")),
}
ENCODINGS = {"a_district_2023_keji.txt": "utf-8", "b_city_2022_gongbao.docx": "docx",
             "c_devzone_2024h1.md": "utf-8"}
UNANS_ONLY = ("朔州",)
loaded = load_corpus(CORPUS, (".txt", ".md", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    "a_district_2023_keji.txt": ["朔城区科学技术局2023年工作总结及2024年工作思路", "一、2023年工作完成情况", "（一）",
                                 "三、2024年工作思路", "力争", "居全市第", "比上年提高"],
    "b_city_2022_gongbao.docx": ["佳木斯市2022年国民经济和社会发展统计公报", "一、综合", "三次产业结构",
                                 "产品名称 | 产量(万吨) | 比上年增长(%)", "规模以上工业增加值", "固定资产投资",
                                 "社会消费品零售总额", "进出口总额", "人均可支配收入", "年末"],
    "c_devzone_2024h1.md": ["# 巴彦淖尔经济技术开发区2024年上半年工作汇报", "\n## 一、", "\n## 六、", "**工业经济",
                            "|---|---|", "| 合计 | ", "| 园区 |", "下半年"],
}
require_strings(texts, RESIDUE, errors)

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S), "u22",
         [(FULLWIDTH, written_as(FULLWIDTH_DIGIT.pattern, errors)), (TABLE_CELL, None)],
         counts=dict(colloquial=True), answerable=unans_only(UNANS_ONLY))
