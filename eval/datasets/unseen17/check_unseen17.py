"""Verify eval/datasets/unseen17/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen17/check_unseen17.py   (from the repo root)

Adapted from eval/datasets/unseen12/check_unseen12.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u17-<a|b|c|d>-qNNN / u17-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier), or in the "(unit)" column header line of the table the span is a row of (c: a Word
  table the loader writes as "cell | cell" lines). Chinese numerals up to 9999 are accepted
  (三十二个, 一千二百余人);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- each question names its doc's region (either script), each answerable question names a year, and no
  answerable question names 仁化 or 多巴 (used only in unanswerable near-misses);
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report b contains no common simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding (b: big5 bytes that are not
  valid UTF-8; c: "docx") and keeps its shape (a: web-page residue: breadcrumb, 来源/发布时间 line, 【字体】,
  【打印本页】, 上一篇/下一篇, 主办单位 footer; b: traditional script and two 居全疆第 ranks; c: the Word table
  header and 合计 row; d: Markdown title, "> 发布时间" line, "## " headings, bold run-in headings, 我镇 voice
  and the Chinese-numeral figures).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u17-… ids), "not found as written" for table-row items whose
unit is only in the table's header line, and "not found as written" for values written as Chinese numerals
above 99 (check_gold only knows 1..99). Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, CN, FULLWIDTH_DIGIT, FULLWIDTH, TABLE_CELL, load_corpus, load_rows, fold,
    number_ok, check_corpus, check_sizes, unexpected_encoding, require_strings, not_utf8, unans_only,
    for_items, written_as, full_run
)

HERE = REPO / "eval/datasets/unseen17"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_city_2023_civil_web.txt": ("a", ("韶关", "韶關", "乐昌", "樂昌", "曲江", "南雄")),
    "b_city_2022_emergency_big5.txt": ("b", ("克拉玛依", "克拉瑪依", "独山子", "獨山子", "白碱滩", "白鹼灘", "乌尔禾", "烏爾禾")),
    "c_city_2024h1_land.docx": ("c", ("儋州", "白马井", "白馬井", "那大")),
    "d_town_2021.md": ("d", ("鲁沙尔", "魯沙爾", "湟中")),
}
ENCODINGS = {"a_city_2023_civil_web.txt": "utf-8", "b_city_2022_emergency_big5.txt": "big5",
             "c_city_2024h1_land.docx": "docx", "d_town_2021.md": "utf-8"}
# regions named only in unanswerable questions (must not be the region of any doc)
UNANS_ONLY = ("仁化", "多巴")
loaded = load_corpus(CORPUS, (".txt", ".md", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2600, 4500, errors, unexpected_encoding(ENCODINGS))
B = "b_city_2022_emergency_big5.txt"
if B in texts:
    not_utf8(CORPUS / B, f"{B}: bytes decode as UTF-8; expected big5 only", errors)
RESIDUE = {
    "a_city_2023_civil_web.txt": ["首页 > 政务公开", "当前位置：首页 >> ", "韶关市民政局2023年工作总结", "来源：", "发布时间：2024-01-22",
                                  "【字体：大 中 小】", "【打印本页】", "上一篇：", "下一篇：", "主办单位：", "低保对象",
                                  "每人每月", "特困人员", "护理型床位", "养老服务站三十二个", "结婚登记", "五、2024年工作打算"],
    B: ["克拉瑪依市應急管理局2022年工作總結和2023年工作思路", "發佈時間：2023-01-16", "生產安全事故", "同比分別下降",
        "隱患", "執法檢查", "家次", "罰款", "應急演練", "場次", "三、2023年工作思路"],
    "c_city_2024h1_land.docx": ["儋州市自然资源和规划局2024年上半年工作总结", "用途 | 宗数(宗) | 面积(公顷) | 出让收入(亿元)",
                                "\n合计 | 38 | 111.01 | 16.15\n", "土地出让收入", "耕地", "不动产登记", "个工作日", "三、下半年工作计划"],
    "d_town_2021.md": ["# 湟中区鲁沙尔镇2021年工作总结", "\n> 发布时间：", "\n## 一、", "\n## 四、2022年工作打算", "**（一）",
                       "我镇", "村集体经济", "超10万元的村", "人居环境", "招商引资", "到位资金", "一千二百余人"],
}
require_strings(texts, RESIDUE, errors)
if B in texts:
    bt = texts[B]
    if bt.count("居全疆第") < 2:
        errors.append(f"{B}: expected at least 2 居全疆第 ranks")
    sim = sorted(set(bt) & set("这个们时会为发经济业总额县区进实项资电网务长与产开应检罚处队"))
    if sim:
        errors.append(f"{B}: simplified-only characters in the traditional report {sim}")
if "d_town_2021.md" in texts and texts["d_town_2021.md"].count("我镇") < 3:
    errors.append("d_town_2021.md: expected the 我镇 voice (at least 3 occurrences)")

big_numeral_items = set()  # ids whose value is written as a Chinese numeral above 99 (check_gold knows 1..99 only)


def cn_numeral_big(n):
    """Standard Chinese-numeral spellings of 1..9999 (十二 and 一十二 for 12, 一千二百 for 1200, 一百零四 for 104)."""
    if not 0 < n < 10000:
        return []
    digits = [int(c) for c in f"{n:04d}"]
    s, zero = "", False
    for d, u in zip(digits, ("千", "百", "十", "")):
        if d == 0:
            zero = bool(s)
            continue
        if zero:
            s += "零"; zero = False
        s += CN[d] + u
    forms = [s]
    if s.startswith("一十"):
        forms.insert(0, s[1:])
    if n == 2:
        forms += ["两", "兩"]
    return forms


def note_big_numeral(r, v, unit, ev, label):
    """Remember items whose value above 99 is not in the evidence in digits."""
    if isinstance(v, int) and v > 99 and not re.search(rf"(?<![\d.]){v}(?!\d)", fold(ev, T2S)):
        big_numeral_items.add(r["id"])


full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S, numerals=cn_numeral_big), "u17",
         [(FULLWIDTH, written_as(FULLWIDTH_DIGIT.pattern, errors)), (TABLE_CELL, None),
         ("Chinese-numeral notes (expected: check_gold reads Chinese numerals up to 99 only)", for_items(big_numeral_items))],
         counts=dict(colloquial=True), answerable=unans_only(UNANS_ONLY), on_value=note_big_numeral)
