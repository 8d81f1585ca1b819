"""The on-disk index: generations swapped atomically behind a ``CURRENT`` pointer.

Layout::

    <index_dir>/CURRENT            name of the live generation (replaced with os.replace)
    <index_dir>/gen-<id>/          one complete index:
        manifest.json              format version, model, dimension, corpus file hashes, counts
        documents.jsonl            Document rows (source text, metadata, sections)
        chunks.jsonl, facts.jsonl  Chunk and Fact rows
        embeddings.npy             float32 (chunks, dim), L2-normalised, row i = chunk i
        dense.faiss                inner-product FAISS index over those rows
        bm25/                      bm25s index over index.lexical tokens

A build writes a new generation beside the live one and only then points CURRENT at it, so a
crash or Ctrl-C mid-build leaves the previous index in service, and readers never see a half index.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterator

import numpy as np

from index.schema import Chunk, Document, Fact, Section

FORMAT_VERSION = 1
CURRENT = "CURRENT"
_KEEP_OLD_GENERATIONS = 1  # a reader that read CURRENT just before a swap can still load


class IndexStoreError(Exception):
    """The index cannot be used; the message says what to do, on one line."""


class IndexNotFoundError(IndexStoreError):
    pass


class StaleIndexError(IndexStoreError):
    """Built by another format version or model: it must be rebuilt."""


class CorruptIndexError(IndexStoreError):
    pass


@dataclass
class Manifest:
    format_version: int
    model: str
    dim: int
    files: dict[str, str]  # doc_id → sha256 of the file bytes
    chunk_size: int
    chunk_overlap: int
    counts: dict[str, int] = field(default_factory=dict)
    created: float = field(default_factory=time.time)
    generation: str = ""


@dataclass
class IndexData:
    """A loaded index generation: tables, vectors and the two search structures."""

    path: Path
    manifest: Manifest
    documents: dict[str, Document]
    chunks: list[Chunk]
    facts: list[Fact]
    embeddings: np.ndarray
    bm25: Any  # index.lexical.LexicalIndex (scores a bm25s-built index with numpy)
    facts_by_chunk: dict[int, list[Fact]] = field(default_factory=dict)
    _dense: Any = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not self.facts_by_chunk:
            for f in self.facts:
                self.facts_by_chunk.setdefault(f.chunk_id, []).append(f)

    @property
    def dense(self):
        """The FAISS index (read on first use: importing faiss costs over a second of start-up)."""
        if self._dense is None:
            import faiss

            self._dense = faiss.read_index(str(self.path / "dense.faiss"))
        return self._dense


def current_generation(index_dir: Path) -> Path | None:
    """The live generation folder, or None when the index has never been built."""
    pointer = index_dir / CURRENT
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return index_dir / name


def read_manifest(index_dir: Path) -> Manifest | None:
    gen = current_generation(index_dir)
    if gen is None:
        return None
    try:
        return Manifest(**json.loads((gen / "manifest.json").read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def _write_jsonl(path: Path, rows: Iterator[dict] | list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False))
            f.write("\n")


def _read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _document_row(doc: Document) -> dict:
    row = asdict(doc)
    row["sections"] = [{"path": list(s.path), "start": s.start, "end": s.end} for s in doc.sections]
    return row


def _document_from_row(row: dict) -> Document:
    sections = [Section(tuple(s["path"]), s["start"], s["end"]) for s in row.pop("sections")]
    return Document(**row, sections=sections)


@contextlib.contextmanager
def build_lock(index_dir: Path) -> Iterator[None]:
    """One build at a time per index directory (a second one fails at once, clearly)."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise IndexStoreError(f"{index_dir}: another `rag index` is building this index; wait for it") from None
        yield


def write_generation(
    index_dir: Path,
    manifest: Manifest,
    documents: list[Document],
    chunks: list[Chunk],
    facts: list[Fact],
    embeddings: np.ndarray,
) -> Path:
    """Write a complete generation, then make it live atomically; returns its folder."""
    import bm25s
    import faiss

    from index.lexical import tokenize

    index_dir.mkdir(parents=True, exist_ok=True)
    gen_name = f"gen-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:6]}"
    tmp = index_dir / f".{gen_name}.tmp"
    tmp.mkdir()
    try:
        manifest.generation = gen_name
        (tmp / "manifest.json").write_text(json.dumps(asdict(manifest), ensure_ascii=False, indent=2), "utf-8")
        _write_jsonl(tmp / "documents.jsonl", (_document_row(d) for d in documents))
        _write_jsonl(tmp / "chunks.jsonl", (asdict(c) for c in chunks))
        _write_jsonl(tmp / "facts.jsonl", (asdict(f) for f in facts))
        np.save(tmp / "embeddings.npy", embeddings.astype(np.float32))
        dense = faiss.IndexFlatIP(embeddings.shape[1])
        dense.add(np.ascontiguousarray(embeddings, dtype=np.float32))
        faiss.write_index(dense, str(tmp / "dense.faiss"))
        bm25 = bm25s.BM25()
        titles = {d.doc_id: d for d in documents}
        bm25.index([tokenize(lexical_text(c, titles[c.doc_id])) for c in chunks], show_progress=False)
        bm25.save(str(tmp / "bm25"), show_progress=False)
        _fsync_tree(tmp)
        final = index_dir / gen_name
        os.replace(tmp, final)
        pointer_tmp = index_dir / f".{CURRENT}.{uuid.uuid4().hex[:6]}"
        pointer_tmp.write_text(gen_name + "\n", encoding="utf-8")
        os.replace(pointer_tmp, index_dir / CURRENT)
        _fsync_dir(index_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _drop_old_generations(index_dir, keep=gen_name)
    return final


def passage_header(doc: Document, chunk: Chunk) -> str:
    """What a chunk is about beyond its own words: report title, place, period, section."""
    parts = [doc.title or "", doc.region or "", doc.period or "", chunk.section or ""]
    return " | ".join(p for p in parts if p)


def lexical_text(chunk: Chunk, doc: Document) -> str:
    from index.cleaning import normalize_query

    return normalize_query(passage_header(doc, chunk)) + "\n" + chunk.text


def _fsync_tree(root: Path) -> None:
    for path in root.rglob("*"):
        if path.is_file():
            with open(path, "rb") as f:
                os.fsync(f.fileno())
    _fsync_dir(root)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _drop_old_generations(index_dir: Path, keep: str) -> None:
    gens = sorted((p for p in index_dir.glob("gen-*") if p.is_dir() and p.name != keep), key=lambda p: p.name)
    for old in gens[: max(0, len(gens) - _KEEP_OLD_GENERATIONS)]:
        shutil.rmtree(old, ignore_errors=True)
    for leftover in index_dir.glob(".gen-*.tmp"):  # from a build that was killed outright
        if time.time() - leftover.stat().st_mtime > 3600:
            shutil.rmtree(leftover, ignore_errors=True)


def load_index(index_dir: Path) -> IndexData:
    """Load the live generation; raises an IndexStoreError subclass that says to run `rag index`."""
    from index.lexical import LexicalIndex

    gen = current_generation(index_dir)
    if gen is None:
        raise IndexNotFoundError(f"no index at {index_dir}: build it with `rag index --index {index_dir}`")
    try:
        raw = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise CorruptIndexError(f"index at {index_dir} is unreadable ({type(e).__name__}); rebuild it with `rag index`") from None
    if raw.get("format_version") != FORMAT_VERSION:
        raise StaleIndexError(
            f"index at {index_dir} has format {raw.get('format_version')}, this version reads {FORMAT_VERSION}: "
            "re-index with `rag index`"
        )
    try:
        manifest = Manifest(**raw)
        documents = {d["doc_id"]: _document_from_row(d) for d in _read_jsonl(gen / "documents.jsonl")}
        chunks = [Chunk(**c) for c in _read_jsonl(gen / "chunks.jsonl")]
        facts = [Fact(**f) for f in _read_jsonl(gen / "facts.jsonl")]
        embeddings = np.load(gen / "embeddings.npy")
        if not (gen / "dense.faiss").is_file():
            raise FileNotFoundError("dense.faiss is missing")
        bm25 = LexicalIndex.load(gen / "bm25")
    except Exception as e:  # any damage at all means the same thing to the user
        raise CorruptIndexError(
            f"index at {index_dir} is damaged ({type(e).__name__}: {str(e)[:80]}); rebuild it with `rag index`"
        ) from None
    if embeddings.shape != (len(chunks), manifest.dim):
        raise CorruptIndexError(f"index at {index_dir} is inconsistent (vectors vs chunks); rebuild it with `rag index`")
    return IndexData(gen, manifest, documents, chunks, facts, embeddings, bm25)
