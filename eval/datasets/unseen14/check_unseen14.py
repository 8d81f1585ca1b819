"""Verify eval/datasets/unseen14/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen14/check_unseen14.py   (from the repo root)

Adapted from eval/datasets/unseen12/check_unseen12.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u14-<a|b|c|d>-qNNN / u14-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (after NFKC folding, so the full-width digits
  of c count), with its unit after it (after an optional 余/多 qualifier), or in a "(unit)" label inside
  the span (d's first Word table puts the unit in the row label), or in the "(unit)" column header line
  of the table the span is a row of (b: a Markdown pipe table; d: Word tables the loader writes as
  "cell | cell" lines). Chinese numerals 1..99 are accepted (六家, 十二部, 三家, 三件, 九个);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- each question names its doc's region or one of its sub-regions (either script), each answerable
  question names a year, and no answerable question names 凌海/潞州 (used only in unanswerable near-misses);
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding (a, b utf-8; c utf-8-sig,
  i.e. a BOM, which the file's first bytes must also show; d docx) and keeps its shape (a: web-page residue
  of navigation, 来源/发布时间/浏览次数, 打印本页/关闭窗口 and 上一篇/下一篇; b: Markdown title, "> 发布时间",
  "## " headings, bold run-in headings, a pipe table of 12 县（区） rows with a |---| rule; c: full-width
  digits in several figures; d: a 政府工作报告 with two Word tables, 2023 results and 2024 主要预期目标).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u14-… ids), "not found as written" for items whose evidence
has full-width digits (c), and "not found as written" for table-row items whose unit is only in the
table's header line (b, d). Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import json, re, sys, unicodedata, importlib.util
from collections import Counter
from pathlib import Path
REPO = Path(__file__).resolve().parents[3]; sys.path.insert(0, str(REPO))
from index.loaders import load_report
from eval.gold import load_gold, validate_gold

HERE = REPO / "eval/datasets/unseen14"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
files = sorted(p for p in CORPUS.iterdir() if p.is_file() and p.suffix in (".txt", ".md", ".docx"))
texts = {p.relative_to(CORPUS).as_posix(): load_report(p).text for p in files}
rows = [json.loads(l) for l in QS.read_text(encoding="utf-8").splitlines() if l.strip()]
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億", "万亿项个点吨亩头户张台辆笔间条场亿")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_city_2021_housing_web.txt": ("a", ("邢台", "邢臺", "信都", "襄都")),
    "b_city_2022_eco.md": ("b", ("长治", "長治", "潞州", "上党", "上黨", "屯留", "潞城", "襄垣", "平顺", "平順",
                                 "黎城", "壶关", "壺關", "长子", "長子", "武乡", "武鄉", "沁县", "沁縣", "沁源")),
    "c_city_2023_market_bom.txt": ("c", ("锦州", "錦州", "太和", "古塔", "凌河", "凌海", "北镇", "北鎮", "黑山",
                                         "义县", "義縣")),
    "d_county_2024_gov.docx": ("d", ("郓城", "鄆城")),
}
ENCODINGS = {"a_city_2021_housing_web.txt": "utf-8", "b_city_2022_eco.md": "utf-8",
             "c_city_2023_market_bom.txt": "utf-8-sig", "d_county_2024_gov.docx": "docx"}
# sub-regions named only in unanswerable questions (no answerable question may name them)
UNANS_ONLY = ("凌海", "潞州")
FULLWIDTH_DIGIT = re.compile("[０-９]")
CN = "零一二三四五六七八九"; CN_CHARS = "零一二三四五六七八九十百千两兩"
errors = []
if sorted(texts) != sorted(DOCS):
    errors.append(f"corpus files {sorted(texts)} != expected {sorted(DOCS)}")
ids = Counter(r["id"] for r in rows)
errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]

# the reports themselves
for d, t in texts.items():
    if not 2600 <= len(t) <= 4500:
        errors.append(f"{d}: loaded text has {len(t)} characters, outside 2600-4500")
    enc = load_report(CORPUS / d).encoding
    if enc != ENCODINGS.get(d):
        errors.append(f"{d}: unexpected encoding {enc}")
RESIDUE = {
    "a_city_2021_housing_web.txt": ["首页 > 政务公开", "当前位置：首页", "邢台市住房和城乡建设局2021年工作总结", "来源：",
                                    "发布时间：", "浏览次数：", "【打印本页】", "【关闭窗口】", "上一篇：", "下一篇：",
                                    "商品房销售面积", "棚户区改造", "城镇老旧小区", "建筑业完成总产值", "四、2022年工作思路"],
    "b_city_2022_eco.md": ["# 长治市生态环境局2022年工作总结", "> 发布时间：", "\n## 一、", "\n## 六、", "**（一）",
                           "|---|---|---|---|", "| 县（区） | PM2.5平均浓度（微克/立方米） | 优良天数（天） | 优良天数比例（%） |",
                           "PM2.5平均浓度为38微克/立方米", "国控断面", "减排量", "2023年工作打算"],
    "c_city_2023_market_bom.txt": ["锦州市市场监督管理局2023年工作总结及2024年工作思路", "经营主体", "新登记", "抽检",
                                   "批次", "案件", "罚没款", "三、2024年工作思路"],
    "d_county_2024_gov.docx": ["政府工作报告", "各位代表：", "一、过去一年工作回顾", "二、2024年工作安排", "主要预期目标",
                               "地区生产总值增长6%左右", "指标 | 2023年完成 | 同比增长(%) | 增速居全市位次",
                               "类别 | 项目数(个) | 总投资(亿元) | 年度计划投资(亿元)", "\n合计 | 161 | "],
}
for d, needles in RESIDUE.items():
    for n in needles:
        if d in texts and n not in texts[d]:
            errors.append(f"{d}: expected residue {n!r} is missing")
if "b_city_2022_eco.md" in texts:
    rows_b = re.findall(r"^\| \S+[县区] \| \d+ \| \d+ \| [\d.]+ \|$", texts["b_city_2022_eco.md"], flags=re.M)
    if len(rows_b) != 12:
        errors.append(f"b_city_2022_eco.md: expected 12 县（区） table rows, found {len(rows_b)}")
if "c_city_2023_market_bom.txt" in texts:
    if not (CORPUS / "c_city_2023_market_bom.txt").read_bytes().startswith(b"\xef\xbb\xbf"):
        errors.append("c_city_2023_market_bom.txt: the file does not start with a UTF-8 BOM")
    runs = re.findall("[０-９]+", texts["c_city_2023_market_bom.txt"])
    if len(runs) < 6:
        errors.append(f"c_city_2023_market_bom.txt: expected full-width digits in several figures, found {len(runs)} runs")
if "d_county_2024_gov.docx" in texts:
    n_rows = len(re.findall(r"^[^|\n]+ \| [\d.]+ \| [\d.]+ \| [\d.]+$", texts["d_county_2024_gov.docx"], flags=re.M))
    if n_rows != 12:
        errors.append(f"d_county_2024_gov.docx: expected 12 numeric Word-table rows (6 + 5 + 合计), found {n_rows}")


def nf(s):
    return unicodedata.normalize("NFKC", s).translate(T2S)


def cn_numeral(n):
    if not 0 < n < 100:
        return []
    tens, ones = divmod(n, 10)
    s = CN[ones] if tens == 0 else ("" if tens == 1 else CN[tens]) + "十" + (CN[ones] if ones else "")
    return [s] + (["两", "兩"] if n == 2 else [])


def number_ok(ev_raw, v, unit, doc_text):
    ev = nf(ev_raw)
    forms = [repr(v) if isinstance(v, float) else str(v)]
    if isinstance(v, float) and v.is_integer(): forms.append(str(int(v)))
    if isinstance(v, int): forms += cn_numeral(v)
    for f in forms:
        pat = (rf"(?<![\d.]){re.escape(f)}(?![\d])(?!\.\d)" if f[0].isdigit()
               else rf"(?<![{CN_CHARS}]){f}(?![{CN_CHARS}])")
        for m in re.finditer(pat, ev):
            if not unit:
                return "ok"
            rest = ev[m.end():].lstrip("余餘多")
            if rest.startswith(unit):
                return "ok"
            if f"({unit})" in ev:
                return "ok (unit in header inside span)"
            # a table row "label | n | n": the unit must be in the column header line of that table
            if " | " in ev_raw:
                start = doc_text.index(ev_raw)
                lines = doc_text[:start].split("\n")
                header = next((l for l in reversed(lines) if " | " in l and not re.search(r"\| [\d.]+( |$)", l)), "")
                if f"({unit})" in nf(header):
                    return "ok (unit in table header line)"
    return None


# script sanity lists, taken from check_gold.py (loaded below) when available
spec = importlib.util.spec_from_file_location("check_gold", REPO / "eval/datasets/check_gold.py")
cg = importlib.util.module_from_spec(spec); spec.loader.exec_module(cg)
SIMP_ONLY, TRAD_ONLY = cg.SIMP_ONLY, cg.TRAD_ONLY

how = Counter()
table_header_items = set()  # ids whose unit was found only in the table's header line
for r in rows:
    for field in ("question", "answer"):
        bad = sorted(set(r[field]) & (SIMP_ONLY if r["lang"] == "zh-Hant" else TRAD_ONLY))
        if bad:
            errors.append(f"{r['id']}: {r['lang']} {field} contains characters of the other script {bad}")
    if r["type"] == "unanswerable":
        if any(r[k] is not None for k in ("value", "unit", "doc", "evidence")) or r["answer"] != "":
            errors.append(f"{r['id']}: unanswerable must be null/empty")
        if not re.fullmatch(r"u14-unans-q\d{3}", r["id"]):
            errors.append(f"{r['id']}: unanswerable id must look like u14-unans-q001")
        continue
    doc, ev = r["doc"], r["evidence"]
    if doc not in texts or doc not in DOCS:
        errors.append(f"{r['id']}: unknown doc {doc}"); continue
    letter, regions = DOCS[doc]
    if not re.fullmatch(rf"u14-{letter}-q\d{{3}}", r["id"]):
        errors.append(f"{r['id']}: id must look like u14-{letter}-q001 for {doc}")
    n = texts[doc].count(ev)
    if n != 1:
        errors.append(f"{r['id']}: evidence occurs {n}x in {doc}: {ev!r}")
        continue
    if not any(k in r["question"] for k in regions):
        errors.append(f"{r['id']}: question does not name the region of {doc}")
    if any(k in r["question"] for k in UNANS_ONLY):
        errors.append(f"{r['id']}: an answerable question names a sub-region used only for unanswerable items")
    if not re.search(r"\d{2}年", r["question"]):
        errors.append(f"{r['id']}: question names no year")
    if r["type"] == "entity":
        if r["value"] is not None or r["unit"] is not None: errors.append(f"{r['id']}: entity must be null")
        ent = re.sub(r"[（(].*", "", r["answer"])
        if ent not in ev: errors.append(f"{r['id']}: entity {ent!r} not in evidence")
        continue
    vals = r["value"] if isinstance(r["value"], list) else [r["value"]]
    units = r["unit"] if isinstance(r["unit"], list) else [r["unit"]]
    if len(vals) != len(units): errors.append(f"{r['id']}: value/unit length mismatch")
    if r["type"] == "multi" and len(vals) < 2: errors.append(f"{r['id']}: multi needs a list value")
    if r["type"] == "rank" and any(units): errors.append(f"{r['id']}: rank items use unit \"\"")
    for v, un in zip(vals, units):
        res = number_ok(ev, v, un, texts[doc])
        if res is None:
            errors.append(f"{r['id']}: value {v}{un} not written in evidence {ev!r}")
        else:
            how[res] += 1
            if res == "ok (unit in table header line)":
                table_header_items.add(r["id"])
        # the answer string must state the number too (in ASCII digits)
        a = r["answer"]
        if not re.search(rf"(?<![\d.]){re.escape(repr(v) if isinstance(v, float) else str(v))}(?![\d])", a) \
                and not (r["type"] == "rank" and "第" in a):
            errors.append(f"{r['id']}: answer {a!r} does not contain {v}")

# the product's own gold reader and validator (the same checks `rag eval` runs before asking)
items = load_gold(QS)
problems = validate_gold(items, texts)
errors += [f"validate_gold: {p}" for p in problems]

# check_gold.py's per-item checks, imported read-only, fed with loader texts
cg_errs = []
try:  # check_gold.py is maintained separately; skip its checks if its interface has changed
    for r in rows:
        cg.check_item(r, texts, cg_errs)
except Exception as e:  # noqa: BLE001
    print(f"check_gold.check_item not run ({type(e).__name__}: {e})")
id_only = [e for e in cg_errs if "id must look like" in e or "id prefix does not match" in e or "unanswerable ids start with" in e]
by_id = {r["id"]: r for r in rows}
fullwidth = []
for e in cg_errs:
    rid = e.split(":", 1)[0]
    r = by_id.get(rid)
    if (e not in id_only and "not found as written" in e and r and r.get("evidence")
            and FULLWIDTH_DIGIT.search(r["evidence"])
            and not any(x.startswith(rid + ":") for x in errors)):
        fullwidth.append(e)
table_cell = [e for e in cg_errs if e not in id_only and e not in fullwidth and "not found as written" in e
              and e.split(":", 1)[0] in table_header_items]
other = [e for e in cg_errs if e not in id_only and e not in fullwidth and e not in table_cell]

print(f"items {len(rows)}; docs {sorted(texts)}")
print("chars:", {d: len(t) for d, t in sorted(texts.items())})
print("by type:", dict(Counter(r['type'] for r in rows)))
print("by lang:", dict(Counter(r['lang'] for r in rows)))
print("by doc:", dict(Counter(r['doc'] or '(unanswerable)' for r in rows)))
print("by doc x lang:", dict(Counter((r['doc'] or '(unanswerable)', r['lang']) for r in rows)))
print("by doc x type:", dict(Counter((r['doc'] or '(unanswerable)', r['type']) for r in rows)))
print("by tag:", dict(Counter(t for r in rows for t in r['tags'])))
print("colloquial and/or paraphrase:", sum(1 for r in rows if {'colloquial', 'paraphrase'} & set(r['tags'])))
print("punctuation:", dict(Counter('full-width ？' if r['question'].endswith('？') else 'ASCII ?' if r['question'].endswith('?') else 'other' for r in rows)))
print("value/unit matches:", dict(how))
print(f"check_gold.check_item: {len(id_only)} id-naming messages (expected: this set uses u14-… ids), "
      f"{len(fullwidth)} full-width-digit messages (expected), "
      f"{len(table_cell)} table-cell unit notes (expected: the unit is in the table's header line), {len(other)} other:")
for e in fullwidth + table_cell: print("    (expected)", e)
for e in other: print("   ", e)
errors += [f"check_gold: {e}" for e in other]
print(f"own checks + validate_gold + check_gold (other): {len(errors)} error(s)")
for e in errors: print("   ", e)
sys.exit(1 if errors else 0)
