"""Verify eval/datasets/unseen10/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen10/check_unseen10.py   (from the repo root)

Adapted from eval/datasets/unseen8/check_unseen8.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u10-<a|b|c|d>-qNNN / u10-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier), or in the "(unit)" column header line of the Markdown pipe table the span is a row
  of (b). Chinese numerals 1..99 are accepted;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- each question names its doc's region, and each answerable question names a year; for c (a city
  speech with one paragraph per district) a question whose evidence lies in a district paragraph must
  name exactly that district, and a question naming a district must have that district's paragraph or
  the district's name inside its evidence;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2500-4500 characters, has the expected encoding and keeps its shape
  (a: web residue, 全年力争 and 下半年 targets; b: Markdown title, "## 一、" headings, bold run-in
  headings, a pipe table with a |---| rule and a 合计 row, a "> 发布日期" line; c: speech opening,
  分别为 lists, 居全省第 ranks and the three district paragraphs; d: GB18030 bytes that are not UTF-8).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u10-… ids), and "not found as written" for b table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, FULLWIDTH_DIGIT, FULLWIDTH, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus,
    check_sizes, unexpected_encoding, require_strings, not_utf8, written_as, full_run
)

HERE = REPO / "eval/datasets/unseen10"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億", "万亿项个点吨亩头户张台辆笔间条场亿")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_city_2018h1.txt": ("a", ("常德",)),
    "b_county_2020.md": ("b", ("睢宁", "睢寧")),
    "c_city_2021_meeting.txt": ("c", ("漯河", "源汇", "源匯", "郾城", "召陵")),
    "d_etdz_2016_gb18030.txt": ("d", ("聊城经济技术开发区", "聊城经开区", "聊城經濟技術開發區", "聊城經開區")),
}
ENCODINGS = {"a_city_2018h1.txt": "utf-8", "b_county_2020.md": "utf-8",
             "c_city_2021_meeting.txt": "utf-8", "d_etdz_2016_gb18030.txt": "gb18030"}
# c: the three district paragraphs (each starts with the district's name)
C_DISTRICTS = {"源汇区": ("源汇", "源匯"), "郾城区": ("郾城",), "召陵区": ("召陵",)}
loaded = load_corpus(CORPUS, (".txt", ".md", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2500, 4500, errors, unexpected_encoding(ENCODINGS))
if "d_etdz_2016_gb18030.txt" in texts:
    not_utf8(CORPUS / "d_etdz_2016_gb18030.txt", "d_etdz_2016_gb18030.txt: file is valid UTF-8, expected GB18030 bytes", errors)
RESIDUE = {
    "a_city_2018h1.txt": ["首页 > ", "【打印本页】", "上一篇：", "全年力争", "下半年新增入库", "其中下半年完成"],
    "b_county_2020.md": ["# 睢宁县科技局2020年工作总结\n", "\n## 一、", "\n## 四、", "**（一）", "。** ",
                         "|---|---|", "| 合计 | ", "\n> 发布日期"],
    "c_city_2021_meeting.txt": ["同志们：", "局长　", "分别为", "居全省第", "2020年", "2021年"],
    "d_etdz_2016_gb18030.txt": ["规模以上工业", "固定资产投资", "签约", "总投资", "当年完成投资", "2017年工作目标"],
}
require_strings(texts, RESIDUE, errors)
if "c_city_2021_meeting.txt" in texts and texts["c_city_2021_meeting.txt"].count("居全省第") < 4:
    errors.append("c_city_2021_meeting.txt: expected at least 4 居全省第 ranks")
# c: where each district paragraph starts and ends
district_span = {}
if "c_city_2021_meeting.txt" in texts:
    ct = texts["c_city_2021_meeting.txt"]
    for dist in C_DISTRICTS:
        m = re.search(rf"^{dist}\S+", ct, re.M)
        if m:
            end = ct.find("\n", m.start()); district_span[dist] = (m.start(), end if end != -1 else len(ct))
        else:
            errors.append(f"c_city_2021_meeting.txt: no paragraph starting with {dist}")


def district_named(r, doc, ev, errors):
    """c: a question whose evidence is in a district paragraph names exactly that district; one naming a
    district has that district's paragraph or name in its evidence."""
    if doc == "c_city_2021_meeting.txt" and len(district_span) == len(C_DISTRICTS):
        pos = texts[doc].index(ev)
        owner = next((c for c, (s, e) in district_span.items() if s <= pos < e), None)
        named = [c for c, names in C_DISTRICTS.items() if any(n in r["question"] for n in names)]
        if owner is not None and named != [owner] and not (r["type"] == "entity" and owner in r["answer"]):
            errors.append(f"{r['id']}: question names {named}, evidence is in the {owner} paragraph")
        if owner is None and any(not any(n in ev for n in C_DISTRICTS[c]) for c in named):
            errors.append(f"{r['id']}: question names {named}, evidence is outside the district paragraphs and does not name it")


full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S), "u10",
         [(FULLWIDTH, written_as(FULLWIDTH_DIGIT.pattern, errors)), (TABLE_CELL, None)],
         counts=dict(colloquial=True), answerable=district_named)
