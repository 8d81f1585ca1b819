"""The one query API: ``Assistant.load(index_dir).ask(question)`` → ``Answer``.

The CLI, the Gradio app and the eval harness all call this; none holds query logic of its own.
"""
from __future__ import annotations

import math
import re
import threading
import time
from pathlib import Path

import numpy as np

from index.numbers import extract_numbers
from index.schema import Chunk, Document, Fact
from index.store import IndexData, IndexStoreError, current_generation, load_index
from rag import vocabulary as V
from rag.answer import (
    choose_stated,
    extreme_words,
    items_unnamed,
    select_choice_extreme,
    select_extreme,
    select_facts,
    select_listed_extreme,
    select_sentences,
    shown_text,
)
from rag.checks import (
    cleaned_view,
    without_subject,
)
from rag.errors import RagError
from rag.question import Question, QuestionError, analyze_question
from rag.reading import (
    CITY_AND_COUNTRY,
    RUNNING_TOTAL,
    Candidate,
    bigrams,
    canonical,
    clause_after,
    names_after,
)
from rag.retrieval import Hit, Retriever
from rag.schema import Answer, Citation, Passage, StatedFact

_OPENING_CHARS = 600  # how far into a report its overview paragraph runs
CANDIDATE_CHUNKS = 10  # chunks whose facts compete; more only adds far-off numbers
_SENTENCE = re.compile(r"[^。!?;！？；\n]+[。!?;！？；]?")


def opening_chunks(chunks: list) -> dict[str, list[int]]:
    """Per report, the chunks opening its body: the overview paragraph states the headline
    figures, often in sentences too crowded to rank well for any one of them."""
    openings: dict[str, list[int]] = {}
    for c in chunks:
        if c.start < _OPENING_CHARS:
            openings.setdefault(c.doc_id, []).append(c.chunk_id)
    return openings


class Assistant:
    """Answers questions from one index directory; thread-safe, and follows index rebuilds."""

    def __init__(self, index_dir: Path, index: IndexData, encoder) -> None:
        self.index_dir = Path(index_dir)
        self.index = index
        self.encoder = encoder
        self.retriever = Retriever(index, encoder)
        self.idf = bigram_idf(index.chunks)
        self.openings = opening_chunks(index.chunks)
        self._lock = threading.Lock()

    @classmethod
    def load(cls, index_dir: Path, model: str | None = None, encoder=None) -> Assistant:
        """Load the live index and its embedding model; RagError with one line on any problem.

        ``encoder`` reuses an already loaded model (it must be the one the index was built with).
        """
        from index.embedding import EmbeddingModelError
        from index.query_encoder import load_query_encoder

        index_dir = Path(index_dir)
        # jieba's dictionary takes a second to load; do it while the model loads.
        warm = threading.Thread(target=_warm_tokenizer, daemon=True)
        warm.start()
        try:
            index = load_index(index_dir)
        except IndexStoreError as e:
            raise RagError(str(e)) from None
        if model and model != index.manifest.model:
            raise RagError(
                f"index at {index_dir} was built with model {index.manifest.model!r}, not {model!r}: "
                f"re-index with `rag index --model {model}`"
            )
        if encoder is None:
            try:
                encoder = load_query_encoder(index.manifest.model)
            except EmbeddingModelError as e:
                raise RagError(str(e)) from None
        elif encoder.name != index.manifest.model:
            raise RagError(f"index at {index_dir} was built with {index.manifest.model!r}, not {encoder.name!r}: re-index")
        if encoder.dim != index.manifest.dim:
            raise RagError(f"model {encoder.name} gives {encoder.dim}-d vectors, index has {index.manifest.dim}: re-index")
        warm.join()
        return cls(index_dir, index, encoder)

    def refresh(self) -> bool:
        """Swap in a newer index generation if a rebuild finished; True when it did."""
        live = current_generation(self.index_dir)
        if live is None or live == self.index.path:
            return False
        with self._lock:
            if live == self.index.path:
                return False
            try:
                fresh = load_index(self.index_dir)
            except IndexStoreError:
                return False  # keep serving the old one; the builder reports its own errors
            if fresh.manifest.model != self.index.manifest.model:
                return False
            self.idf = bigram_idf(fresh.chunks)
            self.openings = opening_chunks(fresh.chunks)
            self.index = fresh
            self.retriever = Retriever(fresh, self.encoder)
            return True

    # ------------------------------------------------------------------ asking

    def ask(self, question: str, top_k: int = 5, id=None) -> Answer:  # noqa: A002 - the contract's name
        """Answer with cited facts, or abstain; bad questions raise QuestionError (one line)."""
        t0 = time.perf_counter()
        # One index generation per question.
        index, retriever, idf, openings = self.index, self.retriever, self.idf, self.openings
        q = analyze_question(question)
        hits = retriever.search(q.search_text, k=max(top_k, CANDIDATE_CHUNKS))
        t1 = time.perf_counter()
        ranked = [h.chunk_id for h in hits]
        if hits and not (q.extreme or q.entity):
            # Last: the report's summary paragraph may state a figure too crowded to rank well.
            ranked += [c for c in openings.get(index.chunks[hits[0].chunk_id].doc_id, []) if c not in ranked]
        answer = Answer(question=question, answer="", abstained=True, id=id)
        if q.extreme:
            self._answer_extreme(q, ranked, index, idf, answer)
        elif q.entity:
            self._answer_sentence(q, ranked, index, idf, answer)
        else:
            self._answer_numbers(q, ranked, index, idf, answer)
        answer.passages = self._passages(hits, index, answer, top_k)
        t2 = time.perf_counter()
        answer.timings_ms = {
            "retrieve": round((t1 - t0) * 1000, 2),
            "answer": round((t2 - t1) * 1000, 2),
            "total": round((t2 - t0) * 1000, 2),
        }
        return answer

    def _answer_numbers(self, q: Question, ranked: list[int], index: IndexData, idf: dict, answer: Answer) -> None:
        def select(part: Question):
            return select_facts(part, ranked, index.chunks, index.documents, index.facts_by_chunk, idf)

        selection = select(q)
        stated = choose_stated(q, selection, select)
        if not stated:
            items = items_unnamed(q, selection.facts) if selection.facts else []
            answer.reason = selection.reason or (f"报告只分项给出这个数字（{'、'.join(items)}），问题没有指明哪一项" if items else None)
            return
        citations: dict[tuple[str, int, int], Citation] = {}
        facts: list[StatedFact] = []
        for cand in stated:
            cite = self._cite(cand.fact, index, citations)
            facts.append(StatedFact(_plain_number(cand.fact.value), cand.fact.unit, cand.fact.text, cite.id))
        answer.facts = facts
        answer.citations = list(citations.values())
        answer.answer = compose_answer(q, stated, facts)
        answer.abstained = False

    def _cite(self, fact: Fact, index: IndexData, citations: dict) -> Citation:
        doc = index.documents[fact.doc_id]
        key = (fact.doc_id, fact.sentence_start, fact.sentence_end)
        if key not in citations:
            citations[key] = Citation(
                id=len(citations) + 1,
                doc=fact.doc_id,
                start=fact.sentence_start,
                end=fact.sentence_end,
                quote=doc.text[fact.sentence_start : fact.sentence_end],
                section=section.label if (section := doc.section_at(fact.start)) else fact.section,
                title=doc.title,
            )
        return citations[key]

    def _answer_extreme(self, q: Question, ranked: list[int], index: IndexData, idf: dict, answer: Answer) -> None:
        if chosen := select_choice_extreme(q, ranked[:CANDIDATE_CHUNKS], index.chunks, index.facts_by_chunk, idf):
            name, cand = chosen  # the question lists the items; one sentence gives each its number
            self._state_extreme(cand.fact, name, _measure_named(q, index.documents[cand.fact.doc_id]), q, index, answer)
            return
        selection = select_extreme(q, ranked[:CANDIDATE_CHUNKS], index.chunks, index.documents, index.facts_by_chunk, idf)
        if selection.facts:
            fact = selection.facts[0].fact
            # The row's label as the report writes it; the column's header without its unit.
            row = _shown_row(index.documents[fact.doc_id], fact).split(" | ")[0].strip()
            column = re.sub(r"\([^()]*\)", "", fact.header).strip()
            self._state_extreme(fact, row, column, q, index, answer)
        elif listed := select_listed_extreme(q, ranked, index.chunks, index.documents, index.facts_by_chunk, idf):
            name, cand = listed  # no table, but one sentence lists the places with their numbers
            self._state_extreme(cand.fact, name, _measure_named(q, index.documents[cand.fact.doc_id]), q, index, answer)
        else:
            self._answer_sentence(q, ranked, index, idf, answer)  # not a table question after all
            if answer.abstained:
                answer.reason = selection.reason

    def _state_extreme(self, fact: Fact, row: str, column: str, q: Question, index: IndexData, answer: Answer) -> None:
        """Answer "哪个…最多" with the winning row (or listed place) and its cited number."""
        cite = self._cite(fact, index, {})
        answer.facts = [StatedFact(_plain_number(fact.value), fact.unit, fact.text, cite.id)]
        answer.citations = [cite]
        unit = fact.unit if fact.unit not in fact.text else ""
        answer.answer = f"{row}：{fact.text}{unit}（{column}{extreme_words(q, fact)}）[1]。"
        answer.abstained = False

    def _answer_sentence(self, q: Question, ranked: list[int], index: IndexData, idf: dict, answer: Answer) -> None:
        selection = select_sentences(
            q, ranked[:CANDIDATE_CHUNKS], index.chunks, index.documents, source_sentences, idf
        )
        if not selection.sentences:
            answer.reason = selection.reason
            return
        doc_id, start, end, _ = selection.sentences[0]
        doc = index.documents[doc_id]
        if _ASKS_NAME.search(q.text) and not _QUOTED_NAME.search(doc.text[start:end]):
            end = _name_in_next_sentence(doc, index, ranked, start, end)
        section = doc.section_at(start)
        cite = Citation(1, doc_id, start, end, doc.text[start:end], section.label if section else None, doc.title)
        answer.citations = [cite]
        # The quote stays exact; the answer reads the sentence as the cleaner does (no page tags).
        answer.answer = f"据报告：“{_LINE_BREAKS.sub('', shown_text(doc, start, end).strip())}”[1]"
        answer.abstained = False

    def _passages(self, hits: list[Hit], index: IndexData, answer: Answer, top_k: int) -> list[Passage]:
        """Ranked context; the chunk an answer was read from comes first."""
        order = [h.chunk_id for h in hits]
        if answer.citations:
            first = answer.citations[0]
            # The chunk holding the stated number, not just the sentence's start: a long
            # sentence can begin in the chunk before.
            fact = next((f for f in answer.facts if f.citation == first.id), None)
            at = first.quote.find(fact.text) if fact is not None else -1
            anchor = first.start + max(at, 0)
            def holds(c: int) -> bool:
                return index.chunks[c].doc_id == first.doc and index.chunks[c].start <= anchor < index.chunks[c].end

            # A table read whole ("哪个区…最高") may cite a row of a chunk retrieval did not rank.
            holder = next((c for c in order if holds(c)), None)
            if holder is None:
                holder = next((c.chunk_id for c in index.chunks if holds(c.chunk_id)), None)
            if holder is not None:
                if holder in order:
                    order.remove(holder)
                order.insert(0, holder)
        score = {h.chunk_id: h.score for h in hits}
        out = []
        for cid in order[:top_k]:
            c: Chunk = index.chunks[cid]
            out.append(Passage(c.doc_id, c.start, c.end, round(score.get(cid, 0.0), 6)))
        return out


_LINE_BREAKS = re.compile(r"\s*\n\s*")  # the answer reads as one sentence; the quote stays exact
_MAX_NAME_SPAN = 400  # characters an answer may run to reach the name its sentence introduces
_ASKS_NAME = re.compile(r"名字|名称|叫什么|叫啥|全称")
_QUOTED_NAME = re.compile(r"[“\"《「][^”\"》」]{2,40}[”\"》」]")


def _name_in_next_sentence(doc: Document, index: IndexData, ranked: list[int], start: int, end: int) -> int:
    """Where the answer ends when its sentence introduces a name the next one gives ("二是筹建科技
    银行。…目前,“某银行科技支行”设立方案已获批准"): the next sentence's end, else ``end``."""
    for chunk_id in ranked:
        chunk = index.chunks[chunk_id]
        if chunk.doc_id != doc.doc_id or not chunk.start <= start < chunk.end:
            continue
        sentences = list(source_sentences(doc, chunk))
        at = next((i for i, (s0, _, _) in enumerate(sentences) if s0 == start), None)
        if at is None:
            return end
        for _, e1, norm in sentences[at + 1 : at + 3]:  # the name comes within two sentences
            if e1 - start > _MAX_NAME_SPAN:
                break
            if _QUOTED_NAME.search(norm):
                return e1
        return end
    return end


def _warm_tokenizer() -> None:
    import jieba

    jieba.initialize()


def bigram_idf(chunks: list[Chunk]) -> dict[str, float]:
    """IDF of each character bigram over the chunks (canonical vocabulary forms)."""
    df: dict[str, int] = {}
    for c in chunks:
        for g in bigrams(canonical(c.text)):
            df[g] = df.get(g, 0) + 1
    n = len(chunks)
    return {g: math.log((n + 1) / (d + 0.5)) for g, d in df.items()}


def _shown_row(doc: Document, fact: Fact) -> str:
    """The table row holding ``fact`` as the cleaner reads it (a web page's row without its tags)."""
    return shown_text(doc, fact.sentence_start, fact.sentence_end)


def source_sentences(doc: Document, chunk: Chunk):
    """(start, end, normalised text) of each sentence of a chunk, in source offsets.

    Sentences are read on the whole report's cleaned view, where a sentence cut by a scraped
    page break is whole again; the span then covers the break in the source.
    """
    clean = cleaned_view(doc.text)
    lo = int(np.searchsorted(clean.offsets, chunk.start))
    hi = int(np.searchsorted(clean.offsets, chunk.end))
    for m in _SENTENCE.finditer(clean.text, lo, hi):
        raw = m.group(0)
        if len(raw.strip()) < 4:
            continue
        start = m.start() + (len(raw) - len(raw.lstrip()))
        end = m.end() - (len(raw) - len(raw.rstrip()))
        s, e = clean.source_span(start, end)
        yield s, e, clean.text[start:end]


def _plain_number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


_LABEL_TAIL = re.compile(r"(?:分别|(?<!最)高达|达到|达|为|是|共|约|超过|超|近|从|提升至|提升到|至|到|的|力争|确保|争取)+$")  # "最高达": 最高 stays
_CHANGE = re.compile(r"(?:提升|提高|增长|增加|下降|降低|上升)(?:到|至)?")
_FROM = re.compile(r"从[^从]*$")  # "研发强度从2月的" → "研发强度"
# A list marker ("(二)", "3.") or a linking word opens a clause but names nothing.
_LABEL_LEAD = re.compile(r"^[*#>\s]*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、](?!\d))?(?:尤其是|其中|此外|另外|同时|并且|而且|以及)?")
_JOINERS = " 、和与及"


def label_clause(context: str) -> str:
    """The words naming the number that follows ``context``: its clause after the last number.

    >>> label_clause("入选2022年度国家引才计划1人、省级引才计划")
    '省级引才计划'
    >>> label_clause("技术交易总额和科技型中小微企业数,增幅高达25.7%、42.7%和")
    '增幅'
    >>> label_clause("规上工业研发强度从2月的2.81%提升到5月的")
    '规上工业研发强度'
    """
    clause = re.split(r"[,;:。]", context.strip(" ,:;、"))[-1]
    mentions = extract_numbers(clause)
    numbers = [m for m in mentions if m.kind != "date"]
    if numbers:
        # "4000套(间)的": the unit's aside names nothing.
        after = re.sub(r"^[(（][^()（）]{1,6}[)）]", "", clause[numbers[-1].end :]).strip(_JOINERS)
        for m in reversed([m for m in mentions if m.kind == "date" and m.start >= numbers[-1].end]):
            after = (after[: m.start - numbers[-1].end] + after[m.end - numbers[-1].end :]).strip(_JOINERS)
        # Nothing after the last number but a verb or a date ("25.7%、42.7%和", "提升到5月的"):
        # the numbers are a list or a change, named before the first of them.
        if len(_LABEL_TAIL.sub("", _CHANGE.sub("", after.strip(_JOINERS))).strip()) < 2:
            after = ""
        clause = after or _FROM.sub("", clause[: numbers[0].start].strip(_JOINERS))
    return _LABEL_LEAD.sub("", _LABEL_TAIL.sub("", clause)).strip()


def _measure_named(q: Question, doc: Document) -> str:
    """What a listed comparison measures, as the question names it, less who reports and a
    leading preposition or place word: "派驻妇幼专科医生" of "…妇幼保健院向哪个镇派驻妇幼专科医生最多"."""
    words = without_subject(q, doc).metric.split()
    # "对 市场的进出口额": the rows' noun ("市场", "地方") is no part of the measure either.
    return re.sub(
        r"^[向对在给为从]?(?:(?:市场|地方|地区|国家|镇|乡|县|区|市|街道|村)(?![级属内直辖])的?)?", "", "".join(words)
    ) or q.metric.replace(" ", "")


def fact_label(cand: Candidate, fallback: str) -> str:
    """What a stated number measures, in the report's words: the list item it stands for, else
    the clause before it ("新增国家重点扶持高新技术企业")."""
    clause = label_clause(cand.fact.context)
    if names_after(cand.fact):  # "2项专利获省级专利优秀奖", "(2017年)建成国家高新区"
        after = clause_after(cand.fact).strip(" )）、。；;！!？?")  # "…占57.3%。": nothing follows
        return after or (clause if len(clause) >= 2 else "") or fallback  # not a bare "占"
    if cand.fact.header:  # a table cell: its row's label and its column's header
        return f"{clause}（{cand.fact.header}）"
    if cand.aligned:
        item = _LABEL_LEAD.sub("", _LABEL_TAIL.sub("", cand.aligned.replace("分别", ""))).strip().replace(" ", "")
        # "增幅高达" names what every item of the list measures; a clause that is the list does not.
        # Nor does a range the list spells out ("1至6月分别受理": the item is "1月受理").
        # Nor does the clause the item was read from ("城乡低保标准分别…": the item is 农村低保标准).
        lead = clause.replace("分别", "")
        restated = any(lead.replace("城乡", w, 1) in item for w in CITY_AND_COUNTRY)
        if clause and clause not in item and not restated and not re.search(r"[、和与及]|[\d一二三四五六七八九十]\s*(?:至|到|-)\s*[\d一二三四五六七八九十]", clause):
            return item + clause
        return item or fallback
    if (total := RUNNING_TOTAL.fullmatch(clause)) or (level := _BARE_LEVEL.fullmatch(clause)):
        # "新建智慧公园5个,累计达到9个", "年初长期滞留人员94人,年末降至61人": the total or the
        # year-end level of what the clause before names.
        earlier = re.split(r"[,;:。]", cand.fact.context.strip(" ,;:"))[:-1]
        if earlier and (named := _FLOWS.sub("", label_clause(earlier[-1]))):
            return f"{named}{clause}" if total else f"{named}（{level.group(1)}）"
    if _DATE_ONLY.fullmatch(clause):
        return fallback  # "7月31日达到312.6万千瓦": a date names nothing; the question's words do
    return clause or fallback


_DATE_ONLY = re.compile(r"(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:当天|当日)?")
_BARE_LEVEL = re.compile(r"(年末|年底)(?:降|升|增|减|降低|提高|下降|上升|增长|减少|回落)?")
# The period and the flow are no part of the name of a total or a level.
_FLOWS = re.compile("|".join(("全年", "上半年", "下半年", "年初", "新建", *V.FLOW_WORDS)))


def compose_answer(q: Question, stated: list[Candidate], facts: list[StatedFact]) -> str:
    """A Chinese sentence stating each fact with its [n] marker, saying when a figure is a target."""
    fallbacks = [p.metric for p in q.parts] if len(q.parts) == len(stated) else [q.metric] * len(stated)
    parts = []
    for cand, fact, fallback in zip(stated, facts, fallbacks):
        qualifier = "（目标）" if cand.target else ""
        label = fact_label(cand, fallback.replace(" ", ""))
        parts.append(f"{label}{qualifier}：{fact.text}[{fact.citation}]")
    return "；".join(parts) + "。"


__all__ = ["Assistant", "QuestionError", "RagError", "compose_answer"]
