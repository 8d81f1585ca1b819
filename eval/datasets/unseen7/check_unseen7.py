"""Verify eval/datasets/unseen7/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen7/check_unseen7.py   (from the repo root)

Adapted from eval/datasets/unseen6/check_unseen6.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u7-<a|b|c|d>-qNNN / u7-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier), or in a "(unit)" header inside the span, or in the header line of the pipe table the
  span is a row of (b's Word table by 县（市、区）, whose units stand only in the column headers). The
  search runs on the NFKC form of the evidence with traditional unit characters folded (c is in
  traditional script). Chinese numerals 1..99 are accepted (ranks 第二…, c's 示範區三個);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers (before any "（…）" note) appear verbatim in their evidence;
- each question names its doc's region (温江/溫江, 曲靖, 潢川, 廊坊), and each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); c's loaded text contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2800-4500 characters with the expected encoding (a and c plain UTF-8,
  b a .docx, d GB18030 whose bytes are not valid UTF-8), and each keeps its genre's structure (a: web
  residue, 发布时间/来源 line, the title twice and the "——新增国家高新技术企业…；" target lines; b: the Word
  table by 县（市、区） with units in the headers and a 全市合计 row; c: 分別為 list, 其中 breakdowns,
  示範區三個 and the 2024 plan; d: 国家级经开区 ranking and the 2021 targets).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors:
two id-format messages per item (this set uses u7-… ids) and a "not found as written" note for items
whose unit stands only in their table's header line. Any other check_gold message counts as an
error. Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus, check_sizes, loaded_as,
    require_strings, not_utf8, check_traditional, full_run
)

HERE = REPO / "eval/datasets/unseen7"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億", "万亿项个点吨亩头户张台辆笔间条场亿")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_district_2022.txt": ("a", ("温江", "溫江")),
    "b_city_2021h1.docx": ("b", ("曲靖",)),
    "c_county_2023.txt": ("c", ("潢川",)),
    "d_etdz_2020.txt": ("d", ("廊坊",)),
}
ENCODING = {"a_district_2022.txt": "utf-8", "b_city_2021h1.docx": "docx", "c_county_2023.txt": "utf-8",
            "d_etdz_2020.txt": "gb18030"}
loaded = load_corpus(CORPUS, (".txt", ".md", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2800, 4500, errors, loaded_as(ENCODING))
STRUCTURE = {
    "a_district_2022.txt": ["当前位置：首页 > ", "\n发布时间：2023-01-18", "来源：温江区科学技术局", "【字号：大 中 小】",
                            "\n　　——新增国家高新技术企业110家以上；\n", "\n　　——国家高新技术企业总数突破500家；\n",
                            "【打印】", "上一条："],
    "b_city_2021h1.docx": ["\n县（市、区） | 社会消费品零售总额(亿元) | 同比增长(%) | 实际使用外资(万美元) | 进出口总额(亿元)\n",
                           "\n麒麟区 | ", "\n全市合计 | 612.4 | 23.6 | 3862 | 18.63", "完成全年目标任务的", "其中，出口",
                           "四、下半年工作打算"],
    "c_county_2023.txt": ["潢川縣農業農村局2023年工作總結和2024年工作打算", "分別為", "其中，夏糧", "新建高標準農田示範區三個",
                          "三、2024年工作打算"],
    "d_etdz_2020.txt": ["国家级经济技术开发区综合发展水平考核评价", "规模以上工业总产值", "固定资产投资", "实际利用外资",
                        "五、2021年工作目标"],
}
TITLE_A = "温江区科学技术局2022年工作总结及2023年工作计划"
if "a_district_2022.txt" in texts and texts["a_district_2022.txt"].count(TITLE_A) < 2:
    errors.append("a_district_2022.txt: the scraped page should repeat the title")
# d must be GB18030 bytes that are not valid UTF-8
not_utf8(CORPUS / "d_etdz_2020.txt", "d_etdz_2020.txt: bytes are valid UTF-8, expected GB18030 only", errors)
require_strings(texts, STRUCTURE, errors, "structure")
check_traditional(texts, "c_county_2023.txt", errors)

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, column=True), "u7",
         [(TABLE_CELL, None)])
