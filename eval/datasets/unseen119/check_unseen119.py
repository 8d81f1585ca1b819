"""Verify eval/datasets/unseen119/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen119/check_unseen119.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py by way of unseen90/check_unseen90.py,
unseen115/check_unseen115.py (Word report with one Word table and a 合计 row), unseen113/check_unseen113.py
(Markdown report with a pipe table and a 合计 row; traditional UTF-8 text with a BOM and CRLF line ends) and
unseen116/check_unseen116.py (a 前三季度 report in traditional script with figures for 1-9月 and 三季度).
It uses only index.loaders.load_report from the product (the corpus files are listed with a plain directory
scan). Checks:
- ids unique and shaped u119-<a|b|c>-qNNN / u119-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/個/點/噸/戶/條 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the Word table of
  加工基地, which load_report gives as "cell | cell" lines; b: the Markdown pipe table of 产品类别; c: the
  plain-text "cell | cell" table of 分厂);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "docx", b "utf-8",
  c "utf-8-sig") and keeps its shape (a: a real .docx (zip) whose Word table comes out as "cell | cell"
  lines, a header, five 加工基地 rows and a 合计 row of five cells each, every a evidence inside one line;
  b: UTF-8 Markdown with LF line ends, a "# " title, four "## " headings, bold run-in （一）… headings and a
  pipe table of a header, a |---| rule, five 产品类别 rows and a 合计 row, every b evidence inside one line;
  c: UTF-8 with a byte-order mark and CRLF line ends only, decoding to the loaded text, traditional script,
  figures for 1-9月 and for 三季度 alone, a 分厂 table of a header and six rows with no 合計 row, and no c
  evidence crossing a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u119-… ids) and "not found as written" for table-row items
whose unit is only in the table's header (check_gold folds every traditional unit character c uses:
萬/億/個/點/噸/戶/條); a traditional-unit message group is kept for unit characters check_gold does not
fold (none expected). Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus, check_sizes,
    unexpected_encoding, require_strings, names_one_report, check_traditional, check_gold, written_as, full_run
)

HERE = REPO / "eval/datasets/unseen119"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻時數車單",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只时数车单")
A, B, C = "a_county_2024_dried_persimmon.docx", "b_county_2024h1_castings.md", "c_county_2024q3_yuba_bom.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("荥阳", "滎陽", "广武", "廣武", "高村", "汜水", "崔庙", "崔廟", "贾峪", "賈峪", "刘河", "劉河")),
    B: ("b", ("泊头", "泊頭", "交河", "富镇", "富鎮", "齐桥", "齊橋", "寺门村", "寺門村", "郝村")),
    C: ("c", ("三原", "陂西", "独李", "獨李", "西阳", "西陽", "鲁桥", "魯橋", "陵前", "渠岸", "嵯峨")),
}
# check_gold.py folds some traditional unit characters itself; the others of T2S it does not
CG_FOLDED = {chr(k) for k in check_gold().UNIT_T2S}
UNFOLDED = "[" + "".join(sorted(set("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻時數車單") - CG_FOLDED)) + "]"
ENCODINGS = {A: "docx", B: "utf-8", C: "utf-8-sig"}
loaded = load_corpus(CORPUS, (".docx", ".md", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["荥阳柿韵食品股份有限公司2024年工作总结和2025年工作思路\n", "\n一、2024年主要工作完成情况\n",
        "\n二、各加工基地经营情况\n", "\n三、存在的问题\n", "\n四、2025年工作思路\n", "（一）加工基地提档升级。",
        "\n加工基地 | 晾晒棚(座) | 鲜柿收购(吨) | 柿饼产量(吨) | 销售收入(万元)\n",
        "\n合计 | 1380 | 38600 | 9640 | 43600\n", "居荥阳市农副食品加工企业第", "个百分点", "其中", "累计", "力争",
        "计划"],
    B: ["# 泊头华铸机械股份有限公司2024年上半年工作总结及下半年工作计划\n", "\n## 一、上半年主要工作完成情况\n",
        "\n## 二、各产品经营情况\n", "\n## 三、存在的问题\n", "\n## 四、下半年工作计划\n",
        "**（一）产能布局持续优化。**",
        "\n| 产品类别 | 产量(吨) | 销售收入(万元) | 同比增长(%) | 出口额(万元) |\n|---|---|---|---|---|\n",
        "\n| 合计 | 42600 | 35900 | 8.4 | 6480 |\n", "居泊头市铸造企业第", "个百分点", "其中", "力争", "计划"],
    C: ["三原豆源食品有限公司2024年前三季度工作總結及第四季度工作計劃\r\n", "\r\n一、前三季度主要工作完成情況\r\n",
        "\r\n二、各分廠生產情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、第四季度工作計劃\r\n",
        "（一）生產能力穩步提升。",
        "\r\n分廠 | 黃豆用量(噸) | 腐竹產量(噸) | 一級品率(%) | 員工(人)\r\n",
        "1-9月營業收入累計", "其中三季度單季營業收入", "其中三季度生產腐竹", "在三原縣農產品加工企業中排名第",
        "個百分點", "其中", "累計", "力爭", "計劃"],
}
require_strings(texts, RESIDUE, errors)


def one_line(doc, text):
    """Every evidence of doc lies inside one line of text."""
    for r in rows:
        if r["doc"] == doc and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {doc} spans a line break")


if A in texts:
    if (CORPUS / A).read_bytes()[:2] != b"PK":
        errors.append(f"{A}: not a .docx (zip) file")
    trows = [l for l in texts[A].split("\n") if " | " in l]
    if len(trows) != 7 or not trows[-1].startswith("合计 | ") or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{A}: expected a header, five 加工基地 rows and a 合计 row of five cells in the Word table")
    one_line(A, texts[A])
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
    if len(re.findall(r"^\*\*（[一二三四五六七八九十]+）", bt, re.M)) < 10:
        errors.append(f"{B}: expected bold run-in （一）… headings")
    trows = [l for l in bt.split("\n") if l.startswith("|")]
    if (len(trows) != 8 or trows[1] != "|---|---|---|---|---|" or not trows[-1].startswith("| 合计 |")
            or any(len(l.split(" | ")) != 5 for l in trows[:1] + trows[2:])):
        errors.append(f"{B}: expected a pipe table of a header, a separator, five 产品类别 rows and a 合计 row")
    one_line(B, bt)
if C in texts:
    ct = texts[C]
    raw = (CORPUS / C).read_bytes()
    if raw[:3] != b"\xef\xbb\xbf":
        errors.append(f"{C}: expected a UTF-8 byte-order mark")
    try:
        body = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        errors.append(f"{C}: not UTF-8"); body = ""
    if body.count("\r\n") < 30 or "\n" in body.replace("\r\n", "") or "\r" in body.replace("\r\n", ""):
        errors.append(f"{C}: expected CRLF line ends only")
    if body and body.rstrip("\r\n") != ct.rstrip("\r\n"):
        errors.append(f"{C}: the loaded text differs from the file's UTF-8 text")
    check_traditional(texts, C, errors)
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith(("合計", "合计")) for l in trows) or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{C}: expected a header and six 分厂 rows (no 合計 row) of five cells in the table")
    one_line(C, ct)


def number(ev, v, unit, text):
    return number_ok(ev, v, unit, text, T2S, column=True)


full_run(QS, loaded, rows, DOCS, errors, number, "u119",
         [("traditional-unit messages (none expected: check_gold folds the unit characters c uses)",
           written_as(UNFOLDED, errors)),
          (TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
