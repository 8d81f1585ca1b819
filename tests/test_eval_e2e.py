"""The real runner on a real index: 10 gold questions, and the CMRC 2018 mini fixture as an
open-retrieval benchmark. Slow: builds indexes and loads the embedding model."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval import EvalError, format_summary, load_gold, run_eval
from eval.metrics import score_question
from eval.squad import file_sha256

REPO = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).parent / "fixtures" / "cmrc2018_mini.json"
RUN_FILES = {"config.json", "predictions.jsonl", "metrics.json", "report.md", "accuracy_by_type.png",
             "latency.png"}

pytestmark = pytest.mark.slow


def _texts(index_dir: Path) -> dict[str, str]:
    from index.store import load_index

    return {d: doc.text for d, doc in load_index(index_dir).documents.items()}


def _check_run(run, n: int) -> list[dict]:
    assert {p.name for p in run.run_dir.iterdir()} >= RUN_FILES
    assert all(p.exists() for p in run.paths.values())
    records = [json.loads(line) for line in run.paths["predictions"].read_text(encoding="utf-8").splitlines()]
    assert len(records) == run.n == n == run.metrics["overall"]["n"]
    assert json.loads(run.paths["metrics"].read_text(encoding="utf-8")) == run.metrics
    errors = [f"{r['id']}: {r['error']}" for r in records if "error" in r]
    assert run.metrics["errors"] == len(errors) == 0, "ask() raised: " + "; ".join(errors)
    o = run.metrics["overall"]
    # Hard invariants of the answer contract: every quote is the source span, every stated number
    # is inside its quote.
    assert o["citation_integrity"] in (None, 1.0)
    assert o["number_in_quote"] in (None, 1.0)
    assert o["latency_ms"]["n"] == n and o["latency_ms"]["p50"] > 0
    for name in ("dense", "bm25"):
        assert set(run.metrics["baselines"][name]) >= {"recall@1", "recall@5", "mrr", "answer_in_top_passage"}
    summary = format_summary(run)
    assert "answer accuracy" in summary and str(run.run_dir) in summary
    return records


def test_gold_dev_subset_end_to_end(tmp_path):
    gold_dev = REPO / "eval" / "datasets" / "gold_dev.jsonl"
    if not gold_dev.exists():
        pytest.skip("gold_dev.jsonl not written yet")
    index_dir = tmp_path / "index"
    run = run_eval("dev", index_dir=index_dir, out_dir=tmp_path / "runs", limit=10, progress=False)
    records = _check_run(run, 10)
    assert run.run_dir.parent == tmp_path / "runs" and run.run_dir.name.endswith("-dev")
    cfg = run.config
    assert cfg["dataset"]["files"][0]["sha256"] == file_sha256(gold_dev)
    assert cfg["index"]["model"] == cfg["model"] and cfg["top_k"] == 5
    assert "## Failures" in run.paths["report"].read_text(encoding="utf-8")

    # The stored scores are exactly what the pure metrics give for the stored answers.
    gold = {g.id: g for g in load_gold(gold_dev)}
    texts = _texts(index_dir)
    for rec in records:
        again = score_question(gold[rec["id"]], rec["answer"], texts).to_dict()
        assert {k: v for k, v in again.items() if k != "cause"} == \
               {k: v for k, v in rec["scores"].items() if k != "cause"}


def test_squad_fixture_end_to_end_reuses_its_index(tmp_path):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    kw = dict(index_dir=index_dir, out_dir=tmp_path / "runs", progress=False, corpus_dir=corpus)
    run = run_eval(FIXTURE, **kw)
    _check_run(run, 15)
    assert len(list(corpus.glob("*.txt"))) == 15  # every paragraph is a document, pooled
    assert run.metrics["subset"] == {"paragraphs": 15, "questions": 55, "numeric": 15, "dropped_answers": 1}
    assert "EM 65.5" in run.metrics["anchor"]["text"]
    report = run.paths["report"].read_text(encoding="utf-8")
    assert "## Numeric subset" in report and "Published anchor" in report
    # 15 paragraphs that each name their subject: the evidence paragraph is retrieved for most.
    assert run.metrics["overall"]["retrieval"]["recall@5"] >= 0.5

    again = run_eval(FIXTURE, limit=3, **kw)
    assert again.config["build"]["embedded"] == 0  # unchanged corpus: vectors reused
    assert again.n == 3 and again.run_dir != run.run_dir

    # Another dataset pointed at this index would silently replace its corpus: refused.
    raw = json.loads(FIXTURE.read_text(encoding="utf-8"))
    raw["data"] = raw["data"][:5]
    smaller = tmp_path / "smaller.json"
    smaller.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(EvalError, match=r"holds another corpus \(e.g. DEV_\d+\.txt\)"):
        run_eval(smaller, index_dir=index_dir, out_dir=tmp_path / "runs", progress=False,
                 corpus_dir=tmp_path / "corpus2")
