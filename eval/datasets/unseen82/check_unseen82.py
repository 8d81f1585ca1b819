"""Verify eval/datasets/unseen82/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen82/check_unseen82.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with the Markdown and PDF checks of unseen45 and
the traditional-script check of unseen70). It uses only index.loaders.load_report from the product (the
corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u82-<a|b|c>-qNNN / u82-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters
  folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)" header cell of
  its own column of the table the span is a row of (a: the Markdown pipe table of 牧场; b: the
  plain-text "cell | cell" table of 矿井 in the PDF; c: the plain-text table of 险种); a number the PDF
  text of b splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("utf-8" for a, "pdf"
  for b, "gb18030" for c) and keeps its shape (a: UTF-8 Markdown with a "# " title, "## " headings and a
  pipe table of 牧场 with a 合计 row, LF line ends; b: a real PDF whose text is wrapped into at least 60
  lines of at most 50 characters apart from the table lines, with a 合计 row in the 矿井 table; c: GB18030
  bytes, not valid UTF-8, strictly decoding to the loaded text, CRLF line ends only, traditional script
  throughout, a 险种 table with a 合計 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u82-… ids) and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_CELL, load_corpus, load_rows, number_ok, split_by_line_break, check_corpus, check_sizes,
    unexpected_encoding, require_strings, names_one_report, legacy_bytes, check_traditional, full_run
)

HERE = REPO / "eval/datasets/unseen82"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队")
A_DOC, B_DOC, C_DOC = "a_city_2024_dairy.md", "b_banner_2023_coal.pdf", "c_city_2024h1_social_security_gb18030.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("绥化", "綏化", "安达", "安達", "肇东", "肇東", "兰西", "蘭西", "望奎", "海伦", "海倫", "北林",
                  "青冈", "青岡")),
    B_DOC: ("b", ("西乌珠穆沁", "西烏珠穆沁", "西乌旗", "西烏旗", "巴彦花", "巴彥花", "吉仁高勒", "浩勒图高勒",
                  "浩勒圖高勒")),
    C_DOC: ("c", ("抚顺", "撫順", "新抚", "新撫", "东洲", "東洲", "望花", "顺城", "順城", "新宾", "新賓", "清原")),
}
ENCODINGS = {A_DOC: "utf-8", B_DOC: "pdf", C_DOC: "gb18030"}
loaded = load_corpus(CORPUS, (".txt", ".md", ".pdf")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["# 绥化市雪原乳业有限公司2024年工作总结和2025年工作思路\n", "\n## 一、2024年主要经营指标完成情况\n",
            "\n## 二、重点工作推进情况\n", "\n## 三、存在的问题\n", "\n## 四、2025年工作思路\n",
            "\n**（一）奶牛养殖规模稳步扩大**\n",
            "\n| 牧场 | 奶牛存栏(头) | 成母牛(头) | 生鲜乳产量(吨) | 日均单产(公斤) | 产量同比增长(%) |\n|---|---|---|---|---|---|\n",
            "\n| 合计 | 38600 | 20700 | 213860 | 32.8 | 9.5 |\n", "居全省乳制品企业第", "个百分点", "力争"],
    B_DOC: ["西乌珠穆沁旗宏泰煤业有限责任公司2023年工作总结\n", "一、2023年主要指标完成情况", "（一）原煤生产稳中有增",
            "二、重点工作推进情况", "三、存在的问题", "四、2024年工作思路",
            "\n矿井 | 原煤产量(万吨) | 同比增长(%) | 掘进进尺(米) | 商品煤销量(万吨) | 回采工效(吨/工)\n",
            "\n合计 | 1293 | 6.0 | 38620 | 1218 | 116.8\n", "居全旗纳税企业第1位", "个百分点", "力争"],
    C_DOC: ["撫順市社會保險事業管理中心2024年上半年工作總結\r\n", "\r\n一、主要指標完成情況\r\n",
            "\r\n（一）參保擴面持續推進\r\n", "\r\n二、重點工作推進情況\r\n", "\r\n三、存在的問題\r\n",
            "\r\n四、下半年工作打算\r\n",
            "\r\n險種 | 參保人數(萬人) | 基金收入(億元) | 基金支出(億元) | 收入同比增長(%)\r\n",
            "\r\n合計 | — | 96.41 | 104.69 | 6.3\r\n", "居全省第", "個百分點", "力爭"],
}
require_strings(texts, RESIDUE, errors)
if A_DOC in texts:
    try:
        (CORPUS / A_DOC).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{A_DOC}: not UTF-8")
    if "\r" in texts[A_DOC]:
        errors.append(f"{A_DOC}: expected LF line ends only")
    if texts[A_DOC].count("\n## ") < 4:
        errors.append(f"{A_DOC}: expected at least four '## ' headings")
if B_DOC in texts:
    if (CORPUS / B_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{B_DOC}: not a PDF file")
    lines = texts[B_DOC].split("\n")
    if len(lines) < 60:
        errors.append(f"{B_DOC}: expected the PDF text to be wrapped into at least 60 lines")
    if max(len(l) for l in lines if " | " not in l) > 50:
        errors.append(f"{B_DOC}: a prose line is longer than 50 characters (expected wrapping at about 44)")
if C_DOC in texts:
    raw = legacy_bytes(CORPUS / C_DOC, "gb18030", errors, texts[C_DOC])
    decoded = raw.decode("gb18030", errors="replace")
    if decoded.count("\r\n") < 40 or "\n" in decoded.replace("\r\n", "") or "\r" in decoded.replace("\r\n", ""):
        errors.append(f"{C_DOC}: expected CRLF line ends only")
    check_traditional(texts, C_DOC, errors)

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, column=True, skip=split_by_line_break), "u82",
         [(TABLE_CELL, None)], counts=dict(colloquial=True), before=names_one_report(DOCS))
