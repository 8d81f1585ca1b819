"""Shared machinery of the question-set checkers eval/datasets/*/check_*.py: load a set and its corpus,
check every item against the text index.loaders.load_report returns, run validate_gold and check_gold, print."""
import functools, importlib.util, json, re, sys, unicodedata
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
from index.loaders import load_report, iter_report_files
from eval.gold import load_gold, validate_gold

CN = "零一二三四五六七八九"; CN_CHARS = "零一二三四五六七八九十百千两兩"
FULLWIDTH_DIGIT = re.compile("[０-９]")
TABLE_LINE = "ok (unit in table header line)"
IN_SPAN = "ok (unit in header inside span)"
ID_NAMING = ("id must look like", "id prefix does not match", "unanswerable ids start with")
FULLWIDTH = "full-width-digit messages (expected)"
TABLE_CELL = "table-cell unit notes (expected: the unit is in the table's header line)"


def load_corpus(corpus, suffixes=None):
    """Map each report under corpus (relative posix name) to its load_report result; with suffixes, a
    sorted scan of the folder's files with those endings, else index.loaders.iter_report_files."""
    files = (iter_report_files(corpus) if suffixes is None
             else sorted(p for p in corpus.iterdir() if p.is_file() and p.suffix in suffixes))
    return {p.relative_to(corpus).as_posix(): load_report(p) for p in files}


def load_rows(path):
    """The JSON objects of a .jsonl file, blank lines skipped."""
    return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


@functools.cache
def check_gold():
    """eval/datasets/check_gold.py, imported read-only (loaded once)."""
    spec = importlib.util.spec_from_file_location("check_gold", REPO / "eval/datasets/check_gold.py")
    cg = importlib.util.module_from_spec(spec); spec.loader.exec_module(cg)
    return cg


def fold(s, t2s):
    """s in NFKC form with the traditional unit characters of the str.maketrans table t2s folded."""
    return unicodedata.normalize("NFKC", s).translate(t2s)


def cn_numeral(n):
    """The Chinese-numeral spellings of 1..99 (两/兩 too for 2); [] outside that range."""
    if not 0 < n < 100:
        return []
    tens, ones = divmod(n, 10)
    s = CN[ones] if tens == 0 else ("" if tens == 1 else CN[tens]) + "十" + (CN[ones] if ones else "")
    return [s] + (["两", "兩"] if n == 2 else [])


def number_form(v):
    """v as the source writes it: repr for a float, str otherwise."""
    return repr(v) if isinstance(v, float) else str(v)


def split_by_line_break(ev, m):
    """True when match m of a number in ev is only a fragment of a number split by a line break."""
    if m.end() < len(ev) and ev[m.end()] in "\r\n" and re.match(r"[\r\n]+[\d.]", ev[m.end():]):
        return True
    return m.start() > 0 and ev[m.start() - 1] in "\r\n" and re.search(r"[\d.][\r\n]+$", ev[:m.start()])


def number_ok(ev_raw, v, unit, doc_text, t2s, *, numerals=cn_numeral, signed=False, lookbehind=r"\d.",
              column=False, skip=None):
    """How value v with its unit is written in evidence ev_raw (folded with t2s): "ok" (unit after it,
    after an optional 余/餘/多), IN_SPAN ("(unit)" inside the span) or TABLE_LINE ("(unit)" in the header
    line of the pipe table ev_raw is a row of in doc_text; with column, heading v's own column); None if
    not written. signed: a leading "-" takes the digit pattern; lookbehind: characters that may not
    precede a digit form; skip(ev, match) -> True passes over a match."""
    ev = fold(ev_raw, t2s)
    forms = [number_form(v)]
    if isinstance(v, float) and v.is_integer(): forms.append(str(int(v)))
    if isinstance(v, int): forms += numerals(v)
    for f in forms:
        digit = f.lstrip("-")[0].isdigit() if signed else f[0].isdigit()
        pat = (rf"(?<![{lookbehind}]){re.escape(f)}(?![\d])(?!\.\d)" if digit
               else rf"(?<![{CN_CHARS}]){f}(?![{CN_CHARS}])")
        for m in re.finditer(pat, ev):
            if skip and skip(ev, m):
                continue
            if not unit:
                return "ok"
            if ev[m.end():].lstrip("余餘多").startswith(unit):
                return "ok"
            if f"({unit})" in ev:
                return IN_SPAN
            if " | " in ev_raw:
                lines = doc_text[:doc_text.index(ev_raw)].split("\n")
                header = next((l for l in reversed(lines) if " | " in l and not re.search(r"\| [\d.]+( |$)", l)), "")
                if column:
                    cells = [c.strip() for c in fold(ev_raw, t2s).split("|")]
                    heads = [c.strip() for c in fold(header, t2s).split("|")]
                    cols = [i for i, c in enumerate(cells) if c == f]
                    if len(cells) == len(heads) and any(f"({unit})" in heads[i] for i in cols):
                        return TABLE_LINE
                elif f"({unit})" in fold(header, t2s):
                    return TABLE_LINE
    return None


def check_corpus(texts, docs, rows, errors):
    """Corpus files are exactly the keys of docs; ids are unique."""
    if sorted(texts) != sorted(docs):
        errors.append(f"corpus files {sorted(texts)} != expected {sorted(docs)}")
    check_ids(rows, errors)


def check_ids(rows, errors):
    """Every id occurs once."""
    errors += [f"duplicate id {i}" for i, c in Counter(r["id"] for r in rows).items() if c > 1]


def check_sizes(loaded, lo, hi, errors, encoding=None):
    """Each loaded text has lo..hi characters; encoding(doc, report) -> message or None, per doc."""
    for d, rep in loaded.items():
        if not lo <= len(rep.text) <= hi:
            errors.append(f"{d}: loaded text has {len(rep.text)} characters, outside {lo}-{hi}")
        if encoding and (msg := encoding(d, rep)):
            errors.append(msg)


def unexpected_encoding(encodings):
    """check_sizes encoding check: every doc loads with the encoding encodings gives it."""
    return lambda d, rep: None if rep.encoding == encodings.get(d) else f"{d}: unexpected encoding {rep.encoding}"


def loaded_as(encodings):
    """check_sizes encoding check: each doc named in encodings loads with that encoding."""
    return lambda d, rep: (f"{d}: loaded as {rep.encoding}, expected {encodings[d]}"
                           if d in encodings and rep.encoding != encodings[d] else None)


def require_strings(texts, table, errors, word="residue"):
    """Each string of table[doc] occurs in that doc's text (docs not loaded are skipped)."""
    for d, needles in table.items():
        for n in needles:
            if d in texts and n not in texts[d]:
                errors.append(f"{d}: expected {word} {n!r} is missing")


def not_utf8(path, message, errors):
    """path's bytes must not decode as UTF-8; message is the error if they do."""
    try:
        path.read_bytes().decode("utf-8")
        errors.append(message)
    except UnicodeDecodeError:
        pass


def legacy_bytes(path, encoding, errors, text=None):
    """path's bytes: not valid UTF-8, strictly valid in encoding, and (given text) decoding to it. Returns them."""
    raw = path.read_bytes()
    try:
        raw.decode("utf-8")
        errors.append(f"{path.name}: bytes decode as UTF-8, expected {encoding}")
    except UnicodeDecodeError:
        pass
    try:
        if text is not None and raw.decode(encoding) != text:
            errors.append(f"{path.name}: strict {encoding} decoding differs from the loaded text")
        raw.decode(encoding)
    except UnicodeDecodeError as e:
        errors.append(f"{path.name}: not valid {encoding} ({e.reason})")
    return raw


def check_traditional(texts, doc, errors):
    """A traditional-script report holds no simplified-only character (check_gold's list)."""
    if doc in texts and (bad := sorted(set(texts[doc]) & check_gold().SIMP_ONLY)):
        errors.append(f"{doc}: traditional report contains simplified-only characters {bad}")


def check_script(r, errors):
    """A zh-Hant question/answer has no simplified-only character, a zh-Hans one no traditional-only one."""
    cg = check_gold()
    for field in ("question", "answer"):
        bad = sorted(set(r[field]) & (cg.SIMP_ONLY if r["lang"] == "zh-Hant" else cg.TRAD_ONLY))
        if bad:
            errors.append(f"{r['id']}: {r['lang']} {field} contains characters of the other script {bad}")


def values_units(r):
    """The item's values and units as equal-role lists."""
    vals = r["value"] if isinstance(r["value"], list) else [r["value"]]
    units = r["unit"] if isinstance(r["unit"], list) else [r["unit"]]
    return vals, units


def unans_only(names, what="a region"):
    """answerable hook: no answerable question names one of names (kept for unanswerable items)."""
    def hook(r, doc, ev, errors):
        if any(k in r["question"] for k in names):
            errors.append(f"{r['id']}: an answerable question names {what} used only for unanswerable items")
    return hook


def section_named(doc, text, starts, names):
    """answerable hook for a report of speakers: a question on doc (whose text is text) names exactly
    the speaker whose section (from starts[speaker], an offset in text, to the next start) holds its
    evidence; names maps speaker -> names. Checked only when every speaker's start was found."""
    def hook(r, d, ev, errors):
        if d == doc and len(starts) == len(names):
            pos = text.index(ev)
            owner = max((p, c) for c, p in starts.items() if p <= pos)[1] if any(p <= pos for p in starts.values()) else None
            named = [c for c, ns in names.items() if any(n in r["question"] for n in ns)]
            if named != [owner]:
                errors.append(f"{r['id']}: question names {named}, evidence is in the {owner} section")
    return hook


def names_one_report(docs):
    """before hook: every question (unanswerable ones too) names the regions of exactly one report."""
    def hook(r, errors):
        named = {d for d, (_, regions) in docs.items() if any(k in r["question"] for k in regions)}
        if len(named) != 1:
            errors.append(f"{r['id']}: question names the regions of {sorted(named) or 'no report'}")
    return hook


def check_items(rows, texts, docs, errors, number, *, prefix=None, script=True, year=r"\d{2}年", multi=True,
                rank_unit=True, answer_lookbehind=r"\d.", noted=(TABLE_LINE,), before=None, unanswerable=None,
                answerable=None, on_value=None):
    """Check every item; docs maps doc -> (id letter, region names). number(ev, v, unit, doc_text) is a
    number_ok. prefix: ids must be <prefix>-<letter>-qNNN / <prefix>-unans-qNNN. Hooks, each given errors
    last: before(r) for every item, unanswerable(r), answerable(r, doc, ev) after the region check;
    on_value(r, v, unit, ev, label) for each value found. Returns (Counter of number labels, ids with
    a value whose label is in noted)."""
    how, noted_ids = Counter(), set()
    for r in rows:
        rid, q, a = r["id"], r["question"], r["answer"]
        if script:
            check_script(r, errors)
        if before:
            before(r, errors)
        if r["type"] == "unanswerable":
            if any(r[k] is not None for k in ("value", "unit", "doc", "evidence")) or a != "":
                errors.append(f"{rid}: unanswerable must be null/empty")
            if prefix and not re.fullmatch(rf"{prefix}-unans-q\d{{3}}", rid):
                errors.append(f"{rid}: unanswerable id must look like {prefix}-unans-q001")
            if unanswerable:
                unanswerable(r, errors)
            continue
        doc, ev = r["doc"], r["evidence"]
        if doc not in texts or doc not in docs:
            errors.append(f"{rid}: unknown doc {doc}"); continue
        letter, regions = docs[doc]
        if prefix and not re.fullmatch(rf"{prefix}-{letter}-q\d{{3}}", rid):
            errors.append(f"{rid}: id must look like {prefix}-{letter}-q001 for {doc}")
        n = texts[doc].count(ev)
        if n != 1:
            errors.append(f"{rid}: evidence occurs {n}x in {doc}: {ev!r}")
            continue
        if not any(k in q for k in regions):
            errors.append(f"{rid}: question does not name the region of {doc}")
        if answerable:
            answerable(r, doc, ev, errors)
        if year and not re.search(year, q):
            errors.append(f"{rid}: question names no year")
        if r["type"] == "entity":
            if r["value"] is not None or r["unit"] is not None: errors.append(f"{rid}: entity must be null")
            ent = re.sub(r"[（(].*", "", a)
            if ent not in ev: errors.append(f"{rid}: entity {ent!r} not in evidence")
            continue
        vals, units = values_units(r)
        if len(vals) != len(units): errors.append(f"{rid}: value/unit length mismatch")
        if multi and r["type"] == "multi" and len(vals) < 2: errors.append(f"{rid}: multi needs a list value")
        if rank_unit and r["type"] == "rank" and any(units): errors.append(f"{rid}: rank items use unit \"\"")
        for v, un in zip(vals, units):
            res = number(ev, v, un, texts[doc])
            if res is None:
                errors.append(f"{rid}: value {v}{un} not written in evidence {ev!r}")
            else:
                how[res] += 1
                if res in noted:
                    noted_ids.add(rid)
                if on_value:
                    on_value(r, v, un, ev, res)
            if not re.search(rf"(?<![{answer_lookbehind}]){re.escape(number_form(v))}(?![\d])", a) \
                    and not (r["type"] == "rank" and "第" in a):
                errors.append(f"{rid}: answer {a!r} does not contain {v}")
    return how, noted_ids


def check_validate_gold(qs, texts, errors):
    """eval.gold.load_gold + validate_gold, the checks `rag eval` runs before asking."""
    errors += [f"validate_gold: {p}" for p in validate_gold(load_gold(qs), texts)]


def for_items(ids):
    """check_gold note filter: a "not found as written" message about an item of ids."""
    return lambda e, rid, r: "not found as written" in e and rid in ids


def written_as(pattern, errors):
    """check_gold note filter: a "not found as written" message about an item whose evidence matches
    pattern (characters check_gold does not fold) and which has no error of its own in errors."""
    rx = re.compile(pattern)
    return lambda e, rid, r: ("not found as written" in e and r and r.get("evidence") and rx.search(r["evidence"])
                              and not any(x.startswith(rid + ":") for x in errors))


def check_gold_messages(rows, texts, notes=()):
    """Run check_gold.check_item on every item. Returns (id-naming messages, one list per
    (label, filter(e, rid, row)) of notes holding the messages it takes first, the other messages)."""
    msgs = []
    try:
        cg = check_gold()
        for r in rows:
            cg.check_item(r, texts, msgs)
    except Exception as e:  # noqa: BLE001
        print(f"check_gold.check_item not run ({type(e).__name__}: {e})")
    id_only = [e for e in msgs if any(s in e for s in ID_NAMING)]
    taken, by_id, groups = set(id_only), {r["id"]: r for r in rows}, []
    for _, keep in notes:
        groups.append([e for e in msgs if e not in taken and keep(e, e.split(":", 1)[0], by_id.get(e.split(":", 1)[0]))])
        taken.update(groups[-1])
    return id_only, groups, [e for e in msgs if e not in taken]


def print_counts(rows, texts, how, *, extra=(), doc_x_type=True, colloquial=False):
    """The set's statistics; extra is (label, value) lines printed after the item count."""
    print(f"items {len(rows)}; docs {sorted(texts)}")
    for label, value in extra:
        print(label, value)
    print("chars:", {d: len(t) for d, t in sorted(texts.items())})
    print("by type:", dict(Counter(r['type'] for r in rows)))
    print("by lang:", dict(Counter(r['lang'] for r in rows)))
    print("by doc:", dict(Counter(r['doc'] or '(unanswerable)' for r in rows)))
    print("by doc x lang:", dict(Counter((r['doc'] or '(unanswerable)', r['lang']) for r in rows)))
    if doc_x_type:
        print("by doc x type:", dict(Counter((r['doc'] or '(unanswerable)', r['type']) for r in rows)))
    print("by tag:", dict(Counter(t for r in rows for t in r['tags'])))
    if colloquial:
        print("colloquial and/or paraphrase:", sum(1 for r in rows if {'colloquial', 'paraphrase'} & set(r['tags'])))
    print("punctuation:", dict(Counter('full-width ？' if r['question'].endswith('？') else 'ASCII ?' if r['question'].endswith('?') else 'other' for r in rows)))
    print("value/unit matches:", dict(how))


def finish_check_gold(prefix, id_only, notes, groups, other, errors):
    """Print the check_gold tally and its messages, then count the other messages as errors."""
    print(f"check_gold.check_item: {len(id_only)} id-naming messages (expected: this set uses {prefix}-… ids), "
          + "".join(f"{len(g)} {label}, " for (label, _), g in zip(notes, groups)) + f"{len(other)} other:")
    for e in [e for g in groups for e in g]: print("    (expected)", e)
    for e in other: print("   ", e)
    errors += [f"check_gold: {e}" for e in other]


def finish(errors, label="own checks + validate_gold + check_gold (other)"):
    """Print the error count and the errors; exit 1 if there are any."""
    print(f"{label}: {len(errors)} error(s)")
    for e in errors: print("   ", e)
    sys.exit(1 if errors else 0)


def full_run(qs, loaded, rows, docs, errors, number, prefix, notes, *, counts=None, **item_options):
    """The common tail of a checker: check_items, validate_gold, check_gold with notes (labels and
    filters; a filter None means for_items(the ids check_items noted)), the counts, the tally, exit."""
    texts = {d: rep.text for d, rep in loaded.items()}
    how, noted = check_items(rows, texts, docs, errors, number, prefix=prefix, **item_options)
    check_validate_gold(qs, texts, errors)
    notes = [(label, keep or for_items(noted)) for label, keep in notes]
    id_only, groups, other = check_gold_messages(rows, texts, notes)
    print_counts(rows, texts, how, **(counts or {}))
    finish_check_gold(prefix, id_only, notes, groups, other, errors)
    finish(errors)
