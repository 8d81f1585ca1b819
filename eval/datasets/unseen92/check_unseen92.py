"""Verify eval/datasets/unseen92/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen92/check_unseen92.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py by way of unseen90/check_unseen90.py (wrapped PDF
with a plain-text table, strict-Big5 CRLF traditional text) and unseen84/check_unseen84.py (Markdown
report with a pipe table and a 合计 row; no asked number split by a line break in the PDF). It uses only
index.loaders.load_report from the product (the corpus files are listed with a plain directory scan).
Checks:
- ids unique and shaped u92-<a|b|c>-qNNN / u92-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/噸/個/點 folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)"
  header cell of the value's own column of the table the span is a row of (a: the plain-text
  "cell | cell" table of 生产基地 in the PDF; b: the Markdown pipe table of 品种; c: the plain-text table
  of 生产单位); a number the PDF text of a splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the Big5 report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("pdf" for a, "utf-8" for
  b, "big5" for c) and keeps its shape (a: a real PDF whose text is wrapped into at least 40 lines of at
  most 50 characters, numbered sections, a 生产基地 table of a header and five rows with no 合计 row, and
  no asked number split by a line break or split from its unit anywhere in the text; b: UTF-8 Markdown
  with LF line ends, a "# " title, four "## " headings, bold run-in （一）… headings and a pipe table of a
  header, a |---| rule, five 品种 rows and a 合计 row; c: bytes that are not UTF-8 but strict Big5
  decoding to the loaded text, traditional script, CRLF line ends only, a 生产单位 table of a header and
  six rows with no 合计 row, and no c evidence crossing a line end).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u92-… ids) and "not found as written" for table-row items
whose unit is only in the table's header (a-q021, b-q020, c-q021). Every unit character of c (萬, 億,
噸, 個, 點) is one check_gold folds, so no traditional-unit message is expected. Any other check_gold
message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, number_form, values_units,
    split_by_line_break, check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report,
    legacy_bytes, check_traditional, full_run
)

HERE = REPO / "eval/datasets/unseen92"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只")
A_DOC, B_DOC, C_DOC = "a_city_2024h1_hotpot.pdf", "b_county_2024_herbs.md", "c_county_2023_cement_big5.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("铜梁", "銅梁", "蒲吕", "蒲呂", "围龙", "圍龍", "虎峰", "少云", "少雲", "石鱼", "石魚", "二坪",
                  "平滩", "平灘", "庆隆", "慶隆", "巴川")),
    B_DOC: ("b", ("施秉", "牛大场", "牛大場", "杨柳塘", "楊柳塘", "马号", "馬號", "双井", "雙井", "甘溪", "白垛")),
    C_DOC: ("c", ("扶绥", "扶綏", "新宁", "新寧", "渠黎", "山圩", "东罗", "東羅", "柳桥", "柳橋", "渠旧", "渠舊",
                  "昌平")),
}
ENCODINGS = {A_DOC: "pdf", B_DOC: "utf-8", C_DOC: "big5"}
loaded = load_corpus(CORPUS, (".pdf", ".md", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["铜梁辣尊食品股份有限公司2024年上半年工作总结及下半年工作计划\n", "\n一、上半年主要工作完成情况\n",
            "\n二、各生产基地运行情况\n", "\n三、存在的问题\n", "\n四、下半年工作计划\n", "（一）生产能力稳步提升。",
            "\n生产基地 | 生产线(条) | 产量(吨) | 销售收入(万元) | 产能利用率(%)\n",
            "个百分点", "居铜梁区农产品加工", "其中", "力争", "计划"],
    B_DOC: ["# 施秉康岭中药材有限公司2024年工作总结和2025年工作思路\n", "\n## 一、2024年主要工作成效\n",
            "\n## 二、主要品种生产情况\n", "\n## 三、存在的问题\n", "\n## 四、2025年工作思路\n",
            "**（一）种植基地规模持续扩大。**",
            "\n| 品种 | 种植面积(亩) | 产量(吨) | 产值(万元) | 产值同比增长(%) |\n|---|---|---|---|---|\n",
            "\n| 合计 | 48600 | 12430 | 32660 | 9.9 |\n", "居全县农业产业化龙头企业第", "个百分点", "累计", "其中",
            "力争", "计划"],
    C_DOC: ["扶綏固峰水泥有限公司2023年工作總結和2024年工作計劃\r\n", "\r\n一、2023年主要工作完成情況\r\n",
            "\r\n二、各生產單位運行情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、2024年工作計劃\r\n",
            "（一）生產運行總體平穩。",
            "\r\n生產單位 | 水泥產量(萬噸) | 銷量(萬噸) | 銷售收入(萬元) | 散裝率(%)\r\n",
            "個百分點", "居全市水泥企業第", "力爭", "累計", "其中"],
}
require_strings(texts, RESIDUE, errors)

if A_DOC in texts:
    at = texts[A_DOC]
    if (CORPUS / A_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{A_DOC}: not a PDF file")
    if at.count("\n") < 40:
        errors.append(f"{A_DOC}: expected the PDF text to be wrapped into at least 40 lines")
    if (longest := max(len(l) for l in at.split("\n"))) > 50:
        errors.append(f"{A_DOC}: a line of {longest} characters; expected wrapped lines of about 44")
    trows = [l for l in at.split("\n") if " | " in l]
    if len(trows) != 6 or any(l.startswith("合计") for l in trows) or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{A_DOC}: expected a header and five rows of five cells (no 合计 row) in the 生产基地 table")
    # no asked number (or number+unit) is split by a line break anywhere in the text
    for r in rows:
        if r["doc"] != A_DOC or r["value"] is None:
            continue
        for v, unit in zip(*values_units(r)):
            f = number_form(v)
            for m in re.finditer(r"\d[\d.]*\n[\d.]*\d", at):
                if f in m.group().replace("\n", "") and f not in m.group().split("\n"):
                    errors.append(f"{r['id']}: {f} is split by a line break in {A_DOC}: {m.group()!r}")
            if unit and re.search(rf"(?<![\d.]){re.escape(f)}\n{re.escape(unit[:1])}", at):
                errors.append(f"{r['id']}: {f}{unit} is split from its unit by a line break in {A_DOC}")
if B_DOC in texts:
    bt = texts[B_DOC]
    try:
        (CORPUS / B_DOC).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{B_DOC}: not UTF-8")
    if "\r" in bt:
        errors.append(f"{B_DOC}: expected LF line ends only")
    if not bt.startswith("# ") or len(re.findall(r"^## ", bt, re.M)) != 4:
        errors.append(f"{B_DOC}: expected a '# ' title and four '## ' headings")
    if len(re.findall(r"^\*\*（[一二三四五六七八九十]+）", bt, re.M)) < 12:
        errors.append(f"{B_DOC}: expected bold run-in （一）… headings")
    trows = [l for l in bt.split("\n") if l.startswith("|")]
    if len(trows) != 8 or trows[1] != "|---|---|---|---|---|" or not trows[-1].startswith("| 合计 |"):
        errors.append(f"{B_DOC}: expected a pipe table of a header, a separator, five 品种 rows and a 合计 row")
if C_DOC in texts:
    ct = texts[C_DOC]
    raw = legacy_bytes(CORPUS / C_DOC, "big5", errors)
    dec = raw.decode("big5", errors="replace")
    if dec.count("\r\n") < 30 or "\n" in dec.replace("\r\n", "") or "\r" in dec.replace("\r\n", ""):
        errors.append(f"{C_DOC}: expected CRLF line ends only")
    if ct.replace("\r\n", "\n") != dec.replace("\r\n", "\n"):
        errors.append(f"{C_DOC}: strict Big5 decoding differs from the loaded text")
    check_traditional(texts, C_DOC, errors)
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith(("合計", "合计")) for l in trows):
        errors.append(f"{C_DOC}: expected a header and six rows (no 合计 row) in the 生产单位 table")
    for r in rows:
        if r["doc"] == C_DOC and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C_DOC} spans a line break")


def number(ev, v, unit, text):
    return number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True)


full_run(QS, loaded, rows, DOCS, errors, number, "u92", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
