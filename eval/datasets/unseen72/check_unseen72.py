"""Verify eval/datasets/unseen72/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen72/check_unseen72.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with the traditional-script checks of unseen56).
It uses only index.loaders.load_report from the product (the corpus files are listed with a plain
directory scan). Checks:
- ids unique and shaped u72-<a|b|c>-qNNN / u72-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/個/點/場/條 folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)"
  header cell of the value's own column of the table the span is a row of (a: the plain-text
  "cell | cell" table of 科室 in the PDF; b: the Word table of 生产线, extracted as "cell | cell" lines;
  c: the plain-text "cell | cell" table of 活动类别); a number the PDF text of a splits over a line break
  is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("pdf" for a, "docx"
  for b, "utf-16" for c) and keeps its shape (a: a real PDF whose text is wrapped into at least 40
  lines, numbered sections, a 科室 table of a header and six rows with no 合计 row, and no number of the
  prose split by a line break; b: a real .docx whose Word table comes out as a header, five 生产线 rows
  and a 合计 row; c: UTF-16 little-endian with a BOM and CRLF line ends only, not valid UTF-8,
  traditional script, an 活动类别 table of a header, six rows and a 合計 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u72-… ids) and "not found as written" for table-row items
whose unit is only in the table's header. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, split_by_line_break,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report, not_utf8,
    check_traditional, full_run
)

HERE = REPO / "eval/datasets/unseen72"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队")
A = "a_city_2024_mental_health.pdf"; B = "b_city_2023_waste_power.docx"; C = "c_city_2024_veteran_cadres_utf16.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("江门", "江門", "蓬江", "江海区", "江海區", "新会", "新會", "台山", "开平", "開平", "鹤山", "鶴山",
              "恩平")),
    B: ("b", ("镇江", "鎮江", "京口", "润州", "潤州", "丹徒", "句容", "丹阳", "丹陽")),
    C: ("c", ("衡阳", "衡陽", "衡南", "衡东", "衡東", "祁东", "祁東", "耒阳", "耒陽")),
}
ENCODINGS = {A: "pdf", B: "docx", C: "utf-16"}
loaded = load_corpus(CORPUS, (".pdf", ".docx", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["江门市精神卫生中心2024年工作总结\n", "\n一、主要业务指标完成情况\n", "\n二、重点工作开展情况\n",
        "\n三、主要临床科室运行情况\n", "\n四、存在的问题\n", "\n五、2025年工作计划\n", "（一）门诊服务量持续增长。",
        "\n科室 | 门诊(人次) | 出院(人次) | 床位使用率(%) | 平均住院日(天)\n",
        "\n物质依赖科 | 8460 | 631 | 90.2 | 35.1\n", "居全省同类医院第", "个百分点", "其中", "累计", "力争", "计划"],
    B: ["镇江润清环境能源有限公司2023年工作总结和2024年工作计划\n", "\n一、2023年主要指标完成情况\n",
        "\n二、生产线运行情况\n", "\n三、重点工作开展情况\n", "\n四、存在的问题\n", "\n五、2024年工作计划\n",
        "（一）垃圾处理量再创新高。",
        "\n生产线 | 设计规模(吨/日) | 垃圾处理量(万吨) | 上网电量(万千瓦时) | 运行小时(小时)\n",
        "\n合计 | 3000 | 85.97 | 29700 | —\n", "居全省同类企业第", "个百分点", "其中", "累计", "力争", "计划"],
    C: ["中共衡陽市委老幹部局2024年工作總結\r\n", "\r\n一、基本情況\r\n", "\r\n二、主要工作成效\r\n",
        "\r\n三、存在的不足\r\n", "\r\n四、2025年工作思路\r\n", "（一）突出政治引領，思想建設持續加強。",
        "\r\n活動類別 | 場次(場) | 參與(人次) | 經費(萬元)\r\n", "\r\n合計 | 884 | 53600 | 203.2\r\n",
        "個百分點", "居全省市州", "力爭", "累計", "計劃"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    at = texts[A]
    if (CORPUS / A).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{A}: not a PDF file")
    if at.count("\n") < 40:
        errors.append(f"{A}: expected the PDF text to be wrapped into at least 40 lines")
    trows = [l for l in at.split("\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith("合计") for l in trows):
        errors.append(f"{A}: expected a header and six rows (no 合计 row) in the 科室 table")
    for m in re.finditer(r"[\d.]\n[\d.%万亿人个元张天例名家项场位篇期批次倍]", at):
        errors.append(f"{A}: a number is split by a line break: {at[max(0, m.start() - 8):m.end() + 8]!r}")
if B in texts:
    if (CORPUS / B).read_bytes()[:2] != b"PK":
        errors.append(f"{B}: not a .docx (zip) file")
    trows = [l for l in texts[B].split("\n") if " | " in l]
    if len(trows) != 7 or not trows[-1].startswith("合计 | "):
        errors.append(f"{B}: expected a header, five 生产线 rows and a 合计 row in the Word table")
if C in texts:
    ct = texts[C]; raw = (CORPUS / C).read_bytes()
    if raw[:2] != b"\xff\xfe":
        errors.append(f"{C}: expected a UTF-16LE byte-order mark")
    not_utf8(CORPUS / C, f"{C}: bytes decode as UTF-8, expected UTF-16", errors)
    dec = raw.decode("utf-16")
    if dec.count("\r\n") < 25 or "\n" in dec.replace("\r\n", "") or "\r" in dec.replace("\r\n", ""):
        errors.append(f"{C}: expected CRLF line ends only")
    check_traditional(texts, C, errors)
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 8 or not trows[-1].startswith("合計 | "):
        errors.append(f"{C}: expected a header, six 活动类别 rows and a 合計 row in the table")
    for r in rows:
        if r["doc"] == C and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C} spans a line break")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True),
         "u72", [(TABLE_CELL, None)], counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE),
         before=names_one_report(DOCS))
