"""Verify eval/datasets/unseen74/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen74/check_unseen74.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with the Big5 checks of unseen56). It uses only
index.loaders.load_report from the product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u74-<a|b|c>-qNNN / u74-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/個/對/噸/張 folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)"
  header cell of the value's own column of the table the span is a row of (a: the Word table of 子公司,
  extracted as "cell | cell" lines; b: the plain-text "cell | cell" table of 乡镇 in the PDF; c: the
  plain-text "cell | cell" table of 事项类别); a number the PDF text of b splits over a line break is not
  taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the Big5 report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("docx" for a, "pdf" for
  b, "big5" for c) and keeps its shape (a: a real .docx whose Word table comes out as a header, six
  子公司 rows and a 合计 row; b: a real PDF whose text is wrapped into at least 40 lines, with numbered
  sections and a 乡镇 table of a header and six rows, no 合计 row, each row on one line; c: bytes that are
  not UTF-8 but strict Big5 decoding to the loaded text, traditional script, CRLF line ends only, a
  事项类别 table of a header, six rows and a 合計 row, and no c evidence spanning a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u74-… ids) and "not found as written" for table-row items
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

HERE = REPO / "eval/datasets/unseen74"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队")
A = "a_city_2024_culture_tourism.docx"; B = "b_county_2024h1_water.pdf"; C = "c_city_2023_foreign_affairs_big5.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("资阳", "資陽", "雁江", "安岳", "乐至", "樂至")),
    B: ("b", ("瓮安", "甕安", "草塘", "猴场", "猴場", "天文镇", "天文鎮", "永和镇", "永和鎮", "建中镇", "建中鎮",
              "银盏", "銀盞", "珠藏", "中坪", "平定营", "平定營")),
    C: ("c", ("百色", "靖西", "那坡", "右江")),
}
ENCODINGS = {A: "docx", B: "pdf", C: "big5"}
loaded = load_corpus(CORPUS, (".docx", ".pdf", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["资阳市岳乐文化旅游投资集团有限公司2024年工作总结\n", "\n一、主要经营指标完成情况\n", "\n二、重点工作推进情况\n",
        "\n三、主要景区运营子公司经营情况\n", "\n四、存在的问题\n", "\n五、2025年工作思路\n", "（一）营收利润稳步增长。",
        "\n子公司 | 营业收入(万元) | 同比增长(%) | 接待游客(万人次) | 利润总额(万元)\n",
        "\n合计 | 66800 | 15.7 | 1286 | 5280\n", "居第4位", "个百分点", "其中", "累计", "力争", "计划"],
    B: ["瓮安县农村供水总站2024年上半年工作总结\n", "\n一、主要指标完成情况\n", "\n二、重点工作开展情况\n",
        "\n三、分乡镇主要指标\n", "\n四、存在的问题\n", "\n五、下半年工作计划\n", "（一）供水覆盖持续扩大。",
        "\n乡镇 | 供水人口(万人) | 水费收缴(万元) | 新建管网(公里) | 自来水普及率(%)\n",
        "\n银盏镇 | 4.71 | 185 | 9.6 | 93.5\n", "居全州第1位", "个百分点", "其中", "累计", "力争", "计划"],
    C: ["百色市外事辦公室2023年工作總結和2024年工作思路\r\n", "\r\n一、2023年主要工作成效\r\n",
        "\r\n二、存在的問題\r\n", "\r\n三、2024年工作思路\r\n", "（一）因公出國（境）管理規範有序。",
        "\r\n事項類別 | 批次(批) | 人次(人次) | 經費(萬元)\r\n", "\r\n合計 | 183 | 2583 | 671.1\r\n",
        "居第5位", "其中", "累計", "力爭", "計劃"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    if (CORPUS / A).read_bytes()[:2] != b"PK":
        errors.append(f"{A}: not a .docx (zip) file")
    trows = [l for l in texts[A].split("\n") if " | " in l]
    if len(trows) != 8 or not trows[-1].startswith("合计 | "):
        errors.append(f"{A}: expected a header, six 子公司 rows and a 合计 row in the Word table")
if B in texts:
    bt = texts[B]
    if (CORPUS / B).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{B}: not a PDF file")
    if bt.count("\n") < 40:
        errors.append(f"{B}: expected the PDF text to be wrapped into at least 40 lines")
    trows = [l for l in bt.split("\n") if " | " in l]
    if len(trows) != 7 or any("合计" in l for l in trows) or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{B}: expected a header and six 乡镇 rows of five cells (no 合计 row), one per line")
if C in texts:
    ct = texts[C]
    raw = legacy_bytes(CORPUS / C, "big5", errors, ct)
    check_traditional(texts, C, errors)
    dec = raw.decode("big5", errors="replace")
    if dec.count("\r\n") < 30 or "\n" in dec.replace("\r\n", "") or "\r" in dec.replace("\r\n", ""):
        errors.append(f"{C}: expected CRLF line ends only")
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 8 or not trows[-1].startswith("合計 | "):
        errors.append(f"{C}: expected a header, six rows and a 合計 row in the 事项类别 table")
    for r in rows:
        if r["doc"] == C and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C} spans a line break")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True),
         "u74", [(TABLE_CELL, None)], counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE),
         before=names_one_report(DOCS))
