#!/usr/bin/env python3
"""Validate the gold question sets (gold_dev.jsonl, gold_test.jsonl, gold_dev2.jsonl, gold_dev3.jsonl) against the corpus.

Usage:  python eval/datasets/check_gold.py [corpus_dir] [-v]

Stand-alone, standard library only. Checks, for every line of the four files:
  * schema: required fields, field types, allowed ``type`` / ``lang`` / ``tags`` values;
  * ids unique across all files;
  * answerable items: ``doc`` names a file in corpus_dir, ``evidence`` is a verbatim substring of
    that file's text (the number of occurrences is reported; -v prints it for every item);
  * every number in ``value`` appears as written inside ``evidence`` (129.63 -> "129.63", 256 -> "256",
    86.0 -> "86.0"; small integers may also be written as Chinese numerals: 4 -> "第四"), delimited
    (2 does not match inside "2016"), and, when ``unit`` is non-empty, followed by that unit (after an
    optional 余/多 qualifier; traditional unit characters such as 萬/億/項/個 are folded);
  * unanswerable items have answer "" and null value/unit/doc/evidence;
  * script sanity: a zh-Hant question contains no common simplified-only character and vice versa.
Prints counts by split / type / lang / doc / tag and exits 1 if anything is wrong.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLITS = {"dev": HERE / "gold_dev.jsonl", "test": HERE / "gold_test.jsonl", "dev2": HERE / "gold_dev2.jsonl",
          "dev3": HERE / "gold_dev3.jsonl"}
DEFAULT_CORPUS = HERE.parent.parent / "corpus"

TYPES = {"count", "money", "percent", "growth", "rank", "target", "multi", "entity", "other_number", "unanswerable"}
LANGS = {"zh-Hans", "zh-Hant"}
TAGS = {"formal", "paraphrase", "colloquial", "abbreviation"}
FIELDS = ["id", "question", "answer", "value", "unit", "doc", "evidence", "type", "lang", "tags"]
# gold_dev2 ids carry a "d2-" prefix (d2-r000-q001, d2-unans-q001), gold_dev3 ids a "d3-" prefix (d3-r000-q001)
ID_RE = re.compile(r"^(?:d[23]-)?(r\d{3}|unans)-q\d{3}$")

# unit characters that differ between scripts (the unit field is simplified; 002 is traditional)
UNIT_T2S = str.maketrans("萬億項個點屆場條門處間張臺級筆輛噸畝歲戶員幣倉層國區業", "万亿项个点届场条门处间张台级笔辆吨亩岁户员币仓层国区业")
QUALIFIERS = "余餘多"
CN_DIGITS = "零一二三四五六七八九"
CN_NUM_CHARS = "零一二三四五六七八九十百千两兩"
# characters that exist only in one script (used as a sanity check of the ``lang`` label)
SIMP_ONLY = set("区国业术发专计项这为么几对该认级数万亿额产经费资与会兴观宁温丽嘉绍台湾东门现时们长")
TRAD_ONLY = set("區國業術發專計項這為麼幾對該認級數萬億額產經費資與會興觀寧溫麗紹臺灣東門現時們長")


def chinese_numeral(n: int) -> str | None:
    if not 0 < n < 100:
        return None
    tens, ones = divmod(n, 10)
    if tens == 0:
        return CN_DIGITS[ones]
    s = ("" if tens == 1 else CN_DIGITS[tens]) + "十"
    return s + (CN_DIGITS[ones] if ones else "")


def number_forms(v) -> list[str]:
    """How a JSON number may be written in the source."""
    if isinstance(v, bool):
        return []
    if isinstance(v, int):
        forms = [str(v)]
        cn = chinese_numeral(v)
        if cn:
            forms.append(cn)
            if v == 2:
                forms += ["两", "兩"]
        return forms
    forms = [repr(v)]
    if v.is_integer():
        forms.append(str(int(v)))
    return forms


def find_number(evidence: str, v, unit: str | None) -> bool:
    for form in number_forms(v):
        if form[0] in CN_NUM_CHARS:
            pat = rf"(?<![{CN_NUM_CHARS}]){re.escape(form)}(?![{CN_NUM_CHARS}])"
        else:
            neg = "" if form.startswith("-") else r"\-"
            pat = rf"(?<![\d.{neg}]){re.escape(form)}(?!\d)(?!\.\d)"
        for m in re.finditer(pat, evidence):
            if not unit:
                return True
            rest = evidence[m.end():].lstrip(QUALIFIERS).translate(UNIT_T2S)
            if rest.startswith(unit):
                return True
            # a table cell: the unit is in the row header, e.g. "新增…企业(家)\n\n50"
            if f"({unit})" in evidence.translate(UNIT_T2S) or f"({unit})" in evidence.translate(UNIT_T2S):
                return True
    return False


def is_number(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_item(r: dict, texts: dict[str, str], errors: list[str]) -> int | None:
    """Validate one item; returns the number of occurrences of its evidence (None if unanswerable)."""
    rid = r.get("id", "?")

    def err(msg: str) -> None:
        errors.append(f"{rid}: {msg}")

    missing = [f for f in FIELDS if f not in r]
    if missing:
        err(f"missing fields {missing}")
        return None
    extra = set(r) - set(FIELDS)
    if extra:
        err(f"unknown fields {sorted(extra)}")
    if not isinstance(rid, str) or not ID_RE.match(rid):
        err("id must look like r000-q001 or unans-q001 (d2-/d3- prefixed in gold_dev2/gold_dev3)")
    base_id = rid[3:] if isinstance(rid, str) and rid.startswith(("d2-", "d3-")) else rid
    if not isinstance(r["question"], str) or not r["question"].strip():
        err("empty question")
    if r["type"] not in TYPES:
        err(f"bad type {r['type']!r}")
    if r["lang"] not in LANGS:
        err(f"bad lang {r['lang']!r}")
    if not isinstance(r["tags"], list) or not r["tags"] or not set(r["tags"]) <= TAGS:
        err(f"bad tags {r['tags']!r}")
    if not isinstance(r["answer"], str):
        err("answer must be a string")

    q = r["question"] if isinstance(r["question"], str) else ""
    if r["lang"] == "zh-Hant" and (bad := sorted(set(q) & SIMP_ONLY)):
        err(f"zh-Hant question contains simplified-only characters {bad}")
    if r["lang"] == "zh-Hans" and (bad := sorted(set(q) & TRAD_ONLY)):
        err(f"zh-Hans question contains traditional-only characters {bad}")

    if r["type"] == "unanswerable":
        for f in ("value", "unit", "doc", "evidence"):
            if r[f] is not None:
                err(f"unanswerable item must have {f} = null")
        if r["answer"] != "":
            err('unanswerable item must have answer ""')
        if isinstance(base_id, str) and not base_id.startswith("unans-"):
            err("unanswerable ids start with unans-")
        return None

    # answerable
    if not r["answer"]:
        err("answerable item has empty answer")
    doc, ev = r["doc"], r["evidence"]
    if not isinstance(doc, str) or doc not in texts:
        err(f"doc {doc!r} is not a file of the corpus")
        return None
    if isinstance(base_id, str) and not base_id.startswith(f"r{doc[:3]}-"):
        err(f"id prefix does not match doc {doc}")
    if not isinstance(ev, str) or not ev:
        err("answerable item needs evidence")
        return None
    n = texts[doc].count(ev)
    if n == 0:
        err(f"evidence is not a verbatim substring of {doc}: {ev!r}")

    v, u = r["value"], r["unit"]
    if r["type"] == "entity":
        if v is not None or u is not None:
            err("entity items have value = null and unit = null")
        return n
    if v is None:
        err(f"type {r['type']} needs a numeric value")
        return n
    if isinstance(v, list):
        if len(v) < 2 or not all(is_number(x) for x in v):
            err("a list value needs 2+ numbers")
            return n
        if not isinstance(u, list) or len(u) != len(v) or not all(isinstance(x, str) for x in u):
            err("a list value needs a unit list of the same length")
            return n
        pairs = list(zip(v, u))
    else:
        if r["type"] == "multi":
            err("multi items have a list value")
        if not is_number(v):
            err(f"value must be a number, got {v!r}")
            return n
        if not isinstance(u, str):
            err("unit must be a string for a scalar value")
            return n
        pairs = [(v, u)]
    if r["type"] == "rank" and any(x for _, x in pairs):
        err('rank items use unit ""')
    for x, unit in pairs:
        if not find_number(ev, x, unit):
            err(f"value {x!r} (unit {unit!r}) not found as written in evidence {ev!r}")
    return n


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    corpus = Path(args[0]) if args else DEFAULT_CORPUS
    if not corpus.is_dir():
        print(f"corpus dir not found: {corpus}")
        return 1
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(corpus.iterdir()) if p.is_file()}

    errors: list[str] = []
    rows: list[tuple[str, dict]] = []
    for split, path in SPLITS.items():
        if not path.exists():
            errors.append(f"missing file {path}")
            continue
        for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{path.name}:{ln}: bad JSON ({e})")
                continue
            if not isinstance(r, dict):
                errors.append(f"{path.name}:{ln}: not an object")
                continue
            rows.append((split, r))

    ids = Counter(r.get("id") for _, r in rows)
    for i, c in ids.items():
        if c > 1:
            errors.append(f"{i}: id used {c} times")

    occ = Counter()
    for split, r in rows:
        n = check_item(r, texts, errors)
        if n is None:
            continue
        occ["once" if n == 1 else "0" if n == 0 else "several"] += 1
        if verbose or n > 1:
            print(f"  evidence of {r.get('id')} occurs {n}x in {r.get('doc')}")

    def show(title: str, counter: Counter) -> None:
        print(f"{title}: " + ", ".join(f"{k}={v}" for k, v in sorted(counter.items(), key=lambda kv: str(kv[0]))))

    print(f"items: {len(rows)}")
    show("by split", Counter(s for s, _ in rows))
    show("by type", Counter(r.get("type") for _, r in rows))
    show("by lang", Counter(r.get("lang") for _, r in rows))
    show("by doc", Counter(r.get("doc") or "(none)" for _, r in rows))
    show("by tag", Counter(t for _, r in rows for t in (r.get("tags") or [])))
    for split in SPLITS:
        show(f"{split} by type", Counter(r.get("type") for s, r in rows if s == split))
    show("evidence occurrences in its doc", occ)

    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
