"""Verify eval/datasets/unseen54/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen54/check_unseen54.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with unseen51's Markdown checks). It uses only
index.loaders.load_report from the product (the corpus files are listed with a plain directory scan).
Checks:
- ids unique and shaped u54-<a|b|c>-qNNN / u54-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded), with its unit after it (after
  an optional 余/多 qualifier), or in the "(unit)" header line of the table the span is a row of (a: the
  Markdown pipe table of 作物; b: the plain-text "cell | cell" table of 展区 in the PDF; c: the plain-text
  "cell | cell" table of 县区); a number the PDF text of b splits over a line break is not taken as
  written;
- the answer string states every value in ASCII digits (ranks may state 第N); entity answers appear
  verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "utf-8",
  b "pdf", c "utf-16") and keeps its shape (a: UTF-8 Markdown with LF line ends, a "# " title, at least
  four "## " headings, bold run-in (一)… headings and a pipe table with a |---| rule and a 合计 row;
  b: a real PDF whose text is wrapped into at least 40 lines, no prose line longer than 42 characters,
  numbered sections, a 展区 table without a 合计 row; c: UTF-16 little-endian with a BOM and LF line ends
  only, not valid UTF-8, numbered sections, a "cell | cell" table of 县区 with a 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u54-… ids) and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_CELL, load_corpus, load_rows, number_ok, split_by_line_break, check_corpus, check_sizes,
    unexpected_encoding, require_strings, names_one_report, not_utf8, full_run
)

HERE = REPO / "eval/datasets/unseen54"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊", "万亿项个点吨亩头户张台辆笔间条场处区级对队")
A = "a_county_2023_agritech.md"; B = "b_city_2024_scitech_museum.pdf"; C = "c_city_2024_radio_utf16.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("临洮", "臨洮", "洮阳镇", "洮陽鎮", "新添镇", "新添鎮", "辛店镇", "辛店鎮", "太石镇", "太石鎮",
              "衙下集", "中铺镇", "中鋪鎮", "南屏镇", "南屏鎮", "八里铺", "八里鋪")),
    B: ("b", ("吐鲁番", "吐魯番", "高昌区", "高昌區", "鄯善", "托克逊", "托克遜")),
    C: ("c", ("晋城", "晉城", "泽州", "澤州", "高平市", "阳城县", "陽城縣", "陵川", "沁水")),
}
ENCODINGS = {A: "utf-8", B: "pdf", C: "utf-16"}
loaded = load_corpus(CORPUS, (".md", ".pdf", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["# 临洮县农业技术推广中心2023年工作总结\n", "\n## 一、主要指标完成情况\n", "\n## 二、重点工作开展情况\n",
        "\n## 三、存在的问题\n", "\n## 四、2024年工作打算\n", "**（一）粮食生产稳中有增。**",
        "| 作物 | 示范面积(亩) | 平均亩产(公斤) | 较大田增产(%) | 辐射带动(万亩) |\n|---|---|---|---|---|\n",
        "\n| 合计 | 41500 | — | — | 22.1 |\n", "居全市第", "个百分点", "其中", "累计", "力争", "\n- 计划"],
    B: ["吐鲁番市科技馆2024年工作总结和2025年工作打算\n", "\n一、2024年工作完成情况\n", "\n二、各展区运行情况\n",
        "\n三、存在的问题\n", "\n四、2025年工作打算\n", "（一）场馆接待量再创新高。",
        "\n展区 | 参观人次(万人次) | 馆内活动(场) | 展品(件) | 满意度(%)\n",
        "\n儿童科学乐园 | 29.8 | 75 | 67 | 98.3\n", "居第", "同比增长", "其中", "累计", "力争", "计划"],
    C: ["晋城市无线电管理局2024年工作总结\n", "\n一、主要工作完成情况\n", "\n二、存在的问题\n", "\n三、2025年工作思路\n",
        "（一）频率台站管理规范有序。",
        "\n县区 | 在用台站(个) | 监测时长(小时) | 查处干扰(起) | 新增5G基站(个)\n",
        "\n合计 | 18642 | 21600 | 87 | 1317\n", "居全省第", "个百分点", "其中", "累计", "力争"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    try:
        (CORPUS / A).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{A}: not UTF-8")
    if "\r" in texts[A]:
        errors.append(f"{A}: expected LF line ends only")
    if len(re.findall(r"^## ", texts[A], re.M)) < 4:
        errors.append(f"{A}: expected at least four '## ' headings")
    if len(re.findall(r"^\| .+ \|$", texts[A], re.M)) != 8:
        errors.append(f"{A}: expected a pipe table of a header, six 作物 rows and a 合计 row")
if B in texts:
    if (CORPUS / B).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{B}: not a PDF file")
    if texts[B].count("\n") < 40:
        errors.append(f"{B}: expected the PDF text to be wrapped into at least 40 lines")
    if (longest := max(len(l) for l in texts[B].split("\n") if " | " not in l)) > 42:
        errors.append(f"{B}: a prose line has {longest} characters, expected wrapping at about 40")
    if "\n合计" in texts[B]:
        errors.append(f"{B}: the 展区 table should have no 合计 row")
if C in texts:
    raw = (CORPUS / C).read_bytes()
    if raw[:2] != b"\xff\xfe":
        errors.append(f"{C}: expected a UTF-16LE byte-order mark")
    not_utf8(CORPUS / C, f"{C}: bytes decode as UTF-8, expected UTF-16", errors)
    decoded = raw.decode("utf-16")
    if "\r" in decoded or decoded.count("\n") < 30:
        errors.append(f"{C}: expected LF line ends only (at least 30)")
    if decoded.lstrip("\ufeff") != texts[C]:
        errors.append(f"{C}: the loaded text differs from the decoded file")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break), "u54",
         [(TABLE_CELL, None)], counts=dict(colloquial=True), before=names_one_report(DOCS))
