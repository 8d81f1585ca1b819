"""Verify eval/datasets/unseen76/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen76/check_unseen76.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with the Word-table and wrapped-PDF checks of unseen74 and
the Markdown checks of unseen75). It uses only index.loaders.load_report from the product (the corpus files are
listed with a plain directory scan). Checks:
- ids unique and shaped u76-<a|b|c>-qNNN / u76-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such as
  萬/億/個/點/戶 folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)" header
  cell of the value's own column of the table the span is a row of (a: the Word table of 项目类别, extracted as
  "cell | cell" lines; b: the plain-text "cell | cell" table of 服务区 in the PDF; c: the Markdown pipe table of
  縣區); a number the PDF text of b splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and each
  answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding ("docx" for a, "pdf" for
  b, "utf-8" for c) and keeps its shape (a: a real .docx whose Word table comes out as a header, six 项目类别
  rows and a 合计 row; b: a real PDF whose text is wrapped into at least 40 lines of at most 46 characters, no
  prose line ending in a digit or starting with a digit, a 服务区 table of a header, five rows and a 合计 row,
  each row on one line; c: UTF-8 Markdown with LF line ends, a "# " title, five "## " headings, bold run-in
  （一）… headings, traditional script, a pipe table of a header, a |---| rule, six 縣區 rows and a 合計 row, and
  no c evidence spanning a line break).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and check_gold.check_item
(imported read-only). Expected check_gold messages, not counted as errors: two id-format messages per item
(this set uses u76-… ids) and "not found as written" for table-row items whose unit is only in the table's
header. Any other check_gold message counts as an error. Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, split_by_line_break,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report, check_traditional,
    full_run
)

HERE = REPO / "eval/datasets/unseen76"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊時數車",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队时数车")
A = "a_city_2024_geology.docx"; B = "b_city_2023_2024_welfare.pdf"; C = "c_city_2024h1_tower_hant.md"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("伊春", "铁力", "鐵力", "嘉荫", "嘉蔭", "丰林", "豐林", "大箐山", "南岔", "伊美", "乌翠", "烏翠",
              "友好区", "友好區", "金林")),
    B: ("b", ("延吉", "北山街道", "依兰", "依蘭", "三道湾", "三道灣", "小营镇", "小營鎮")),
    C: ("c", ("营口", "營口", "站前区", "站前區", "西市区", "西市區", "鲅鱼圈", "鮁魚圈", "老边", "老邊", "盖州",
              "蓋州", "大石桥", "大石橋")),
}
ENCODINGS = {A: "docx", B: "pdf", C: "utf-8"}
loaded = load_corpus(CORPUS, (".docx", ".pdf", ".md")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["伊春地质勘查院（省地矿局第七〇四地质队）2024年工作总结\n", "\n一、主要指标完成情况\n", "\n二、重点工作推进情况\n",
        "\n三、分类别项目完成情况\n", "\n四、存在的问题\n", "\n五、2025年工作思路\n", "（一）项目与经营指标。",
        "\n项目类别 | 项目(个) | 合同额(万元) | 钻探进尺(米) | 营业收入(万元)\n",
        "\n合计 | 86 | 34600 | 68200 | 29300\n", "居第3位", "个百分点", "其中", "累计", "力争", "计划"],
    B: ["延吉市社会福利院2023年工作总结和2024年工作思路\n", "\n一、2023年主要工作完成情况\n", "\n二、各服务区运行情况\n",
        "\n三、存在的问题\n", "\n四、2024年工作思路\n", "（一）供养服务保障有力。",
        "\n服务区 | 床位(张) | 在院人数(人) | 护理员(名) | 入住率(%)\n", "\n合计 | 520 | 443 | 108 | 85.2\n",
        "个百分点", "其中", "力争", "计划"],
    C: ["# 鐵塔公司營口市分公司2024年上半年工作總結\n", "\n## 一、主要經營指標完成情況\n", "\n## 二、重點工作開展情況\n",
        "\n## 三、分縣區經營情況\n", "\n## 四、存在的問題\n", "\n## 五、下半年工作計劃\n", "**（一）收入利潤穩步增長。**",
        "\n| 縣區 | 站址(個) | 5G站址(個) | 新建站址(個) | 營業收入(萬元) |\n|---|---|---|---|---|\n",
        "\n| 合計 | 6060 | 2200 | 179 | 16100 |\n", "居全省地市分公司第5位", "個百分點", "其中", "累計", "力爭",
        "計劃"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    if (CORPUS / A).read_bytes()[:2] != b"PK":
        errors.append(f"{A}: not a .docx (zip) file")
    trows = [l for l in texts[A].split("\n") if " | " in l]
    if len(trows) != 8 or not trows[-1].startswith("合计 | "):
        errors.append(f"{A}: expected a header, six 项目类别 rows and a 合计 row in the Word table")
if B in texts:
    bt = texts[B]
    if (CORPUS / B).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{B}: not a PDF file")
    lines = bt.split("\n")
    if len(lines) < 40 or max(len(l) for l in lines) > 46:
        errors.append(f"{B}: expected the PDF text to be wrapped into at least 40 lines of at most 46 characters")
    prose = [l for l in lines if " | " not in l]
    if any(re.search(r"[\d.]$", l) for l in prose) or any(re.match(r"[\d.%]", l) for l in prose):
        errors.append(f"{B}: a prose line of the PDF text ends or starts with a digit (a number may be split)")
    trows = [l for l in lines if " | " in l]
    if len(trows) != 7 or not trows[-1].startswith("合计 | ") or any(len(l.split(" | ")) != 5 for l in trows):
        errors.append(f"{B}: expected a header, five 服务区 rows and a 合计 row of five cells, one per line")
if C in texts:
    ct = texts[C]
    try:
        raw = (CORPUS / C).read_bytes().decode("utf-8")
        if raw.lstrip("\ufeff") != ct:
            errors.append(f"{C}: the loaded text differs from the decoded file")
    except UnicodeDecodeError:
        errors.append(f"{C}: not UTF-8")
    if "\r" in ct:
        errors.append(f"{C}: expected LF line ends only")
    if not ct.startswith("# ") or len(re.findall(r"^## ", ct, re.M)) != 5:
        errors.append(f"{C}: expected a '# ' title and five '## ' headings")
    if len(re.findall(r"^\*\*（[一二三四五六七八]）", ct, re.M)) < 10:
        errors.append(f"{C}: expected bold run-in （一）… headings")
    check_traditional(texts, C, errors)
    trows = [l for l in ct.split("\n") if l.startswith("|")]
    if len(trows) != 9 or trows[1] != "|---|---|---|---|---|" or not trows[-1].startswith("| 合計 |"):
        errors.append(f"{C}: expected a pipe table of a header, a separator, six 縣區 rows and a 合計 row")
    for r in rows:
        if r["doc"] == C and r["evidence"] and "\n" in r["evidence"]:
            errors.append(f"{r['id']}: evidence of {C} spans a line break")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break, column=True),
         "u76", [(TABLE_CELL, None)], counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE),
         before=names_one_report(DOCS))
