"""Verify eval/datasets/unseen37/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen37/check_unseen37.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with unseen31's GBK/CRLF and unseen34's Markdown
checks). It uses only index.loaders.load_report from the product (the corpus files are listed with a plain
directory scan). Checks:
- ids unique and shaped u37-<a|b|c>-qNNN / u37-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded), with its unit after it (after
  an optional 余/多 qualifier), or in the "(unit)" header line of the table the span is a row of (a: the
  Word table of 市级学会, which the loader writes as "cell | cell" lines; b: the plain-text "cell | cell"
  table of 镇（街道）; c: the Markdown pipe table of 关爱帮扶项目);
- the answer string states every value in ASCII digits (ranks may state 第N); entity answers appear
  verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "docx",
  b "gb18030", c "utf-8") and keeps its shape (a: a real .docx (zip) whose Word table comes out as
  "cell | cell" lines with a 合计 row, numbered sections 一…六; b: bytes that are not UTF-8 but strict GBK,
  CRLF line ends only, numbered sections, a "cell | cell" table of 镇（街道） without a 合计 row; c: UTF-8
  Markdown with a "# " title, "## " headings, bold run-in (一)… headings and a pipe table with a |---|
  rule and a 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u37-… ids) and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus, check_sizes, unexpected_encoding,
    require_strings, names_one_report, full_run, legacy_bytes
)

HERE = REPO / "eval/datasets/unseen37"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队")
A = "a_city_2024_sast.docx"; B = "b_district_2023_women_gbk.txt"; C = "c_city_2024h1_youth.md"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("雅安", "雨城", "名山", "荥经", "滎經", "汉源", "漢源", "石棉", "芦山", "蘆山", "宝兴", "寶興")),
    B: ("b", ("涵江", "涵东", "涵東", "涵西", "江口镇", "江口鎮", "梧塘", "白塘", "国欢", "國歡", "萩芦", "萩蘆",
              "庄边", "莊邊", "大洋乡", "大洋鄉", "新县镇", "新縣鎮", "白沙镇", "白沙鎮")),
    C: ("c", ("商洛", "商州", "洛南", "丹凤", "丹鳳", "商南", "山阳", "山陽", "镇安", "鎮安", "柞水")),
}
ENCODINGS = {A: "docx", B: "gb18030", C: "utf-8"}
loaded = load_corpus(CORPUS, (".txt", ".md", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["雅安市科学技术协会2024年工作总结\n", "\n一、公民科学素质建设扎实推进\n", "（一）科学素质水平稳步提升",
        "\n六、2025年工作思路\n", "\n学会名称 | 个人会员(人) | 学术交流活动(场次) | 科普活动(场次) | 服务企业(家)\n",
        "\n合计 | 7930 | 142 | 560 | 255\n", "居全省第", "个百分点", "累计达到", "力争"],
    B: ["涵江区妇女联合会2023年工作总结和2024年工作打算\r\n", "\r\n一、2023年主要工作\r\n", "\r\n二、存在的问题\r\n",
        "\r\n三、2024年工作打算\r\n", "（一）强化思想引领", "（六）凝聚巾帼志愿力量",
        "\r\n镇（街道） | 技能培训(人次) | 实现就业创业(人) | 创业担保贷款(万元) | 累计巾帼示范基地(个)\r\n",
        "\r\n国欢镇 | 364 | 96 | 1120 | 5\r\n", "居全市第", "个百分点", "其中"],
    C: ["# 共青团商洛市委2024年上半年工作汇报\n", "\n## 一、强化青年思想政治引领\n", "\n## 七、下半年工作打算\n",
        "**（一）“青年大学习”持续深化。**", "| 项目 | 受益青少年(人) | 投入资金(万元) | 参与志愿者(人次) |\n|---|---|---|---|\n",
        "\n| 合计 | 9648 | 357.6 | 2803 |\n", "居全省第", "个百分点", "截至6月底", "\n- 严格规范团员发展"],
}
require_strings(texts, RESIDUE, errors)
if (CORPUS / A).exists() and (CORPUS / A).read_bytes()[:2] != b"PK":
    errors.append(f"{A}: not a .docx (zip) file")
if B in texts:
    legacy_bytes(CORPUS / B, "gbk", errors, texts[B])
    if re.search(r"(?<!\r)\n", texts[B]) or re.search(r"\r(?!\n)", texts[B]):
        errors.append(f"{B}: expected CRLF line ends only")
    if texts[B].count("\r\n") < 30:
        errors.append(f"{B}: expected at least 30 CRLF line ends")
    if "\n合计" in texts[B]:
        errors.append(f"{B}: the 镇（街道） table should have no 合计 row")
if C in texts:
    try:
        (CORPUS / C).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{C}: not UTF-8")
    if "\r" in texts[C]:
        errors.append(f"{C}: expected LF line ends only")
    if len(re.findall(r"^## ", texts[C], re.M)) < 6:
        errors.append(f"{C}: expected at least six '## ' headings")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S), "u37",
         [(TABLE_CELL, None)], counts=dict(colloquial=True), before=names_one_report(DOCS))
