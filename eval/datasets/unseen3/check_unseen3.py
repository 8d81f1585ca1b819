"""Verify eval/datasets/unseen3/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen3/check_unseen3.py   (from the repo root; needs python-docx)

Adapted from eval/datasets/unseen2/check_unseen2.py. It uses only index.loaders.load_report from the
product (the corpus files are listed with a plain directory scan). Checks:
- ids unique and shaped u3-<i|j|k|l>-qNNN / u3-unans-qNNN;
- every evidence occurs exactly once in the text load_report returns for its doc;
- every value is written, digit-delimited, in its evidence, with its unit after it (after an optional
  余/多 qualifier) or in a "(unit)" column header (inside the span, or the header line of the table the
  span is a row of). The search runs on the NFKC form of the evidence with traditional unit characters
  folded (億元 -> 亿元, 個 -> 个, 萬人 -> 万人). Chinese numerals 1..99 (and 两/兩 for 2) are accepted:
  this set has 三个 (u3-k-q009) and the ranks 第四 / 第二位 / 第三 / 第一;
- the answer string states every value in ASCII digits (ranks may state 第N in words);
- entity answers (before any "（…）" note) appear verbatim in their evidence;
- each question names its doc's region, and each answerable question names a year;
- zh-Hant questions and answers contain no simplified-only character, zh-Hans ones no traditional-only
  character (check_gold.py's lists);
- unanswerable items are all-null;
- each report's loaded text is 2500-4500 characters; j is GB18030 (not valid UTF-8); k has one Word table.
Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking) and
check_gold.check_item (imported read-only). Expected check_gold messages, not counted as errors:
two id-format messages per item (this set uses u3-… ids), and "not found as written" for table-cell
items whose unit sits only in the table's header line (this script finds it there). Any other
check_gold message counts as an error. Exits 1 on any error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (
    REPO, TABLE_CELL, load_corpus, load_rows, number_ok, check_corpus, check_sizes, not_utf8, full_run
)

HERE = REPO / "eval/datasets/unseen3"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點噸畝頭戶張臺輛筆間條場億", "万亿项个点吨亩头户张台辆笔间条场亿")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "i_district_2023.txt": ("i", ("江夏",)),
    "j_city_2022_gb18030.txt": ("j", ("绵阳", "綿陽")),
    "k_county_2024h1.docx": ("k", ("沂南",)),
    "l_group_2021_hant.txt": ("l", ("襄阳", "襄陽")),
}
loaded = load_corpus(CORPUS, (".txt", ".docx")); texts = {d: rep.text for d, rep in loaded.items()}
rows = load_rows(QS)
errors = []
check_corpus(texts, DOCS, rows, errors)
check_sizes(loaded, 2500, 4500, errors)
not_utf8(CORPUS / "j_city_2022_gb18030.txt", "j_city_2022_gb18030.txt decodes as UTF-8; it should be GB18030", errors)
try:
    import docx
    n_tables = len(docx.Document(str(CORPUS / "k_county_2024h1.docx")).tables)
    if n_tables != 1:
        errors.append(f"k_county_2024h1.docx has {n_tables} Word tables, expected 1")
except Exception as e:  # noqa: BLE001
    errors.append(f"cannot open k_county_2024h1.docx with python-docx ({type(e).__name__}: {e})")

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S), "u3",
         [(TABLE_CELL, None)])
