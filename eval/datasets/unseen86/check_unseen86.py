"""Verify eval/datasets/unseen86/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen86/check_unseen86.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with the Markdown, wrapped-PDF and traditional UTF-16
checks of unseen84). It uses only index.loaders.load_report from the product (the corpus files are listed
with a plain directory scan). Checks:
- ids unique and shaped u86-<a|b|c>-qNNN / u86-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/個/點/臺 folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)"
  header cell of the value's own column of the table the span is a row of (a: the Markdown pipe table of
  电站; b: the plain-text "cell | cell" table of 索道 in the PDF; c: the plain-text "cell | cell" table of
  檢測領域); a number the PDF text of b splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "utf-8",
  b "pdf", c "utf-16") and keeps its shape (a: UTF-8 Markdown with LF line ends, a "# " title, five
  "## " headings, bold run-in （一）… headings and a pipe table of a header, a |---| rule, six 电站 rows
  and a 合计 row; b: a real PDF whose text is wrapped into at least 40 lines of at most 48 characters,
  numbered sections, a table of a header, five 索道 rows and a 合计 row, one per line, five cells each,
  and no asked number split by a line break anywhere in the text; c: UTF-16 little-endian with a BOM
  and CRLF line ends only, not valid UTF-8, decoding to the loaded text, traditional script, a 檢測領域
  table of a header, six rows and a 合計 row, and no c evidence crossing a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u86-… ids) and "not found as written" for table-row items
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

HERE = REPO / "eval/datasets/unseen86"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊時數車單份",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队时数车单份")
A = "a_county_2024_hydropower.md"; B = "b_county_2023_ropeway.pdf"; C = "c_city_2024h1_inspection_hant_utf16.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("泸定", "瀘定", "岚安", "嵐安", "冷碛", "冷磧", "烹坝", "烹壩", "得妥", "兴隆镇", "興隆鎮", "杵坭",
              "泸桥", "瀘橋")),
    B: ("b", ("荔波", "甲良", "佳荣", "佳榮")),
    C: ("c", ("玉林", "玉州", "福绵", "福綿", "容县", "容縣", "陆川", "陸川", "博白", "兴业", "興業", "北流")),
}
ENCODINGS = {A: "utf-8", B: "pdf", C: "utf-16"}
loaded = load_corpus(CORPUS, (".pdf", ".md", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["# 泸定县锦澜水电开发有限公司2024年工作总结和2025年工作思路\n",
        "\n## 一、主要生产经营指标完成情况\n", "\n## 二、安全生产和设备管理\n", "\n## 三、重点工作推进情况\n",
        "\n## 四、存在的问题\n", "\n## 五、2025年工作思路\n", "**（一）发电量再创新高。**",
        "\n| 电站 | 所在乡镇 | 装机容量(万千瓦) | 发电量(亿千瓦时) | 利用小时(小时) | 发电量同比增长(%) |\n"
        "|---|---|---|---|---|---|\n",
        "\n| 合计 | — | 38.6 | 16.77 | 4345 | 4.9 |\n", "居全县水电企业第", "个百分点", "其中", "累计", "力争", "计划"],
    B: ["荔波县碧岭索道有限责任公司2023年工作总结和2024年工作思路\n", "\n一、主要经营指标完成情况\n",
        "\n二、重点工作推进情况\n", "\n三、安全管理和内部管理\n", "\n四、存在的问题\n", "\n五、2024年工作思路\n",
        "（一）客流强劲复苏。",
        "\n索道 | 运送游客(万人次) | 营业收入(万元) | 安全运行(小时) | 游客同比增长(%)\n",
        "\n合计 | 196.8 | 12179 | 12709 | 42.8\n", "第3位", "个百分点", "其中", "累计", "力争", "计划"],
    C: ["玉林市質量技術監督檢驗檢測院2024年上半年工作總結及下半年工作計劃\r\n", "\r\n一、主要業務指標完成情況\r\n",
        "\r\n二、重點工作推進情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、下半年工作計劃\r\n",
        "（一）檢驗檢測業務量穩步增長。",
        "\r\n檢測領域 | 出具報告(份) | 檢測收入(萬元) | 收入同比增長(%)\r\n",
        "\r\n合計 | 32813 | 4608 | 13.4\r\n", "排名第4位", "個百分點", "其中", "累計", "力爭", "計劃"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    at = texts[A]
    try:
        (CORPUS / A).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{A}: not UTF-8")
    if "\r" in at:
        errors.append(f"{A}: expected LF line ends only")
    if not at.startswith("# ") or len(re.findall(r"^## ", at, re.M)) != 5:
        errors.append(f"{A}: expected a '# ' title and five '## ' headings")
    if len(re.findall(r"^\*\*（[一二三四五六七八]）", at, re.M)) < 12:
        errors.append(f"{A}: expected bold run-in （一）… headings")
    trows = [l for l in at.split("\n") if l.startswith("|")]
    if len(trows) != 9 or trows[1] != "|---|---|---|---|---|---|" or not trows[-1].startswith("| 合计 |"):
        errors.append(f"{A}: expected a pipe table of a header, a separator, six 电站 rows and a 合计 row")
if B in texts:
    bt = texts[B]
    if (CORPUS / B).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{B}: not a PDF file")
    lines = bt.split("\n")
    if len(lines) < 40 or max(len(l) for l in lines) > 48:
        errors.append(f"{B}: expected the PDF text to be wrapped into at least 40 lines of at most 48 characters")
    trows = [l for l in lines if " | " in l]
    if len(trows) != 7 or not trows[-1].startswith("合计 | ") or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{B}: expected a header, five 索道 rows and a 合计 row of five cells, one per line")
    # no asked number (or number+unit) is split by a line break anywhere in the text
    for r in rows:
        if r["doc"] != B or r["value"] is None:
            continue
        for v, unit in zip(*values_units(r)):
            f = number_form(v)
            for m in re.finditer(r"\d[\d.]*\n[\d.]*\d", bt):
                if f in m.group().replace("\n", "") and f not in m.group().split("\n"):
                    errors.append(f"{r['id']}: {f} is split by a line break in {B}: {m.group()!r}")
            if unit and re.search(rf"(?<![\d.]){re.escape(f)}\n{re.escape(unit[:1])}", bt):
                errors.append(f"{r['id']}: {f}{unit} is split from its unit by a line break in {B}")
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
        errors.append(f"{C}: expected a header, six 檢測領域 rows and a 合計 row in the table")
    for r in rows:
        if r["doc"] == C and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C} spans a line break")


def number(ev, v, unit, text):
    return number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True)


full_run(QS, loaded, rows, DOCS, errors, number, "u86", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
