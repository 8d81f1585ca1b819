"""End to end over the real seed reports: build a real index, ask real questions, check values,
citation spans and abstentions; re-index after edits; interrupt a build."""
from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from index.build import build_index
from index.store import load_index, read_manifest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]


def _check_invariants(answer, documents) -> None:
    for c in answer.citations:
        assert c.quote == documents[c.doc].text[c.start : c.end]
    for f in answer.facts:
        cite = next(c for c in answer.citations if c.id == f.citation)
        assert f.text in cite.quote
        assert f"[{f.citation}]" in answer.answer
    if answer.facts:  # the first passage is the one the first number was read from
        cite = next(c for c in answer.citations if c.id == answer.facts[0].citation)
        at = cite.start + cite.quote.find(answer.facts[0].text)
        top = answer.passages[0]
        assert top.doc == cite.doc and top.start <= at < top.end


def test_the_first_passage_holds_the_number_even_when_its_sentence_starts_a_chunk_earlier(assistant):
    answer = assistant.ask("绍兴2016年搞的印染技术对接活动来了多少家企事业?")
    assert [f.value for f in answer.facts] == [200]
    _check_invariants(answer, assistant.index.documents)


@pytest.mark.parametrize(
    "question, value, unit, doc",
    [
        ("2016年西湖区新增国家重点扶持高新技术企业多少家?", 92, "家", "000_e7d658b82453ec00.txt"),
        ("2016年西湖区高新产业实现销售产值多少亿元?", 129.63, "亿元", "000_e7d658b82453ec00.txt"),
        ("西湖区2017年计划新增国家重点扶持高新技术企业多少家?", 50, "家", "000_e7d658b82453ec00.txt"),
        ("紹興2016年全社會研發經費是多少？", 113, "亿元", "001_7684d66659798cfa.txt"),
        ("绍兴2016年高新技术产业增加值同比增长多少?", 7.2, "%", "001_7684d66659798cfa.txt"),
        ("截至2017年上半年杭州未来科技城累计引进海外高层次人才多少名?", 1997, "名", "003_86766941260925c8.txt"),
    ],
)
def test_known_facts_are_answered_with_exact_citations(assistant, question, value, unit, doc):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.reason
    assert [(f.value, f.unit) for f in answer.facts][:1] == [(value, unit)] or any(
        f.value == value for f in answer.facts
    )
    assert answer.citations[0].doc == doc
    assert answer.passages and answer.passages[0].doc == doc
    _check_invariants(answer, assistant.index.documents)


def test_multi_number_question_returns_each_number(assistant):
    answer = assistant.ask("2016年绍兴高新技术产业投资、技术交易总额和科技型中小微企业数的增幅分别是多少?")
    assert not answer.abstained
    assert [f.value for f in answer.facts] == [25.7, 42.7, 86.0]
    _check_invariants(answer, assistant.index.documents)


def test_non_numeric_question_cites_the_sentence(assistant):
    answer = assistant.ask("西湖区哪家国家重点扶持高新技术企业在深交所正式上市?")
    assert not answer.abstained and answer.facts == []
    assert "集智机电" in answer.citations[0].quote
    _check_invariants(answer, assistant.index.documents)


def test_a_name_given_a_sentence_later_is_cited_with_its_sentence(assistant):
    answer = assistant.ask("2017年上半年温州筹建中的科技银行名称是什么?")
    assert not answer.abstained
    quote = answer.citations[0].quote
    assert quote.index("科技银行") < quote.index("科技支行")  # the sentence that introduces it runs on to the name
    assert "\n" not in answer.answer
    _check_invariants(answer, assistant.index.documents)


def test_a_speaker_line_answers_who_heads_the_bureau(assistant):
    # "金华市科技局局长 方洪海": the line is all the answer, a name and little else.
    answer = assistant.ask("2017年上半年金華市科技局局長是哪位?")
    assert not answer.abstained and "方洪海" in answer.citations[0].quote
    _check_invariants(answer, assistant.index.documents)


@pytest.mark.parametrize(
    "question",
    [
        "2016年杭州市新增国家高新技术企业多少家?",  # the report is 西湖区's, not the city's
        "2015年西湖区新增国家重点扶持高新技术企业多少家?",  # a year no report covers
        "2017年西湖区实际新增了多少家国家重点扶持高新技术企业?",  # only the plan exists
        "2016年宁波市新增高新技术企业多少家?",
    ],
)
def test_abstains_rather_than_answer_a_nearby_number(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained and answer.facts == [] and answer.answer == ""
    assert answer.reason
    assert answer.passages  # the closest passages are still shown


def test_answer_object_contract(assistant):
    d = assistant.ask("2016年西湖区新增国家重点扶持高新技术企业多少家?", id="q1").to_dict()
    assert list(d)[:3] == ["id", "question", "answer"]
    assert d["id"] == "q1"
    assert set(d) >= {"abstained", "facts", "citations", "passages", "timings_ms"}
    assert d["facts"][0] == {"value": 92, "unit": "家", "text": "92家", "citation": 1}
    assert set(d["timings_ms"]) == {"retrieve", "answer", "total"}
    json.dumps(d, ensure_ascii=False)


def test_every_fact_and_chunk_maps_back_to_its_source(corpus_index):
    index = load_index(corpus_index)
    for f in index.facts:
        text = index.documents[f.doc_id].text
        assert text[f.start : f.end] == f.text
        assert f.sentence_start <= f.start < f.end <= f.sentence_end
    for c in index.chunks:
        source = index.documents[c.doc_id].text[c.start : c.end]
        assert source and c.text[0] in source[:3] + c.text[0]  # starts where the source span starts


def test_counterfactual_numbers_follow_the_text(tmp_path, encoder, corpus_index):
    """Change a number in a report, re-index, and the answer changes with it."""
    from rag.assistant import Assistant

    corpus = tmp_path / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    report = corpus / "000_e7d658b82453ec00.txt"
    report.write_text(report.read_text(encoding="utf-8").replace("高新技术企业92家", "高新技术企业97家"), encoding="utf-8")
    index_dir = tmp_path / "index"
    shutil.copytree(corpus_index, index_dir)
    summary = build_index(corpus, index_dir, encoder=encoder)
    assert summary.changed == ["000_e7d658b82453ec00.txt"]
    assert 0 < summary.embedded < summary.chunks  # only the edited report's changed chunks
    answer = Assistant.load(index_dir, encoder=encoder).ask("2016年西湖区新增国家重点扶持高新技术企业多少家?")
    assert [f.value for f in answer.facts] == [97]
    assert "97家" in answer.citations[0].quote


def test_incremental_reindex_drops_deleted_and_reembeds_only_changed(tmp_path, encoder, corpus_index):
    corpus = tmp_path / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    index_dir = tmp_path / "index"
    shutil.copytree(corpus_index, index_dir)
    (corpus / "003_86766941260925c8.txt").unlink()
    edited = corpus / "001_7684d66659798cfa.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n补充说明:全年新增科技特派员88名。\n", encoding="utf-8")
    summary = build_index(corpus, index_dir, encoder=encoder)
    assert summary.removed == ["003_86766941260925c8.txt"]
    assert summary.changed == ["001_7684d66659798cfa.txt"]
    assert 0 < summary.embedded <= 3
    index = load_index(index_dir)
    assert "003_86766941260925c8.txt" not in index.documents
    assert all(c.doc_id != "003_86766941260925c8.txt" for c in index.chunks)
    assert any(f.value == 88 and f.unit == "名" for f in index.facts)
    # Unchanged corpus: nothing to embed.
    assert build_index(corpus, index_dir, encoder=encoder).embedded == 0


def test_unreadable_file_is_reported_and_the_rest_indexed(tmp_path, encoder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(REPO / "corpus" / "000_e7d658b82453ec00.txt", corpus)
    (corpus / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (corpus / "empty.txt").write_bytes(b"")
    summary = build_index(corpus, tmp_path / "index", encoder=encoder)
    assert summary.reports == 1
    assert len(summary.errors) == 2 and all("\n" not in e for e in summary.errors)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_interrupted_build_leaves_the_previous_index_in_service(tmp_path, corpus_index, signum):
    """Ctrl-C or SIGTERM during `rag index` (a real process, a real signal) changes nothing readers see."""
    corpus = tmp_path / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    for f in corpus.glob("*.txt"):  # every report changed: a long re-embedding to interrupt
        f.write_text(f.read_text(encoding="utf-8") + "\n附:本报告已修订。\n", encoding="utf-8")
    index_dir = tmp_path / "index"
    shutil.copytree(corpus_index, index_dir)
    before = read_manifest(index_dir)
    rag = Path(sys.executable).parent / "rag"
    # A shell without job control starts background jobs with SIGINT ignored, and a child inherits
    # that; give the build the default disposition a terminal's Ctrl-C would meet.
    proc = subprocess.Popen([str(rag), "index", "--corpus", str(corpus), "--index", str(index_dir)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(6)
    assert proc.poll() is None, "the build finished before it could be interrupted"
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 1 and b"interrupted" in err
    after = read_manifest(index_dir)
    assert after.generation == before.generation and after.files == before.files
    index = load_index(index_dir)  # still loads, still the old content
    assert len(index.chunks) == before.counts["chunks"]
    assert not list(index_dir.glob(".gen-*.tmp"))


def test_cli_ask_json_and_errors(corpus_index):
    rag = Path(sys.executable).parent / "rag"
    out = subprocess.run([str(rag), "ask", "--json", "--index", str(corpus_index), "2016年西湖区新增国家重点扶持高新技术企业多少家?"],
                         capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["facts"][0]["value"] == 92
    for bad in ["", "x" * 100_000, "How many?"]:
        res = subprocess.run([str(rag), "ask", "--index", str(corpus_index), bad], capture_output=True, text=True)
        assert res.returncode == 1 and res.stderr.startswith("error: ") and "Traceback" not in res.stderr
        assert len(res.stderr.strip().splitlines()) == 1
    res = subprocess.run([str(rag), "ask", "--index", "/nonexistent/index", "问题多少?"], capture_output=True, text=True)
    assert res.returncode == 1 and "rag index" in res.stderr and "Traceback" not in res.stderr
    lines = '{"id": 1, "question": "2016年西湖区新增国家重点扶持高新技术企业多少家?"}\n{"id": 2, "question": ""}\n'
    res = subprocess.run([str(rag), "ask", "--jsonl", "-", "--index", str(corpus_index)], input=lines,
                         capture_output=True, text=True, check=True)
    rows = [json.loads(l) for l in res.stdout.splitlines()]
    assert [r["id"] for r in rows] == [1, 2] and rows[0]["facts"][0]["value"] == 92 and rows[1]["abstained"]


def test_stale_or_corrupt_index_gives_one_line(tmp_path, corpus_index):
    from rag.assistant import Assistant
    from rag.errors import RagError

    index_dir = tmp_path / "index"
    shutil.copytree(corpus_index, index_dir)
    gen = index_dir / (index_dir / "CURRENT").read_text().strip()
    manifest = json.loads((gen / "manifest.json").read_text())
    manifest["format_version"] = 0
    (gen / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(RagError, match="re-index"):
        Assistant.load(index_dir)
    manifest["format_version"] = 1
    (gen / "manifest.json").write_text(json.dumps(manifest))
    (gen / "facts.jsonl").write_text("{not json")
    with pytest.raises(RagError, match="rag index"):
        Assistant.load(index_dir)


def test_a_stop_asked_before_publishing_leaves_the_previous_index(tmp_path, corpus_index, encoder):
    """A stop signal some library swallowed is still honoured: the build publishes nothing."""
    corpus = tmp_path / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    index_dir = tmp_path / "index"
    shutil.copytree(corpus_index, index_dir)
    before = read_manifest(index_dir)
    with pytest.raises(KeyboardInterrupt):
        build_index(corpus, index_dir, encoder=encoder, stop=lambda: True)
    assert read_manifest(index_dir).generation == before.generation
    assert not list(index_dir.glob(".gen-*.tmp"))
