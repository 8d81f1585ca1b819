"""Verify eval/datasets/unseen29/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen29/check_unseen29.py   (from the repo root)

Adapted from eval/datasets/unseen24/check_unseen24.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u29-<a|b|c>-qNNN / u29-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier), or in the "(unit)" header line of the plain-text "cell | cell" table the span is a
  row of (a: 市属企业集团 table; b: 街道（乡镇） table); a number the PDF text of a splits over a line
  break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding and keeps its
  shape (a: a real PDF whose text is wrapped into at least 40 lines, numbered sections, the 市属企业集团
  table with its header line and 合计 row; b: GB18030 bytes that are not valid UTF-8, the 街道（乡镇）
  table with its 合计 row; c: UTF-8 with a BOM, every line ending CRLF, no bare LF, loaded as utf-8-sig
  with the CRs kept).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u29-… ids) and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, load_corpus, load_rows, number_ok, split_by_line_break, check_corpus,
    check_sizes, unexpected_encoding, require_strings, legacy_bytes, names_one_report, full_run
)

HERE = REPO / "eval/datasets/unseen29"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊劑", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队剂")
A_DOC, B_DOC, C_DOC = "a_city_2023_sasac.pdf", "b_district_2022_fire_gb18030.txt", "c_county_2024h1_cdc_bom_crlf.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("鄂州",)),
    B_DOC: ("b", ("冷水滩", "冷水灘")),
    C_DOC: ("c", ("蕉岭", "蕉嶺")),
}
ENCODINGS = {A_DOC: "pdf", B_DOC: "gb18030", C_DOC: "utf-8-sig"}
loaded = load_corpus(CORPUS, (".txt", ".pdf")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["鄂州市人民政府国有资产监督管理委员会2023年工作总结及2024年工作思路", "一、主要经营指标完成情况",
            "二、2023年重点工作推进情况", "三、存在的问题", "四、2024年工作思路", "（一）国企改革深化提升行动扎实推进",
            "企业集团 | 资产总额(亿元) | 营业收入(亿元) | 利润总额(亿元) | 资产负债率(%)",
            "\n合计 | 1286.47 | 263.58 | 7.42 | 60.06\n", "个百分点", "居全省市州国资系统第"],
    B_DOC: ["冷水滩区消防救援大队2022年工作总结", "一、全区火灾形势总体平稳", "八、2023年工作思路",
            "区域 | 火灾起数(起) | 直接财产损失(万元)", "\n合计 | 312 | 286.4\n", "同比下降"],
    C_DOC: ["蕉岭县疾病预防控制中心2024年上半年工作总结", "一、传染病防控工作", "（一）疫情形势总体平稳。",
            "二、免疫规划工作", "九、下半年工作计划", "/10万", "万剂次"],
}
require_strings(texts, RESIDUE, errors)
if A_DOC in texts:
    if (CORPUS / A_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{A_DOC}: not a PDF file")
    if texts[A_DOC].count("\n") < 40:
        errors.append(f"{A_DOC}: expected the PDF text to be wrapped into at least 40 lines")
if B_DOC in texts:
    legacy_bytes(CORPUS / B_DOC, "gb18030", errors, texts[B_DOC])
if C_DOC in texts:
    raw = (CORPUS / C_DOC).read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{C_DOC}: no UTF-8 BOM")
    try:
        body = raw[3:].decode("utf-8")
        if body.count("\n") < 30 or body.count("\n") != body.count("\r\n"):
            errors.append(f"{C_DOC}: expected CRLF line ends only")
    except UnicodeDecodeError:
        errors.append(f"{C_DOC}: not UTF-8")
    if "\r\n" not in texts[C_DOC]:
        errors.append(f"{C_DOC}: expected the loaded text to keep its CRLF line ends")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break), "u29",
         [("table-cell unit notes (expected: the unit is in the table's header line)", None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
