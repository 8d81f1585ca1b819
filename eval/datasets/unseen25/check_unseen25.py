"""Verify eval/datasets/unseen25/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen25/check_unseen25.py   (from the repo root)

Adapted from eval/datasets/unseen24/check_unseen24.py (with unseen17's legacy-encoding check). It uses only
index.loaders.load_report from the product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u25-<a|b|c>-qNNN / u25-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence with its unit after it (after an optional
  余/多 qualifier), or in the "(unit)" header line of the table the span is a row of (a: the Word table;
  c: the plain-text "cell | cell" table of the web page);
- the answer string states every value in ASCII digits (ranks may state 第N);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding and keeps its shape
  (a: a real .docx with exactly one Word table, 管理部 rows and a 合计 row; b: GBK bytes that are not
  UTF-8, CRLF line ends only; c: UTF-8 web page with breadcrumb, 来源/发布时间/浏览次数 line and footer
  boilerplate kept, and a 旗县市区 table with a 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u25-… ids) and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import sys, zipfile
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus, check_sizes,
    unexpected_encoding, require_strings, legacy_bytes, names_one_report, full_run
)

HERE = REPO / "eval/datasets/unseen25"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊組", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队组")
A_DOC, B_DOC, C_DOC = "a_city_2023_hpf.docx", "b_county_2024h1_urban_gbk.txt", "c_city_2023_postal_web.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("七台河", "七臺河", "勃利", "茄子河", "桃山")),
    B_DOC: ("b", ("梅河口",)),
    C_DOC: ("c", ("通辽", "通遼", "科尔沁", "科爾沁", "霍林郭勒", "开鲁", "開魯", "库伦", "庫倫", "奈曼", "扎鲁特", "扎魯特")),
}
ENCODINGS = {A_DOC: "docx", B_DOC: "gb18030", C_DOC: "utf-8"}
loaded = load_corpus(CORPUS, (".txt", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["七台河市住房公积金管理中心2023年工作总结", "一、主要业务指标完成情况", "（一）缴存扩面稳步推进。",
            "管理部 | 缴存额(亿元) | 提取额(亿元) | 发放贷款(亿元) | 发放笔数(笔)", "\n合计 | 21.45 | 16.71 | 10.72 | 2226\n",
            "个贷率", "使用率", "五、2024年工作计划", "居全省第"],
    B_DOC: ["梅河口市城市管理局2024年上半年工作总结\r\n", "一、环境卫生质量稳步提升\r\n", "万吨", "万平方米",
            "数字城管平台", "六、下半年工作计划\r\n", "个百分点"],
    C_DOC: ["首页 > 政务公开 > ", "当前位置：首页 >> ", "通辽市邮政管理局2023年工作总结", "来源：", "发布时间：2024-01-19",
            "浏览次数：", "【字体：大 中 小】", "【打印本页】", "上一篇：", "下一篇：", "主办单位：",
            "旗县市区 | 快递业务量(万件) | 同比增长(%) | 快递服务网点(个)", "\n合计 | 12600.0 | 18.4 | 682\n",
            "亿件", "六、2024年工作思路"],
}
require_strings(texts, RESIDUE, errors)
if A_DOC in texts:
    with zipfile.ZipFile(CORPUS / A_DOC) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    if xml.count("<w:tbl>") != 1:
        errors.append(f"{A_DOC}: expected exactly one Word table, found {xml.count('<w:tbl>')}")
if B_DOC in texts:
    raw = legacy_bytes(CORPUS / B_DOC, "gbk", errors)
    if raw.count(b"\r\n") < 20 or raw.count(b"\n") != raw.count(b"\r\n"):
        errors.append(f"{B_DOC}: expected CRLF line ends only")
    if "\r\n" not in texts[B_DOC]:
        errors.append(f"{B_DOC}: loaded text lost its CRLF line ends")
if C_DOC in texts:
    try:
        (CORPUS / C_DOC).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{C_DOC}: not UTF-8")
    if "\r" in texts[C_DOC]:
        errors.append(f"{C_DOC}: expected LF line ends")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, column=True), "u25",
         [(TABLE_CELL, None)], counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
