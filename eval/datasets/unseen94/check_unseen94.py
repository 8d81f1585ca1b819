"""Verify eval/datasets/unseen94/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen94/check_unseen94.py   (from the repo root)

Adapted from eval/datasets/unseen90/check_unseen90.py (wrapped PDF with a plain-text table, HTML page with one
<table>), with the GB18030-CRLF traditional checks of unseen93/check_unseen93.py. It uses only
index.loaders.load_report from the product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u94-<a|b|c>-qNNN / u94-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/噸/畝/戶/個/點 folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)"
  header cell of the value's own column of the table the span is a row of (a: the plain-text
  "cell | cell" table of 基地 in the PDF; b: the HTML <table> of 产品类别, whose header row is its first
  <tr>; c: the plain-text table of 产品系列); a number the PDF text of a splits over a line break is not
  taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the GB18030 report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("pdf" for a, "utf-8" for
  b, "gb18030" for c) and keeps its shape (a: a real PDF whose text is wrapped into at least 40 lines of
  at most 50 characters, numbered sections, a 基地 table of a header, five rows and a 合计 row; b: UTF-8
  page source with <head>/<title>/<style>/<script>, inline style attributes, a <nav> menu, a breadcrumb
  with &nbsp;, the article in <p> paragraphs, exactly one <table> of seven <tr><td> rows (header, five
  产品类别, 合计) and a <footer>; every b evidence lies inside one <p> with no markup, or is one table row;
  c: bytes that are not UTF-8 but strict GB18030 decoding to the loaded text, traditional script, CRLF line
  ends only, a 产品系列 table of a header and six rows with no 合计 row; no c evidence spans a line end).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u94-… ids); "not found as written" where the unit in a c
evidence is written with a traditional character that check_gold does not fold (none is expected: 萬, 億,
噸, 畝, 個, 條 and 點 are all folded by check_gold); and "not found as written" for table-row items whose
unit is only in the table's header. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, number_form, fold,
    split_by_line_break, check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report,
    legacy_bytes, check_traditional, check_gold, written_as, full_run
)

HERE = REPO / "eval/datasets/unseen94"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只")
A_DOC, B_DOC, C_DOC = ("a_county_2024_mushroom.pdf", "b_county_2024_cashmere.html",
                       "c_county_2024_rice_gb18030.txt")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("蛟河", "天岗", "天崗", "白石山", "黄松甸", "黃松甸", "漂河", "庆岭", "慶嶺", "拉法")),
    B_DOC: ("b", ("鄂托克", "阿尔巴斯", "阿爾巴斯", "苏米图", "蘇米圖", "木凯淖尔", "木凱淖爾", "棋盘井", "棋盤井")),
    C_DOC: ("c", ("庆安", "慶安", "久胜", "久勝", "同乐", "同樂", "欢胜", "歡勝", "巨宝山", "巨寶山", "勤劳",
                  "勤勞")),
}
# check_gold.py folds some traditional unit characters itself; the others of T2S it does not
CG_FOLDED = {chr(k) for k in check_gold().UNIT_T2S}
UNFOLDED = "[" + "".join(sorted(set("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻") - CG_FOLDED)) + "]"
ENCODINGS = {A_DOC: "pdf", B_DOC: "utf-8", C_DOC: "gb18030"}
loaded = load_corpus(CORPUS, (".pdf", ".html", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["蛟河市岭菇食用菌股份有限公司2024年工作总结及2025年工作思路", "一、2024年主要工作完成情况",
            "二、各基地生产情况", "三、存在的问题", "四、2025年工作思路", "（一）生产规模稳步扩大",
            "\n基地 | 菇棚(栋) | 鲜菇产量(吨) | 产值(万元) | 优质菇率(%)\n", "\n合计 | 1260 | 38200 | 28600 | 92.0\n",
            "个百分点", "居蛟河市食用菌企业第", "力争", "计划"],
    B_DOC: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">',
            "<title>鄂托克旗阿绒纺织有限公司2024年工作总结和2025年工作思路", "<style>", "<script", "</head>",
            ' style="', '<nav class="menu">', "当前位置：", "&nbsp;&gt;&nbsp;", '<footer class="footer"',
            '<div class="article">', "鄂托克旗阿绒纺织有限公司2024年工作总结和2025年工作思路</h1>",
            "<p><strong>一、2024年主要工作成效</strong></p>", "<p><strong>四、2025年工作思路</strong></p>",
            "<tr><td>产品类别</td><td>营业收入(万元)</td><td>同比增长(%)</td><td>利润总额(万元)</td></tr>",
            "<tr><td>合计</td><td>81800</td><td>7.5</td><td>7350</td></tr>", "</html>",
            "居鄂托克旗绒毛加工企业第", "个百分点", "力争", "计划"],
    C_DOC: ["慶安縣寒禾米業有限公司2024年工作匯報材料\r\n", "\r\n一、公司基本情況\r\n", "\r\n二、2024年工作完成情況\r\n",
            "\r\n三、各產品系列生產銷售情況\r\n", "\r\n四、存在的問題\r\n", "\r\n五、2025年工作打算\r\n",
            "（一）訂單基地不斷擴大。",
            "\r\n產品系列 | 產量(噸) | 銷量(噸) | 銷售收入(萬元) | 優等品率(%)\r\n",
            "個百分點", "居慶安縣糧食加工企業第", "力爭", "計劃", "累計", "其中"],
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
    if len(trows) != 7 or not trows[-1].startswith("合计 | ") or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{A_DOC}: expected a header, five rows and a 合计 row of five cells in the 基地 table")
if B_DOC in texts:
    bt = texts[B_DOC]
    try:
        (CORPUS / B_DOC).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{B_DOC}: not UTF-8")
    if bt.count("<table") != 1 or bt.count("<tr>") != 7 or "<th" in bt.replace("<thead", ""):
        errors.append(f"{B_DOC}: expected exactly one <table> of seven <tr><td> rows")
    for r in rows:
        if r["doc"] != B_DOC or not r["evidence"] or r["evidence"] not in bt:
            continue
        ev = r["evidence"]; pos = bt.index(ev)
        if ev.startswith("<td>"):
            start, end = bt.rfind("<tr>", 0, pos), bt.find("</tr>", pos)
            if start < 0 or end < 0 or "</tr>" in ev or bt[start:pos] != "<tr>" or bt[pos + len(ev):end] != "":
                errors.append(f"{r['id']}: table evidence is not one row of {B_DOC}")
        else:
            start, end = bt.rfind("<p", 0, pos), bt.find("</p>", pos)
            inner = bt[bt.index(">", start) + 1:end] if start >= 0 and end >= 0 else "<"
            if "<" in ev or ">" in ev or "&" in ev or "<" in inner:
                errors.append(f"{r['id']}: evidence is not inside one <p> of {B_DOC}")
if C_DOC in texts:
    ct = texts[C_DOC]
    raw = legacy_bytes(CORPUS / C_DOC, "gb18030", errors, ct)
    check_traditional(texts, C_DOC, errors)
    dec = raw.decode("gb18030", errors="replace")
    if dec.count("\r\n") < 20 or "\n" in dec.replace("\r\n", "") or "\r" in dec.replace("\r\n", ""):
        errors.append(f"{C_DOC}: expected CRLF line ends only")
    trows = [l for l in ct.split("\r\n") if " | " in l]
    if len(trows) != 7 or any(l.startswith(("合計", "合计")) for l in trows):
        errors.append(f"{C_DOC}: expected a header and six rows (no 合计 row) in the 产品系列 table")
    for r in rows:
        if r["doc"] == C_DOC and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C_DOC} spans a line break")


def html_header(ev, v, unit, text):
    """TABLE_LINE when ev is a <td> row of the b table and v's column heads "(unit)" in the header row."""
    if not ev.startswith("<td>"):
        return None
    table = text[text.rfind("<table", 0, text.index(ev)):]
    header = re.search(r"<tr>(.*?)</tr>", table).group(1)
    heads = [fold(c, T2S) for c in re.findall(r"<td>(.*?)</td>", header)]
    cells = re.findall(r"<td>(.*?)</td>", ev)
    cols = [i for i, c in enumerate(cells) if c == number_form(v)]
    return TABLE_LINE if len(cells) == len(heads) and any(f"({unit})" in heads[i] for i in cols) else None


def number(ev, v, unit, text):
    return (number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True)
            or html_header(ev, v, unit, text))


full_run(QS, loaded, rows, DOCS, errors, number, "u94",
         [("traditional-unit messages (expected: none, check_gold folds every unit character used here)",
           written_as(UNFOLDED, errors)),
          (TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
