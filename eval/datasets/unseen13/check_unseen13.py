"""Verify eval/datasets/unseen13/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen13/check_unseen13.py   (from the repo root)

Adapted from eval/datasets/unseen12/check_unseen12.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u13-<a|b|c|d>-qNNN / u13-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc (a is a PDF: spans keep
  the line breaks pypdf puts inside them);
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier; traditional unit characters of c are folded), or in the "(unit)" column header line of
  the table the span is a row of (d: a Word table the loader writes as "cell | cell" lines). No number
  or number+unit pair may be split by a line break inside an evidence span. Chinese numerals 1..99 are
  accepted;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- each question names its doc's region or one of the sub-regions it covers (either script), and each
  answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no common simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("pdf" for a, "gb18030"
  for the GBK file b, "utf-8" for c, "docx" for d) and keeps its shape (a: a real PDF whose text reads
  back with the 卫健委 sections and per-10万/‰ rates; b: raw bytes are GBK, not UTF-8, every line ends in
  CRLF; c: traditional script, 上半年 and 下半年 sections, ranks 居全區…第; d: a .docx with the Word table
  header and 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u13-… ids); "not found as written" for table-row items whose
unit is only in the table's header line; and "not found as written" where the unit in the evidence is
written with a traditional character that check_gold does not fold (頭 in 萬頭, c). Any other check_gold
message counts as an error. Exits 1 on any error.
"""
import re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus, check_sizes,
    unexpected_encoding, require_strings, written_as, full_run, legacy_bytes)

HERE = REPO / "eval/datasets/unseen13"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億隻歲", "万亿项个点吨亩头户张台辆笔间条场亿只岁")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_city_health_2023.pdf": ("a", ("天水", "甘谷", "武山", "秦安", "张家川", "張家川", "秦州", "麦积", "麥積")),
    "b_city_hrss_2022_gbk.txt": ("b", ("乐山", "樂山", "峨眉山", "犍为", "犍為", "夹江", "夾江", "五通桥", "五通橋", "沐川")),
    "c_city_agri_2024h1_hant.txt": ("c", ("赤峰", "敖汉", "敖漢", "翁牛特", "宁城", "寧城", "巴林左旗", "松山")),
    "d_group_2023.docx": ("d", ("鄂尔多斯", "鄂爾多斯", "康巴什", "东胜", "東勝")),
}
ENCODINGS = {"a_city_health_2023.pdf": "pdf", "b_city_hrss_2022_gbk.txt": "gb18030",
             "c_city_agri_2024h1_hant.txt": "utf-8", "d_group_2023.docx": "docx"}
# check_gold.py folds these traditional unit characters itself; others (頭, 隻, 歲) it does not
CG_FOLDED = set("萬億項個點屆場條門處間張臺級筆輛噸畝歲戶員幣倉層國區業")
UNFOLDED = "[" + "".join(sorted(set("萬億項個點噸畝頭戶張臺輛筆間條場億隻歲") - CG_FOLDED)) + "]"
# a number or its unit split by a line break
SPLIT_NUMBER = re.compile(r"\d\n[\d.%‰/]|\.\n\d|\d\n[万亿萬億个個张張人岁歲元]")
loaded = load_corpus(CORPUS, (".txt", ".pdf", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    "a_city_health_2023.pdf": ["天水市卫生健康委员会2023年工作总结", "一、主要指标完成情况", "二、重点工作推进情况",
                               "四、2024年工作计划", "/10万", "‰", "个百分点", "居全省第6位"],
    "b_city_hrss_2022_gbk.txt": ["乐山市人力资源和社会保障局2022年工作总结及2023年工作计划", "\r\n", "城镇新增就业",
                                 "城镇登记失业率", "参保人数", "三项社会保险基金", "职业技能培训", "三、2023年工作计划"],
    "c_city_agri_2024h1_hant.txt": ["赤峰市農業農村局2024年上半年工作總結", "糧食播種面積", "高標準農田", "生豬出欄",
                                    "存欄", "人均可支配收入", "居全區12個盟市第", "三、下半年工作打算"],
    "d_group_2023.docx": ["鄂尔多斯市鸿源城市发展投资集团有限公司2023年工作总结",
                          "业务板块 | 项目个数(个) | 总投资(亿元) | 年度完成投资(亿元)", "\n合计 | ", "资产负债率",
                          "利润总额", "四、2024年工作计划"],
}
require_strings(texts, RESIDUE, errors)
# raw-file shape: what each format is supposed to exercise
raw = {d: (CORPUS / d).read_bytes() for d in loaded}
if raw.get("a_city_health_2023.pdf", b"%PDF")[:5] != b"%PDF-":
    errors.append("a_city_health_2023.pdf: not a PDF file")
if "b_city_hrss_2022_gbk.txt" in raw:
    bb = legacy_bytes(CORPUS / "b_city_hrss_2022_gbk.txt", "gbk", errors)
    if bb.count(b"\n") != bb.count(b"\r\n") or bb.count(b"\r\n") < 20:
        errors.append("b_city_hrss_2022_gbk.txt: every line must end in CRLF")
if "c_city_agri_2024h1_hant.txt" in raw:
    try:
        raw["c_city_agri_2024h1_hant.txt"].decode("utf-8")
    except UnicodeDecodeError:
        errors.append("c_city_agri_2024h1_hant.txt: not UTF-8")
    ct = texts["c_city_agri_2024h1_hant.txt"]
    sim = sorted(set(ct) & set("这个们时会为发经济业总额县区进实项资电网务长与产开农粮亩万亿头吨"))
    if sim:
        errors.append(f"c_city_agri_2024h1_hant.txt: simplified-only characters in the traditional report {sim}")
if raw.get("d_group_2023.docx", b"PK")[:2] != b"PK":
    errors.append("d_group_2023.docx: not a .docx (zip) file")


def names_a_region(r, errors):
    """An unanswerable question names one of the set's regions."""
    if not any(k in r["question"] for _, regs in DOCS.values() for k in regs):
        errors.append(f"{r['id']}: unanswerable question names none of the set's regions")


full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: None if SPLIT_NUMBER.search(ev) else number_ok(ev, v, unit, text, T2S), "u13",
         [("traditional-unit messages (expected: check_gold does not fold 頭)", written_as(UNFOLDED, errors)), (TABLE_CELL, None)],
         counts=dict(colloquial=True), unanswerable=names_a_region)
