"""Verify eval/datasets/unseen19/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen19/check_unseen19.py   (from the repo root)

Adapted from eval/datasets/unseen12/check_unseen12.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u19-<a|b|c|d>-qNNN / u19-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence (after NFKC folding, so c's full-width digits
  count), with its unit after it (after an optional 余/多 qualifier), or in the "(unit)" column header line of
  the table the span is a row of (a: a Word table the loader writes as "cell | cell" lines; d: a Markdown
  pipe table). Chinese numerals 1..99 are accepted;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- each question names its doc's region (either script) and each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("docx" for a, "gb18030" for
  b) and keeps its shape (a: the Word table header and 合计 row; b: raw bytes that are not valid UTF-8 and
  decode as GB18030 to the loaded text; c: UTF-8 with CRLF line endings throughout, full-width digits and no
  ASCII digit; d: Markdown title, "## " headings, bold run-in headings, a pipe table by 县（市、区） with a
  |---| rule and a 全市 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u19-… ids), "not found as written" for c items whose evidence is
in full-width digits, and "not found as written" for table-row items whose unit is only in the table's
header line. Any other check_gold message counts as an error. Exits 1 on any error.
"""
import json, re, sys, unicodedata, importlib.util
from collections import Counter
from pathlib import Path
REPO = Path(__file__).resolve().parents[3]; sys.path.insert(0, str(REPO))
from index.loaders import load_report
from eval.gold import load_gold, validate_gold

HERE = REPO / "eval/datasets/unseen19"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
files = sorted(p for p in CORPUS.iterdir() if p.is_file() and p.suffix in (".txt", ".md", ".docx"))
texts = {p.relative_to(CORPUS).as_posix(): load_report(p).text for p in files}
rows = [json.loads(l) for l in QS.read_text(encoding="utf-8").splitlines() if l.strip()]
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億", "万亿项个点吨亩头户张台辆笔间条场亿")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_city_2023_ndrc.docx": ("a", ("滁州",)),
    "b_city_2023h1_gb18030.txt": ("b", ("滁州", "天长", "天長", "来安", "來安")),
    "c_county_2023_fullwidth_crlf.txt": ("c", ("全椒",)),
    "d_city_2024q1_commerce.md": ("d", ("滁州", "琅琊", "南谯", "南譙", "天长", "天長", "明光", "来安", "來安",
                                       "全椒", "定远", "定遠", "凤阳", "鳳陽")),
}
ENCODINGS = {"a_city_2023_ndrc.docx": "docx", "b_city_2023h1_gb18030.txt": "gb18030",
             "c_county_2023_fullwidth_crlf.txt": "utf-8", "d_city_2024q1_commerce.md": "utf-8"}
# regions named only in unanswerable questions (none in this set: 来安 is a near-miss region, but b and d report it)
UNANS_ONLY = ()
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
    "a_city_2023_ndrc.docx": ["滁州市发展和改革局2023年工作总结及2024年工作安排", "一、2023年工作总结",
                              "\n项目名称 | 总投资(亿元) | 2023年计划投资(亿元) | 2023年完成投资(亿元)\n",
                              "\n合计 | 452.2 | 120.3 | 125.22\n", "三、2024年工作安排"],
    "b_city_2023h1_gb18030.txt": ["滁州市工业和信息化局2023年上半年工作总结及下半年工作打算", "一、上半年工作完成情况",
                                  "规模以上工业增加值同比增长", "三、下半年工作打算"],
    "c_county_2023_fullwidth_crlf.txt": ["全椒县科学技术局２０２３年工作总结及２０２４年工作思路", "一、２０２３年工作总结",
                                         "三、２０２４年工作思路", "\r\n"],
    "d_city_2024q1_commerce.md": ["# 滁州市商务局2024年一季度商务运行情况汇报", "\n> 发布时间：", "\n## 一、", "\n## 三、",
                                  "**（一）", "|---|---|---|---|---|",
                                  "| 县（市、区） | 社会消费品零售总额(亿元) | 增速(%) | 进出口总额(亿元) | 增速(%) |",
                                  "\n| 全市 | 289.64 | 6.9 | 186.52 | 14.8 |"],
}
for d, needles in RESIDUE.items():
    for n in needles:
        if d in texts and n not in texts[d]:
            errors.append(f"{d}: expected residue {n!r} is missing")
B, C = "b_city_2023h1_gb18030.txt", "c_county_2023_fullwidth_crlf.txt"
if B in texts:
    raw = (CORPUS / B).read_bytes()
    try:
        raw.decode("utf-8"); errors.append(f"{B}: raw bytes are valid UTF-8 (expected GB18030)")
    except UnicodeDecodeError:
        pass
    if raw.decode("gb18030") != texts[B]:
        errors.append(f"{B}: GB18030 decoding differs from the loaded text")
if C in texts:
    raw = (CORPUS / C).read_bytes(); ct = texts[C]
    if raw.decode("utf-8") != ct:
        errors.append(f"{C}: UTF-8 decoding differs from the loaded text")
    if ct.count("\n") != ct.count("\r\n") or ct.count("\n") < 20:
        errors.append(f"{C}: expected CRLF line endings throughout")
    if re.search(r"[0-9]", ct):
        errors.append(f"{C}: ASCII digits found; the report is written in full-width digits")
    if len(FULLWIDTH_DIGIT.findall(ct)) < 150:
        errors.append(f"{C}: fewer full-width digits than expected")
if "d_city_2024q1_commerce.md" in texts:
    rows_d = [l for l in texts["d_city_2024q1_commerce.md"].split("\n") if l.startswith("| ")]
    if len(rows_d) != 11:
        errors.append(f"d_city_2024q1_commerce.md: expected 11 pipe-table lines (header + 10 rows), got {len(rows_d)}")


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
        if not re.fullmatch(r"u19-unans-q\d{3}", r["id"]):
            errors.append(f"{r['id']}: unanswerable id must look like u19-unans-q001")
        continue
    doc, ev = r["doc"], r["evidence"]
    if doc not in texts or doc not in DOCS:
        errors.append(f"{r['id']}: unknown doc {doc}"); continue
    letter, regions = DOCS[doc]
    if not re.fullmatch(rf"u19-{letter}-q\d{{3}}", r["id"]):
        errors.append(f"{r['id']}: id must look like u19-{letter}-q001 for {doc}")
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
print(f"check_gold.check_item: {len(id_only)} id-naming messages (expected: this set uses u19-… ids), "
      f"{len(fullwidth)} full-width-digit messages (expected), "
      f"{len(table_cell)} table-cell unit notes (expected: the unit is in the table's header line), {len(other)} other:")
for e in fullwidth + table_cell: print("    (expected)", e)
for e in other: print("   ", e)
errors += [f"check_gold: {e}" for e in other]
print(f"own checks + validate_gold + check_gold (other): {len(errors)} error(s)")
for e in errors: print("   ", e)
sys.exit(1 if errors else 0)
