"""Verify eval/datasets/unseen2/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen2/check_unseen2.py   (from the repo root; needs python-docx)

Adapted from eval/datasets/unseen/check_unseen.py. Checks: ids unique and shaped u2-<e|f|g|h>-qNNN /
u2-unans-qNNN; every evidence occurs exactly once in the text index.loaders.load_report returns for
its doc; every value is written, digit-delimited, in its evidence with its unit after it or in a
"(unit)" column header (inside the span, or the header line of the table the span is a row of);
entity answers appear in their evidence; each question names its doc's region; unanswerable items
are all-null. Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking)
and check_gold.check_item (imported read-only).

Differences from check_unseen.py, because report g writes figures with full-width digits
("８６．７亿元") and Chinese numerals ("十二家", "两家", "二十三个"):
- the value search runs on the NFKC form of the evidence (full-width digits/punctuation -> ASCII);
  the evidence itself is still matched verbatim against the raw loader text;
- Chinese numerals 1..99 (and 两/兩 for 2) are accepted, as check_gold.py accepts them;
- check_gold.check_item does not NFKC-normalise, so it reports "not found as written" for the items
  whose value is written in full-width digits. Those messages are expected (listed, not counted as
  errors) only when the item's raw evidence contains full-width digits and this script's own
  NFKC-based check found the value. The id-format messages are expected too (u2-… ids), and so are
  check_gold's notes on table-cell items whose unit sits only in the table's header line (this script
  finds it there). Any other check_gold message counts as an error.
"""
import json, re, sys, unicodedata, importlib.util
from collections import Counter
from pathlib import Path
REPO = Path(__file__).resolve().parents[3]; sys.path.insert(0, str(REPO))
from index.loaders import load_report, iter_report_files
from eval.gold import load_gold, validate_gold

HERE = REPO / "eval/datasets/unseen2"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
texts = {p.relative_to(CORPUS).as_posix(): load_report(p).text for p in iter_report_files(CORPUS)}
rows = [json.loads(l) for l in QS.read_text(encoding="utf-8").splitlines() if l.strip()]
T2S = str.maketrans("萬億項個點億噸畝頭戶", "万亿项个点亿吨亩头户")
REGION = {"e_county_2022.txt": ("肥西",), "f_city_2023h1.docx": ("宜昌",),
          "g_county_2021_fullwidth.txt": ("信丰", "信豐"), "h_park_2023_hant.txt": ("宝鸡", "寶雞")}
LETTER = {"e_county_2022.txt": "e", "f_city_2023h1.docx": "f",
          "g_county_2021_fullwidth.txt": "g", "h_park_2023_hant.txt": "h"}
FULLWIDTH_DIGIT = re.compile("[０-９]")
CN = "零一二三四五六七八九"; CN_CHARS = "零一二三四五六七八九十百千两兩"
errors = []
ids = Counter(r["id"] for r in rows)
errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]


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


how = Counter()
table_header_items = set()  # ids whose unit was found only in the table's header line
for r in rows:
    if r["type"] == "unanswerable":
        if any(r[k] is not None for k in ("value", "unit", "doc", "evidence")) or r["answer"] != "":
            errors.append(f"{r['id']}: unanswerable must be null/empty")
        if not re.fullmatch(r"u2-unans-q\d{3}", r["id"]):
            errors.append(f"{r['id']}: unanswerable id must look like u2-unans-q001")
        continue
    doc, ev = r["doc"], r["evidence"]
    if doc not in texts:
        errors.append(f"{r['id']}: unknown doc {doc}"); continue
    if not re.fullmatch(rf"u2-{LETTER[doc]}-q\d{{3}}", r["id"]):
        errors.append(f"{r['id']}: id must look like u2-{LETTER[doc]}-q001 for {doc}")
    n = texts[doc].count(ev)
    if n != 1:
        errors.append(f"{r['id']}: evidence occurs {n}x in {doc}: {ev!r}")
        continue
    if not any(k in r["question"] for k in REGION[doc]):
        errors.append(f"{r['id']}: question does not name the region of {doc}")
    if r["type"] == "entity":
        if r["value"] is not None or r["unit"] is not None: errors.append(f"{r['id']}: entity must be null")
        ent = re.sub(r"[（(].*", "", r["answer"])
        if ent not in ev: errors.append(f"{r['id']}: entity {ent!r} not in evidence")
        continue
    vals = r["value"] if isinstance(r["value"], list) else [r["value"]]
    units = r["unit"] if isinstance(r["unit"], list) else [r["unit"]]
    if len(vals) != len(units): errors.append(f"{r['id']}: value/unit length mismatch")
    if r["type"] == "multi" and len(vals) < 2: errors.append(f"{r['id']}: multi needs a list value")
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
    spec = importlib.util.spec_from_file_location("check_gold", REPO / "eval/datasets/check_gold.py")
    cg = importlib.util.module_from_spec(spec); spec.loader.exec_module(cg)
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
print("by tag:", dict(Counter(t for r in rows for t in r['tags'])))
print("punctuation:", dict(Counter('full-width ？' if r['question'].endswith('？') else 'ASCII ?' if r['question'].endswith('?') else 'other' for r in rows)))
print("value/unit matches:", dict(how))
print(f"check_gold.check_item: {len(id_only)} id-naming messages (expected: this set uses u2-… ids), "
      f"{len(fullwidth)} full-width-digit messages (expected, see docstring), "
      f"{len(table_cell)} table-cell unit notes (expected: the unit is in the table's header line), {len(other)} other:")
for e in fullwidth + table_cell: print("    (expected)", e)
for e in other: print("   ", e)
errors += [f"check_gold: {e}" for e in other]
print(f"own checks + validate_gold + check_gold (other): {len(errors)} error(s)")
for e in errors: print("   ", e)
sys.exit(1 if errors else 0)
