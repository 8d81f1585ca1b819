"""Verify eval/datasets/unseen16/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen16/check_unseen16.py   (from the repo root)

Adapted from eval/datasets/unseen12/check_unseen12.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u16-<a|b|c|d>-qNNN / u16-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc (for the PDF this is
  the extracted text, line breaks included);
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier), or as "(unit)" inside the span (c: the plain-text table row starts with its
  "指标（单位）" label), or in the "(unit)" column header line of the table the span is a row of
  (b: a Word table the loader writes as "cell | cell" lines; d: a Markdown pipe table). Chinese numerals
  1..99 are accepted. No value may be split by a line break of the PDF text;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- each question names its doc's region (either script) and no region of another doc; each answerable
  question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("pdf" for a, "docx" for
  b, "gb18030" for the GBK file c, "utf-8" for d) and keeps its shape (a: a PDF whose extracted text is
  wrapped into short lines; b: the Word table header and 全市 row; c: GBK bytes that are not UTF-8, CRLF
  line endings and the plain-text indicator table; d: Markdown title, "## " headings, bold run-in
  headings, the quarterly pipe table with a |---| rule and a 全年 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u16-… ids), and "not found as written" for table-row items
whose unit is only in the table's header line or in a full-width "（unit）" row label. Any other
check_gold message counts as an error. Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, FULLWIDTH_DIGIT, TABLE_LINE, IN_SPAN, FULLWIDTH, load_corpus, load_rows, number_ok,
    split_by_line_break, check_corpus, check_sizes, unexpected_encoding, require_strings,
    names_one_report, written_as, full_run, legacy_bytes)

HERE = REPO / "eval/datasets/unseen16"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億", "万亿项个点吨亩头户张台辆笔间条场亿")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_city_2023_medical_insurance.pdf": ("a", ("牡丹江", "绥芬河", "綏芬河", "宁安", "寧安")),
    "b_city_2022_forestry.docx": ("b", ("白山", "抚松", "撫松", "临江", "臨江", "长白", "長白", "靖宇", "浑江", "渾江")),
    "c_county_2023_hospital_gbk.txt": ("c", ("彭阳", "彭陽")),
    "d_county_2024_power.md": ("d", ("盐池", "鹽池")),
}
ENCODINGS = {"a_city_2023_medical_insurance.pdf": "pdf", "b_city_2022_forestry.docx": "docx",
             "c_county_2023_hospital_gbk.txt": "gb18030", "d_county_2024_power.md": "utf-8"}
loaded = load_corpus(CORPUS, (".txt", ".md", ".docx", ".pdf")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    "a_city_2023_medical_insurance.pdf": ["牡丹江市医疗保障局2023年工作总结", "一、主要指标完成情况", "二、重点改革任务推进情况",
                                          "五、2024年工作打算", "参保人数", "累计结存", "集采", "追回医保基金", "前三季度"],
    "b_city_2022_forestry.docx": ["白山市林业和草原局2022年工作总结及2023年工作打算",
                                  "县（市、区） | 营造林面积（万亩） | 其中人工造林（万亩） | 森林覆盖率（%） | 林下经济产值（亿元）",
                                  "\n全市 | ", "三、2023年工作打算", "森林蓄积量", "森林火灾受害率"],
    "c_county_2023_hospital_gbk.txt": ["彭阳县人民医院2023年工作总结", "表1", "出院人次（万人次）", "床位使用率",
                                       "平均住院日", "药占比", "四级手术", "九、2024年工作计划"],
    "d_county_2024_power.md": ["# 国网盐池县供电公司2024年工作总结", "\n## 一、", "\n## 八、", "**（一）", "|---|---|",
                               "| 季度 | 售电量（亿千瓦时） |", "| 全年 | ", "前三季度", "线损率", "供电可靠率", "业扩报装"],
}
require_strings(texts, RESIDUE, errors)
a_doc = "a_city_2023_medical_insurance.pdf"
if a_doc in texts and texts[a_doc].count("\n") < 40:
    errors.append(f"{a_doc}: expected the PDF text to be wrapped into at least 40 lines")
c_doc = "c_county_2023_hospital_gbk.txt"
if c_doc in texts:
    raw = legacy_bytes(CORPUS / c_doc, "gbk", errors, texts[c_doc])
    if raw.count(b"\r\n") < 40 or raw.count(b"\n") != raw.count(b"\r\n"):
        errors.append(f"{c_doc}: expected CRLF line endings throughout")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break), "u16",
         [(FULLWIDTH, written_as(FULLWIDTH_DIGIT.pattern, errors)),
         ("table-cell unit notes (expected: the unit is in the table's header line or row label)", None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
