"""Verify eval/datasets/unseen8/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen8/check_unseen8.py   (from the repo root; needs python-docx)

Adapted from eval/datasets/unseen5/check_unseen5.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u8-<a|b|c|d>-qNNN / u8-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier), or in a "(unit)" row header inside the span (the 2018 target table of a, one cell per
  line), or in the "(unit)" column header line of the Word table the span is a row of (c). The search
  runs on the NFKC form of the evidence (d writes full-width digits: ２４．７亿元, ６１．５％) with
  traditional unit characters folded. Chinese numerals 1..99 are accepted (ranks 第三/第一/第二/第六);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- each question names its doc's region, and each answerable question names a year; for b (five
  district speakers) the question must name the district whose speaker section holds the evidence,
  and no other;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 1500-5000 characters and keeps its shape's residue (a: the 目录 outline,
  "首页 >" and the one-cell-per-line target table; b: five "XX区科技局局长 name" lines; c: .docx with a
  "合计" table row; d: full-width digits, "上传人:" / "文档编号:" / "格式:DOC 页数:4", "第2页 / 共4页").
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u8-… ids); "not found as written" for items whose raw
evidence has full-width digits (check_gold does not NFKC-normalise) when this script's NFKC check found
the value; and "not found as written" for c table-row items whose unit is only in the table's header
line. Any other check_gold message counts as an error. Exits 1 on any error.
"""
import re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, FULLWIDTH_DIGIT, FULLWIDTH, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus,
    check_sizes, require_strings, section_named, written_as, full_run
)

HERE = REPO / "eval/datasets/unseen8"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億", "万亿项个点吨亩头户张台辆笔间条场亿")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_county_2017.txt": ("a", ("武陟",)),
    "b_city_districts_2019h1.txt": ("b", ("张店", "張店", "淄川", "博山", "临淄", "臨淄", "周村")),
    "c_city_2020.docx": ("c", ("黄冈", "黃岡")),
    "d_hitech_2022h1.txt": ("d", ("鞍山高新区", "鞍山高新區")),
}
# b: the five speakers; a question must name the district whose section holds its evidence
B_DISTRICTS = {"张店": ("张店", "張店"), "淄川": ("淄川",), "博山": ("博山",), "临淄": ("临淄", "臨淄"),
               "周村": ("周村",)}
loaded = load_corpus(CORPUS, (".txt", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 1500, 5000, errors, lambda d, rep: None if rep.encoding == ("docx" if d.endswith(".docx") else "utf-8")
            else f"{d}: unexpected encoding {rep.encoding}")
RESIDUE = {
    "a_county_2017.txt": ["首页 > ", "目  录", "【打印本页】", "指标名称\n2018年目标\n新增省级科技型中小企业(家)\n60"],
    "b_city_districts_2019h1.txt": ["上半年科技工作亮点", "【打印本页】"],
    "c_city_2020.docx": ["合计 | 431 | 126", "县（市、区） | "],
    "d_hitech_2022h1.txt": ["上传人:", "文档编号:", "格式:DOC 页数:4", "第2页 / 共4页", "％", "．"],
}
require_strings(texts, RESIDUE, errors)
# a: the outline at the top repeats the section headings of the body
if "a_county_2017.txt" in texts:
    at = texts["a_county_2017.txt"]
    for h in ("（一）创新主体培育", "（二）创新平台建设", "二、存在的问题", "三、2018年工作思路"):
        if at.count(h) != 2:
            errors.append(f"a_county_2017.txt: heading {h!r} occurs {at.count(h)}x, expected 2 (outline + body)")
speaker_pos = {}
if "b_city_districts_2019h1.txt" in texts:
    bt = texts["b_city_districts_2019h1.txt"]
    for dist in B_DISTRICTS:
        m = re.search(rf"^{dist}区科技局局长 \S+$", bt, re.M)
        if m: speaker_pos[dist] = m.start()
        else: errors.append(f"b_city_districts_2019h1.txt: no speaker line for {dist}")
        if not re.search(rf"^{dist} \S+$", bt, re.M):
            errors.append(f"b_city_districts_2019h1.txt: no bare title line for {dist}")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S), "u8",
         [(FULLWIDTH, written_as(FULLWIDTH_DIGIT.pattern, errors)), (TABLE_CELL, None)],
         counts=dict(colloquial=True), answerable=section_named("b_city_districts_2019h1.txt", texts.get("b_city_districts_2019h1.txt", ""),
                                     speaker_pos, B_DISTRICTS))
