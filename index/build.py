"""Corpus folder → index generation: load, clean, structure, chunk, extract facts, embed, store."""
from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from index.chunking import CHUNK_OVERLAP, CHUNK_SIZE, split_text
from index.cleaning import CleanText, clean_report, normalize_query, to_simplified
from index.facts import draft_facts
from index.numbers import unit_kind
from index.loaders import SUPPORTED_SUFFIXES, LoadedText, ReportLoadError, iter_report_files, load_report
from index.metadata import ManifestError, apply_overrides, detect_metadata, load_manifest
from index.schema import Chunk, Document, Fact, Section
from index.store import (
    FORMAT_VERSION,
    IndexStoreError,
    Manifest,
    build_lock,
    current_generation,
    load_index,
    passage_header,
    write_generation,
)
from index.structure import detect_sections


class BuildError(Exception):
    """The build could not produce an index; one line says why."""


@dataclass
class BuildSummary:
    index_dir: Path
    reports: int
    chunks: int
    facts: int
    seconds: float
    embedded: int  # chunk vectors computed in this build
    reused: int  # chunk vectors carried over from the previous generation
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # one line per file that could not be read


@dataclass
class IngestedReport:
    document: Document
    chunks: list[Chunk]  # chunk_id local to the report until assembled
    facts: list[Fact]


def ingest_report(
    doc_id: str,
    loaded: LoadedText,
    sha256: str,
    overrides: dict | None = None,
    chunk_size: int = CHUNK_SIZE,
    chunk_overlap: int = CHUNK_OVERLAP,
) -> IngestedReport:
    """One report's document row, chunks and facts, all in source offsets."""
    clean = clean_report(loaded.text)
    clean_sections = detect_sections(clean.text)
    meta = apply_overrides(detect_metadata(clean.text, Path(doc_id).stem), overrides)
    sections = []
    for s in clean_sections:
        if s.end <= s.start:
            continue
        start, end = clean.source_span(s.start, s.end)
        sections.append(Section(s.path(clean.original), start, end))
    document = Document(
        doc_id=doc_id,
        sha256=sha256,
        text=loaded.text,
        encoding=loaded.encoding,
        title=meta.title,
        region=meta.region,
        period=meta.period,
        year=meta.year,
        issuer=meta.issuer,
        page_starts=loaded.page_starts,
        sections=sections,
    )
    spans = split_text(clean.text, [s.start for s in clean_sections], chunk_size, chunk_overlap)
    chunks: list[Chunk] = []
    for i, span in enumerate(spans):
        start, end = clean.source_span(span.start, span.end)
        section = document.section_at(start)
        chunks.append(Chunk(i, doc_id, start, end, clean.text[span.start : span.end], _matching_label(section)))
    facts = _facts(document, clean, spans, chunks)
    return IngestedReport(document, chunks, facts)


def _matching_label(section: Section | None) -> str | None:
    """A section path in the normalised script chunks and facts are matched in ("二、2024年工作計劃"
    reads "…工作计划"); the document's sections keep the report's own script for citations."""
    return normalize_query(section.label) if section else None


def _facts(document: Document, clean: CleanText, spans, chunks: list[Chunk]) -> list[Fact]:
    facts: list[Fact] = []
    for draft in draft_facts(clean):
        m = draft.mention
        # The fact belongs to the first chunk that holds its whole sentence, else its number.
        chunk_id = next(
            (i for i, sp in enumerate(spans) if sp.start <= draft.sentence_start and draft.sentence_end <= sp.end),
            next((i for i, sp in enumerate(spans) if sp.start <= m.start and m.end <= sp.end), None),
        )
        if chunk_id is None:  # inside removed boilerplate or a heading-only fragment
            continue
        start, end = clean.source_span(m.start, m.end)
        s_start, s_end = clean.source_span(draft.sentence_start, draft.sentence_end)
        section = document.section_at(start)
        facts.append(
            Fact(
                fact_id=len(facts),
                doc_id=document.doc_id,
                chunk_id=chunk_id,
                value=m.value,
                unit=draft.unit_original,
                start=start,
                end=end,
                sentence_start=s_start,
                sentence_end=s_end,
                text=document.text[start:end],
                # A unit read from a table header decides the kind ("98.4" under "(亿元)" is money).
                kind=unit_kind(to_simplified(draft.unit_original)) if draft.unit_inferred else m.kind,
                qualifier=m.qualifier,
                value_max=m.value_max,
                context=draft.context,
                section=_matching_label(section),
                sentence=clean.text[draft.sentence_start : draft.sentence_end],
                number_at=m.start - draft.sentence_start,
                header=draft.header,
            )
        )
    return facts


def _warm_writers() -> None:
    import bm25s  # noqa: F401
    import faiss  # noqa: F401
    import jieba

    jieba.initialize()


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _passage_key(model: str, passage: str) -> str:
    return hashlib.sha1(f"{model}\0{passage}".encode()).hexdigest()


def _previous_vectors(index_dir: Path, model: str) -> tuple[dict[str, np.ndarray], dict[str, str]]:
    """Vectors of the live generation keyed by passage text, and its file hashes (for reporting)."""
    if current_generation(index_dir) is None:
        return {}, {}
    try:
        old = load_index(index_dir)
    except IndexStoreError:
        return {}, {}  # a damaged or older index is simply rebuilt in full
    if old.manifest.model != model:
        return {}, old.manifest.files
    vectors = {}
    for chunk, vec in zip(old.chunks, old.embeddings):
        vectors[_passage_key(model, passage_text(old.documents[chunk.doc_id], chunk))] = vec
    return vectors, old.manifest.files


def passage_text(doc: Document, chunk: Chunk) -> str:
    """The text embedded for a chunk: its header (title, place, period, section) and words."""
    return f"{passage_header(doc, chunk)}\n{chunk.text}"


def build_index(
    corpus_dir: Path,
    index_dir: Path,
    model: str | None = None,
    progress: bool = False,
    chunk_size: int = CHUNK_SIZE,
    chunk_overlap: int = CHUNK_OVERLAP,
    encoder=None,
    stop=None,
) -> BuildSummary:
    """Index every readable report under ``corpus_dir`` into ``index_dir``; incremental by content.

    Unchanged chunks keep their vectors from the previous generation, so only changed files are
    re-embedded; deleted files drop out. Unreadable files are reported in ``errors`` and skipped.
    ``stop()``, asked just before the new generation is published, raises KeyboardInterrupt when true.
    """
    from index.embedding import load_encoder, resolve_model_name
    from index.query_encoder import ensure_query_graph

    t0 = time.perf_counter()
    # Import the index writers and load jieba's dictionary while the reports are read and
    # embedded: about two seconds that otherwise add to every build.
    warm = threading.Thread(target=_warm_writers, daemon=True)
    warm.start()
    corpus_dir, index_dir = Path(corpus_dir), Path(index_dir)
    if not corpus_dir.is_dir():
        raise BuildError(f"corpus folder not found: {corpus_dir}")
    model_name = encoder.name if encoder is not None else resolve_model_name(model)
    try:
        overrides = load_manifest(corpus_dir)
    except ManifestError as e:
        raise BuildError(str(e)) from None
    paths = iter_report_files(corpus_dir)
    errors: list[str] = []
    reports: list[IngestedReport] = []
    files: dict[str, str] = {}
    iterator = paths
    if progress:
        from tqdm import tqdm

        iterator = tqdm(paths, desc="reading", unit="file", leave=False)
    for path in iterator:
        doc_id = path.relative_to(corpus_dir).as_posix()
        try:
            loaded = load_report(path)
        except ReportLoadError as e:
            errors.append(f"skipped {doc_id}: {e.reason}")
            continue
        sha = file_sha256(path)
        files[doc_id] = sha
        reports.append(ingest_report(doc_id, loaded, sha, overrides.get(doc_id), chunk_size, chunk_overlap))
    if not reports:
        raise BuildError(f"no readable reports in {corpus_dir} (supported: {' '.join(SUPPORTED_SUFFIXES)})")

    with build_lock(index_dir):
        previous, old_files = _previous_vectors(index_dir, model_name)
        documents: list[Document] = []
        chunks: list[Chunk] = []
        facts: list[Fact] = []
        for rep in reports:
            offset = len(chunks)
            documents.append(rep.document)
            for c in rep.chunks:
                c.chunk_id += offset
                chunks.append(c)
            for f in rep.facts:
                f.chunk_id += offset
                f.fact_id = len(facts)
                facts.append(f)
        by_id = {d.doc_id: d for d in documents}
        passages = [passage_text(by_id[c.doc_id], c) for c in chunks]
        keys = [_passage_key(model_name, p) for p in passages]
        todo = [i for i, k in enumerate(keys) if k not in previous]
        dim = None
        if todo:
            enc = encoder or load_encoder(model_name)
            fresh = enc.encode_passages([passages[i] for i in todo], progress=progress)
            dim = fresh.shape[1]
        else:
            dim = next(iter(previous.values())).shape[0]
        vectors = np.zeros((len(chunks), dim), dtype=np.float32)
        fresh_row = {i: r for r, i in enumerate(todo)}
        for i, k in enumerate(keys):
            vectors[i] = fresh[fresh_row[i]] if i in fresh_row else previous[k]
        manifest = Manifest(
            format_version=FORMAT_VERSION,
            model=model_name,
            dim=dim,
            files=files,
            chunk_size=chunk_size,
            chunk_overlap=chunk_overlap,
            counts={"reports": len(documents), "chunks": len(chunks), "facts": len(facts)},
        )
        warm.join()
        if stop is not None and stop():
            # A stop signal whose KeyboardInterrupt some library swallowed: nothing is published.
            raise KeyboardInterrupt
        write_generation(index_dir, manifest, documents, chunks, facts, vectors)
    # Once per model: the question side's fast encoder graph (torch is loaded here anyway).
    ensure_query_graph(model_name)
    return BuildSummary(
        index_dir=index_dir,
        reports=len(documents),
        chunks=len(chunks),
        facts=len(facts),
        seconds=time.perf_counter() - t0,
        embedded=len(todo),
        reused=len(chunks) - len(todo),
        added=sorted(set(files) - set(old_files)),
        changed=sorted(d for d in files if d in old_files and old_files[d] != files[d]),
        removed=sorted(set(old_files) - set(files)),
        errors=errors,
    )
