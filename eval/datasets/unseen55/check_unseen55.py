"""Verify eval/datasets/unseen55/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen55/check_unseen55.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with unseen34's GB18030 and Markdown-table
handling). It uses only index.loaders.load_report from the product (the corpus files are listed with a
plain directory scan). Checks:
- ids unique and shaped u55-<a|b|c>-qNNN / u55-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded), with its unit after it (after
  an optional 余/多 qualifier), or in the "(unit)" header line of the table the span is a row of (a: the
  plain-text "cell | cell" table of 线路 in the PDF; b: the Markdown pipe table of 科室; c: the plain-text
  "cell | cell" table of 企业类别); a number the PDF text of a splits over a line break is not taken as
  written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("pdf" for a, "utf-8"
  for b, "gb18030" for c) and keeps its shape (a: a real PDF whose text is wrapped into at least 40
  lines of at most 48 characters outside the table, numbered sections, a 线路 table with a 合计 row;
  b: UTF-8 Markdown with a "# " title, "## " headings, a pipe table of 科室 with a |---| rule and a 合计
  row; c: bytes that are not UTF-8 but strict GB18030, CRLF line ends only, numbered sections, a
  企业类别 table with a 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u55-… ids) and "not found as written" for table-row items
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

HERE = REPO / "eval/datasets/unseen55"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队")
A = "a_city_2024_metro.pdf"; B = "b_district_2023_chc.md"; C = "c_city_2024h1_logistics_gb18030.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("无锡", "無錫", "梁溪", "锡山", "錫山", "惠山", "滨湖", "濱湖", "新吴", "新吳", "江阴", "江陰")),
    B: ("b", ("崇明", "城桥", "城橋")),
    C: ("c", ("德州", "德城", "禹城", "乐陵", "樂陵", "齐河", "齊河", "夏津", "平原")),
}
ENCODINGS = {A: "pdf", B: "utf-8", C: "gb18030"}
loaded = load_corpus(CORPUS, (".txt", ".md", ".pdf")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["无锡市惠锡轨道交通集团有限公司2024年工作总结", "一、运营生产情况", "（一）线网规模持续扩大", "二、线网建设情况",
        "五、存在的问题", "六、2025年工作思路",
        "\n线路 | 里程(公里) | 客运量(万人次) | 日均客运量(万人次) | 正点率(%) | 客运量增长(%)\n",
        "\n合计 | 143.8 | 25393 | 69.4 | 99.94 | 14.7\n", "个百分点", "力争"],
    B: ["# 崇明区城桥镇社区卫生服务中心2023年工作总结和2024年工作思路\n", "\n## 一、2023年工作完成情况\n",
        "\n### （一）基本医疗服务量稳步增长\n", "\n## 三、2024年工作思路\n",
        "\n| 科室 | 门诊人次(人次) | 同比增长(%) | 次均费用(元) | 医师数(人) |\n|---|---|---|---|---|\n",
        "\n| 合计 | 304200 | 8.6 | 188.0 | 73 |\n", "个百分点", "力争"],
    C: ["德州市德城现代物流园区管理委员会2024年上半年工作总结\r\n", "一、主要经济指标完成情况", "二、重点工作推进情况",
        "（八）人才和服务保障不断加强", "四、下半年工作打算",
        "\r\n企业类别 | 入驻企业(家) | 货物吞吐量(万吨) | 营业收入(亿元) | 营收同比增长(%)\r\n",
        "\r\n合计 | 463 | 1286.4 | 68.35 | 11.7\r\n", "居第1位", "居第7位", "个百分点", "力争"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    if (CORPUS / A).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{A}: not a PDF file")
    lines = texts[A].split("\n")
    if len(lines) < 40:
        errors.append(f"{A}: expected the PDF text to be wrapped into at least 40 lines")
    if long := [l for l in lines if " | " not in l and len(l) > 48]:
        errors.append(f"{A}: {len(long)} prose lines longer than 48 characters (expected wrapping at about 42)")
if B in texts:
    try:
        raw = (CORPUS / B).read_bytes(); raw.decode("utf-8")
        if b"\r" in raw:
            errors.append(f"{B}: expected LF line ends")
    except UnicodeDecodeError:
        errors.append(f"{B}: not UTF-8")
if C in texts:
    raw = legacy_bytes(CORPUS / C, "gb18030", errors, texts[C])
    dec = raw.decode("gb18030", errors="replace")
    if dec.count("\r\n") < 30 or "\n" in dec.replace("\r\n", "") or "\r" in dec.replace("\r\n", ""):
        errors.append(f"{C}: expected CRLF line ends only")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break), "u55",
         [(TABLE_CELL, None)], counts=dict(colloquial=True), before=names_one_report(DOCS))
