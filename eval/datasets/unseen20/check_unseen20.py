"""Verify eval/datasets/unseen20/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen20/check_unseen20.py   (from the repo root)

Adapted from eval/datasets/unseen16/check_unseen16.py (itself from unseen12). It uses only
index.loaders.load_report from the product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u20-<a|b|c|d>-qNNN / u20-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc (for the PDF this is
  the extracted text, line breaks included);
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier), or in the "(unit)" column header line of the table the span is a row of (c: a Word
  table the loader writes as "cell | cell" lines; d: a Markdown pipe table). Chinese numerals 1..99 are
  accepted. No value may be split by a line break of the PDF text;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- each question names its doc's region (either script) and no region of another doc; each answerable
  question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the Big5 report b contains no common simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("pdf" for a, "big5" for
  b, "docx" for c, "utf-8" for d) and keeps its shape (a: a real %PDF- file whose extracted text is
  wrapped into short lines, with the statistics-bureau sections and 1-9月 figures; b: Big5 bytes that are
  not valid UTF-8 and decode strictly to the loaded text, traditional script, 發佈時間 line, two 居全省第
  ranks; c: the Word table header and 合计 row, the 我局 speaker voice; d: Markdown title, "> 发布时间"
  line, "## " headings, bold run-in headings, the 产业链 pipe table with a |---| rule and a 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u20-… ids), and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, FULLWIDTH_DIGIT, TABLE_LINE, IN_SPAN, FULLWIDTH, load_corpus, load_rows, number_ok,
    split_by_line_break, check_corpus, check_sizes, unexpected_encoding, require_strings,
    names_one_report, written_as, full_run, legacy_bytes)

HERE = REPO / "eval/datasets/unseen20"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_city_2023q3_stats.pdf": ("a", ("安康", "汉滨", "漢濱", "旬阳", "旬陽", "平利", "石泉")),
    "b_city_2023_transport_big5.txt": ("b", ("南阳", "南陽", "淅川", "西峡", "西峽", "唐河", "邓州", "鄧州",
                                             "内乡", "內鄉", "宛城", "卧龙", "臥龍", "桐柏", "方城")),
    "c_city_2023_culture_tourism.docx": ("c", ("海宁", "海寧", "盐官", "鹽官", "长安镇", "長安鎮", "许村", "許村",
                                               "袁花", "斜桥", "斜橋", "周王庙", "周王廟")),
    "d_park_2024h1.md": ("d", ("许昌", "許昌")),
}
ENCODINGS = {"a_city_2023q3_stats.pdf": "pdf", "b_city_2023_transport_big5.txt": "big5",
             "c_city_2023_culture_tourism.docx": "docx", "d_park_2024h1.md": "utf-8"}
loaded = load_corpus(CORPUS, (".txt", ".md", ".docx", ".pdf")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    "a_city_2023q3_stats.pdf": ["安康市2023年前三季度经济运行情况", "安康市统计局", "一、地区生产总值", "三次产业结构为",
                                "三、工业生产", "四、固定资产投资", "五、消费市场", "九、居民收入、就业和价格", "1-9月",
                                "个百分点", "居全省第"],
    "b_city_2023_transport_big5.txt": ["南陽市交通運輸局2023年工作總結和2024年工作思路", "發佈時間：2024-01-19",
                                       "公路通車總里程", "萬人次", "萬噸", "交通固定資產投資", "農村公路",
                                       "三、2024年工作思路"],
    "c_city_2023_culture_tourism.docx": ["海宁市文化广电旅游体育局2023年工作汇报", "尊敬的各位领导：",
                                         "景区（点） | 等级 | 接待游客(万人次) | 同比增长(%) | 营业收入(万元)",
                                         "\n合计 | — | 1207.7 | 40.2 | 76528\n", "三、2024年工作打算", "我的汇报完毕"],
    "d_park_2024h1.md": ["# 许昌经济技术开发区管理委员会2024年上半年工作总结及下半年工作计划", "\n> 发布时间：2024-07-16",
                         "\n## 一、", "\n## 四、下半年工作计划", "**（一）", "|---|---|---|---|",
                         "| 产业链 | 签约项目(个) | 协议投资(亿元) | 其中亿元以上项目(个) |", "| 合计 | 38 | 246.8 | 22 |",
                         "营业收入", "高新技术企业", "协议投资"],
}
require_strings(texts, RESIDUE, errors)
A_DOC, B_DOC, C_DOC = "a_city_2023q3_stats.pdf", "b_city_2023_transport_big5.txt", "c_city_2023_culture_tourism.docx"
if A_DOC in texts:
    if (CORPUS / A_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{A_DOC}: not a PDF file")
    if texts[A_DOC].count("\n") < 40:
        errors.append(f"{A_DOC}: expected the PDF text to be wrapped into at least 40 lines")
if B_DOC in texts:
    legacy_bytes(CORPUS / B_DOC, "big5", errors, texts[B_DOC])
    bt = texts[B_DOC]
    if bt.count("居全省第") < 2:
        errors.append(f"{B_DOC}: expected at least 2 居全省第 ranks")
    sim = sorted(set(bt) & set("这个们时会为发经济业总额县区进实项资电网务长与产开运输铁车驾乡镇"))
    if sim:
        errors.append(f"{B_DOC}: simplified-only characters in the traditional report {sim}")
if C_DOC in texts and texts[C_DOC].count("我局") < 3:
    errors.append(f"{C_DOC}: expected the 我局 speaker voice (at least 3 occurrences)")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break), "u20",
         [(FULLWIDTH, written_as(FULLWIDTH_DIGIT.pattern, errors)),
         ("table-cell unit notes (expected: the unit is in the table's header line or row label)", None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
