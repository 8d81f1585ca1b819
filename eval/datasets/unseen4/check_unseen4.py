"""Verify eval/datasets/unseen4/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen4/check_unseen4.py   (from the repo root; needs python-docx)

Adapted from eval/datasets/unseen3/check_unseen3.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u4-<a|b|c|d>-qNNN / u4-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier) or in a "(unit)" column header (inside the span, or the header line of the table the
  span is a row of). The search runs on the NFKC form of the evidence with traditional unit characters
  folded (億元 -> 亿元, 個 -> 个, 萬噸 -> 万吨, 輛 -> 辆). Chinese numerals 1..99 (and 两/兩 for 2) are
  accepted: this set has 八所, 九座, 六座, 五处 and the ranks 第三 / 第二位 / 第一位 / 第二 / 第四位 / 第二名;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers (before any "（…）" note) appear verbatim in their evidence;
- each question names its doc's region, and each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2500-4500 characters; a is Markdown with one pipe table (with a |---| row);
  b is Big5 (not valid UTF-8, and load_report reports big5); c has one Word table; d is UTF-8 with a BOM
  and CRLF line endings (load_report reports utf-8-sig).
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors:
two id-format messages per item (this set uses u4-… ids), and "not found as written" for table-cell
items whose unit sits only in the table's header line (this script finds it there). Any other
check_gold message counts as an error. Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus, check_sizes, full_run, legacy_bytes)

HERE = REPO / "eval/datasets/unseen4"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億處", "万亿项个点吨亩头户张台辆笔间条场亿处")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "a_city_edu_2023.md": ("a", ("柳州",)),
    "b_county_2022_big5.txt": ("b", ("湄潭",)),
    "c_district_2024h1.docx": ("c", ("洛龙", "洛龍")),
    "d_street_2023_bom_crlf.txt": ("d", ("坡子街",)),
}
loaded = load_corpus(CORPUS, (".txt", ".md", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2500, 4500, errors)
encodings = {d: rep.encoding for d, rep in loaded.items()}
a_text = texts.get("a_city_edu_2023.md", "")
if a_text.count("\n|---|") != 1 or not a_text.startswith("# "):
    errors.append("a_city_edu_2023.md should be Markdown with exactly one pipe table (one |---| separator row)")
legacy_bytes(CORPUS / "b_county_2022_big5.txt", "big5", errors)
if encodings.get("b_county_2022_big5.txt") != "big5":
    errors.append(f"load_report reads b_county_2022_big5.txt as {encodings.get('b_county_2022_big5.txt')}, expected big5")
d_raw = (CORPUS / "d_street_2023_bom_crlf.txt").read_bytes()
if not d_raw.startswith(b"\xef\xbb\xbf") or encodings.get("d_street_2023_bom_crlf.txt") != "utf-8-sig":
    errors.append("d_street_2023_bom_crlf.txt should start with a UTF-8 BOM and load as utf-8-sig")
if d_raw.count(b"\n") != d_raw.count(b"\r\n") or b"\r\n" not in d_raw:
    errors.append("d_street_2023_bom_crlf.txt should use CRLF line endings throughout")
try:
    import docx
    n_tables = len(docx.Document(str(CORPUS / "c_district_2024h1.docx")).tables)
    if n_tables != 1:
        errors.append(f"c_district_2024h1.docx has {n_tables} Word tables, expected 1")
except Exception as e:  # noqa: BLE001
    errors.append(f"cannot open c_district_2024h1.docx with python-docx ({type(e).__name__}: {e})")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S), "u4",
         [(TABLE_CELL, None)],
         counts=dict(extra=[("encodings:", encodings)]))
