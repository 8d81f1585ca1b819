"""Verify eval/datasets/unseen18/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen18/check_unseen18.py   (from the repo root)

Adapted from eval/datasets/unseen12/check_unseen12.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u18-<a|b|c|d>-qNNN / u18-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier), or in the "(unit)" column header line of the table the span is a row of (a: a Word
  table the loader writes as "cell | cell" lines; d: a Markdown pipe table). Chinese numerals 1..99 are
  accepted;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- each question names its doc's region (either script), each answerable question names a year, and no
  answerable question names 天目湖 (a branch used only in an unanswerable near-miss);
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no common simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("docx" for a, "gb18030"
  for b, whose bytes must not be valid UTF-8) and keeps its shape (a: the Word table header and 合计 row;
  b: page-break residue lines "— N —" each followed by the repeated running header; c: traditional
  script, 前三季度 and 第四季度 sections; d: Markdown title, "> " line, "## " headings, bold run-in
  headings, a pipe table by 片区 with a |---| rule and a 合计 row, the 我园 voice and 全市园区 ranks).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u18-… ids), and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, FULLWIDTH_DIGIT, FULLWIDTH, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus,
    check_sizes, unexpected_encoding, require_strings, not_utf8, unans_only, written_as, full_run
)

HERE = REPO / "eval/datasets/unseen18"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億", "万亿项个点吨亩头户张台辆笔间条场亿")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_county_edu_2023.docx": ("a", ("宝应", "寶應")),
    "b_bank_2022_gb18030.txt": ("b", ("溧阳", "溧陽")),
    "c_tax_2024q3_hant.txt": ("c", ("璧山",)),
    "d_park_2023q1.md": ("d", ("静海", "靜海")),
}
ENCODINGS = {"a_county_edu_2023.docx": "docx", "b_bank_2022_gb18030.txt": "gb18030",
             "c_tax_2024q3_hant.txt": "utf-8", "d_park_2023q1.md": "utf-8"}
# names used only in unanswerable questions (a branch the report names without the asked figure)
UNANS_ONLY = ("天目湖",)
loaded = load_corpus(CORPUS, (".txt", ".md", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    "a_county_edu_2023.docx": ["宝应县教育局2023年工作总结和2024年工作思路", "\n学段 | 学校数(所) | 在校生(人) | 专任教师(人)\n",
                               "\n合计 | 136 | 87476 | 6453\n", "一、2023年主要工作成效", "三、2024年工作思路"],
    "b_bank_2022_gb18030.txt": ["溧阳农商银行2022年工作总结", "\n— 2 —\n溧阳农商银行2022年工作总结\n",
                                "\n— 3 —\n溧阳农商银行2022年工作总结\n", "\n— 4 —\n溧阳农商银行2022年工作总结\n",
                                "各项存款余额", "不良贷款率", "拨备覆盖率", "六、2023年工作打算"],
    "c_tax_2024q3_hant.txt": ["國家稅務總局重慶市璧山區稅務局2024年前三季度工作總結", "稅費收入", "減稅降費", "留抵退稅",
                              "非接觸式", "辦稅時長", "居全市", "七、第四季度工作打算"],
    "d_park_2023q1.md": ["# 静海经济开发区2023年一季度工作汇报", "\n> 报送单位", "\n## 一、", "\n## 四、", "**（一）",
                         "| 片区 | 规上工业企业(家) |", "|---|---|", "| 合计 | ", "我园", "1-3月", "全市园区第", "全年力争"],
}
require_strings(texts, RESIDUE, errors)
if "b_bank_2022_gb18030.txt" in texts:
    not_utf8(CORPUS / "b_bank_2022_gb18030.txt", "b_bank_2022_gb18030.txt: bytes are valid UTF-8, expected GB18030", errors)
    if len(re.findall(r"\n— \d —\n", texts["b_bank_2022_gb18030.txt"])) != 3:
        errors.append("b_bank_2022_gb18030.txt: expected 3 page-break residue lines")
if "c_tax_2024q3_hant.txt" in texts:
    ct = texts["c_tax_2024q3_hant.txt"]
    sim = sorted(set(ct) & set("这个们时会为发经济业总额县区进实项资电网务长与产开税费较"))
    if sim:
        errors.append(f"c_tax_2024q3_hant.txt: simplified-only characters in the traditional report {sim}")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S), "u18",
         [(FULLWIDTH, written_as(FULLWIDTH_DIGIT.pattern, errors)), (TABLE_CELL, None)],
         counts=dict(colloquial=True), answerable=unans_only(UNANS_ONLY))
