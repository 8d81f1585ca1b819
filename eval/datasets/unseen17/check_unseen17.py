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
import json, re, sys, unicodedata, importlib.util
from collections import Counter
from pathlib import Path
REPO = Path(__file__).resolve().parents[3]; sys.path.insert(0, str(REPO))
from index.loaders import load_report
from eval.gold import load_gold, validate_gold

HERE = REPO / "eval/datasets/unseen17"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
files = sorted(p for p in CORPUS.iterdir() if p.is_file() and p.suffix in (".txt", ".md", ".docx"))
texts = {p.relative_to(CORPUS).as_posix(): load_report(p).text for p in files}
rows = [json.loads(l) for l in QS.read_text(encoding="utf-8").splitlines() if l.strip()]
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
B = "b_city_2022_emergency_big5.txt"
if B in texts:
    try:
        (CORPUS / B).read_bytes().decode("utf-8")
        errors.append(f"{B}: bytes decode as UTF-8; expected big5 only")
    except UnicodeDecodeError:
        pass
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
for d, needles in RESIDUE.items():
    for n in needles:
        if d in texts and n not in texts[d]:
            errors.append(f"{d}: expected residue {n!r} is missing")
if B in texts:
    bt = texts[B]
    if bt.count("居全疆第") < 2:
        errors.append(f"{B}: expected at least 2 居全疆第 ranks")
    sim = sorted(set(bt) & set("这个们时会为发经济业总额县区进实项资电网务长与产开应检罚处队"))
    if sim:
        errors.append(f"{B}: simplified-only characters in the traditional report {sim}")
if "d_town_2021.md" in texts and texts["d_town_2021.md"].count("我镇") < 3:
    errors.append("d_town_2021.md: expected the 我镇 voice (at least 3 occurrences)")


def nf(s):
    return unicodedata.normalize("NFKC", s).translate(T2S)


def cn_numeral(n):
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
big_cn_items = set()  # ids whose value is written as a Chinese numeral above 99 (check_gold knows 1..99 only)
for r in rows:
    for field in ("question", "answer"):
        bad = sorted(set(r[field]) & (SIMP_ONLY if r["lang"] == "zh-Hant" else TRAD_ONLY))
        if bad:
            errors.append(f"{r['id']}: {r['lang']} {field} contains characters of the other script {bad}")
    if r["type"] == "unanswerable":
        if any(r[k] is not None for k in ("value", "unit", "doc", "evidence")) or r["answer"] != "":
            errors.append(f"{r['id']}: unanswerable must be null/empty")
        if not re.fullmatch(r"u17-unans-q\d{3}", r["id"]):
            errors.append(f"{r['id']}: unanswerable id must look like u17-unans-q001")
        continue
    doc, ev = r["doc"], r["evidence"]
    if doc not in texts or doc not in DOCS:
        errors.append(f"{r['id']}: unknown doc {doc}"); continue
    letter, regions = DOCS[doc]
    if not re.fullmatch(rf"u17-{letter}-q\d{{3}}", r["id"]):
        errors.append(f"{r['id']}: id must look like u17-{letter}-q001 for {doc}")
    n = texts[doc].count(ev)
    if n != 1:
        errors.append(f"{r['id']}: evidence occurs {n}x in {doc}: {ev!r}")
        continue
    if not any(k in r["question"] for k in regions):
        errors.append(f"{r['id']}: question does not name the region of {doc}")
    if any(k in r["question"] for k in UNANS_ONLY):
        errors.append(f"{r['id']}: an answerable question names a region used only for unanswerable items")
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
            if isinstance(v, int) and v > 99 and not re.search(rf"(?<![\d.]){v}(?!\d)", nf(ev)):
                big_cn_items.add(r["id"])
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
big_cn = [e for e in cg_errs if e not in id_only and e not in fullwidth and e not in table_cell
          and "not found as written" in e and e.split(":", 1)[0] in big_cn_items]
other = [e for e in cg_errs if e not in id_only and e not in fullwidth and e not in table_cell and e not in big_cn]

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
print(f"check_gold.check_item: {len(id_only)} id-naming messages (expected: this set uses u17-… ids), "
      f"{len(fullwidth)} full-width-digit messages (expected), "
      f"{len(table_cell)} table-cell unit notes (expected: the unit is in the table's header line), "
      f"{len(big_cn)} Chinese-numeral notes (expected: check_gold reads Chinese numerals up to 99 only), {len(other)} other:")
for e in fullwidth + table_cell + big_cn: print("    (expected)", e)
for e in other: print("   ", e)
errors += [f"check_gold: {e}" for e in other]
print(f"own checks + validate_gold + check_gold (other): {len(errors)} error(s)")
for e in errors: print("   ", e)
sys.exit(1 if errors else 0)
