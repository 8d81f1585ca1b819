"""Verify eval/datasets/unseen5/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen5/check_unseen5.py   (from the repo root)

Adapted from eval/datasets/unseen3/check_unseen3.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u5-<a|b|c|d>-qNNN / u5-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier) or in a "(unit)" row header inside the span (the 2020 target table of a, where the
  number stands on its own line under the row header). The search runs on the NFKC form of the
  evidence with traditional unit characters folded. Chinese numerals 1..99 (and 两/兩 for 2) are
  accepted: d has 九家, 三家, 四名 and the ranks 第二 / 第一;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers (before any "（…）" note) appear verbatim in their evidence;
- each question names its doc's region, and each answerable question names a year; for c (six
  speakers) the question must name the city whose speaker section holds the evidence, and no other;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 3000-5000 characters, is UTF-8, and keeps its genre's residue
  (a: "首页 >" and the target table; b: 索引号/发布机构/成文日期; c: six "XX市科技局…局长 name" lines;
  d: "上传人:" / "文档编号:" / "页数:5").
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors:
two id-format messages per item (this set uses u5-… ids). Any other check_gold message counts as an
error. Exits 1 on any error.
"""
import re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus, check_sizes, require_strings,
    section_named, full_run
)

HERE = REPO / "eval/datasets/unseen5"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億", "万亿项个点吨亩头户张台辆笔间条场亿")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_district_2019.txt": ("a", ("郫都",)),
    "b_city_2021.txt": ("b", ("潍坊", "濰坊")),
    "c_cities_2020h1.txt": ("c", ("福州", "莆田", "三明", "南平", "龙岩", "龍巖", "宁德", "寧德")),
    "d_county_2022h1.txt": ("d", ("沭阳", "沭陽")),
}
# c: the six speakers; a question must name the city whose section holds its evidence
C_CITIES = {"福州": ("福州",), "莆田": ("莆田",), "三明": ("三明",), "南平": ("南平",),
            "龙岩": ("龙岩", "龍巖"), "宁德": ("宁德", "寧德")}
loaded = load_corpus(CORPUS, (".txt",)); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 3000, 5000, errors, lambda d, rep: None if rep.encoding == "utf-8" else f"{d}: not plain UTF-8")
RESIDUE = {
    "a_district_2019.txt": ["首页 > ", "【打印本页】", "新增国家重点扶持高新技术企业(家)\n\n80"],
    "b_city_2021.txt": ["索引号: | ", "发布机构: | ", "成文日期: | ", "2022年工作思路"],
    "c_cities_2020h1.txt": ["发言摘登"],
    "d_county_2022h1.txt": ["上传人:", "文档编号:", "上传时间:", "格式:DOCX 页数:5"],
}
require_strings(texts, RESIDUE, errors)
speaker_pos = {}
if "c_cities_2020h1.txt" in texts:
    ct = texts["c_cities_2020h1.txt"]
    for city in C_CITIES:
        m = re.search(rf"^{city}市科技局(副)?局长 \S+$", ct, re.M)
        if m: speaker_pos[city] = m.start()
        else: errors.append(f"c_cities_2020h1.txt: no speaker line for {city}")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S), "u5",
         [(TABLE_CELL, None)],
         answerable=section_named("c_cities_2020h1.txt", texts.get("c_cities_2020h1.txt", ""), speaker_pos, C_CITIES))
