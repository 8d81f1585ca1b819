"""Every eval metric on small hand-computed cases (answers built with the real rag.schema types)."""
from __future__ import annotations

import pytest

from eval.gold import GoldItem
from eval.metrics import (
    CITATION_OFF,
    FALSE_ANSWER,
    RETRIEVAL_MISS,
    WRONG_FACT,
    WRONGLY_ABSTAINED,
    abstention_stats,
    aggregate,
    baseline_metrics,
    evidence_spans,
    find_all,
    first_hit_rank,
    integrity,
    numbers_in_quotes,
    overlaps,
    percentile,
    retrieval_stats,
    score_question,
)
from eval.normalize import norm, quantities, same_quantity, single_quantity
from rag.schema import Answer, Citation, Passage, StatedFact

DOC = "2016年,全区新增国家重点扶持高新技术企业92家,高新产业实现销售产值129.63亿元,同比增长12.5%。全区新增企业92家。"
OTHER = "2017年,某区新增高新技术企业92家,销售产值129.63亿元。"
TEXTS = {"a.txt": DOC, "b.txt": OTHER}
EV_COUNT = "新增国家重点扶持高新技术企业92家"
EV_MONEY = "高新产业实现销售产值129.63亿元"


def span(doc: str, s: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXTS[doc].index(s, start + 1)
    return start, start + len(s)


def cite(i: int, doc: str, s: str, occurrence: int = 0) -> Citation:
    a, b = span(doc, s, occurrence)
    return Citation(id=i, doc=doc, start=a, end=b, quote=TEXTS[doc][a:b])


def gold(**kw) -> GoldItem:
    base = dict(id="q1", question="新增高企多少家?", answer="92家", value=92.0, unit="家", doc="a.txt",
                evidence=EV_COUNT, type="count", lang="zh-Hans")
    base.update(kw)
    return GoldItem(**base)


def answer(facts=(), citations=(), passages=(), abstained=False, total=10.0) -> dict:
    return Answer(question="q", answer="" if abstained else "x", abstained=abstained, facts=list(facts),
                  citations=list(citations), passages=list(passages),
                  timings_ms={"total": total}).to_dict()


def passage(doc: str, s: str, pad: int = 0) -> Passage:
    a, b = span(doc, s)
    return Passage(doc=doc, start=max(0, a - pad), end=b + pad, score=1.0)


# --- spans ----------------------------------------------------------------------------------

def test_find_all_returns_overlapping_occurrences():
    assert find_all("aaa", "aa") == [(0, 2), (1, 3)]
    assert find_all("abc", "") == []


def test_overlaps_is_half_open():
    assert not overlaps((0, 2), (2, 4))
    assert overlaps((0, 3), (2, 4))
    assert overlaps((5, 6), (0, 10))


def test_evidence_spans_finds_every_occurrence_and_falls_back_from_stale_spans():
    g = gold(evidence="全区新增")
    assert evidence_spans(g, TEXTS) == [(6, 10), (DOC.rindex("全区新增"), DOC.rindex("全区新增") + 4)]
    # Spans given by the source are used when they still hold the text …
    assert evidence_spans(gold(spans=((6, 10),), evidence="全区新增"), TEXTS) == [(6, 10)]
    # … and ignored when they do not (an answer_start that points elsewhere).
    assert len(evidence_spans(gold(spans=((0, 4),), evidence="全区新增"), TEXTS)) == 2
    assert evidence_spans(gold(doc="missing.txt"), TEXTS) == []


def test_first_hit_rank_needs_gold_doc_and_overlap():
    spans = [span("a.txt", EV_COUNT)]
    ps = [passage("b.txt", "92家").__dict__, {"doc": "a.txt", "start": 0, "end": 5},
          passage("a.txt", "92家").__dict__]
    assert first_hit_rank(ps, "a.txt", spans) == 3
    assert first_hit_rank(ps[:2], "a.txt", spans) is None


# --- normalisation and quantities ----------------------------------------------------------------

def test_norm_is_simplified_half_width_without_spaces_or_edge_punctuation():
    assert norm(" １９９８ 年。") == "1998年"
    assert norm("兩萬億元") == "两万亿元"
    assert norm("3.5") == "3.5"


def test_quantities_read_numbers_with_units():
    qs = quantities("投资11.42亿元,全长364.6公里,约四百六十七万余人")
    assert [(q.token, q.unit) for q in qs] == [("11.42亿", "元"), ("364.6", "公里"), ("四百六十七万", "人")]
    assert qs[0].value == pytest.approx(1.142e9)
    assert qs[2].value == 4670000
    assert [q.value for q in quantities("从2月的-7.7%提升,2010-2015年")] == [2, -7.7, 2010, 2015]
    assert single_quantity("1998年10月") is None  # two numbers: only text matching applies
    q = single_quantity("约4万平方米")
    assert (q.value, q.unit) == (40000, "平方米")


def test_same_quantity_is_unit_aware():
    assert same_quantity(129.63, "亿元", 1296300, "万元")
    assert same_quantity(1.2, "億元", 1.2e8, "元")  # traditional unit
    assert not same_quantity(92, "家", 92, "个")
    assert not same_quantity(12.5, "%", 12.5, "个百分点")  # percent vs points: as written
    assert not same_quantity(12.5, "%", 0.125, "")
    assert same_quantity(147, "位", 147, "")  # a bare number: values only
    assert same_quantity(1.0, "元", 1.0 + 1e-10, "元")
    assert not same_quantity(1.0, "元", 1.0 + 1e-8, "元")


# --- value, citation and answer correctness -------------------------------------------------------

def test_correct_count_answer():
    pred = answer([StatedFact(92, "家", "92家", 1)], [cite(1, "a.txt", EV_COUNT)],
                  [passage("a.txt", EV_COUNT, pad=3)])
    s = score_question(gold(), pred, TEXTS)
    assert (s.value_correct, s.citation_correct, s.answer_correct, s.cause) == (True, True, True, None)
    assert (s.hit_rank, s.evidence_in_top) == (1, True)
    assert s.matched == ("92家",)


def test_unit_aware_value_in_other_unit_is_correct():
    g = gold(answer="129.63亿元", value=129.63, unit="亿元", evidence=EV_MONEY, type="money")
    pred = answer([StatedFact(1296300, "万元", "129.63亿元", 1)], [cite(1, "a.txt", EV_MONEY)])
    assert score_question(g, pred, TEXTS).answer_correct


def test_wrong_unit_is_wrong_value():
    pred = answer([StatedFact(92, "个", "92家", 1)], [cite(1, "a.txt", EV_COUNT)],
                  [passage("a.txt", EV_COUNT)])
    s = score_question(gold(), pred, TEXTS)
    assert (s.value_correct, s.citation_correct, s.answer_correct, s.cause) == (False, True, False, WRONG_FACT)


def test_right_value_cited_from_another_doc_is_citation_off():
    pred = answer([StatedFact(92, "家", "92家", 1)], [cite(1, "b.txt", "92家")], [passage("a.txt", EV_COUNT)])
    s = score_question(gold(), pred, TEXTS)
    assert (s.value_correct, s.citation_correct, s.answer_correct, s.cause) == (True, False, False, CITATION_OFF)


def test_citation_elsewhere_in_gold_doc_is_off_and_any_evidence_occurrence_counts():
    # "全区新增企业92家" is not the evidence sentence: right doc, no overlap.
    pred = answer([StatedFact(92, "家", "92家", 1)], [cite(1, "a.txt", "全区新增企业92家")])
    assert score_question(gold(), pred, TEXTS).citation_correct is False
    # With evidence "92家", which occurs twice in the doc, the second occurrence counts too.
    pred2 = answer([StatedFact(92, "家", "92家", 1)], [cite(1, "a.txt", "92家", occurrence=1)])
    assert score_question(gold(evidence="92家"), pred2, TEXTS).answer_correct


def test_answer_needs_the_right_value_cited_on_the_evidence():
    # Right value from the wrong doc + wrong value on the evidence: value and citation both
    # "correct" in isolation, but no single stated fact is right and well cited.
    pred = answer([StatedFact(92, "家", "92家", 1), StatedFact(2016, "年", "2016年", 2)],
                  [cite(1, "b.txt", "92家"), cite(2, "a.txt", "2016年,全区新增国家重点")])
    s = score_question(gold(), pred, TEXTS)
    assert (s.value_correct, s.citation_correct, s.answer_correct) == (True, True, False)


def test_multi_needs_every_value():
    ev = "销售产值129.63亿元,同比增长12.5%"
    g = gold(type="multi", value=(129.63, 12.5), unit=("亿元", "%"), evidence=ev, answer="129.63亿元, 12.5%")
    both = answer([StatedFact(129.63, "亿元", "129.63亿元", 1), StatedFact(12.5, "%", "12.5%", 1)],
                  [cite(1, "a.txt", ev)])
    one = answer([StatedFact(129.63, "亿元", "129.63亿元", 1)], [cite(1, "a.txt", ev)])
    assert score_question(g, both, TEXTS).answer_correct
    s = score_question(g, one, TEXTS)
    assert (s.value_correct, s.answer_correct) == (False, False)


def test_entity_answer_string_must_be_in_a_cited_quote_on_the_evidence():
    g = gold(type="entity", value=None, unit=None, answer="国家重点扶持高新技术企业", evidence=EV_COUNT)
    good = answer([], [cite(1, "a.txt", EV_COUNT)])
    s = score_question(g, good, TEXTS)
    assert (s.value_correct, s.citation_correct, s.answer_correct) == (None, True, True)
    wrong_place = answer([], [cite(1, "b.txt", "某区新增高新技术企业92家")])
    assert score_question(g, wrong_place, TEXTS).answer_correct is False
    # A gloss in parentheses after the name need not be quoted; the name must.
    glossed = gold(type="entity", value=None, unit=None, answer="国家重点扶持高新技术企业（92家）", evidence=EV_COUNT)
    assert score_question(glossed, good, TEXTS).answer_correct
    other = gold(type="entity", value=None, unit=None, answer="省级研发中心（92家）", evidence=EV_COUNT)
    assert score_question(other, good, TEXTS).answer_correct is False


def test_unanswerable_and_abstention_causes():
    un = gold(type="unanswerable", value=None, unit=None, doc=None, evidence=None, answer="")
    s = score_question(un, answer(abstained=True), TEXTS)
    assert (s.answer_correct, s.value_correct, s.citation_correct, s.retrieval) == (True, None, None, False)
    s = score_question(un, answer([StatedFact(92, "家", "92家", 1)], [cite(1, "a.txt", EV_COUNT)]), TEXTS)
    assert (s.answer_correct, s.cause) == (False, FALSE_ANSWER)
    # Answerable but abstained: a retrieval miss when no passage held the evidence …
    s = score_question(gold(), answer(abstained=True, passages=[passage("b.txt", "92家")]), TEXTS)
    assert (s.value_correct, s.citation_correct, s.cause) == (False, False, RETRIEVAL_MISS)
    # … else the answerer abstained with the evidence in hand.
    s = score_question(gold(), answer(abstained=True, passages=[passage("a.txt", EV_COUNT)]), TEXTS)
    assert s.cause == WRONGLY_ABSTAINED


# --- SQuAD text rule --------------------------------------------------------------------------

def squad_gold(answers: tuple[str, ...], doc: str = "a.txt") -> GoldItem:
    return GoldItem(id="s1", question="q", answer=answers[0], value=None, unit=None, doc=doc,
                    evidence=answers[0], type="count", lang="zh-Hans", answers=answers, match="text")


def test_text_rule_fact_text_contains_answer_without_cutting_numbers():
    g = squad_gold(("2016年",))
    ok = answer([StatedFact(2016, "年", "2016年", 1)], [cite(1, "a.txt", "2016年,全区")])
    assert score_question(g, ok, TEXTS).answer_correct
    g3 = squad_gold(("6",))
    cut = answer([StatedFact(2016, "年", "2016年", 1)], [cite(1, "a.txt", "2016年,全区")])
    assert score_question(g3, cut, TEXTS).value_correct is False  # "6" is not in "2016年"


def test_text_rule_quantity_match_and_paragraph_citation():
    g = squad_gold(("约129.63亿元", "129.63亿元。"))
    via_value = answer([StatedFact(12963000000, "元", "一百二十九亿六千三百万元", 1)],
                       [cite(1, "a.txt", EV_MONEY)])
    assert score_question(g, via_value, TEXTS).answer_correct
    # In SQuAD mode the paragraph is the evidence: any citation in it counts, but not another one.
    other = answer([StatedFact(129.63, "亿元", "129.63亿元", 1)], [cite(1, "b.txt", "129.63亿元")])
    s = score_question(g, other, TEXTS)
    assert (s.value_correct, s.citation_correct, s.answer_correct) == (True, False, False)


# --- integrity ------------------------------------------------------------------------------

def test_citation_integrity_and_number_in_quote():
    good = cite(1, "a.txt", EV_COUNT)
    bad = Citation(id=2, doc="a.txt", start=good.start, end=good.end, quote="新增企业92家")
    pred = answer([StatedFact(92, "家", "92家", 1), StatedFact(92, "家", "九十二家", 2),
                   StatedFact(92, "家", "92家", 9)], [good, bad])
    assert integrity(pred, TEXTS) == (1, 2)
    assert numbers_in_quotes(pred) == (1, 3)  # "九十二家" not in quote; citation 9 missing
    assert integrity(answer(), TEXTS) == (0, 0)


# --- aggregation ----------------------------------------------------------------------------

def test_percentile_interpolates_linearly():
    assert percentile([40, 10, 30, 20], 50) == 25
    assert percentile([10, 20, 30, 40], 95) == pytest.approx(38.5)
    assert percentile([7], 95) == 7
    assert percentile([], 50) is None


def test_retrieval_stats_by_hand():
    r = retrieval_stats([1, 3, None, 2], depth=5)
    assert (r["recall@1"], r["recall@3"], r["recall@5"]) == (0.25, 0.75, 0.75)
    assert r["recall@10"] is None  # not measured with 5 passages
    assert r["mrr"] == pytest.approx((1 + 1 / 3 + 0 + 1 / 2) / 4)
    assert retrieval_stats([1, 3, None, 2], depth=10, mrr_at=2)["mrr"] == pytest.approx((1 + 1 / 2) / 4)


def _scores():
    un = gold(id="u1", type="unanswerable", value=None, unit=None, doc=None, evidence=None, answer="")
    right = answer([StatedFact(92, "家", "92家", 1)], [cite(1, "a.txt", EV_COUNT)], [passage("a.txt", EV_COUNT)],
                   total=100)
    wrong = answer([StatedFact(93, "家", "92家", 1)], [cite(1, "a.txt", EV_COUNT)],
                   [passage("b.txt", "92家"), passage("a.txt", EV_COUNT)], total=300)
    return [
        score_question(gold(id="c1"), right, TEXTS),  # correct, hit@1
        score_question(gold(id="c2", lang="zh-Hant"), wrong, TEXTS),  # wrong value, hit@2
        score_question(gold(id="c3"), answer(abstained=True, total=200), TEXTS),  # missed, no passages
        score_question(un, answer(abstained=True, total=50), TEXTS),  # correct abstention
        score_question(un, right, TEXTS),  # false answer
    ]


def test_abstention_stats_by_hand():
    ab = abstention_stats(_scores())
    # abstained: c3 (answerable) and u1 (unanswerable) → precision 1/2; 2 unanswerable, 1 abstained.
    assert (ab["abstained"], ab["precision"], ab["recall"], ab["false_answer_rate"]) == (2, 0.5, 0.5, 0.5)
    assert ab["missed_answer_rate"] == pytest.approx(1 / 3)
    assert ab["wrong_answer_rate"] == 0.5  # c1 right, c2 wrong among answered answerable


def test_aggregate_overall_and_splits():
    m = aggregate(_scores(), depth=5)
    o = m["overall"]
    assert (o["n"], o["answerable"], o["unanswerable"]) == (5, 3, 2)
    assert o["answer_accuracy"] == pytest.approx(2 / 5)  # c1 and the correct abstention
    assert o["value_accuracy"] == pytest.approx(1 / 3)
    assert o["citation_accuracy"] == pytest.approx(2 / 3)  # c1, c2 cite the evidence; c3 abstained
    assert o["retrieval"]["recall@1"] == pytest.approx(1 / 3)
    assert o["retrieval"]["mrr"] == pytest.approx((1 + 0.5 + 0) / 3)
    assert o["answer_in_top_passage"] == pytest.approx(1 / 3)
    assert (o["citation_integrity"], o["number_in_quote"]) == (1.0, 1.0)
    assert o["latency_ms"]["p50"] == 100 and o["latency_ms"]["p95"] == pytest.approx(280)
    assert o["causes"] == {FALSE_ANSWER: 1, RETRIEVAL_MISS: 1, WRONG_FACT: 1}
    assert set(m["by_type"]) == {"count", "unanswerable"}
    assert m["by_type"]["count"]["answer_accuracy"] == pytest.approx(1 / 3)
    assert m["by_lang"]["zh-Hant"]["n"] == 1 and m["by_lang"]["zh-Hant"]["answer_accuracy"] == 0


def test_baseline_metrics_over_answerable_questions():
    golds = [gold(id="c1"), gold(id="c2", evidence=EV_MONEY),
             gold(id="u", type="unanswerable", value=None, unit=None, doc=None, evidence=None)]
    ranked = [[passage("a.txt", EV_COUNT).__dict__], [passage("b.txt", "92家").__dict__], []]
    b = baseline_metrics(golds, ranked, TEXTS, depth=10)
    assert (b["n"], b["recall@1"], b["recall@10"], b["mrr"], b["answer_in_top_passage"]) == (2, 0.5, 0.5, 0.5, 0.5)
