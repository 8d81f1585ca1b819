"""Verify eval/datasets/unseen6/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen6/check_unseen6.py   (from the repo root)

Adapted from eval/datasets/unseen5/check_unseen5.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u6-<a|b|c|d>-qNNN / u6-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier), or in a "(unit)" header inside the span (a's 2017/2018 table rows, d's Markdown
  table rows), or in the header line of the pipe table the span is a row of (b's Word table by
  镇（街道）, d's "同比增长(%)" column). The search runs on the NFKC form of the evidence with traditional
  unit characters folded (c is in traditional script). Chinese numerals 1..99 are accepted (ranks 第二…);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers (before any "（…）" note) appear verbatim in their evidence;
- each question names its doc's region, and each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); c's loaded text contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2800-4500 characters, the .txt/.md files are plain UTF-8, b is a .docx,
  and each keeps its genre's structure (a: 一、/（一）/1./(1) headings and the "指标 | 2017年 | 2018年 |
  增长(%)" table; b: the Word table by 镇（街道） with units in the headers; c: 分別為 list and 2022年 targets;
  d: "## " headings and a Markdown pipe table).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors:
two id-format messages per item (this set uses u6-… ids) and a "not found as written" note for items
whose unit stands only in their table's header line. Any other check_gold message counts as an
error. Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus, check_sizes, loaded_as,
    require_strings, check_traditional, full_run
)

HERE = REPO / "eval/datasets/unseen6"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億", "万亿项个点吨亩头户张台辆笔间条场亿")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_city_2018.txt": ("a", ("株洲",)),
    "b_district_2020h1.docx": ("b", ("南海",)),
    "c_county_2021.txt": ("c", ("婺源",)),
    "d_hitech_2023.md": ("d", ("蚌埠",)),
}
ENCODING = {"a_city_2018.txt": "utf-8", "b_district_2020h1.docx": "docx", "c_county_2021.txt": "utf-8",
            "d_hitech_2023.md": "utf-8"}
loaded = load_corpus(CORPUS, (".txt", ".md", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2800, 4500, errors, loaded_as(ENCODING))
STRUCTURE = {
    "a_city_2018.txt": ["首页 > ", "一、2018年工作完成情况", "（一）主要科技指标", "\n　　1.高新技术企业", "\n　　(1)新引进",
                        "\n指标 | 2017年 | 2018年 | 增长(%)\n", "三、2019年工作要点", "【打印本页】"],
    "b_district_2020h1.docx": ["\n镇（街道） | 规上工业总产值(亿元) | 同比增长(%) | 规上企业数(家) | 工业投资(亿元)\n",
                               "\n桂城街道 | ", "其中高技术制造业", "三、下半年工作打算"],
    "c_county_2021.txt": ["婺源縣發展和改革局2021年工作總結", "分別為", "五、2022年主要目標和工作思路"],
    "d_hitech_2023.md": ["\n## 一、", "\n| 指标 | 2023年完成 | 同比增长(%) | 2024年目标 |\n|---|", "国家高新区综合评价",
                         "## 九、2024年工作目标"],
}
require_strings(texts, STRUCTURE, errors, "structure")
check_traditional(texts, "c_county_2021.txt", errors)

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, column=True), "u6",
         [(TABLE_CELL, None)])
