"""Verify eval/datasets/unseen8/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen8/check_unseen8.py   (from the repo root; needs python-docx)

Adapted from eval/datasets/unseen5/check_unseen5.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u8-<a|b|c|d>-qNNN / u8-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier), or in a "(unit)" row header inside the span (the 2018 target table of a, one cell per
  line), or in the "(unit)" column header line of the Word table the span is a row of (c). The search
  runs on the NFKC form of the evidence (d writes full-width digits: ２４．７亿元, ６１．５％) with
  traditional unit characters folded. Chinese numerals 1..99 are accepted (ranks 第三/第一/第二/第六);
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- each question names its doc's region, and each answerable question names a year; for b (five
  district speakers) the question must name the district whose speaker section holds the evidence,
  and no other;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 1500-5000 characters and keeps its shape's residue (a: the 目录 outline,
  "首页 >" and the one-cell-per-line target table; b: five "XX区科技局局长 name" lines; c: .docx with a
  "合计" table row; d: full-width digits, "上传人:" / "文档编号:" / "格式:DOC 页数:4", "第2页 / 共4页").
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u8-… ids); "not found as written" for items whose raw
evidence has full-width digits (check_gold does not NFKC-normalise) when this script's NFKC check found
the value; and "not found as written" for c table-row items whose unit is only in the table's header
line. Any other check_gold message counts as an error. Exits 1 on any error.
"""
import json, re, sys, unicodedata, importlib.util
from collections import Counter
from pathlib import Path
REPO = Path(__file__).resolve().parents[3]; sys.path.insert(0, str(REPO))
from index.loaders import load_report
from eval.gold import load_gold, validate_gold

HERE = REPO / "eval/datasets/unseen8"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
files = sorted(p for p in CORPUS.iterdir() if p.is_file() and p.suffix in (".txt", ".docx"))
texts = {p.relative_to(CORPUS).as_posix(): load_report(p).text for p in files}
rows = [json.loads(l) for l in QS.read_text(encoding="utf-8").splitlines() if l.strip()]
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億", "万亿项个点吨亩头户张台辆笔间条场亿")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_county_2017.txt": ("a", ("武陟",)),
    "b_city_districts_2019h1.txt": ("b", ("张店", "張店", "淄川", "博山", "临淄", "臨淄", "周村")),
    "c_city_2020.docx": ("c", ("黄冈", "黃岡")),
    "d_hitech_2022h1.txt": ("d", ("鞍山高新区", "鞍山高新區")),
}
# b: the five speakers; a question must name the district whose section holds its evidence
B_DISTRICTS = {"张店": ("张店", "張店"), "淄川": ("淄川",), "博山": ("博山",), "临淄": ("临淄", "臨淄"),
               "周村": ("周村",)}
FULLWIDTH_DIGIT = re.compile("[０-９]")
CN = "零一二三四五六七八九"; CN_CHARS = "零一二三四五六七八九十百千两兩"
errors = []
if sorted(texts) != sorted(DOCS):
    errors.append(f"corpus files {sorted(texts)} != expected {sorted(DOCS)}")
ids = Counter(r["id"] for r in rows)
errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]

# the reports themselves
for d, t in texts.items():
    if not 1500 <= len(t) <= 5000:
        errors.append(f"{d}: loaded text has {len(t)} characters, outside 1500-5000")
    enc = load_report(CORPUS / d).encoding
    if enc != ("docx" if d.endswith(".docx") else "utf-8"):
        errors.append(f"{d}: unexpected encoding {enc}")
RESIDUE = {
    "a_county_2017.txt": ["首页 > ", "目  录", "【打印本页】", "指标名称\n2018年目标\n新增省级科技型中小企业(家)\n60"],
    "b_city_districts_2019h1.txt": ["上半年科技工作亮点", "【打印本页】"],
    "c_city_2020.docx": ["合计 | 431 | 126", "县（市、区） | "],
    "d_hitech_2022h1.txt": ["上传人:", "文档编号:", "格式:DOC 页数:4", "第2页 / 共4页", "％", "．"],
}
for d, needles in RESIDUE.items():
    for n in needles:
        if d in texts and n not in texts[d]:
            errors.append(f"{d}: expected residue {n!r} is missing")
# a: the outline at the top repeats the section headings of the body
if "a_county_2017.txt" in texts:
    at = texts["a_county_2017.txt"]
    for h in ("（一）创新主体培育", "（二）创新平台建设", "二、存在的问题", "三、2018年工作思路"):
        if at.count(h) != 2:
            errors.append(f"a_county_2017.txt: heading {h!r} occurs {at.count(h)}x, expected 2 (outline + body)")
speaker_pos = {}
if "b_city_districts_2019h1.txt" in texts:
    bt = texts["b_city_districts_2019h1.txt"]
    for dist in B_DISTRICTS:
        m = re.search(rf"^{dist}区科技局局长 \S+$", bt, re.M)
        if m: speaker_pos[dist] = m.start()
        else: errors.append(f"b_city_districts_2019h1.txt: no speaker line for {dist}")
        if not re.search(rf"^{dist} \S+$", bt, re.M):
            errors.append(f"b_city_districts_2019h1.txt: no bare title line for {dist}")


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
        if not re.fullmatch(r"u8-unans-q\d{3}", r["id"]):
            errors.append(f"{r['id']}: unanswerable id must look like u8-unans-q001")
        continue
    doc, ev = r["doc"], r["evidence"]
    if doc not in texts or doc not in DOCS:
        errors.append(f"{r['id']}: unknown doc {doc}"); continue
    letter, regions = DOCS[doc]
    if not re.fullmatch(rf"u8-{letter}-q\d{{3}}", r["id"]):
        errors.append(f"{r['id']}: id must look like u8-{letter}-q001 for {doc}")
    n = texts[doc].count(ev)
    if n != 1:
        errors.append(f"{r['id']}: evidence occurs {n}x in {doc}: {ev!r}")
        continue
    if not any(k in r["question"] for k in regions):
        errors.append(f"{r['id']}: question does not name the region of {doc}")
    if doc == "b_city_districts_2019h1.txt" and len(speaker_pos) == len(B_DISTRICTS):
        pos = texts[doc].index(ev)
        owner = max((p, c) for c, p in speaker_pos.items() if p <= pos)[1] if any(p <= pos for p in speaker_pos.values()) else None
        named = [c for c, names in B_DISTRICTS.items() if any(n in r["question"] for n in names)]
        if named != [owner]:
            errors.append(f"{r['id']}: question names {named}, evidence is in the {owner} section")
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
print(f"check_gold.check_item: {len(id_only)} id-naming messages (expected: this set uses u8-… ids), "
      f"{len(fullwidth)} full-width-digit messages (expected), "
      f"{len(table_cell)} table-cell unit notes (expected: the unit is in the table's header line), {len(other)} other:")
for e in fullwidth + table_cell: print("    (expected)", e)
for e in other: print("   ", e)
errors += [f"check_gold: {e}" for e in other]
print(f"own checks + validate_gold + check_gold (other): {len(errors)} error(s)")
for e in errors: print("   ", e)
sys.exit(1 if errors else 0)
