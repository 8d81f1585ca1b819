import pytest

from rag.retrieval import RRF_K, reciprocal_rank_fusion


def test_rrf_scores_by_hand():
    hits = reciprocal_rank_fusion([[1, 2, 3], [3, 1]])
    scores = {h.chunk_id: h.score for h in hits}
    assert scores[1] == pytest.approx(1 / (RRF_K + 1) + 1 / (RRF_K + 2))
    assert scores[3] == pytest.approx(1 / (RRF_K + 3) + 1 / (RRF_K + 1))
    assert scores[2] == pytest.approx(1 / (RRF_K + 2))
    assert [h.chunk_id for h in hits] == [1, 3, 2]


def test_rrf_weights_and_ties():
    hits = reciprocal_rank_fusion([[7], [8]], weights=[1.0, 2.0])
    assert [h.chunk_id for h in hits] == [8, 7]
    tie = reciprocal_rank_fusion([[5], [6]])
    assert [h.chunk_id for h in tie] == [5, 6]  # stable: first ranking first
    with pytest.raises(ValueError):
        reciprocal_rank_fusion([[1]], weights=[1.0, 1.0])


def test_rrf_empty():
    assert reciprocal_rank_fusion([[], []]) == []
