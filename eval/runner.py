"""Run an evaluation end to end: resolve the dataset, build or reuse its index, ask every question,
score it, run the retrieval baselines, and write a run folder (config, predictions, metrics,
report, plots).
"""
from __future__ import annotations

import os
import platform
import re
import subprocess
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from eval.gold import GoldError, GoldItem, load_gold, validate_gold
from eval.metrics import ERROR, RECALL_KS, QuestionScore, aggregate, baseline_metrics, score_question
from eval.squad import compare_with_reference, file_sha256, numeric_subset, read_squad, write_corpus

REPO = Path(__file__).resolve().parents[1]
DATASETS_DIR = Path(__file__).resolve().parent / "datasets"
BASELINE_DEPTH = 10  # passages the baselines retrieve (at least top_k): enough for recall@10

# Published anchors, shown beside SQuAD scores: a fine-tuned BERT-base *reader* given the gold
# paragraph (Cui et al. 2019, CMRC 2018 paper, Table; DRCD reported in the same work).
ANCHORS = {
    "cmrc2018": "BERT-base reader given the gold paragraph: EM 65.5 on CMRC 2018 dev (all questions)",
    "drcd": "BERT-base reader given the gold paragraph: EM 83.1 on DRCD dev (all questions)",
}
ANCHOR_CAVEAT = ("not comparable 1:1: ours is open retrieval over the pooled paragraphs, scores only "
                 "the numeric subset, and answers with extracted facts rather than free spans")


class EvalError(Exception):
    """The evaluation cannot run; the message is one line."""


@dataclass(frozen=True)
class DatasetSpec:
    """What a dataset argument resolved to."""

    name: str  # used in the run folder name and the cache path
    kind: str  # "gold" (our JSONL) | "squad"
    paths: tuple[Path, ...]
    reference: Path | None = None  # a reference numeric subset to compare our selection with
    corpus: Path | None = None  # a gold set over reports of its own (default: corpus/)
    index: Path | None = None  # and the index it builds of them (default: .rag/index)


def shared_benchmarks_dir() -> Path:
    """``$RAG_BENCHMARKS_DIR``, else ``shared/benchmarks`` beside the repository."""
    env = os.environ.get("RAG_BENCHMARKS_DIR")
    return Path(env) if env else REPO.parent / "shared" / "benchmarks"


def cache_dir() -> Path:
    """The project cache (``$RAG_CACHE_DIR``, else ``~/.cache/baogao-wenda``), shared with the
    embedding models: benchmark indexes outlive a fresh work tree."""
    from index.embedding import cache_dir as project_cache

    return project_cache()


# Gold sets over the seed reports in corpus/: name -> file(s) under eval/datasets/.
SEED_SETS: dict[str, tuple[str, ...]] = {
    "dev": ("gold_dev.jsonl",), "test": ("gold_test.jsonl",), "gold": ("gold_dev.jsonl", "gold_test.jsonl"),
    "dev2": ("gold_dev2.jsonl",), "dev3": ("gold_dev3.jsonl",), "dev5": ("dev5/questions.jsonl",),
}
_OWN_CORPUS_SET = re.compile(r"unseen\d*")  # eval/datasets/<name>/: questions.jsonl over corpus/ of its own


def known_datasets() -> list[str]:
    """The built-in dataset names, for help and error messages."""
    own = sorted((p.name for p in DATASETS_DIR.iterdir() if p.is_dir() and _OWN_CORPUS_SET.fullmatch(p.name)),
                 key=lambda n: int(n[6:] or 1)) if DATASETS_DIR.is_dir() else []
    return [*SEED_SETS, *own, "cmrc2018", "cmrc2018-trial"]


def resolve_dataset(dataset: str | Path) -> DatasetSpec:
    """A built-in name (``known_datasets()``: dev, test, gold = dev+test, dev2, dev3, dev5, the
    ``unseen*`` sets with reports of their own, cmrc2018, cmrc2018-trial) or a path to a gold
    ``.jsonl`` or a SQuAD ``.json``. Raises EvalError naming what is missing."""
    name = str(dataset)
    if _OWN_CORPUS_SET.fullmatch(name) and (DATASETS_DIR / name).is_dir():  # indexed apart
        root = DATASETS_DIR / name
        path = root / "questions.jsonl"
        if not path.is_file():
            raise EvalError(f"gold set {name!r} needs {path}, which does not exist")
        return DatasetSpec(name, "gold", (path,), corpus=root / "corpus", index=REPO / ".rag" / f"{name}-index")
    if name in SEED_SETS:
        paths = tuple(DATASETS_DIR / f for f in SEED_SETS[name])
        for p in paths:
            if not p.is_file():
                raise EvalError(f"gold set {name!r} needs {p}, which does not exist")
        return DatasetSpec(name, "gold", paths)
    if name in ("cmrc2018", "cmrc2018-trial"):
        root = shared_benchmarks_dir() / "cmrc2018"
        split = "trial" if name.endswith("trial") else "dev"
        path = root / "squad-style-data" / f"cmrc2018_{split}.json"
        if not path.is_file():
            raise EvalError(f"built-in dataset {name!r} needs {path} (set RAG_BENCHMARKS_DIR to the "
                            f"folder holding cmrc2018/); it is not there")
        ref = root / f"numeric_{split}.jsonl"
        return DatasetSpec(name, "squad", (path,), ref if ref.is_file() else None)
    path = Path(dataset)
    if not path.is_file():
        raise EvalError(f"unknown dataset {name!r}: use {', '.join(known_datasets())}, "
                        f"or a path to a .jsonl gold file or a SQuAD .json file")
    if path.suffix == ".jsonl":
        return DatasetSpec(path.stem, "gold", (path,))
    if path.suffix == ".json":
        return DatasetSpec(path.stem, "squad", (path,))
    raise EvalError(f"{path}: expected a .jsonl gold file or a SQuAD .json file")


@dataclass
class EvalRun:
    """A finished run: where it was written and what it measured."""

    dataset: str
    run_dir: Path
    metrics: dict[str, Any]
    config: dict[str, Any]
    n: int  # questions asked
    paths: dict[str, Path] = field(default_factory=dict)  # config, predictions, metrics, report, plots


def _git_state() -> dict[str, Any] | None:
    try:
        commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "HEAD"], capture_output=True,
                                text=True, timeout=10, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain"], capture_output=True,
                               text=True, timeout=10, check=True).stdout.strip() != ""
    except (OSError, subprocess.SubprocessError):
        return None
    return {"commit": commit, "dirty": dirty}


def _run_dir(out_dir: Path, name: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name)
    run_dir = out_dir / f"{stamp}-{safe}"
    n = 2
    while run_dir.exists():  # two runs in the same second
        run_dir = out_dir / f"{stamp}-{safe}-{n}"
        n += 1
    run_dir.mkdir(parents=True)
    return run_dir


def _prepare(spec: DatasetSpec, index_dir: Path | None, corpus_dir: Path | None):
    """Questions, corpus folder, index folder and dataset facts for one spec."""
    info: dict[str, Any] = {}
    if spec.kind == "gold":
        items = load_gold(spec.paths)
        corpus = Path(corpus_dir) if corpus_dir else spec.corpus or REPO / "corpus"
        index = Path(index_dir) if index_dir else spec.index or REPO / ".rag" / "index"
        return items, corpus, index, info
    ds = read_squad(spec.paths[0], spec.name)
    items = numeric_subset(ds)
    if not items:
        raise EvalError(f"{spec.paths[0]}: no question passes the numeric rule")
    base = cache_dir() / "benchmarks" / spec.name
    corpus = Path(corpus_dir) if corpus_dir else base / "corpus"
    index = Path(index_dir) if index_dir else base / "index"
    if index_dir is not None:  # the cache index is ours; a given one may hold anything
        _guard_foreign_index(index, {p.filename for p in ds.paragraphs})
    info["rewritten_paragraphs"] = write_corpus(ds, corpus)
    info["subset"] = {
        "paragraphs": len(ds.paragraphs), "questions": len(ds.questions), "numeric": len(items),
        "dropped_answers": len(ds.dropped_answers),
    }
    if spec.reference is not None:
        info["subset"]["reference"] = compare_with_reference(items, spec.reference)
    return items, corpus, index, info


def _guard_foreign_index(index_dir: Path, files: set[str]) -> None:
    """Refuse to rebuild an index that holds another corpus (e.g. the project's reports) with
    benchmark paragraphs: the incremental build would silently replace it."""
    from index.store import read_manifest

    manifest = read_manifest(index_dir)
    if manifest is None:
        return
    foreign = sorted(set(manifest.files) - files)
    if foreign:
        raise EvalError(f"index {index_dir} holds another corpus (e.g. {foreign[0]}); give the benchmark "
                        f"its own --index, or omit --index/--corpus to use the cache")


def _anchor(spec: DatasetSpec) -> dict[str, str] | None:
    """The published reader score to print beside a SQuAD result (both when the set is unknown)."""
    if spec.kind != "squad":
        return None
    name = spec.name.lower()
    text = (ANCHORS["cmrc2018"] if "cmrc" in name else ANCHORS["drcd"] if "drcd" in name
            else ANCHORS["cmrc2018"] + "; " + ANCHORS["drcd"])
    return {"text": text, "caveat": ANCHOR_CAVEAT}


def _chunk_passages(index: Any, hits: list[Any]) -> list[dict[str, Any]]:
    out = []
    for h in hits:
        c = index.chunks[h.chunk_id]
        out.append({"doc": c.doc_id, "start": c.start, "end": c.end, "score": float(h.score)})
    return out


def _failed_answer(item: GoldItem) -> dict[str, Any]:
    """The answer recorded when ask() raised: empty and *not* abstaining, so an error never earns
    credit (not even on an unanswerable question)."""
    return {"id": item.id, "question": item.question, "answer": "", "abstained": False, "facts": [],
            "citations": [], "passages": [], "timings_ms": {}, "reason": None}


def run_eval(
    dataset: str | Path,
    index_dir: Path | None,
    out_dir: Path,
    top_k: int = 5,
    limit: int | None = None,
    progress: bool = True,
    corpus_dir: Path | None = None,
) -> EvalRun:
    """Evaluate the assistant on a dataset and write ``out_dir/<timestamp>-<dataset>/``.

    Gold sets use ``corpus/`` and ``.rag/index`` unless given; SQuAD sets write their paragraphs
    and index under ``<cache>/benchmarks/<name>/``. The index is (incrementally) built first.
    """
    from index.build import BuildError, build_index
    from index.store import IndexStoreError, read_manifest
    from rag.assistant import Assistant
    from rag.errors import RagError
    from rag.question import QuestionError
    from tqdm import tqdm

    from eval.report import write_outputs

    if top_k < 1:
        raise EvalError(f"top_k must be at least 1, not {top_k}")
    if limit is not None and limit < 1:
        raise EvalError(f"limit must be at least 1, not {limit}")
    spec = resolve_dataset(dataset)
    try:
        items, corpus, index_path, info = _prepare(spec, index_dir, corpus_dir)
    except (GoldError, ValueError) as e:
        raise EvalError(str(e)) from None

    try:
        summary = build_index(corpus, index_path, progress=progress)
        assistant = Assistant.load(index_path)
    except (BuildError, IndexStoreError, RagError) as e:
        raise EvalError(f"index {index_path}: {e}") from None
    texts = {doc_id: d.text for doc_id, d in assistant.index.documents.items()}

    if spec.kind == "gold":
        problems = validate_gold(items, texts)
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise EvalError(problems[0] + more)
    if limit is not None:
        items = items[:limit]

    records: list[dict[str, Any]] = []
    scores: list[QuestionScore] = []
    depth = max(BASELINE_DEPTH, top_k)
    dense_ranked: list[list[dict[str, Any]]] = []
    bm25_ranked: list[list[dict[str, Any]]] = []
    t0 = time.perf_counter()
    bar = tqdm(items, desc=f"eval {spec.name}", unit="q", disable=not progress)
    for item in bar:
        try:
            pred = assistant.ask(item.question, top_k=top_k, id=item.id).to_dict()
            error = None
        except (RagError, QuestionError) as e:
            pred, error = _failed_answer(item), str(e)
        except Exception as e:  # noqa: BLE001 - one crashing question must not lose the run
            # A bug in the query layer: recorded (type and message), counted in the summary, and
            # scored as an empty answer; the traceback is reproducible with `rag ask`.
            pred, error = _failed_answer(item), f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
        score = score_question(item, pred, texts)
        if error is not None:
            # No passages came back: keep the question out of retrieval metrics rather than
            # count a crash as a retrieval miss; it is counted under `errors` instead.
            score.cause, score.retrieval, score.evidence_in_top = ERROR, False, None
        scores.append(score)
        dense_ranked.append(_chunk_passages(assistant.index,
                                            assistant.retriever.search_dense(item.question, depth)))
        bm25_ranked.append(_chunk_passages(assistant.index,
                                           assistant.retriever.search_bm25(item.question, depth)))
        records.append({"id": item.id, "gold": item.to_dict(), "answer": pred,
                        "scores": score.to_dict(), **({"error": error} if error else {})})
        if progress:
            done = [s.answer_correct for s in scores]
            bar.set_postfix(acc=f"{sum(done) / len(done):.0%}")
    elapsed = time.perf_counter() - t0

    metrics = aggregate(scores, depth=top_k)
    metrics["errors"] = sum(1 for s in scores if s.cause == ERROR)
    metrics["baselines"] = {
        "system": {**metrics["overall"]["retrieval"],
                   "answer_in_top_passage": metrics["overall"]["answer_in_top_passage"]},
        # MRR cut at top_k like the system's, so the three MRRs compare like for like.
        "dense": baseline_metrics(items, dense_ranked, texts, depth, mrr_at=top_k),
        "bm25": baseline_metrics(items, bm25_ranked, texts, depth, mrr_at=top_k),
    }
    metrics["seconds"] = round(elapsed, 3)
    if "subset" in info:
        metrics["subset"] = info["subset"]
    if (anchor := _anchor(spec)) is not None:
        metrics["anchor"] = anchor

    manifest = read_manifest(index_path)
    config = {
        "dataset": {
            "name": spec.name, "kind": spec.kind, "argument": str(dataset),
            "files": [{"path": str(p.resolve()), "sha256": file_sha256(p)} for p in spec.paths],
            "questions": len(items), "limit": limit,
        },
        "corpus_dir": str(corpus.resolve()),
        "index_dir": str(index_path.resolve()),
        "index": asdict(manifest) if manifest else None,
        "model": manifest.model if manifest else None,
        "build": {k: v for k, v in asdict(summary).items() if k != "index_dir"},
        "top_k": top_k,
        "recall_ks": list(RECALL_KS),
        "baseline_depth": depth,
        "git": _git_state(),
        "python": platform.python_version(),
        "created": datetime.now().isoformat(timespec="seconds"),
    }
    run_dir = _run_dir(Path(out_dir), spec.name)
    run = EvalRun(spec.name, run_dir, metrics, config, len(items))
    run.paths = write_outputs(run, records)
    return run
