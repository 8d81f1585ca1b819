"""Verify eval/datasets/unseen23/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen23/check_unseen23.py   (from the repo root)

Adapted from eval/datasets/unseen12/check_unseen12.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u23-<a|b|c>-qNNN / u23-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence, with its unit after it, or in the table the
  span is a row of (a: a " | " indicator table with a 单位 column; c: a Word table the loader writes as
  "cell | cell" lines with "(unit)" headers);
- the answer string states every value in ASCII digits; entity answers appear verbatim in their evidence;
- each question names its doc's region (either script), each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the Big5 report b contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters and loads with the expected encoding (a "gb18030",
  b "big5", c "docx"); a and b are not valid UTF-8 on disk; each keeps its shape (a: numbered sections and
  the indicator table; b: traditional script, 居全省第 ranks, 下半年 plans; c: the Word table header and
  合计 row, 2024 plans).
Then runs eval.gold.load_gold + validate_gold and check_gold.check_item (imported read-only). Expected
check_gold messages, not counted as errors: two id-format messages per item (this set uses u23-… ids),
and "not found as written" for table-row items whose unit is only in a header or unit column.
Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, FULLWIDTH_DIGIT, FULLWIDTH, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus,
    check_sizes, unexpected_encoding, require_strings, unans_only, written_as, full_run, not_utf8,
    check_traditional
)

HERE = REPO / "eval/datasets/unseen23"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億", "万亿项个点吨亩头户张台辆笔间条场亿")
A = "a_county_agri_2023_gb18030.txt"; B = "b_city_commerce_2024h1_big5.txt"; C = "c_city_hrss_2023.docx"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("汝城",)),
    B: ("b", ("鹰潭", "鷹潭", "贵溪", "貴溪", "余江", "餘江", "月湖")),
    C: ("c", ("都匀", "都勻")),
}
ENCODINGS = {A: "gb18030", B: "big5", C: "docx"}
UNANS_ONLY = ("月湖",)  # 月湖区 is in b, but only its 社零 is reported; named only in an unanswerable item
loaded = load_corpus(CORPUS, (".txt", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
for d in (A, B):
    if (CORPUS / d).exists():
        not_utf8(CORPUS / d, f"{d}: file decodes as UTF-8, expected {ENCODINGS[d]} bytes", errors)
RESIDUE = {
    A: ["汝城县农业农村局2023年工作总结", "一、主要工作成效", "（一）粮食生产再获丰收", "二、存在的问题", "三、2024年工作思路",
        "指标名称 | 单位 | 2023年 | 同比增长(%)", "居全市第", "力争"],
    B: ["鷹潭市商務局2024年上半年工作總結及下半年工作打算", "社會消費品零售總額", "限額以上", "進出口總額", "實際使用外資",
        "網絡零售額", "居全省第", "四、下半年工作打算"],
    C: ["都匀市人力资源和社会保障局2023年工作总结及2024年工作思路",
        "培训类别 | 培训人次(人次) | 其中脱贫劳动力(人次) | 补贴资金(万元)", "\n合计 | 21400 | 6380 | 1222.4",
        "城镇新增就业", "三、2024年工作思路"],
}
require_strings(texts, RESIDUE, errors)
check_traditional(texts, B, errors)
if B in texts and texts[B].count("居全省第") < 4:
    errors.append(f"{B}: expected at least 4 居全省第 ranks")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S), "u23",
         [(FULLWIDTH, written_as(FULLWIDTH_DIGIT.pattern, errors)), (TABLE_CELL, None)],
         counts=dict(colloquial=True), answerable=unans_only(UNANS_ONLY))
