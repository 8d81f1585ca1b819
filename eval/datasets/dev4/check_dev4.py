"""Verify the dev4 question sets against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/dev4/check_dev4.py   (from the repo root; needs python-docx)

Adapted from eval/datasets/unseen2/check_unseen2.py and eval/datasets/check_gold.py. Three files, one
corpus each:
  questions_seed.jsonl    -> corpus/                          ids d4-s-qNNN
  questions_unseen.jsonl  -> eval/datasets/unseen/corpus/     ids d4-u-qNNN
  questions_unseen2.jsonl -> eval/datasets/unseen2/corpus/    ids d4-u2-qNNN
Unanswerable items sit in the file of the corpus they are near-misses for, ids d4-unans-qNNN
(numbered across the three files).

Checks, per item:
- ids unique across the three files and shaped as above;
- every evidence occurs exactly once in the text index.loaders.load_report returns for its doc;
- every value is written, digit-delimited, in its evidence with its unit after it (after an optional
  余/多 qualifier), or with the unit in a "(unit)" header inside the span or in the header line of the
  table the span is a row of. The search runs on the NFKC form of the evidence with traditional unit
  characters folded (so ２．３万株 counts as 2.3万株, 億元 as 亿元); Chinese numerals 1..99 and 两/兩 are
  accepted;
- the answer states every value in ASCII digits (ranks may say 第N instead);
- multi items have a list value; rank items have unit "";
- entity answers appear in their evidence (compared after folding both to simplified script with
  OpenCC t2s when the opencc module is installed; a trailing "（…）" note in the answer is ignored);
- the question names its doc's region (for an unanswerable item: some region of its corpus) and a
  year (NN年 / NNNN年); questions about 002 may name the report "区科技工作汇报材料" instead of a year;
- a zh-Hant answer contains no simplified-only character (check_gold's list) and vice versa; with
  OpenCC installed, a zh-Hant question/answer is also unchanged by s2tw and a zh-Hans one by t2s
  (佔/占, 彙/匯 and 臺/台 are treated as equal);
- unanswerable items have answer "" and null value/unit/doc/evidence.
Then, per file, eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, listed but not counted:
its id-pattern messages (this set uses d4-… ids), "not found as written" for values written in
full-width digits that this script found after NFKC, and table-cell notes for items whose unit this
script found only in the table's header line. Any other check_gold message is an error.
Exits 1 on any error.
"""
import importlib.util
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from index.loaders import load_report, iter_report_files  # noqa: E402
from eval.gold import load_gold, validate_gold  # noqa: E402

HERE = Path(__file__).resolve().parent
SETS = {
    "questions_seed.jsonl": (REPO / "corpus", "s"),
    "questions_unseen.jsonl": (REPO / "eval/datasets/unseen/corpus", "u"),
    "questions_unseen2.jsonl": (REPO / "eval/datasets/unseen2/corpus", "u2"),
}
REGION = {
    "000_e7d658b82453ec00.txt": ("西湖",),
    "001_7684d66659798cfa.txt": ("绍兴", "紹興"),
    "002_34f0dc6191c594a9.txt": ("该区", "該區", "这个区", "這個區", "区科技工作汇报材料", "區科技工作匯報材料"),
    "003_86766941260925c8.txt": ("杭州", "宁波", "寧波", "温州", "溫州", "湖州", "嘉兴", "嘉興", "绍兴", "紹興",
                                 "金华", "金華", "衢州", "舟山", "台州", "臺州", "丽水", "麗水"),
    "004_edbc2b5c4a1f2313.txt": ("瓯海", "甌海"),
    "a_county_2019.txt": ("长兴", "長興"), "b_city_2021_gbk.txt": ("芜湖", "蕪湖"),
    "c_district_2018.docx": ("吴江", "吳江"), "d_city_2020_hant.txt": ("泉州",),
    "e_county_2022.txt": ("肥西",), "f_city_2023h1.docx": ("宜昌",),
    "g_county_2021_fullwidth.txt": ("信丰", "信豐"), "h_park_2023_hant.txt": ("宝鸡", "寶雞"),
}
REPORT_002 = ("区科技工作汇报材料", "區科技工作匯報材料")
TYPES = {"count", "money", "percent", "growth", "rank", "target", "multi", "entity", "other_number", "unanswerable"}
TAGS = {"formal", "paraphrase", "colloquial", "abbreviation"}
UNIT_T2S = str.maketrans("萬億項個點屆場條門處間張臺級筆輛噸畝歲戶員幣倉層國區業株", "万亿项个点届场条门处间张台级笔辆吨亩岁户员币仓层国区业株")
QUALIFIERS = "余餘多"
CN = "零一二三四五六七八九"
CN_CHARS = "零一二三四五六七八九十百千两兩"
FULLWIDTH_DIGIT = re.compile("[０-９]")
YEAR = re.compile(r"\d{2}年")

try:
    import opencc
    _t2s = opencc.OpenCC("t2s").convert
    _s2tw = opencc.OpenCC("s2tw").convert
except Exception:  # noqa: BLE001  (opencc is optional: fall back to the unit-character fold)
    def _t2s(s):
        return s.translate(UNIT_T2S)
    _s2tw = None
SCRIPT_FOLD = str.maketrans("佔彙臺", "占匯台")  # variants the sets keep either way (佔/占 as the source writes it; 台州)


def script_problem(text, lang):
    """With OpenCC: a zh-Hant text must be unchanged by s2tw, a zh-Hans text by t2s (up to SCRIPT_FOLD)."""
    if _s2tw is None:
        return None
    conv = _s2tw(text) if lang == "zh-Hant" else _t2s(text)
    if conv.translate(SCRIPT_FOLD) != text.translate(SCRIPT_FOLD):
        return f"{text!r} is not all {lang} (OpenCC gives {conv!r})"
    return None

spec = importlib.util.spec_from_file_location("check_gold", REPO / "eval/datasets/check_gold.py")
cg = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cg)


def nf(s):
    return unicodedata.normalize("NFKC", s).translate(UNIT_T2S)


def cn_numeral(n):
    if not isinstance(n, int) or not 0 < n < 100:
        return []
    tens, ones = divmod(n, 10)
    s = CN[ones] if tens == 0 else ("" if tens == 1 else CN[tens]) + "十" + (CN[ones] if ones else "")
    return [s] + (["两", "兩"] if n == 2 else [])


def number_ok(ev_raw, v, unit, doc_text):
    """How the value is written in the evidence ("ok…"), or None."""
    ev = nf(ev_raw)
    forms = [repr(v) if isinstance(v, float) else str(v)]
    if isinstance(v, float) and v.is_integer():
        forms.append(str(int(v)))
    forms += cn_numeral(v)
    for f in forms:
        pat = (rf"(?<![\d.]){re.escape(f)}(?![\d])(?!\.\d)" if f[0].isdigit()
               else rf"(?<![{CN_CHARS}]){f}(?![{CN_CHARS}])")
        for m in re.finditer(pat, ev):
            if not unit:
                return "ok"
            if ev[m.end():].lstrip(QUALIFIERS).startswith(unit):
                return "ok"
            if f"({unit})" in ev:
                return "ok (unit in header inside span)"
            if " | " in ev_raw:  # a table row: the unit must be in the column header line of that table
                lines = doc_text[:doc_text.index(ev_raw)].split("\n")
                header = next((l for l in reversed(lines)
                               if " | " in l and not re.search(r"\| [\d.]+( |$)", l)), "")
                if f"({unit})" in nf(header):
                    return "ok (unit in table header line)"
    return None


def entity_ok(answer, ev):
    a, e = _t2s(nf(answer)), _t2s(nf(ev))
    return a in e or re.sub(r"[（(][^（(]*[)）]$", "", a) in e


def check_file(name, corpus, prefix, errors, stats):
    path = HERE / name
    texts = {p.relative_to(corpus).as_posix(): load_report(p).text for p in iter_report_files(corpus)}
    rows = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    regions = {k for d in texts for k in REGION.get(d, ())}
    table_header_items = set()
    for r in rows:
        rid = r.get("id", "?")

        def err(msg):
            errors.append(f"{name}: {rid}: {msg}")

        if set(r) != set(cg.FIELDS):
            err(f"fields {sorted(r)} != {sorted(cg.FIELDS)}"); continue
        if r["type"] not in TYPES: err(f"bad type {r['type']!r}")
        if r["lang"] not in ("zh-Hans", "zh-Hant"): err(f"bad lang {r['lang']!r}")
        if not r["tags"] or not set(r["tags"]) <= TAGS: err(f"bad tags {r['tags']!r}")
        q = r["question"]
        if not q.endswith(("？", "?")): err("question does not end with ？ or ?")
        stats["punct"][("full-width ？" if q.endswith("？") else "ASCII ?")] += 1
        bad_chars = cg.SIMP_ONLY if r["lang"] == "zh-Hant" else cg.TRAD_ONLY
        if set(r["answer"]) & bad_chars:
            err(f"{r['lang']} answer {r['answer']!r} has characters of the other script {sorted(set(r['answer']) & bad_chars)}")
        for field in ("question", "answer"):
            if (p := script_problem(r[field], r["lang"])):
                err(f"{field} {p}")
        if r["type"] == "unanswerable":
            if any(r[k] is not None for k in ("value", "unit", "doc", "evidence")) or r["answer"] != "":
                err("unanswerable must have answer \"\" and null value/unit/doc/evidence")
            if not re.fullmatch(r"d4-unans-q\d{3}", rid): err("unanswerable id must look like d4-unans-q001")
            if not any(k in q for k in regions): err("question names no region of this corpus")
            if not YEAR.search(q): err("question names no year")
            continue
        if not re.fullmatch(rf"d4-{prefix}-q\d{{3}}", rid): err(f"id must look like d4-{prefix}-q001")
        doc, ev = r["doc"], r["evidence"]
        if doc not in texts:
            err(f"unknown doc {doc!r}"); continue
        n = texts[doc].count(ev)
        if n != 1:
            err(f"evidence occurs {n}x in {doc}: {ev!r}"); continue
        if not any(k in q for k in REGION[doc]): err(f"question does not name the region of {doc}")
        if not YEAR.search(q) and not (doc.startswith("002") and any(k in q for k in REPORT_002)):
            err("question names no year")
        if r["type"] == "entity":
            if r["value"] is not None or r["unit"] is not None: err("entity must have null value/unit")
            if not entity_ok(r["answer"], ev): err(f"entity {r['answer']!r} not in evidence")
            continue
        vals = r["value"] if isinstance(r["value"], list) else [r["value"]]
        units = r["unit"] if isinstance(r["unit"], list) else [r["unit"]]
        if len(vals) != len(units): err("value/unit length mismatch")
        if r["type"] == "multi" and len(vals) < 2: err("multi needs a list value")
        if r["type"] == "rank" and any(units): err('rank items use unit ""')
        for v, un in zip(vals, units):
            res = number_ok(ev, v, un, texts[doc])
            if res is None:
                err(f"value {v}{un} not written in evidence {ev!r}")
            else:
                stats["how"][res] += 1
                if res == "ok (unit in table header line)":
                    table_header_items.add(rid)
            if not re.search(rf"(?<![\d.]){re.escape(repr(v) if isinstance(v, float) else str(v))}(?![\d])", r["answer"]) \
                    and not (un == "" and "第" in r["answer"]):
                err(f"answer {r['answer']!r} does not contain {v}")

    # the product's own gold reader and validator (the checks `rag eval` runs before asking)
    try:
        items = load_gold(path)
        errors += [f"{name}: validate_gold: {p}" for p in validate_gold(items, texts)]
    except Exception as e:  # noqa: BLE001
        errors.append(f"{name}: load_gold: {e}")

    # check_gold.py's per-item checks, imported read-only, fed with loader texts
    cg_errs = []
    for r in rows:
        cg.check_item(r, texts, cg_errs)
    by_id = {r["id"]: r for r in rows}
    own_err_ids = {e.split(": ")[1] for e in errors if e.startswith(name)}
    for e in cg_errs:
        rid = e.split(":", 1)[0]
        r = by_id.get(rid, {})
        if "id must look like" in e or "id prefix does not match" in e or "unanswerable ids start with" in e:
            stats["cg_id"] += 1
        elif ("not found as written" in e and r.get("evidence") and FULLWIDTH_DIGIT.search(r["evidence"])
              and rid not in own_err_ids):
            stats["cg_expected"].append(f"{name}: (full-width digits) {e}")
        elif "not found as written" in e and rid in table_header_items:
            stats["cg_expected"].append(f"{name}: (unit in table header line) {e}")
        else:
            errors.append(f"{name}: check_gold: {e}")
    return rows


def main():
    errors = []
    stats = {"how": Counter(), "punct": Counter(), "cg_id": 0, "cg_expected": []}
    all_rows = []
    for name, (corpus, prefix) in SETS.items():
        rows = check_file(name, corpus, prefix, errors, stats)
        all_rows += [(name, r) for r in rows]
        print(f"{name}: {len(rows)} items; by type {dict(Counter(r['type'] for r in rows))}; "
              f"by lang {dict(Counter(r['lang'] for r in rows))}")
        print(f"    by doc {dict(Counter(r['doc'] or '(unanswerable)' for r in rows))}")
    ids = Counter(r["id"] for _, r in all_rows)
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    print(f"total {len(all_rows)}; by type {dict(Counter(r['type'] for _, r in all_rows))}")
    print(f"by lang {dict(Counter(r['lang'] for _, r in all_rows))}")
    print(f"by tag {dict(Counter(t for _, r in all_rows for t in r['tags']))}")
    print(f"punctuation {dict(stats['punct'])}; value/unit matches {dict(stats['how'])}")
    print(f"check_gold.check_item: {stats['cg_id']} id-naming messages (expected: d4-… ids), "
          f"{len(stats['cg_expected'])} other expected messages:")
    for e in stats["cg_expected"]:
        print("   ", e)
    print(f"{len(errors)} error(s)")
    for e in errors:
        print("   ", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
