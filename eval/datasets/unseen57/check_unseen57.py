"""Verify eval/datasets/unseen57/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen57/check_unseen57.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with unseen54's Markdown checks). It uses only
index.loaders.load_report from the product (the corpus files are listed with a plain directory scan).
Checks:
- ids unique and shaped u57-<a|b|c>-qNNN / u57-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded), with its unit after it (after
  an optional 余/多 qualifier), or in the "(unit)" header line of the table the span is a row of (a: the
  Markdown pipe table of 专业系; b: the plain-text "cell | cell" table of 口岸 in the PDF; c: the Word
  table of 街道); a number the PDF text of b splits over a line break is not taken as written;
- the answer string states every value in ASCII digits (ranks may state 第N); entity answers appear
  verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "utf-8",
  b "pdf", c "docx") and keeps its shape (a: UTF-8 Markdown with LF line ends, a "# " title, at least
  four "## " headings, bold run-in (一)… headings and a pipe table with a |---| rule, six 专业系 rows and
  a 合计 row; b: a real PDF whose text is wrapped into at least 40 lines, no prose line longer than 46
  characters, no asked number split by a line break, numbered sections, a 口岸 table with a 合计 row;
  c: a real .docx (zip) whose one Word table comes out as "cell | cell" lines, six 街道 rows, no 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u57-… ids) and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_CELL, load_corpus, load_rows, number_ok, split_by_line_break, check_corpus, check_sizes,
    unexpected_encoding, require_strings, names_one_report, full_run, values_units, number_form
)

HERE = REPO / "eval/datasets/unseen57"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊節", "万亿项个点吨亩头户张台辆笔间条场处区级对队节")
A = "a_city_2023_senior_univ.md"; B = "b_city_2024_port_office.pdf"; C = "c_district_2024_housing.docx"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("广元", "廣元", "利州区", "利州區", "昭化区", "昭化區", "旺苍", "旺蒼", "青川", "剑阁", "劍閣")),
    B: ("b", ("崇左", "凭祥", "憑祥", "友谊关", "友誼關", "水口口岸", "爱店", "愛店", "硕龙", "碩龍", "平而关",
              "平而關", "大新县", "大新縣")),
    C: ("c", ("九龙坡", "九龍坡", "杨家坪", "楊家坪", "谢家湾", "謝家灣", "石坪桥", "石坪橋", "黄桷坪", "黃桷坪",
              "石桥铺", "石橋鋪", "中梁山", "二郎街道", "华岩镇", "華巖鎮", "西彭")),
}
ENCODINGS = {A: "utf-8", B: "pdf", C: "docx"}
loaded = load_corpus(CORPUS, (".md", ".pdf", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["# 广元市老年大学2023年工作总结和2024年工作思路\n", "\n## 一、办学规模持续扩大\n", "\n## 二、教学质量稳步提升\n",
        "\n## 三、阵地建设和服务社会\n", "\n## 四、存在的问题\n", "\n## 五、2024年工作思路\n", "**（一）学员人数再创新高。**",
        "| 专业系 | 学员(人) | 班级(个) | 课时(节) | 学员增长(%) |\n|---|---|---|---|---|\n",
        "\n| 合计 | 7860 | 168 | 8640 | 12.9 |\n", "居全省第", "个百分点", "其中", "累计", "力争", "\n- 计划"],
    B: ["崇左市口岸管理办公室2024年工作总结和2025年工作思路\n", "\n一、2024年口岸运行情况\n", "\n二、重点工作推进情况\n",
        "\n三、存在的问题\n", "\n四、2025年工作思路\n", "（一）出入境人员大幅增长。",
        "\n口岸 | 出入境人员(万人次) | 进出口货运量(万吨) | 进口通关时间(小时) | 货运量增长(%)\n",
        "\n合计 | 1286.4 | 1648.7 | 19.3 | 9.7\n", "居全国沿边地级市第", "个百分点", "同比增长", "其中", "累计", "力争",
        "计划"],
    C: ["九龙坡区住房保障服务中心2024年工作总结和2025年工作打算\n", "\n一、主要目标任务完成情况\n",
        "\n二、重点工作开展情况\n", "\n三、存在的问题\n", "\n四、2025年工作打算\n", "（一）公租房保障扎实推进。",
        "\n街道 | 公租房(套) | 保障性租赁住房(套) | 租赁补贴(户) | 新增分配公租房(套)\n",
        "\n中梁山街道 | 8250 | 1350 | 430 | 573\n", "居全市各区县第", "个百分点", "其中", "累计", "力争", "计划"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    try:
        (CORPUS / A).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{A}: not UTF-8")
    if "\r" in texts[A]:
        errors.append(f"{A}: expected LF line ends only")
    if len(re.findall(r"^## ", texts[A], re.M)) < 4:
        errors.append(f"{A}: expected at least four '## ' headings")
    if len(re.findall(r"^\| .+ \|$", texts[A], re.M)) != 8:
        errors.append(f"{A}: expected a pipe table of a header, six 专业系 rows and a 合计 row")
if B in texts:
    if (CORPUS / B).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{B}: not a PDF file")
    if texts[B].count("\n") < 40:
        errors.append(f"{B}: expected the PDF text to be wrapped into at least 40 lines")
    if (longest := max(len(l) for l in texts[B].split("\n") if " | " not in l)) > 46:
        errors.append(f"{B}: a prose line has {longest} characters, expected wrapping at about 44")
    if len(re.findall(r"^\S+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \| -?[\d.]+$", texts[B], re.M)) != 7:
        errors.append(f"{B}: expected a 口岸 table of six rows and a 合计 row")
    # no asked value of b is split by a line break anywhere in the text
    for r in rows:
        if r["doc"] == B and r["value"] is not None:
            for v, _ in zip(*values_units(r)):
                f = number_form(v)
                for m in re.finditer(r"\d[\d.]*\n[\d.]*\d", texts[B]):
                    if m.group().replace("\n", "") == f:
                        errors.append(f"{r['id']}: value {f} is split by a line break in {B}")
if C in texts:
    if (CORPUS / C).read_bytes()[:2] != b"PK":
        errors.append(f"{C}: not a .docx (zip) file")
    if len(re.findall(r"^\S+街道 \| \d+ \| \d+ \| \d+ \| \d+$", texts[C], re.M)) != 6:
        errors.append(f"{C}: expected six 街道 rows of the Word table as 'cell | cell' lines")
    if "\n合计" in texts[C]:
        errors.append(f"{C}: the 街道 table should have no 合计 row")

full_run(QS, loaded, rows, DOCS, errors,
         lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, skip=split_by_line_break), "u57",
         [(TABLE_CELL, None)], counts=dict(colloquial=True), before=names_one_report(DOCS))
