"""Verify eval/datasets/unseen48/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen48/check_unseen48.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u48-<a|b|c>-qNNN / u48-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded), with its unit after it (after
  an optional 余/多 qualifier), or in the "(unit)" header line of the table the span is a row of (a: the
  Word table of 乡镇; b: the plain-text "cell | cell" table of 子公司; c: the plain-text table of 乡镇);
  a number the PDF text of b splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("docx" for a, "pdf"
  for b, "gb18030" for c) and keeps its shape (a: a real .docx whose Word table comes out as
  "cell | cell" lines with a 合计 row; b: a real PDF whose text is wrapped into at least 40 lines, with
  numbered sections, a 子公司 table and no number or number+unit split by a line break; c: GB18030
  bytes that are not valid UTF-8, decode strictly to the loaded text, CRLF line ends only, a 乡镇 table
  without a 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u48-… ids) and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, load_corpus, load_rows, number_ok, split_by_line_break, check_corpus,
    check_sizes, unexpected_encoding, require_strings, names_one_report, legacy_bytes, full_run
)

HERE = REPO / "eval/datasets/unseen48"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队")
A_DOC, B_DOC, C_DOC = ("a_county_2024_agrimachinery.docx", "b_city_2023_chengtou.pdf",
                       "c_district_2024h1_minzong_gb18030.txt")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("贺兰", "賀蘭", "习岗镇", "習崗鎮", "金贵镇", "金貴鎮", "立岗镇", "立崗鎮", "洪广镇", "洪廣鎮",
                  "常信乡", "常信鄉", "南梁台子")),
    B_DOC: ("b", ("汉中", "漢中", "汉台区", "漢臺區", "南郑区", "南鄭區", "城固")),
    C_DOC: ("c", ("乐都", "樂都", "碾伯", "雨润镇", "雨潤鎮", "瞿昙", "瞿曇", "高庙镇", "高廟鎮", "下营藏族乡",
                  "下營藏族鄉", "达拉土族乡", "達拉土族鄉", "中坝藏族乡", "中壩藏族鄉")),
}
ENCODINGS = {A_DOC: "docx", B_DOC: "pdf", C_DOC: "gb18030"}
loaded = load_corpus(CORPUS, (".txt", ".docx", ".pdf")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["贺兰县农业机械化服务中心2024年工作总结", "一、主要指标完成情况", "二、重点工作推进情况", "三、存在的问题",
            "四、2025年工作思路", "（一）农机装备总量稳步增长",
            "乡镇 | 农机总动力(万千瓦) | 机耕面积(万亩) | 购机补贴(万元) | 综合机械化率(%) | 农机合作社(家)",
            "\n合计 | 48.62 | 42.8 | 2386 | 94.1 | 86", "个百分点", "同比增长"],
    B_DOC: ["汉中市汉韵城市建设投资集团有限公司2023年经营工作总结和2024年工作安排", "一、2023年主要经营指标完成情况",
            "二、重点工作开展情况", "三、存在的问题", "四、2024年工作安排", "（一）资产规模稳步扩大",
            "子公司 | 资产总额(亿元) | 营业收入(亿元) | 利润总额(万元) | 资产负债率(%)", "个百分点"],
    C_DOC: ["乐都区民族宗教事务局2024年上半年工作总结\r\n", "一、基本情况", "二、上半年主要工作", "三、存在的问题",
            "四、下半年工作打算", "（一）铸牢中华民族共同体意识",
            "乡镇 | 少数民族人口(人) | 宗教活动场所(处) | 安全排查(次) | 发现隐患(处) | 宣讲活动(场次)\r\n",
            "比上年同期提高"],
}
require_strings(texts, RESIDUE, errors)
if A_DOC in texts:
    if (CORPUS / A_DOC).read_bytes()[:2] != b"PK":
        errors.append(f"{A_DOC}: not a .docx (zip) file")
    if sum(1 for l in texts[A_DOC].split("\n") if l.count(" | ") == 5) != 8:
        errors.append(f"{A_DOC}: expected the Word table as 8 six-cell lines (header, 6 乡镇, 合计)")
if B_DOC in texts:
    bt = texts[B_DOC]
    if (CORPUS / B_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{B_DOC}: not a PDF file")
    if bt.count("\n") < 40:
        errors.append(f"{B_DOC}: expected the PDF text to be wrapped into at least 40 lines")
    if max(len(l) for l in bt.split("\n") if " | " not in l) > 50:
        errors.append(f"{B_DOC}: a prose line is longer than 50 characters (expected wrapping at about 44)")
    for m in re.finditer(r"\d\n[\d.%]|\d\n(?:亿|万|个|%|公里|平方|立方|户|套|名|人|项|座)|第\n\d|\d\n(?:位|名)", bt):
        errors.append(f"{B_DOC}: a number or number+unit is split by a line break: {bt[m.start()-8:m.end()+4]!r}")
    if "\n合计" in bt:
        errors.append(f"{B_DOC}: the 子公司 table should have no 合计 row")
if C_DOC in texts:
    raw = legacy_bytes(CORPUS / C_DOC, "gb18030", errors, texts[C_DOC])
    if raw.count(b"\n") != raw.count(b"\r\n") or raw.count(b"\r\n") < 30:
        errors.append(f"{C_DOC}: expected CRLF line ends only")
    if "\r\n" not in texts[C_DOC]:
        errors.append(f"{C_DOC}: loaded text lost its CRLF line ends")
    if "\n合计" in texts[C_DOC]:
        errors.append(f"{C_DOC}: the 乡镇 table should have no 合计 row")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break), "u48",
         [("table-cell unit notes (expected: the unit is in the table's header line)", None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
