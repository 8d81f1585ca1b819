"""Verify eval/datasets/unseen9/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen9/check_unseen9.py   (from the repo root)

Adapted from eval/datasets/unseen7/check_unseen7.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u9-<a|b|c|d>-qNNN / u9-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier), or in a "(unit)" header inside the span, or in the header line of the pipe table the
  span is a row of (c's Word table by 街道, whose units stand only in the column headers). The search
  runs on the NFKC form of the evidence with traditional unit characters folded (d is in traditional
  script). Chinese numerals 1..99 are accepted (ranks 第三, 第二…);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers (before any "（…）" note) appear verbatim in their evidence;
- each question names its doc's region (岳阳/岳陽, 仪陇/儀隴, 成华/成華, 渭南), and each answerable question
  names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); d's loaded text contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2800-4500 characters with the expected encoding (a, b and d plain UTF-8,
  c a .docx), and each keeps its genre's structure (a: web residue, the 索引号/发布机构/成文日期 pipe block,
  the title twice, numbered 2016 要点 with 力争/确保; b: 政府工作报告 review of 2018 and the 2019 主要预期目标;
  c: the Word table by 街道 with units in the headers and a 合计 row that is the sum of the 街道 rows,
  完成全年目标任务的; d: traditional script, 新增/累计 counts of 孵化器/眾創空間, the 國家高新區 ranking and
  the 2022 targets).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors:
two id-format messages per item (this set uses u9-… ids) and a "not found as written" note for items
whose unit stands only in their table's header line. Any other check_gold message counts as an
error. Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus, check_sizes, loaded_as,
    require_strings, check_traditional, full_run
)

HERE = REPO / "eval/datasets/unseen9"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億", "万亿项个点吨亩头户张台辆笔间条场亿")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_city_2015.txt": ("a", ("岳阳", "岳陽")),
    "b_county_2019.txt": ("b", ("仪陇", "儀隴")),
    "c_district_2022h1.docx": ("c", ("成华", "成華")),
    "d_hitech_2021.txt": ("d", ("渭南",)),
}
ENCODING = {"a_city_2015.txt": "utf-8", "b_county_2019.txt": "utf-8", "c_district_2022h1.docx": "docx",
            "d_hitech_2021.txt": "utf-8"}
TRAD_DOC = "d_hitech_2021.txt"
loaded = load_corpus(CORPUS, (".txt", ".md", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2800, 4500, errors, loaded_as(ENCODING))
STRUCTURE = {
    "a_city_2015.txt": ["首页 > 政务公开 > ", "索引号：", " | 发布机构：岳阳市科学技术局 | 成文日期：2016-01-22 | ",
                        "【字体：大 中 小】", "其中国家级项目29项", "分别为一等奖1项", "三、2016年工作要点",
                        "\n　　1.壮大高新技术产业。", "力争全年新认定高新技术企业50家以上", "确保全年专利申请量突破4500件",
                        "【打印本页】", "上一篇："],
    "b_county_2019.txt": ["仪陇县2019年政府工作报告（摘要）", "一、2018年工作回顾", "二、2019年主要预期目标",
                          "地区生产总值增长8%左右", "一般公共预算收入增长8.5%", "全社会固定资产投资增长11%",
                          "居全省第38位", "增速居全市第二位"],
    "c_district_2022h1.docx": ["\n街道 | 规模以上工业总产值(亿元) | 同比增长(%) | 有效高新技术企业(家) | 技术合同成交额(亿元)\n",
                               "\n猛追湾街道 | ", "\n合计 | 318.4 | 7.4 | 743 | 45.8\n", "完成全年目标任务的53.1%",
                               "其中首次入库205家", "五、下半年工作打算"],
    "d_hitech_2021.txt": ["渭南高新區2021年工作總結", "新增眾創空間4家，眾創空間累計達到21家", "其中國家級3家",
                          "國家高新區綜合評價", "較上年提升12位", "七、2022年工作目標"],
}
TITLE_A = "岳阳市科学技术局2015年工作总结和2016年工作要点"
if "a_city_2015.txt" in texts and texts["a_city_2015.txt"].count(TITLE_A) < 2:
    errors.append("a_city_2015.txt: the scraped page should repeat the title")
# c: the 合计 row must be the sum of the 街道 rows (output, 高企 and 技术合同 columns)
if "c_district_2022h1.docx" in texts:
    tl = [l.split(" | ") for l in texts["c_district_2022h1.docx"].split("\n") if " | " in l]
    body = [r for r in tl if r[0].endswith("街道") and r[0] != "街道"]; tot = [r for r in tl if r[0] == "合计"]
    if len(body) != 12 or len(tot) != 1:
        errors.append(f"c: expected 12 街道 rows and one 合计 row, got {len(body)} / {len(tot)}")
    else:
        for k in (1, 3, 4):
            if abs(sum(float(r[k]) for r in body) - float(tot[0][k])) > 1e-6:
                errors.append(f"c: column {k} of the 合计 row is not the sum of the 街道 rows")
require_strings(texts, STRUCTURE, errors, "structure")
check_traditional(texts, TRAD_DOC, errors)

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, column=True), "u9",
         [(TABLE_CELL, None)])
