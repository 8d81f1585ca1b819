"""Verify eval/datasets/unseen13/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen13/check_unseen13.py   (from the repo root)

Adapted from eval/datasets/unseen12/check_unseen12.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u13-<a|b|c|d>-qNNN / u13-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc (a is a PDF: spans keep
  the line breaks pypdf puts inside them);
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier; traditional unit characters of c are folded), or in the "(unit)" column header line of
  the table the span is a row of (d: a Word table the loader writes as "cell | cell" lines). No number
  or number+unit pair may be split by a line break inside an evidence span. Chinese numerals 1..99 are
  accepted;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- each question names its doc's region or one of the sub-regions it covers (either script), and each
  answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists); the traditional report c contains no common simplified-only character;
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding ("pdf" for a, "gb18030"
  for the GBK file b, "utf-8" for c, "docx" for d) and keeps its shape (a: a real PDF whose text reads
  back with the 卫健委 sections and per-10万/‰ rates; b: raw bytes are GBK, not UTF-8, every line ends in
  CRLF; c: traditional script, 上半年 and 下半年 sections, ranks 居全區…第; d: a .docx with the Word table
  header and 合计 row).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u13-… ids); "not found as written" for table-row items whose
unit is only in the table's header line; and "not found as written" where the unit in the evidence is
written with a traditional character that check_gold does not fold (頭 in 萬頭, c). Any other check_gold
message counts as an error. Exits 1 on any error.
"""
import json, re, sys, unicodedata, importlib.util
from collections import Counter
from pathlib import Path
REPO = Path(__file__).resolve().parents[3]; sys.path.insert(0, str(REPO))
from index.loaders import load_report
from eval.gold import load_gold, validate_gold

HERE = REPO / "eval/datasets/unseen13"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
files = sorted(p for p in CORPUS.iterdir() if p.is_file() and p.suffix in (".txt", ".pdf", ".docx"))
texts = {p.relative_to(CORPUS).as_posix(): load_report(p).text for p in files}
rows = [json.loads(l) for l in QS.read_text(encoding="utf-8").splitlines() if l.strip()]
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億隻歲", "万亿项个点吨亩头户张台辆笔间条场亿只岁")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_city_health_2023.pdf": ("a", ("天水", "甘谷", "武山", "秦安", "张家川", "張家川", "秦州", "麦积", "麥積")),
    "b_city_hrss_2022_gbk.txt": ("b", ("乐山", "樂山", "峨眉山", "犍为", "犍為", "夹江", "夾江", "五通桥", "五通橋", "沐川")),
    "c_city_agri_2024h1_hant.txt": ("c", ("赤峰", "敖汉", "敖漢", "翁牛特", "宁城", "寧城", "巴林左旗", "松山")),
    "d_group_2023.docx": ("d", ("鄂尔多斯", "鄂爾多斯", "康巴什", "东胜", "東勝")),
}
ENCODINGS = {"a_city_health_2023.pdf": "pdf", "b_city_hrss_2022_gbk.txt": "gb18030",
             "c_city_agri_2024h1_hant.txt": "utf-8", "d_group_2023.docx": "docx"}
# check_gold.py folds these traditional unit characters itself; others (頭, 隻, 歲) it does not
CG_FOLDED = set("萬億項個點屆場條門處間張臺級筆輛噸畝歲戶員幣倉層國區業")
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
    "a_city_health_2023.pdf": ["天水市卫生健康委员会2023年工作总结", "一、主要指标完成情况", "二、重点工作推进情况",
                               "四、2024年工作计划", "/10万", "‰", "个百分点", "居全省第6位"],
    "b_city_hrss_2022_gbk.txt": ["乐山市人力资源和社会保障局2022年工作总结及2023年工作计划", "\r\n", "城镇新增就业",
                                 "城镇登记失业率", "参保人数", "三项社会保险基金", "职业技能培训", "三、2023年工作计划"],
    "c_city_agri_2024h1_hant.txt": ["赤峰市農業農村局2024年上半年工作總結", "糧食播種面積", "高標準農田", "生豬出欄",
                                    "存欄", "人均可支配收入", "居全區12個盟市第", "三、下半年工作打算"],
    "d_group_2023.docx": ["鄂尔多斯市鸿源城市发展投资集团有限公司2023年工作总结",
                          "业务板块 | 项目个数(个) | 总投资(亿元) | 年度完成投资(亿元)", "\n合计 | ", "资产负债率",
                          "利润总额", "四、2024年工作计划"],
}
for d, needles in RESIDUE.items():
    for n in needles:
        if d in texts and n not in texts[d]:
            errors.append(f"{d}: expected residue {n!r} is missing")
# raw-file shape: what each format is supposed to exercise
raw = {p.relative_to(CORPUS).as_posix(): p.read_bytes() for p in files}
if raw.get("a_city_health_2023.pdf", b"%PDF")[:5] != b"%PDF-":
    errors.append("a_city_health_2023.pdf: not a PDF file")
if "b_city_hrss_2022_gbk.txt" in raw:
    bb = raw["b_city_hrss_2022_gbk.txt"]
    try:
        bb.decode("utf-8"); errors.append("b_city_hrss_2022_gbk.txt: bytes are valid UTF-8 (expected GBK)")
    except UnicodeDecodeError:
        pass
    try:
        bb.decode("gbk")
    except UnicodeDecodeError as e:
        errors.append(f"b_city_hrss_2022_gbk.txt: not GBK ({e.reason})")
    if bb.count(b"\n") != bb.count(b"\r\n") or bb.count(b"\r\n") < 20:
        errors.append("b_city_hrss_2022_gbk.txt: every line must end in CRLF")
if "c_city_agri_2024h1_hant.txt" in raw:
    try:
        raw["c_city_agri_2024h1_hant.txt"].decode("utf-8")
    except UnicodeDecodeError:
        errors.append("c_city_agri_2024h1_hant.txt: not UTF-8")
    ct = texts["c_city_agri_2024h1_hant.txt"]
    sim = sorted(set(ct) & set("这个们时会为发经济业总额县区进实项资电网务长与产开农粮亩万亿头吨"))
    if sim:
        errors.append(f"c_city_agri_2024h1_hant.txt: simplified-only characters in the traditional report {sim}")
if raw.get("d_group_2023.docx", b"PK")[:2] != b"PK":
    errors.append("d_group_2023.docx: not a .docx (zip) file")

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
    if re.search(r"\d\n[\d.%‰/]|\.\n\d|\d\n[万亿萬億个個张張人岁歲元]", ev_raw):
        return None  # a number or its unit is split by a line break
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
        if not re.fullmatch(r"u13-unans-q\d{3}", r["id"]):
            errors.append(f"{r['id']}: unanswerable id must look like u13-unans-q001")
        if not any(k in r["question"] for _, regs in DOCS.values() for k in regs):
            errors.append(f"{r['id']}: unanswerable question names none of the set's regions")
        continue
    doc, ev = r["doc"], r["evidence"]
    if doc not in texts or doc not in DOCS:
        errors.append(f"{r['id']}: unknown doc {doc}"); continue
    letter, regions = DOCS[doc]
    if not re.fullmatch(rf"u13-{letter}-q\d{{3}}", r["id"]):
        errors.append(f"{r['id']}: id must look like u13-{letter}-q001 for {doc}")
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
trad_unit = []  # check_gold does not fold every traditional unit character (頭 in 萬頭); ours does
for e in cg_errs:
    rid = e.split(":", 1)[0]
    r = by_id.get(rid)
    if (e not in id_only and "not found as written" in e and r and r.get("evidence")
            and set(r["evidence"]) & (set("萬億項個點噸畝頭戶張臺輛筆間條場億隻歲") - CG_FOLDED)
            and not any(x.startswith(rid + ":") for x in errors)):
        trad_unit.append(e)
table_cell = [e for e in cg_errs if e not in id_only and e not in trad_unit and "not found as written" in e
              and e.split(":", 1)[0] in table_header_items]
other = [e for e in cg_errs if e not in id_only and e not in trad_unit and e not in table_cell]

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
print(f"check_gold.check_item: {len(id_only)} id-naming messages (expected: this set uses u13-… ids), "
      f"{len(trad_unit)} traditional-unit messages (expected: check_gold does not fold 頭), "
      f"{len(table_cell)} table-cell unit notes (expected: the unit is in the table's header line), {len(other)} other:")
for e in trad_unit + table_cell: print("    (expected)", e)
for e in other: print("   ", e)
errors += [f"check_gold: {e}" for e in other]
print(f"own checks + validate_gold + check_gold (other): {len(errors)} error(s)")
for e in errors: print("   ", e)
sys.exit(1 if errors else 0)
