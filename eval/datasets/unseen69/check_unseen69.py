"""Verify eval/datasets/unseen69/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen69/check_unseen69.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with the Markdown checks of unseen47 and the Big5
checks of unseen56). It uses only index.loaders.load_report from the product (the corpus files are listed
with a plain directory scan). Checks:
- ids unique and shaped u69-<a|b|c>-qNNN / u69-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/個/點/畝/戶 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the plain-text
  "cell | cell" table of 县区 in the PDF; b: the Markdown pipe table of 区域; c: the plain-text
  "cell | cell" table of 乡镇); a number the PDF text of a splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the Big5 report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("pdf" for a, "utf-8"
  for b, "big5" for c) and keeps its shape (a: a real PDF whose text is wrapped into at least 40 lines of
  at most 50 characters (table lines aside), numbered sections, a 县区 table of a header and five rows with
  no 合计 row, no evidence spanning a line break; b: UTF-8 Markdown with LF line ends, a "# " title, at
  least five "## " headings and one pipe table of a header, a separator, five 区域 rows and a 合计 row;
  c: bytes that are not UTF-8 but strict Big5 decoding to the loaded text, traditional script, CRLF line
  ends only, a 乡镇 table of a header and six rows with no 合计 row, no evidence spanning a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u69-… ids) and "not found as written" for table-row items
whose unit is only in the table's header. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, split_by_line_break,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report, legacy_bytes,
    check_traditional, full_run
)

HERE = REPO / "eval/datasets/unseen69"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只")
A = "a_city_2024_veterans.pdf"; B = "b_city_2024h1_gas.md"; C = "c_county_2023_forestry_big5.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("庆阳", "慶陽", "西峰", "庆城", "慶城", "环县", "環縣", "华池", "華池", "合水")),
    B: ("b", ("威海", "环翠", "環翠", "文登", "荣成", "榮成", "乳山", "临港区", "臨港區")),
    C: ("c", ("琼中", "瓊中", "营根", "營根", "湾岭", "灣嶺", "黎母山", "长征镇", "長征鎮", "红毛", "紅毛",
              "中平镇", "中平鎮")),
}
ENCODINGS = {A: "pdf", B: "utf-8", C: "big5"}
loaded = load_corpus(CORPUS, (".pdf", ".md", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["庆阳市退役军人事务局2024年工作总结\n", "\n一、主要工作完成情况\n", "\n二、存在的问题\n",
        "\n三、2025年工作思路\n", "（一）移交安置平稳有序。",
        "\n县区 | 接收安置(人) | 就业创业(人) | 优抚资金(万元) | 走访慰问(户次)\n",
        "\n合水县 | 142 | 301 | 3580 | 1690\n", "居全省第", "个百分点", "其中", "累计", "力争", "计划"],
    B: ["# 威海华澜燃气集团有限公司2024年上半年工作总结\n", "\n## 一、主要经营指标完成情况\n",
        "\n## 二、安全管理工作\n", "\n## 五、存在的问题\n", "\n## 六、下半年工作计划\n", "（一）供气量稳步增长。",
        "\n| 区域 | 用户(户) | 供气量(万立方米) | 供气量同比增长(%) | 入户安检(户次) |\n|---|---|---|---|---|\n",
        "\n| 合计 | 523800 | 18640 | 6.2 | 243700 |\n", "个百分点", "中居第", "其中", "累计", "力争", "计划"],
    C: ["瓊中黎族苗族自治縣林業局2023年工作總結和2024年工作思路\r\n", "\r\n一、2023年工作完成情況\r\n",
        "\r\n二、存在的問題\r\n", "\r\n三、2024年工作思路\r\n", "（一）國土綠化紮實推進。",
        "\r\n鄉鎮 | 造林(畝) | 森林撫育(畝) | 林業產值(萬元) | 生態護林員(名)\r\n",
        "\r\n中平鎮 | 2260 | 5130 | 24700 | 84\r\n", "個百分點", "居全省第", "其中", "累計", "力爭", "計劃"],
}
require_strings(texts, RESIDUE, errors)


def no_break_in_evidence(doc):
    for r in rows:
        if r["doc"] == doc and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {doc} spans a line break")


if A in texts:
    at = texts[A]
    if (CORPUS / A).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{A}: not a PDF file")
    lines = at.split("\n")
    if len(lines) < 40:
        errors.append(f"{A}: expected the PDF text to be wrapped into at least 40 lines")
    if any(len(l) > 50 for l in lines if " | " not in l):
        errors.append(f"{A}: expected prose lines of at most 50 characters (wrapped at about 44)")
    trows = [l for l in lines if " | " in l]
    if len(trows) != 6 or any(l.startswith(("合计", "5个")) for l in trows):
        errors.append(f"{A}: expected a header and five 县区 rows (no 合计 row) in the table")
    no_break_in_evidence(A)
if B in texts:
    bt = texts[B]
    try:
        (CORPUS / B).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{B}: not UTF-8")
    if "\r" in bt:
        errors.append(f"{B}: expected LF line ends only")
    if not bt.startswith("# ") or bt.count("\n## ") < 5:
        errors.append(f"{B}: expected a '# ' title and at least five '## ' headings")
    trows = [l for l in bt.split("\n") if l.startswith("|")]
    if len(trows) != 8 or trows[1] != "|---|---|---|---|---|" or not trows[-1].startswith("| 合计 | "):
        errors.append(f"{B}: expected a pipe table of a header, a separator, five 区域 rows and a 合计 row")
if C in texts:
    ct = texts[C]
    raw = legacy_bytes(CORPUS / C, "big5", errors, ct)
    check_traditional(texts, C, errors)
    dec = raw.decode("big5", errors="replace")
    if dec.count("\r\n") < 30 or "\n" in dec.replace("\r\n", "") or "\r" in dec.replace("\r\n", ""):
        errors.append(f"{C}: expected CRLF line ends only")
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith(("合計", "合计")) for l in trows):
        errors.append(f"{C}: expected a header and six 乡镇 rows (no 合计 row) in the table")
    no_break_in_evidence(C)

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True),
         "u69", [(TABLE_CELL, None)], counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE),
         before=names_one_report(DOCS))
