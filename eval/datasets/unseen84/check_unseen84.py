"""Verify eval/datasets/unseen84/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen84/check_unseen84.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with the wrapped-PDF, Markdown and traditional UTF-16
checks of unseen78). It uses only index.loaders.load_report from the product (the corpus files are listed
with a plain directory scan). Checks:
- ids unique and shaped u84-<a|b|c>-qNNN / u84-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/個/點 folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)"
  header cell of the value's own column of the table the span is a row of (a: the plain-text
  "cell | cell" table of 业务模式 in the PDF; b: the Markdown pipe table of 船型; c: the plain-text
  "cell | cell" table of 區域); a number the PDF text of a splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "pdf",
  b "utf-8", c "utf-16") and keeps its shape (a: a real PDF whose text is wrapped into at least 40
  lines of at most 46 characters, numbered sections, a table of a header, five 业务模式 rows and a
  合计 row, one per line, five cells each, and no asked number split by a line break anywhere in the
  text; b: UTF-8 Markdown with LF line ends, a "# " title, five "## " headings, bold run-in
  （一）… headings and a pipe table of a header, a |---| rule, five 船型 rows and a 合计 row;
  c: UTF-16 little-endian with a BOM and CRLF line ends only, not valid UTF-8, decoding to the loaded
  text, traditional script, a 區域 table of a header, six rows and a 合計 row, and no c evidence
  crossing a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u84-… ids) and "not found as written" for table-row items
whose unit is only in the table's header. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, number_form, split_by_line_break,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report, not_utf8,
    check_traditional, values_units, full_run
)

HERE = REPO / "eval/datasets/unseen84"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊時數車單艘",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队时数车单艘")
A = "a_city_2024_crossborder_park.pdf"; B = "b_city_2023_shipbuilding.md"; C = "c_city_2024h1_pharmacy_hant_utf16.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("汕头", "汕頭", "龙湖", "龍湖", "澄海", "潮南", "潮阳", "潮陽", "濠江", "南澳")),
    B: ("b", ("南通", "海门", "海門", "启东", "啟東", "如东", "如東")),
    C: ("c", ("邵阳", "邵陽", "双清", "雙清", "大祥", "北塔", "邵东", "邵東", "隆回", "武冈", "武岡", "新邵", "洞口")),
}
ENCODINGS = {A: "pdf", B: "utf-8", C: "utf-16"}
loaded = load_corpus(CORPUS, (".pdf", ".md", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["汕头市龙湖区潮汇跨境电商产业园2024年工作总结和2025年工作思路\n", "\n一、主要指标完成情况\n",
        "\n二、重点工作推进情况\n", "\n三、存在的问题\n", "\n四、2025年工作思路\n", "（一）进出口规模再创新高。",
        "\n业务模式 | 进出口额(亿元) | 同比增长(%) | 单量(万单) | 占比(%)\n",
        "\n合计 | 86.53 | 24.3 | 3874 | 100.0\n", "排名第4位", "个百分点", "其中", "累计", "力争", "计划"],
    B: ["# 南通澜舟船舶重工有限公司2023年工作总结和2024年工作思路\n",
        "\n## 一、主要经营指标完成情况\n", "\n## 二、分船型生产情况\n", "\n## 三、重点工作推进情况\n",
        "\n## 四、存在的问题\n", "\n## 五、2024年工作思路\n", "**（一）经济效益明显改善。**",
        "\n| 船型 | 完工(艘) | 载重吨(万载重吨) | 产值(亿元) | 新接订单(艘) |\n|---|---|---|---|---|\n",
        "\n| 合计 | 23 | 221.4 | 126.8 | 31 |\n", "排名第7位", "个百分点", "其中", "累计", "力争", "计划"],
    C: ["邵陽仁濟堂大藥房連鎖有限公司2024年上半年工作總結及下半年工作計劃\r\n", "\r\n一、主要經營指標完成情況\r\n",
        "\r\n二、分區域經營情況\r\n", "\r\n六、存在的問題\r\n", "\r\n七、下半年工作計劃\r\n", "（一）銷售規模穩步擴大。",
        "\r\n區域 | 門店(家) | 銷售額(萬元) | 同比增長(%) | 會員(萬人)\r\n",
        "\r\n合計 | 468 | 39140 | 12.7 | 128.6\r\n", "居全市第2位", "個百分點", "其中", "累計", "力爭", "計劃"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    at = texts[A]
    if (CORPUS / A).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{A}: not a PDF file")
    lines = at.split("\n")
    if len(lines) < 40 or max(len(l) for l in lines) > 46:
        errors.append(f"{A}: expected the PDF text to be wrapped into at least 40 lines of at most 46 characters")
    trows = [l for l in lines if " | " in l]
    if len(trows) != 7 or not trows[-1].startswith("合计 | ") or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{A}: expected a header, five 业务模式 rows and a 合计 row of five cells, one per line")
    # no asked number (or number+unit) is split by a line break anywhere in the text
    for r in rows:
        if r["doc"] != A or r["value"] is None:
            continue
        for v, unit in zip(*values_units(r)):
            f = number_form(v)
            for m in re.finditer(r"\d[\d.]*\n[\d.]*\d", at):
                if f in m.group().replace("\n", "") and f not in m.group().split("\n"):
                    errors.append(f"{r['id']}: {f} is split by a line break in {A}: {m.group()!r}")
            if unit and re.search(rf"(?<![\d.]){re.escape(f)}\n{re.escape(unit[:1])}", at):
                errors.append(f"{r['id']}: {f}{unit} is split from its unit by a line break in {A}")
if B in texts:
    bt = texts[B]
    try:
        (CORPUS / B).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{B}: not UTF-8")
    if "\r" in bt:
        errors.append(f"{B}: expected LF line ends only")
    if not bt.startswith("# ") or len(re.findall(r"^## ", bt, re.M)) != 5:
        errors.append(f"{B}: expected a '# ' title and five '## ' headings")
    if len(re.findall(r"^\*\*（[一二三四五六七八]）", bt, re.M)) < 12:
        errors.append(f"{B}: expected bold run-in （一）… headings")
    trows = [l for l in bt.split("\n") if l.startswith("|")]
    if len(trows) != 8 or trows[1] != "|---|---|---|---|---|" or not trows[-1].startswith("| 合计 |"):
        errors.append(f"{B}: expected a pipe table of a header, a separator, five 船型 rows and a 合计 row")
if C in texts:
    ct = texts[C]
    raw = (CORPUS / C).read_bytes()
    if raw[:2] != b"\xff\xfe":
        errors.append(f"{C}: expected a UTF-16LE byte-order mark")
    not_utf8(CORPUS / C, f"{C}: bytes decode as UTF-8, expected UTF-16", errors)
    decoded = raw.decode("utf-16")
    if decoded.count("\r\n") < 30 or "\n" in decoded.replace("\r\n", "") or "\r" in decoded.replace("\r\n", ""):
        errors.append(f"{C}: expected CRLF line ends only")
    if decoded.lstrip("\ufeff") != ct:
        errors.append(f"{C}: the loaded text differs from the decoded file")
    check_traditional(texts, C, errors)
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 8 or not trows[-1].startswith("合計 | "):
        errors.append(f"{C}: expected a header, six 區域 rows and a 合計 row in the table")
    for r in rows:
        if r["doc"] == C and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C} spans a line break")


def number(ev, v, unit, text):
    return number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True)


full_run(QS, loaded, rows, DOCS, errors, number, "u84", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
