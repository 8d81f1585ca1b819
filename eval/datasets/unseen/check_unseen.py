"""Verify eval/datasets/unseen/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen/check_unseen.py   (from the repo root; needs python-docx)

Checks: ids unique; every evidence occurs exactly once in the text index.loaders.load_report
returns for its doc; every value is written, digit-delimited, in its evidence with its unit after it
or in a "(unit)" column header (inside the span, or the header line of the table the span is a row of);
entity answers appear in their evidence; each question names its doc's region; unanswerable items are
all-null. Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only; its id-format messages are expected for u-… ids).
"""
import re, sys
from collections import Counter
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (REPO, load_corpus, load_rows, check_ids, check_items, check_validate_gold,
                                    check_gold_messages, finish)

UNSEEN = REPO / "eval/datasets/unseen"; CORPUS = UNSEEN / "corpus"; QS = UNSEEN / "questions.jsonl"
texts = {d: rep.text for d, rep in load_corpus(CORPUS).items()}
rows = load_rows(QS)
T2S = str.maketrans("萬億項個點億", "万亿项个点亿")
DOCS = {"a_county_2019.txt": ("a", ("长兴", "長興")), "b_city_2021_gbk.txt": ("b", ("芜湖", "蕪湖")),
        "c_district_2018.docx": ("c", ("吴江", "吳江")), "d_city_2020_hant.txt": ("d", ("泉州",))}
errors = []
check_ids(rows, errors)


def number_ok(ev, v, unit, doc_text):
    """This set's value search: on the evidence as written (no NFKC), Chinese numerals 1..9 only."""
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
            if " | " in ev:
                start = doc_text.index(ev)
                lines = doc_text[:start].split("\n")
                header = next((l for l in reversed(lines) if " | " in l and not re.search(r"\| [\d.]+( |$)", l)), "")
                if f"({unit})" in header.translate(T2S):
                    return "ok (unit in table header line)"
    return None


how, _ = check_items(rows, texts, DOCS, errors, number_ok, script=False, year=None, multi=False, rank_unit=False)
check_validate_gold(QS, texts, errors)
id_only, _, other = check_gold_messages(rows, texts)

print(f"items {len(rows)}; docs {sorted(texts)}")
print("by type:", dict(Counter(r['type'] for r in rows)))
print("by lang:", dict(Counter(r['lang'] for r in rows)))
print("by doc:", dict(Counter(r['doc'] or '(unanswerable)' for r in rows)))
print("by tag:", dict(Counter(t for r in rows for t in r['tags'])))
print("value/unit matches:", dict(how))
print(f"check_gold.check_item: {len(id_only)} id-naming messages (expected: this set uses u-… ids), {len(other)} other:")
for e in other: print("   ", e)
finish(errors, "own checks + validate_gold")
