"""Verify eval/datasets/unseen21/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen21/check_unseen21.py   (from the repo root)

Adapted from eval/datasets/unseen12/check_unseen12.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u21-<a|b|c|d>-qNNN / u21-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited (a leading minus sign is part of the number), in its evidence,
  with its unit after it (after an optional 余/多 qualifier), or in the "(unit)" column header line of the
  table the span is a row of (b: a Markdown pipe table with full-width （unit） headers; c: the two Word
  tables the loader writes as "cell | cell" lines). Chinese numerals 1..99 are accepted;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers appear verbatim in their evidence;
- each question names its doc's region (either script), each answerable question names a year, and no
  answerable question names 古镛 (used only in an unanswerable near-miss);
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2600-4500 characters, has the expected encoding and keeps its shape
  (a: HTML-scraped page with navigation/来源/浏览次数/打印本页/上一篇/主办单位 residue, 政府工作报告 review
  and 主要预期目标; b: Markdown title, "## " headings, bold run-in headings, a pipe table by 村 with a |---|
  rule and a 合计 row; c: a real .docx whose loaded text has both table header lines and a 合计 row;
  d: GBK bytes (not valid UTF-8) with CRLF line endings only, kept as CRLF in the loaded text, and
  targets only: "2024年" occurs just once, in the date line).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors: two
id-format messages per item (this set uses u21-… ids), and "not found as written" for table-row items
whose unit is only in the table's header line. Any other check_gold message counts as an error.
Exits 1 on any error.
"""
import json, re, sys, unicodedata, importlib.util
from collections import Counter
from pathlib import Path
REPO = Path(__file__).resolve().parents[3]; sys.path.insert(0, str(REPO))
from index.loaders import load_report
from eval.gold import load_gold, validate_gold

HERE = REPO / "eval/datasets/unseen21"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
files = sorted(p for p in CORPUS.iterdir() if p.is_file() and p.suffix in (".txt", ".md", ".docx"))
texts = {p.relative_to(CORPUS).as_posix(): load_report(p).text for p in files}
rows = [json.loads(l) for l in QS.read_text(encoding="utf-8").splitlines() if l.strip()]
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億", "万亿项个点吨亩头户张台辆笔间条场亿")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_county_2025_gov_web.txt": ("a", ("将乐", "將樂")),
    "b_town_2024h1.md": ("b", ("沙家浜",)),
    "c_group_2023.docx": ("c", ("北海",)),
    "d_county_2025_plan_gbk.txt": ("d", ("封开", "封開")),
}
ENCODINGS = {"a_county_2025_gov_web.txt": "utf-8", "b_town_2024h1.md": "utf-8",
             "c_group_2023.docx": "docx", "d_county_2025_plan_gbk.txt": "gb18030"}
# regions named only in unanswerable questions (must not be the region of any answerable question)
UNANS_ONLY = ("古镛", "古鏞")
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
    "a_county_2025_gov_web.txt": ["首页 > 政务公开 > ", "当前位置：首页 >> ", "来源：将乐县人民政府办公室", "浏览次数：",
                                  "【字体：大 中 小】", "政府工作报告\n", "各位代表：", "一、2024年工作回顾",
                                  "二、2025年工作安排", "主要预期目标", "【打印本页】　　【关闭窗口】", "上一篇：", "下一篇：",
                                  "主办单位："],
    "b_town_2024h1.md": ["# 沙家浜镇2024年上半年工作总结和下半年工作打算", "> 发布时间：", "\n## 一、", "\n## 三、",
                         "**（一）", "| 村 | 上半年集体经济收入（万元） |", "|---|---|", "| 合计 | ", "我镇", "截至6月底",
                         "下半年"],
    "c_group_2023.docx": ["北海海晟城市发展集团有限公司2023年度工作总结",
                          "子公司 | 营业收入(亿元) | 利润总额(亿元) | 资产总额(亿元)",
                          "板块 | 项目数(个) | 总投资(亿元) | 年度完成投资(亿元)", "\n合计 | ", "四、2024年工作计划"],
    "d_county_2025_plan_gbk.txt": ["封开县住房和城乡建设局2025年工作思路\r\n", "一、主要目标", "二、重点工作",
                                   "三、保障措施", "力争", "计划"],
}
for d, needles in RESIDUE.items():
    for n in needles:
        if d in texts and n not in texts[d]:
            errors.append(f"{d}: expected residue {n!r} is missing")
if "a_county_2025_gov_web.txt" in texts and "\r" in texts["a_county_2025_gov_web.txt"]:
    errors.append("a_county_2025_gov_web.txt: unexpected CR characters")
if "c_group_2023.docx" in texts:
    import zipfile
    with zipfile.ZipFile(CORPUS / "c_group_2023.docx") as z:
        ntab = z.read("word/document.xml").decode("utf-8").count("<w:tbl>")
    if ntab != 2:
        errors.append(f"c_group_2023.docx: expected 2 Word tables, found {ntab}")
if "d_county_2025_plan_gbk.txt" in texts:
    raw = (CORPUS / "d_county_2025_plan_gbk.txt").read_bytes()
    try:
        raw.decode("utf-8"); errors.append("d_county_2025_plan_gbk.txt: bytes decode as UTF-8 (expected GBK)")
    except UnicodeDecodeError:
        pass
    try:
        raw.decode("gbk")
    except UnicodeDecodeError as e:
        errors.append(f"d_county_2025_plan_gbk.txt: not valid GBK ({e})")
    if raw.count(b"\n") != raw.count(b"\r\n") or b"\r\n" not in raw:
        errors.append("d_county_2025_plan_gbk.txt: line endings are not all CRLF")
    dt = texts["d_county_2025_plan_gbk.txt"]
    if "\r\n" not in dt:
        errors.append("d_county_2025_plan_gbk.txt: loaded text lost its CRLF line endings (evidence spans assume CRLF)")
    if dt.count("2024年") != 1:
        errors.append("d_county_2025_plan_gbk.txt: the plan should name 2024年 only in its date line")


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
        pat = (rf"(?<![\d.\-]){re.escape(f)}(?![\d])(?!\.\d)" if (f[0].isdigit() or f[0] == "-")
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
        if not re.fullmatch(r"u21-unans-q\d{3}", r["id"]):
            errors.append(f"{r['id']}: unanswerable id must look like u21-unans-q001")
        continue
    doc, ev = r["doc"], r["evidence"]
    if doc not in texts or doc not in DOCS:
        errors.append(f"{r['id']}: unknown doc {doc}"); continue
    letter, regions = DOCS[doc]
    if not re.fullmatch(rf"u21-{letter}-q\d{{3}}", r["id"]):
        errors.append(f"{r['id']}: id must look like u21-{letter}-q001 for {doc}")
    n = texts[doc].count(ev)
    if n != 1:
        errors.append(f"{r['id']}: evidence occurs {n}x in {doc}: {ev!r}")
        continue
    if not any(k in r["question"] for k in regions):
        errors.append(f"{r['id']}: question does not name the region of {doc}")
    if any(k in r["question"] for k in UNANS_ONLY):
        errors.append(f"{r['id']}: an answerable question names a region used only for unanswerable items")
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
        if not re.search(rf"(?<![\d.\-]){re.escape(repr(v) if isinstance(v, float) else str(v))}(?![\d])", a) \
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
print(f"check_gold.check_item: {len(id_only)} id-naming messages (expected: this set uses u21-… ids), "
      f"{len(fullwidth)} full-width-digit messages (expected), "
      f"{len(table_cell)} table-cell unit notes (expected: the unit is in the table's header line), {len(other)} other:")
for e in fullwidth + table_cell: print("    (expected)", e)
for e in other: print("   ", e)
errors += [f"check_gold: {e}" for e in other]
print(f"own checks + validate_gold + check_gold (other): {len(errors)} error(s)")
for e in errors: print("   ", e)
sys.exit(1 if errors else 0)
