"""Verify eval/datasets/unseen16/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen16/check_unseen16.py   (from the repo root)

Adapted from eval/datasets/unseen12/check_unseen12.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u16-<a|b|c|d>-qNNN / u16-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc (for the PDF this is
  the extracted text, line breaks included);
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier), or as "(unit)" inside the span (c: the plain-text table row starts with its
  "指标（单位）" label), or in the "(unit)" column header line of the table the span is a row of
  (b: a Word table the loader writes as "cell | cell" lines; d: a Markdown pipe table). Chinese numerals
  1..99 are accepted. No value may be split by a line break of the PDF text;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- each question names its doc's region (either script) and no region of another doc; each answerable
  question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("pdf" for a, "docx" for
  b, "gb18030" for the GBK file c, "utf-8" for d) and keeps its shape (a: a PDF whose extracted text is
  wrapped into short lines; b: the Word table header and 全市 row; c: GBK bytes that are not UTF-8, CRLF
  line endings and the plain-text indicator table; d: Markdown title, "## " headings, bold run-in
  headings, the quarterly pipe table with a |---| rule and a 全年 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u16-… ids), and "not found as written" for table-row items
whose unit is only in the table's header line or in a full-width "（unit）" row label. Any other
check_gold message counts as an error. Exits 1 on any error.
"""
import json, re, sys, unicodedata, importlib.util
from collections import Counter
from pathlib import Path
REPO = Path(__file__).resolve().parents[3]; sys.path.insert(0, str(REPO))
from index.loaders import load_report
from eval.gold import load_gold, validate_gold

HERE = REPO / "eval/datasets/unseen16"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
files = sorted(p for p in CORPUS.iterdir() if p.is_file() and p.suffix in (".txt", ".md", ".docx", ".pdf"))
texts = {p.relative_to(CORPUS).as_posix(): load_report(p).text for p in files}
rows = [json.loads(l) for l in QS.read_text(encoding="utf-8").splitlines() if l.strip()]
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億", "万亿项个点吨亩头户张台辆笔间条场亿")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_city_2023_medical_insurance.pdf": ("a", ("牡丹江", "绥芬河", "綏芬河", "宁安", "寧安")),
    "b_city_2022_forestry.docx": ("b", ("白山", "抚松", "撫松", "临江", "臨江", "长白", "長白", "靖宇", "浑江", "渾江")),
    "c_county_2023_hospital_gbk.txt": ("c", ("彭阳", "彭陽")),
    "d_county_2024_power.md": ("d", ("盐池", "鹽池")),
}
ENCODINGS = {"a_city_2023_medical_insurance.pdf": "pdf", "b_city_2022_forestry.docx": "docx",
             "c_county_2023_hospital_gbk.txt": "gb18030", "d_county_2024_power.md": "utf-8"}
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
    "a_city_2023_medical_insurance.pdf": ["牡丹江市医疗保障局2023年工作总结", "一、主要指标完成情况", "二、重点改革任务推进情况",
                                          "五、2024年工作打算", "参保人数", "累计结存", "集采", "追回医保基金", "前三季度"],
    "b_city_2022_forestry.docx": ["白山市林业和草原局2022年工作总结及2023年工作打算",
                                  "县（市、区） | 营造林面积（万亩） | 其中人工造林（万亩） | 森林覆盖率（%） | 林下经济产值（亿元）",
                                  "\n全市 | ", "三、2023年工作打算", "森林蓄积量", "森林火灾受害率"],
    "c_county_2023_hospital_gbk.txt": ["彭阳县人民医院2023年工作总结", "表1", "出院人次（万人次）", "床位使用率",
                                       "平均住院日", "药占比", "四级手术", "九、2024年工作计划"],
    "d_county_2024_power.md": ["# 国网盐池县供电公司2024年工作总结", "\n## 一、", "\n## 八、", "**（一）", "|---|---|",
                               "| 季度 | 售电量（亿千瓦时） |", "| 全年 | ", "前三季度", "线损率", "供电可靠率", "业扩报装"],
}
for d, needles in RESIDUE.items():
    for n in needles:
        if d in texts and n not in texts[d]:
            errors.append(f"{d}: expected residue {n!r} is missing")
a_doc = "a_city_2023_medical_insurance.pdf"
if a_doc in texts and texts[a_doc].count("\n") < 40:
    errors.append(f"{a_doc}: expected the PDF text to be wrapped into at least 40 lines")
c_doc = "c_county_2023_hospital_gbk.txt"
if c_doc in texts:
    raw = (CORPUS / c_doc).read_bytes()
    try:
        raw.decode("utf-8"); errors.append(f"{c_doc}: bytes decode as UTF-8, expected GBK")
    except UnicodeDecodeError:
        pass
    try:
        if raw.decode("gbk") != texts[c_doc]:
            errors.append(f"{c_doc}: strict GBK decoding differs from the loaded text")
    except UnicodeDecodeError:
        errors.append(f"{c_doc}: not valid GBK")
    if raw.count(b"\r\n") < 40 or raw.count(b"\n") != raw.count(b"\r\n"):
        errors.append(f"{c_doc}: expected CRLF line endings throughout")


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
            # a number split by a line break ("482\n7.6") would match only a fragment
            if m.end() < len(ev) and ev[m.end()] in "\r\n" and re.match(r"[\r\n]+[\d.]", ev[m.end():]):
                continue
            if m.start() > 0 and ev[m.start() - 1] in "\r\n" and re.search(r"[\d.][\r\n]+$", ev[:m.start()]):
                continue
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
table_header_items = set()  # ids whose unit was found only in a table header line or row label
for r in rows:
    for field in ("question", "answer"):
        bad = sorted(set(r[field]) & (SIMP_ONLY if r["lang"] == "zh-Hant" else TRAD_ONLY))
        if bad:
            errors.append(f"{r['id']}: {r['lang']} {field} contains characters of the other script {bad}")
    # every question names exactly one report's region (unanswerable near-misses included)
    named = {d for d, (_, regions) in DOCS.items() if any(k in r["question"] for k in regions)}
    if len(named) != 1:
        errors.append(f"{r['id']}: question names the regions of {sorted(named) or 'no report'}")
    if r["type"] == "unanswerable":
        if any(r[k] is not None for k in ("value", "unit", "doc", "evidence")) or r["answer"] != "":
            errors.append(f"{r['id']}: unanswerable must be null/empty")
        if not re.fullmatch(r"u16-unans-q\d{3}", r["id"]):
            errors.append(f"{r['id']}: unanswerable id must look like u16-unans-q001")
        continue
    doc, ev = r["doc"], r["evidence"]
    if doc not in texts or doc not in DOCS:
        errors.append(f"{r['id']}: unknown doc {doc}"); continue
    letter, regions = DOCS[doc]
    if not re.fullmatch(rf"u16-{letter}-q\d{{3}}", r["id"]):
        errors.append(f"{r['id']}: id must look like u16-{letter}-q001 for {doc}")
    n = texts[doc].count(ev)
    if n != 1:
        errors.append(f"{r['id']}: evidence occurs {n}x in {doc}: {ev!r}")
        continue
    if not any(k in r["question"] for k in regions):
        errors.append(f"{r['id']}: question does not name the region of {doc}")
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
            if res.startswith("ok (unit in"):
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
print(f"check_gold.check_item: {len(id_only)} id-naming messages (expected: this set uses u16-… ids), "
      f"{len(fullwidth)} full-width-digit messages (expected), "
      f"{len(table_cell)} table-cell unit notes (expected: the unit is in the table's header line or row label), {len(other)} other:")
for e in fullwidth + table_cell: print("    (expected)", e)
for e in other: print("   ", e)
errors += [f"check_gold: {e}" for e in other]
print(f"own checks + validate_gold + check_gold (other): {len(errors)} error(s)")
for e in errors: print("   ", e)
sys.exit(1 if errors else 0)
