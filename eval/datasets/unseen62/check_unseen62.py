"""Verify eval/datasets/unseen62/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen62/check_unseen62.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with the HTML page checks of unseen58 and the
Big5/CRLF checks of unseen56). It uses only index.loaders.load_report from the product (the corpus files
are listed with a plain directory scan). Checks:
- ids unique and shaped u62-<a|b|c>-qNNN / u62-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters
  such as 萬/頭/隻/項/個/點 folded), with its unit after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the Word table
  of 学部, extracted as "cell | cell" lines; b: the plain-text "cell | cell" table of 培训项目, one <p>
  per row; c: the plain-text "cell | cell" table of 县区);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the Big5 report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("docx" for a, "utf-8"
  for b, "big5" for c) and keeps its shape (a: a real .docx whose Word table comes out as a header, five
  学部 rows and a 合计 row; b: UTF-8 page source with <head>/<title>/<script>, a <nav> menu, a
  breadcrumb line, the article in <p> paragraphs, no <table>, exactly eight "cell | cell" <p> rows
  (header, six 培训项目 and 合计) and a footer; every b evidence lies inside one <p> with no markup;
  c: bytes that are not UTF-8 but strict Big5 decoding to the loaded text, traditional script, CRLF
  line ends only, a 县区 table of a header, five rows and a 合计 row, no evidence spanning a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u62-… ids), "not found as written" for table-row items whose
unit is only in the table's header, and "not found as written" for c prose items whose unit 万头只/万头
is written 萬頭隻/萬頭 (check_gold does not fold 頭 or 隻; the checker above does). Any other check_gold
message counts as an error. Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, split_by_line_break,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report, legacy_bytes,
    check_traditional, written_as, full_run
)

HERE = REPO / "eval/datasets/unseen62"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻節",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只节")
A = "a_county_2024_special_school.docx"; B = "b_city_2023_youth_center.html"; C = "c_city_2024h1_animal_disease_big5.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("三穗", "八弓", "台烈", "瓦寨", "桐林", "雪洞", "长吉", "長吉", "款场", "款場", "良上", "滚马", "滾馬")),
    B: ("b", ("达州", "達州", "通川", "达川", "達川", "宣汉", "宣漢", "开江", "開江", "大竹", "渠县", "渠縣",
              "万源", "萬源")),
    C: ("c", ("贵港", "貴港", "港北", "港南", "覃塘", "平南", "桂平")),
}
ENCODINGS = {A: "docx", B: "utf-8", C: "big5"}
loaded = load_corpus(CORPUS, (".docx", ".html", ".txt")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["三穗县特殊教育学校2024年工作总结\n", "\n一、主要工作成效\n", "\n二、存在的问题\n", "\n三、2025年工作思路\n",
        "（一）控辍保学成效明显，入学率持续提高。",
        "\n学部 | 教学班(个) | 在校学生(人) | 专任教师(人) | 康复训练(课时)\n",
        "\n合计 | 15 | 129 | 40 | 8450\n", "居全州16个县（市）第", "个百分点", "其中", "累计", "力争", "计划"],
    B: ["<!DOCTYPE html>", "<head>", '<meta charset="utf-8">',
        "<title>达州市青少年活动中心2023年工作总结和2024年工作打算_工作总结_达州市青少年活动中心</title>",
        "<script", "</head>", '<nav class="menu">', "当前位置：", " &gt; ", '<div class="footer">',
        '<div class="content">', "<h1>达州市青少年活动中心2023年工作总结和2024年工作打算</h1>",
        '<p style="text-indent:2em;"><strong>一、2023年工作完成情况</strong></p>',
        '<p style="text-indent:2em;"><strong>三、2024年工作打算</strong></p>',
        "\n<p>培训项目 | 班次(个) | 学员(人次) | 课时(节) | 学员同比增长(%)</p>\n",
        "\n<p>合计 | 260 | 13540 | 20800 | 9.6</p>\n", "</html>", "居全省第", "其中", "累计", "力争", "计划"],
    C: ["貴港市動物疫病預防控制中心2024年上半年工作總結\r\n", "\r\n一、重大動物疫病強制免疫工作\r\n",
        "\r\n二、監測預警工作\r\n", "\r\n七、存在的問題\r\n", "\r\n八、下半年工作計劃\r\n", "（一）春季集中免疫全面完成。",
        "\r\n縣區 | 免疫畜禽(萬頭隻) | 監測採樣(份) | 抗體合格率(%) | 無害化處理(萬頭隻)\r\n",
        "\r\n合計 | 3556.3 | 8600 | 90.6 | 18.8\r\n", "排全區14個設區市第", "個百分點", "其中", "累計", "力爭", "計劃"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    if (CORPUS / A).read_bytes()[:2] != b"PK":
        errors.append(f"{A}: not a .docx (zip) file")
    trows = [l for l in texts[A].split("\n") if " | " in l]
    if len(trows) != 7 or not trows[-1].startswith("合计 | "):
        errors.append(f"{A}: expected a header, five 学部 rows and a 合计 row in the Word table")
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
    if len(trows) != 7 or not trows[-1].startswith("合計 | "):
        errors.append(f"{C}: expected a header, five 县区 rows and a 合計 row in the 县区 table")
    for r in rows:
        if r["doc"] == C and r["evidence"] and ("\r" in r["evidence"] or "\n" in r["evidence"]):
            errors.append(f"{r['id']}: evidence of {C} spans a line break")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True),
         "u62", [(TABLE_CELL, None),
                 ("萬頭(隻) unit notes (expected: check_gold does not fold 頭/隻, the checker above does)",
                  written_as("萬頭", errors))],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
