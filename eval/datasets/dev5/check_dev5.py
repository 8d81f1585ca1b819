"""Verify eval/datasets/dev5/questions.jsonl against the seed corpus as the product's loader reads it.

Usage: .venv/bin/python eval/datasets/dev5/check_dev5.py   (from the repo root)

Adapted from eval/datasets/unseen3/check_unseen3.py. Uses only index.loaders.load_report from the product,
plus eval.gold.load_gold/validate_gold and eval/datasets/check_gold.py (imported read-only). Checks:
- ids unique, shaped d5-r<doc prefix>-qNNN / d5-unans-qNNN, and not used by any other gold file;
- every evidence occurs exactly once in the text load_report returns for its doc (and in the raw file);
- every value is written, digit-delimited, in its evidence, followed by its unit (after an optional 余/餘/多)
  or with "(unit)" in the span (the 000 target-table cells); traditional unit characters are folded
  (億 -> 亿, 萬 -> 万, 項 -> 项, 個 -> 个); Chinese numerals 1..99 are accepted (第四, 第一名);
- the answer states every value in ASCII digits;
- entity items are value/unit null and their answer (or the part before a "(" note) is in the evidence;
- each question names its context: the region of its doc (003: the city) and a year/period;
- zh-Hant questions/answers contain no simplified-only character and zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null with answer "";
- at most 20% of the answerable items reuse an evidence string of an existing gold item
  (gold_dev, gold_test, gold_dev2, gold_dev3, dev4/questions_seed).
Then runs eval.gold.load_gold + validate_gold and check_gold.check_item. Expected check_gold messages
(not errors): its id-format / id-prefix messages, because this set uses d5-… ids. Exits 1 on any error.
"""
import re, sys
from collections import Counter
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (REPO, CN_CHARS, load_corpus, load_rows, fold, cn_numeral, number_form, check_ids,
                                    check_script, values_units, check_validate_gold, check_gold_messages)

HERE = REPO / "eval/datasets/dev5"; QS = HERE / "questions.jsonl"; CORPUS = REPO / "corpus"
OLD = [REPO / "eval/datasets" / f for f in ("gold_dev.jsonl", "gold_test.jsonl", "gold_dev2.jsonl",
                                            "gold_dev3.jsonl", "dev4/questions_seed.jsonl")]
texts = {d: rep.text for d, rep in load_corpus(CORPUS, (".txt",)).items()}
raw = {d: (CORPUS / d).read_text(encoding="utf-8") for d in texts}
rows = load_rows(QS)

CITIES = ["杭州", "宁波", "寧波", "温州", "溫州", "湖州", "嘉兴", "嘉興", "绍兴", "紹興", "金华", "金華",
          "衢州", "舟山", "台州", "丽水", "麗水"]
REGIONS = {
    "000_e7d658b82453ec00.txt": ("西湖",),
    "001_7684d66659798cfa.txt": ("绍兴", "紹興"),
    "002_34f0dc6191c594a9.txt": ("该区", "該區", "区科技工作汇报材料", "區科技工作匯報材料"),
    "003_86766941260925c8.txt": tuple(CITIES),
    "004_edbc2b5c4a1f2313.txt": ("瓯海", "甌海"),
}
T2S = str.maketrans("萬億項個點場條張臺級筆間", "万亿项个点场条张台级笔间")

errors = []
if sorted(texts) != sorted(REGIONS):
    errors.append(f"corpus files {sorted(texts)} != expected {sorted(REGIONS)}")
for d in texts:
    if texts[d] != raw[d]:
        errors.append(f"{d}: load_report text differs from the raw file")

check_ids(rows, errors)
old_rows = [r for f in OLD for r in load_rows(f)]
old_ids = {r["id"] for r in old_rows}
old_ev = {(r["doc"], r["evidence"]) for r in old_rows if r["evidence"]}
errors += [f"{r['id']}: id already used in an existing gold file" for r in rows if r["id"] in old_ids]


def number_ok(ev_raw, v, unit):
    """This set's value search: no integer form of a float, a leading "-" is a digit, no table header lines."""
    ev = fold(ev_raw, T2S)
    forms = [number_form(v)]
    if isinstance(v, int): forms += cn_numeral(v)
    for f in forms:
        pat = (rf"(?<![\d.\-]){re.escape(f)}(?![\d])(?!\.\d)" if f[0] in "-0123456789"
               else rf"(?<![{CN_CHARS}]){f}(?![{CN_CHARS}])")
        for m in re.finditer(pat, ev):
            if not unit:
                return "ok (no unit)"
            if ev[m.end():].lstrip("余餘多").startswith(unit):
                return "ok"
            if f"({unit})" in ev:
                return "ok (unit in table header inside span)"
    return None


how = Counter(); overlap = []
for r in rows:
    rid, q, a = r["id"], r["question"], r["answer"]
    check_script(r, errors)
    if r["lang"] not in ("zh-Hans", "zh-Hant"):
        errors.append(f"{rid}: bad lang {r['lang']}")
    if not re.search(r"\d{2}年|年度|上半年|下半年", q):
        errors.append(f"{rid}: question names no year/period")
    if r["type"] == "unanswerable":
        if any(r[k] is not None for k in ("value", "unit", "doc", "evidence")) or a != "":
            errors.append(f"{rid}: unanswerable must be null/empty")
        if not re.fullmatch(r"d5-unans-q\d{3}", rid):
            errors.append(f"{rid}: unanswerable id must look like d5-unans-q001")
        continue
    doc, ev = r["doc"], r["evidence"]
    if doc not in texts:
        errors.append(f"{rid}: unknown doc {doc}"); continue
    if not re.fullmatch(rf"d5-r{doc[:3]}-q\d{{3}}", rid):
        errors.append(f"{rid}: id must look like d5-r{doc[:3]}-q001 for {doc}")
    n, n_raw = texts[doc].count(ev), raw[doc].count(ev)
    if n != 1 or n_raw != 1:
        errors.append(f"{rid}: evidence occurs {n}x (loader) / {n_raw}x (file) in {doc}: {ev!r}"); continue
    if (doc, ev) in old_ev:
        overlap.append(rid)
    if not any(k in q for k in REGIONS[doc]):
        errors.append(f"{rid}: question does not name the region/context of {doc}")
    if doc.startswith("003"):  # the city named must be the one whose section holds the evidence
        end = texts[doc].index(ev) + len(ev)
        sec = max((texts[doc].rfind(f"{c}市科技局", 0, end), c) for c in ("杭州", "宁波", "温州", "湖州", "嘉兴", "绍兴",
                                                                       "金华", "衢州", "舟山", "台州", "丽水"))[1]
        trad = {"宁波": "寧波", "温州": "溫州", "嘉兴": "嘉興", "绍兴": "紹興", "金华": "金華", "丽水": "麗水"}
        if sec not in q and trad.get(sec, sec) not in q:
            errors.append(f"{rid}: question does not name {sec}, whose section holds the evidence")
    if r["type"] == "entity":
        if r["value"] is not None or r["unit"] is not None:
            errors.append(f"{rid}: entity must have null value/unit")
        if a not in ev and re.sub(r"[（(].*", "", a) not in ev:
            errors.append(f"{rid}: entity answer {a!r} not in evidence")
        continue
    vals, units = values_units(r)
    if len(vals) != len(units) or any(v is None for v in vals) or any(u is None for u in units):
        errors.append(f"{rid}: value/unit mismatch or null"); continue
    if r["type"] == "multi" and len(vals) < 2:
        errors.append(f"{rid}: multi needs a list value")
    if r["type"] == "rank" and any(units):
        errors.append(f"{rid}: rank items use unit \"\"")
    for v, un in zip(vals, units):
        res = number_ok(ev, v, un)
        if res is None:
            errors.append(f"{rid}: value {v}{un} not written in evidence {ev!r}")
        else:
            how[res] += 1
        if not re.search(rf"(?<![\d.]){re.escape(number_form(v))}(?![\d])", a):
            errors.append(f"{rid}: answer {a!r} does not state {v} in ASCII digits")

answerable = [r for r in rows if r["type"] != "unanswerable"]
if len(overlap) > 0.2 * len(answerable):
    errors.append(f"{len(overlap)} of {len(answerable)} answerable items reuse an existing gold evidence (> 20%)")

check_validate_gold(QS, texts, errors)
expected, _, other = check_gold_messages(rows, texts)
errors += [f"check_gold: {e}" for e in other]

C = lambda f: dict(sorted(Counter(f(r) for r in rows).items(), key=lambda kv: str(kv[0])))
print(f"items {len(rows)} (answerable {len(answerable)}, unanswerable {len(rows) - len(answerable)})")
print("by type:", C(lambda r: r["type"]))
print("by doc:", C(lambda r: (r["doc"] or "unanswerable")[:3]))
print("by lang:", C(lambda r: r["lang"]))
print("by doc x lang:", C(lambda r: ((r["doc"] or "unans")[:5], r["lang"])))
print("by tag:", dict(Counter(t for r in rows for t in r["tags"])))
print("punctuation:", C(lambda r: "full-width ？" if r["question"].endswith("？") else "ASCII ?" if r["question"].endswith("?") else "none"))
print("value/unit matches:", dict(how))
print(f"evidence reused from existing gold: {len(overlap)}/{len(answerable)} {overlap}")
print(f"check_gold.check_item: {len(expected)} expected id-naming messages (d5-… ids), {len(other)} other")
for e in errors:
    print("   ", e)
print(f"check_dev5: {len(errors)} error(s)")
sys.exit(1 if errors else 0)
