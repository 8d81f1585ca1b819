"""Verify eval/datasets/unseen45/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen45/check_unseen45.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with the GB18030 checks of unseen39 and the
Markdown checks of unseen34). It uses only index.loaders.load_report from the product (the corpus
files are listed with a plain directory scan). Checks:
- ids unique and shaped u45-<a|b|c>-qNNN / u45-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded), with its unit after it (after
  an optional 余/多 qualifier), or in the "(unit)" header cell of its own column of the table the span
  is a row of (a: the plain-text "cell | cell" table of 管理部 in the PDF; b: the plain-text table of
  水厂; c: the Markdown pipe table of 街道（镇）); a number the PDF text of a splits over a line break
  is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("pdf" for a,
  "gb18030" for b, "utf-8" for c) and keeps its shape (a: a real PDF whose text is wrapped into at
  least 60 lines of at most 50 characters apart from the table lines, with a 合计 row; b: GB18030 bytes,
  not valid UTF-8, LF line ends only, at least one character outside GBK, a 水厂 table with a 合计
  row; c: UTF-8 Markdown with a "# " title, "## " headings and a pipe table of 街道（镇） without a
  合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u45-… ids) and "not found as written" for table-row items
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

HERE = REPO / "eval/datasets/unseen45"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队")
A_DOC, B_DOC, C_DOC = "a_city_2024_hpf.pdf", "b_city_2023_water_gb18030.txt", "c_district_2024h1_veterans.md"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("景德镇", "景德鎮", "珠山", "昌江", "浮梁", "乐平", "樂平")),
    B_DOC: ("b", ("枣庄", "棗莊", "薛城", "峄城", "嶧城", "台儿庄", "臺兒莊", "山亭")),
    C_DOC: ("c", ("桃城",)),
}
ENCODINGS = {A_DOC: "pdf", B_DOC: "gb18030", C_DOC: "utf-8"}
loaded = load_corpus(CORPUS, (".txt", ".md", ".pdf")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["景德镇市住房公积金管理中心2024年工作总结", "一、主要业务指标完成情况", "（一）归集扩面稳步推进",
            "二、重点工作推进情况", "三、存在的问题", "四、2025年工作思路",
            "管理部 | 归集额(亿元) | 同比增长(%) | 发放贷款(亿元) | 贷款笔数(笔) | 个贷率(%)\n",
            "\n合计 | 38.56 | 7.1 | 18.76 | 4108 | 83.9\n", "居全省第", "个百分点", "力争"],
    B_DOC: ["枣庄市汇泉水务集团有限公司2023年经营工作总结和2024年工作安排", "一、2023年主要经营指标完成情况",
            "（一）供售水量稳步增长", "二、2023年重点工作开展情况", "三、存在的问题", "四、2024年工作安排",
            "水厂 | 设计规模(万立方米/日) | 供水量(万立方米) | 同比增长(%) | 单位电耗(千瓦时/千立方米)\n",
            "\n合计 | 32 | 9864 | 3.2 | 323\n", "产销差率", "个百分点", "\n• "],
    C_DOC: ["# 桃城区退役军人事务局2024年上半年工作总结\n", "\n## 一、上半年主要工作完成情况\n",
            "\n## 二、各街道（镇）工作开展情况\n", "\n## 四、下半年工作打算\n", "\n**（一）服务保障体系持续完善**\n",
            "\n| 街道（镇） | 登记退役军人(人) | 走访慰问(户次) | 帮扶就业(人) | 发放慰问金(万元) |\n|---|---|---|---|---|\n",
            "\n| 赵家圈镇 | 1133 | 273 | 27 | 25.4 |\n", "个百分点", "力争全年", "居第"],
}
require_strings(texts, RESIDUE, errors)
if A_DOC in texts:
    if (CORPUS / A_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{A_DOC}: not a PDF file")
    lines = texts[A_DOC].split("\n")
    if len(lines) < 60:
        errors.append(f"{A_DOC}: expected the PDF text to be wrapped into at least 60 lines")
    if max(len(l) for l in lines if " | " not in l) > 50:
        errors.append(f"{A_DOC}: a prose line is longer than 50 characters (expected wrapping at about 45)")
if B_DOC in texts:
    raw = legacy_bytes(CORPUS / B_DOC, "gb18030", errors, texts[B_DOC])
    if b"\r" in raw or raw.count(b"\n") < 30:
        errors.append(f"{B_DOC}: expected LF line ends only")

    def gbk_ok(ch):
        try:
            ch.encode("gbk"); return True
        except UnicodeEncodeError:
            return False
    if all(gbk_ok(ch) for ch in texts[B_DOC]):
        errors.append(f"{B_DOC}: expected at least one character outside GBK")
if C_DOC in texts:
    try:
        (CORPUS / C_DOC).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{C_DOC}: not UTF-8")
    if "合计" in texts[C_DOC]:
        errors.append(f"{C_DOC}: the 街道（镇） table should have no 合计 row")
    if "\r" in texts[C_DOC]:
        errors.append(f"{C_DOC}: expected LF line ends only")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, column=True, skip=split_by_line_break), "u45",
         [(TABLE_CELL, None)], counts=dict(colloquial=True), before=names_one_report(DOCS))
