"""Verify eval/datasets/unseen71/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen71/check_unseen71.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with the HTML page and Big5 checks of unseen56 and
the Markdown checks of unseen47). It uses only index.loaders.load_report from the product (the corpus files
are listed with a plain directory scan). Checks:
- ids unique and shaped u71-<a|b|c>-qNNN / u71-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/個/點/場/噸 folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)"
  header cell of the value's own column of the table the span is a row of (a: the Markdown pipe table of
  公证类别; b: the plain-text "cell | cell" table of 品类, one <p> per row; c: the plain-text "cell | cell"
  table of 展区);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the Big5 report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("utf-8" for a and b,
  "big5" for c) and keeps its shape (a: UTF-8 Markdown with LF line ends, a "# " title, "## " headings and
  a pipe table of a header, a separator and six 公证类别 rows with no 合计 row; b: UTF-8 page source with
  <head>/<title>/<script>, a <nav> menu, a breadcrumb line, the article in <p> paragraphs, no <table>,
  exactly eight "cell | cell" <p> rows (header, six 品类, 合计) and a footer; every b evidence lies inside
  one <p> with no markup; c: bytes that are not UTF-8 but strict Big5 decoding to the loaded text,
  traditional script, CRLF line ends only, a 展区 table of a header and six rows with no 合计 row, and no
  c evidence crossing a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u71-… ids) and "not found as written" for table-row items
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

HERE = REPO / "eval/datasets/unseen71"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻種",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只种")
A = "a_city_2024_notary.md"; B = "b_city_2024h1_wholesale.html"; C = "c_city_2023_zoo_big5.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("张家口", "張家口", "桥东区", "橋東區", "桥西区", "橋西區", "宣化", "万全区", "萬全區", "崇礼", "崇禮",
              "沽源", "尚义", "尚義", "蔚县", "蔚縣", "怀来", "懷來", "涿鹿")),
    B: ("b", ("商丘", "睢阳", "睢陽", "民权", "民權", "柘城", "虞城", "夏邑", "永城", "睢县", "睢縣")),
    C: ("c", ("运城", "運城", "永济", "永濟", "河津", "临猗", "臨猗", "芮城", "闻喜", "聞喜")),
}
ENCODINGS = {A: "utf-8", B: "utf-8", C: "big5"}
loaded = load_corpus(CORPUS, (".md", ".html", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["# 张家口市公证处2024年工作总结\n", "\n## 一、主要业务指标完成情况\n", "\n## 二、重点工作推进情况\n",
        "\n## 三、存在的问题\n", "\n## 四、2025年工作思路\n", "（一）办证总量稳中有升。",
        "\n| 公证类别 | 办证(件) | 同比增长(%) | 收费(万元) | 上门服务(次) |\n|---|---|---|---|---|\n",
        "\n| 保全证据 | 1043 | 21.7 | 96.3 | 129 |\n", "位列第3位", "个百分点", "其中", "累计", "力争", "计划"],
    B: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">',
        "<title>商丘丰禾农产品批发市场有限公司2024年上半年工作总结-公司要闻-商丘丰禾农产品批发市场有限公司</title>",
        "<script", "</head>", '<nav class="mainnav">', "当前位置：", " &gt; 正文</div>", '<div class="footer">',
        '<div class="article-body">', "<h1>商丘丰禾农产品批发市场有限公司2024年上半年工作总结</h1>",
        '<p style="text-indent:2em;"><strong>一、主要经营指标完成情况</strong></p>',
        '<p style="text-indent:2em;"><strong>四、下半年工作计划</strong></p>',
        "\n<p>品类 | 交易量(万吨) | 交易额(亿元) | 交易额同比增长(%) | 抽检(批次)</p>\n",
        "\n<p>合计 | 186.7 | 97.35 | 11.2 | 13030</p>\n", "</html>", "居全省农产品批发市场第", "个百分点",
        "其中", "累计", "力争", "计划"],
    C: ["運城市動物園2023年工作總結和2024年工作思路\r\n", "\r\n一、2023年主要工作完成情況\r\n",
        "\r\n二、重點工作開展情況\r\n", "\r\n三、存在的問題\r\n", "\r\n四、2024年工作思路\r\n", "（一）遊客接待大幅回升。",
        "\r\n展區 | 動物種類(種) | 存欄數量(隻) | 科普活動(場) | 遊客滿意度(分)\r\n",
        "\r\n萌寵樂園 | 14 | 308 | 61 | 97.4\r\n", "個百分點", "居全省城市動物園第", "力爭", "累計", "計劃"],
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
    if not at.startswith("# ") or at.count("\n## ") < 4:
        errors.append(f"{A}: expected a '# ' title and at least four '## ' headings")
    trows = [l for l in at.split("\n") if l.startswith("|")]
    if len(trows) != 8 or trows[1] != "|---|---|---|---|---|" or any("合计" in l for l in trows):
        errors.append(f"{A}: expected a pipe table of a header, a separator and six rows (no 合计 row)")
if B in texts:
    bt = texts[B]
    try:
        (CORPUS / B).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{B}: not UTF-8")
    trows = [l for l in bt.split("\n") if " | " in l]
    if ("<table" in bt or len(trows) != 8 or not all(re.fullmatch(r"<p>[^<>]+</p>", l) for l in trows)
            or not trows[-1].startswith("<p>合计 | ")):
        errors.append(f"{B}: expected no <table> and exactly eight plain-text 'cell | cell' <p> rows ending in 合计")
    for r in rows:
        if r["doc"] != B or not r["evidence"] or r["evidence"] not in bt:
            continue
        ev = r["evidence"]; pos = bt.index(ev)
        start, end = bt.rfind("<p", 0, pos), bt.find("</p>", pos)
        inner = bt[bt.index(">", start) + 1:end] if start >= 0 and end >= 0 else "<"
        if "<" in ev or ">" in ev or "&" in ev or "<" in inner:
            errors.append(f"{r['id']}: evidence is not inside one <p> of {B}")
if C in texts:
    ct = texts[C]
    raw = legacy_bytes(CORPUS / C, "big5", errors, ct)
    check_traditional(texts, C, errors)
    dec = raw.decode("big5", errors="replace")
    if dec.count("\r\n") < 30 or "\n" in dec.replace("\r\n", "") or "\r" in dec.replace("\r\n", ""):
        errors.append(f"{C}: expected CRLF line ends only")
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith(("合計", "合计")) for l in trows):
        errors.append(f"{C}: expected a header and six rows (no 合计 row) in the 展区 table")
    for r in rows:
        if r["doc"] == C and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C} spans a line break")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True),
         "u71", [(TABLE_CELL, None)], counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE),
         before=names_one_report(DOCS))
