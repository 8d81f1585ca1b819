"""Extractive answering: choose the stated fact(s) that answer a question, or abstain.

Every candidate is a ``Fact`` read at ingest. A candidate must pass hard checks (the unit or
kind asked for, the year and place asked about); survivors are ranked by how well the words
right before the number name the metric asked for. Below a calibrated coverage the assistant
abstains: a wrong number is worse than "not found".
"""
from __future__ import annotations

import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import TypeVar

import numpy as np

from index.cleaning import normalize_query
from index.gazetteer import find_places
from index.numbers import to_base
from index.schema import Chunk, Document, Fact
from rag import vocabulary as V
from rag.checks import (
    BASE_PENALTY,
    NEW_FLOW,
    PERIOD_END,
    PLACE_ENDS,
    RANK_GROUP_ASKED,
    RANK_SCOPE,
    RATE_ASKED,
    RUNNING_VERB,
    STOCK_ASKED,
    TOGETHER,
    UNASKED_SCOPE,
    YEARS_OWN,
    aligned_item,
    another_bound,
    another_object,
    another_row,
    another_works_figure,
    asks_another_item,
    bounds,
    capacity_mismatch,
    cell_lacks_qualifier,
    cleaned_view,
    common_suffix,
    company_subject,
    compared_base,
    contrast_factor,
    counted_with_others,
    counts_the_listed,
    counts_what_it_has,
    facts_of_chunk,
    flow_for_stock,
    follows_a_sibling,
    grade_named,
    head_stated_elsewhere,
    is_basis,
    is_threshold,
    item_extended,
    item_near,
    lacks_inserted_qualifier,
    named_otherwise,
    names_another_facility,
    names_any,
    names_no_side,
    negates_the_head,
    one_of_a_group,
    part_of_the_period,
    previous_sentence,
    quotes,
    ranks_a_sibling_measure,
    ranks_another_group,
    report_text,
    row_a_kind_of_asked,
    rows_named,
    same_amount,
    sentence_lacks_qualifier,
    sentence_over_table_row,
    shared_by_places,
    sibling_names_the_head,
    sizes_a_rank_group,
    starting_value,
    without_rank_group,
    without_subject,
    years_flow,
)
from rag.question import Question, jieba_last_word
from rag.reading import (
    ACROSS_WEIGHT,
    ADJACENT_WEIGHT,
    AS_OF_END,
    BARE_WORDS,
    BOTTOM_STATED,
    BREAKDOWN,
    BREAKDOWN_LEAD,
    CONTRAST_PENALTY,
    DECAY,
    DIGIT,
    ENDS_IN_NUMBER,
    GROWTH_WORDS,
    HALVES,
    HONOURED_PENALTY,
    ITEM_DECAY,
    KIND_PENALTY,
    LARGEST,
    LEAD_WORDS,
    MIN_COVERAGE,
    MIN_ENTITY_COVERAGE,
    MIN_NEW_BIGRAMS,
    MIN_SCORE,
    NEGATION,
    OTHERWISE_PENALTY,
    PHRASE_SPLIT,
    PLAN_VERB,
    POLARITY_PENALTY,
    PROGRESS,
    PUNCT_RUN,
    QUALIFIED_PENALTY,
    REMAINDER_ROW,
    SAME_SENTENCE_BOOST,
    SCOPE_PENALTY,
    SENTENCE_END,
    SIBLING_PENALTY,
    STARTING_PENALTY,
    STATED_EXTREME_BOOST,
    TABLE_REACH,
    TOP_STATED,
    TOTAL_ROW,
    YEAR,
    Candidate,
    Selection,
    a_part_unasked,
    adjacency,
    bigrams,
    canonical,
    change_of_a_part,
    clause_before,
    counts_another_measure,
    header_words,
    honoured_count,
    is_known_place,
    is_place,
    is_place_row,
    is_target,
    lead,
    made_in_table,
    measured_otherwise,
    measures_in_money,
    metric_coverage,
    month_factor,
    names_after,
    names_nothing,
    names_the_reporting_zone,
    one_projects_figure,
    own_places,
    period_ok,
    phrase_before,
    qualified_otherwise,
    reading,
    region_ok,
    sentence_coverage,
    unit_score,
    weighted_bigrams,
)

# --------------------------------------------------------------------------- preferences among candidates


@dataclass(frozen=True)
class Asked:
    """What a question asks, read once for all its candidates."""

    q: Question
    facts_by_chunk: dict[int, list[Fact]]
    base: str | None  # "比一季度加快" is not "比上年同期提高": the base a change is asked against
    stock: bool  # a level ("面积有多少亩"), not a period's flow
    running_total: bool  # "累计开行…多少列"
    period_flow: bool  # a period's own work ("上半年完成了几个"), not what stands at its end
    new_flow: bool  # "新建…多少个", "净增了多少": what was added, not what stands

    @classmethod
    def of(cls, q: Question, facts_by_chunk: dict[int, list[Fact]]) -> Asked:
        stock = bool(STOCK_ASKED.search(q.text)) and not names_any(canonical(q.text), V.FLOW_WORDS)
        # The part asked, not the whole question: "新增…几家?累计达到多少家?" asks both.
        # Said so: "一共有几个" reads 累计 too, and asks the year's total as often as the running one.
        # "累计认定了多少人", "累计加装": the verb after 累计 is the running total's own, no flow asked;
        # and "到6月底…一共装了多少台" asks what stands at that date.
        as_of_end = bool(AS_OF_END.search(q.text)) and "累计" in canonical(q.text)
        running_total = ("累计" in q.text or as_of_end) and "累计" in q.metric and not names_any(
            RUNNING_VERB.sub("累计", q.metric), V.FLOW_WORDS
        ) and not re.search(r"全年|当年|本年|今年|上半年|下半年", q.text)
        return cls(
            q,
            facts_by_chunk,
            base=compared_base(q.text) if q.change or q.kinds & {"growth", "points"} else None,
            stock=stock,
            running_total=running_total,
            period_flow=bool(HALVES.search(q.text)) and not stock and "累计" not in q.text,  # "上半年一共缴了" too
            # "新购置的设备", "新建了几个": canonical words read every such flow as 新增.
            new_flow=names_any(canonical(q.metric), ("新增", "净增")) and not AS_OF_END.search(q.text),
        )


@dataclass(frozen=True)
class InContext:
    """A candidate fact with what it is read against."""

    fact: Fact
    metric: str  # the metric asked, without who reports
    aligned: str | None  # the list item the number stands for
    before: str  # the sentence before
    about: str  # the report's title, region, period and section; a table's caption for a cell
    chunk: Chunk
    doc: Document
    report: str  # the report's text in canonical words
    not_kinds: str  # words that name no kind: who reports, the places asked
    rows: set[str] | None  # the table rows the question names

    @cached_property
    def clause(self) -> str:
        """The clause the number closes, as written."""
        return clause_before(self.fact, PHRASE_SPLIT)


@dataclass(frozen=True)
class Penalty:
    """A reason a candidate answers less well, and how much less. A preference ranks candidates
    that all answer; the floor, which decides whether anything answers, does not read it."""

    applies: Callable[[Asked, InContext], bool]
    factor: float | Callable[[Asked], float]
    preference: bool = False

    def weight(self, asked: Asked) -> float:
        return self.factor(asked) if callable(self.factor) else self.factor


def _lacks_qualifier(a: Asked, x: InContext) -> bool:
    if lacks_inserted_qualifier(x.metric, x.fact, x.about):
        return True
    if x.fact.header:
        return cell_lacks_qualifier(x.metric, x.fact, x.about, x.report)
    return (sentence_lacks_qualifier(x.metric, x.fact, f"{x.about} {x.before}", x.report, canonical(x.doc.title or ""))
            or another_works_figure(x.metric, x.fact, canonical(x.doc.title or "")))


_UNIT_TAIL = re.compile(r"\s*\([^()]*\)$")
_FLOW_STATED = re.compile(r"^[^。]*?[,;](?![^,;。]{0,3}占)(?:[^,;。\d]{0,6})(?:新增|净增)[^,;。\d]{0,12}\d")  # not a share of it
_TOPIC = re.compile(r"^\s*([^,;:。\d]{2,12}?)中[,:]")


_TOTAL_ASKED = re.compile(r"一共|总共|共计|合计|总计")


def an_unasked_part(asked: str, fact: Fact) -> bool:
    """Whether the number is a breakdown's part named by words of its own before the asked ones:
    "其中集中行动执行到位3.76亿元" for the whole 执行到位 asked."""
    own = canonical(clause_before(fact, PHRASE_SPLIT))
    if not BREAKDOWN.match(own):
        return False
    part = BREAKDOWN.sub("", own).strip(" ,")
    wanted = weighted_bigrams(asked)
    first = next((i for i in range(len(part) - 1) if part[i : i + 2] in wanted), None)
    return first is not None and len(BARE_WORDS.sub("", part[:first]).strip()) >= 2


def _topic(fact: Fact) -> str:
    """What a sentence opens by saying its figures are among: "新接订单中,…绿色动力船舶14艘"."""
    found = _TOPIC.match(canonical(fact.sentence[: fact.number_at]))
    return found.group(1) if found else ""

# Each check reads one candidate against the question; the factors multiply.
# What a table column may measure of its rows; a column of one is no answer for another.
_COLUMN_MEASURES = ("出口额", "进口额", "销售额", "营业收入", "销售收入", "产值", "利润", "税金", "产量", "销量")


def _measure_asked(metric: str, heads) -> str | None:
    """The measure of ``heads`` the metric ends in, or that a sub-question's metric names before its
    item ("鑫锐 产量 炊具")."""
    words = canonical(metric).split()
    if not words:
        return None
    asked = "".join(words)
    found = next((h for h in heads if asked.endswith(h)), None)
    return found or next((h for h in heads if len(words) >= 2 and words[-2].endswith(h)), None)


def column_measures_another(metric: str, fact: Fact, context: str = "") -> bool:
    """Whether a table cell's column measures another thing than the one asked, which neither the
    column, the row nor the table's caption and section name: a 销售收入 column for "马铃薯全粉出口额"."""
    if not fact.header:
        return False
    column = canonical(_UNIT_TAIL.sub("", fact.header))
    heads = [canonical(h) for h in _COLUMN_MEASURES]
    wanted = _measure_asked(metric, heads)
    own = next((h for h in heads if column.endswith(h)), None)
    named = bigrams(canonical(f"{fact.header} {fact.context} {context}"))
    return bool(wanted and own and wanted != own and not bigrams(wanted) & named)


# The measures a clause may end in, by what they count: sales and revenue are one measure of a
# company's selling ("营业收入" and "销售收入" are often one figure), exports another. Keys as
# metrics are read (canonical).
_CLAUSE_MEASURES = {
    canonical(h): kind
    for h, kind in {
        "出口额": "出口", "进口额": "进口", "销售额": "销售", "营业收入": "销售", "销售收入": "销售",
        "利润": "利润", "利润总额": "利润", "税金": "税金", "产量": "产量", "销量": "销量", "销售量": "销量",
    }.items()
}
_CLAUSE_TAIL = re.compile(r"(?:达到?|为|共计|合计|总计|累计|约)$")
# "产量同比增长": the change asked is of the measure before it.
_ASKED_CHANGE = re.compile(r"(?:\s*(?:同比|比上年同期|较上年同期|比上年|较上年|增长|增速|增幅|下降|降幅|提高|提升|减少|增加))+$")


def clause_measures_another(metric: str, fact: Fact) -> bool:
    """Whether the number's own clause (a bare change's: the phrase before) ends in a measure of
    another kind than the one asked, without naming the asked one: "其中鹿茸及制品销售收入1.33亿元"
    for "鹿茸及制品出口额", "营业收入…同比增长5.6%" for the 产量's growth."""
    if fact.header:
        return False
    wanted = _measure_asked(_ASKED_CHANGE.sub("", canonical(metric)), _CLAUSE_MEASURES)
    if wanted is None:
        return False
    own = clause_before(fact, PHRASE_SPLIT)
    # Not a share's: "出口额3860万元,占营业收入的7.1%" is the 出口额's share of the 营业收入 asked.
    if names_nothing(own) and "占" not in metric:
        # "营业收入为11.52亿元,同比增长5.6%": a bare change measures what the phrase before names.
        own = ENDS_IN_NUMBER.sub("", phrase_before(fact))
    own = _CLAUSE_TAIL.sub("", canonical(own))
    stated = next((h for h in _CLAUSE_MEASURES if own.endswith(h)), None)
    return bool(stated) and _CLAUSE_MEASURES[stated] != _CLAUSE_MEASURES[wanted] and not bigrams(wanted) & bigrams(own)


@lru_cache(maxsize=1024)  # one metric per report, read for every candidate
def quantity_asked(metric: str) -> str:
    """The quantity a metric ends in when it is a word of its own: "货运量" of 友谊关口岸出口货运量;
    "" for 产量 and 销量, which reports state by a verb ("生产…1.46万吨")."""
    words = canonical(metric).split()
    head = jieba_last_word(words[-1]) if words else ""
    return head if len(head) == 3 and head.endswith("量") else ""


def quantity_unnamed(metric: str, fact: Fact, aligned: str | None) -> bool:
    """Whether the quantity asked ("货运量") goes unnamed by the number's sentence, header and list
    item: "友谊关口岸出入境人员612.8万人次" names the port asked, not its 货运量."""
    head = quantity_asked(metric)
    return bool(head) and head[:2] not in canonical(f"{fact.sentence} {fact.header} {aligned or ''}")


PENALTIES: tuple[Penalty, ...] = (
    # A quantity asked that the number's sentence, header and list item never name.
    Penalty(lambda a, x: quantity_unnamed(x.metric, x.fact, x.aligned), CONTRAST_PENALTY),
    # A table column of another measure: 销售收入 for 出口额.
    Penalty(lambda a, x: column_measures_another(x.metric, x.fact, x.about), CONTRAST_PENALTY),
    # And a clause that ends in one: "其中鹿茸及制品销售收入1.33亿元" for the 出口额.
    Penalty(lambda a, x: clause_measures_another(x.metric, x.fact), OTHERWISE_PENALTY),
    # Another kind of the thing asked: 餐厨垃圾 for 建筑垃圾.
    Penalty(lambda a, x: x.fact.kind != "rank" and named_otherwise(x.metric, x.fact, x.aligned), OTHERWISE_PENALTY),
    # A growth column is its level's: "各项贷款余额 同比增长(%)" for 普惠小微贷款余额's growth.
    Penalty(lambda a, x: " " in x.fact.header and named_otherwise(x.metric, x.fact, _UNIT_TAIL.sub("", x.fact.header)), OTHERWISE_PENALTY),
    # The whole of what the question asks a part of: "少数民族人口" for "少数民族流动人口".
    Penalty(_lacks_qualifier, OTHERWISE_PENALTY),
    # "旅客吞吐量211.6万人次" for the 国际航线 ones asked.
    Penalty(lambda a, x: names_no_side(
        x.metric, x.fact, lambda: canonical(f"{x.fact.sentence} {x.fact.header or ''} {x.about} {x.before}"), x.doc.title or ""
    ), OTHERWISE_PENALTY),
    # "全市口岸出入境人员86.4万人次" for the 平孟口岸's.
    Penalty(lambda a, x: names_another_facility(
        x.metric, x.fact, f"{x.fact.context if x.fact.header else ''} {x.about}", x.not_kinds, x.before
    ), OTHERWISE_PENALTY),
    # A list item when another item of the list names the head asked.
    Penalty(lambda a, x: sibling_names_the_head(x.metric, x.fact, x.aligned, a.facts_by_chunk), SIBLING_PENALTY),
    # "7—8月暑期接待观众13.4万人次" for the year's 接待观众; the more so when the question says 全年
    # ("全年平均下了多少毫米雨": not the spring's 58.3毫米).
    Penalty(lambda a, x: part_of_the_period(a.q, x.fact), lambda a: OTHERWISE_PENALTY if a.q.half == "全年" else QUALIFIED_PENALTY),
    # "…布鲁氏菌病等重点病种…共检测样品4260份": not 布鲁氏菌病's alone.
    Penalty(lambda a, x: counted_with_others(x.metric, x.fact, x.aligned), OTHERWISE_PENALTY),
    # "在衙下集镇、中铺镇建成…基地2个,生产原种1860吨": not 中铺镇's alone.
    Penalty(lambda a, x: not x.aligned and not TOGETHER.search(a.q.text) and shared_by_places(a.q.places, x.fact), CONTRAST_PENALTY),
    # "累计开行…多少列": not "全年开行…1832列".
    Penalty(lambda a, x: a.running_total and bool(YEARS_OWN.match(canonical(x.clause))), CONTRAST_PENALTY),
    # "上半年完成了几个": the half's 27, not "累计完成…163个" (as written: not 合计).
    Penalty(lambda a, x: a.period_flow and "累计" in x.clause, QUALIFIED_PENALTY),
    # Nor what stands at its end: "截至6月底,累计提取总额235.72亿元" for "上半年提取了多少".
    Penalty(lambda a, x: a.period_flow and "累计" in x.clause and bool(AS_OF_END.search(x.fact.sentence[: x.fact.number_at]))
            and not HALVES.search(x.clause), OTHERWISE_PENALTY),
    # "全年新建…站点多少个": not what stands at the year's end ("截至2023年底,全市建成…站点486个"),
    # nor a running total ("新购置…总价值1260万元,仪器设备总值累计达到9150万元").
    Penalty(lambda a, x: a.new_flow and (bool(AS_OF_END.search(x.fact.sentence[: x.fact.number_at])) or "累计" in x.clause)
            and not names_any(canonical(x.clause), ("新增", "净增")), CONTRAST_PENALTY),
    # Nor a level beside the flow its sentence states: "运营长者食堂和老年助餐点38个,上半年新增
    # 助餐点6个" for how many were added.
    Penalty(lambda a, x: a.new_flow and not a.q.change and x.fact.kind == "count" and not x.fact.header
            and not names_any(canonical(x.clause), ("新增", "净增")) and not BREAKDOWN.match(x.clause)
            and bool(_FLOW_STATED.search(canonical(x.fact.sentence[x.fact.number_at + len(x.fact.text):]))), CONTRAST_PENALTY),
    # Nor a table's level ("隆回县 | 门店(家) 82") for how many were newly opened, unless its
    # column, row, caption or section says the flow.
    Penalty(lambda a, x: a.new_flow and bool(x.fact.header) and not names_any(canonical(f"{x.fact.header} {x.fact.context} {x.about}"), V.FLOW_WORDS),
            CONTRAST_PENALTY),
    # "面积有多少亩": the level, not "上半年新增…面积1.35万亩".
    Penalty(lambda a, x: a.stock and bool(NEW_FLOW.search(x.clause) or NEW_FLOW.search(_topic(x.fact))), CONTRAST_PENALTY),
    # "2024年底离休干部还有多少人": not "年内…离休干部去世37人", the year's flow, when the level at its end is asked.
    Penalty(lambda a, x: a.stock and bool(PERIOD_END.search(a.q.text)) and years_flow(x.fact), CONTRAST_PENALTY),
    # "全年出口蜂王浆21吨" for how much 蜂蜜 was exported.
    Penalty(lambda a, x: not x.aligned and not x.fact.header and another_object(x.metric, x.fact), OTHERWISE_PENALTY),
    # "具备年产…1200万条…的设计能力" for how many were made, and the other way round.
    Penalty(lambda a, x: capacity_mismatch(a.q.text, x.fact), OTHERWISE_PENALTY),
    # "登记离校未就业高校毕业生1326人" for how many "实现就业".
    Penalty(lambda a, x: negates_the_head(x.metric, x.fact, x.aligned), OTHERWISE_PENALTY),
    # "三屯中队查处酒驾醉驾": not the 合计 row, nor the whole county's sentence.
    Penalty(lambda a, x: another_row(x.rows, x.fact, x.before), OTHERWISE_PENALTY),
    # "一共产了多少大米": not the 稻花香大米 row, one kind the question does not name.
    Penalty(lambda a, x: not x.rows and row_a_kind_of_asked(x.metric, a.q.text, x.fact, x.report), OTHERWISE_PENALTY),
    # "中医康复治疗4.1万人次" for how many the 中医康复科 discharged, when the report counts 出院 elsewhere.
    Penalty(lambda a, x: head_stated_elsewhere(x.metric, x.fact, x.aligned, x.report), OTHERWISE_PENALTY),
    # "一共执行到位多少钱": not "其中集中行动执行到位3.76亿元", a part the question does not name.
    Penalty(lambda a, x: bool(_TOTAL_ASKED.search(a.q.text)) and an_unasked_part(x.metric, x.fact), SCOPE_PENALTY),
    # "演出场次居全省…第4位,票房收入居第2位": the rank of the measure the question names.
    Penalty(lambda a, x: ranks_a_sibling_measure(x.metric, x.fact), CONTRAST_PENALTY),
    # "儿童保健门诊2.41万人次" for a 门诊 asked bare.
    Penalty(lambda a, x: not x.aligned and not x.fact.header and qualified_otherwise(x.metric, x.fact, x.not_kinds), KIND_PENALTY, preference=True),
    # A share of 村志 published, for a share of all 村(社区).
    Penalty(lambda a, x: x.fact.kind == "percent" and another_share_base(a.q.text, x.fact), CONTRAST_PENALTY),
    # "其中寄递业务收入…,同比增长11.9%" for the whole's growth.
    Penalty(lambda a, x: x.fact.kind in {"percent", "points"} and change_of_a_part(x.metric, x.fact, x.before), SCOPE_PENALTY),
    # "因公出访人次涨了多少": not "人均经费…较上年下降0.23万元".
    Penalty(lambda a, x: measured_otherwise(x.metric, x.fact), CONTRAST_PENALTY),
    # "…参与人次涨了多少": not the change of the 场 counted.
    Penalty(lambda a, x: x.fact.kind == "percent" and counts_another_measure(x.metric, x.fact), SCOPE_PENALTY, preference=True),
    # The report says the number is a part ("…3814件,占全院受理案件总数的45.3%").
    Penalty(lambda a, x: a_part_unasked(a.q, x.fact), SCOPE_PENALTY, preference=True),
    # One project's planned size, told with the year's work, for the year's figure.
    Penalty(lambda a, x: one_projects_figure(a.q, x.fact), QUALIFIED_PENALTY, preference=True),
    # "占市场交易额的74.5%,比上年同期提高9.3个百分点" for how much the 交易额 grew: only a rate
    # or a share moves by points.
    Penalty(lambda a, x: x.fact.kind == "points" and a.q.unit != "个百分点" and not RATE_ASKED.search(a.q.text), CONTRAST_PENALTY),
    # "离退休干部党员15872名" for how many 离退休干部.
    Penalty(lambda a, x: counts_what_it_has(a.q, x.fact), OTHERWISE_PENALTY),
    # "四个新建驿站全年分别服务人才1840人次、…" for what 15 驿站 served together.
    Penalty(lambda a, x: one_of_a_group(a.q, x.fact), CONTRAST_PENALTY),
    # "十二吐、统部两个收购站" for how many 收购站 there are.
    Penalty(lambda a, x: counts_the_listed(a.q, x.fact), CONTRAST_PENALTY),
    # "在全市7个旗县区中排第2位": the size of the group ranked in, for the figure ranked.
    Penalty(lambda a, x: sizes_a_rank_group(x.fact), CONTRAST_PENALTY),
    # "2316人次获得全国无偿献血奉献奖" for how many gave blood.
    Penalty(lambda a, x: honoured_count(a.q, x.fact), HONOURED_PENALTY),
    # "由年初的118座减少至96座": where a change started, for the value now.
    Penalty(lambda a, x: starting_value(a.q, x.fact), STARTING_PENALTY),
    # A change against another base than the one asked.
    Penalty(lambda a, x: bool(a.base) and compared_base(x.clause) not in (None, a.base), BASE_PENALTY),
)


def select_facts(
    q: Question,
    ranked: list[int],
    chunks: list[Chunk],
    documents: dict[str, Document],
    facts_by_chunk: dict[int, list[Fact]],
    idf: dict[str, float] | None = None,
    floor: bool = True,
) -> Selection:
    """Candidates from the ranked chunks that pass the hard checks, best first; with ``floor``
    only those whose coverage and score reach the minimum."""
    candidates: list[Candidate] = []
    seen: set[int] = set()
    rejected_for: dict[str, int] = {}
    captions: dict[tuple[str, int], str] = {}  # a row's cells share their table's caption
    asked_bounds = bounds(q.text)
    metrics: dict[str, str] = {}  # per report: the metric without who reports
    items: dict[str, str | None] = {}  # per report: the item asked, without the company's brand
    not_kinds: dict[str, str] = {}  # per report: who reports and the places asked
    report_words: dict[str, str] = {}  # per report: its text as metrics are compared
    unqualified: dict[int, float] = {}  # scores without the preferences, which the floor reads
    in_money: dict[str, bool] = {}  # per report: whether it measures the asked 销量 in money
    siblings: dict[tuple[int, int], bool] = {}  # per sentence: whether it follows a parallel one

    def reject(why: str) -> None:
        rejected_for[why] = rejected_for.get(why, 0) + 1

    rows_asked = rows_named(q, ranked, chunks, facts_by_chunk)
    must_name = [w for w in V.MUST_BE_NAMED if w in q.text]
    asked = Asked.of(q, facts_by_chunk)
    for rank, chunk_id in enumerate(ranked):
        chunk = chunks[chunk_id]
        doc = documents[chunk.doc_id]
        context = " ".join(filter(None, [doc.title, doc.region, doc.period, chunk.section]))
        if chunk.doc_id not in metrics:
            own = without_subject(q, doc)
            metrics[chunk.doc_id], items[chunk.doc_id] = own.metric, own.item
            # Words that name no kind of the metric: who reports, the places asked.
            not_kinds[chunk.doc_id] = f"{doc.title or ''} {' '.join(q.place_words)}"
        metric, item = metrics[chunk.doc_id], items[chunk.doc_id]
        for fact in facts_of_chunk(chunk, chunks, facts_by_chunk):
            if fact.fact_id in seen:
                continue
            seen.add(fact.fact_id)
            if fact.kind != "date" and len(fact.text) >= 2 and quotes(q.text, fact.text):
                reject("quoted")  # "获大赛前三的企业数量排第几": a number the question gives is not what it asks
                continue
            if another_bound(asked_bounds, fact):
                reject("quoted")
                continue
            if is_threshold(fact) or is_basis(fact):
                reject("unit")  # "年主营业务收入2000万元及以上的工业法人单位": a class's bound
                continue
            if must_name and not any(w in f"{fact.sentence} {fact.header}" for w in must_name):
                reject("metric")  # "资金缺口有多大": no figure but one named a 缺口 answers
                continue
            if chunk.doc_id not in in_money:  # read once per report
                in_money[chunk.doc_id] = measures_in_money(metric, report_text(report_words, doc))
            u = unit_score(q, fact, in_money[chunk.doc_id])
            if u == 0.0:
                reject("unit")
                continue
            if not period_ok(q, fact, doc):
                reject("period")
                continue
            aligned = aligned_item(fact, facts_by_chunk)
            if not region_ok(q, fact, doc, chunk, aligned):
                reject("region")
                continue
            target = is_target(fact)
            if fact.kind == "date":
                pass  # "计划哪一年建成…": the date is the answer, whether the plan's or the deed's
            elif q.wants_target and not target and not PLAN_VERB.search(fact.sentence[: fact.number_at]):
                # A result is not the plan that was asked for; the clauses after a plan's verb are
                # the plan's ("计划建设房源680套,总投资3.2亿元").
                reject("target")
                continue
            planned = fact.kind != "percent" and "计划" in clause_before(fact, PHRASE_SPLIT)  # not 计划完成率
            if q.wants_result and (target or planned):
                reject("target")  # "实际完成…" asks for a result, not the plan ("全市计划粮食播种面积…")
                continue
            if q.progress != bool(fact.kind == "percent" and PROGRESS.search(clause_before(fact))):
                # "完成全年目标的百分之多少": only a completion rate answers, and it answers nothing
                # else ("完成年度目标任务13亿元的114.3%" is no growth rate).
                reject("progress")
                continue
            if item and not item_near(item, fact, aligned):
                reject("item")  # "省级…多少家": a number not next to 省级 is another item's
                continue
            if asks_another_item(q.text, fact, aligned):
                reject("item")  # "在芦蒲新建…": a town the list never names
                continue
            if item and item_extended(item, q.text, fact, aligned):
                reject("item")  # "南美白对虾苗12.6亿尾" counts the shrimp's fry, not the shrimp asked
                continue
            if not grade_named(metric, fact, aligned):
                reject("item")  # "新增4A级景区": not the 3A ones, nor every A级 景区
                continue
            # One item of a breakdown ("国家级、省级、市级各有多少家"): the item is checked at the
            # number; what the items share is named once, clauses before ("共有孵化器16家,其中…").
            # So is a place asked that names one item of a breakdown by place ("…共享稿件9860条,其中
            # 岳池县2130条、…华蓥市1370条"): the question's place is the item.
            item_place = bool(q.places) and any(p in clause_before(fact) for p in q.places) and not (own_places(doc.region) & set(q.places))
            decay = ITEM_DECAY if item or item_place else DECAY
            before = previous_sentence(fact, chunk)
            # A table's caption ("表1 2023年各县(区)生产安全事故情况") says what every cell counts.
            if fact.header:
                row = (fact.doc_id, fact.sentence_start)
                if row not in captions:
                    captions[row] = table_head(doc, fact)[0]
                about = f"{context} {captions[row]}"
            else:
                about = context
            sentence_key = (fact.chunk_id, fact.sentence_start)  # every number of a sentence reads it alike
            if sentence_key not in siblings:
                siblings[sentence_key] = follows_a_sibling(fact, facts_by_chunk)
            coverage = metric_coverage(
                without_rank_group(metric) if fact.kind == "rank" else metric,
                *reading(fact), idf, about, aligned, fact.header, decay, names_after(fact),
                "" if siblings[sentence_key] else before, fact.unit,
            )
            ranked_in = clause_before(fact)
            if fact.kind == "rank" and names_nothing(ranked_in):
                ranked_in = f"{phrase_before(fact)} {ranked_in}"  # "在全省…考评中,我院居第2位"
            if fact.kind == "rank" and ranks_another_group(q.text, ranked_in):
                reject("rank group")  # "排全省第几": not "增速居各管理部首位"
                continue
            intent = 0.85 if target and not q.wants_target else 1.0
            if fact.kind == "rank" and RANK_SCOPE.search(clause_before(fact)) and not RANK_GROUP_ASKED.search(q.text):
                intent *= UNASKED_SCOPE  # "在全省国家级经开区中排名第二" for a rank asked without a scope
            prior = 1.0 / (1.0 + 0.04 * rank)
            near = 1.0 - ADJACENT_WEIGHT * (1.0 - adjacency(metric, fact, aligned))
            # A breakdown by place ("其中高昌区22场、…托克逊县16场") names the part asked by its place.
            asked_part = f"{metric} {' '.join(q.places)}" if item_place else metric
            score = coverage * u * intent * prior * month_factor(q, fact, aligned, doc.period) * near * contrast_factor(asked_part, fact, aligned, before, q.change)
            seen_as = InContext(
                fact, metric, aligned, before, about, chunk, doc,
                report_text(report_words, doc), not_kinds[chunk.doc_id], rows_asked.get(fact.doc_id),
            )
            hard, preferred = 1.0, 1.0
            for penalty in PENALTIES:
                if penalty.applies(asked, seen_as):
                    if penalty.preference:
                        preferred *= penalty.weight(asked)
                    else:
                        hard *= penalty.weight(asked)
            if preferred < 1.0:
                # A preference among figures that answer, not evidence against this one: the floor
                # reads the score without it.
                unqualified[fact.fact_id] = score * hard
            score *= hard * preferred
            candidates.append(Candidate(fact, score, coverage, target, rank, aligned))
    candidates.sort(key=lambda c: (-c.score, c.rank, c.fact.start))
    if not floor:
        return Selection(facts=candidates)
    good = sentence_over_table_row(
        [c for c in candidates if c.coverage >= MIN_COVERAGE and unqualified.get(c.fact.fact_id, c.score) >= MIN_SCORE],
        candidates,
    )
    if not good:
        reason = "没有找到与问题所问指标相符的数字"
        if not candidates and rejected_for:
            worst = max(rejected_for, key=rejected_for.get)
            reason = {
                "unit": "找到的数字单位与问题不符",
                "quoted": "找到的数字就是问题里给出的数字",
                "period": "报告中没有问题所问年份/时期的数字",
                "region": "报告中没有问题所问地区的数字",
                "target": "报告中没有问题所问的目标/计划数字",
                "item": "报告中没有分项的数字",
                "progress": "报告中没有问题所问的目标完成进度",
                "metric": "报告中没有称作问题所问指标的数字",
            }.get(worst, reason)
        return Selection(reason=reason)
    return Selection(facts=good)


# The base of a share, asked ("占全市村(社区)总数的比例是多少") and stated ("占全市累计出版村志的85.1%").
_ASKED_BASE = re.compile(r"占(?![比有据用地])(?:了|到)?([^,?!。;多几了]{2,24}?)的?(?:比例|比重|份额|几成|百分之几|百分比|多少|多大)")
_STATED_BASE = re.compile(r"占(?![比有据用地])([^,;:。]{2,24}?)的?(?:比例|比重)?(?:为|达到?|是)?$")  # "占比达到": no base named
_STATED_PART = re.compile(r"([^,;:。]{2,24}?)占比(?:为|达到?|是)?$")
_ASKED_PART = re.compile(r"([^\s,?]{2,24}?)占$")
_GENERIC_BASE = re.compile(r"全(?:市|县|区|省|国|年|部)|总[数量额计]|合计|累计|[\d.]+|个|的|总|\(|\)")


def another_share_base(question: str, fact: Fact) -> bool:
    """Whether a share is of another base than the one asked: "村志部数占全市村(社区)总数的比例"
    is not "占全市累计出版村志的85.1%". Bases compared by their bigrams, scope and total words aside."""
    asked = _ASKED_BASE.search(question)
    stated = _STATED_BASE.search(clause_before(fact))
    if asked and not stated and (part := _STATED_PART.search(clause_before(fact))) and (
        asked_part := _ASKED_PART.search(question[: asked.start() + 1])
    ):
        # "有研发活动的规上工业企业占比38.6%" is another share than "高新技术产业增加值占规上工业的比重":
        # the part before 占比 is what it is a share of.
        named = bigrams(_GENERIC_BASE.sub(" ", canonical(part.group(1))))
        return bool(named) and not named & bigrams(_GENERIC_BASE.sub(" ", canonical(asked_part.group(1))))
    if not asked or not stated:
        return False
    asked_grams = bigrams(_GENERIC_BASE.sub(" ", canonical(asked.group(1))))
    stated_grams = bigrams(_GENERIC_BASE.sub(" ", canonical(stated.group(1))))
    return bool(asked_grams) and bool(stated_grams) and not asked_grams & stated_grams


def names_both(parts: list[Question], part: Question, candidate: Candidate) -> bool:
    """Whether the number's own clause names this item and the one before it, as one thing
    ("启明计划及博士后专项13人"), not as a list whose numbers follow one by one."""
    at = parts.index(part)
    if at == 0 or not part.item or not parts[at - 1].item or candidate.aligned or "分别" in candidate.fact.sentence:
        return False
    own = canonical(clause_before(candidate.fact))
    first, this = canonical(parts[at - 1].item), canonical(part.item)
    # Apart, not one inside the other: "外贸进出口总额" does not name 出口总额 too.
    return first in own and this in own.replace(first, " ", 1) and first in own.replace(this, " ", 1)


JOINT_RATIO = 0.5  # how close an item's own number must score to replace a joint whole's


def _item_phrase(fact: Fact) -> str:
    return re.split(r"[,;:、]", canonical(fact.sentence[: fact.number_at]))[-1]


def _names_jointly(item: str, fact: Fact) -> bool:
    """Whether the number's phrase names the item joined to another: "销售哈密瓜及其他甜瓜"; not a
    分别 list, which gives each its own number ("专利申请量与授权量分别为7.2万件和2.7万件"; a list
    read item by item is not asked here at all)."""
    name = canonical(item).split()[-1]
    if "分别" in fact.sentence[: fact.number_at]:
        return False
    return bool(re.search(rf"(?:[及和与]{re.escape(name)}|{re.escape(name)}[及和与])", _item_phrase(fact)))


def _names_alone(item: str, fact: Fact) -> bool:
    """Whether the number's phrase names the item by itself: "其他甜瓜1.5万吨"."""
    name = canonical(item).split()[-1]
    return name in _item_phrase(fact) and not _names_jointly(item, fact)


def choose_stated(q: Question, selection: Selection, select=None) -> list[Candidate]:
    """The fact(s) to state: one per sub-question of a multi-number question, else the best one
    plus the other numbers its own 分别 clause lists. ``select(part)`` selects for a sub-question."""
    if q.parts and select is not None:
        chosen: list[Candidate] = []
        for part in q.parts:
            part_selection = select(part)
            # Numbers asked together are usually stated together: prefer the sentence already cited.
            sentences = {(c.fact.doc_id, c.fact.sentence_start) for c in chosen}
            # The selection's own order otherwise stands: a sentence restating a table cell leads it.
            facts = part_selection.facts
            # Or states the very amount the best one does (a table cell's, in the cited sentence).
            best_amount = to_base(facts[0].fact.value, normalize_query(facts[0].fact.unit)) if facts else None
            in_cited = [c for c in facts if (c.fact.doc_id, c.fact.sentence_start) in sentences]
            # The very amount first: "…生产线18条,…其中果丹皮0.71万吨" restates the cell 7100 asked,
            # and the 生产线 count beside it only scores close.
            cited = next((c for c in in_cited if same_amount(to_base(c.fact.value, normalize_query(c.fact.unit)), best_amount)), None)
            cited = cited or next((c for c in in_cited if c.score * SAME_SENTENCE_BOOST >= facts[0].score), None)
            ranked = [cited, *(c for c in facts if c is not cited)] if cited else facts
            top = ranked[0] if ranked else None
            if top and part.item and not top.aligned and _names_jointly(part.item, top.fact):
                # "销售哈密瓜及其他甜瓜6.4万吨,其中哈密瓜4.9万吨、其他甜瓜1.5万吨": the item asked alone
                # is the breakdown's, not the whole's that names it with another.
                alone = next((c for c in ranked[1:] if c.score >= JOINT_RATIO * top.score
                              and _names_alone(part.item, c.fact)), None)
                if alone is not None:
                    ranked = [alone, *(c for c in ranked if c is not alone)]
                    top = alone
            if top and chosen and top.fact.fact_id == chosen[-1].fact.fact_id and names_both(q.parts, part, top):
                continue  # "启明计划及博士后专项13人": one number for two items the question lists
            pick = next((c for c in ranked if all(c.fact.fact_id != d.fact.fact_id for d in chosen)), None)
            if pick is None:
                return []  # one number missing: better say so than answer half
            chosen.append(pick)
        return chosen
    if not selection.facts:
        return []
    best = selection.facts[0]
    if not q.multi:
        return [] if items_unnamed(q, selection.facts) else [best]
    # "…分别达到10933件、5809件": state every number of the same kind in that list.
    siblings = [
        c
        for c in selection.facts
        if c.fact.doc_id == best.fact.doc_id
        and c.fact.sentence_start == best.fact.sentence_start
        and c.fact.kind == best.fact.kind
    ]
    at = best.fact.sentence.find("分别")
    if at >= 0:
        listed = [c for c in siblings if c.fact.number_at > at]
        if len(listed) >= 2:
            return sorted(listed, key=lambda c: c.fact.start)
    return [best]


def items_unnamed(q: Question, facts: list[Candidate]) -> list[str]:
    """The items of a 分别 list that answer equally well when the question names none of them:
    "新建了多少亩桑园" of "在沟墩、陈良、羊寨、板湖四镇新建标准化桑园,面积分别为…" has no one answer.
    Empty when the best candidate stands alone."""
    best = facts[0]
    if not best.aligned:
        return []
    tied = [
        c for c in facts
        if c.aligned and c.fact.doc_id == best.fact.doc_id and c.fact.sentence_start == best.fact.sentence_start
        and math.isclose(c.score, best.score)
    ]
    if len(tied) < 2 or len({c.fact.value for c in tied}) < 2:
        return []
    items = [_IN_PLACE.sub("", c.aligned.strip().split(" ")[0]) for c in tied]
    asked = bigrams(canonical(q.text))
    return [] if any(bigrams(canonical(item)) & asked for item in items) else items


_LEADS_TO_TABLE = re.compile(r"(?:如下表|见下表|如下)[:：]?\s*$")


def shown_text(doc: Document, start: int, end: int) -> str:
    """The source span ``[start, end)`` as the cleaner reads it: a web page's row without its tags."""
    clean = cleaned_view(doc.text)
    lo = int(np.searchsorted(clean.offsets, start))
    hi = int(np.searchsorted(clean.offsets, end))
    return clean.original[lo:hi]


def _table_lines(doc: Document, fact: Fact) -> tuple[str, str]:
    """(the line above the table, its header line) for a cell, read on the cleaned view; "" for
    either that is not there."""
    clean = cleaned_view(doc.text)
    text, at, top = clean.original, int(np.searchsorted(clean.offsets, fact.sentence_start)), ""
    while at > 0:
        prev = text.rfind("\n", 0, at - 1) + 1
        line = text[prev : at - 1].strip()
        if " | " not in line and not re.fullmatch(r"[|:\- ]*", line):
            return line, top
        if " | " in line:
            top = line
        at = prev
    return "", top


def table_head(doc: Document, fact: Fact) -> tuple[str, str]:
    """(caption, rows' heading) of the table a cell is in: the line above the table ("表1
    2020年各县(市、区)国家高新技术企业情况") says what every column counts, the first cell of its
    header line ("子公司", "用途", "板块") what its rows are. Read on the cleaned view, where a
    web page's table reads like any other; returned normalised like a question."""
    above, top = _table_lines(doc, fact)
    # Or a paragraph's last sentence that leads into it: "…5栋重点楼宇运行情况如下表:".
    last = SENTENCE_END.split(above.rstrip("。"))[-1]
    caption = above if len(above) <= 60 else last if _LEADS_TO_TABLE.search(last) else ""
    # Read as the question is: simplified and half-width ("水廠" is the 水厂 asked).
    return normalize_query(caption), normalize_query(top.strip("| ").split(" | ")[0].strip()) if top else ""


def growth_of_column(header: str, others: set[str]) -> str:
    """The whole name of a growth (or rate) column that shortens its level's: "销量增长(%)" beside
    "成品油销量(万吨)" is 成品油销量增长, "案件结案率(%)" beside "数字城管案件(件)" 数字城管案件结案率;
    "" when no other column names more."""
    levels = {re.sub(r"\([^()]*\)", "", other).strip() for other in others if not GROWTH_WORDS.search(other)}
    m = re.match(r"^(.+?)(?:同比)?(?:增长|增速|增幅)|^(.+?)同比", header)
    if not m:
        # A rate column shortens the same way: "案件结案率(%)" beside "数字城管案件(件)".
        rate = re.match(r"^(.{2,}?)([\u4e00-\u9fff]{1,3}率)(?:\([^()]*\))?$", header)
        if rate:
            longer = [level for level in levels if level.endswith(rate.group(1)) and len(level) > len(rate.group(1))]
            return f"{longer[0]}{rate.group(2)}" if len(longer) == 1 else ""
        return ""
    if len(stem := m.group(1) or m.group(2)) < 2:
        return ""
    if HALVES.fullmatch(stem):
        # "1-9月同比增长(%)" beside "1-9月销售收入(万元)" and "三季度销售收入(万元)": the growth of
        # the level of its own period.
        same = [level for level in levels if level.startswith(stem) and len(level) > len(stem)]
        return f"{same[0]}增长" if len(same) == 1 else ""
    longer = [level for level in levels if level.endswith(stem) and len(level) > len(stem)]
    return f"{longer[0]}增长" if len(longer) == 1 else ""


def header_contrast(metric: str, header: str) -> float:
    """A column whose header contrasts with the question ("有效…" for "新认定…最多") weighs less."""
    asked, named = canonical(metric), canonical(header)
    if flow_for_stock(asked, named):
        return CONTRAST_PENALTY
    # "接待游客最多" asks the level column, "增长最快" the growth column: never the other.
    if bool(GROWTH_WORDS.search(asked)) != bool(GROWTH_WORDS.search(named)):
        return 0.0
    return 1.0


def select_extreme(
    q: Question,
    ranked: list[int],
    chunks: list[Chunk],
    documents: dict[str, Document],
    facts_by_chunk: dict[int, list[Fact]],
    idf: dict[str, float] | None = None,
) -> Selection:
    """For "哪个县…最多/最低": the row of a table holding the largest (smallest) value of the
    column the question names; total rows and rows the question excludes ("除开发区外") are out."""
    columns: dict[tuple[str, str, str | None], tuple[float, float]] = {}
    headers: dict[tuple[str, str | None], set[str]] = {}
    for chunk_id in ranked:
        for fact in facts_by_chunk.get(chunk_id, []):
            if fact.header:
                headers.setdefault((fact.doc_id, fact.section), set()).add(fact.header)
    for rank, chunk_id in enumerate(ranked):
        doc = documents[chunks[chunk_id].doc_id]
        for fact in facts_by_chunk.get(chunk_id, []):
            if not fact.header or not period_ok(q, fact, doc):
                continue
            key = (fact.doc_id, fact.header, fact.section)
            if key not in columns:
                # "降幅最大" reads a column of signed changes ("同比增长(%)"), as pick_extreme does.
                metric = _ASKS_FALL.sub("增长", without_subject(q, doc).metric)
                if "累计" not in q.text:
                    # "2023年底…哪个服务区入住率最高": a table as of the year's end has no 累计 column.
                    metric = re.sub(r"(?:^|\s)累计(?=\s|$)", " ", metric).strip() or metric
                # "5G站址数量最多": a column counts in its unit ("5G站址(个)"), not by the word 数量.
                metric = re.sub(r"(?<=[\u4e00-\u9fffA-Za-z0-9])的?(?:数量|个数|数目)(?=\s|$)", "", metric)
                caption, heading = table_head(doc, fact)
                context = " ".join(filter(None, [doc.title, doc.region, doc.period, fact.section, caption]))
                # The question names the rows too ("哪个板块…", "哪类用途…"): the caption and the
                # rows' heading say what they are, the header which column.
                # A company's name names its goods: "核桃收购量" over a column "收购量(吨)" of 岭珍核桃食品.
                # "鲜米粉(吨)" in a table of what was produced is the 鲜米粉产量.
                made = made_in_table(fact.header, f"{caption} {fact.section or ''}")
                column = f"{header_words(fact.header)} {growth_of_column(fact.header, headers[(fact.doc_id, fact.section)])} {made} {company_subject(doc)}"
                named = f"{column} {heading} {caption}"
                if heading and re.search(rf"哪一?[个条家所座类种]{re.escape(canonical(heading))}", q.text):
                    # "哪条线路客运量增速最高": the rows' heading asked by the question word names no column.
                    metric = re.sub(rf"(?:^|(?<=\s)){re.escape(canonical(heading))}(?:[上中里]?的)?", " ", metric, count=1).strip() or metric
                elif heading and (kinds := _KINDS_OF.match(canonical(heading))) and (
                    named_rows := re.search(rf"哪一?[类种]([\u4e00-\u9fff]{{0,6}}?{re.escape(kinds.group(1))})", q.text)
                ):
                    # "哪一类老干部活动参与人次最多" over rows headed 活动类别: the rows are the 活动.
                    metric = metric.replace(named_rows.group(1), " ", 1).strip() or metric
                prior = 1 + 0.04 * rank
                # "新建…最多" is not answered by a column of what there is ("村级综合服务社(个)").
                stock = SCOPE_PENALTY if names_any(canonical(metric), _NEWLY_MADE) and not names_any(
                    canonical(f"{named} {context}"), V.FLOW_WORDS
                ) else 1.0
                columns[key] = (
                    sentence_coverage(metric, column, idf, context, ACROSS_WEIGHT) / prior,  # which column
                    stock * sentence_coverage(metric, named, idf, context, ACROSS_WEIGHT) / prior,  # whether it is asked
                )
    if not columns:
        return Selection(reason="没有找到可以比较的表格数据")
    # A column of the kind asked first ("降幅最大" names no word of "同比增长(%)", yet asks it).
    (doc_id, header, section), (_, coverage) = max(
        columns.items(),
        key=lambda kv: (header_contrast(q.metric, kv[0][1]) > 0, kv[1][0] * header_contrast(q.metric, kv[0][1]), kv[1][1]),
    )
    if not header_contrast(q.metric, header):
        return Selection(reason="表格中没有问题所问的增长或总量列")
    if coverage < MIN_ENTITY_COVERAGE:
        return Selection(reason="没有找到问题所问指标的表格数据")
    near = [c for c in ranked if chunks[c].doc_id == doc_id]
    span = range(max(0, min(near) - TABLE_REACH), min(len(chunks), max(near) + TABLE_REACH + 1))
    rows = {
        f.fact_id: f
        for c in span
        if chunks[c].doc_id == doc_id
        for f in facts_by_chunk.get(c, [])
        if f.header == header and f.section == section
        and not TOTAL_ROW.match(f.context)
        and not REMAINDER_ROW.match(f.context)
        and not any(canonical(x) in canonical(f.context) for x in q.excluded)
    }
    # "欧盟、东盟、美国三个市场中": only the rows listed are compared, when the table has them.
    listed = {i: f for i, f in rows.items() if any(canonical(x) in canonical(f.context) for x in q.choices)}
    if len(listed) >= 2:
        rows = listed
    if len(rows) < 2:
        return Selection(reason="没有找到可以比较的表格数据")
    if _asks_which_kind(q) and all(is_place_row(f.context) for f in rows.values()):
        return Selection(reason="表格按地区列出,问题问的是类别")  # "哪一类登记最多": not which 街道
    if _WHICH_PLACE.search(q.text) and not any(
        is_known_place(f.context)
        if _WHICH_COUNTY.search(q.text)
        else is_place_row(f.context) or _PLACE_LIKE_ROW.search(f.context.strip())
        for f in rows.values()
    ):
        # "哪个县区…最多": not which 交易类别; "哪个县(市)": not which 展区 or 乐园 either.
        return Selection(reason="表格按类别列出,问题问的是地区")
    if q.extreme and "反" in q.extreme:
        # "哪个县…同比不降反升": the one row whose change has the sign asked, or no answer.
        rising = q.extreme[-1] in "升增"
        moved = [f for f in rows.values() if f.value and (f.value > 0) == rising]
        if len(moved) != 1:
            return Selection(reason="没有找到唯一一个与其他不同向变化的表格行")
        return Selection(facts=[Candidate(moved[0], coverage, coverage, False, 0)])
    # "降幅最大" over a column of signed changes (-22.2, 25.0): the most negative is the largest fall.
    signed = any(f.value < 0 for f in rows.values())
    pick = pick_extreme(q, list(rows.values()), key=lambda f: f.value, signed=signed)
    if pick is None:
        return Selection(reason=f"表格中没有唯一的第{q.nth}名")
    return Selection(facts=[Candidate(pick, coverage, coverage, False, 0)])


def select_listed_extreme(
    q: Question,
    ranked: list[int],
    chunks: list[Chunk],
    documents: dict[str, Document],
    facts_by_chunk: dict[int, list[Fact]],
    idf: dict[str, float] | None = None,
) -> tuple[str, Candidate] | None:
    """For "哪个区…最多" where no table holds the figures: nearby parallel clauses, each an
    item and its number ("王益区新增用户3127户,印台区新增用户2486户,耀州区新增用户4218户"), and
    the (item, number) that is largest (smallest). Only places are compared so, and only when the
    question asks which place ("哪个区", or the places listed): clauses that merely look parallel
    ("带动…", "第一产业投资…") name no comparable items. None unless 3+ clauses differ only by the item."""
    # Or kinds the report names by their class word: "哪一类诉求最多" over "城市管理类2.63万件、…".
    class_word = _asks_which_kind(q)
    kinds_asked = bool(class_word)
    if not (kinds_asked or _WHICH_PLACE.search(q.text) or len(q.place_words) >= 3):
        return None

    def is_item(name: str) -> bool:
        if kinds_asked:
            return len(name) >= 2 and name.endswith(class_word) and not DIGIT.search(name)
        # Or a name the question lists with the places: "在沅陵、辰溪、芷江、新晃四县…哪个县".
        return is_place(name, short=True) or (2 <= len(name) <= 4 and (f"{name}、" in q.text or f"、{name}" in q.text))
    # The items are places below the one asked ("铜川市哪个区"), or the places listed ("东兴区、
    # 隆昌市、威远县中哪个…"): the report must name them, its clauses need not.
    # "王益区新增用户3127户,…": each clause names its row, as the question's "哪个区新增…" does.
    anywhere = replace(q, places=[], place_words=[], place_level=0, metric=q.rows_metric or q.metric)
    @lru_cache(maxsize=None)
    def names_asked(doc_id: str) -> bool:  # once per report, not per candidate
        # The simplified view: "琼山区" is asked of a report written "瓊山區".
        return not q.places or any(p in cleaned_view(documents[doc_id].text).text or names_the_reporting_zone(p, documents[doc_id]) for p in q.places)

    candidates = [
        c for c in select_facts(anywhere, ranked, chunks, documents, facts_by_chunk, idf, floor=False).facts
        if names_asked(c.fact.doc_id) and not c.fact.header  # a table's rows are select_extreme's
    ]
    asked = weighted_bigrams(q.metric).keys()

    def label(c: Candidate) -> str:
        return c.aligned.replace(" ", "") if c.aligned else _item_clause(c.fact)

    for best in candidates[:_LISTED_TRIES]:
        if best.coverage < MIN_COVERAGE:
            continue  # ranked by score, not coverage: a list may come after a loose match
        mates = [
            (c, label(c)) for c in candidates
            if c.fact.doc_id == best.fact.doc_id and abs(c.fact.start - best.fact.start) <= _LISTED_REACH
            and c.fact.kind == best.fact.kind and c.fact.unit == best.fact.unit
            # A 分别 list is compared within its sentence: "北滘镇、容桂街道、大良街道税收收入分别为…".
            and (not best.aligned or c.fact.sentence_start == best.fact.sentence_start)
        ]
        if best.aligned:
            # "在沅陵、辰溪、芷江、新晃四县开展…活动,分别举办92场、65场、78场和54场": each number
            # stands for its item of the list, and what they measure is said once.
            # The item is the aligned text before its shared tail ("新泰市 分别开展送戏下乡").
            items = [(c.aligned.split(" ")[0], c) for c, _ in mates if c.aligned]
            # The list's lead each item carries ("订单基地主要分布在太乙", "订单基地主要洋溪") is none of it.
            lead = os.path.commonprefix([n for n, _ in items]) if len(items) >= 3 else ""
            lead = lead if len(lead) >= 3 else ""  # not the 新 that 新城区 and 新区 share
            # A list closed by its count and kind ("太乙、洋溪、青岗、瞿河四镇") names places, bare.
            counted = any(_LIST_COUNT_TAIL.search(n) for n, _ in items)
            rows = [(_LIST_COUNT_TAIL.sub("", _IN_PLACE.sub("", LEAD_WORDS.sub("", n.removeprefix(lead)))).strip(" 、"), c)
                    for n, c in items]
            if (len(rows) >= 3 and all(is_item(n) or (counted and 2 <= len(n) <= 4) for n, _ in rows)
                    and len({n for n, _ in rows}) == len(rows) and any(c is best for _, c in rows)):
                return pick_extreme(q, rows, key=lambda row: _signed(row[1].fact))
        own = label(best)
        # The longest ending that 3+ clauses share, the item named before it: "王益区|新增用户".
        for shared in sorted({common_suffix(own, other) for _, other in mates}, key=len, reverse=True):
            if shared[:1] in PLACE_ENDS:
                shared = shared[1:]  # "区新增用户" shared by 王益区 and 新区: the 区 is the names'
            if len(shared) < 2 or not bigrams(canonical(shared)) & asked:
                continue
            rows, strays = [], 0
            for c, text in mates:
                name = text[: len(text) - len(shared)].strip(" 、") if text.endswith(shared) else ""
                name = LEAD_WORDS.sub("", name).strip(" 、")
                if not name or TOTAL_ROW.match(name) or any(canonical(x) in canonical(name) for x in q.excluded):
                    continue
                if len(name) <= 12 and is_item(name):
                    rows.append((name, c))
                elif not kinds_asked and (place := _place_leading(name)):
                    rows.append((place, c))  # "潮南区内衣家居服|产业带": a place's own item
                elif kinds_asked and len(name) <= 8 and not DIGIT.search(name) and not is_place(name, short=True):
                    rows.append((name + shared, c))  # "抵押|登记": the kind is named with what it is a kind of
                else:
                    strays += 1  # an item that is no place: the list is not a comparison of places
            if len(rows) >= 3 and not strays and len({n for n, _ in rows}) == len(rows) and any(c is best for _, c in rows):
                return pick_extreme(q, rows, key=lambda row: _signed(row[1].fact))
    # "全年完成老旧供水管网改造86.4公里…。分区域看,薛城区24.6公里、市中区31.2公里、…", "新建预警
    # 站13个,分布在鲁甸县4个、巧家县3个、…": a run of bare places, each with its number, breaks
    # down what the words before the run measure. Every number of the run is compared.
    seen: set[tuple[str, int]] = set()
    for best in candidates:
        where = (best.fact.doc_id, best.fact.sentence_start)
        if where in seen:
            continue
        # The run's lead-in names what its numbers measure, a clause or more before each item:
        # "大篷车巡展深入乡镇、学校和社区,其中高昌区22场、鄯善县26场、托克逊县16场".
        lead = best.fact.sentence
        if BREAKDOWN_LEAD.match(lead):
            # "2024年秋季共招收新生1926人…。从生源地看,孝南区612人、汉川市386人…": the sentence
            # before says what the run breaks down.
            lead = f"{previous_sentence(best.fact, chunks[best.fact.chunk_id])} {lead}"
        measured = without_subject(q, documents[best.fact.doc_id]).metric
        # A name the question quotes ("“动物园进校园”活动中,哪个县…") and the lead-in names.
        quoted = any(canonical(name) in canonical(lead) for name in _QUOTED.findall(q.text))
        if max(best.coverage, sentence_coverage(measured, lead, idf)) < MIN_COVERAGE and not quoted:
            continue
        seen.add(where)
        # A long run may go on in the next chunk: its sentence is one, wherever the chunks cut it.
        same = sorted(
            {f.fact_id: f for c in range(best.fact.chunk_id - 1, best.fact.chunk_id + 2)
             for f in facts_by_chunk.get(c, [])
             if f.doc_id == best.fact.doc_id and f.sentence_start == best.fact.sentence_start and f.unit == best.fact.unit}.values(),
            key=lambda f: f.number_at,
        )
        names = [_LIST_LEAD.sub("", LEAD_WORDS.sub("", _item_clause(f))) for f in same]
        placed = [len(n) <= 12 and is_item(n) for n in names]
        if True not in placed:
            continue
        first = placed.index(True)
        last = first
        while last + 1 < len(placed) and placed[last + 1]:
            last += 1
        run = list(zip(names[first : last + 1], same[first : last + 1]))
        if (
            len(run) >= 3 and True not in placed[last + 1 :] and len({n for n, _ in run}) == len(run)
            and not any(TOTAL_ROW.match(n) or any(canonical(x) in canonical(n) for x in q.excluded) for n, _ in run)
        ):
            if picked := pick_extreme(q, run, key=lambda row: _signed(row[1])):
                name, fact = picked
                return name, Candidate(fact, best.score, best.coverage, best.target, best.rank)
    return None


_PLACE_SUFFIX = re.compile(r"^(?:市|区|县|镇|乡|街道)")
_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{2,20})[”\"」』]")


def select_choice_extreme(
    q: Question,
    ranked: list[int],
    chunks: list[Chunk],
    facts_by_chunk: dict[int, list[Fact]],
    idf: dict[str, float] | None = None,
) -> tuple[str, Candidate] | None:
    """For "沙田柚、砂糖橘、油茶籽里,哪样销量最大": the sentence that gives every listed item a
    number of one unit ("销售沙田柚0.86万吨、砂糖橘1.37万吨、油茶籽0.42万吨"), and the item whose
    number is largest (smallest). Of several such sentences, the one naming the metric best."""
    if len(q.choices) < 2:
        return None
    wanted = [normalize_query(c) for c in q.choices]
    head = re.sub(r"[量数额率]$", "", q.metric.split()[-1]) if q.metric.split() else ""
    best: tuple[float, str, Candidate] | None = None
    for rank, chunk_id in enumerate(ranked):
        sentences: dict[int, list[Fact]] = {}
        for fact in facts_by_chunk.get(chunk_id, []):
            if not fact.header:
                sentences.setdefault(fact.sentence_start, []).append(fact)
        for facts in sentences.values():
            found: dict[int, Fact] = {}
            after: dict[int, str] = {}  # what follows the item in its label: "" or a shared verb
            names: dict[int, str] = {}  # the item as the report names it: "榆阳区" for 榆阳
            for fact in facts:
                label = normalize_query(_item_clause(fact))
                for i, item in enumerate(wanted):
                    if i not in found and (at := label.rfind(item)) >= 0:
                        # "对东盟进出口48.6亿元", "榆阳区受理531件": the item, then what every item shares.
                        rest = label[at + len(item) :]
                        suffix = _PLACE_SUFFIX.match(rest)
                        found[i], after[i] = fact, rest[suffix.end() if suffix else 0 :]
                        names[i] = q.choices[i] + (suffix.group() if suffix else "")
            if len(found) < len(wanted) or len({f.unit for f in found.values()}) != 1 or len(set(after.values())) != 1:
                continue
            first = found[0]
            coverage = metric_coverage(q.metric, *reading(first), idf)
            if coverage < _CHOICE_COVERAGE and not any(ch in first.sentence for ch in head):
                continue  # the items' numbers measure something else
            score = coverage / (1 + 0.04 * rank)
            if best is None or score > best[0]:
                rows = [(names[i], f) for i, f in sorted(found.items())]
                if picked := pick_extreme(q, rows, key=lambda row: _signed(row[1])):
                    name, fact = picked
                    best = (score, name, Candidate(fact, score, coverage, is_target(fact), rank))
    return (best[1], best[2]) if best else None


_CHOICE_COVERAGE = 0.15
_WHICH_KIND = re.compile(r"哪一?(类|种)")
# "哪个人民法庭…最多" over "官道口人民法庭39场次、朱阳关人民法庭52场次…": units named by their kind.
_WHICH_UNIT = re.compile(r"哪一?[个家所座支](人民法庭|法庭|中队|大队|科室|分局|派出所|支行|分行|营业部|分馆|分校|服务站|卫生院|林场|水厂|管理站|管理所)")
_NEWLY_MADE = ("新增", "新建", "净增", "新培育", "新登记")  # things added, which a column of what there is does not count
_PLACE_LIKE_ROW = re.compile(r"(?:村|镇|乡|街道|社区|区|县|市|旗|园|片)(?:\([^()]*\))?$")  # places the gazetteer may lack
_KINDS_OF = re.compile(r"^([\u4e00-\u9fff]{2,6}?)(?:类别|类型|种类|分类)$")  # "活动类别": kinds of 活动
_WHICH_COUNTY = re.compile(r"哪一?个?(?:区县|县市区|县区|县\(市|县|市)")  # places the gazetteer holds
_WHICH_PLACE = re.compile(
    r"哪一?个?(?:区县|县市区|县区|县\(市|区\)|县|区|市|乡镇|镇|乡|街道|村|社区|片区|园区|地方)"
    r"|[几些][个所](?:镇街|区县|县市区|县区|乡镇|街道|镇|乡|县|区|村|社区)(?:里|中|当中)"  # "几个镇街中,哪个最多"
)


def _asks_which_kind(q: Question) -> str:
    """The class word of "哪一类/哪种…" when the question asks which kind, not which place; else ""."""
    kind = _WHICH_KIND.search(q.text) or _WHICH_UNIT.search(q.text)
    return kind.group(1) if kind and not _WHICH_PLACE.search(q.text) else ""
def _place_leading(item: str) -> str | None:
    """The one place an item names as its owner ("澄海区玩具" → 澄海区; "园区联动澄海区玩具" too):
    written in full, a district, county or town; None for an item naming none or several."""
    found = {p.name for p in find_places(item) if p.level >= 3 and p.name in item}
    return found.pop() if len(found) == 1 else None


_LISTED_TRIES = 8
_IN_PLACE = re.compile(r"^[^、]{0,4}?在")  # "全年在沅陵": the list opens after 在
_LIST_COUNT_TAIL = re.compile(r"(?:等)?[两二三四五六七八九十\d]+个?(?:县市区|县区|市县|县|市|区|镇|乡|街道)[^、]*$")  # "新晃四县开展…"
_LISTED_REACH = 300  # characters: a list of parallel clauses is compact (PDF lines break paragraphs)
_FALL = re.compile(r"下降|减少|回落|降低")


_ASKS_FALL = re.compile(r"降幅|减幅|下降|减少|降低|降得|降了|跌幅")


T = TypeVar("T")


def pick_extreme(q: Question, items: list[T], key: Callable[[T], float], signed: bool = True) -> T | None:
    """The item a superlative asks for: the largest (smallest), or the n-th of that order ("排第二");
    None when fewer items are compared or a tie leaves the n-th unclear."""
    largest = _wants_largest(q, signed)
    if q.nth <= 1:
        return (max if largest else min)(items, key=key) if items else None
    if len(items) < q.nth:
        return None
    order = sorted(items, key=key, reverse=largest)
    value = key(order[q.nth - 1])
    neighbours = order[q.nth - 2 : q.nth - 1] + order[q.nth : q.nth + 1]
    return None if any(key(other) == value for other in neighbours) else order[q.nth - 1]


def _wants_largest(q: Question, signed: bool) -> bool:
    """Whether the largest value answers the superlative; for a fall asked over signed changes
    ("降幅最大": -22.2 before -9.1) the smallest does."""
    largest = q.extreme in LARGEST
    return not largest if signed and _ASKS_FALL.search(q.text) else largest


def extreme_words(q: Question, fact: Fact) -> str:
    """How the answer names the superlative: "降幅最大" for the most negative change, else as asked."""
    words = q.extreme or ""
    if q.nth > 1:
        words = f"第{'一二三四五'[q.nth - 1]}{words[1:]}"  # "第二多"
    return f"降幅{words}" if _ASKS_FALL.search(q.text) and _signed(fact) < 0 else words


def _signed(fact: Fact) -> float:
    return -fact.value if _FALL.search(clause_before(fact)) else fact.value


def _item_clause(fact: Fact) -> str:
    """The clause naming what a number is of, up to the number: its own, or for a bare change
    ("…2.96万箱,同比增长3.8%") the one before."""
    sentence, at = reading(fact)
    clauses = re.split(r"[,;:]", sentence[:at])
    # "薛城区24.6公里、市中区31.2公里": an item after another item's number starts at the 、.
    clauses[-1] = _AFTER_LISTED_NUMBER.split(clauses[-1])[-1]
    for clause in reversed(clauses):
        label = re.split(r"[-\d]", clause, maxsplit=1)[0].strip()
        if not names_nothing(label):
            return label
    return ""


# "排名前五的类别分别为城市管理类2.63万件": what comes before 分别为 names the list, not its first item.
_LIST_LEAD = re.compile(r"^(?:[^、]*?(?:分别是|分别为|依次为|依次是)|分布在|分布于|分别|包括|集中在|主要在|其中)")
_AFTER_LISTED_NUMBER = re.compile(r"(?<=\d)[^\d、,;:]{0,6}、")


def novelty(metric: str, sentence: str) -> float:
    """1 for a sentence that says something beyond the question's words, less for one that only
    repeats them ("二是筹建科技银行。" does not say which bank)."""
    asked = bigrams(canonical(metric))
    told = canonical(PUNCT_RUN.sub("", sentence))
    new = sum(1 for i in range(len(told) - 1) if told[i : i + 2] not in asked)
    return 1.0 if new >= MIN_NEW_BIGRAMS else 0.5


_ROLE = re.compile(r"(?<![副])(局长|书记|主任|市长|区长|县长|主席|院长|部长|厅长|董事长|总经理)")


_PERSON_ASK = re.compile(r"谁|哪位|哪一位")
_NAMED_ROLE = re.compile(r"(?:长|书记|主任|负责人|主席|经理)\s+[\u4e00-\u9fff]{2,4}\s*$")


_SPEAKER_COVERAGE = 0.8


def names_the_role(q: Question, line: str) -> bool:
    """Whether a speaker line names the place asked and the role asked ("局长"; "负责人" is any)."""
    if not any(p in line for p in q.places):
        return False
    roles = [m.group(1) for m in _ROLE.finditer(q.text)]
    return "负责人" in q.text or any(r in line for r in roles)


def _only_deputy(question: str, sentence: str) -> bool:
    """The question asks a head (局长) and the sentence names only a deputy (副局长)."""
    for m in _ROLE.finditer(question):
        role = m.group(1)
        if f"副{role}" in sentence and not re.search(rf"(?<!副){role}", sentence):
            return True
    return False


def select_sentences(
    q: Question,
    ranked: list[int],
    chunks: list[Chunk],
    documents: dict[str, Document],
    split_sentences,
    idf: dict[str, float] | None = None,
) -> Selection:
    """For non-numeric questions: the sentence whose words best cover the question's."""
    best: list[tuple[float, str, int, int]] = []
    negated = bool(NEGATION.search(q.text))
    for rank, chunk_id in enumerate(ranked):
        chunk = chunks[chunk_id]
        doc = documents[chunk.doc_id]
        for start, end, norm in split_sentences(doc, chunk):
            if q.places and not (
                any(p in norm + (chunk.section or "") + (doc.title or "") for p in q.places)
                or own_places(doc.region) & set(q.places)
            ):
                continue
            if q.years:
                years = {int(y) for y in YEAR.findall(norm + (chunk.section or ""))} or ({doc.year} if doc.year else set())
                if not set(q.years) & years:
                    continue
            # The passage around the sentence frames it ("十一市科技部门负责人发言摘登" above a
            # "宁波市科技局局长 励永惠" line), as the title and section do.
            context = " ".join(filter(None, [doc.title, doc.region, doc.period, chunk.section, chunk.text, lead(doc)]))
            # A speaker line ("金华市科技局局长 方洪海") tells just a name: short, and all the answer.
            speaker = bool(_PERSON_ASK.search(q.text) and _NAMED_ROLE.search(norm))
            cov = sentence_coverage(q.metric, norm, idf, context) * (1.0 if speaker else novelty(q.metric, norm))
            if speaker and names_the_role(q, norm):
                cov = max(cov, _SPEAKER_COVERAGE)  # the place and the role asked, then a name
            if negated and not NEGATION.search(norm):
                cov *= POLARITY_PENALTY  # "哪一项未能完成" is not answered by "完成良好"
            if _only_deputy(q.text, norm):
                continue  # "局长是谁" is not answered by "副局长 陈军华"
            if q.extreme and q.nth == 1:
                # "哪个县…最高": a sentence that says who leads ("总量居各县(市、区)首位") answers it.
                stated = TOP_STATED if q.extreme in LARGEST else BOTTOM_STATED
                cov *= STATED_EXTREME_BOOST if stated.search(norm) else 1.0
            best.append((cov / (1 + 0.04 * rank), chunk.doc_id, start, end))
    best.sort(key=lambda t: -t[0])
    if not best or best[0][0] < MIN_ENTITY_COVERAGE:
        return Selection(reason="没有找到回答这个问题的句子")
    return Selection(sentences=[(d, s, e, c) for c, d, s, e in best[:1]])
