"""Verify eval/datasets/unseen27/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen27/check_unseen27.py   (from the repo root)

Adapted from eval/datasets/unseen24/check_unseen24.py. It uses only index.loaders.load_report from the product
(the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u27-<a|b|c>-qNNN / u27-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence with its unit after it (after an optional 余/多
  qualifier), or in the "(unit)" header line of the table the span is a row of (a: the Word table, loaded as
  "cell | cell" lines); a number the PDF text of c splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and each
  answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding and keeps its shape (a: a real
  .docx with one table of 重点楼宇 and a 合计 row; b: GB18030 bytes, not valid UTF-8, strict decoding equal to
  the loaded text; c: a real PDF whose text is wrapped into at least 40 lines, numbered sections).
Then runs eval.gold.load_gold + validate_gold and check_gold.check_item (imported read-only). Expected
check_gold messages, not counted as errors: two id-format messages per item (this set uses u27-… ids) and
"not found as written" for table-row items whose unit is only in the table's header line. Any other
check_gold message counts as an error. Exits 1 on any error.
"""
import sys, zipfile
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, load_corpus, load_rows, number_ok, split_by_line_break, check_corpus,
    check_sizes, unexpected_encoding, require_strings, names_one_report, legacy_bytes, full_run
)

HERE = REPO / "eval/datasets/unseen27"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊棟發", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队栋发")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_street_2023.docx": ("a", ("莲花池", "蓮花池", "离石", "離石")),
    "b_college_2022_gb18030.txt": ("b", ("池州", "秋浦")),
    "c_city_2024_weather.pdf": ("c", ("宜春", "铜鼓", "銅鼓", "樟树", "樟樹", "靖安", "万载", "萬載",
                                      "宜丰", "宜豐", "奉新", "袁州")),
}
ENCODINGS = {"a_street_2023.docx": "docx", "b_college_2022_gb18030.txt": "gb18030",
             "c_city_2024_weather.pdf": "pdf"}
loaded = load_corpus(CORPUS, (".txt", ".docx", ".pdf")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    "a_street_2023.docx": ["离石区莲花池街道办事处2023年工作总结及2024年工作思路", "一、2023年主要工作成效",
                           "（一）楼宇经济提质增效。", "三、2024年工作思路",
                           "楼宇名称 | 入驻企业(家) | 税收(万元) | 税收同比增长(%)", "\n合计 | 440 | 18350 | 13.6\n",
                           "比上年提高", "居全区各街镇第"],
    "b_college_2022_gb18030.txt": ["池州秋浦学院2022年工作总结", "一、办学规模稳步扩大", "（三）毕业生就业。",
                                   "八、2023年工作计划", "个百分点", "位列第"],
    "c_city_2024_weather.pdf": ["宜春市气象局2024年工作总结", "一、全年气候概况", "二、主要工作成效",
                                "四、2025年工作打算", "（三）人工影响天气作业成效显著。", "居全省第"],
}
require_strings(texts, RESIDUE, errors)
A_DOC, B_DOC, C_DOC = "a_street_2023.docx", "b_college_2022_gb18030.txt", "c_city_2024_weather.pdf"
if A_DOC in texts:
    try:
        with zipfile.ZipFile(CORPUS / A_DOC) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        if xml.count("<w:tbl>") != 1:
            errors.append(f"{A_DOC}: expected exactly one Word table")
    except (zipfile.BadZipFile, KeyError) as e:
        errors.append(f"{A_DOC}: not a .docx ({e})")
    if sum(1 for l in texts[A_DOC].split("\n") if " | " in l) != 7:
        errors.append(f"{A_DOC}: expected a 7-line table (header, five 楼宇, 合计)")
if B_DOC in texts:
    legacy_bytes(CORPUS / B_DOC, "gb18030", errors, texts[B_DOC])
if C_DOC in texts:
    if (CORPUS / C_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{C_DOC}: not a PDF file")
    if texts[C_DOC].count("\n") < 40:
        errors.append(f"{C_DOC}: expected the PDF text to be wrapped into at least 40 lines")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break), "u27",
         [("table-cell unit notes (expected: the unit is in the table's header line)", None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
