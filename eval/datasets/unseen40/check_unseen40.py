"""Verify eval/datasets/unseen40/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen40/check_unseen40.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with unseen37's GBK/CRLF and Markdown checks). It
uses only index.loaders.load_report from the product (the corpus files are listed with a plain directory
scan). Checks:
- ids unique and shaped u40-<a|b|c>-qNNN / u40-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded), with its unit after it (after
  an optional 余/多 qualifier), or in the "(unit)" header line of the table the span is a row of (a: the
  Word table of 县（区） that the loader writes as "cell | cell" lines; b: the plain-text "cell | cell"
  table of 支行; c: the Markdown pipe table of 班型);
- the answer string states every value in ASCII digits (ranks may state 第N); entity answers appear
  verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "docx",
  b "gb18030", c "utf-8") and keeps its shape (a: a real .docx (zip) whose Word table comes out as
  "cell | cell" lines with a 合计 row, numbered sections 一…三 with (一)… subsections; b: bytes that are
  not UTF-8 but strict GBK, CRLF line ends only, numbered sections 一…五, a "cell | cell" table of 支行
  without a 合计 row; c: UTF-8 Markdown with LF line ends, a "# " title, at least eight "## " headings,
  bold run-in (一)… headings and a pipe table with a |---| rule and a 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u40-… ids) and "not found as written" for table-row items
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

HERE = REPO / "eval/datasets/unseen40"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队")
A = "a_city_2023_emergency.docx"; B = "b_county_2024_bank_gbk.txt"; C = "c_county_2024_school.md"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("本溪", "平山区", "平山區", "溪湖", "明山区", "明山區", "南芬", "桓仁")),
    B: ("b", ("岳西", "嶽西")),
    C: ("c", ("通渭",)),
}
ENCODINGS = {A: "docx", B: "gb18030", C: "utf-8"}
loaded = load_corpus(CORPUS, (".txt", ".md", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["本溪市应急管理局2023年工作总结和2024年工作思路\n", "\n一、2023年主要工作成效\n", "\n（一）安全生产形势持续稳定向好\n",
        "\n二、存在的问题\n", "\n三、2024年工作思路\n",
        "\n县（区） | 事故起数(起) | 死亡人数(人) | 事故起数同比(%) | 死亡人数同比(%)\n",
        "\n合计 | 47 | 39 | -13.0 | -11.4\n", "位列全省第", "同比分别下降", "累计达到", "力争"],
    B: ["岳西农村商业银行股份有限公司2024年度经营工作总结\r\n", "\r\n一、主要经营指标完成情况\r\n", "\r\n二、服务实体经济情况\r\n",
        "\r\n四、存在的问题\r\n", "\r\n五、2025年工作打算\r\n", "（一）业务规模稳步增长。",
        "\r\n支行 | 存款余额(亿元) | 较年初增加(亿元) | 贷款余额(亿元) | 不良率(%)\r\n",
        "\r\n天堂支行 | 36.82 | 2.95 | 24.17 | 1.26\r\n", "居全县银行业金融机构第", "个百分点", "其中", "力争"],
    C: ["# 通渭县第一中学2024年工作总结\n", "\n## 一、学校基本情况\n", "\n## 九、2025年工作打算\n",
        "**（一）上线人数和上线率双提升。**",
        "| 班型 | 参考人数(人) | 一本上线(人) | 一本上线率(%) | 本科上线(人) | 本科上线率(%) |\n|---|---|---|---|---|---|\n",
        "\n| 合计 | 1368 | 487 | 35.6 | 1142 | 83.5 |\n", "居全市第", "个百分点", "累计达到", "\n- 力争一本上线率"],
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
        errors.append(f"{B}: the 支行 table should have no 合计 row")
if C in texts:
    try:
        (CORPUS / C).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{C}: not UTF-8")
    if "\r" in texts[C]:
        errors.append(f"{C}: expected LF line ends only")
    if len(re.findall(r"^## ", texts[C], re.M)) < 8:
        errors.append(f"{C}: expected at least eight '## ' headings")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S), "u40",
         [(TABLE_CELL, None)], counts=dict(colloquial=True), before=names_one_report(DOCS))
