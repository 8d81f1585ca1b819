"""Pure scoring functions: one gold item + one answer dict (``Answer.to_dict()``) → QuestionScore,
and QuestionScores → aggregate metrics (overall, by type, by lang).

``texts`` is always a mapping doc path → source text (``Document.text``), against which
citation offsets and evidence spans are checked.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from eval.gold import NUMERIC_TYPES, GoldItem
from eval.normalize import norm, same_quantity, single_quantity

Span = tuple[int, int]
RECALL_KS = (1, 3, 5, 10)

# Failure causes, in the order they are tested; see ``cause_of``.
FALSE_ANSWER = "false answer"  # unanswerable, but the system answered (missed abstention)
RETRIEVAL_MISS = "retrieval miss"  # no retrieved passage holds the evidence
WRONGLY_ABSTAINED = "wrongly abstained"  # evidence retrieved, yet the system abstained
WRONG_FACT = "wrong fact chosen"  # evidence retrieved, the stated value is not the gold one
CITATION_OFF = "citation off"  # right value, but not cited from the evidence
ERROR = "error"  # ask() raised; set by the runner, scored as an empty answer
CAUSES = (ERROR, FALSE_ANSWER, RETRIEVAL_MISS, WRONGLY_ABSTAINED, WRONG_FACT, CITATION_OFF)


# --- spans and passages ---------------------------------------------------------------------

def find_all(text: str, needle: str) -> list[Span]:
    """Every occurrence of ``needle`` in ``text`` (overlapping ones too) as [start, end) spans."""
    if not needle:
        return []
    spans, i = [], text.find(needle)
    while i >= 0:
        spans.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return spans


def overlaps(a: Span, b: Span) -> bool:
    """Half-open ranges share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def evidence_spans(gold: GoldItem, texts: Mapping[str, str]) -> list[Span]:
    """Where the gold evidence sits in its doc: the item's own spans when they still hold an
    accepted text, else every occurrence of the evidence (any occurrence counts)."""
    if gold.doc is None or gold.doc not in texts:
        return []
    text = texts[gold.doc]
    wanted = {gold.evidence, *gold.accepted} - {None}
    known = [s for s in gold.spans if text[s[0]:s[1]] in wanted]
    if known:
        return sorted(set(known))
    needles = [gold.evidence] if gold.evidence else list(gold.accepted)
    return sorted({s for n in needles for s in find_all(text, n)})


def passage_hits(p: Mapping[str, Any], doc: str | None, spans: Sequence[Span]) -> bool:
    """A passage hits when it is in the gold doc and overlaps an evidence span."""
    return p.get("doc") == doc and any(overlaps((p["start"], p["end"]), s) for s in spans)


def passage_contains(p: Mapping[str, Any], doc: str | None, spans: Sequence[Span]) -> bool:
    """The whole of some evidence span lies inside the passage."""
    return p.get("doc") == doc and any(p["start"] <= s[0] and s[1] <= p["end"] for s in spans)


def first_hit_rank(passages: Sequence[Mapping[str, Any]], doc: str | None,
                   spans: Sequence[Span]) -> int | None:
    """1-based rank of the first passage that hits the evidence; None when none does."""
    for rank, p in enumerate(passages, 1):
        if passage_hits(p, doc, spans):
            return rank
    return None


# --- answers --------------------------------------------------------------------------------

def _contains_number(haystack: str, needle: str) -> bool:
    """``needle`` occurs in ``haystack`` without cutting a number: "3" is not in "1938年"."""
    if not needle:
        return False
    i = haystack.find(needle)
    while i >= 0:
        before = haystack[i - 1] if i > 0 else ""
        after = haystack[i + len(needle)] if i + len(needle) < len(haystack) else ""
        cut_before = needle[0].isdigit() and (before.isdigit() or before == ".")
        cut_after = needle[-1].isdigit() and (after.isdigit() or after == ".")
        if not (cut_before or cut_after):
            return True
        i = haystack.find(needle, i + 1)
    return False


def fact_matches_text(gold: GoldItem, fact: Mapping[str, Any]) -> bool:
    """SQuAD rule: the fact's text contains an accepted answer (normalised), or the fact's
    value/unit equals the quantity an accepted answer states."""
    text = norm(fact.get("text", ""))
    for a in gold.accepted:
        if _contains_number(text, norm(a)):
            return True
        q = single_quantity(a)
        if q is not None and same_quantity(fact["value"], fact.get("unit"), q.value, q.unit,
                                           unit_prefix=True):
            return True
    return False


def fact_states(fact: Mapping[str, Any], value: float, unit: str | None) -> bool:
    """Our gold rule: the fact's quantity equals (value, unit) via to_base."""
    return same_quantity(fact["value"], fact.get("unit"), value, unit)


def citation_map(pred: Mapping[str, Any]) -> dict[int, Mapping[str, Any]]:
    return {c["id"]: c for c in pred.get("citations", [])}


def cites_evidence(c: Mapping[str, Any] | None, gold: GoldItem, spans: Sequence[Span]) -> bool:
    """A citation on the evidence: in the gold doc and overlapping an evidence span. For SQuAD
    items (match="text") the paragraph is the evidence, so the doc alone decides."""
    if c is None or c.get("doc") != gold.doc:
        return False
    if gold.match == "text":
        return True
    return any(overlaps((c["start"], c["end"]), s) for s in spans)


@dataclass(frozen=True)
class AnswerJudgement:
    value_correct: bool | None  # None: the gold has no value (entity, unanswerable)
    citation_correct: bool | None  # None: nothing to cite (unanswerable)
    answer_correct: bool
    matched: tuple[str, ...]  # texts of the facts (or quotes) that carry the right answer


# A gloss in parentheses after a named answer ("画溪街道（2.15亿元）") explains it; the name is
# the answer.
_GLOSS = re.compile(r"\s*[（(][^（()）]*[)）]\s*$")


def judge(gold: GoldItem, pred: Mapping[str, Any], spans: Sequence[Span]) -> AnswerJudgement:
    """Value, citation and answer correctness of one answer (see eval/README.md for the rules)."""
    abstained = bool(pred.get("abstained"))
    if not gold.answerable:
        return AnswerJudgement(None, None, abstained, ())
    has_value = gold.type in NUMERIC_TYPES or gold.match == "text"
    if abstained:
        return AnswerJudgement(False if has_value else None, False, False, ())
    cites = citation_map(pred)
    facts = pred.get("facts", [])

    if gold.type == "entity" and gold.match == "value":
        # Named answers have no number: the answer string must be in a cited quote on the evidence.
        on_ev = [c for c in cites.values() if cites_evidence(c, gold, spans)]
        names = {norm(n) for a in gold.accepted for n in (a, _GLOSS.sub("", a))} - {""}
        good = [c["quote"] for c in on_ev if any(n in norm(c["quote"]) for n in names)]
        return AnswerJudgement(None, bool(on_ev), bool(good), tuple(good))

    fact_cited = [cites_evidence(cites.get(f.get("citation")), gold, spans) for f in facts]
    citation_ok = any(fact_cited)
    if gold.match == "text":
        hits = [i for i, f in enumerate(facts) if fact_matches_text(gold, f)]
        joint = [i for i in hits if fact_cited[i]]
        return AnswerJudgement(bool(hits), citation_ok, bool(joint),
                               tuple(facts[i]["text"] for i in (joint or hits)))
    # Every gold value must be stated; for the joint answer score, each by a fact cited on the
    # evidence, so a right number quoted from the wrong place does not count.
    values_ok, joint_ok, matched = True, True, []
    for v, u in gold.quantities():
        hits = [i for i, f in enumerate(facts) if fact_states(f, v, u)]
        values_ok &= bool(hits)
        joint_ok &= any(fact_cited[i] for i in hits)
        matched += [facts[i]["text"] for i in hits[:1]]
    return AnswerJudgement(values_ok, citation_ok, values_ok and joint_ok, tuple(matched))


def integrity(pred: Mapping[str, Any], texts: Mapping[str, str]) -> tuple[int, int]:
    """(exact, total) citations: exact when ``quote == texts[doc][start:end]``."""
    cites = pred.get("citations", [])
    exact = sum(1 for c in cites
                if c.get("doc") in texts and texts[c["doc"]][c["start"]:c["end"]] == c.get("quote"))
    return exact, len(cites)


def numbers_in_quotes(pred: Mapping[str, Any]) -> tuple[int, int]:
    """(ok, total) stated facts: ok when the fact's text appears verbatim in its citation's quote."""
    cites = citation_map(pred)
    facts = pred.get("facts", [])
    ok = sum(1 for f in facts
             if (c := cites.get(f.get("citation"))) is not None and f.get("text", "")
             and f["text"] in c.get("quote", ""))
    return ok, len(facts)


# --- one question ---------------------------------------------------------------------------

@dataclass
class QuestionScore:
    """Everything measured about one question; ``to_dict`` goes into predictions.jsonl."""

    id: str
    type: str
    lang: str
    answerable: bool
    abstained: bool
    value_correct: bool | None
    citation_correct: bool | None
    answer_correct: bool
    retrieval: bool  # whether retrieval can be scored (answerable, evidence located)
    hit_rank: int | None  # 1-based rank of the first passage on the evidence
    evidence_in_top: bool | None  # the whole evidence span inside the top passage
    citations: int
    citations_exact: int
    facts: int
    facts_in_quote: int
    latency_ms: float | None
    cause: str | None  # failure label (CAUSES); None when the answer is correct
    matched: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["matched"] = list(self.matched)
        return d


def cause_of(s: QuestionScore) -> str | None:
    """Why a question failed, most upstream cause first."""
    if s.answer_correct:
        return None
    if not s.answerable:
        return FALSE_ANSWER
    if s.retrieval and s.hit_rank is None:
        return RETRIEVAL_MISS
    if s.abstained:
        return WRONGLY_ABSTAINED
    if s.value_correct is False or (s.value_correct is None and not s.citation_correct):
        return WRONG_FACT
    return CITATION_OFF


def score_question(gold: GoldItem, pred: Mapping[str, Any], texts: Mapping[str, str]) -> QuestionScore:
    """Score one answer dict against its gold item."""
    spans = evidence_spans(gold, texts)
    j = judge(gold, pred, spans)
    passages = pred.get("passages", [])
    retrieval = gold.answerable and bool(spans)
    rank = first_hit_rank(passages, gold.doc, spans) if retrieval else None
    top = (passage_contains(passages[0], gold.doc, spans) if passages else False) if retrieval else None
    c_ok, c_n = integrity(pred, texts)
    f_ok, f_n = numbers_in_quotes(pred)
    total = (pred.get("timings_ms") or {}).get("total")
    s = QuestionScore(
        id=gold.id, type=gold.type, lang=gold.lang, answerable=gold.answerable,
        abstained=bool(pred.get("abstained")), value_correct=j.value_correct,
        citation_correct=j.citation_correct, answer_correct=j.answer_correct,
        retrieval=retrieval, hit_rank=rank, evidence_in_top=top,
        citations=c_n, citations_exact=c_ok, facts=f_n, facts_in_quote=f_ok,
        latency_ms=float(total) if isinstance(total, (int, float)) else None,
        cause=None, matched=j.matched,
    )
    s.cause = cause_of(s)
    return s


# --- aggregation ----------------------------------------------------------------------------

def mean(flags: Iterable[bool | None]) -> float | None:
    """Share of True among the non-None flags; None when there are none."""
    xs = [bool(f) for f in flags if f is not None]
    return sum(xs) / len(xs) if xs else None


def percentile(values: Iterable[float], q: float) -> float | None:
    """The q-th percentile (0–100) with linear interpolation between ranks (numpy's default)."""
    xs = sorted(values)
    if not xs:
        return None
    pos = (len(xs) - 1) * q / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def retrieval_stats(ranks: Sequence[int | None], depth: int, ks: Sequence[int] = RECALL_KS,
                    mrr_at: int | None = None) -> dict[str, Any]:
    """recall@k (share with a hit at rank ≤ k) and MRR@``mrr_at`` (default: ``depth``) over
    questions with locatable evidence. recall@k for k beyond ``depth`` (passages retrieved) is
    None: it was not measured."""
    n = len(ranks)
    cut = min(mrr_at or depth, depth)
    out: dict[str, Any] = {"n": n, "depth": depth, "mrr_at": cut}
    for k in ks:
        out[f"recall@{k}"] = (sum(1 for r in ranks if r is not None and r <= k) / n
                              if n and k <= depth else None)
    out["mrr"] = sum(1.0 / r for r in ranks if r is not None and r <= cut) / n if n else None
    return out


def abstention_stats(scores: Sequence[QuestionScore]) -> dict[str, Any]:
    """Abstention as a classifier (positive = abstained).

    precision = correct abstentions / abstentions; recall = correct abstentions / unanswerable;
    false_answer_rate = unanswerable questions answered / unanswerable; missed_answer_rate =
    answerable questions abstained / answerable; wrong_answer_rate = answered answerable questions
    whose value is wrong / answered answerable questions (a wrong number, worse than abstaining).
    """
    unans = [s for s in scores if not s.answerable]
    ans = [s for s in scores if s.answerable]
    tp = sum(s.abstained for s in unans)
    fp = sum(s.abstained for s in ans)
    answered = [s for s in ans if not s.abstained and s.value_correct is not None]
    return {
        "abstained": tp + fp,
        "precision": tp / (tp + fp) if tp + fp else None,
        "recall": tp / len(unans) if unans else None,
        "false_answer_rate": (len(unans) - tp) / len(unans) if unans else None,
        "missed_answer_rate": fp / len(ans) if ans else None,
        "wrong_answer_rate": (sum(not s.value_correct for s in answered) / len(answered)
                              if answered else None),
    }


def group_metrics(scores: Sequence[QuestionScore], depth: int) -> dict[str, Any]:
    """All aggregate metrics over one group of questions."""
    c_ok, c_n = sum(s.citations_exact for s in scores), sum(s.citations for s in scores)
    f_ok, f_n = sum(s.facts_in_quote for s in scores), sum(s.facts for s in scores)
    lat = [s.latency_ms for s in scores if s.latency_ms is not None]
    causes: dict[str, int] = defaultdict(int)
    for s in scores:
        if s.cause:
            causes[s.cause] += 1
    return {
        "n": len(scores),
        "answerable": sum(s.answerable for s in scores),
        "unanswerable": sum(not s.answerable for s in scores),
        "answer_accuracy": mean(s.answer_correct for s in scores),
        "value_accuracy": mean(s.value_correct for s in scores),
        "citation_accuracy": mean(s.citation_correct for s in scores),
        "abstention": abstention_stats(scores),
        "retrieval": retrieval_stats([s.hit_rank for s in scores if s.retrieval], depth),
        "answer_in_top_passage": mean(s.evidence_in_top for s in scores),
        "citation_integrity": c_ok / c_n if c_n else None,
        "number_in_quote": f_ok / f_n if f_n else None,
        "citations": c_n,
        "facts": f_n,
        "latency_ms": {"n": len(lat), "p50": percentile(lat, 50), "p95": percentile(lat, 95)},
        "causes": dict(sorted(causes.items(), key=lambda kv: CAUSES.index(kv[0]))),
    }


def aggregate(scores: Sequence[QuestionScore], depth: int) -> dict[str, Any]:
    """Metrics overall and split by question type and by language."""
    def split(key: str) -> dict[str, Any]:
        groups: dict[str, list[QuestionScore]] = defaultdict(list)
        for s in scores:
            groups[getattr(s, key)].append(s)
        return {k: group_metrics(v, depth) for k, v in sorted(groups.items())}

    return {"overall": group_metrics(scores, depth), "by_type": split("type"), "by_lang": split("lang")}


def baseline_metrics(golds: Sequence[GoldItem], ranked: Sequence[Sequence[Mapping[str, Any]]],
                     texts: Mapping[str, str], depth: int, mrr_at: int | None = None) -> dict[str, Any]:
    """Retrieval-only scores of a ranked passage list per question (same order as ``golds``):
    recall@k, MRR@``mrr_at`` and the answer-in-top-passage rate, over answerable questions."""
    ranks: list[int | None] = []
    tops: list[bool] = []
    for gold, passages in zip(golds, ranked, strict=True):
        spans = evidence_spans(gold, texts)
        if not gold.answerable or not spans:
            continue
        ranks.append(first_hit_rank(passages, gold.doc, spans))
        tops.append(bool(passages) and passage_contains(passages[0], gold.doc, spans))
    return {**retrieval_stats(ranks, depth, mrr_at=mrr_at), "answer_in_top_passage": mean(tops)}
