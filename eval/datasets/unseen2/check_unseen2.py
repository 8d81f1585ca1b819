"""Verify eval/datasets/unseen2/questions.jsonl against the texts the product's loader extracts.

Usage: .venv/bin/python eval/datasets/unseen2/check_unseen2.py   (from the repo root; needs python-docx)

Adapted from eval/datasets/unseen/check_unseen.py. Checks: ids unique and shaped u2-<e|f|g|h>-qNNN /
u2-unans-qNNN; every evidence occurs exactly once in the text index.loaders.load_report returns for
its doc; every value is written, digit-delimited, in its evidence with its unit after it or in a
"(unit)" column header (inside the span, or the header line of the table the span is a row of);
entity answers appear in their evidence; each question names its doc's region; unanswerable items
are all-null. Then runs eval.gold.load_gold + validate_gold (what `rag eval` checks before asking)
and check_gold.check_item (imported read-only).

Differences from check_unseen.py, because report g writes figures with full-width digits
("８６．７亿元") and Chinese numerals ("十二家", "两家", "二十三个"):
- the value search runs on the NFKC form of the evidence (full-width digits/punctuation -> ASCII);
  the evidence itself is still matched verbatim against the raw loader text;
- Chinese numerals 1..99 (and 两/兩 for 2) are accepted, as check_gold.py accepts them;
- check_gold.check_item does not NFKC-normalise, so it reports "not found as written" for the items
  whose value is written in full-width digits. Those messages are expected (listed, not counted as
  errors) only when the item's raw evidence contains full-width digits and this script's own
  NFKC-based check found the value. The id-format messages are expected too (u2-… ids), and so are
  check_gold's notes on table-cell items whose unit sits only in the table's header line (this script
  finds it there). Any other check_gold message counts as an error.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from eval.datasets.checking import (REPO, FULLWIDTH_DIGIT, TABLE_CELL, load_corpus, load_rows, number_ok, check_ids,
                                    written_as, full_run)

HERE = REPO / "eval/datasets/unseen2"; CORPUS = HERE / "corpus"; QS = HERE / "questions.jsonl"
T2S = str.maketrans("萬億項個點億噸畝頭戶", "万亿项个点亿吨亩头户")
DOCS = {  # doc -> (id letter, region names, one of which every question must contain)
    "e_county_2022.txt": ("e", ("肥西",)),
    "f_city_2023h1.docx": ("f", ("宜昌",)),
    "g_county_2021_fullwidth.txt": ("g", ("信丰", "信豐")),
    "h_park_2023_hant.txt": ("h", ("宝鸡", "寶雞")),
}
loaded = load_corpus(CORPUS); rows = load_rows(QS)
errors = []
check_ids(rows, errors)

full_run(QS, loaded, rows, DOCS, errors, lambda ev, v, unit, text: number_ok(ev, v, unit, text, T2S), "u2",
         [("full-width-digit messages (expected, see docstring)", written_as(FULLWIDTH_DIGIT.pattern, errors)),
          (TABLE_CELL, None)],
         counts=dict(doc_x_type=False), script=False, year=None, rank_unit=False)
