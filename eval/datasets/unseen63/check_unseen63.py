"""Verify eval/datasets/unseen63/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen63/check_unseen63.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with unseen60's Markdown and PDF-wrapping checks).
It uses only index.loaders.load_report from the product (the corpus files are listed with a plain
directory scan). Checks:
- ids unique and shaped u63-<a|b|c>-qNNN / u63-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded), with its unit after it (after
  an optional 余/多 qualifier), or, for a table row, in the "(unit)" header cell of the value's own
  column (a: the Word table of 航道; b: the Markdown pipe table of 投诉类别; c: the plain-text
  "cell | cell" table of 专类园 in the PDF); a number the PDF text of c splits over a line break is not
  taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N); entity answers appear
  verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "docx",
  b "utf-8", c "pdf") and keeps its shape (a: a real .docx (zip) whose one Word table comes out as
  "cell | cell" lines, six 航道 rows and a 合计 row; b: UTF-8 Markdown with LF line ends, a "# " title,
  at least four "## " headings, bold run-in (一)… headings and a pipe table with a |---| rule and six
  投诉类别 rows, no 合计 row; c: a real PDF whose text is wrapped into at least 40 lines, no prose line
  longer than 46 characters, no asked number split by a line break, numbered sections, a 专类园 table of
  six rows and no 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u63-… ids) and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_CELL, load_corpus, load_rows, number_ok, split_by_line_break, check_corpus, check_sizes,
    unexpected_encoding, require_strings, names_one_report, full_run, values_units, number_form
)

HERE = REPO / "eval/datasets/unseen63"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊節種", "万亿项个点吨亩头户张台辆笔间条场处区级对队节种")
A = "a_city_2024_waterway.docx"; B = "b_city_2023_consumer.md"; C = "c_city_2024_botanical_garden.pdf"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("济宁", "濟寧", "任城", "微山", "鱼台", "魚臺", "嘉祥", "汶上", "金乡", "金鄉")),
    B: ("b", ("银川", "銀川", "兴庆", "興慶", "金凤", "金鳳", "西夏区", "西夏區", "灵武", "靈武")),
    C: ("c", ("武威", "凉州", "涼州", "民勤", "古浪", "天祝")),
}
ENCODINGS = {A: "docx", B: "utf-8", C: "pdf"}
loaded = load_corpus(CORPUS, (".md", ".pdf", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["济宁市航道事务中心2024年工作总结和2025年工作思路\n", "\n一、主要指标完成情况\n", "\n二、重点工作推进情况\n",
        "\n三、主要航道运行情况\n", "\n四、存在的问题\n", "\n五、2025年工作思路\n", "（一）通航条件持续改善。",
        "\n航道 | 通航里程(公里) | 货运量(万吨) | 船舶过闸(艘次) | 货运量增长(%)\n",
        "\n合计 | 405 | 9160 | 118600 | 6.7\n", "居全省内河第", "个百分点", "同比增长", "其中", "累计", "力争", "计划"],
    B: ["# 银川市消费者权益保护委员会2023年工作总结和2024年工作思路\n", "\n## 一、投诉受理和处理情况\n",
        "\n## 二、主要投诉类别情况\n", "\n## 三、重点工作推进情况\n", "\n## 四、存在的问题\n",
        "\n## 五、2024年工作思路\n", "**（一）投诉总量保持增长。**",
        "| 投诉类别 | 受理(件) | 解决(件) | 挽回损失(万元) | 解决率(%) |\n|---|---|---|---|---|\n",
        "居全区五个地级市第", "个百分点", "同比增长", "其中", "累计", "力争", "计划", "\n- 计划"],
    C: ["武威市植物园2024年工作总结和2025年工作计划\n", "\n一、主要指标完成情况\n", "\n二、重点工作推进情况\n",
        "\n三、专类园运行情况\n", "\n四、存在的问题\n", "\n五、2025年工作计划\n", "（一）园区规模稳步扩大。",
        "\n专类园 | 面积(亩) | 收集物种(种) | 游客(万人次) | 游客增长(%)\n", "排名第", "个百分点", "同比增长", "其中",
        "累计", "力争", "计划"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    if (CORPUS / A).read_bytes()[:2] != b"PK":
        errors.append(f"{A}: not a .docx (zip) file")
    if len(re.findall(r"^\S+ \| \d+ \| \d+ \| \d+ \| [\d.]+$", texts[A], re.M)) != 7:
        errors.append(f"{A}: expected a Word table of six 航道 rows and a 合计 row as 'cell | cell' lines")
if B in texts:
    try:
        (CORPUS / B).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{B}: not UTF-8")
    if "\r" in texts[B]:
        errors.append(f"{B}: expected LF line ends only")
    if len(re.findall(r"^## ", texts[B], re.M)) < 4:
        errors.append(f"{B}: expected at least four '## ' headings")
    if len(re.findall(r"^\| .+ \|$", texts[B], re.M)) != 7:
        errors.append(f"{B}: expected a pipe table of a header and six 投诉类别 rows")
    if "| 合计" in texts[B]:
        errors.append(f"{B}: the 投诉类别 table should have no 合计 row")
if C in texts:
    if (CORPUS / C).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{C}: not a PDF file")
    if texts[C].count("\n") < 40:
        errors.append(f"{C}: expected the PDF text to be wrapped into at least 40 lines")
    if (longest := max(len(l) for l in texts[C].split("\n") if " | " not in l)) > 46:
        errors.append(f"{C}: a prose line has {longest} characters, expected wrapping at about 44")
    if len(re.findall(r"^\S+ \| \d+ \| \d+ \| [\d.]+ \| [\d.]+$", texts[C], re.M)) != 6:
        errors.append(f"{C}: expected a 专类园 table of six rows")
    if "\n合计" in texts[C]:
        errors.append(f"{C}: the 专类园 table should have no 合计 row")
    # no asked value of c is split by a line break anywhere in the text
    for r in rows:
        if r["doc"] == C and r["value"] is not None:
            for v, _ in zip(*values_units(r)):
                f = number_form(v)
                for m in re.finditer(r"\d[\d.]*\n[\d.]*\d", texts[C]):
                    if m.group().replace("\n", "") == f:
                        errors.append(f"{r['id']}: value {f} is split by a line break in {C}")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, column=True, skip=split_by_line_break), "u63",
         [(TABLE_CELL, None)], counts=dict(colloquial=True), before=names_one_report(DOCS))
