"""Verify eval/datasets/unseen/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen/check_unseen.py   (from the repo root; needs python-docx)

Checks: ids unique; every evidence occurs exactly once in the text index.loaders.load_report
returns for its doc; every value is written, digit-delimited, in its evidence with its unit after it
or in a "(unit)" column header (inside the span, or the header line of the table the span is a row of);
entity answers appear in their evidence; each question names its doc's region; unanswerable items are
all-null. Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only; its id-format messages are expected for u-… ids).
"""
import json, re, sys, importlib.util
from collections import Counter
from pathlib import Path
REPO = Path(__file__).resolve().parents[3]; sys.path.insert(0, str(REPO))
from index.loaders import load_report, iter_report_files
from eval.gold import load_gold, validate_gold

UNSEEN = REPO / "eval/datasets/unseen"; CORPUS = UNSEEN / "corpus"; QS = UNSEEN / "questions.jsonl"
texts = {p.relative_to(CORPUS).as_posix(): load_report(p).text for p in iter_report_files(CORPUS)}
rows = [json.loads(l) for l in QS.read_text(encoding="utf-8").splitlines() if l.strip()]
T2S = str.maketrans("萬億項個點億", "万亿项个点亿")
REGION = {"a_county_2019.txt": ("长兴", "長興"), "b_city_2021_gbk.txt": ("芜湖", "蕪湖"),
          "c_district_2018.docx": ("吴江", "吳江"), "d_city_2020_hant.txt": ("泉州",)}
errors = []
ids = Counter(r["id"] for r in rows)
errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]

def number_ok(ev, v, unit, doc_text):
    forms = [repr(v) if isinstance(v, float) else str(v)]
    if isinstance(v, float) and v.is_integer(): forms.append(str(int(v)))
    if isinstance(v, int) and 0 < v < 10: forms.append("零一二三四五六七八九"[v])
    for f in forms:
        pat = (rf"(?<![\d.]){re.escape(f)}(?![\d])(?!\.\d)" if f[0].isdigit()
               else rf"(?<![一二三四五六七八九十]){f}(?![一二三四五六七八九十])")
        for m in re.finditer(pat, ev):
            if not unit:
                return "ok"
            rest = ev[m.end():].lstrip("余餘多").translate(T2S)
            if rest.startswith(unit):
                return "ok"
            if f"({unit})" in ev.translate(T2S):
                return "ok (unit in header inside span)"
            # a table row "label | n | n": the unit must be in the column header line of that table
            if " | " in ev:
                start = doc_text.index(ev)
                lines = doc_text[:start].split("\n")
                header = next((l for l in reversed(lines) if " | " in l and not re.search(r"\| [\d.]+( |$)", l)), "")
                if f"({unit})" in header.translate(T2S):
                    return "ok (unit in table header line)"
    return None

how = Counter()
for r in rows:
    if r["type"] == "unanswerable":
        if any(r[k] is not None for k in ("value", "unit", "doc", "evidence")) or r["answer"] != "":
            errors.append(f"{r['id']}: unanswerable must be null/empty")
        continue
    doc, ev = r["doc"], r["evidence"]
    if doc not in texts:
        errors.append(f"{r['id']}: unknown doc {doc}"); continue
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
    for v, un in zip(vals, units):
        res = number_ok(ev, v, un, texts[doc])
        if res is None:
            errors.append(f"{r['id']}: value {v}{un} not written in evidence {ev!r}")
        else:
            how[res] += 1
        # the answer string must state the number too
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
other = [e for e in cg_errs if e not in id_only]

print(f"items {len(rows)}; docs {sorted(texts)}")
print("by type:", dict(Counter(r['type'] for r in rows)))
print("by lang:", dict(Counter(r['lang'] for r in rows)))
print("by doc:", dict(Counter(r['doc'] or '(unanswerable)' for r in rows)))
print("by tag:", dict(Counter(t for r in rows for t in r['tags'])))
print("value/unit matches:", dict(how))
print(f"check_gold.check_item: {len(id_only)} id-naming messages (expected: this set uses u-… ids), {len(other)} other:")
for e in other: print("   ", e)
print(f"own checks + validate_gold: {len(errors)} error(s)")
for e in errors: print("   ", e)
sys.exit(1 if errors else 0)
