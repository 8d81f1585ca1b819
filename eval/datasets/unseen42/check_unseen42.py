"""Verify eval/datasets/unseen42/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen42/check_unseen42.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u42-<a|b|c>-qNNN / u42-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded), with its unit after it (after
  an optional 余/多 qualifier), or in the "(unit)" header cell of its own column in the table the span
  is a row of (a: the plain-text "cell | cell" table of 辖区; b: the Word table of 重点街道（镇）; c: the
  plain-text table of 乡镇 in the PDF); a number the PDF text of c splits over a line break is not
  taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("utf-8-sig" for a,
  "docx" for b, "pdf" for c) and keeps its shape (a: UTF-8 with a BOM and CRLF line ends only, a 辖区
  table with a 合计 row; b: a real .docx whose Word table comes out as "cell | cell" lines, no 合计 row;
  c: a real PDF whose text is wrapped into at least 40 lines, numbered sections, a 乡镇 table without
  a 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u42-… ids) and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, load_corpus, load_rows, number_ok, split_by_line_break, check_corpus,
    check_sizes, unexpected_encoding, require_strings, names_one_report, full_run
)

HERE = REPO / "eval/datasets/unseen42"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊時", "万亿项个点吨亩头户张台辆笔间条场处区级对队时")
A_DOC, B_DOC, C_DOC = ("a_city_2024_maritime_bom.txt", "b_district_2023_civil_air_defence.docx",
                       "c_county_2024h1_sanitation.pdf")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("泸州", "瀘州", "江阳区", "江陽區", "龙马潭", "龍馬潭", "纳溪", "納溪", "泸县", "瀘縣",
                  "合江", "古蔺", "古藺", "叙永", "敘永")),
    B_DOC: ("b", ("七里河", "西园街道", "西園街道", "建兰路", "建蘭路", "敦煌路", "晏家坪", "秀川", "彭家坪",
                  "西站街道")),
    C_DOC: ("c", ("宾川", "賓川", "金牛镇", "金牛鎮", "宾居", "賓居", "大营镇", "大營鎮", "力角", "乔甸", "喬甸",
                  "平川镇", "平川鎮", "鸡足山", "雞足山", "拉乌", "拉烏", "钟英", "鍾英")),
}
ENCODINGS = {A_DOC: "utf-8-sig", B_DOC: "docx", C_DOC: "pdf"}
loaded = load_corpus(CORPUS, (".txt", ".docx", ".pdf")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["泸州市海事局2024年工作总结和2025年工作思路", "一、2024年主要工作完成情况", "（三）现场监管和执法力度持续加大",
            "三、2025年工作思路",
            "辖区 | 通航里程(公里) | 船舶进出港(万艘次) | 现场巡航(小时) | 安全检查(艘次) | 水上交通事故(件)\r\n",
            "\n合计 | 412 | 42.6 | 5836 | 2947 | 3", "个百分点", "同比增长"],
    B_DOC: ["七里河区人民防空办公室2023年工作总结", "一、主要工作完成情况", "（一）人防工程建设稳步推进",
            "二、存在的问题", "三、2024年工作打算",
            "街道（镇） | 新增人防工程面积(万平方米) | 防空警报器(台) | 宣传活动(场次) | 演练参演群众(人次)",
            "\n彭家坪镇 | 0.58 | 13 | 12 | 1050", "居全市第"],
    C_DOC: ["宾川县城市管理局环境卫生所2024年上半年工作总结", "一、上半年主要工作完成情况", "二、存在的问题",
            "三、下半年工作打算", "乡镇 | 清运量(吨) | 同比增长(%) | 转运站(座) | 保洁人员(人)\n",
            "\n平川镇 | 1860 | 3.5 | 1 | 27", "比上年同"],
}
require_strings(texts, RESIDUE, errors)
if A_DOC in texts:
    raw = (CORPUS / A_DOC).read_bytes()
    if raw[:3] != b"\xef\xbb\xbf":
        errors.append(f"{A_DOC}: expected a UTF-8 byte-order mark")
    try:
        body = raw.decode("utf-8")
        if body.count("\r\n") < 40 or "\n" in body.replace("\r\n", ""):
            errors.append(f"{A_DOC}: expected CRLF line ends only")
    except UnicodeDecodeError:
        errors.append(f"{A_DOC}: not valid UTF-8")
if B_DOC in texts:
    if (CORPUS / B_DOC).read_bytes()[:2] != b"PK":
        errors.append(f"{B_DOC}: not a .docx (zip) file")
    if "\n合计" in texts[B_DOC]:
        errors.append(f"{B_DOC}: the 街道 table should have no 合计 row")
if C_DOC in texts:
    if (CORPUS / C_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{C_DOC}: not a PDF file")
    if texts[C_DOC].count("\n") < 40:
        errors.append(f"{C_DOC}: expected the PDF text to be wrapped into at least 40 lines")
    if "\n合计" in texts[C_DOC]:
        errors.append(f"{C_DOC}: the 乡镇 table should have no 合计 row")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, column=True, skip=split_by_line_break), "u42",
         [("table-cell unit notes (expected: the unit is in the table's header line)", None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
