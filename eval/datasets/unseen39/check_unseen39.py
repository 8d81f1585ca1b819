"""Verify eval/datasets/unseen39/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen39/check_unseen39.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with unseen34's GB18030 handling). It uses only
index.loaders.load_report from the product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u39-<a|b|c>-qNNN / u39-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded), with its unit after it (after
  an optional 余/多 qualifier), or in the "(unit)" header line of the table the span is a row of (a: the
  Word table of 市直重点公共机构; b: the plain-text "cell | cell" table of 产品线 in the PDF; c: the
  plain-text table of 主要产茶村); a number the PDF text of b splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("docx" for a, "pdf"
  for b, "gb18030" for c) and keeps its shape (a: a real .docx whose Word table comes out as
  "cell | cell" lines with a 合计 row; b: a real PDF whose text is wrapped into at least 40 lines of at
  most 50 characters, numbered sections, a 产品线 table with a 合计 row; c: bytes that are not UTF-8 but
  strict GB18030, LF line ends only, at least one character outside GBK, a 村名 table without a 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u39-… ids) and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_CELL, load_corpus, load_rows, number_ok, split_by_line_break, check_corpus, check_sizes,
    unexpected_encoding, require_strings, names_one_report, legacy_bytes, full_run
)

HERE = REPO / "eval/datasets/unseen39"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队")
A_DOC, B_DOC, C_DOC = "a_city_2023_offices.docx", "b_county_2024_aluminium.pdf", "c_town_2024h1_tea_gb18030.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("黄石", "黃石", "西塞山", "下陆", "下陸", "大冶")),
    B_DOC: ("b", ("临朐", "臨朐")),
    C_DOC: ("c", ("成佳", "蒲江")),
}
ENCODINGS = {A_DOC: "docx", B_DOC: "pdf", C_DOC: "gb18030"}
loaded = load_corpus(CORPUS, (".txt", ".docx", ".pdf")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["黄石市机关事务管理局2023年工作总结和2024年工作思路", "一、2023年主要工作成效", "（一）公共机构节能降耗成效明显",
            "二、存在的问题", "三、2024年工作思路",
            "单位 | 建筑面积(万平方米) | 综合能耗(吨标准煤) | 同比下降(%) | 单位面积能耗(千克标准煤/平方米)",
            "\n合计 | 43.6 | 9330 | 3.1 | 21.4", "位列第", "个百分点", "力争"],
    B_DOC: ["临朐鸿晟铝业股份有限公司2024年度经营工作总结", "一、主要经营指标完成情况", "二、主要工作开展情况",
            "（一）产品结构持续优化", "三、存在的问题", "四、2025年工作打算",
            "产品线 | 销量(万吨) | 销售收入(万元) | 同比增长(%) | 毛利率(%)", "\n合计 | 9.76 | 187300 | 11.7 | 14.5",
            "同比增长", "万美元"],
    C_DOC: ["蒲江县成佳镇人民政府2024年上半年工作总结及下半年工作打算", "一、上半年工作完成情况", "（一）经济运行稳中向好",
            "二、存在的问题", "三、下半年工作打算", "村名 | 茶园面积(亩) | 春茶产量(吨) | 春茶产值(万元) | 产值同比增长(%)\n",
            "居全县第", "个百分点", "力争全年"],
}
require_strings(texts, RESIDUE, errors)
if A_DOC in texts and (CORPUS / A_DOC).read_bytes()[:2] != b"PK":
    errors.append(f"{A_DOC}: not a .docx (zip) file")
if B_DOC in texts:
    if (CORPUS / B_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{B_DOC}: not a PDF file")
    lines = texts[B_DOC].split("\n")
    if len(lines) < 40:
        errors.append(f"{B_DOC}: expected the PDF text to be wrapped into at least 40 lines")
    if max(len(l) for l in lines) > 50:
        errors.append(f"{B_DOC}: a line is longer than 50 characters (expected wrapping at about 45)")
if C_DOC in texts:
    raw = legacy_bytes(CORPUS / C_DOC, "gb18030", errors, texts[C_DOC])
    if b"\r" in raw or raw.count(b"\n") < 30:
        errors.append(f"{C_DOC}: expected LF line ends only")

    def gbk_ok(ch):
        try:
            ch.encode("gbk"); return True
        except UnicodeEncodeError:
            return False
    if all(gbk_ok(ch) for ch in texts[C_DOC]):
        errors.append(f"{C_DOC}: expected at least one character outside GBK")
    if "\n合计" in texts[C_DOC]:
        errors.append(f"{C_DOC}: the 村名 table should have no 合计 row")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break), "u39",
         [(TABLE_CELL, None)], counts=dict(colloquial=True), before=names_one_report(DOCS))
