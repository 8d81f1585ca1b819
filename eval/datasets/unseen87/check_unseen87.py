"""Verify eval/datasets/unseen87/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen87/check_unseen87.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with unseen41's PDF-table and Big5 checks). It uses
only index.loaders.load_report from the product (the corpus files are listed with a plain directory scan).
Checks:
- ids unique and shaped u87-<a|b|c>-qNNN / u87-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/場/個/點 folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)"
  header cell of the value's own column of the table the span is a row of (a: the plain-text
  "cell | cell" table of 风电场 in the PDF; b: the Word table of 种植基地; c: the plain-text table of
  剧目); a number the PDF text of a splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the Big5 report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("pdf" for a, "docx" for
  b, "big5" for c) and keeps its shape (a: a real PDF whose text is wrapped into at least 40 lines of at
  most 50 characters, numbered sections, a 风电场 table of a header and six rows with no 合计 row; b: a
  real .docx whose Word table comes out as "cell | cell" lines, a header, six 基地 rows and a 合计 row;
  c: bytes that are not UTF-8 but strict Big5 decoding to the loaded text, traditional script, CRLF line
  ends only, a 剧目 table of a header and six rows with no 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u87-… ids) and "not found as written" for table-row items
whose unit is only in the table's header. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, split_by_line_break,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report, legacy_bytes,
    check_traditional, full_run
)

HERE = REPO / "eval/datasets/unseen87"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只")
A_DOC, B_DOC, C_DOC = "a_district_2024_wind.pdf", "b_county_2023_goji.docx", "c_city_2024h1_troupe_big5.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("达坂城", "達坂城", "柴窝堡", "柴窩堡", "东沟", "東溝", "西沟", "西溝", "艾维尔沟", "艾維爾溝")),
    B_DOC: ("b", ("都兰", "都蘭", "诺木洪", "諾木洪", "香日德", "察汗乌苏", "察汗烏蘇", "夏日哈", "巴隆", "热水",
                  "熱水", "宗加")),
    C_DOC: ("c", ("泰安", "新泰", "肥城", "宁阳", "寧陽", "东平", "東平", "泰山区", "泰山區", "岱岳区", "岱嶽區")),
}
ENCODINGS = {A_DOC: "pdf", B_DOC: "docx", C_DOC: "big5"}
loaded = load_corpus(CORPUS, (".pdf", ".docx", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["瀚风新能源有限责任公司达坂城分公司2024年工作总结和2025年工作思路", "一、2024年主要工作完成情况",
            "二、各风电场运行情况", "三、存在的问题", "四、2025年工作思路", "（一）装机规模稳步扩大",
            "风电场 | 装机容量(兆瓦) | 发电量(万千瓦时) | 利用小时(小时) | 可利用率(%)",
            "个百分点", "居达坂城区风", "力争", "计划"],
    B_DOC: ["都兰县红沁枸杞产业开发有限公司2023年工作总结和2024年工作思路", "一、2023年主要工作完成情况",
            "二、各种植基地生产情况", "三、存在的问题", "四、2024年工作思路", "（一）基地建设稳步推进",
            "种植基地 | 面积(亩) | 鲜果产量(吨) | 亩产(公斤) | 有机认证面积(亩)",
            "\n合计 | 32600 | 25420 | 780 | 14200\n", "个百分点", "居全县枸杞企业第", "力争"],
    C_DOC: ["泰安市岱鳴演藝集團有限公司2024年上半年工作總結及下半年工作計劃", "一、上半年主要工作完成情況",
            "二、主要劇目演出情況", "三、存在的問題", "四、下半年工作計劃", "（一）演出市場持續繁榮",
            "\r\n劇目 | 演出(場) | 觀眾(萬人次) | 票房收入(萬元) | 上座率(%)\r\n",
            "個百分點", "居全省地市級國有文藝院團第", "力爭"],
}
require_strings(texts, RESIDUE, errors)

if A_DOC in texts:
    at = texts[A_DOC]
    if (CORPUS / A_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{A_DOC}: not a PDF file")
    if at.count("\n") < 40:
        errors.append(f"{A_DOC}: expected the PDF text to be wrapped into at least 40 lines")
    if (longest := max(len(l) for l in at.split("\n"))) > 50:
        errors.append(f"{A_DOC}: a line of {longest} characters; expected wrapped lines of about 44")
    trows = [l for l in at.split("\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith("合计") for l in trows):
        errors.append(f"{A_DOC}: expected a header and six rows (no 合计 row) in the 风电场 table")
if B_DOC in texts:
    if (CORPUS / B_DOC).read_bytes()[:2] != b"PK":
        errors.append(f"{B_DOC}: not a .docx (zip) file")
    trows = [l for l in texts[B_DOC].split("\n") if " | " in l]
    if len(trows) != 8 or not trows[-1].startswith("合计"):
        errors.append(f"{B_DOC}: expected a header, six 基地 rows and a 合计 row in the Word table")
if C_DOC in texts:
    ct = texts[C_DOC]
    raw = legacy_bytes(CORPUS / C_DOC, "big5", errors)
    dec = raw.decode("big5", errors="replace")
    if dec.count("\r\n") < 30 or "\n" in dec.replace("\r\n", ""):
        errors.append(f"{C_DOC}: expected CRLF line ends only")
    if ct.replace("\r\n", "\n") != dec.replace("\r\n", "\n"):
        errors.append(f"{C_DOC}: strict Big5 decoding differs from the loaded text")
    check_traditional(texts, C_DOC, errors)
    trows = [l for l in ct.split("\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith(("合計", "合计")) for l in trows):
        errors.append(f"{C_DOC}: expected a header and six rows (no 合计 row) in the 剧目 table")


def number(ev, v, unit, text):
    return number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True)


full_run(QS, loaded, rows, DOCS, errors, number, "u87", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
