"""Chunk size and overlap, chosen by measurement on the dev gold set.

    python bench/chunk_sizes.py [--sizes 160 240 400] [--overlaps 0 60]

For each setting: build an index of corpus/ (the embedding model loaded once), ask every dev
question, and print the hybrid retrieval recall@1 (a passage on the gold evidence ranked first),
the plain-dense and plain-BM25 recall@1, and answer accuracy, scored by eval.metrics.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.gold import load_gold  # noqa: E402
from eval.metrics import evidence_spans, first_hit_rank, score_question  # noqa: E402
from index.build import build_index  # noqa: E402
from index.embedding import load_encoder  # noqa: E402
from rag.assistant import Assistant  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def passages_of(assistant, hits):
    return [{"doc": assistant.index.chunks[h.chunk_id].doc_id, "start": assistant.index.chunks[h.chunk_id].start,
             "end": assistant.index.chunks[h.chunk_id].end} for h in hits]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[160, 240, 400])
    parser.add_argument("--overlaps", type=int, nargs="+", default=[0, 60])
    parser.add_argument("--dataset", type=Path, default=REPO / "eval" / "datasets" / "gold_dev.jsonl")
    args = parser.parse_args()
    encoder = load_encoder()
    golds = [g for g in load_gold([args.dataset]) if g.answerable]
    print(f"{'size':>5} {'overlap':>7} {'chunks':>6} {'hybrid@1':>9} {'dense@1':>8} {'bm25@1':>7} {'accuracy':>9}")
    for size in args.sizes:
        for overlap in args.overlaps:
            if overlap >= size:
                continue
            with tempfile.TemporaryDirectory() as tmp:
                summary = build_index(REPO / "corpus", Path(tmp), encoder=encoder, chunk_size=size, chunk_overlap=overlap)
                assistant = Assistant.load(Path(tmp))
                texts = {d: doc.text for d, doc in assistant.index.documents.items()}
                hits = {"hybrid": 0, "dense": 0, "bm25": 0}
                correct = 0
                for g in golds:
                    spans = evidence_spans(g, texts)
                    answer = assistant.ask(g.question).to_dict()
                    correct += score_question(g, answer, texts).answer_correct
                    ranked = {
                        "hybrid": answer["passages"],
                        "dense": passages_of(assistant, assistant.retriever.search_dense(g.question, 5)),
                        "bm25": passages_of(assistant, assistant.retriever.search_bm25(g.question, 5)),
                    }
                    for name, passages in ranked.items():
                        hits[name] += first_hit_rank(passages, g.doc, spans) == 1
                n = len(golds)
                print(f"{size:>5} {overlap:>7} {summary.chunks:>6} {hits['hybrid'] / n:>9.1%} {hits['dense'] / n:>8.1%} "
                      f"{hits['bm25'] / n:>7.1%} {correct / n:>9.1%}", flush=True)


if __name__ == "__main__":
    main()
