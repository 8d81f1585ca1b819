"""Verify eval/datasets/unseen32/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen32/check_unseen32.py   (from the repo root)

Adapted from eval/datasets/unseen28/check_unseen28.py (same three formats). It uses
only index.loaders.load_report from the product (the corpus files are listed with a plain directory
scan). Checks:
- ids unique and shaped u32-<a|b|c>-qNNN / u32-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier), or, for a row of c's Word table (written by the loader as "cell | cell" lines), in the
  "(unit)" header of the value's own column;
- the answer string states every value in ASCII digits (ranks may state 第N); entity answers appear
  verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), each
  answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the Big5 report b contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters and loads with the expected encoding (a "utf-8",
  b "big5", c "utf-8" for a "docx", "big5", "utf-8"); b's bytes are not UTF-8 but strict Big5 that decodes
  to the loaded text; a is a zip (Word) file; each keeps its shape (a: the 县（市、区） table header and 合计
  row, 2024 plans; b: traditional script, 居全市第 rank, 2024 plans; c: Markdown title, "> 发布时间" line,
  "## " headings, bold run-in headings, a pipe table of 县（区） with a |---| rule and a 合计 row).
Then runs eval.gold.load_gold + validate_gold and check_gold.check_item (imported read-only). Expected
check_gold messages, not counted as errors: two id-format messages per item (this set uses u32-… ids),
and "not found as written" for table-row items whose unit is only in the table's header line.
Any other check_gold message counts as an error. Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, FULLWIDTH_DIGIT, FULLWIDTH, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus,
    check_sizes, unexpected_encoding, require_strings, written_as, full_run, legacy_bytes,
    check_traditional, names_one_report
)

HERE = REPO / "eval/datasets/unseen32"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队")
A = "a_city_2023_union.docx"; B = "b_county_2023_redcross_big5.txt"; C = "c_city_2024h1_disabled.md"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A: ("a", ("来宾", "來賓", "兴宾", "興賓", "象州", "武宣", "忻城", "金秀", "合山")),
    B: ("b", ("施甸",)),
    C: ("c", ("安顺", "安順", "西秀", "平坝", "平壩", "普定", "镇宁", "鎮寧", "关岭", "關嶺", "紫云", "紫雲")),
}
ENCODINGS = {A: "docx", B: "big5", C: "utf-8"}
loaded = load_corpus(CORPUS, (".md", ".txt", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
if (CORPUS / B).exists():
    legacy_bytes(CORPUS / B, "big5", errors, texts.get(B))
if (CORPUS / A).exists() and (CORPUS / A).read_bytes()[:2] != b"PK":
    errors.append(f"{A}: not a zip (Word) file")
RESIDUE = {
    A: ["来宾市总工会2023年工作总结及2024年工作思路", "一、2023年主要工作成效", "二、存在的问题", "三、2024年工作思路",
        "县（市、区） | 会员(万人) | 新建工会(个) | 帮扶困难职工(户次) | 技能竞赛(场次)", "\n合计 | 38.95 | 186 | 2317 | 326",
        "比上年提高", "居全区第", "力争"],
    B: ["施甸縣紅十字會2023年工作總結", "一、主要工作成效", "（一）無償獻血工作穩步推進", "二、存在的問題",
        "三、2024年工作思路", "居全市第", "比上年增長", "力爭"],
    C: ["# 安顺市残疾人联合会2024年上半年工作总结及下半年工作打算", "\n> 发布时间：2024-07-12", "\n## 一、上半年主要工作完成情况",
        "\n## 二、存在的问题", "\n## 三、下半年工作打算", "**（一）基础数据持续夯实。**", "|---|---|---|---|---|",
        "| 县（区） | 持证残疾人(人) | 康复服务(人) | 新增就业(人) | 辅助器具(件) |",
        "| 合计 | 106248 | 24613 | 1248 | 4275 |", "截至6月底", "居全省第"],
}
require_strings(texts, RESIDUE, errors)
check_traditional(texts, B, errors)
if C in texts and texts[C].count("\n**（") < 8:
    errors.append(f"{C}: expected at least 8 bold run-in headings")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, column=True), "u32",
         [(FULLWIDTH, written_as(FULLWIDTH_DIGIT.pattern, errors)), (TABLE_CELL, None)],
         counts=dict(colloquial=True), before=names_one_report(DOCS))
