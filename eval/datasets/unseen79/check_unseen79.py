"""Verify eval/datasets/unseen79/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen79/check_unseen79.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with unseen70's Word-table count and wrapped-PDF line
checks and unseen73's GB18030 checks). It uses only index.loaders.load_report from the product (the corpus
files are listed with a plain directory scan). Checks:
- ids unique and shaped u79-<a|b|c>-qNNN / u79-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters
  folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)" header cell of
  the value's own column in the table the span is a row of (a: the Word table of 业务板块; b: the
  plain-text "cell | cell" table of 县区; c: the plain-text table of 科室); a number the PDF text of b
  splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); report c holds no simplified-only character, reports a and b no
  traditional-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("docx" for a, "pdf"
  for b, "gb18030" for c) and keeps its shape (a: a real .docx with exactly one Word table that comes
  out as "cell | cell" lines with a 合计 row; b: a real PDF whose prose is wrapped into lines of at most
  45 characters, at least 60 lines, no line starting with a digit, unit or % that continues a number
  of the line before, a 县区 table with a 合计 row; c: not UTF-8 but strict GB18030, CRLF line ends
  only, the whole report in traditional script, a 科室 table without a 合計 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u79-… ids) and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
import zipfile
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_CELL, TABLE_LINE, IN_SPAN, load_corpus, load_rows, number_ok, split_by_line_break,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report, legacy_bytes,
    check_traditional, check_gold, full_run
)

HERE = REPO / "eval/datasets/unseen79"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队")
A_DOC, B_DOC, C_DOC = ("a_city_2024_planning_institute.docx", "b_city_2023_pboc.pdf",
                       "c_city_2024h1_rehab_hospital_gb18030.txt")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("温岭", "溫嶺", "泽国", "澤國", "箬横", "箬橫", "大溪镇", "大溪鎮", "松门", "松門", "温峤", "溫嶠",
                  "太平街道", "城东街道", "城東街道", "横峰街道", "橫峰街道")),
    B_DOC: ("b", ("亳州", "谯城", "譙城", "涡阳", "渦陽", "蒙城", "利辛")),
    C_DOC: ("c", ("福鼎", "点头镇", "點頭鎮", "白琳", "前岐", "管阳", "管陽", "店下镇", "店下鎮")),
}
ENCODINGS = {A_DOC: "docx", B_DOC: "pdf", C_DOC: "gb18030"}
loaded = load_corpus(CORPUS, (".txt", ".docx", ".pdf")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["温岭市海韵城市规划设计研究院有限公司2024年工作总结\n", "一、主要经营指标完成情况", "二、重点工作推进情况",
            "三、存在的问题", "四、2025年工作思路", "（一）合同和产值稳步增长",
            "\n业务板块 | 项目(个) | 合同额(万元) | 完成产值(万元) | 产值同比增长(%)\n",
            "\n合计 | 412 | 14700 | 12800 | 8.6\n", "个百分点", "其中", "累计", "力争", "第2位"],
    B_DOC: ["中国人民银行亳州市分行2023年工作总结和2024年工作思路\n", "一、货币信贷政策有效传导", "（一）存贷款规模持续扩大",
            "五、存在的问题", "六、2024年工作思路",
            "\n县区 | 各项贷款余额(亿元) | 同比增长(%) | 普惠小微贷款余额(亿元) | 涉农贷款余额(亿元)\n",
            "\n合计 | 2865.4 | 11.8 | 479.3 | 1328.6\n", "个百分点", "同比增长", "累计", "力争", "第5位"],
    C_DOC: ["福鼎市康復醫院2024年上半年工作總結及下半年工作計劃\r\n", "一、主要業務指標完成情況", "（一）學科建設取得新進展",
            "三、存在的問題", "四、下半年工作計劃",
            "\r\n科室 | 門診(人次) | 出院(人次) | 床位使用率(%) | 平均住院日(天)\r\n", "\r\n老年康復科 | 5130 | 616 | 92.8 | 18.2\r\n",
            "個百分點", "同比增長", "其中", "力爭", "第6位"],
}
require_strings(texts, RESIDUE, errors)
for d in (A_DOC, B_DOC):  # the simplified reports hold no traditional-only character
    if d in texts and (bad := sorted(set(texts[d]) & check_gold().TRAD_ONLY)):
        errors.append(f"{d}: simplified report contains traditional-only characters {bad}")
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
    long = [l for l in lines if " | " not in l and len(l) > 45]
    if long:
        errors.append(f"{B_DOC}: {len(long)} prose lines longer than 45 characters, e.g. {long[0]!r}")
    for m in re.finditer(r"[\d.]\n[\d.%亿万个户件家位元笔张次人场条项篇]", texts[B_DOC]):
        errors.append(f"{B_DOC}: a number or number+unit is split by a line break: {texts[B_DOC][m.start() - 8:m.end() + 4]!r}")
if C_DOC in texts:
    raw = legacy_bytes(CORPUS / C_DOC, "gb18030", errors, texts[C_DOC])
    dec = raw.decode("gb18030", errors="replace")
    if dec.count("\r\n") < 30 or "\n" in dec.replace("\r\n", "") or "\r" in dec.replace("\r\n", ""):
        errors.append(f"{C_DOC}: expected CRLF line ends only")
    if "\n合計" in texts[C_DOC] or "\n合计" in texts[C_DOC]:
        errors.append(f"{C_DOC}: the 科室 table should have no 合計 row")
    check_traditional(texts, C_DOC, errors)

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, column=True, skip=split_by_line_break), "u79",
         [(TABLE_CELL, None)], counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
