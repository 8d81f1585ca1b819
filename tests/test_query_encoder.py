"""The lean query encoder must give the vectors sentence-transformers gives for the same model,
and the numpy BM25 reader the scores bm25s gives for the same index."""
from __future__ import annotations

import numpy as np
import pytest

from index.lexical import LexicalIndex, tokenize

QUESTIONS = [
    "2016年西湖区新增国家重点扶持高新技术企业多少家?",
    "紹興2016年研發經費是多少億元？",
    "R&D投入 ABC ～ ５０％ 的 mixed text",
    "增" * 700,  # longer than the model's 512 positions: truncated the same way
]


@pytest.mark.slow
@pytest.mark.parametrize("stack", ["onnx", "numpy"])
def test_lean_query_vectors_match_sentence_transformers(encoder, stack, monkeypatch):
    from index.query_encoder import NumpyQueryEncoder, OnnxQueryEncoder, ensure_query_graph, load_query_encoder

    if stack == "onnx":
        assert ensure_query_graph(encoder.name) is not None  # exported once, then reused
    else:
        monkeypatch.setenv("RAG_QUERY_ENCODER", "numpy")
    fast = load_query_encoder(encoder.name)
    assert isinstance(fast, OnnxQueryEncoder if stack == "onnx" else NumpyQueryEncoder)
    assert fast.dim == encoder.dim
    for q in QUESTIONS:
        a, b = fast.encode_query(q), encoder.encode_query(q)
        assert a.dtype == np.float32 and abs(float(np.linalg.norm(a)) - 1) < 1e-5
        assert float(a @ b) > 0.99999, q
    assert np.array_equal(fast.encode_query(QUESTIONS[0]), fast.encode_query(QUESTIONS[0]))  # cached


@pytest.mark.slow
def test_a_damaged_graph_falls_back_to_numpy(encoder, tmp_path, monkeypatch):
    import index.query_encoder as qe

    broken = tmp_path / "graph.onnx"
    broken.write_bytes(b"not an onnx graph")
    monkeypatch.setattr(qe, "query_graph_path", lambda folder: broken)
    fast = qe.load_query_encoder(encoder.name)
    assert isinstance(fast, qe.NumpyQueryEncoder)
    assert float(fast.encode_query(QUESTIONS[0]) @ encoder.encode_query(QUESTIONS[0])) > 0.99999


def test_erf_approximation():
    from math import erf

    from index.query_encoder import _erf

    xs = np.linspace(-6, 6, 2001, dtype=np.float64)
    assert np.max(np.abs(_erf(xs) - np.array([erf(x) for x in xs]))) < 2e-7


def test_numpy_bm25_matches_bm25s(tmp_path):
    import bm25s

    corpus = ["全区新增高新技术企业92家,累计256家", "绍兴研发经费113亿元,增长12%", "新增众创空间5家", "技术交易额8.45亿元"]
    retriever = bm25s.BM25()
    retriever.index([tokenize(t) for t in corpus], show_progress=False)
    retriever.save(str(tmp_path / "bm25"), show_progress=False)
    lexical = LexicalIndex.load(tmp_path / "bm25")
    for question in ["新增高新技术企业多少家", "研发经费增长", "众创空间 众创空间", "没有的词"]:
        tokens = tokenize(question)
        known = [t for t in tokens if t in retriever.vocab_dict]
        expected = retriever.get_scores(known) if known else np.zeros(len(corpus))
        np.testing.assert_allclose(lexical.get_scores(tokens), expected, rtol=1e-6)
