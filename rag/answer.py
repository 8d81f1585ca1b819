"""Extractive answering: choose the stated fact(s) that answer a question, or abstain.

Every candidate is a ``Fact`` read at ingest. A candidate must pass hard checks (the unit or
kind asked for, the year and place asked about); survivors are ranked by how well the words
right before the number name the metric asked for. Below a calibrated coverage the assistant
abstains: a wrong number is worse than "not found".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.numbers import unit_kind
from index.schema import Chunk, Document, Fact
from rag import vocabulary as V
from rag.question import Question

# Minimum share of the question's metric bigrams found around the number. Tuned on the dev
# gold set for few false answers first, then recall (see eval reports).
MIN_COVERAGE = 0.5
MIN_ENTITY_COVERAGE = 0.55
_CLAUSE_SPLIT = re.compile(r"[,;:、()“”\"]")
_DECAY = 0.55  # weight of each clause further left of the number
_RIGHT_WEIGHT = 0.6  # the clause after the number ("达到10933件、5809件" names come before, mostly)
_SENTENCE_WEIGHT = 0.35  # anywhere else in the sentence
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年")
_TARGET_SENTENCE = ("力争", "目标", "计划", "预计", "争取", "确保", "将", "拟")
_PEOPLE_UNITS = {"人", "名", "位", "人次"}


@dataclass
class Candidate:
    fact: Fact
    score: float
    coverage: float
    target: bool
    rank: int  # of its chunk in the fused retrieval


@dataclass
class Selection:
    """What to state: facts (numeric answer) or sentences (non-numeric), best first."""

    facts: list[Candidate] = field(default_factory=list)
    sentences: list[tuple[str, int, int, float]] = field(default_factory=list)  # doc, start, end, coverage
    reason: str | None = None  # why nothing was chosen


# --------------------------------------------------------------------------- text matching

_CANON: list[tuple[re.Pattern[str], str]] = []


def canonical(text: str) -> str:
    """Rewrite vocabulary variants to one form per group: "高企" → "高新技术企业"."""
    if not _CANON:
        pairs = sorted(
            ((v, g[0]) for g in V.SYNONYM_GROUPS for v in g[1:] if len(v) >= 2 and v not in g[0]),
            key=lambda p: -len(p[0]),
        )
        keep = sorted({g[0] for g in V.SYNONYM_GROUPS}, key=len, reverse=True)
        # Canonical words are matched first so "同比增长" is not rewritten through "增长".
        alternation = "|".join(re.escape(w) for w in keep + [v for v, _ in pairs])
        mapping = {v: c for v, c in pairs}
        _CANON.append((re.compile(alternation), mapping))  # type: ignore[arg-type]
    pattern, mapping = _CANON[0]
    return pattern.sub(lambda m: mapping.get(m.group(0), m.group(0)), text)  # type: ignore[union-attr]


def bigrams(text: str) -> set[str]:
    text = re.sub(r"[\s\d.%]+", " ", text)
    grams = set()
    for word in text.split():
        if len(word) == 1:
            grams.add(word)
        grams.update(word[i : i + 2] for i in range(len(word) - 1))
    return grams


def metric_coverage(metric: str, sentence: str, number_at: int) -> float:
    """Share of the metric's bigrams found near the number, nearer clauses weighing more.

    The clause holding the number counts fully, each clause further left ×0.55, the clause to
    the right ×0.6, the rest of the sentence ×0.35.
    """
    wanted = bigrams(canonical(metric))
    if not wanted:
        return 0.0
    left = canonical(sentence[:number_at])
    right_end = _CLAUSE_SPLIT.search(sentence, number_at)
    right = canonical(sentence[number_at : right_end.start() if right_end else len(sentence)])
    clauses = _CLAUSE_SPLIT.split(left)[::-1]
    weights: dict[str, float] = {}
    for i, clause in enumerate(clauses):
        for g in bigrams(clause):
            weights[g] = max(weights.get(g, 0.0), _DECAY**i)
    for g in bigrams(right):
        weights[g] = max(weights.get(g, 0.0), _RIGHT_WEIGHT)
    for g in bigrams(canonical(sentence)):
        weights[g] = max(weights.get(g, 0.0), _SENTENCE_WEIGHT)
    return sum(weights.get(g, 0.0) for g in wanted) / len(wanted)


def plain_coverage(metric: str, text: str) -> float:
    wanted = bigrams(canonical(metric))
    if not wanted:
        return 0.0
    have = bigrams(canonical(text))
    return len(wanted & have) / len(wanted)


# --------------------------------------------------------------------------- hard checks


def unit_score(q: Question, fact: Fact) -> float:
    """1 for the unit asked, a fraction for a compatible one, 0 for a mismatch."""
    from index.cleaning import normalize_query

    unit = normalize_query(fact.unit)
    kind = fact.kind
    if kind == "date":
        return 1.0 if "date" in q.kinds else 0.0
    if kind == "rank":
        return 1.0 if "rank" in q.kinds else 0.0
    if "rank" in q.kinds:
        return 0.0
    if "date" in q.kinds:
        return 0.0
    if q.unit:
        if unit == q.unit:
            return 1.0
        if unit.endswith(q.unit) and unit[: -len(q.unit)] in {"万", "亿", "千", "百"}:
            return 0.9
        if q.unit == "人" and unit in _PEOPLE_UNITS:
            return 0.7
        if q.unit == "个" and unit in {"家", "项", "所", "座"}:
            return 0.5
        return 0.0
    if "points" in q.kinds:
        return 1.0 if kind == "points" else 0.0
    if "percent" in q.kinds:
        return 1.0 if kind == "percent" else 0.0
    if "growth" in q.kinds:
        if kind in {"percent", "points"}:
            return 1.0
        return 0.0 if not (q.kinds & {"money", "money_or_count"}) else 0.6
    if "money" in q.kinds:
        return 1.0 if kind == "money" else 0.0
    if "money_or_count" in q.kinds:
        return 1.0 if unit.startswith("万") else 0.3
    if kind == "plain" and not unit:
        return 0.4  # a bare number: table cells whose unit is not in the header
    return 0.8 if kind in {"count", "money", "percent", "points", "ratio"} else 0.5


def fact_years(fact: Fact, doc: Document) -> set[int]:
    """Years a fact speaks of: from its section heading, else its sentence, else the report."""
    years = {int(y) for y in _YEAR.findall(fact.section or "")}
    if not years:
        years = {int(y) for y in _YEAR.findall(fact.sentence[: fact.number_at])}
    if not years and doc.year:
        years = {doc.year + 1} if is_target(fact) and not _half_year_plan(fact, doc) else {doc.year}
    return years


def _half_year_plan(fact: Fact, doc: Document) -> bool:
    # A 下半年 plan in a half-year report is the same year as the report.
    return "下半年" in (fact.section or "") or "下半年" in (doc.period or "")


def is_target(fact: Fact) -> bool:
    """A planned figure: in a plan section (思路/目标/计划…) or stated with 力争/目标/计划…."""
    section = fact.section or ""
    if any(w in section for w in V.TARGET_SECTION_WORDS):
        return True
    left = fact.sentence[: fact.number_at]
    return any(w in left for w in _TARGET_SENTENCE)


def period_ok(q: Question, fact: Fact, doc: Document) -> bool:
    if q.years and not (set(q.years) & fact_years(fact, doc)):
        return False
    if q.half:
        where = (doc.period or "") + (fact.section or "") + fact.sentence + (doc.title or "")
        if q.half not in where:
            return False
    return True


def region_ok(q: Question, fact: Fact, doc: Document, chunk: Chunk) -> bool:
    if not q.places:
        return True
    where = " ".join(filter(None, [doc.region, doc.title, fact.section, fact.sentence, chunk.text]))
    return any(p in where for p in q.places)


# --------------------------------------------------------------------------- selection


def select_facts(
    q: Question,
    ranked: list[int],
    chunks: list[Chunk],
    documents: dict[str, Document],
    facts_by_chunk: dict[int, list[Fact]],
) -> Selection:
    """Candidates from the ranked chunks that pass the hard checks, best first."""
    candidates: list[Candidate] = []
    seen: set[int] = set()
    rejected_for: dict[str, int] = {}
    for rank, chunk_id in enumerate(ranked):
        chunk = chunks[chunk_id]
        doc = documents[chunk.doc_id]
        for fact in facts_by_chunk.get(chunk_id, []):
            if fact.fact_id in seen:
                continue
            seen.add(fact.fact_id)
            u = unit_score(q, fact)
            if u == 0.0:
                rejected_for["unit"] = rejected_for.get("unit", 0) + 1
                continue
            if not period_ok(q, fact, doc):
                rejected_for["period"] = rejected_for.get("period", 0) + 1
                continue
            if not region_ok(q, fact, doc, chunk):
                rejected_for["region"] = rejected_for.get("region", 0) + 1
                continue
            coverage = metric_coverage(q.metric, fact.sentence, fact.number_at)
            target = is_target(fact)
            intent = 1.0
            if q.wants_target and not target:
                intent = 0.6
            elif not q.wants_target and target:
                intent = 0.5 if q.wants_result else 0.8
            prior = 1.0 / (1.0 + 0.04 * rank)
            score = coverage * (0.6 + 0.4 * u) * intent * prior
            candidates.append(Candidate(fact, score, coverage, target, rank))
    candidates.sort(key=lambda c: (-c.score, c.rank, c.fact.start))
    good = [c for c in candidates if c.coverage >= MIN_COVERAGE]
    if not good:
        reason = "没有找到与问题所问指标相符的数字"
        if not candidates and rejected_for:
            worst = max(rejected_for, key=rejected_for.get)
            reason = {
                "unit": "找到的数字单位与问题不符",
                "period": "报告中没有问题所问年份/时期的数字",
                "region": "报告中没有问题所问地区的数字",
            }[worst]
        return Selection(reason=reason)
    return Selection(facts=good)


def choose_stated(q: Question, selection: Selection) -> list[Candidate]:
    """The fact(s) to state: one per metric part of a 分别 question, else the best one
    plus the other numbers its own 分别 clause lists."""
    if not selection.facts:
        return []
    best = selection.facts[0]
    if not q.multi:
        return [best]
    if len(q.metric_parts) >= 2:
        chosen: list[Candidate] = []
        for part in q.metric_parts:
            scored = sorted(
                selection.facts,
                key=lambda c: -metric_coverage(part, c.fact.sentence, c.fact.number_at) * (1 / (1 + 0.04 * c.rank)),
            )
            for c in scored:
                if c not in chosen and metric_coverage(part, c.fact.sentence, c.fact.number_at) >= MIN_COVERAGE * 0.8:
                    chosen.append(c)
                    break
        if len(chosen) >= 2:
            return sorted(chosen, key=lambda c: (c.fact.doc_id, c.fact.start))
    # "…分别达到10933件、5809件": state every number of the same kind in that list.
    siblings = [
        c
        for c in selection.facts
        if c.fact.doc_id == best.fact.doc_id
        and c.fact.sentence_start == best.fact.sentence_start
        and c.fact.kind == best.fact.kind
    ]
    sentence = best.fact.sentence
    at = sentence.find("分别")
    if at >= 0:
        listed = [c for c in siblings if c.fact.number_at > at]
        if len(listed) >= 2:
            return sorted(listed, key=lambda c: c.fact.start)
    return [best]


def select_sentences(
    q: Question,
    ranked: list[int],
    chunks: list[Chunk],
    documents: dict[str, Document],
    split_sentences,
) -> Selection:
    """For non-numeric questions: the sentence whose words best cover the question's."""
    best: list[tuple[float, str, int, int]] = []
    for rank, chunk_id in enumerate(ranked):
        chunk = chunks[chunk_id]
        doc = documents[chunk.doc_id]
        for start, end, norm in split_sentences(doc, chunk):
            if q.places and not any(p in (norm + (doc.region or "") + (chunk.section or "")) for p in q.places):
                continue
            if q.years:
                years = {int(y) for y in _YEAR.findall(norm + (chunk.section or ""))} or ({doc.year} if doc.year else set())
                if not set(q.years) & years:
                    continue
            cov = plain_coverage(q.metric, norm)
            best.append((cov / (1 + 0.04 * rank), chunk.doc_id, start, end))
    best.sort(key=lambda t: -t[0])
    if not best or best[0][0] < MIN_ENTITY_COVERAGE:
        return Selection(reason="没有找到回答这个问题的句子")
    return Selection(sentences=[(d, s, e, c) for c, d, s, e in best[:1]])
