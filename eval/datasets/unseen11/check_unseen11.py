"""Verify eval/datasets/unseen11/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen11/check_unseen11.py   (from the repo root)

Adapted from eval/datasets/unseen9/check_unseen9.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan; python-docx is read directly only to
check that d's county title lines carry no bold run). Checks:
- ids unique and shaped u11-<a|b|c|d>-qNNN / u11-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier). The search runs on the NFKC form of the evidence with traditional unit characters
  folded (c is in traditional script). Chinese numerals 1..99 are accepted (九十四家, 兩家, 第九位…);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers (before any "（…）" note) appear verbatim in their evidence;
- each question names its doc's region (番禺; 马鞍山/馬鞍山; 德清; 永丰/永豐/泰和/遂川/万安/萬安), and each
  answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); c's loaded text contains no simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4000 characters with the expected encoding (a, b and c plain UTF-8,
  d a .docx), and each keeps its genre's structure (a: web residue, the title twice, the 2018 主要指标
  list; b: 截至6月底 stocks, 上半年 flows, 完成全年目标的, 1-5月 figures, 下半年工作打算; c: traditional script,
  一是/二是 with Chinese-numeral counts; d: four county title lines, each followed by a
  "XX县科技局局长 某某" speaker line, none bold).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors:
two id-format messages per item (this set uses u11-… ids). Any other check_gold message counts as an
error. Exits 1 on any error.
"""
import json, re, sys, unicodedata, importlib.util
from collections import Counter
from pathlib import Path
REPO = Path(__file__).resolve().parents[3]; sys.path.insert(0, str(REPO))
from index.loaders import load_report
from eval.gold import load_gold, validate_gold

HERE = REPO / "eval/datasets/unseen11"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
files = sorted(p for p in CORPUS.iterdir() if p.is_file() and p.suffix in (".txt", ".md", ".docx"))
loaded = {p.relative_to(CORPUS).as_posix(): load_report(p) for p in files}
texts = {d: lt.text for d, lt in loaded.items()}
rows = [json.loads(l) for l in QS.read_text(encoding="utf-8").splitlines() if l.strip()]
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億", "万亿项个点吨亩头户张台辆笔间条场亿")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_district_2017.txt": ("a", ("番禺",)),
    "b_city_2019h1.txt": ("b", ("马鞍山", "馬鞍山")),
    "c_county_2023.txt": ("c", ("德清",)),
    "d_counties_2022.docx": ("d", ("永丰", "永豐", "泰和", "遂川", "万安", "萬安")),
}
ENCODING = {"a_district_2017.txt": "utf-8", "b_city_2019h1.txt": "utf-8", "c_county_2023.txt": "utf-8",
            "d_counties_2022.docx": "docx"}
TRAD_DOC = "c_county_2023.txt"
CN = "零一二三四五六七八九"; CN_CHARS = "零一二三四五六七八九十百千两兩"
errors = []
if sorted(texts) != sorted(DOCS):
    errors.append(f"corpus files {sorted(texts)} != expected {sorted(DOCS)}")
ids = Counter(r["id"] for r in rows)
errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]

# the reports themselves
for d, t in texts.items():
    if not 2600 <= len(t) <= 4000:
        errors.append(f"{d}: loaded text has {len(t)} characters, outside 2600-4000")
    if d in ENCODING and loaded[d].encoding != ENCODING[d]:
        errors.append(f"{d}: loaded as {loaded[d].encoding}, expected {ENCODING[d]}")
STRUCTURE = {
    "a_district_2017.txt": ["首页 > 信息公开 > ", "发布时间：2018-01-19", "【字体：大 中 小】", "一、2017年工作总结",
                            "三、2018年工作思路", "　　主要指标：\n　　1. 新认定高新技术企业420家以上", "【打印本页】", "上一篇：",
                            "粤ICP备"],
    "b_city_2019h1.txt": ["马鞍山市科技局2019年上半年工作总结", "截至6月底，我市有效高新技术企业达到573家",
                          "完成全年目标的59.2%", "1-5月，我市高新技术产业实现产值", "四、下半年工作打算"],
    "c_county_2023.txt": ["德清縣科技局2023年工作彙報", "一是創新主體持續壯大", "二是研發投入穩步提升",
                          "九十四家", "三、2024年工作思路"],
    "d_counties_2022.docx": ["2022年科技工作亮点", "\n永丰 科技特派员扎根产业一线\n永丰县科技局局长 欧阳启明\n",
                             "\n泰和 高企总数首次突破百家\n泰和县科技局局长 肖雅琴\n",
                             "\n遂川 “科技+金融”助力企业成长\n遂川县科技局局长 郭承远\n",
                             "\n万安 电子信息产业链上抓创新\n万安县科技局局长 尹德胜\n"],
}
TITLE_A = "番禺区科技局2017年工作总结及2018年工作思路"
if "a_district_2017.txt" in texts and texts["a_district_2017.txt"].count(TITLE_A) < 2:
    errors.append("a_district_2017.txt: the scraped page should repeat the title")
# d: four speaker lines, and no bold run anywhere (the county title lines are plain paragraphs)
if "d_counties_2022.docx" in texts:
    if len(re.findall(r"\n\S+县科技局局长 \S+\n", texts["d_counties_2022.docx"])) != 4:
        errors.append("d: expected four 'XX县科技局局长 某某' speaker lines")
    import docx
    if any(run.bold for p in docx.Document(str(CORPUS / "d_counties_2022.docx")).paragraphs for run in p.runs):
        errors.append("d: a paragraph has a bold run")
for d, needles in STRUCTURE.items():
    for n in needles:
        if d in texts and n not in texts[d]:
            errors.append(f"{d}: expected structure {n!r} is missing")


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
                # the unit must head the very column the value stands in
                cells = [c.strip() for c in nf(ev_raw).split("|")]
                heads = [c.strip() for c in nf(header).split("|")]
                cols = [i for i, c in enumerate(cells) if c == f]
                if len(cells) == len(heads) and any(f"({unit})" in heads[i] for i in cols):
                    return "ok (unit in table header line)"
    return None


# script sanity lists, taken from check_gold.py (loaded below)
spec = importlib.util.spec_from_file_location("check_gold", REPO / "eval/datasets/check_gold.py")
cg = importlib.util.module_from_spec(spec); spec.loader.exec_module(cg)
SIMP_ONLY, TRAD_ONLY = cg.SIMP_ONLY, cg.TRAD_ONLY
if TRAD_DOC in texts and (bad := sorted(set(texts[TRAD_DOC]) & SIMP_ONLY)):
    errors.append(f"{TRAD_DOC}: traditional report contains simplified-only characters {bad}")

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
        if not re.fullmatch(r"u11-unans-q\d{3}", r["id"]):
            errors.append(f"{r['id']}: unanswerable id must look like u11-unans-q001")
        continue
    doc, ev = r["doc"], r["evidence"]
    if doc not in texts or doc not in DOCS:
        errors.append(f"{r['id']}: unknown doc {doc}"); continue
    letter, regions = DOCS[doc]
    if not re.fullmatch(rf"u11-{letter}-q\d{{3}}", r["id"]):
        errors.append(f"{r['id']}: id must look like u11-{letter}-q001 for {doc}")
    n = texts[doc].count(ev)
    if n != 1:
        errors.append(f"{r['id']}: evidence occurs {n}x in {doc}: {ev!r}")
        continue
    if not any(k in r["question"] for k in regions):
        errors.append(f"{r['id']}: question does not name the region of {doc}")
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
table_cell = [e for e in cg_errs if e not in id_only and "not found as written" in e
              and e.split(":", 1)[0] in table_header_items]
other = [e for e in cg_errs if e not in id_only and e not in table_cell]

print(f"items {len(rows)}; docs {sorted(texts)}")
print("chars:", {d: len(t) for d, t in sorted(texts.items())})
print("by type:", dict(Counter(r['type'] for r in rows)))
print("by lang:", dict(Counter(r['lang'] for r in rows)))
print("by doc:", dict(Counter(r['doc'] or '(unanswerable)' for r in rows)))
print("by doc x lang:", dict(Counter((r['doc'] or '(unanswerable)', r['lang']) for r in rows)))
print("by doc x type:", dict(Counter((r['doc'] or '(unanswerable)', r['type']) for r in rows)))
print("by tag:", dict(Counter(t for r in rows for t in r['tags'])))
print("punctuation:", dict(Counter('full-width ？' if r['question'].endswith('？') else 'ASCII ?' if r['question'].endswith('?') else 'other' for r in rows)))
print("value/unit matches:", dict(how))
print(f"check_gold.check_item: {len(id_only)} id-naming messages (expected: this set uses u11-… ids), "
      f"{len(table_cell)} table-cell unit notes (expected: the unit is in the table's header line), {len(other)} other:")
for e in table_cell: print("    (expected)", e)
for e in other: print("   ", e)
errors += [f"check_gold: {e}" for e in other]
print(f"own checks + validate_gold + check_gold (other): {len(errors)} error(s)")
for e in errors: print("   ", e)
sys.exit(1 if errors else 0)
