"""Verify eval/datasets/unseen73/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen73/check_unseen73.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with unseen34's Markdown, Word-table and GB18030
handling). It uses only index.loaders.load_report from the product (the corpus files are listed with a
plain directory scan). Checks:
- ids unique and shaped u73-<a|b|c>-qNNN / u73-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters
  folded), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)" header line of
  the table the span is a row of (a: the Markdown pipe table of 服务项目; b: the Word table of 区域, which
  the loader writes as "cell | cell" lines; c: the plain-text "cell | cell" table of 乡镇);
- the answer string states every value in ASCII digits (ranks may state 第N); entity answers appear
  verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, loads with the expected encoding (a "utf-8",
  b "docx", c "gb18030") and keeps its shape (a: UTF-8 Markdown with a "# " title, "## "/"### "
  headings, a pipe table with a |---| rule and a 合计 row, LF line ends; b: a real .docx (zip) whose Word
  table comes out as "cell | cell" lines with a 合计 row, numbered sections; c: bytes that are not UTF-8
  but strict GB18030, CRLF line ends only, the whole report in traditional script, a 鄉鎮 table without
  a 合計 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u73-… ids) and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus, check_sizes, unexpected_encoding,
    require_strings, names_one_report, full_run, legacy_bytes, check_traditional
)

HERE = REPO / "eval/datasets/unseen73"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队")
A = "a_city_2024_talent.md"; B = "b_city_2023_bike.docx"; C = "c_county_2023_fishery_gb18030.txt"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("桐乡", "桐鄉", "乌镇", "烏鎮", "濮院", "崇福", "洲泉")),
    B: ("b", ("淮北", "相山", "杜集", "烈山", "濉溪")),
    C: ("c", ("霞浦", "三沙", "長春鎮", "长春镇", "牙城", "溪南", "沙江", "下浒", "下滸", "北壁")),
}
ENCODINGS = {A: "utf-8", B: "docx", C: "gb18030"}
loaded = load_corpus(CORPUS, (".txt", ".md", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A: ["# 桐乡市人才发展服务中心2024年工作总结\n", "\n## 一、主要指标完成情况\n", "\n### （一）人事档案服务提质增效\n",
        "\n## 三、存在的问题\n", "\n## 四、2025年工作思路\n",
        "\n| 服务项目 | 服务人次(人次) | 同比增长(%) | 网办率(%) | 满意率(%) |\n|---|---|---|---|---|\n",
        "\n| 合计 | 60240 | 9.8 | 90.0 | 99.2 |\n", "居全省县（市）第5位", "个百分点", "其中", "累计", "力争"],
    B: ["淮北市畅骑公共自行车运营有限公司2023年工作总结和2024年工作计划", "一、2023年主要工作完成情况",
        "（一）骑行量稳步回升", "二、存在的问题", "三、2024年工作计划",
        "\n区域 | 站点(个) | 车辆(辆) | 骑行量(万人次) | 同比增长(%)\n", "\n合计 | 486 | 12400 | 1386 | 14.7\n",
        "居第2位", "个百分点", "其中", "力争"],
    C: ["霞浦縣海洋與漁業局2023年工作總結\r\n", "一、漁業經濟運行總體情況", "（一）海水養殖提質增效",
        "三、存在的問題", "四、2024年工作思路",
        "\r\n鄉鎮 | 水產品產量(噸) | 漁業產值(萬元) | 海水養殖面積(畝) | 漁船(艘)\r\n", "居全省第1位", "個百分點",
        "其中", "累計", "力爭"],
}
require_strings(texts, RESIDUE, errors)
if A in texts:
    raw = (CORPUS / A).read_bytes()
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{A}: not UTF-8")
    if b"\r" in raw:
        errors.append(f"{A}: expected LF line ends")
if (CORPUS / B).exists() and (CORPUS / B).read_bytes()[:2] != b"PK":
    errors.append(f"{B}: not a .docx (zip) file")
if C in texts:
    raw = legacy_bytes(CORPUS / C, "gb18030", errors, texts[C])
    dec = raw.decode("gb18030", errors="replace")
    if dec.count("\r\n") < 30 or "\n" in dec.replace("\r\n", ""):
        errors.append(f"{C}: expected CRLF line ends only")
    if "\n合計" in texts[C] or "\n合计" in texts[C]:
        errors.append(f"{C}: the 鄉鎮 table should have no 合計 row")
    check_traditional(texts, C, errors)

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S), "u73",
         [(TABLE_CELL, None)], counts=dict(colloquial=True), before=names_one_report(DOCS))
