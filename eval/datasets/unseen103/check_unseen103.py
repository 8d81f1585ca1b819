"""Verify eval/datasets/unseen103/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen103/check_unseen103.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py by way of unseen102/check_unseen102.py (wrapped PDF
with a plain-text table and a 合计 row, and the check that no asked number is split by a line break),
unseen95/check_unseen95.py (Markdown pipe table) and unseen90/check_unseen90.py (strict-Big5 CRLF
traditional text). It uses only index.loaders.load_report from the product (the corpus files are listed
with a plain directory scan). Checks:
- ids unique and shaped u103-<a|b|c>-qNNN / u103-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/個/點/噸/畝/戶/條 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the plain-text
  "cell | cell" table of 厂区 in the PDF; b: the Markdown pipe table of 产品系列; c: the plain-text
  "cell | cell" table of 养殖基地); a number the PDF text of a splits over a line break is not taken as
  written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the Big5 report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "pdf", b
  "utf-8", c "big5") and keeps its shape (a: a real PDF whose text is wrapped into at least 40 lines of
  at most 50 characters, numbered sections, a 厂区 table of a header, five rows and a 合计 row of five
  cells each, and no asked number or number+unit split by a line break anywhere in the text; b: UTF-8
  Markdown with LF line ends, a "# " title, four "## " headings, bold run-in （一）… headings and a pipe
  table of a header, a |---| rule, five 产品系列 rows and a 合计 row, every b evidence inside one line;
  c: bytes that are not UTF-8 but strict Big5 decoding to the loaded text, traditional script, CRLF line
  ends only, a 养殖基地 table of a header and six rows with no 合计 row, and no c evidence crossing a line
  break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u103-… ids) and "not found as written" for table-row items
whose unit is only in the table's header (a-q021, b-q020, c-q021). Every unit character of c (萬, 億,
個, 點, 噸, 畝, 戶) is one check_gold folds, so no traditional-unit message is expected. Any other
check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, number_form, split_by_line_break,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report, legacy_bytes,
    check_traditional, values_units, full_run
)

HERE = REPO / "eval/datasets/unseen103"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻時數車單",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只时数车单")
A, B, C = "a_county_2024_zipper.pdf", "b_county_2024q3_huangjiu.md", "c_county_2024_eel_big5.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("舒城", "杭埠", "桃溪", "千人桥", "千人橋", "张母桥", "張母橋", "汤池", "湯池")),
    B: ("b", ("上虞", "崧厦", "崧廈", "丰惠", "豐惠", "汤浦", "湯浦", "下管", "驿亭", "驛亭")),
    C: ("c", ("漳浦", "佛昙", "佛曇", "赤湖", "杜浔", "杜潯", "霞美", "六鳌", "六鰲", "绥安", "綏安", "深土")),
}
ENCODINGS = {A: "pdf", B: "utf-8", C: "big5"}
loaded = load_corpus(CORPUS, (".pdf", ".md", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["舒城恒扣拉链股份有限公司2024年工作总结和2025年工作思路\n", "\n一、2024年主要工作完成情况\n",
        "\n二、各厂区运行情况\n", "\n三、存在的问题\n", "\n四、2025年工作思路\n", "（一）产能规模稳步扩大。",
        "\n厂区 | 生产线(条) | 产量(万条) | 销售收入(万元) | 合格率(%)\n",
        "\n合计 | 186 | 78500 | 125800 | 98.7\n", "个百分点", "舒城县纺织服装配套企业中排名", "其中",
        "力争", "计划"],
    B: ["# 上虞禾醅黄酒酿造有限公司2024年1-9月工作总结及四季度工作安排\n", "\n## 一、1-9月主要工作完成情况\n",
        "\n## 二、各产品系列销售情况\n", "\n## 三、存在的问题\n", "\n## 四、四季度工作安排\n",
        "**（一）原料基地持续巩固。**",
        "\n| 产品系列 | 销量(千升) | 销售收入(万元) | 同比增长(%) | 三季度收入(万元) |\n|---|---|---|---|---|\n",
        "\n| 合计 | 32800 | 54200 | 8.7 | 16400 |\n", "1-9月", "三季度", "个百分点", "累计", "其中",
        "力争", "计划"],
    C: ["漳浦藍鰻水產食品有限公司2024年工作總結和2025年工作計劃\r\n", "\r\n一、2024年主要工作完成情況\r\n",
        "\r\n二、各養殖基地生產情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、2025年工作計劃\r\n",
        "（一）養殖規模穩中有增。",
        "\r\n養殖基地 | 面積(畝) | 出池量(噸) | 成活率(%) | 員工(人)\r\n",
        "漳浦縣水產企業中排名", "個百分點", "其中", "累計", "力爭", "計劃"],
}
require_strings(texts, RESIDUE, errors)


def one_line(doc, text):
    """Every evidence of doc lies inside one line of text."""
    for r in rows:
        if r["doc"] == doc and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {doc} spans a line break")


if A in texts:
    at = texts[A]
    if (CORPUS / A).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{A}: not a PDF file")
    if at.count("\n") < 40:
        errors.append(f"{A}: expected the PDF text to be wrapped into at least 40 lines")
    if (longest := max(len(l) for l in at.split("\n"))) > 50:
        errors.append(f"{A}: a line of {longest} characters; expected wrapped lines of about 44")
    trows = [l for l in at.split("\n") if " | " in l]
    if len(trows) != 7 or not trows[-1].startswith("合计 | ") or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{A}: expected a header, five 厂区 rows and a 合计 row of five cells in the table")
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
    if not bt.startswith("# ") or len(re.findall(r"^## ", bt, re.M)) != 4:
        errors.append(f"{B}: expected a '# ' title and four '## ' headings")
    if len(re.findall(r"^\*\*（[一二三四五六七八九十]+）", bt, re.M)) < 15:
        errors.append(f"{B}: expected bold run-in （一）… headings")
    trows = [l for l in bt.split("\n") if l.startswith("|")]
    if len(trows) != 8 or trows[1] != "|---|---|---|---|---|" or not trows[-1].startswith("| 合计 |"):
        errors.append(f"{B}: expected a pipe table of a header, a separator, five 产品系列 rows and a 合计 row")
    one_line(B, bt)
if C in texts:
    ct = texts[C]
    raw = legacy_bytes(CORPUS / C, "big5", errors)
    dec = raw.decode("big5", errors="replace")
    if dec.count("\r\n") < 30 or "\n" in dec.replace("\r\n", "") or "\r" in dec.replace("\r\n", ""):
        errors.append(f"{C}: expected CRLF line ends only")
    if ct.replace("\r\n", "\n") != dec.replace("\r\n", "\n"):
        errors.append(f"{C}: strict Big5 decoding differs from the loaded text")
    check_traditional(texts, C, errors)
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith(("合計", "合计")) for l in trows) or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{C}: expected a header and six 养殖基地 rows (no 合计 row) of five cells in the table")
    one_line(C, ct)


def number(ev, v, unit, text):
    return number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True)


full_run(QS, loaded, rows, DOCS, errors, number, "u103", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
