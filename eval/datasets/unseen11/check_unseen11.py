"""Verify eval/datasets/unseen11/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen11/check_unseen11.py   (from the repo root)

Adapted from eval/datasets/unseen9/check_unseen9.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan; python-docx is read directly only to
check that d's county title lines carry no bold run). Checks:
- ids unique and shaped u11-<a|b|c|d>-qNNN / u11-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier). The search runs on the NFKC form of the evidence with traditional unit characters
  folded (c is in traditional script). Chinese numerals 1..99 are accepted (九十四家, 兩家, 第九位…);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers (before any "（…）" note) appear verbatim in their evidence;
- each question names its doc's region (番禺; 马鞍山/馬鞍山; 德清; 永丰/永豐/泰和/遂川/万安/萬安), and each
  answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); c's loaded text contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4000 characters with the expected encoding (a, b and c plain UTF-8,
  d a .docx), and each keeps its genre's structure (a: web residue, the title twice, the 2018 主要指标
  list; b: 截至6月底 stocks, 上半年 flows, 完成全年目标的, 1-5月 figures, 下半年工作打算; c: traditional script,
  一是/二是 with Chinese-numeral counts; d: four county title lines, each followed by a
  "XX县科技局局长 某某" speaker line, none bold).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors:
two id-format messages per item (this set uses u11-… ids). Any other check_gold message counts as an
error. Exits 1 on any error.
"""
import re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus, check_sizes, loaded_as,
    require_strings, check_traditional, full_run
)

HERE = REPO / "eval/datasets/unseen11"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億", "万亿项个点吨亩头户张台辆笔间条场亿")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_district_2017.txt": ("a", ("番禺",)),
    "b_city_2019h1.txt": ("b", ("马鞍山", "馬鞍山")),
    "c_county_2023.txt": ("c", ("德清",)),
    "d_counties_2022.docx": ("d", ("永丰", "永豐", "泰和", "遂川", "万安", "萬安")),
}
ENCODING = {"a_district_2017.txt": "utf-8", "b_city_2019h1.txt": "utf-8", "c_county_2023.txt": "utf-8",
            "d_counties_2022.docx": "docx"}
TRAD_DOC = "c_county_2023.txt"
loaded = load_corpus(CORPUS, (".txt", ".md", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4000, errors, loaded_as(ENCODING))
STRUCTURE = {
    "a_district_2017.txt": ["首页 > 信息公开 > ", "发布时间：2018-01-19", "【字体：大 中 小】", "一、2017年工作总结",
                            "三、2018年工作思路", "　　主要指标：\n　　1. 新认定高新技术企业420家以上", "【打印本页】", "上一篇：",
                            "粤ICP备"],
    "b_city_2019h1.txt": ["马鞍山市科技局2019年上半年工作总结", "截至6月底，我市有效高新技术企业达到573家",
                          "完成全年目标的59.2%", "1-5月，我市高新技术产业实现产值", "四、下半年工作打算"],
    "c_county_2023.txt": ["德清縣科技局2023年工作彙報", "一是創新主體持續壯大", "二是研發投入穩步提升",
                          "九十四家", "三、2024年工作思路"],
    "d_counties_2022.docx": ["2022年科技工作亮点", "\n永丰 科技特派员扎根产业一线\n永丰县科技局局长 欧阳启明\n",
                             "\n泰和 高企总数首次突破百家\n泰和县科技局局长 肖雅琴\n",
                             "\n遂川 “科技+金融”助力企业成长\n遂川县科技局局长 郭承远\n",
                             "\n万安 电子信息产业链上抓创新\n万安县科技局局长 尹德胜\n"],
}
TITLE_A = "番禺区科技局2017年工作总结及2018年工作思路"
if "a_district_2017.txt" in texts and texts["a_district_2017.txt"].count(TITLE_A) < 2:
    errors.append("a_district_2017.txt: the scraped page should repeat the title")
# d: four speaker lines, and no bold run anywhere (the county title lines are plain paragraphs)
if "d_counties_2022.docx" in texts:
    if len(re.findall(r"\n\S+县科技局局长 \S+\n", texts["d_counties_2022.docx"])) != 4:
        errors.append("d: expected four 'XX县科技局局长 某某' speaker lines")
    import docx
    if any(run.bold for p in docx.Document(str(CORPUS / "d_counties_2022.docx")).paragraphs for run in p.runs):
        errors.append("d: a paragraph has a bold run")
require_strings(texts, STRUCTURE, errors, "structure")
check_traditional(texts, TRAD_DOC, errors)

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, column=True), "u11",
         [(TABLE_CELL, None)])
