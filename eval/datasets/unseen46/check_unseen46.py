"""Verify eval/datasets/unseen46/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen46/check_unseen46.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (and unseen42's UTF-8 BOM/CRLF check). It uses only
index.loaders.load_report from the product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u46-<a|b|c>-qNNN / u46-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded), with its unit after it (after
  an optional 余/多 qualifier), or in the "(unit)" header cell of its own column of the table the span is
  a row of (a: the Word table of 区县; c: the plain-text "cell | cell" table of 承办单位); a number the
  PDF text of b splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("docx" for a, "pdf"
  for b, "utf-8-sig" for c) and keeps its shape (a: a real .docx whose Word table comes out as
  "cell | cell" lines with a 合计 row; b: a real PDF whose text is wrapped into at least 40 lines of at
  most 46 characters outside the table, numbered sections, a "cell | cell" 乡镇 table with a 合计 row,
  and no number split from its digits or its unit by a line break; c: UTF-8 with a BOM and CRLF line
  ends only, a 承办单位 table without a 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u46-… ids) and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, load_corpus, load_rows, number_ok, split_by_line_break, check_corpus,
    check_sizes, unexpected_encoding, require_strings, names_one_report, full_run
)

HERE = REPO / "eval/datasets/unseen46"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊單", "万亿项个点吨亩头户张台辆笔间条场处区级对队单")
A_DOC, B_DOC, C_DOC = ("a_city_2024_blood.docx", "b_county_2023_highway.pdf", "c_district_2024h1_hotline_bom.txt")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("驻马店", "駐馬店", "驿城", "驛城", "西平", "上蔡", "汝南", "遂平", "泌阳", "泌陽")),
    B_DOC: ("b", ("桂东", "桂東", "沤江", "漚江", "寨前", "清泉镇", "清泉鎮", "四都", "普乐", "普樂", "新坊",
                  "桥头乡", "橋頭鄉")),
    C_DOC: ("c", ("樊城", "汉江街道", "漢江街道", "王寨", "米公", "中原街道", "定中门", "定中門", "屏襄门",
                  "屏襄門", "太平店", "牛首")),
}
ENCODINGS = {A_DOC: "docx", B_DOC: "pdf", C_DOC: "utf-8-sig"}
loaded = load_corpus(CORPUS, (".txt", ".docx", ".pdf")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["驻马店市中心血站2024年工作总结和2025年工作思路", "一、2024年工作完成情况", "二、重点工作亮点",
            "三、存在的问题", "四、2025年工作思路", "（一）采血总量再创新高",
            "区县 | 献血人次(人次) | 采血量(单位) | 团体献血(人次) | 采血量同比增长(%)\n",
            "\n合计 | 49700 | 88000 | 10390 | 6.8", "居全省第", "个百分点"],
    B_DOC: ["桂东县公路事业发展中心2023年工作总结和2024年工作思路", "一、2023年工作完成情况", "（一）公路投资稳步增长",
            "二、存在的问题", "三、2024年工作思路",
            "乡镇 | 养护里程(公里) | 大中修(公里) | 危桥改造(座) | 安防工程(公里)\n",
            "\n合计 | 790.4 | 51.9 | 13 | 108.2", "个百分点"],
    C_DOC: ["樊城区便民服务中心（12345政务服务便民热线）2024年上半年工作总结", "一、主要工作成效",
            "（一）诉求受理量持续增长", "二、存在的问题", "三、下半年工作打算",
            "承办单位 | 受理量(件) | 按期办结率(%) | 满意率(%)\r\n", "\r\n米公街道 | 4390 | 99.5 | 94.1\r\n",
            "比上年同期提高"],
}
require_strings(texts, RESIDUE, errors)
if A_DOC in texts and (CORPUS / A_DOC).read_bytes()[:2] != b"PK":
    errors.append(f"{A_DOC}: not a .docx (zip) file")
if B_DOC in texts:
    t = texts[B_DOC]
    if (CORPUS / B_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{B_DOC}: not a PDF file")
    if t.count("\n") < 40:
        errors.append(f"{B_DOC}: expected the PDF text to be wrapped into at least 40 lines")
    if (long := [l for l in t.split("\n") if " | " not in l and len(l) > 46]):
        errors.append(f"{B_DOC}: {len(long)} prose line(s) longer than 46 characters, expected wrapping at about 40")
    for m in re.finditer(r"\d\n[\d.%]|\.\n\d|\d\n(?:公里|亿元|万元|个百分点|座|台次|名|人|处|件|吨|次|位|万|天|期|条)", t):
        errors.append(f"{B_DOC}: a number is split by a line break at {t[max(0, m.start() - 12):m.end() + 6]!r}")
if C_DOC in texts:
    raw = (CORPUS / C_DOC).read_bytes()
    if raw[:3] != b"\xef\xbb\xbf":
        errors.append(f"{C_DOC}: expected a UTF-8 byte-order mark")
    try:
        body = raw.decode("utf-8")
        if body.count("\r\n") < 25 or "\n" in body.replace("\r\n", ""):
            errors.append(f"{C_DOC}: expected CRLF line ends only")
    except UnicodeDecodeError:
        errors.append(f"{C_DOC}: not valid UTF-8")
    if "\n合计" in texts[C_DOC]:
        errors.append(f"{C_DOC}: the 承办单位 table should have no 合计 row")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, column=True, skip=split_by_line_break), "u46",
         [("table-cell unit notes (expected: the unit is in the table's header line)", None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
