"""Verify eval/datasets/unseen70/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen70/check_unseen70.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u70-<a|b|c>-qNNN / u70-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters
  folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)" header cell of
  the value's own column in the table the span is a row of (a: the Word table of 仲裁机构; b: the
  plain-text "cell | cell" table of 乡镇; c: the plain-text table of 县（市、区）); a number the PDF text
  of b splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); report c holds no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("docx" for a, "pdf"
  for b, "utf-8-sig" for c) and keeps its shape (a: a real .docx with a Word table that comes out as
  "cell | cell" lines with a 合计 row; b: a real PDF whose prose is wrapped into lines of at most 44
  characters, at least 60 lines, a 乡镇 table without a 合计 row; c: UTF-8 with a BOM and CRLF line
  ends only, traditional script, a table with a 合計 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u70-… ids) and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
import zipfile
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, load_corpus, load_rows, number_ok, split_by_line_break, check_corpus,
    check_sizes, unexpected_encoding, require_strings, names_one_report, check_traditional, full_run
)

HERE = REPO / "eval/datasets/unseen70"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队")
A_DOC, B_DOC, C_DOC = "a_city_2024_arbitration.docx", "b_county_2023_irrigation.pdf", "c_city_2024_charity_trad.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("鸡西", "雞西", "鸡冠区", "雞冠區", "恒山区", "恆山區", "滴道", "梨树区", "梨樹區", "城子河",
                  "麻山区", "麻山區", "鸡东", "雞東", "虎林", "密山")),
    B_DOC: ("b", ("五原", "隆兴昌", "隆興昌", "塔尔湖", "塔爾湖", "胜丰镇", "勝豐鎮", "天吉泰", "新公中", "银定图",
                  "銀定圖", "复兴镇", "復興鎮", "和胜乡", "和勝鄉")),
    C_DOC: ("c", ("通化", "东昌区", "東昌區", "二道江", "辉南", "輝南", "柳河", "集安")),
}
ENCODINGS = {A_DOC: "docx", B_DOC: "pdf", C_DOC: "utf-8-sig"}
loaded = load_corpus(CORPUS, (".txt", ".docx", ".pdf")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["鸡西市劳动人事争议仲裁院2024年工作总结", "一、主要指标完成情况", "二、重点工作开展情况", "三、存在的问题",
            "四、2025年工作打算", "仲裁机构 | 受理案件(件) | 结案(件) | 涉案金额(万元) | 调解率(%)",
            "\n合计 | 3186 | 3054 | 13900 | 61.6", "个百分点", "居全省第"],
    B_DOC: ["五原县灌区管理局2023年工作总结和2024年工作计划", "一、2023年主要工作完成情况", "二、存在的问题",
            "三、2024年工作计划", "（一）灌溉供水任务圆满完成", "乡镇 | 灌溉面积(万亩) | 供水量(万立方米) | 渠道维修(公里)\n",
            "\n银定图镇 | 24.5 | 8640 | 41.7\n", "同比增长"],
    C_DOC: ["通化市慈善總會2024年工作總結\r\n", "一、募捐工作取得新進展", "五、2025年工作思路",
            "縣（市、區） | 募集款物(萬元) | 支出(萬元) | 受益(人次)\r\n", "\r\n合計 | 4096 | 3849 | 180490\r\n",
            "同比增長", "第4位"],
}
require_strings(texts, RESIDUE, errors)
if A_DOC in texts:
    raw = (CORPUS / A_DOC).read_bytes()
    if raw[:2] != b"PK":
        errors.append(f"{A_DOC}: not a .docx (zip) file")
    else:
        with zipfile.ZipFile(CORPUS / A_DOC) as z:
            if z.read("word/document.xml").count(b"<w:tbl>") != 1:
                errors.append(f"{A_DOC}: expected exactly one Word table")
if B_DOC in texts:
    if (CORPUS / B_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{B_DOC}: not a PDF file")
    lines = texts[B_DOC].split("\n")
    if len(lines) < 60:
        errors.append(f"{B_DOC}: expected the PDF text to be wrapped into at least 60 lines, got {len(lines)}")
    long = [l for l in lines if " | " not in l and len(l) > 44]
    if long:
        errors.append(f"{B_DOC}: {len(long)} prose lines longer than 44 characters, e.g. {long[0]!r}")
    if "\n合计" in texts[B_DOC]:
        errors.append(f"{B_DOC}: the 乡镇 table should have no 合计 row")
if C_DOC in texts:
    raw = (CORPUS / C_DOC).read_bytes()
    if raw[:3] != b"\xef\xbb\xbf":
        errors.append(f"{C_DOC}: expected a UTF-8 byte-order mark")
    try:
        body = raw.decode("utf-8")
        if body.count("\r\n") < 30 or "\n" in body.replace("\r\n", "") or "\r" in body.replace("\r\n", ""):
            errors.append(f"{C_DOC}: expected CRLF line ends only")
    except UnicodeDecodeError:
        errors.append(f"{C_DOC}: not valid UTF-8")
    check_traditional(texts, C_DOC, errors)

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, column=True, skip=split_by_line_break), "u70",
         [("table-cell unit notes (expected: the unit is in the table's header line)", None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
