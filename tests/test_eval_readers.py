"""Gold JSONL and SQuAD readers, the numeric rule, the benchmark corpus writer, dataset names."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.gold import GoldError, load_gold, validate_gold
from eval.runner import EvalError, resolve_dataset
from eval.squad import (
    SquadError,
    asks_quantity,
    compare_with_reference,
    numeric_kind,
    numeric_subset,
    read_squad,
    write_corpus,
)

FIXTURE = Path(__file__).parent / "fixtures" / "cmrc2018_mini.json"
REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "benchmarks" / "cmrc2018"
# The fixture's numeric subset, checked by hand against the questions (and equal to the shared
# numeric_dev.jsonl rows of these paragraphs that have question_asks_number).
MINI_NUMERIC = [
    "DEV_2_QUERY_0", "DEV_2_QUERY_2", "DEV_3_QUERY_1", "DEV_5_QUERY_2", "DEV_6_QUERY_3", "DEV_12_QUERY_2",
    "DEV_14_QUERY_1", "DEV_14_QUERY_2", "DEV_17_QUERY_2", "DEV_18_QUERY_2", "DEV_18_QUERY_4",
    "DEV_25_QUERY_3", "DEV_27_QUERY_1", "DEV_27_QUERY_2", "DEV_29_QUERY_3",
]

DOC = "我区在全省90个县(市、区)经济竞争力中排名第四,新增国家重点扶持高新技术企业92家,实现销售产值129.63亿元。"
LINE = {"id": "q1", "question": "新增高企多少家?", "answer": "92家", "value": 92, "unit": "家", "doc": "a.txt",
        "evidence": "新增国家重点扶持高新技术企业92家", "type": "count", "lang": "zh-Hans", "tags": ["formal"]}


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                            for r in rows), encoding="utf-8")
    return path


# --- gold JSONL -----------------------------------------------------------------------------

def test_load_gold_reads_items(tmp_path):
    rows = [LINE, {**LINE, "id": "q2", "type": "multi", "value": [92, 129.63], "unit": ["家", "亿元"]},
            {**LINE, "id": "q3", "type": "unanswerable", "value": None, "unit": None, "doc": None,
             "evidence": None, "answer": ""}]
    items = load_gold(write_jsonl(tmp_path / "g.jsonl", rows))
    assert [i.id for i in items] == ["q1", "q2", "q3"]
    assert items[0].quantities() == [(92.0, "家")]
    assert items[1].quantities() == [(92.0, "家"), (129.63, "亿元")]
    assert items[2].answerable is False and items[0].where.endswith("g.jsonl:1")


@pytest.mark.parametrize("row, message", [
    ("{not json", "g.jsonl:2: invalid JSON"),
    ({k: v for k, v in LINE.items() if k != "evidence"}, "g.jsonl:2: missing key(s) evidence"),
    ({**LINE, "id": "q9", "type": "amount"}, "g.jsonl:2: type 'amount' is not one of"),
    ({**LINE, "id": "q9", "lang": "en"}, "g.jsonl:2: lang 'en' is not one of"),
    ({**LINE, "id": "q9", "value": "92"}, "g.jsonl:2: value must be a number"),
    ({**LINE, "id": "q9", "unit": ["家"]}, "g.jsonl:2: a unit list needs a value list"),
    ({**LINE, "id": "q9", "value": None}, "g.jsonl:2: a count question needs a value"),
    ({**LINE, "id": "q9", "doc": None}, "g.jsonl:2: a count question needs doc and evidence"),
    ({**LINE, "id": "q9", "type": "unanswerable"}, "g.jsonl:2: an unanswerable question has value null"),
    (LINE, "g.jsonl:2: duplicate id 'q1' (first at"),
])
def test_load_gold_errors_cite_file_and_line(tmp_path, row, message):
    path = write_jsonl(tmp_path / "g.jsonl", [LINE, row])
    with pytest.raises(GoldError, match=None) as e:
        load_gold(path)
    assert message in str(e.value) and "\n" not in str(e.value)


def test_load_gold_ids_unique_across_files(tmp_path):
    a = write_jsonl(tmp_path / "dev.jsonl", [LINE])
    b = write_jsonl(tmp_path / "test.jsonl", [LINE])
    with pytest.raises(GoldError, match=r"test.jsonl:1: duplicate id 'q1' \(first at .*dev.jsonl:1\)"):
        load_gold([a, b])
    with pytest.raises(GoldError, match="gold file not found"):
        load_gold(tmp_path / "nope.jsonl")


def test_validate_gold_against_corpus_text(tmp_path):
    rows = [
        LINE,
        {**LINE, "id": "rank", "type": "rank", "value": 4, "unit": "", "evidence": "经济竞争力中排名第四"},
        {**LINE, "id": "money", "type": "money", "value": 1.2963e10, "unit": "元", "evidence": "实现销售产值129.63亿元"},
        {**LINE, "id": "notverbatim", "evidence": "新增国家重点扶持高新技术企业 92家"},
        {**LINE, "id": "novalue", "value": 93},
        {**LINE, "id": "nodoc", "doc": "b.txt"},
    ]
    items = load_gold(write_jsonl(tmp_path / "g.jsonl", rows))
    problems = validate_gold(items, {"a.txt": DOC})
    assert problems == [
        f"{tmp_path / 'g.jsonl'}:4: evidence is not a verbatim substring of a.txt",
        f"{tmp_path / 'g.jsonl'}:5: value 93家 is not written in its evidence",
        f"{tmp_path / 'g.jsonl'}:6: doc 'b.txt' is not in the corpus",
    ]


@pytest.mark.parametrize("split", ["dev", "test"])
def test_project_gold_sets_validate_against_the_corpus(split):
    """The committed gold sets read and validate against the corpus source text."""
    from index.loaders import load_report

    path = REPO / "eval" / "datasets" / f"gold_{split}.jsonl"
    if not path.exists():
        pytest.skip(f"{path.name} not written yet")
    items = load_gold(path)
    texts = {p.name: load_report(p).text for p in (REPO / "corpus").iterdir() if p.is_file()}
    assert validate_gold(items, texts) == []


# --- SQuAD ----------------------------------------------------------------------------------

def test_read_squad_fixture():
    ds = read_squad(FIXTURE)
    assert (ds.name, len(ds.paragraphs), len(ds.questions)) == ("cmrc2018_mini", 15, 55)
    assert ds.paragraphs[1].filename == "DEV_2.txt"
    assert ds.dropped_answers == ["DEV_10_QUERY_2: 39764.0"]  # an Excel date serial, not in the context
    for q in ds.questions:
        ctx = ds.paragraph(q.pid).context
        assert q.spans and all(ctx[a:b] in q.answers for a, b in q.spans)


def test_numeric_subset_of_fixture():
    items = numeric_subset(read_squad(FIXTURE))
    assert [i.id for i in items] == MINI_NUMERIC
    first = items[0]
    assert (first.answer, first.doc, first.match, first.lang) == ("364.6公里", "DEV_2.txt", "text", "zh-Hans")
    assert (first.value, first.unit, first.spans) == (364.6, "公里", ((60, 67),))
    by_id = {i.id: i for i in items}
    assert by_id["DEV_3_QUERY_1"].type == "money" and by_id["DEV_3_QUERY_1"].value == pytest.approx(1.142e9)
    assert by_id["DEV_2_QUERY_2"].type == "date"
    assert by_id["DEV_27_QUERY_2"].tags == ("numeric_kind:chinese",)


def test_traditional_squad_file(tmp_path):
    """A DRCD-like traditional file selects the same questions and is tagged zh-Hant."""
    from opencc import OpenCC

    s2t = OpenCC("s2t")
    raw = json.loads(FIXTURE.read_text(encoding="utf-8"))
    for art in raw["data"]:
        for p in art["paragraphs"]:
            p["context"] = s2t.convert(p["context"])  # same length: offsets stay valid
            for qa in p["qas"]:
                qa["question"] = s2t.convert(qa["question"])
                for a in qa["answers"]:
                    a["text"] = s2t.convert(a["text"])
    path = tmp_path / "drcd_like.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    items = numeric_subset(read_squad(path))
    assert [i.id for i in items] == MINI_NUMERIC
    assert {i.lang for i in items} == {"zh-Hant"}


def test_original_cmrc_list_format(tmp_path):
    raw = json.loads(FIXTURE.read_text(encoding="utf-8"))
    rows = [{"context_id": p["id"], "title": art["title"], "context_text": p["context"],
             "qas": [{"query_id": q["id"], "query_text": q["question"], "answers": [a["text"] for a in q["answers"]]}
                     for q in p["qas"]]}
            for art in raw["data"] for p in art["paragraphs"]]
    path = tmp_path / "orig.json"
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    assert [i.id for i in numeric_subset(read_squad(path))] == MINI_NUMERIC


def test_read_squad_errors(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"foo": 1}', encoding="utf-8")
    with pytest.raises(SquadError, match="neither SQuAD"):
        read_squad(bad)
    with pytest.raises(SquadError, match="file not found"):
        read_squad(tmp_path / "missing.json")


@pytest.mark.parametrize("answer, kind", [
    ("364.6公里", "arabic"), ("１９９８年", "arabic"), ("四百六十七万六千余", "chinese"), ("三十", "chinese"),
    ("第四", "chinese"), ("五位", "chinese"), ("三辑", "chinese"), ("一年", "chinese"),
    ("一个内陆国家的首都", None), ("统一", None), ("光荣和ω-force", None), ("世界之一", None),
    ("第一汽车集团有限公司的主营业务是乘用车和商用车的研发", None),  # too long to be a numeric fact
])
def test_numeric_kind(answer, kind):
    assert numeric_kind(answer) == kind


@pytest.mark.parametrize("question, asks", [
    ("广茂铁路全长多少公里？", True), ("广三铁路在哪年建成？", True), ("他是第几位总统？", True),
    ("莱索托有幾個國際機場？", True), ("何时开通？", True), ("他几乎做了什么？", False),
    ("邹游的职业是什么？", False),
])
def test_asks_quantity(question, asks):
    assert asks_quantity(question) is asks


def test_write_corpus_is_incremental_and_guards_foreign_files(tmp_path):
    ds = read_squad(FIXTURE)
    corpus = tmp_path / "corpus"
    assert write_corpus(ds, corpus) == 15
    assert (corpus / "DEV_2.txt").read_text(encoding="utf-8") == ds.paragraph("DEV_2").context
    assert write_corpus(ds, corpus) == 0  # unchanged files are not rewritten
    ds.paragraphs.pop()  # a paragraph leaves the set: its file is removed
    write_corpus(ds, corpus)
    assert not (corpus / "DEV_29.txt").exists() and len(list(corpus.glob("*.txt"))) == 14
    (corpus / "report.txt").write_text("x", encoding="utf-8")
    with pytest.raises(SquadError, match="holds files the SQuAD reader did not write"):
        write_corpus(ds, corpus)


@pytest.mark.skipif(not (SHARED / "numeric_dev.jsonl").exists(), reason="shared CMRC 2018 not present")
def test_cmrc2018_dev_subset_against_shared_reference():
    items = numeric_subset(read_squad(SHARED / "squad-style-data" / "cmrc2018_dev.json"))
    cmp = compare_with_reference(items, SHARED / "numeric_dev.jsonl")
    # Our rule = numeric answer AND quantity question; the reference's high-precision subset
    # (question_asks_number, 550) is contained in ours.
    assert cmp["reference_all"] == 695 and cmp["reference_asks_number"] == 550
    assert cmp["in_both_asks_number"] == 550
    assert cmp["ours"] == 554 and cmp["ours_only"] == 3


# --- dataset names --------------------------------------------------------------------------

def test_resolve_dataset_names(tmp_path, monkeypatch):
    gold = tmp_path / "mine.jsonl"
    gold.write_text("", encoding="utf-8")
    assert resolve_dataset(gold).kind == "gold" and resolve_dataset(gold).name == "mine"
    assert resolve_dataset(FIXTURE).kind == "squad"
    with pytest.raises(EvalError, match="unknown dataset 'nope'"):
        resolve_dataset("nope")
    monkeypatch.setenv("RAG_BENCHMARKS_DIR", str(tmp_path))
    with pytest.raises(EvalError, match="built-in dataset 'cmrc2018' needs .*cmrc2018_dev.json"):
        resolve_dataset("cmrc2018")
    if (REPO / "eval" / "datasets" / "gold_dev.jsonl").exists():
        spec = resolve_dataset("gold")
        assert [p.name for p in spec.paths] == ["gold_dev.jsonl", "gold_test.jsonl"]
    unseen = resolve_dataset("unseen")
    assert unseen.corpus.name == "corpus" and unseen.corpus.parent.name == "unseen"
    assert unseen.index.name == "unseen-index"


def test_every_unseen_set_in_the_repo_is_a_built_in_dataset_and_the_app_knows_the_seed_sets():
    from eval.runner import SEED_SETS, known_datasets
    from ui.handlers import SEED_SETS as APP_SEED_SETS

    own = sorted(p.name for p in (REPO / "eval" / "datasets").glob("unseen*") if (p / "questions.jsonl").is_file())
    assert set(own) <= set(known_datasets())
    assert resolve_dataset("unseen6").index.name == "unseen6-index"
    assert resolve_dataset("dev5").paths[0].name == "questions.jsonl"
    assert tuple(SEED_SETS) == APP_SEED_SETS
    with pytest.raises(EvalError, match="unseen6"):
        resolve_dataset("unseen99999")  # no such set: the message lists those there are
