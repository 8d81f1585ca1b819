"""Verify eval/datasets/unseen49/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen49/check_unseen49.py   (from the repo root)

Adapted from eval/datasets/unseen36/check_unseen36.py (with the Markdown checks of unseen47). It uses only
index.loaders.load_report from the product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u49-<a|b|c>-qNNN / u49-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (NFKC-folded, traditional unit characters such
  as 萬/億/噸/隻 folded), with its unit right after it (after an optional 余/多 qualifier), or in the
  "(unit)" header cell of the value's own column of the table the span is a row of (a: the Markdown pipe
  table of 急救分站; b: the Word table of 乡镇; c: the plain-text "cell | cell" table of 供热分公司);
  a number the PDF text of c splits over a line break is not taken as written;
- no value of a c item occurs anywhere in the c text split by a line break;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- every question (unanswerable ones too) names the region of exactly one report (either script), and
  each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("utf-8" for a, "docx"
  for b, "pdf" for c) and keeps its shape (a: UTF-8 Markdown with LF line ends, a "# " title, "## "
  headings and a pipe table of a header, a separator and six 急救分站 rows with no 合计 row; b: a real
  .docx whose Word table comes out as "cell | cell" lines: a header, six 乡镇 rows and a 合计 row;
  c: a real PDF whose text is wrapped into at least 40 lines, numbered sections, a 供热分公司 table of
  a header, five rows and a 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u49-… ids) and "not found as written" for table-row items
whose unit is only in the table's header. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_LINE, IN_SPAN, TABLE_CELL, load_corpus, load_rows, number_ok, number_form, split_by_line_break,
    check_corpus, check_sizes, unexpected_encoding, require_strings, names_one_report, values_units, full_run
)

HERE = REPO / "eval/datasets/unseen49"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場處區級對隊隻",
                    "万亿项个点吨亩头户张台辆笔间条场处区级对队只")
A_DOC, B_DOC, C_DOC = "a_city_2024_emergency.md", "b_county_2023_rural.docx", "c_city_2023_2024_heating.pdf"
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    A_DOC: ("a", ("鹤岗", "鶴崗", "工农区", "工農區", "南山区", "南山區", "兴安区", "興安區",
                  "东山区", "東山區", "兴山区", "興山區", "萝北", "蘿北", "绥滨", "綏濱")),
    B_DOC: ("b", ("化德", "长顺镇", "長順鎮", "朝阳镇", "朝陽鎮", "七号镇", "七號鎮", "德包图", "德包圖", "公腊胡洞",
                  "公臘胡洞", "白音特拉")),
    C_DOC: ("c", ("阜新", "海州", "细河", "細河", "太平区", "太平區", "新邱", "清河门", "清河門")),
}
ENCODINGS = {A_DOC: "utf-8", B_DOC: "docx", C_DOC: "pdf"}
loaded = load_corpus(CORPUS, (".md", ".docx", ".pdf")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
RESIDUE = {
    A_DOC: ["# 鹤岗市紧急医疗救援中心2024年工作总结和2025年工作思路\n", "\n## 一、2024年主要指标完成情况\n",
            "\n## 二、重点工作推进情况\n", "\n## 三、存在的问题\n", "\n## 四、2025年工作思路\n", "（一）急救业务量稳步增长",
            "\n| 急救分站 | 出车(次) | 平均反应时间(分钟) | 救治(人次) | 危重症患者(人次) |\n|---|---|---|---|---|\n",
            "个百分点", "居全省第", "力争", "计划", "累计"],
    B_DOC: ["化德县乡村振兴局2023年工作总结\n", "\n一、巩固拓展脱贫攻坚成果\n", "\n二、衔接资金和项目管理\n",
            "\n五、存在的问题\n", "\n六、2024年工作打算\n", "（一）防返贫动态监测帮扶精准有效",
            "\n乡镇 | 脱贫人口(人) | 累计监测对象(人) | 衔接资金(万元) | 产业项目(个)\n",
            "\n合计 | 14126 | 2381 | 25800 | 82\n", "个百分点", "第1位", "力争", "计划"],
    C_DOC: ["阜新市恒暖热力有限公司2023—2024年供暖季工作总结\n", "\n一、供暖运行基本情况\n", "\n二、重点工作推进情况\n",
            "\n三、存在的问题\n", "\n四、2024—2025年供暖季工作安排\n", "（一）供热规模稳步扩大",
            "\n供热分公司 | 供热面积(万平方米) | 耗煤量(万吨) | 投诉(件) | 室温达标率(%)\n",
            "\n合计 | 2793 | 82.4 | 1342 | 98.9\n", "个百分点", "第5位", "力争", "计划"],
}
require_strings(texts, RESIDUE, errors)

if A_DOC in texts:
    at = texts[A_DOC]
    try:
        (CORPUS / A_DOC).read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{A_DOC}: not UTF-8")
    if "\r" in at:
        errors.append(f"{A_DOC}: expected LF line ends only")
    if not at.startswith("# ") or at.count("\n## ") < 4:
        errors.append(f"{A_DOC}: expected a '# ' title and at least four '## ' headings")
    trows = [l for l in at.split("\n") if l.startswith("|")]
    if len(trows) != 8 or trows[1] != "|---|---|---|---|---|" or any("合计" in l for l in trows):
        errors.append(f"{A_DOC}: expected a pipe table of a header, a separator and six rows (no 合计 row)")
if B_DOC in texts:
    if (CORPUS / B_DOC).read_bytes()[:2] != b"PK":
        errors.append(f"{B_DOC}: not a .docx (zip) file")
    trows = [l for l in texts[B_DOC].split("\n") if " | " in l]
    if len(trows) != 8 or not trows[-1].startswith("合计 | "):
        errors.append(f"{B_DOC}: expected a Word table of a header, six 乡镇 rows and a 合计 row")
if C_DOC in texts:
    ct = texts[C_DOC]
    if (CORPUS / C_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{C_DOC}: not a PDF file")
    if ct.count("\n") < 40:
        errors.append(f"{C_DOC}: expected the PDF text to be wrapped into at least 40 lines")
    trows = [l for l in ct.split("\n") if " | " in l]
    if len(trows) != 7 or not trows[-1].startswith("合计 | "):
        errors.append(f"{C_DOC}: expected a 供热分公司 table of a header, five rows and a 合计 row")
    for r in rows:
        if r["doc"] != C_DOC or r["value"] is None:
            continue
        for v, _ in zip(*values_units(r)):
            f = number_form(v)
            for i in range(1, len(f)):
                if f"{f[:i]}\n{f[i:]}" in ct:
                    errors.append(f"{r['id']}: value {f} is split by a line break somewhere in {C_DOC}")


def number(ev, v, unit, text):
    return number_ok(ev, v, unit, text, T2S, column=True, skip=split_by_line_break)


full_run(QS, loaded, rows, DOCS, errors, number, "u49", [(TABLE_CELL, None)],
         counts=dict(colloquial=True), noted=(IN_SPAN, TABLE_LINE), before=names_one_report(DOCS))
