"""Verify eval/datasets/unseen20/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen20/check_unseen20.py   (from the repo root)

Adapted from eval/datasets/unseen16/check_unseen16.py (itself from unseen12). It uses only
index.loaders.load_report from the product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u20-<a|b|c|d>-qNNN / u20-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc (for the PDF this is
  the extracted text, line breaks included);
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier), or in the "(unit)" column header line of the table the span is a row of (c: a Word
  table the loader writes as "cell | cell" lines; d: a Markdown pipe table). Chinese numerals 1..99 are
  accepted. No value may be split by a line break of the PDF text;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- each question names its doc's region (either script) and no region of another doc; each answerable
  question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the Big5 report b contains no common simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("pdf" for a, "big5" for
  b, "docx" for c, "utf-8" for d) and keeps its shape (a: a real %PDF- file whose extracted text is
  wrapped into short lines, with the statistics-bureau sections and 1-9月 figures; b: Big5 bytes that are
  not valid UTF-8 and decode strictly to the loaded text, traditional script, 發佈時間 line, two 居全省第
  ranks; c: the Word table header and 合计 row, the 我局 speaker voice; d: Markdown title, "> 发布时间"
  line, "## " headings, bold run-in headings, the 产业链 pipe table with a |---| rule and a 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u20-… ids), and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import json, re, sys, unicodedata, importlib.util
from collections import Counter
from pathlib import Path
REPO = Path(__file__).resolve().parents[3]; sys.path.insert(0, str(REPO))
from index.loaders import load_report
from eval.gold import load_gold, validate_gold

HERE = REPO / "eval/datasets/unseen20"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
files = sorted(p for p in CORPUS.iterdir() if p.is_file() and p.suffix in (".txt", ".md", ".docx", ".pdf"))
texts = {p.relative_to(CORPUS).as_posix(): load_report(p).text for p in files}
rows = [json.loads(l) for l in QS.read_text(encoding="utf-8").splitlines() if l.strip()]
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處區級對隊", "万亿项个点吨亩头户张台辆笔间条场亿处区级对队")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_city_2023q3_stats.pdf": ("a", ("安康", "汉滨", "漢濱", "旬阳", "旬陽", "平利", "石泉")),
    "b_city_2023_transport_big5.txt": ("b", ("南阳", "南陽", "淅川", "西峡", "西峽", "唐河", "邓州", "鄧州",
                                             "内乡", "內鄉", "宛城", "卧龙", "臥龍", "桐柏", "方城")),
    "c_city_2023_culture_tourism.docx": ("c", ("海宁", "海寧", "盐官", "鹽官", "长安镇", "長安鎮", "许村", "許村",
                                               "袁花", "斜桥", "斜橋", "周王庙", "周王廟")),
    "d_park_2024h1.md": ("d", ("许昌", "許昌")),
}
ENCODINGS = {"a_city_2023q3_stats.pdf": "pdf", "b_city_2023_transport_big5.txt": "big5",
             "c_city_2023_culture_tourism.docx": "docx", "d_park_2024h1.md": "utf-8"}
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
    "a_city_2023q3_stats.pdf": ["安康市2023年前三季度经济运行情况", "安康市统计局", "一、地区生产总值", "三次产业结构为",
                                "三、工业生产", "四、固定资产投资", "五、消费市场", "九、居民收入、就业和价格", "1-9月",
                                "个百分点", "居全省第"],
    "b_city_2023_transport_big5.txt": ["南陽市交通運輸局2023年工作總結和2024年工作思路", "發佈時間：2024-01-19",
                                       "公路通車總里程", "萬人次", "萬噸", "交通固定資產投資", "農村公路",
                                       "三、2024年工作思路"],
    "c_city_2023_culture_tourism.docx": ["海宁市文化广电旅游体育局2023年工作汇报", "尊敬的各位领导：",
                                         "景区（点） | 等级 | 接待游客(万人次) | 同比增长(%) | 营业收入(万元)",
                                         "\n合计 | — | 1207.7 | 40.2 | 76528\n", "三、2024年工作打算", "我的汇报完毕"],
    "d_park_2024h1.md": ["# 许昌经济技术开发区管理委员会2024年上半年工作总结及下半年工作计划", "\n> 发布时间：2024-07-16",
                         "\n## 一、", "\n## 四、下半年工作计划", "**（一）", "|---|---|---|---|",
                         "| 产业链 | 签约项目(个) | 协议投资(亿元) | 其中亿元以上项目(个) |", "| 合计 | 38 | 246.8 | 22 |",
                         "营业收入", "高新技术企业", "协议投资"],
}
for d, needles in RESIDUE.items():
    for n in needles:
        if d in texts and n not in texts[d]:
            errors.append(f"{d}: expected residue {n!r} is missing")
A_DOC, B_DOC, C_DOC = "a_city_2023q3_stats.pdf", "b_city_2023_transport_big5.txt", "c_city_2023_culture_tourism.docx"
if A_DOC in texts:
    if (CORPUS / A_DOC).read_bytes()[:5] != b"%PDF-":
        errors.append(f"{A_DOC}: not a PDF file")
    if texts[A_DOC].count("\n") < 40:
        errors.append(f"{A_DOC}: expected the PDF text to be wrapped into at least 40 lines")
if B_DOC in texts:
    raw = (CORPUS / B_DOC).read_bytes()
    try:
        raw.decode("utf-8"); errors.append(f"{B_DOC}: bytes decode as UTF-8, expected Big5")
    except UnicodeDecodeError:
        pass
    try:
        if raw.decode("big5") != texts[B_DOC]:
            errors.append(f"{B_DOC}: strict Big5 decoding differs from the loaded text")
    except UnicodeDecodeError:
        errors.append(f"{B_DOC}: not valid Big5")
    bt = texts[B_DOC]
    if bt.count("居全省第") < 2:
        errors.append(f"{B_DOC}: expected at least 2 居全省第 ranks")
    sim = sorted(set(bt) & set("这个们时会为发经济业总额县区进实项资电网务长与产开运输铁车驾乡镇"))
    if sim:
        errors.append(f"{B_DOC}: simplified-only characters in the traditional report {sim}")
if C_DOC in texts and texts[C_DOC].count("我局") < 3:
    errors.append(f"{C_DOC}: expected the 我局 speaker voice (at least 3 occurrences)")


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
        if not re.fullmatch(r"u20-unans-q\d{3}", r["id"]):
            errors.append(f"{r['id']}: unanswerable id must look like u20-unans-q001")
        continue
    doc, ev = r["doc"], r["evidence"]
    if doc not in texts or doc not in DOCS:
        errors.append(f"{r['id']}: unknown doc {doc}"); continue
    letter, regions = DOCS[doc]
    if not re.fullmatch(rf"u20-{letter}-q\d{{3}}", r["id"]):
        errors.append(f"{r['id']}: id must look like u20-{letter}-q001 for {doc}")
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
print(f"check_gold.check_item: {len(id_only)} id-naming messages (expected: this set uses u20-… ids), "
      f"{len(fullwidth)} full-width-digit messages (expected), "
      f"{len(table_cell)} table-cell unit notes (expected: the unit is in the table's header line or row label), {len(other)} other:")
for e in fullwidth + table_cell: print("    (expected)", e)
for e in other: print("   ", e)
errors += [f"check_gold: {e}" for e in other]
print(f"own checks + validate_gold + check_gold (other): {len(errors)} error(s)")
for e in errors: print("   ", e)
sys.exit(1 if errors else 0)
