"""Indexing throughput vs the bare encoder on the same chunk texts, and peak memory.

    python bench/bench_index.py [--corpus corpus]

Prints chunks/s and characters/s for a full `build_index` (fresh index, everything embedded)
and for `encode_passages` alone over the same passages; their ratio says how much the rest of
the pipeline (loading, cleaning, facts, BM25, writing) costs on top of the encoder.
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from index.build import build_index, passage_text  # noqa: E402
from index.embedding import load_encoder  # noqa: E402
from index.store import load_index  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--model", default=None)
    args = parser.parse_args()

    t = time.perf_counter()
    encoder = load_encoder(args.model)
    load_s = time.perf_counter() - t
    encoder.encode_passages(["预热 warm-up"])  # first call pays one-off kernel set-up

    with tempfile.TemporaryDirectory() as tmp:
        index_dir = Path(tmp) / "index"
        t = time.perf_counter()
        summary = build_index(args.corpus, index_dir, encoder=encoder)
        build_s = time.perf_counter() - t
        index = load_index(index_dir)
        passages = [passage_text(index.documents[c.doc_id], c) for c in index.chunks]

    chars = sum(len(p) for p in passages)
    t = time.perf_counter()
    encoder.encode_passages(passages)
    bare_s = time.perf_counter() - t

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = len(passages)
    print(f"model            {encoder.name} (load {load_s:.2f} s)")
    print(f"corpus           {summary.reports} reports, {n} chunks, {summary.facts} facts, {chars} chars")
    print(f"build_index      {build_s:7.2f} s  {n / build_s:7.2f} chunks/s  {chars / build_s:9.1f} chars/s")
    print(f"encoder alone    {bare_s:7.2f} s  {n / bare_s:7.2f} chunks/s  {chars / bare_s:9.1f} chars/s")
    print(f"ratio            {bare_s / build_s:.3f}  (build rate / encoder rate; goal >= 0.9)")
    print(f"peak memory      {peak_mb:.0f} MB (max RSS)")


if __name__ == "__main__":
    main()
