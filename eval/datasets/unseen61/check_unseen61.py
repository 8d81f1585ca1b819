"""Verify eval/datasets/unseen61/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen61/check_unseen61.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with unseen55's GB18030 and Markdown-table
handling). It uses only index.loaders.load_report from the product (the corpus files are listed with a
plain directory scan). Checks:
- ids unique and shaped u61-<a|b|c>-qNNN / u61-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded), with its unit after it (after
  an optional 余/多 qualifier), or in the "(unit)" header line of the table the span is a row of (a: the
  Markdown pipe table of 区县; b: the plain-text "cell | cell" table of 路段 in the PDF; c: the plain-text
  "cell | cell" table of 镇（街道）); a number the PDF text of b splits over a line break is not taken
  as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("utf-8" for a, "pdf"
  for b, "gb18030" for c) and keeps its shape (a: UTF-8 Markdown with LF line ends, a "# " title,
  "## " headings and a pipe table of 区县 with a |---| rule and a 合计 row; b: a real PDF whose text is
  wrapped into at least 40 lines of at most 48 characters outside the table, numbered sections, a 路段
  table with a 合计 row; c: bytes that are not UTF-8 but strict GB18030, CRLF line ends only, numbered
  sections, a 镇（街道） table without a 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u61-… ids) and "not found as written" for table-row items
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

HERE = REPO / "eval/datasets/unseen61"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊鐘", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队钟")
A = "a_city_2024_rescue.md"; B = "b_city_2023_2024_expressway.pdf"; C = "c_countycity_2024_gazetteer_gb18030.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("淮南", "田家庵", "大通区", "大通區", "谢家集", "謝家集", "八公山", "潘集", "凤台", "鳳台", "鳳臺")),
    B: ("b", ("新余", "新餘", "渝水", "分宜", "仙女湖", "罗坊", "羅坊", "杨桥", "楊橋", "姚圩")),
    C: ("c", ("余姚", "餘姚", "泗门", "泗門", "马渚", "馬渚", "梁弄", "陆埠", "陸埠", "阳明街道", "陽明街道",
              "临山", "臨山", "四明山", "大岚", "大嵐", "鹿亭")),
}
ENCODINGS = {A: "utf-8", B: "pdf", C: "gb18030"}
loaded = load_corpus(CORPUS, (".txt", ".md", ".pdf")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["# 淮南市救助管理站2024年工作总结\n", "\n## 一、主要工作完成情况\n", "\n### （一）救助服务总量平稳增长\n",
        "\n## 二、各区县救助工作情况\n", "\n## 五、2025年工作打算\n",
        "\n| 区县 | 救助人次(人次) | 同比增长(%) | 护送返乡(人) | 寻亲成功(人) | 街面巡查(次) |\n|---|---|---|---|---|---|\n",
        "\n| 合计 | 3126 | 7.8 | 1487 | 206 | 4860 |\n", "个百分点", "力争"],
    B: ["新余高速公路管理处2023年工作总结和2024年工作计划\n", "一、2023年主要工作完成情况", "（一）车流量和通行费收入稳步回升",
        "二、各路段运营情况", "三、存在的问题", "四、2024年工作计划",
        "\n路段 | 里程(公里) | 车流量(万辆次) | 通行费收入(万元) | 收入增长(%)\n",
        "\n合计 | 186.4 | 2468.3 | 98300 | 8.4\n", "个百分点", "力争"],
    C: ["余姚市地方志编纂中心2024年工作总结\r\n", "一、2024年主要工作完成情况", "（一）三轮市志编纂扎实推进",
        "（九）自身建设不断加强", "二、重点镇（街道）镇村志编纂情况", "三、存在的问题", "四、2025年工作思路",
        "\r\n镇（街道） | 已出版村志(部) | 在编村志(部) | 镇街年鉴(卷) | 出版字数(万字)\r\n",
        "\r\n临山镇 | 10 | 1 | 6 | 347.2\r\n", "排名第6位", "力争"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    try:
        raw = (CORPUS / A).read_bytes(); raw.decode("utf-8")
        if b"\r" in raw:
            errors.append(f"{A}: expected LF line ends")
    except UnicodeDecodeError:
        errors.append(f"{A}: not UTF-8")
if B in texts:
    if (CORPUS / B).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{B}: not a PDF file")
    lines = texts[B].split("\n")
    if len(lines) < 40:
        errors.append(f"{B}: expected the PDF text to be wrapped into at least 40 lines")
    if long := [l for l in lines if " | " not in l and len(l) > 48]:
        errors.append(f"{B}: {len(long)} prose lines longer than 48 characters (expected wrapping at about 44)")
if C in texts:
    raw = legacy_bytes(CORPUS / C, "gb18030", errors, texts[C])
    dec = raw.decode("gb18030", errors="replace")
    if dec.count("\r\n") < 30 or "\n" in dec.replace("\r\n", "") or "\r" in dec.replace("\r\n", ""):
        errors.append(f"{C}: expected CRLF line ends only")
    if "\n合计" in texts[C]:
        errors.append(f"{C}: the 镇（街道） table should have no 合计 row")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break), "u61",
         [(TABLE_CELL, None)], counts=dict(colloquial=True), before=names_one_report(DOCS))
