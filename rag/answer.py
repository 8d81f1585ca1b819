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
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import TypeVar

import numpy as np

from index.cleaning import CleanText, clean_report, normalize_query
from index.gazetteer import find_places, short_name, town_of, zone_of
from index.metadata import plan_only_year
from index.numbers import to_base
from index.schema import Chunk, Document, Fact
from rag import vocabulary as V
from rag.question import RATIO_TO_BASE, Question, head_word, word_starts

# Minimum share of the question's metric bigrams found around the number. Tuned on the dev
# gold set for few false answers first, then recall (see eval reports).
MIN_COVERAGE = 0.33
MIN_SCORE = 0.28
MIN_ENTITY_COVERAGE = 0.55
_WORD_BREAK = re.compile(r"[\s\d.%的在了]+")
_CLAUSE_SPLIT = re.compile(r"[,;:、]")
_CLAUSE_SPLIT_KEEP = re.compile(r"([,;:、])")
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[。!?;\n]")
_CODE = re.compile(r"(?<![\d.])\d{2,}(?![\d.%])")
_BREAKDOWN = re.compile(r"^\s*(?:其中|包括|含)")
_PHRASE_SPLIT = re.compile(r"[,;:]")
_DECAY = 0.55  # weight of each clause further left of the number
_ITEM_DECAY = 0.85  # the same, for one item of a breakdown
_ADJACENT_SLACK = 4  # characters between the metric and its number ("…达到", "…总数达")
_ADJACENT_WEIGHT = 0.3  # how much naming the metric in one run right before the number counts
_CONTRAST_PENALTY = 0.25  # below MIN_SCORE even at full coverage: a contrasting figure is not the answer
_SCOPE_PENALTY = 0.7  # a figure for a narrower scope than asked
_STARTING_PENALTY = 0.5  # where a change started, "由年初的118座减少至96座", for the value now
_QUALIFIED_PENALTY = 0.85  # "儿童保健门诊2.41万人次" for a 门诊 asked bare, when "全院门诊…" is near
# A kind the question does not name ("60岁以上老年消费者投诉…同比增长19.5%" for all 消费投诉): it
# yields to the whole even five places further down the ranking (the rank prior's 0.83).
_KIND_PENALTY = 0.8
_HONOURED_PENALTY = 0.5  # who won an award, "2316人次获得全国无偿献血奉献奖", for what was done
_SIBLING_PENALTY = 0.5  # a list item when another item of the list names the asked head
_OTHERWISE_PENALTY = 0.35  # a figure for another kind of the thing asked (餐厨垃圾 for 建筑垃圾)
_BARE_SCALES = {"亿", "万", "千万", "百万", "万亿"}
_LARGEST = ("最高", "最多", "最大", "最快", "最长", "最远", "最重")
_TOP_STATED = re.compile(r"首位|第一|居首|榜首|之首|最高|最多|最大|最快")
_BOTTOM_STATED = re.compile(r"末位|最低|最少|最小|最慢")
_STATED_EXTREME_BOOST = 1.5
_TABLE_REACH = 10  # chunks either side of a retrieved one that a table's other rows may be in
_MIN_NEW_BIGRAMS = 5  # an answer sentence tells at least this much the question did not
_PUNCT_RUN = re.compile(r"[\s\d.,;:!?。、“”\"'()《》]+")
_RIGHT_WEIGHT = 0.6  # the clause after the number ("达到10933件、5809件" names come before, mostly)
_SENTENCE_WEIGHT = 0.35  # anywhere else in the sentence
_NEGATION = re.compile(r"未能|未|没有|没能|不能|尚未|不足|欠")
_POLARITY_PENALTY = 0.5  # a sentence without a negation, for a question that negates
_RESTATED_SCORE = 0.7  # how close a sentence restating a table's number must score to lead
_RESTATED_TOTAL_SCORE = 0.5  # the same, for a table's total row
_PREVIOUS_WEIGHT = 0.35  # the sentence before, in the same paragraph
_CONTEXT_WEIGHT = 0.5  # title, place, period and section of the passage
_MODIFIER_WEIGHT = 0.6  # metric words before the head word
_UNSEEN_IDF = 3.0
_SAME_SENTENCE_BOOST = 1.5
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年")
# 目标 as a plan, not as a system ("目标管理考核", "目标责任制").
_TARGET_SENTENCE = re.compile(r"力争|目标(?!管理|责任|考核|体系|绩效)|预计|争取|确保|将|拟")
_CHANGE_WORDS = re.compile(r"同比|比上年|较上年|增长|增速|增幅|提高|提升|下降|达到?|(?:年初|调整)?预算的|为")
# "完成全年目标任务的47.3%", "完成全年目标任务7000人的59.1%": how much of a plan is done.
# "完成全年目标任务的45.6%", "为调整预算的96.8%": how much of a plan or budget is done.
# And "为县下达任务6500亩的115.1%": the plan handed down, its amount named.
_PROGRESS = re.compile(r"(?:完成[^,;]{0,10}(?:目标|计划|任务|预算|预期)(?:任务)?(?:[\d.]+[^\d,;的]{0,5})?|(?:为|占|达到?)(?:年初|调整后?|全年|年度|[\u4e00-\u9fff]{0,3}下达的?)?(?:预算|计划|目标|任务)(?:任务)?(?:[\d.]+[^\d,;的]{0,3})?)的?$")
_PLAN_CUE = re.compile(r"力争|目标(?!管理|责任|考核|体系|绩效)|预计")  # plans even among results
# Any "…情况" heading reports (完成情况, 推进情况, 基本情况) unless it also names a plan.
_RESULT_SECTION = re.compile(r"成效|成绩|成果|亮点|回顾|总结|情况|进展|(?:全面|圆满|超额|顺利|如期|提前)完成")  # "减排任务全面完成": done
_COMPARED_AFTER = re.compile(r"[,;]?\s*(?:同比|比上年|较上年|比去年|较去年)")
# "上半年工作总结及下半年工作思路": a plan; "招生计划超额完成" reports one done.
_PLAN_HEADING = re.compile(r"思路|计划(?!(?:全面|圆满|超额|顺利|如期|提前)?完成)|打算|安排|要点")
_PLAN_VERB = re.compile(r"计划(?=新增|完成|实现|达到|投入|引进|培育|建设|建成|突破|到|在|要|将)")
_PEOPLE_UNITS = {"人", "名", "位", "人次"}
_VEHICLES = {"辆", "架", "艘", "车", "班"}
_SPANS_OF_TIME = {"年", "个月", "天", "周", "小时", "分钟", "个季度", "周年", "工作日", "个工作日"}
_COMPARAND = re.compile(r"(高于|低于|快于|慢于)[^,;:。]*$")
_RATE = re.compile(r"率|比重|占比|比例|份额|强度|增速|增幅|水平|指数")
_INCREASE_BEFORE = re.compile(
    r"(?:增加|增长|多|多增|少增|净增|提高|提升|上升|减少|下降|降低|前移|前进|跃升|后移|后退|回落|缩短|延长|偏少|偏低|偏高)了?(?:约|近|超过?)?$"
)
_EARLIER_ITEMS = re.compile(r"(?:-?\d+(?:\.\d+)?[^\d,;:、和与及]{0,4}(?:、|和|与|及|以及))+$")


def states_change(fact: Fact) -> bool:
    """Whether the number is a change, by the verb right before it or before the list it ends:
    "同比分别下降13.0%和11.4%" states two falls."""
    before = _EARLIER_ITEMS.sub("", clause_before(fact, _PHRASE_SPLIT))
    return bool(_INCREASE_BEFORE.search(before) or _MORE_THAN_BEFORE.search(before))


# "比上个雪季多运营9天": more of the verb than before, the verb between 多 and the number.
_MORE_THAN_BEFORE = re.compile(r"(?:比|较)(?!较)[^,;:。]{1,12}?(?:多|少)[\u4e00-\u9fff]{1,3}$")


def changes_a_rate(fact: Fact) -> bool:
    """Whether the number is a change of a rate or share, not of an amount: "发病率为186.4/10万,
    同比下降8.6%", not "集客业务收入5420万元,同比增长18.3%"."""
    if not states_change(fact):
        return False
    own = clause_before(fact, _PHRASE_SPLIT)
    if _names_nothing(own):
        own = f"{phrase_before(fact)} {own}"
    return bool(_RATE.search(canonical(own)))


# "恢复到2019年同期的111.3%", "恢复到2019年水平的55.3%": a year measured against, not the one reported.
_BASELINE_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}年(?:同期|水平)")
_SINCE_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}年[^,;。\d]{0,20}?(?:以来|至今)")
_COMPARAND_YEAR = re.compile(r"(?:比|较|由|从|与)((?:19|20)\d{2})年[^\d,;:。]{0,15}?(?=[\d.]+|$)")


def years_reported(text: str) -> set[int]:
    """The years ``text`` reports on: not one it compares with ("比2021年…", "恢复到2019年同期的…")."""
    return {int(y) for y in _YEAR.findall(_COMPARAND_YEAR.sub(" ", _BASELINE_YEAR.sub(" ", text)))}

_RATE_WORDS = ("增速", "增幅", "增长", "速度", "增长率")
_HALVES = re.compile(r"上半年|下半年|前三季度|第[一二三四]季度|[一二三四][至到-][一二三四]季度|[一二三四]季度|1-\d{1,2}月")


_COMPARED_HALF = re.compile(r"[比较与](?:上半年|下半年|前三季度|第?[一二三四]季度|1-\d{1,2}月)")


def _halves(text: str | None) -> list[str]:
    """The periods shorter than a year that ``text`` names, each in one spelling; a range of
    quarters ("一至四季度分别…") names each of them."""
    found = []
    for h in _HALVES.findall(text or ""):
        if span := _QUARTER_SPAN.fullmatch(h):
            found += [f"{_NUMERALS[i - 1]}季度" for i in range(_numeral(span.group(1)), _numeral(span.group(2)) + 1)]
        else:
            found.append(V.SAME_PERIOD.get(h, h))
    return found


_QUARTER_SPAN = re.compile(r"([一二三四])[至到-]([一二三四])季度")
_MONTH = re.compile(r"(?<!\d)(1[0-2]|[1-9])月")


@dataclass
class Candidate:
    fact: Fact
    score: float
    coverage: float
    target: bool
    rank: int  # of its chunk in the fused retrieval
    aligned: str | None = None  # the enumeration item this number stands for, if any


@dataclass
class Selection:
    """What to state: facts (numeric answer) or sentences (non-numeric), best first."""

    facts: list[Candidate] = field(default_factory=list)
    sentences: list[tuple[str, int, int, float]] = field(default_factory=list)  # doc, start, end, coverage
    reason: str | None = None  # why nothing was chosen


# --------------------------------------------------------------------------- text matching

canonical = V.canonical  # shared with question analysis; re-exported for callers of this module


@lru_cache(maxsize=65536)
def bigrams(text: str) -> frozenset[str]:
    """Character bigrams of the words of ``text``; digits, and the particles 的/在/了 that join
    phrases ("技术交易额在全市排…", "发放了贷款"), separate words, so no bigram spans two phrases."""
    # A code made of digits names a thing ("3315计划", "500强"): it is a word of its own.
    grams = set(_CODE.findall(text))
    text = _WORD_BREAK.sub(" ", text)
    for word in text.split():
        if len(word) == 1:
            grams.add(word)
        grams.update(word[i : i + 2] for i in range(len(word) - 1))
    return frozenset(grams)


# A bigram across two words of the question ("配辅" in 适配辅助器具) is weak evidence where the
# report names things tersely: a table's column header ("辅助器具(件)"). In prose it stays whole:
# down-weighting it there loosens every match and costs more false answers than it wins.
_ACROSS_WEIGHT = 0.5


def weighted_bigrams(metric: str, idf: dict[str, float] | None = None, across: float = 1.0) -> dict[str, float]:
    """Bigrams of the metric words with their weights: rarer bigrams weigh more (IDF over the
    corpus chunks) and the head word (the last, nearest the question word) counts fully, the
    words before it ×0.6."""
    words = canonical(metric).split()
    weights: dict[str, float] = {}
    for i, word in enumerate(words):
        head = 1.0 if i == len(words) - 1 else _MODIFIER_WEIGHT
        straddling = _across_words(word) if across != 1.0 else frozenset()
        for g in bigrams(word):
            w = head * (idf.get(g, _UNSEEN_IDF) if idf is not None else 1.0)
            if g in straddling:
                w *= across
            weights[g] = max(weights.get(g, 0.0), w)
    return weights


@lru_cache(maxsize=4096)
def _across_words(text: str) -> frozenset[str]:
    """Bigrams of ``text`` that straddle two words of two characters or more: "增燃" and "气用" in
    新增燃气用户, which a report writing "新增用户…" (燃气 said once, in the title) never has."""
    words = word_starts(text)
    across = set()
    for i in range(1, len(text) - 1):
        if i in words and (i - 1) not in words and (i + 1) not in words:
            across.add(text[i - 1 : i + 1])
    return frozenset(across) - _within_words(text)


def _within_words(text: str) -> frozenset[str]:
    starts = sorted(word_starts(text)) + [len(text)]
    return frozenset(g for a, b in zip(starts, starts[1:]) for g in bigrams(text[a:b]))


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_NOT_A_NOUN = set("的和与及或等以左为是达至到")
_LEAD_NUMBER = re.compile(r"[\d.()年]")
_LEAD_WORDS = re.compile(r"^(?:其中|另有|另外|此外|共有|共|有|全年|累计|新增)")
_LIST_JOINER = re.compile(r"^\s*(?:、|和|与|及|以及|,)\s*$")
_ITEM_SPLIT = re.compile(r"、|和|与|及")


_MONTH_RANGE = re.compile(
    r"(?<![\d一二三四五六七八九十])(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:至|到|-|—|~)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(月|季度)份?([^,:;\d]*分别[^,:;\d]*)$"
)
_NUMERALS = "一二三四五六七八九十"


def _numeral(text: str) -> int:
    """ "4" → 4, "四" → 4, "十二" → 12."""
    if text.isdigit():
        return int(text)
    if text.startswith("十"):
        return 10 + (_NUMERALS.index(text[1]) + 1 if len(text) > 1 else 0)
    return _NUMERALS.index(text[0]) + 1  # months and quarters: 一 to 九, 十, 十一, 十二


_LIST_BEFORE_OF = re.compile(r"(?:^|[为对向在给])([^、为对向在给]+(?:、[^、的]+)+)的")


def align_enumeration(sentence: str, positions: list[tuple[int, int]], index: int) -> str | None:
    """For "A、B和C…分别/增幅高达x、y和z": the item of the list the ``index``-th number belongs to.

    ``positions`` are the (start, end) of a run of numbers joined by 、/和/与/及 in ``sentence``;
    the names are the nearest clause before the run that splits into exactly as many items.
    """
    n = len(positions)
    if n < 2:
        return None
    before = sentence[: positions[0][0]]
    # "1至6月分别受理2.76万件、…和3.49万件": one number per month (quarter) of the range, in order.
    # "一至四季度分别销售食盐6980吨、…": written in numerals, named so too ("四季度").
    months = _MONTH_RANGE.search(re.split(r"[,:;(]", before)[-1])
    if months and _numeral(months.group(2)) - _numeral(months.group(1)) + 1 == n:
        what = months.group(4).replace("分别", "")
        at = _numeral(months.group(1)) + index
        name = str(at) if months.group(1).isdigit() or at > 10 else _NUMERALS[at - 1]
        return f"{name}{months.group(3)}{what}"
    # "7月、8月观众分别为18.2万人次和19.6万人次": one number per month listed.
    listed = _MONTH_LIST.search(re.split(r"[,:;(]", before)[-1])
    if listed and len(found := re.findall(r"\d{1,2}(?=月)", listed.group(1))) == n:
        return f"{int(found[index])}月{listed.group(2).replace('分别', '')}"
    for clause in reversed(re.split(r"[,:;(]", before)):
        # "申请量与授权量超7.2万件和2.7万件,居全省第二和第四": the names end where numbers begin.
        names = re.split(r"[-\d]", clause, maxsplit=1)[0]
        items = [i for i in _ITEM_SPLIT.split(names) if i.strip()]
        if len(items) != n:
            # "深化与海门区、启东市、如东县…合作": a 与 after a verb is "with", no item's joint.
            items = [i for i in re.split(r"、|和", names) if i.strip()]
        if len(items) == n:
            return _with_shared_tail(items, index) or _with_shared_prefix(items, index)
        # "为北山街道、依兰镇、三道湾镇、小营镇的…提供上门探访和照料服务,分别为…": the list ends at
        # the 的 after its last 、; a 和 in what follows joins no item.
        listed = _LIST_BEFORE_OF.search(names)
        if listed and len(items := [i for i in _ITEM_SPLIT.split(listed.group(1)) if i.strip()]) == n:
            return f"{items[index]} {names[listed.end():].strip()}"  # the words after the list are every item's
    # "播种面积48.6万亩,总产量19.8万吨,分别比上年增长1.2%和2.1%": 分别 refers back to the n
    # clauses before, each naming one number.
    clauses = re.split(r"[,;]", before)
    if "分别" in clauses[-1] and len(clauses) > n:
        named = clauses[-n - 1 : -1]
        if all(len(re.findall(r"\d+(?:\.\d+)?", c)) == 1 for c in named):
            return re.split(r"[-\d]", named[index], maxsplit=1)[0].strip() or None
    if "分别" in clauses[-1] and len(clauses) >= 2:
        # "…"小巨人"企业9家、省级专精特新中小企业46家,累计分别达到21家、158家": one clause before
        # lists the n items, each with its own number.
        listed = [m for m in re.finditer(r"-?\d+(?:\.\d+)?[^\d、,;]*", clauses[-2])]
        if len(listed) == n:
            # "第一、二、三产业增加值分别为…,分别增长…": the items the clause before names.
            named = align_enumeration(clauses[-2], [(m.start(), m.end()) for m in listed], index)
            if named:
                return named
            starts = [0] + [m.end() for m in listed[:-1]]
            names = [clauses[-2][starts[i] : listed[i].start()].strip("、 ") for i in range(n)]
            if names[0] and not any(names[1:]):
                # "发放个人住房贷款4108笔、18.76亿元,同比分别增长7.2%和9.6%": one thing measured
                # twice; each change is of the measure its number's unit names (笔数, 金额).
                return names[0] + _measure_noun(listed[index].group())
            if index and names[0] and len(words := _tagged_words(names[index])) == 1 and words[0][1] == "v":
                # "发生事故47起、死亡39人,同比分别下降13.0%和11.4%": a bare verb counts what the
                # first item names (事故死亡), as a question says it.
                return f"{head_word(names[0])}{names[index]}"
            return names[index] or None
    if "分别" in clauses[-1]:
        # "…事故97起,造成死亡34人、受伤112人,直接财产损失86.4万元,同比分别下降9.3%、15.2%、7.4%
        # 和11.8%": the n numbers nearest before, across clauses, each named by the words before it.
        named_numbers: list[tuple[str, re.Match]] = []
        for clause in reversed(clauses[:-1]):
            found = list(_LISTED_NUMBER.finditer(clause))
            named_numbers[:0] = [(clause, m) for m in found]
            if len(named_numbers) >= n:
                break
        if len(named_numbers) == n:

            def name_of(at: int) -> str:
                clause, number = named_numbers[at]
                previous = [m for c, m in named_numbers[:at] if c is clause]
                return clause[previous[-1].end() if previous else 0 : number.start()].strip("、 ")

            name = name_of(index)
            # The first clause names what the later ones are of (事故…, 造成死亡…): their subject.
            if name and named_numbers[index][0] is not named_numbers[0][0]:
                name = f"{name_of(0)} {name}"
            return name or None
    return None


_LISTED_NUMBER = re.compile(r"-?\d+(?:\.\d+)?[^\d、,;]*")
_MONTH_LIST = re.compile(r"((?<!\d)\d{1,2}月(?:[、和与及]\d{1,2}月)+)([^,:;\d]*分别[^,:;\d]*)$")


def _measure_noun(number: str) -> str:
    """What a number's unit measures, as a question names it: 金额 for 亿元, 笔数 for 笔."""
    unit = re.sub(r"^-?[\d.]+[万亿千百]?", "", number)
    if unit.endswith("元"):
        return "金额"
    if _COUNTED_AS.fullmatch(unit) or unit in _TONNAGE_UNITS:
        return unit  # "186人次": the 人次 asked ("出访人次涨了多少"); "221.4万载重吨": the 载重吨
    return unit[-1] + "数" if len(unit) == 1 and unit in "笔人户家件项个次所名起批" else ""


_LIST_VERB = re.compile(r"(?:分别|各)?(?:为|是|达到|达|有|超过|超|近|约)?$")


_NUMERAL_ITEM = re.compile(r"^第?([一二三四五六七八九十])$")
_NUMERAL_LAST = re.compile(r"^第?([一二三四五六七八九十])(\S+)$")


_GROUP_TAIL = re.compile(r"等?([一二三四五六七八九十两]|\d{1,2})(?:大|个|类|项|家|种|条|所|座)([\u4e00-\u9fff]{1,6})$")


def _with_shared_tail(items: list[str], index: int) -> str | None:
    """For places listed with what they share written once after the last ("江城区、阳东区、阳春市
    空气质量优良天数比例分别为"): item ``index`` with that tail; None for any other list."""
    places = [i.strip() for i in items[:-1]]
    last = items[-1].strip()
    counted = _GROUP_TAIL.search(last)
    if counted and _numeral(counted.group(1).replace("两", "二")) == len(items) and counted.start() >= 2:
        # "澄海区玩具、潮南区内衣家居服、潮阳区纺织服装三大产业带": the group named after the last
        # item is every item's.
        return f"{(places + [last[: counted.start()]])[index]} {counted.group(2)}"
    if not all(_is_place(p) for p in places):
        # "城乡居民基本养老保险、工伤保险、失业保险参保人数分别达到": the earlier items end alike
        # (保险), and so does the last one's head, before the tail they share.
        ending = places[0][-2:] if len(places) == 1 else os.path.commonprefix([p[::-1] for p in places])[::-1]
        at = last.find(ending) if len(ending) >= 2 else -1
        if at < 0:
            return None
        places, head = items[:-1], last[: at + len(ending)]
        tail = _LIST_VERB.sub("", last[len(head):]).strip()
        return f"{(places + [head])[index].strip()} {tail}" if tail else None
    head = next((last[:k] for k in range(min(len(last) - 1, 8), 1, -1) if _is_place(last[:k])), None)
    if not head:
        return None
    tail = _LIST_VERB.sub("", last[len(head):]).strip()
    return f"{(places + [head])[index]} {tail}" if tail else None


def _with_shared_prefix(items: list[str], index: int) -> str:
    """Item ``index`` of a list, with the words its first item has before its own head:
    "发明专利申请、授权量" lists 发明专利申请 and 发明专利授权量; "第一、二、三产业增加值" lists
    第一产业增加值, 第二产业增加值 and 第三产业增加值."""
    item = items[index].strip()
    last = _NUMERAL_LAST.match(_LIST_VERB.sub("", items[-1].strip()))
    if last and all(_NUMERAL_ITEM.match(i.strip()) for i in items[:-1]):
        numeral = (_NUMERAL_ITEM.match(item) or _NUMERAL_LAST.match(item)).group(1)
        return f"第{numeral}{last.group(2)}"
    if index == 0:
        return item
    first = items[0].strip()
    longest_other = max(len(_LIST_VERB.sub("", i.strip())) for i in items[1:])
    head = head_word(first)
    if len(first) >= 2 * longest_other and 2 <= len(head) < len(first):
        return first[: -len(head)] + item
    return item


def enumeration_run(sentence: str, spans: list[tuple[int, int]], target: int) -> tuple[list[tuple[int, int]], int]:
    """The run of adjacent numbers (joined only by 、/和/与/及) holding ``spans[target]``."""
    start = end = target
    while start > 0 and _LIST_JOINER.match(sentence[spans[start - 1][1] : spans[start][0]]):
        start -= 1
    while end + 1 < len(spans) and _LIST_JOINER.match(sentence[spans[end][1] : spans[end + 1][0]]):
        end += 1
    return spans[start : end + 1], target - start


_HEADER_UNIT = re.compile(r"^(.+?)\s*[(（]([\u4e00-\u9fff])[)）]$")
_HEADER_VOLUME = re.compile(r"^(.+?)\s*[(（](?:万|千|百|亿)?(?:件|吨|标箱|车次|人次|架次|艘次|单|票|袋|箱)[)）]$")


def header_words(header: str) -> str:
    """A column header as a question names it: "惠民演出(场)" counts 惠民演出场次, 惠民演出场数,
    惠民演出量."""
    if "增长" in header and "同比" not in header:
        # "客运量增长(%)": a table's growth column is the year-on-year rate a 增速 asks.
        header = f"{header} {header.replace('增长', '同比增长')}"
    elif re.search(r"同比(?!增长|增速|增幅|下降)", header):
        header = f"{header} {re.sub(r'同比(?!增长|增速|增幅|下降)', '同比增长', header)}"  # "收入同比(%)"
    stem, paren, unit = header.partition("(")
    if "人次" in stem:
        header = f"{header} {stem.replace('人次', '量', 1)}{paren}{unit}"  # "门诊人次" is the 门诊量
    volume = _HEADER_VOLUME.match(header)
    # "包裹快递(万件)" is that 包裹快递量 or 包裹快递业务量, the volume its unit counts.
    volume_words = f" {volume.group(1)}量 {volume.group(1)}业务量" if volume and not re.search(r"[量数额率比]$", volume.group(1)) else ""
    m = _HEADER_UNIT.match(header)
    if not m:
        return header + volume_words
    stem, unit = m.groups()
    if unit.lstrip("万千百") in _AREA_UNITS:
        return f"{header} {stem}面积"  # "稻渔综合种养(亩)" is that 稻渔综合种养面积
    return f"{header} {stem}{unit}次 {stem}{unit}数{volume_words}"


_SHORT_ASIDE = re.compile(r"[(（][\u4e00-\u9fff、]{1,10}[)）]")


_TIMES_COUNTED = re.compile(r"([\u4e00-\u9fff])\d+(?:\.\d+)?万?([场班批])(?!次)")


def bigrams_read(text: str) -> frozenset[str]:
    """The bigrams of ``text`` as a reader takes them: a short aside neither parts the words around
    it ("乡镇(街道)文联" names 乡镇文联) nor stands apart from them ("阅读(播放)量": 阅读播放量);
    a count of times names them ("演出486场": 演出场次)."""
    grams = bigrams(text)
    if _TIMES_COUNTED.search(text):
        grams = grams | bigrams(_TIMES_COUNTED.sub(r"\1\2次", text))
    if "(" in text or "（" in text:
        grams = grams | bigrams(_SHORT_ASIDE.sub("", text))
        grams = grams | bigrams(_SHORT_ASIDE.sub(lambda m: m.group()[1:-1].replace("、", ""), text))
    return grams


def metric_coverage(
    metric: str,
    sentence: str,
    number_at: int,
    idf: dict[str, float] | None = None,
    context: str = "",
    aligned: str | None = None,
    header: str = "",
    decay: float = _DECAY,
    number_first: bool = False,
    previous: str = "",
    unit: str = "",
) -> float:
    """Weighted share of the metric's bigrams found near the number, nearer clauses weighing more.

    The clause holding the number counts fully, each clause further left ×0.55, the clause to
    the right ×0.6, the rest of the sentence ×0.35, and the report's title, place and section
    path (``context``) ×0.5: they say what the whole passage is about. ``aligned`` is the list
    item this number stands for in an enumeration, ``header`` the column header of a table cell;
    both count as the nearest clause. When the number leads its clause (``number_first``: "2项
    专利获…奖") the words after it name it and count fully.
    """
    wanted = weighted_bigrams(metric, idf)
    total = sum(wanted.values())
    if not total:
        return 0.0
    # "增速高于全县城镇居民人均可支配收入增速2.3个百分点": what follows 高于 is the comparand,
    # not what the number measures.
    left = _COMPARAND.sub(r"\1", canonical(sentence[:number_at]))
    right_end = _CLAUSE_SPLIT.search(sentence, number_at)
    right = canonical(sentence[number_at : right_end.start() if right_end else len(sentence)])
    pieces = _CLAUSE_SPLIT_KEEP.split(left)
    clauses, joints = pieces[::2][::-1], pieces[1::2][::-1]  # joints[i - 1]: what ends clauses[i]
    found: dict[str, float] = {}

    def credit(text: str, weight: float) -> None:
        # "乡镇(街道)文联" names 乡镇文联 too: a short aside does not part the words around it.
        for g in bigrams_read(text):
            for w in (g, *V.SAME_BIGRAMS.get(g, ())):
                if w in wanted and found.get(w, 0.0) < weight:
                    found[w] = weight

    if header:
        credit(canonical(header_words(header)), 1.0)
    if aligned:
        # The list item is nearest; the rest of the numbers' own clause ("其中发明专利申请、授权量
        # 分别为") is one step further from each number.
        credit(canonical(aligned), 1.0)
    # A breakdown's clause ("…引才计划20人,其中包括火炬计划6人") names a part of what the clause
    # before it names: that clause describes this number too, nearly as closely as its own.
    # Only when the part's clause names something asked that the clauses before it do not
    # ("火炬计划"); else the question asks for the whole.
    breakdown = bool(clauses) and names_a_part(wanted, clauses[0], left, canonical(metric))
    # The earlier items of a list ("成功申报“国千计划”1人、“省千计划”3人、市“3315计划”…个人5人")
    # are one step away, however many: what the list's lead-in says applies to every item alike.
    # Names listed right before one number ("组织申报会、座谈会、对接会等近30场") are one phrase;
    # not when another number stands between ("…等8项指标位居全市前3": the list names the 8).
    weight = decay if aligned else 1.0
    # A place ("…分布在任城区14套、微山县12套、鱼台县9套") is an item of a breakdown, no thing of its own.
    own_label = (bool(clauses) and not aligned and not _names_nothing(clauses[0]) and not _names_only_attribute(clauses[0])
                 and not is_known_place(clauses[0]))
    in_list = True
    in_names = bool(clauses) and not _DIGIT.search(clauses[0])
    # "发生事故47起、死亡39人,同比分别下降13.0%和11.4%": a bare change list takes its items from
    # the list before it, whose lead-in applies to every item alike, one step away.
    back_list = bool(aligned) and len(clauses) > 1 and _names_nothing(_EARLIER_ITEMS.sub("", clauses[0]).replace("分别", ""))
    # Whether every clause nearer the number than this one names only a change or a flow (or a
    # running total): kept as the loop goes, not recounted per clause.
    all_flow = all_total = not aligned
    for i, clause in enumerate(clauses):
        if i:
            nearer = clauses[i - 1]
            changes_only = _names_nothing(nearer) or _names_only_flow(nearer)
            all_flow = all_flow and changes_only
            all_total = all_total and (changes_only or _names_only_total(nearer))
        if back_list and i:
            back_list = i == 1 or joints[i - 1] == "、"
            if back_list:
                credit(clause, weight)
                continue
        if i:
            in_list = in_list and joints[i - 1] == "、" and bool(_DIGIT.search(clause))
            if in_list:
                # An earlier item names the list's lead-in for this one, unless this one names a
                # thing of its own and nothing asked ("…总额增长10%以上、实际使用外资达到7000万美元").
                if own_label and _ENDS_IN_NUMBER.search(clause) and not bigrams(clauses[0]) & wanted.keys():
                    continue
                # "完工交付船舶23艘、221.4万载重吨": a number with no words of its own measures what
                # the item before names, as closely.
                credit(clause, weight if i == 1 and not clauses[0].strip() else weight * decay)
                continue
            in_names = in_names and not aligned and joints[i - 1] == "、" and not _DIGIT.search(clause)
            # "社会消费品零售总额986.4亿元,同比增长8.7%": a clause of bare change words names its
            # indicator in the clause before, as closely as its own would.
            # So does a bare flow ("电商经营主体达到2.46万家,新增3120家").
            refers_back = all_flow
            if all_total and not refers_back:
                # "新建智慧公园5个,累计达到9个": the total of 智慧公园, not what was built this year;
                # nearly as close as the clause's own name would be.
                clause = _FLOW.sub("", clause)
                weight *= _ITEM_DECAY
            elif not in_names and not refers_back:
                weight *= max(decay, _ITEM_DECAY) if (i == 1 and breakdown) else decay
        credit(clause, weight)
    credit(right, 1.0 if number_first else _RIGHT_WEIGHT)
    # "全年累计供水11119万立方米" states the 供水量: the verb right before its amount.
    for word in canonical(metric).split():
        if len(word) >= 3 and word.endswith("量") and word[-2:] in wanted and left.endswith(word[:-1]):
            found[word[-2:]] = 1.0
        # "全年生产光伏组件8.46GW" states the 组件产量: the verb and its object right before the amount.
        if len(word) >= 4 and word.endswith("产量") and re.search(rf"生产[\u4e00-\u9fff]{{0,4}}{re.escape(word[:-2])}$", left):
            for g in bigrams(word):
                found[g] = 1.0
        # "就业人数" is what "帮助312名退役军人实现就业" counts: the unit says 人数.
        if len(word) >= 4 and word.endswith("数") and unit.lstrip("万千百亿") in _COUNT_NOUN_UNITS.get(word[-2], ()):
            found[word[-2:]] = 1.0
            if word[-3:-1] in wanted and word[-4:-2] in found:
                found[word[-3:-1]] = found[word[-4:-2]]
        # "提取率" is what "提取额占当年缴存额的比例为75.0%" states: a rate named by its share.
        if len(word) >= 3 and word.endswith("率") and word[-2:] in wanted and _share_of(word[-2]).search(left):
            found[word[-2:]] = 1.0
    credit(canonical(sentence), _SENTENCE_WEIGHT)
    if context:
        credit(canonical(context), _CONTEXT_WEIGHT)
    if previous and _BREAKDOWN_LEAD.match(sentence):
        # "…共招收新生1926人。从生源地看,汉川市386人…": a breakdown by its own lead-in counts what
        # the sentence before names, head and all.
        credit(canonical(previous), decay)
    elif previous:
        # Only for the words before the head: what is counted must be named in the sentence
        # itself ("…申请风险池资金。…发放科技贷款4400万元" is not the pool's money).
        words = canonical(metric).split()
        head = bigrams(words[-1] if len(words) > 1 else words[-1][-4:]) if words else frozenset()
        for g in bigrams(canonical(previous)):
            if g in wanted and g not in head and found.get(g, 0.0) < _PREVIOUS_WEIGHT:
                found[g] = _PREVIOUS_WEIGHT
    return sum(wanted[g] * w for g, w in found.items()) / total


# "X人数" is counted in 人 or 名, "X户数" in 户…
_COUNT_NOUN_UNITS = {"人": ("人", "名", "位"), "户": ("户",), "家": ("家",), "件": ("件",), "个": ("个",), "次": ("次",)}


@lru_cache(maxsize=256)
def _share_of(verb: str) -> re.Pattern[str]:
    return re.compile(re.escape(verb) + r"[额量数]?占[^,;。]{0,14}?(?:比例|比重)")


# "居全省邮政" is the peer group a rank is among, no subject of its own.
_BARE_WORDS = re.compile(r"(?<!\d)\d{1,2}月(?:\d{1,2}日|[上中下]旬|底|末)?(?:当天|当日)?|(?:位居|位列|居|列|排名?)(?:全国|全省|全市|全县|全区)[^,;:。\d第前首]{0,8}|(?:年末|年底)?(?:降|升|增|减|降低|提高|下降|上升|增长|减少|回落)(?:至|到)|占[^,;:。\d]{1,12}?(?:的比重|的比例|比重|比例|的)|所?占(?:比重|比例|比)|按(?:可比价格?|现价)计算|[比较由从](?:(?:19|20)\d{2}年)?(?:上半年|下半年|同期|年初|年末|年底)?的(?:-?[\d.]+[^\d,;:]{0,4}?(?=增长|增加|多增|少增|提高|提升|下降|减少)|$)|其中(?=上半年|下半年|[一二三四]季度|前三季度|全年)|[比较与](?:19|20)\d{2}年(?:底|末)?(?:相比)?|上半年|下半年|[一二三四]季度|前三季度|全年|当年|本年度?|年内|完成|实现|增加|多增|少增|减少|同比|[比较](?:上年同期|去年同期|上年末|上学年|上年|去年|年初|同期)|增长|增速|增幅|提高|提升|下降|达到?|为|位居|位列|居|列|排名|排|全国|全省|全市|全县|全区|县\(市\)|县市区|各县|新城区|中心城区|县级市|平均水平|高于|低于|快于|慢于|\d+(?:\.\d+)?个?百分点|[\d.%]+"
    # Who reports, by itself: "在全省…综合考评中,我院居第2位" (a place's "本区" is a scope, read apart).
    r"|(?:我|本)(?:院|局|委|办|会|厅|站|所|馆|校|处|中心|公司|集团|行|社)")


def _names_nothing(clause: str) -> bool:
    """A clause of change, comparison and rank words only ("同比增长", "增速高于全省平均水平1.2个
    百分点", "居全市县(市)"): it describes the indicator a clause before names."""
    return len(_BARE_WORDS.sub("", clause).strip()) <= 1


_FLOW = re.compile("|".join(V.FLOW_WORDS))
RUNNING_TOTAL = re.compile("累计|总数|共计|合计|总计")  # 总数 and 合计 read 累计 once canonical


def _names_only(words: re.Pattern[str], clause: str) -> bool:
    """A clause of ``words`` and change words only: "新增3120家" (a flow), "累计达到9个" (a running
    total) count what the clause before names."""
    bare = _BARE_WORDS.sub("", clause)
    return bool(words.search(bare)) and len(words.sub("", bare).strip()) <= 1


def _names_only_flow(clause: str) -> bool:
    return _names_only(_FLOW, clause)


def _names_only_total(clause: str) -> bool:
    return _names_only(RUNNING_TOTAL, clause)


# Words that measure something without naming it: "项目3个、投入资金320万元" is the projects' money.
_ATTRIBUTE = re.compile(r"(?:总|累计|计划|实际|完成|共)?(?:投资|投入资金|投入|资金|金额|总额|面积|规模|长度|里程|总长|容量)(?:总额|额)?(?:共|约|达到?|为|计)?")


def _names_only_attribute(clause: str) -> bool:
    """A list item that measures the item before it ("投入资金320万元" after "项目3个"): an amount,
    area or length, with no noun of its own."""
    label = _BARE_WORDS.sub("", _ENDS_IN_NUMBER.sub("", clause)).strip()
    return bool(label) and bool(_ATTRIBUTE.fullmatch(label))


def reading(fact: Fact) -> tuple[str, int]:
    """The text a number is read in, and where it stands in it: its sentence, or for a table
    cell quoted from a label line above ("专利申请量(件)/专利授权量(件)" over "8500/4800") its own
    line, its column header naming it."""
    sentence, at = fact.sentence, fact.number_at
    if fact.header:
        cut = sentence.rfind("\n", 0, at) + 1
        return sentence[cut:], at - cut
    return sentence, at


def clause_before(fact: Fact, split: re.Pattern[str] = _CLAUSE_SPLIT) -> str:
    """The words of the number's own clause before it ("其中发明专利授权" for "…,其中发明专利授权412件").

    With ``split=_PHRASE_SPLIT`` list commas do not end the clause: "申报国家、省市级科技计划项目达".
    """
    sentence, at = reading(fact)
    left = sentence[:at]
    return left[max((m.end() for m in split.finditer(left)), default=0) :]


def clause_after(fact: Fact) -> str:
    """The words of the number's own clause after it ("项专利获省级专利优秀奖" for "2项专利获…")."""
    sentence, at = reading(fact)
    end = at + len(fact.text)
    stop = _CLAUSE_SPLIT.search(sentence, end)
    return sentence[end : stop.start() if stop else len(sentence)]


_TOGETHER_THEN_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:共|合计|总计|累计)[^,;:。\d]{1,12}\d")


def names_after(fact: Fact) -> bool:
    """Whether what the number counts follows it: it comes first in its clause ("2项专利获省级
    专利优秀奖"), or a count's measure word is followed by its noun ("帮助37家中小微企业获得贷款")."""
    sentence, at = reading(fact)
    following = sentence[at + len(fact.text) : at + len(fact.text) + 1]
    if fact.kind == "count" and _CJK_CHAR.match(following) and following not in _NOT_A_NOUN:
        # "6个轧花厂共收购籽棉18.62万吨": what follows the 共 is the later number's, the 6 counts 轧花厂.
        return not _TOGETHER_THEN_NUMBER.match(sentence[at + len(fact.text) :])
    if fact.kind == "money" and re.match(r"[A-Za-z\u4e00-\u9fff]", following) and following not in _NOT_A_NOUN:
        return True  # "获得3700万元A轮融资", "争取500万元专项资金"
    # List commas do not start a clause here: in "增幅高达25.7%、42.7%和86.0%" the later numbers
    # are named before the list, not by what follows it.
    lead = _LEAD_WORDS.sub("", clause_before(fact, _PHRASE_SPLIT))
    return len(_LEAD_NUMBER.sub("", lead).strip()) <= 1  # "1年(2017年)建成国家高新区"


# Words before a metric that narrow no kind: scope, time, verbs of result, the report's own unit.
_SCOPE_BEFORE = re.compile(
    r"(?:全(?:院|市|县|区|省|国|行|校|所|镇|乡|局|州|盟|旗|系统|公司|集团|中心)|园区|本院|我院|我市|我县|我区|"
    r"上半年|下半年|全年|当年|本年|年度|当月|单月|本月|当季|一季度|前三季度|累计|新增|实现|完成|实际|达到?|共有|共计|合计|共|总|其中|年内|年末|年底|"
    r"同比|开展|组织|举办|办理|受理|接待|力争|争取|确保|计划|预计|目标)$"
)


def phrase_before(fact: Fact) -> str:
    """The phrase before the number's own (list commas kept), "" when it opens its sentence: what
    a bare change ("同比增长13.2%") describes."""
    sentence, at = reading(fact)
    phrases = _PHRASE_SPLIT.split(sentence[:at])[:-1]
    # "销售额5420万元,占销售总额的13.8%,同比增长7.6%": the change is the level's, past its share.
    while len(phrases) > 1 and _SHARE_PHRASE.match(phrases[-1]):
        phrases.pop()
    return phrases[-1] if phrases else ""


_SHARE_PHRASE = re.compile(r"^\s*(?:约|共|合计)?占[^,;。\d]{1,14}?(?:的比重|的比例|比重|比例|的)?(?:为|达到?)?\s*-?[\d.]+%\s*$")


def qualified_otherwise(metric: str, fact: Fact, named: str = "") -> bool:
    """Whether the number's own words narrow the metric to a kind the question does not name:
    "儿童保健门诊2.41万人次" for "门诊量", "软件和信息技术服务业营业收入" for "营收". ``named``:
    words that name no kind either: the report's title (who reports), the places asked."""
    words = [w for w in canonical(metric).split() if len(w) >= 2 and not _names_nothing(w)]  # "门诊 增长": the 门诊's
    own = clause_before(fact, _PHRASE_SPLIT)
    if names_after(fact):
        return False  # "为1400余家企业定制…": what the number counts follows it
    if _names_nothing(own):  # "…门诊2.41万人次,同比增长13.2%": a bare change is the clause before's
        own = phrase_before(fact)
    own = canonical(own)
    if not words or not own:
        return False
    head = words[-1]
    at = -1
    for n in range(len(head), 1, -1):  # the longest start of the head word that the clause holds
        if (at := own.rfind(head[:n])) >= 0:
            break
    if at < 2:
        return False
    # "非药品(保健食品、医疗器械…)销售额": the aside lists what the kind holds (not "(含…)", a scope).
    before = re.sub(r"\((?!含|包括)[^()]*、[^()]*\)$", "", own[:at])
    subject = before
    while (scope := _SCOPE_BEFORE.search(subject)) and scope.start() > 0:
        subject = subject[: scope.start()]
    if subject != before and (_BREAKDOWN_LEAD.match(fact.sentence) or _SECTOR.search(subject)):
        # "分行业看,制造业实现税收收入…", "房地产业实现税收收入28.14亿元": a sector, or the item of
        # a breakdown, before the verb; elsewhere it is who reports ("全市邮政实现业务收入").
        before = subject
    if _SCOPE_BEFORE.search(before):
        return False  # "全院门诊", "实现营业收入": scope or result words right before the metric
    if re.search(r"[及和与或的、]$", before):
        return False  # "团队3个及个人": a list, no kind
    kind = _noun_run(before)  # nouns and distinguishing words; "" after a verb ("签约"), a time ("当月")
    if len(kind) < 2:
        return False
    return kind not in canonical(metric).replace(" ", "") and kind not in canonical(named)


# The phrase after a number that states it as a share of its whole: "…3814件,占全院受理案件总数的45.3%".
_SHARE_OF_WHOLE_AFTER = re.compile(r"^\s*(?:约|共|合计)?占(?:全[^\d,;。]{0,8}|[^\d,;。]{0,12}(?:总[^\d,;。]{0,3}?[数量额]|总计|合计))")


def a_part_unasked(q: Question, fact: Fact) -> bool:
    """Whether the sentence states the number as a part of a whole ("全院5个人民法庭共受理案件
    3814件,占全院受理案件总数的45.3%") and the question names nothing of what sets the part apart."""
    sentence, at = reading(fact)
    after = sentence[at + len(fact.text) :].lstrip(",;")
    if fact.header or not _SHARE_OF_WHOLE_AFTER.match(after):
        return False
    own = clause_before(fact, _PHRASE_SPLIT)
    if _names_nothing(own):  # "…公证4051件,同比增长16.7%,占全部办证量的22.0%": the part's change
        own = _ENDS_IN_NUMBER.sub("", phrase_before(fact))
    own = _BARE_WORDS.sub(" ", _SCOPE_WORD.sub("", canonical(own)))
    whole = _PHRASE_SPLIT.split(after, maxsplit=1)[0]
    # What the part has that its whole and the measure asked have not ("上述6个乡镇", "人民法庭").
    apart = bigrams(own) - bigrams(canonical(whole)) - bigrams(canonical(q.metric))
    return bool(apart) and not apart & bigrams(canonical(q.text))


# The measure a metric's last word counts in: "参与人次" in 人次, "受理件数" in 件.
_TONNAGE_UNITS = frozenset(("载重吨", "修正总吨", "总吨"))  # ships: the unit is the measure's name
_COUNTED_AS = re.compile(r"(人次|场次|件次|户次|架次|艘次|车次)$")
_LAST_NUMBER_UNIT = re.compile(r"\d(?:[\d.]*)(万|亿|千)?([\u4e00-\u9fff]{1,2})$")


@lru_cache(maxsize=4096)  # one question's metric, read once for all its candidates
def counted_as(metric: str) -> str:
    """The measure the metric's last word counts in: 人次 of "参与人次"; "" for none."""
    words = [w for w in canonical(metric).split() if not _names_nothing(w)]
    asked = _COUNTED_AS.search(words[-1]) if words else None
    return asked.group(1) if asked else ""


def counts_another_measure(metric: str, fact: Fact) -> bool:
    """Whether a bare change ("同比增长15.4%") is of a number counted otherwise than the metric
    asked: "…参与人次涨了多少" is not the change of "开展…活动1286场" but of "参与群众47.9万人次"."""
    asked = counted_as(metric)
    if not asked or fact.header or not _names_nothing(clause_before(fact, _PHRASE_SPLIT)):
        return False
    base = _LAST_NUMBER_UNIT.search(phrase_before(fact).strip())
    return bool(base) and base.group(2) != asked and not asked.startswith(base.group(2))


def measured_otherwise(metric: str, fact: Fact) -> bool:
    """Whether the question counts in 人次, 场次… ("出访人次涨了多少") and the number is not so
    counted: "人均经费1.71万元,较上年下降0.23万元" answers no change of 人次."""
    asked = counted_as(metric)
    return bool(asked) and fact.kind not in {"percent", "points", "rank"} and not fact.unit.endswith(asked)


def change_of_a_part(metric: str, fact: Fact, previous: str = "") -> bool:
    """Whether a bare change ("同比增长11.9%") is of a breakdown's part the question does not name:
    "其中寄递业务收入2.07亿元,同比增长11.9%" for the 业务收入 asked, which the sentence before gives."""
    sentence, at = reading(fact)
    phrases = _PHRASE_SPLIT.split(sentence[:at])
    if fact.header or len(phrases) < 2 or not _names_nothing(phrases[-1]) or not _GROWTH_WORDS.search(phrases[-1]):
        return False  # a share of the part ("占在册学员的27.0%") is what a share question asks
    measured = _ENDS_IN_NUMBER.sub("", phrases[-2]).strip()
    if not _BREAKDOWN.match(measured):
        return False
    whole = canonical(" ".join([previous, *phrases[:-2]]))
    apart = bigrams(canonical(_BREAKDOWN.sub("", measured))) - bigrams(whole)
    return bool(apart) and not apart & bigrams(canonical(metric))


# A project done, told in the phrase before a figure: "完成水生植物园提升改造,新增开放面积34亩".
_PROJECT_DONE = re.compile(r"^(?:完成|建成|实施|启动|推进|新建)(\S{2,16}?)(?:提升改造|改造提升|改造|工程|项目|建设|整治|修缮)(?:工程|项目)?$")


def one_projects_figure(q: Question, fact: Fact) -> bool:
    """Whether the figure is one project's, the phrase before naming a project the question does
    not ("完成水生植物园提升改造,新增开放面积34亩"), while its own clause claims no whole scope
    ("全年新增开放面积86亩")."""
    if fact.header or _SCOPE_LEAD.match(clause_before(fact, _PHRASE_SPLIT)):
        return False
    project = _PROJECT_DONE.match(canonical(phrase_before(fact)).strip())
    return bool(project) and project.group(1) not in canonical(q.text)


_SCOPE_LEAD = re.compile(r"^\s*(?:全(?:年|市|县|区|省|园|院|镇|乡|局|州|盟|旗|系统|公司|集团|中心)|累计|共计|合计)")


@lru_cache(maxsize=16384)
def _noun_run(before: str) -> str:
    """The nouns and distinguishing words that end ``before``: "儿童保健" of "上半年儿童保健"."""
    import jieba.posseg

    run = ""
    suffixed = False  # "预付式": a suffix makes a kind of the word before it, verb or not
    for token in reversed(jieba.posseg.lcut(before)):
        if not run and (token.flag == "k" or token.word == "级"):  # "预付式", "地方级"
            run, suffixed = token.word, True
            continue
        told_by_when = token.flag == "t" and len(token.word) >= 2 and not _PERIOD.search(token.word)  # "老年"
        if (token.flag not in _KIND_TAGS and not told_by_when and not (suffixed and token.flag in ("v", "vn"))) or _REPORT_VERB.fullmatch(token.word):
            break
        run, suffixed = token.word + run, False
    run = _SCOPE_WORD.sub("", run)  # "全市邮政": the scope is no kind
    return run if len(run) >= 2 else ""


_SECTOR = re.compile(r"(?<![企就营专作创事])业$")  # 制造业, 房地产业, 批发和零售业; not 企业
_SCOPE_WORD = re.compile(r"^(?:全(?:市|县|区|省|国|镇|乡|州|盟|旗)|[我本该](?:市|县|区|省|镇|乡))+")


# Verbs of these reports that jieba may tag as nouns ("申报"/nz): they name no kind.
_REPORT_VERB = re.compile(r"申报|认定|评定|备案|登记|立案|签约|引进|培育|新建|建成|改造|发放|审批|办结|招聘|确定|提起|上报|推荐|入选|入库|获批|授权|申请|供应|实施|组织")


# "2316人次获得全国无偿献血奉献奖": the number counts who was honoured, its clause names the honour.
_HONOUR_AFTER = re.compile(r"^[^,;。]{0,8}?(?:获得|荣获|获评|获授|被评为|被授予|被命名为)[^,;。]*?(?:奖|称号|荣誉|表彰)")
_HONOUR_ASKED = re.compile(r"奖|称号|荣誉|表彰|评为|授予|命名|获评|荣获|获得")


def honoured_count(q: Question, fact: Fact) -> bool:
    """Whether the number counts winners of an award ("2316人次获得…奉献奖") the question does not ask
    about: the deed the award is named for ("无偿献血多少人次") is not what it counts."""
    return names_after(fact) and bool(_HONOUR_AFTER.match(clause_after(fact))) and not _HONOUR_ASKED.search(q.text)


def common_run(a: str, b: str, max_gap: int | None = None, from_start: bool = False) -> str:
    """The longest substring of ``a`` that occurs in ``b`` ending at most ``max_gap`` characters
    before the end of ``b`` (or starting that near its start; anywhere when None); "" if none."""
    for n in range(min(len(a), len(b)), 0, -1):
        for i in range(len(a) - n + 1):
            at = b.find(a[i : i + n]) if from_start else b.rfind(a[i : i + n])
            gap = at if from_start else len(b) - (at + n)
            if at >= 0 and (max_gap is None or gap <= max_gap):
                return a[i : i + n]
    return ""


def longest_common_run(a: str, b: str, max_gap: int | None = None, from_start: bool = False) -> int:
    """Length of ``common_run(a, b, max_gap, from_start)``."""
    return len(common_run(a, b, max_gap, from_start))


def names_a_part(wanted: dict[str, float], clause: str, left: str, asked: str = "") -> bool:
    """Whether ``clause`` is a breakdown ("其中包括火炬计划") naming an asked word that the text
    before it (``left``, the clause included) lacks outside it. A bigram across two of the
    question's words (``asked``) that the text before names apart ("活动1860场次,参与群众") is
    no such word."""
    if not _BREAKDOWN.match(clause):
        return False
    before = left[: len(left) - len(clause)]
    earlier = bigrams(before) | _split_across(asked, before, named_apart=True)
    # Read as a question's word: "票款" names the 票务 asked.
    named = frozenset(w for g in bigrams(clause) for w in (g, *V.SAME_BIGRAMS.get(g, ())) if w in wanted and w not in earlier)
    return bool(named) and not names_the_head_only(_BREAKDOWN.sub("", clause), named)


_FROM_LAST_NUMBER = re.compile(r"(?:折合|约|近)?-?\d[\d.]*[^\d,;:、]*$")


def adjacency(metric: str, fact: Fact, aligned: str | None = None) -> float:
    """Share of the metric read as one run right before the number (or in its list item or
    column header): "新认定高新技术企业143家" names 143 outright; "新增高企培育库入库企业215家"
    holds the same words scattered, and names something else."""
    wanted = canonical(metric).replace(" ", "")
    if not wanted:
        return 0.0
    clause = own_clause = clause_before(fact)
    if not aligned and not fact.header and fact.kind in ("percent", "points") and _names_nothing(clause):
        # "森林覆盖率达到96.4%,比2018年提高1.3个百分点": a bare rate of change is named by the clause
        # before. (Not an amount: "比上年增加4天" is no level asked.)
        # So is one after a bare flow ("各项贷款余额4125.8亿元,比年初新增286.5亿元,同比增长11.4%").
        sentence, at = reading(fact)
        for phrase in reversed(_CLAUSE_SPLIT.split(sentence[:at])[:-1]):
            named_here = _LINKING_TAIL.sub("", _FROM_LAST_NUMBER.sub("", phrase))  # "…总量折合4.73万吨标准煤"
            if not (_names_nothing(named_here) or _names_only_flow(named_here)):
                clause = named_here
                break
    if not aligned and not fact.header and not clause.strip():
        # "完工交付船舶27艘、260万载重吨": the item before names a number with no words of its own.
        sentence, at = reading(fact)
        if sentence[:at].endswith("、"):
            clause = _FROM_LAST_NUMBER.sub("", _CLAUSE_SPLIT.split(sentence[:at])[-2])
    after = canonical(clause_after(fact)) if names_after(fact) else ""
    named = common_run(wanted, canonical(clause), _ADJACENT_SLACK)
    own = len(named)
    sentence, at = reading(fact)
    if own and names_a_part(weighted_bigrams(metric), canonical(clause), canonical(sentence[:at]), canonical(metric)):
        # "引才计划中火炬计划" over "…引才计划20人,其中包括火炬计划6人": the part's name runs on
        # from its whole's, in the clause before.
        left = _CLAUSE_SPLIT.split(sentence[:at])
        parent = canonical(left[-2]) if len(left) > 1 else ""
        own += max((longest_common_run(piece, parent) for piece in wanted.split(named) if piece), default=0)
    best = max(
        own,
        len(common_run(wanted, canonical(own_clause), _ADJACENT_SLACK)),
        longest_common_run(wanted, after, _ADJACENT_SLACK, from_start=True),
        longest_common_run(wanted, canonical(aligned or ""), _ADJACENT_SLACK),
        longest_common_run(wanted, canonical(fact.header)),
    )
    return best / len(wanted)


def sentence_coverage(
    metric: str, sentence: str, idf: dict[str, float] | None = None, context: str = "", across: float = 1.0
) -> float:
    """Weighted share of the metric's bigrams in the sentence (×1) or its passage context (×0.5);
    ``across`` weighs the bigrams that straddle two of the metric's words."""
    wanted = weighted_bigrams(metric, idf, across)
    total = sum(wanted.values())
    if not total:
        return 0.0
    text = canonical(sentence)
    here, around = bigrams(text), bigrams(canonical(context))
    # "手术(台次)" heads the 手术量 asked: a count is named by what is counted.
    here |= {f"{m.group(1)[-1]}量" for m in _VOLUME_WORD.finditer(canonical(metric)) if m.group(1) in text}
    return sum(w * (1.0 if g in here else _CONTEXT_WEIGHT if g in around else 0.0) for g, w in wanted.items()) / total


_VOLUME_WORD = re.compile(r"([\u4e00-\u9fff]{2})量")


@lru_cache(maxsize=4096)
def _normal_unit(unit: str) -> str:
    return normalize_query(unit)


def unit_score(q: Question, fact: Fact, quantity_in_money: bool = False) -> float:
    """1 for the unit asked, a fraction for a compatible one, 0 for a mismatch. With
    ``quantity_in_money`` the report measures the asked 销量 in money ("销量(万元)")."""
    score = _unit_match(q, fact, quantity_in_money)
    if score and q.change:
        # "比上年多了多少亿", "比重比去年同期高了多少": the change after 比上年增加/较去年同期提高,
        # not the level before it.
        return score if states_change(fact) else score * 0.3
    if (score and fact.kind in {"count", "money", "measure"} and not q.kinds & {"growth", "points"}
            and not _CHANGE_ASKED.search(q.text) and _CHANGE_FROM_BASE.search(clause_before(fact, _PHRASE_SPLIT))):
        # "比上年最高值净增26.3万千瓦": the rise, when the level ("最高负荷达到多少") is asked.
        return score * 0.3
    return score


_CHANGE_ASKED = re.compile(r"增|减|降|涨|跌|多了|少了|多搞|提高|回落|变化|差")
_CHANGE_FROM_BASE = re.compile(r"(?:比|较)[^,;:。\d]{0,10}(?:净增|增加|增长|减少|下降|多|少)了?(?:约|近)?$")


_PRICE_ASKED = re.compile(r"价|单价|均价|客单|标准|成本|一(?:吨|公斤|千克|斤|平方米|千瓦时|度|立方米|头|只|件|台|张|株|箱|辆)|每(?:吨|公斤|千克|斤|亩|人|平方米|千瓦时|度|立方米|方|头|只|件|台|次|月|年|天|日|户|张|株|箱|辆)")


def _unit_match(q: Question, fact: Fact, quantity_in_money: bool = False) -> float:
    unit = _normal_unit(fact.unit)
    kind = fact.kind
    if kind == "date":
        return 1.0 if "date" in q.kinds else 0.0
    if kind == "ordinal":
        return 1.0 if q.ordinal and unit == q.ordinal else 0.0
    if kind == "rank":
        if q.ordinal and not fact.text.endswith(q.ordinal):
            return 0.0  # "第几批" is not answered by "第一名"
        return 1.0 if "rank" in q.kinds else 0.0
    if "rank" in q.kinds:
        return 0.0
    if "date" in q.kinds:
        return 0.0
    if kind == "money" and "/" in unit:
        # "平均销售价格约9万元/吨" is a price: it answers "均价多少", not "卖了多少钱".
        return 1.0 if _PRICE_ASKED.search(q.text) else 0.2
    if kind == "count" and unit == "次" and not q.unit and _FREQUENCY_AFTER.match(fact.sentence[fact.number_at + len(fact.text) :]):
        return 0.2  # "最高用电负荷年内4次刷新历史纪录": how often, not the level asked
    if kind == "count" and unit in _SPANS_OF_TIME and not q.unit:
        # "粮食总产量连续九年保持稳定": a span of time answers only how long.
        if q.change and states_change(fact):
            return 1.0  # "比上年缩短了多少": the minutes cut
        if "duration" in q.kinds and not q.kinds & {"percent", "growth"}:
            return 0.3 if states_change(fact) else 1.0  # "开了多少天": not "比上个雪季多运营9天"
        return 0.0
    if q.unit:
        if unit == q.unit:
            return 1.0
        if unit.endswith(q.unit) and unit[: -len(q.unit)] in {"万", "亿", "千", "百"}:
            return 0.9
        if unit.startswith(q.unit) and unit[len(q.unit):] in {"次", "年"} and q.unit not in _VEHICLES:
            # 家次 for 家, 人次 for 人, 场次 for 场; not 辆次 (trips) for 辆 (vehicles). Visits are no
            # head count of what there is: "流动人口有多少人" is not "接待咨询群众640人次".
            return 0.5 if unit == f"{q.unit}次" and _POPULATION_ASKED.search(q.text) else 0.8
        if unit.startswith(q.unit) and unit[len(q.unit):] in {"标准煤", "标煤"}:
            return 1.0  # "能耗多少吨": 吨标准煤
        unscaled = unit.lstrip("万亿千百")
        if unscaled.startswith(q.unit) and unscaled[len(q.unit):] in {"/日", "/天", "/年"}:
            return 0.9  # "处置能力多少吨": a capacity of 万吨/年
        if q.unit == "人" and (unit[1:] if unit[:1] in "万千百" else unit) in _PEOPLE_UNITS:
            return 0.7  # "多少团员": 8.73万名 too
        if q.unit in {"名", "位"} and unit == "人" and not q.change:
            return 0.9  # "多少名博士": people the report counts in 人
        if q.unit in {"位", "名"} and unit in {"位", "名", "位次", "个位次"}:
            return 0.9  # places a ranking moved: "上升5位", "前移3名", "提升2个位次"
        if q.unit == "个" and unit in {"家", "项", "所", "座"}:
            return 0.8  # "签了多少个项目": 个 is the colloquial measure word for any of these
        return 0.0
    if "measure" in q.kinds:
        if "growth" in q.kinds:
            # "PM2.5浓度降了多少": the fall (同比下降9.5%, or 下降4微克/立方米), not the level.
            if kind == "percent":
                return share_or_growth(q, fact)
            if kind == "measure":
                return 1.0 if states_change(fact) else 0.2
            return 0.0
        return 1.0 if kind == "measure" else 0.0
    if "points" in q.kinds:
        return 1.0 if kind == "points" else 0.0
    if "percent" in q.kinds:
        if kind == "points" and "growth" in q.kinds and _RATE.search(q.metric):
            return 1.0  # "比重比去年同期高了多少": a share moves by percentage points
        if kind == "percent" and q.change and _RATE.search(q.metric) and (
            re.search(r"增速|增幅|增长率", q.metric) or not changes_a_rate(fact)
        ):
            # "固投增速比上年提高了多少": a rate rises by points, not by a rate; "发病率同比下降
            # 8.6%" tells how far a rate of something else fell, a level does not.
            return 0.3
        return share_or_growth(q, fact) if kind == "percent" else 0.0
    if "growth" in q.kinds:
        if kind == "percent":
            return share_or_growth(q, fact)
        if unit == "倍" and states_change(fact):
            return 1.0  # "比上年增长1.3倍"
        if kind == "points":
            # A gap between rates answers how much a rate rose ("研发强度提高多少"), hardly how
            # much an amount grew ("人均可支配收入同比增长多少": 10.6%, not "增速高于…2.3个百分点").
            return 1.0 if _RATE.search(q.metric) else 0.6
        if kind == "plain" and not unit and not _RATE.search(q.metric):
            return 0.0  # "死亡率比上年下降0.007" is no change in the 死亡人数 asked
        if q.kinds & {"money", "money_or_count"} or q.change:
            # An amount answers "增加了多少钱" only when it is the increase ("比上年增加5亿元"),
            # not the level ("产值298.6亿元,同比增长36.4%").
            if states_change(fact):
                return 1.0 if q.change else 0.6  # "比年初增加了多少" asks just this amount
            return 0.2
        return 0.0
    if "money" in q.kinds:
        if kind == "money":
            return 1.0
        return 0.8 if unit in _BARE_SCALES else 0.0  # "交易额1.8亿": the 元 left unsaid
    if "money_or_count" in q.kinds:
        return 1.0 if unit.startswith("万") else 0.3
    if kind == "plain" and not unit:
        # A bare number: table cells whose unit is not in the header; or what a per-base rate or
        # an index is ("亿元地区生产总值生产安全事故死亡率为0.041", "综合指数为2.61").
        return 0.8 if _RATE.search(q.metric) else 0.4
    if kind in {"percent", "points"}:
        # "粮食总产量是多少" asks an amount; a rate answers it only when the metric is a rate, and
        # a growth rate ("规上工业增加值同比增长8.1%") never answers for the level.
        if not _RATE.search(q.metric):
            # The column's header says so in a table ("综合能耗同比下降(%)").
            growth = _GROWTH_WORDS.search(f"{clause_before(fact)} {fact.header}") and not _RATE.search(q.text)
            # Nor a share ("货车车流量占比29.4%" for how many trucks passed).
            share = _SHARE_WORDS.search(f"{clause_before(fact)} {fact.header}") and not _SHARE_WORDS.search(q.text)
            return 0.0 if growth or share else 0.5
        return 0.8
    if kind == "money" and _QUANTITY_HEAD.search(q.metric) and not quantity_in_money:
        return 0.3  # "卷烟销量是多少": the boxes sold, not the sales revenue
    if kind == "count" and quantity_in_money:
        return 0.3  # the report's 销量 is money: "销售网点612个" is no 销量
    if unit.lstrip("万千百亿") in _AREA_UNITS and _QUANTITY_HEAD.search(q.metric) and not q.metric.endswith("面积"):
        return 0.0  # "马铃薯产量": tonnes grown, not the 万亩 planted
    return 0.8 if kind in {"count", "money", "measure", "ratio"} else 0.5


_FREQUENCY_AFTER = re.compile(r"(?:刷新|创下?|突破|打破|超过|登顶|蝉联|获得?|荣获|入选|位居|排名)")


_POPULATION_ASKED = re.compile(r"人口|户籍|常住|在册|在校|在岗|在职")


def measures_in_money(metric: str, text: str) -> bool:
    """Whether a report writes the metric's 量 head in money: "销量(万元)", "彩票销量10.42亿元"."""
    if not _QUANTITY_HEAD.search(metric) or len(metric) < 2:
        return False
    word = re.escape(metric[-2:])  # "销量", "产量"
    return bool(re.search(rf"{word}\s*(?:[(（]\s*(?:万|亿|千)?元|(?:为|达到?|完成)?\s*\d[\d.,]*\s*(?:万|亿)?元)", text))


# A metric headed by a physical quantity (销量, 产量, 供气量, 吞吐量); not 总量/增量/存量/交易量,
# which are often money ("经济总量", "存款增量").
_AREA_UNITS = {"亩", "公顷", "平方米", "平方公里", "平方千米"}
_QUANTITY_HEAD = re.compile(r"(?<![总增存余体易额款])量$")


_SHARE_WORDS = re.compile(r"占|比重|比例|强度|(?<!增长)率|覆盖|份额|几成")
_GROWTH_WORDS = re.compile(r"增长|增速|增幅|同比|[比较](?:上年|去年|常年)|提高|下降|上升|减少|回落|偏多|偏少")


def share_or_growth(q: Question, fact: Fact) -> float:
    """1 when a percentage is the kind of rate asked, 0.3 when it is a share for a growth
    question ("研发投入涨了多少": not "研发投入强度5.12%") or a growth for a share question."""
    clause = canonical(f"{clause_before(fact)} {fact.header}")  # a cell's column says which rate it is
    asked = canonical(q.metric)
    growth_asked = "growth" in q.kinds or bool(_GROWTH_WORDS.search(asked))
    share_asked = bool(_SHARE_WORDS.search(asked) or RATIO_TO_BASE.search(q.text))  # "是2019年同期的多少": a ratio
    is_share = bool(_SHARE_WORDS.search(clause)) or fact.unit == "成"  # "仅为城市低保标准的七成"
    is_growth = bool(_GROWTH_WORDS.search(clause))
    if growth_asked and not share_asked and is_share and not is_growth:
        return 0.3
    if share_asked and not growth_asked and is_growth and not is_share:
        return 0.3
    return 1.0


def fact_years(fact: Fact, doc: Document) -> set[int]:
    """Years a fact speaks of: from its table column, its section heading, its sentence, else the
    report."""
    years = {int(y) for y in _YEAR.findall(fact.header)}
    before = fact.sentence[: fact.number_at]
    # "比2021年的13.55亿元增长9.7%", "由2022年的37家增加到45家": the year dates the figure it
    # introduces, whatever the section's year, and nothing after it.
    comparand = _COMPARAND_YEAR.search(before)
    if not years and comparand and comparand.end() == len(before):
        return {int(comparand.group(1))}
    if not years:
        # "(四、2024年工作计划) …管理处2023年位列第4名": the number's own clause dates it.
        years = years_reported(clause_before(fact))
    if not years:
        # The deepest heading that names a year: "…2023年工作总结 > 四、2024年工作思路" is 2024's.
        years = next(({int(y) for y in found} for part in reversed((fact.section or "").split(" > "))
                      if (found := _YEAR.findall(part))), set())
    if not years:
        years = years_reported(before)
    if not years and doc.year:
        ahead = is_target(fact) and not _half_year_plan(fact, doc) and not _plans_its_year(doc) and not _project_plan(fact)
        years = {doc.year + 1} if ahead else {doc.year}
    return years


def _project_plan(fact: Fact) -> bool:
    """A project's planned size told with the year's work ("“锦悦府”于8月开工建设,计划建设房源680套"):
    a plan of this year's, not a target for the next."""
    section, clause = fact.section or "", clause_before(fact)
    return bool(_RESULT_SECTION.search(section) and not _PLAN_HEADING.search(section)
                and _PLAN_VERB.search(clause) and not _PLAN_CUE.search(clause))


def _plans_its_year(doc: Document) -> bool:
    """A report that only plans ("封开县住建局2025年工作思路"): its plans are for its own year."""
    return doc.year is not None and plan_only_year(doc.title or "") == doc.year


def _half_year_plan(fact: Fact, doc: Document) -> bool:
    # A plan in a report on part of a year (上半年, 一季度, 前三季度, 1-5月) is for the rest of that
    # same year, as a 下半年 plan is.
    return "下半年" in (fact.section or "") or bool(_halves(doc.period))


def is_target(fact: Fact) -> bool:
    """A planned figure: in a plan section (思路/目标/计划…) or stated with 力争/目标/计划…."""
    # A table column says which it is ("2019年完成 | 2020年目标"), whatever the section.
    if _TARGET_SENTENCE.search(fact.header):
        return True
    if any(w in fact.header for w in V.RESULT_WORDS):
        return False
    if _PROGRESS.search(clause_before(fact)):
        # "完成全年目标任务的45.6%" is how much of the plan is done, a result; the amount in
        # "完成全年目标任务7000人的59.1%" is the plan itself.
        return fact.kind not in {"percent", "points"}
    section = fact.section or ""
    # The deepest heading that says decides: "二、重点工作开展情况" reports results, "2017年重点
    # 工作" plans.
    for heading in reversed(section.split(" > ")):
        if _RESULT_SECTION.search(heading) and not _PLAN_HEADING.search(heading):
            break
        if any(w in heading for w in V.TARGET_SECTION_WORDS):
            # "(四、2024年工作计划) 管理处2023年位列第4名,2024年力争进入前3名": a year before the
            # plan's is where it starts from.
            planned, said = {int(y) for y in _YEAR.findall(heading)}, years_reported(clause_before(fact))
            return not (planned and said and max(said) < min(planned))
    # Only the number's own clause counts: "力争新增50家,…兑现资助经费6800万元" plans nothing
    # for the 6800.
    clause = clause_before(fact)
    # In a section reporting results, "争取…经费超5000万元" is money obtained, "确保…" work done.
    cues = _PLAN_CUE if _RESULT_SECTION.search(section) else _TARGET_SENTENCE
    # 计划 names things too ("国家引才计划1人"): only "计划新增…" / "计划到…" plans a figure.
    found = cues.findall(clause)
    if found == ["争取"] and _COMPARED_AFTER.match(fact.sentence[fact.number_at + len(fact.text) :]):
        return False  # "争取上级科技资金2860万元,同比增长41%": obtained, and compared with last year
    if found or _PLAN_VERB.search(clause):
        return True
    # "研发投入预计超9亿元,占GDP比重将达2.7%以上": 将 carries on the forecast a clause earlier.
    return "将" in clause and "预计" in fact.sentence[: fact.number_at]


_REACHES = re.compile(r"(?:达到|提高到|提升到|突破|保持在|控制在)$")


def _total_since(q: Question, fact: Fact, doc: Document) -> bool:
    """A running total asked as of the report's year ("截至2024年…累计帮多少人"), read where the
    report counts it from a year before ("自2016年开展“寻亲行动”以来,累计帮助1035名")."""
    return (doc.year in q.years and not q.half and ("累计" in q.text or bool(_AS_OF_END.search(q.text)))
            and bool(_SINCE_YEAR.search(fact.sentence[: fact.number_at])))


def period_ok(q: Question, fact: Fact, doc: Document) -> bool:
    # A date is the answer to "哪一年…", not the period asked about: that is the report's.
    years = ({doc.year} if doc.year else set()) if fact.kind == "date" else fact_years(fact, doc)
    if q.years and not (set(q.years) & years) and not _total_since(q, fact, doc):
        return False
    if q.half == "全年":
        # A half-year figure does not answer for the whole year, unless its sentence says 全年.
        halves = _halves(fact.section) or _halves(doc.period)
        if not halves or "全年" in fact.sentence[: fact.number_at]:
            return True
        # "下半年,我们将紧盯全年目标任务,确保全年…;外贸进出口总额突破360亿元;": the paragraph's
        # 全年 covers the targets listed after it.
        paragraph = doc.text[doc.text.rfind("\n", 0, fact.start) + 1 : fact.start]
        if not (q.wants_target and is_target(fact)):
            return False
        # A level the second half's plan is to reach ("机械化清扫率力争达到78%") is where the year
        # ends; an amount it adds ("新增洗扫车辆4辆") is the half's alone.
        reached = halves == ["下半年"] and _REACHES.search(clause_before(fact, _PHRASE_SPLIT))
        return "全年" in paragraph or bool(reached)
    own = clause_before(fact, _PHRASE_SPLIT)  # "力争全年规上工业总产值达到600亿元、技术合同成交额达到80亿元"
    if q.half and "全年" in own and not _PROGRESS.search(own):
        return False  # "力争全年规上工业总产值5300亿元" is no half-year figure (but "完成全年任务的70%" is)
    if q.half:
        # The section says which half a figure belongs to ("二、下半年工作思路"); else the report's period.
        # A span of months is named where the figure is ("1-5月,全市高新技术产业…"), inside a
        # half-year report.
        months_span = [V.SAME_PERIOD.get(h, h) for h in _HALVES.findall(fact.sentence[: fact.number_at]) if h.startswith("1-")]
        # "力争上半年规上工业总产值达到200亿元"; but "增速比上半年加快0.6个百分点" is the later period's.
        own = _halves(_COMPARED_HALF.sub("", clause_before(fact, _PHRASE_SPLIT)))
        # "在全州12个县市一季度城乡环境卫生考评中,宾川县位列第4名": an earlier clause may name it.
        earlier = _halves(_COMPARED_HALF.sub("", fact.sentence[: fact.number_at]))
        where = own or months_span or earlier or _halves(fact.section) or _halves(doc.period) or _halves(fact.sentence)
        if q.half not in where:
            return False
    return True


_LEAD_MONTH = re.compile(r"^\s*(?:截至|截止|到|至|在)?(?:(?:19|20)\d{2}年)?(?:1[0-2]|[1-9])(?:[-—至~]\d{1,2})?月(?:份|末|底|中旬|上旬|下旬)?(?=[,;:]|$|当月|以来|累计|全)")


def month_factor(q: Question, fact: Fact, aligned: str | None = None, period: str | None = None) -> float:
    """For "5月…增速": the month named nearest before the number must be the one asked; a list's
    item names its own month ("1至6月分别受理…": the first number is January's), or quarter.
    ``period`` is the report's ("2024年上半年"): what stands at its end is "截至6月底"'s."""
    asked_quarter = _quarter_of(q.half or "")
    if aligned and asked_quarter and (own_quarter := _quarter_of(aligned)):
        return 1.0 if own_quarter == asked_quarter else 0.15  # "一至四季度分别销售…": the fourth is 四季度's
    if not q.months:
        # "6月当月全市社会消费品零售总额108.9亿元" is one month's, not the period's asked.
        return 0.5 if _ONE_MONTH.search(clause_before(fact, _PHRASE_SPLIT)) else 1.0
    phrases = _PHRASE_SPLIT.split(fact.sentence[: fact.number_at])
    months = [int(m) for m in _MONTH.findall(phrases[-1])]
    if not months:
        # A month leading an earlier phrase dates what follows ("1-4月,…增长8%,居全省第2位");
        # an event's month inside one does not ("于4月在北交所上市,全市上市公司达到12家").
        lead = next((m for p in reversed(phrases[:-1]) if (m := _LEAD_MONTH.match(p))), None)
        months = [int(m) for m in _MONTH.findall(lead.group())] if lead else []
    if aligned and (own := _MONTH.match(aligned)):
        months = [int(own.group(1))]
    if not months:
        ends = _PERIOD_END_MONTH.get(re.sub(r"^(?:19|20)\d{2}年", "", period or ""), 0)
        own = clause_before(fact, _PHRASE_SPLIT)
        # Less than a number dated so: "截至6月底已开工64.2万亩" over "累计建成…1352万亩".
        return 0.85 if ends in q.months and _MONTH_END_ASKED.search(q.text) and not _OTHER_TIME.search(own) else 0.6
    return 1.0 if months[-1] in q.months else 0.15


_PERIOD_END_MONTH = {"一季度": 3, "第一季度": 3, "上半年": 6, "前三季度": 9, "": 12, "全年": 12}
_OTHER_TIME = re.compile(r"年末|年底|全年|年内|明年|下半年|力争|计划|预计|目标")
_MONTH_END_ASKED = re.compile(r"(?<!\d)(?:1[0-2]|[1-9])月(?:底|末|末期)")


_QUARTER = re.compile(r"^第?([一二三四1-4])季度")


def _quarter_of(text: str) -> int | None:
    """ "四季度…" → 4, "第2季度" → 2; None for no quarter."""
    found = _QUARTER.match(text)
    return _numeral(found.group(1)) if found else None


_ENDS_IN_NUMBER = re.compile(r"\d[\d.]*[^\d\s,;、]{0,4}$")  # a list item with its own number
_ONE_MONTH = re.compile(r"(?<!\d)(?:1[0-2]|[1-9])月(?:当月|份|单月)")
_TOTAL_ROW = re.compile(r"^(?:全市|全县|全区|全省|全镇|合计|总计|小计|总体|全部)")
_REMAINDER_ROW = re.compile(r"^(?:其他|其它|其余)")  # "其他乡镇": the places not listed, none of them named
# A row label that names a place; 景区, 街区, 社区, 小区… are sites, not districts.
_PLACE_ROW = re.compile(r"(?:省|市|(?<![景街社小校库林矿营])区|县|旗|(?<!古)镇|乡|街道|园区|开发区|高新区|新区)(?:\([^()]*\))?$")


def is_place_row(label: str) -> bool:
    """Whether a table row's label names a place ("江油市", "萧山", "弋江区(含高新区)"): not a
    building or street that holds a place's name ("凤城金融中心", "龙门古街")."""
    label = _OFFICE_ROW.sub("", label.strip())  # "忻府区管理部": the district's office is the district
    return bool(_PLACE_ROW.search(label)) or is_known_place(label)


def is_known_place(label: str) -> bool:
    """Whether the gazetteer holds the place a row names ("江油市", "萧山"): not a zone ("猛兽区")."""
    core = re.sub(r"\([^()]*\)", "", _OFFICE_ROW.sub("", label.strip())).strip()
    return any(core in (p.name, short_name(p.name)) for p in find_places(core))


_OFFICE_ROW = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:管理部|管理处|供电分公司|分公司|分局|分行|支行|营业部|分中心)$")


def about_another_place(q: Question, fact: Fact, aligned: str | None = None) -> bool:
    """Whether the number belongs to a place other than the one asked: a row of a by-district
    table ("鸠江区 | 7.6"), or a clause led by one of the city's districts ("鄞州区新增…")."""
    if " | " in fact.sentence:  # a table cell: its row label is what it is about
        label = fact.context.strip()
        if _REMAINDER_ROW.match(label):
            return True
        core = _OFFICE_ROW.sub("", re.sub(r"\([^()]*\)", "", label))
        if _TOTAL_ROW.match(label) or not is_place_row(label):
            return False
        if len(core) >= 2 and core in q.text:
            return False  # the question names the row ("新渥街道发证多少本"), a town the gazetteer lacks
        # The row is the place asked ("弋江区(含高新区)"), not a zone named after it ("芜湖经济技术开发区").
        return not any(core.endswith(p) for p in q.places)
    if aligned and any(p in fact.sentence for p in q.places):
        # "北滘镇、容桂街道、大良街道税收收入分别为58.36亿元、46.92亿元…": a list item that is
        # another place than the one asked, which the list names as an item of its own.
        item = aligned.split()[0]
        if is_place_row(item) and not any(p in item or item in p for p in q.places):
            return True
    # The number's own clause, and the sentence's subject: "召陵区突出企业创新主体地位,…专利
    # 授权量达到642件" is the district's.
    # A list item stands for its own number: "江城区、阳东区…优良天数比例分别为94.6%、95.3%…".
    own = aligned or clause_before(fact)
    # The reporter's branch a sentence opens with ("推进辉县院区扩建,下半年计划新增开放床位40张") is
    # the reporter's: not the county's, unless the number's own clause names it.
    opening = _BRANCH_OF_REPORTER.sub(" ", _OBJECT_AFTER.split(re.split(r"[,;:]", fact.sentence, maxsplit=1)[0], maxsplit=1)[0])
    clause = own if aligned else own + " " + opening
    deeper = [p for p in find_places(clause) if p.level > q.place_level]
    if deeper:
        # A short name of a place outside the one asked is a word ("计划新建…" is not 南昌's 新建区).
        asked = {p.adcode for p in find_places(" ".join(q.places))}
        deeper = [
            p for p in deeper
            if named_in_full(p.name, clause) or p.parent_code in asked or f"{p.adcode[:2]}0000" in asked
        ]
    if len({p.name for p in deeper}) >= 2 and _EVERY_PLACE.search(q.text):
        return False  # "在各区政务服务中心设立了几个…": the number counts the places listed together
    if deeper and not aligned and _EXAMPLES_COUNTED.search(own):
        return False  # "新增杞县、通许县等3家成员单位": the places are among what the number counts
    if len({p.name for p in deeper}) >= 2 and not any(p.name in own for p in deeper):
        # "承担伊美区、乌翠区、友好区、金林区…巡查任务,…新发现隐患点14处": the places a sentence
        # opens with together, none of them the number's own.
        return False
    if deeper and not any(p in clause for p in q.places):
        return True
    # A sibling county leads the number's own clause ("玉龙县接待游客1021.3万人次" asked of 宁蒗县).
    # A short name is a county only beside the one asked: "博爱一日捐" is no 博爱县's.
    if q.place_level != 3 or any(p in own for p in q.places):
        return False
    counties = [p for p in find_places(own) if p.level == 3]
    if not counties:
        return False
    parents = {p.parent_code for p in find_places(" ".join(q.places))}
    return any(named_in_full(p.name, own) or p.parent_code in parents for p in counties)


# A place after a preposition is no subject: "新增站点重点向濉溪县城区和高新区倾斜,与公交站点
# 实现接驳的站点达到146个" is the whole city's.
_OBJECT_AFTER = re.compile(r"[向对与同给往朝]")
_BRANCH_OF_REPORTER = re.compile(r"[\u4e00-\u9fff]{2,4}(?:院区|分院|校区|分校|分店|门店|厂区|营业部|机房|电站|风电场|牧场|矿井|基地)")
_EXAMPLES_COUNTED = re.compile(r"等(?:共|合计|总计)?$")
_EVERY_PLACE = re.compile(r"各(?:县市区|县区|区县|县市|区|县|乡镇|镇|乡|街道)")


def named_in_full(name: str, text: str) -> bool:
    """Whether ``text`` writes the place's full name, not a word that holds it ("新建区域")."""
    return re.search(re.escape(name) + r"(?![域场])", text) is not None


_DISTRICT_SCOPE = re.compile(r"全区|全县|我区|我县")


def region_ok(q: Question, fact: Fact, doc: Document, chunk: Chunk, aligned: str | None = None) -> bool:
    """The place asked about is named by the fact's sentence, section or report title, or is the
    report's own most specific place: a city question does not match a district's report, nor
    a district's row of the city's table."""
    if q.branches and not any(b in f"{doc.title} {fact.section} {fact.sentence} {aligned or ''}" for b in q.branches):
        return False  # "温泉支行…贷款余额" is not the bank's whole balance
    if q.markets and not any(m in f"{fact.sentence[: fact.number_at]} {aligned or ''} {fact.context if fact.header else ''}" for m in q.markets):
        return False  # "在美国建了几个海外仓": not all 47 "覆盖美国、德国…等19个国家"
    if not q.places:
        return True
    if about_another_place(q, fact, aligned):
        return False
    # Not the title: "宁波市鄞州区科技局…" names the city only as the district's parent.
    own = own_places(doc.region) & set(q.places)
    if not own and q.place_level == 4:  # "静海开发区" asked of the 静海经济开发区's report
        own = {p for p in q.places for mine in own_places(doc.region) if same_zone(p, mine)}
        own = own or {p for p in q.places if names_the_reporting_zone(p, doc)}
    # "全区接待游客…" in a district's report is the district's, whatever city its sentence names.
    phrase = clause_before(fact, _PHRASE_SPLIT)
    if q.place_level and q.place_level < 3 and _DISTRICT_SCOPE.search(phrase) and not own:
        return False
    # And "全市(含各县(市、区))受理办件…" in a city's report is the city's, not the county's asked.
    if q.place_level == 3 and phrase.lstrip().startswith("全市") and not own and not any(p in phrase for p in q.places):
        return False
    where = " ".join(filter(None, [fact.section, fact.sentence]))
    if any(p in where for p in q.places):
        # "共享稿件9860条,其中岳池县2130条、…华蓥市1370条": a place asked that a later breakdown
        # gives its own number does not own the whole's.
        # So does one place of a list the whole is for ("向云龙镇、红旗镇…等镇派驻医生38人次,其中…").
        named = any(p in phrase for p in q.places) and "、" not in phrase
        return named or not _broken_down_later(q.places, fact)
    return bool(own) or asks_the_reporter_within(q, doc)


_OFFICE_TAIL = re.compile(r"(?:管理委员会|管委会|委员会|办公室|有限责任公司|有限公司)$")


def asks_the_reporter_within(q: Question, doc: Document) -> bool:
    """Whether the question names the reporter, a body within the place asked: "德州物流园" of
    德州市德城区's 德城现代物流园区管理委员会. A city question may then read the district's report."""
    if not doc.region or not any(doc.region.startswith(p) for p in q.places if len(p) >= 2):
        return False
    return _names_reporter(q.text, doc.title or "", doc.region)


@lru_cache(maxsize=1024)  # asked for every number of the report
def _names_reporter(question: str, title: str, region: str) -> bool:
    core = _OFFICE_TAIL.sub("", canonical(report_subject(title, region)))
    run = longest_common_run(core, canonical(question))
    return run >= 3 and 2 * run >= len(core)


def _broken_down_later(places: list[str], fact: Fact) -> bool:
    """Whether one of ``places`` stands after the number in its sentence with a number of its own."""
    sentence, at = reading(fact)
    tail = sentence[at + len(fact.text) :]
    # The place starts a list item and its number follows at once: "、华蓥市1370条", not the
    # "嘉兴港区承担16项" of another place whose name begins with the one asked.
    # Or it is one of a list its numbers follow by 分别: "其中肃州区、玉门市…分别完成3126批次、2480批次…".
    return any(
        re.search(r"(?:^|[、,;:和及与中])" + re.escape(p) + r"(?:(?:为|有|达到?|共)?\d|[、和及与][^,;。]*?分别[^,;。\d]{0,8}\d)", tail)
        for p in places
    )


_ZONE_SUFFIX = re.compile(r"(经济技术开发区|经济开发区|经开区|高新技术产业开发区|高新技术产业园区|高新区|开发区|工业园区|产业园区|产业园|园区|港区)$")


def names_the_reporting_zone(place: str, doc: Document) -> bool:
    """Whether a zone asked ("潮汇园区") is the report's own, named short: "汕头市龙湖区潮汇跨境电商
    产业园…工作总结" reports on it."""
    kind = _ZONE_SUFFIX.search(place)
    stem = place[: kind.start()] if kind else ""
    subject = report_subject(doc.title, doc.region)
    return len(stem) >= 2 and subject.startswith(stem) and bool(_ZONE_SUFFIX.search(subject))


def same_zone(a: str, b: str) -> bool:
    """Two names of one zone: the same place stem, and kinds that agree (开发区 may be any kind)."""
    ma, mb = _ZONE_SUFFIX.search(a), _ZONE_SUFFIX.search(b)
    if not (ma and mb) or a[: ma.start()] != b[: mb.start()]:
        return False
    generic = {ma.group(1), mb.group(1)} & {"开发区", "园区"}
    return bool(generic) or ("高新" in ma.group(1)) == ("高新" in mb.group(1))


@lru_cache(maxsize=1024)
def own_places(region: str | None) -> frozenset[str]:
    """Names of a report's most specific place: "杭州市西湖区" → {"西湖区", "西湖"}."""
    if not region:
        return frozenset()
    zone = zone_of(region)
    if zone:  # "宝鸡市宝鸡高新技术产业开发区": the zone is the report's place
        return frozenset({zone, V.canonical(zone)})
    town = town_of(region)
    if town:  # "西宁市湟中区鲁沙尔镇": the town
        return frozenset({town})
    places = find_places(region)
    if not places:
        return frozenset({region})
    deepest = max(p.level for p in places)
    names = {p.name for p in places if p.level == deepest}
    return frozenset(names | {short_name(n) for n in names})


# --------------------------------------------------------------------------- selection


def aligned_item(fact: Fact, facts_by_chunk: dict[int, list[Fact]]) -> str | None:
    """The enumeration item a number belongs to, from the other numbers of its sentence."""
    if fact.kind == "date":
        return None
    # Numbers of one list are of one kind: "…8.9%,三次产业结构…" does not run on into 三次.
    same = [f for f in facts_by_chunk.get(fact.chunk_id, []) if f.sentence_start == fact.sentence_start and f.kind == fact.kind]
    if len(same) < 2:
        return None
    same.sort(key=lambda f: f.number_at)
    spans = [(f.number_at, f.number_at + len(f.text)) for f in same]
    where = next(i for i, f in enumerate(same) if f.fact_id == fact.fact_id)
    run, at = enumeration_run(fact.sentence, spans, where)
    return align_enumeration(fact.sentence, run, at)


_FROM_BEFORE = re.compile(r"(?:由|从)[^,;:。由从]{0,8}$")
_TO_AFTER = re.compile(r"^[^,;:。\d]{0,6}?(?:到|至)\s*-?\d")
_ASKS_START = re.compile(r"年初|年底前|上年|去年|原来|原有|以前|之前|起初|由|从")


_BASE = re.compile(
    r"(?:比|较|与)(上年同期|去年同期|上年末|上年底|去年底|去年末|上学年|上年|去年|年初|同期|上月|上季度|一季度|二季度|三季度|"
    r"上半年|前三季度|1-\d{1,2}月)|(同比)"
)
_PERIOD_BASES = ("上月", "上季度", "一季度", "二季度", "三季度", "上半年", "前三季度", "1-")
_BASE_PENALTY = 0.4


def compared_base(text: str) -> str | None:
    """What a change is measured against: "year" (比上年, 同比, 比年初) or "period" (比一季度,
    比上月: an earlier part of the same year); None when the text names no base."""
    found = None
    for m in _BASE.finditer(text):
        found = m.group(1) or m.group(2)
    if found is None:
        return None
    return "period" if found.startswith(_PERIOD_BASES) else "year"


def starting_value(q: Question, fact: Fact) -> bool:
    """Whether the number is where a change started ("由年初的118座减少至96座") when the question
    does not ask about the start."""
    sentence, at = reading(fact)
    # "年初长期滞留人员94人,年末降至61人": the year's start, when its end is stated after it.
    if (re.match(r"\s*(?:截至)?年初", clause_before(fact, _PHRASE_SPLIT)) and not _ASKS_START.search(q.text)
            and re.search(r"[,;]\s*(?:年末|年底)", sentence[at + len(fact.text) :])):
        return True
    start = _FROM_BEFORE.search(sentence[:at])
    if not start or not _TO_AFTER.search(sentence[at + len(fact.text):]) or _ASKS_START.search(q.text):
        return False
    # "从2月的-5.7%提升至5月的3.6%": the month asked is the start's own.
    when = start.group()[1:].replace("的", "")
    return not (when and when in q.text)


def sibling_names_the_head(metric: str, fact: Fact, aligned: str | None, facts_by_chunk: dict[int, list[Fact]]) -> bool:
    """Whether another item of the number's list matches the asked metric further right, nearer its
    head: for "事故死亡人数", "死亡39人" of "发生事故47起、死亡39人,同比分别下降13.0%和11.4%"."""
    if not aligned:
        return False
    asked = canonical(metric).replace(" ", "")
    own = canonical(aligned)
    run = common_run(asked, own)
    own_end = asked.rfind(run) + len(run) if len(run) >= 2 else -1
    for other in facts_by_chunk.get(fact.chunk_id, []):
        if other.fact_id == fact.fact_id or other.sentence_start != fact.sentence_start or other.kind != fact.kind:
            continue
        label = canonical(aligned_item(other, facts_by_chunk) or "")
        theirs = common_run(asked, label)
        if len(theirs) >= 2 and theirs not in own and asked.rfind(theirs) + len(theirs) > own_end:
            return True
    return False


# "…面积有多少亩", "现有…几家": a level held, which a flow added ("新增…") does not answer.
_STOCK_ASKED = re.compile(r"(?<![新增])有(?:多少|几)|现有|共有|保有")
_YEARS_OWN = re.compile(r"^(?!.*累计).*(?:全年|当年|本年|今年|年内|上半年|下半年)")  # the period's own flow, not a running total
_RUNNING_VERB = re.compile("累计(?:" + "|".join(V.FLOW_WORDS) + ")")
_NEW_FLOW = re.compile(r"(?:新增|净增)[^、]*$")  # the number's own label; not one item of a list before it


def _names_any(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


# What stands at a period's end: "截至2024年末", "截至6月底", "到2024年6月底".
_AS_OF_END = re.compile(r"(?:截[至止]|到)(?:(?:19|20)?\d{2}年(?:\d{1,2}月)?|\d{1,2}月|年)(?:末|底)")


def flow_for_stock(asked: str, named: str) -> bool:
    """Whether the question asks a flow (新增…) and the words at the number name only a stock
    (累计…), or the other way round."""
    return any(
        _names_any(asked, side) and not _names_any(asked, other) and _names_any(named, other) and not _names_any(named, side)
        for side, other in ((V.STOCK_WORDS, V.FLOW_WORDS), (V.FLOW_WORDS, V.STOCK_WORDS))
    )


_OWN_PLACE = re.compile(r"[我本该全][区市县省镇州]|集团|我局")


def ranks_another_measure(asked: str, clause: str) -> bool:
    """Whether a rank's own clause ranks the growth rate when the level is asked, or the level
    when the rate is: "成交额居全省第七位,增幅居全省第一位". A clause naming nothing ("居全市
    第二位", "我县排名全市第二") ranks what the sentence is about."""
    if _names_any(asked, _RATE_WORDS) == _names_any(clause, _RATE_WORDS):
        return False
    if not _names_any(asked, _RATE_WORDS):
        return True
    return len(_OWN_PLACE.sub("", _BARE_WORDS.sub("", clause)).strip()) >= 2  # "总量居全省"


_RANK_VERB = re.compile(r"位居|位列|排名|排在|居|排|列")


def ranks_a_sibling_measure(asked: str, fact: Fact) -> bool:
    """Whether a rank's own clause ranks a measure the question does not name while another clause
    of its sentence ranks one it does: "演出场次居…第4位,票房收入居第2位" for 票房收入's rank."""
    if fact.kind != "rank":
        return False
    own = canonical(clause_before(fact, _PHRASE_SPLIT))
    verb = _RANK_VERB.search(own)
    measure = _BARE_WORDS.sub("", own[: verb.start()]).strip() if verb else ""
    words = [w for w in canonical(asked).split() if len(_BARE_WORDS.sub("", w).strip()) >= 2]
    # Not when the clause names what is asked, nor only words of it: "营业收入居…" ranks no
    # 出口收入 for all the 收入 they share.
    if len(measure) < 2 or any(_BARE_WORDS.sub("", w).strip() in measure for w in words) or bigrams(measure) <= weighted_bigrams(asked).keys():
        return False
    rest = canonical(fact.sentence).replace(own, " ")
    return any(re.search(rf"{re.escape(w)}[^,;。\d]{{0,12}}(?:{_RANK_VERB.pattern})", rest) for w in words)


_JOINT = re.compile(
    r"((?:[\u4e00-\u9fff]{2,8}(?:、|和|与|及))+[\u4e00-\u9fff]{2,8}?)等?(?:[两二三四五六七八九十]大|合计|共计|总计|共(?=[\u4e00-\u9fff]))"
    r"|((?:[省市县区乡镇村]、)+[省市县区乡镇村])[两二三四五六七八九十]级"  # "市、县、乡、村四级河湖长4126名"
    r"|((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}(?:和|及)[\u4e00-\u9fff]{2,8}?)(?=[\u4e00-\u9fff])"  # "向纪检监察机关、司法机关和主管部门移送…16件"
    r"|((?:[一二三四五六七八九]、)+[一二三四五六七八九])(?=级)"  # "三、四级手术2345台次": 三级 and 四级 together
)


def _last_word(text: str) -> tuple[str, str] | None:
    """The last word of ``text`` and its part of speech."""
    tokens = _tagged_words(text) if text else ()
    return tokens[-1] if tokens else None


_ALL_KINDS = re.compile(r"各项|各类|全部|所有")
_NOT_A_KIND = re.compile(
    r"^(?:全市|全县|全区|全省|全年|全部|区内|市内|县内|辖区内?|实现|完成|累计|新增|共计|共|其中|各类|各项|总|年度|当年|本年|上半年|下半年|"
    r"公司|集团|全行|全院|本院|我院|我局|本局|"  # who reports: "公司管网总长度" is the company's network
    r"一季度|前三季度|同比|达到|达|为|有|现有|的|和|及|与|、|"
    r"计划|力争|目标|预计|确保|争取)+$"  # a plan's verb: "计划新筹集…" asked, "力争新筹集…" found
)


# "县域平均反应时间控制在18分钟以内": a target's verb ("控制在", "缩短至", "提高到") is no part of it either.
_LINKING_TAIL = re.compile(r"(?:达到|达|为|是|共计|合计|累计|约|超过|突破|完成|实现|分别|(?:控制|保持|稳定|缩短|压缩|降低|降|提高|提升|增加|减少)(?:在|至|到))+$")


# "氮氧化物排放浓度由改造前的平均146毫克/立方米降至": what changed is named before 由.
_FROM_TO_TAIL = re.compile(r"由[^,;。]*?(?:降|减|升|增|提高|提升|增加|减少|下降|上升|降低|缩短|压缩|扩大)(?:至|到)$")
_SHARE_TAIL = re.compile(r"(?:所?占(?:比重|比例|比)?|的?(?:比重|比例))$")
_CHANGE_TAIL = re.compile(r"(?:(?:同比|比上年|较上年)?(?:增长|增速|增幅|下降|降幅|提高|提升|减少|增加)|同比|比上年|较上年)$")


_CLASS_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}(?<![各这此该那哪每某全几两三多诸])类$")  # not "各类", "这类"


def named_otherwise(metric: str, fact: Fact, aligned: str | None) -> bool:
    """Whether the number's label names another kind of the thing asked: 餐厨垃圾 for 建筑垃圾,
    晴雨预报准确率 for 强对流天气预报准确率. The head is shared; the asked kind is nowhere in the
    sentence, and the label's own kind (2+ characters right before the head) is not in the question."""
    # "水路货运量同比增长": the change is asked of the 货运量, and named in a clause of its own.
    words = [w for w in (_CHANGE_TAIL.sub("", w) for w in canonical(metric).split()) if w and not _names_nothing(w)]
    if not words:
        return False
    # "节假日游客占全年游客的几成": a share asks of the part before 占, not of its base.
    share_of = next((w[:-1] for w in words[:-1] if w.endswith("占") and len(w) > 2), "")
    asked = (share_of or words[-1]).replace("的", "")  # "新车保险的市场份额" names 新车保险市场份额
    own = aligned or clause_before(fact, _PHRASE_SPLIT)
    if not aligned and not fact.header and _names_nothing(own):
        # "完成公路货运量18642万吨,同比增长6.4%": a bare change is of what the phrase before names.
        own = _ENDS_IN_NUMBER.sub("", phrase_before(fact)) or own
    # "…市场份额达到37.5%": the verb before the number is no part of the label, nor is its change
    # ("大健康医药产业签约金额同比增长42.3%").
    # A list item with the tail its list shares ("工伤保险 参保人数") reads as one label.
    label = _CHANGE_TAIL.sub("", _LINKING_TAIL.sub("", _FROM_TO_TAIL.sub("", canonical(own)))).strip().replace(" ", "")
    if label and label[-1] in "额量" and not asked.endswith(label[-1]):
        label = label[:-1]  # "香化类商品销售额" for a 销售 asked ("卖了多少钱")
    if share_of:
        label = _SHARE_TAIL.sub("", label)  # "市外游客占比": the part is 市外游客
    shared = common_run(asked, label, max_gap=0)  # a suffix of the asked word
    if not asked.endswith(shared) or len(shared) == len(asked):
        return False
    # A class asked ("酒水类商品") that the number's sentence does not name is another class's.
    asked_class = _CLASS_WORD.search(asked[: -len(shared)])
    if asked_class and asked_class.group() not in canonical(f"{fact.sentence} {fact.header} {fact.context}"):
        return True
    if _ALL_KINDS.fullmatch(label[: label.rfind(shared)]) and (part := _last_word(asked[: -len(shared)])):
        # "各项贷款余额" is every kind of loan, not the 涉农 ones asked; "累计引进各类…项目" asked
        # by a verb names no kind.
        if len(part[0]) >= 2 and (part[1] != "v" or part[0] == asked[: -len(shared)]):
            return part[0] not in canonical(fact.sentence)
    # The shared run may start inside the kind words: 新生|儿死亡率 vs 婴|儿死亡率, 意外|险保费 vs
    # 车|险保费. Back off to the longest head where both sides keep a word of their own.
    # A rate's head is one character: "使用率" is another rate than the "逾期率" asked.
    for cut in range(len(shared) - 1 if shared != "率" else 1):
        head = shared[cut:]
        kind = _kind_word(asked[: -len(head)])  # "评价入库的科小" names no kind: 的 is no noun
        before = label[: label.rfind(head)]
        other = _kind_word(before)
        if head in _VERB_KIND_HEADS:  # a rate's or an area's kind may be a verb: 使用率, 逾期率; 发生面积, 防治面积
            kind = kind or _rate_word(asked[: -len(head)])
            other = other or _rate_word(before)
        if kind and not other and cut == 0 and before.startswith("其中") and len(before) >= 4:
            # "其中涉外及涉港澳台公证收费": an item of a breakdown, whatever its words; unless the
            # question names it ("留归市、县两级使用的福彩公益金").
            item = re.sub(r"[\s、的]", "", before[2:])
            said = re.sub(r"[\s、的]", "", canonical(metric))
            # Named in other function words ("通过共享存量站址满足" asked "靠共享存量站址满足"): most of it will do.
            other = "" if item in said or len(bigrams(item) & bigrams(said)) * 3 >= len(bigrams(item)) * 2 else item
        # Backing off, each kind must be a word of its own side: not 里国 of "…里|国家级项目".
        # Or, on the label's side, one word with the head ("税收收入" for 税收 + 收入).
        # A class word is a word of its own: "酒水类|商品销售" against "香化类|商品销售额".
        classes = kind.endswith("类") and other.endswith("类")
        if kind and other and (cut == 0 or classes or kind in _words(asked) and (other in _words(label) or other + head in _words(label))):
            break
    else:
        return False
    # 全系统: a scope; 景区 is short for the 风景名胜区 asked.
    if _NOT_A_KIND.match(other) or before.endswith("全" + other) or _abbreviates(kind, before) or _abbreviates(other, asked[: -len(head)]):
        return False
    if canonical(kind) == canonical(other) or bigrams(kind) <= {w for g in bigrams(other) for w in V.SAME_BIGRAMS.get(g, ())}:
        return False  # "研发经费投入" and "…经费投入" read as 资金投入: one word, spelled two ways; 票款 and 票务
    if _ACTOR.search(kind) and _ACTOR.search(other):
        return False  # "指挥中心受理呼救电话" asked, "调度平台受理呼救电话" found: who answers, not which calls
    # The asked kind may stand as the sentence's topic ("口蹄疫防控方面,…"), not as a sibling item
    # with a number of its own ("其中猪口蹄疫抗体合格率92.4%,禽流感…89.3%").
    *earlier, own_start = _PHRASE_SPLIT.split(fact.sentence[: fact.number_at])
    own_end = _PHRASE_SPLIT.split(fact.sentence[fact.number_at :], maxsplit=1)[0]
    around = canonical(" ".join([*(p for p in earlier if not _DIGIT.search(p)), own_start + own_end]))
    # The label's kind is named by the question when it stands there whole, not across two of
    # its words (税收 of 契税|收入).
    named = canonical(metric)
    return (other not in named or other in _across_words(named.replace(" ", ""))) and kind not in around


# Heads whose kinds are told by a verb: 使用率 and 逾期率, 发生面积 and 防治面积, 播种面积 and 收获面积,
# 征缴收入 and 基金收入.
_VERB_KIND_HEADS = frozenset({"率", "面积", "收入"})  # and an income's: 征缴收入 is no 基金收入


_ACTOR = re.compile(r"(?:中心|平台|局|站|所|队|院|部|公司|集团|委|办|厅|窗口|热线)$")


_GRADE = re.compile(r"(?<![\dA-Za-z.])(?:[1-5]A|[1-5一二三四五]星|[一二三]甲)")


def grade_named(metric: str, fact: Fact, aligned: str | None) -> bool:
    """Whether a grade the question names ("4A级景区", "五星级酒店", "三甲医院") is the grade at the
    number: "新增3A级景区2家" and "A级景区总数17家" count other grades."""
    asked = set(_GRADE.findall(canonical(metric)))
    if not asked:
        return True
    for split in (_CLAUSE_SPLIT, _PHRASE_SPLIT):  # the list item's own grade, else the phrase's ("4A级、5A级景区共8家")
        near = set(_GRADE.findall(canonical(" ".join([clause_before(fact, split), aligned or "", fact.header]))))
        if near:
            return bool(asked & near)
    if not aligned and not fact.header:
        # "…“五星”创建达标率86.5%,比上年提高4.1个百分点", "以…“五星”创建为抓手,力争达标率达到90%":
        # the one grade the sentence names before the number is the number's.
        sentence, at = reading(fact)
        before = set(_GRADE.findall(canonical(sentence[:at])))
        return bool(before) and before <= asked
    return False


def lacks_inserted_qualifier(metric: str, fact: Fact, context: str = "") -> bool:
    """Whether the number names the whole the question asks a part of: "少数民族人口" for
    "少数民族流动人口". The asked word ends noun, qualifier noun, head noun; less the qualifier it
    stands in the sentence, and the qualifier stands nowhere in the sentence or its context."""
    sentence = canonical(fact.sentence)
    splits = [split for word in canonical(metric).split() if (split := _qualified_word(word))]
    if not splits:
        return False
    around = f"{sentence} {canonical(context)}"
    # The words kept may be named in part: "个贷率" (个人住房贷款率) of "住房公积金个人住房贷款逾期率".
    return any(
        any(kept[i:] + head in sentence for i in range(len(kept) - 1)) and qualifier not in around
        for kept, qualifier, head in splits
    )


@lru_cache(maxsize=4096)  # one question's words, read again for every fact it is checked against
def _qualified_word(word: str) -> tuple[str, str, str] | None:
    """"少数民族流动人口" → ("少数民族", "流动", "人口"): the words before, the qualifier and the head,
    each a noun of two characters or more; None when the word is not built so."""
    import jieba

    tokens = list(_tagged_words(word))
    if tokens and len(tokens[-1][0]) >= 4:  # jieba reads 流动人口 as one word: 流动 | 人口
        last, flag = tokens[-1]
        finer = set(jieba.lcut_for_search(last))
        cut = next((k for k in range(2, len(last) - 1) if last[-k:] in finer and last[:-k] in finer), 0)
        if cut:
            tokens[-1:] = [(last[:-cut], flag), (last[-cut:], flag)]
    if len(tokens) < 3:
        return None
    *before, qualifier, head = tokens
    kept = "".join(w for w, _ in before)
    rate = head[0] == "率"  # "个人住房贷款逾期率" is no "个贷率": a rate of one character
    if len(qualifier[0]) < 2 or (len(head[0]) < 2 and not rate) or len(kept) < 2:
        return None
    told_by_when = qualifier[1] == "t" and not _PERIOD.search(qualifier[0])  # "逾期", "夜间"
    if not all(flag in _QUALIFIER_TAGS for _, flag in (before[-1], *([] if told_by_when else [qualifier]), *([] if rate else [head]))):
        return None
    return kept, qualifier[0], head[0]


def report_text(cache: dict[str, str], doc: Document) -> str:
    """The report's cleaned text in canonical words, read once per report."""
    if doc.doc_id not in cache:
        cache[doc.doc_id] = canonical(cleaned_view(doc.text).text)
    return cache[doc.doc_id]


def head_stated_elsewhere(metric: str, fact: Fact, aligned: str | None, report: str) -> bool:
    """Whether the measure the question ends in ("出院") is nowhere at the number, and the report
    gives it a number of its own elsewhere ("出院3426人次"): the number measures something else."""
    words = canonical(metric).split()
    if not words or fact.header:
        return False
    head = jieba_words(words[-1])[-1]
    if len(head) < 2 or _names_nothing(head) or not _HEAD_VERB.fullmatch(head):
        return False
    near = canonical(f"{fact.sentence} {aligned or ''}")
    grams = bigrams(near)
    if any(g in grams or any(w in grams for w in V.SAME_BIGRAMS.get(g, ())) for g in bigrams(head)):
        return False
    return re.search(re.escape(head) + r"[^,;。\d]{0,6}\d", report) is not None


# Measures a patient or a case passes through, said by their verb: one is never another.
_HEAD_VERB = re.compile(r"出院|入院|住院|门诊|急诊|就诊|接诊|手术|分娩|转诊|结案|立案|受理|办结|调解|出警|接警")


def cell_lacks_qualifier(metric: str, fact: Fact, context: str = "", report: str = "") -> bool:
    """Whether a table cell counts the whole of what the question asks a kind of: a 游客 column
    for "接待过夜游客". The word right before the header's head in the question is no verb, is
    nowhere in the header, the row or the table's caption and section (``context``), and the
    ``report`` tells that kind apart ("其中过夜游客176.9万人次"); a 满意率 column of a hotline's
    report answers for its "工单满意率"."""
    if not fact.header:
        return False
    stem = canonical(re.sub(r"\s*[(（][^()（）]*[)）]$", "", fact.header.strip()))  # "游客(万人次)": 游客
    tokens = _tagged_words(canonical(metric).replace(" ", ""))
    around = f"{stem} {canonical(fact.sentence)} {canonical(context)}"
    asked = canonical(metric).replace(" ", "")
    at = asked.find(stem) if len(stem) >= 2 else -1
    if at >= 2 and asked[at - 2] == "涉" and asked[at - 2 : at] not in around:
        return True  # "涉农贷款余额" is no 贷款余额 column, whatever else the report says
    if at >= 2 and _TOTAL_ROW.match(fact.context.strip()):
        # "瓜菜种子制种面积" of the 合计 of a 制种面积 column by crop, in a report that names 瓜菜
        # apart: the kind the question opens with is nowhere at the cell.
        kinds = [(w, flag) for w, flag in _tagged_words(_BARE_WORDS.sub("", asked[:at]).strip())
                 if len(w) >= 2 and not _NOT_A_KIND.match(w)]
        if kinds and kinds[0][1][:1] in ("n", "a", "b", "j") and kinds[0][0] not in around and kinds[0][0] in report:
            return True
    for (before, flag), (word, _) in zip(tokens, tokens[1:]):
        if len(word) >= 2 and stem.endswith(word):
            # "对口就业率" is the "专业对口就业率" asked, written short: part of the qualifier is there.
            if len(stem) > len(word) and (before + word).endswith(stem):
                continue
            # "富士苹果产量" of the 富士 row: 苹果 says what the row is, not which 产量.
            if (row := canonical(fact.context.strip())) and f"{row}{before}" in asked:
                continue
            if len(before) >= 2 and not flag.startswith("v") and before not in around:
                return before + word in report
    return False


def sentence_lacks_qualifier(metric: str, fact: Fact, context: str = "", report: str = "", title: str = "") -> bool:
    """Whether a sentence's number counts the whole of what the question asks a part of, when the
    report tells that part apart: "净利润7.36亿元" of a group for "母公司净利润", in a report where
    "母公司全年实现营业收入…" opens a sentence of its own. The asked head stands in the number's
    phrase, the noun right before it in the question stands nowhere near the number. Who reports
    (in its ``title``, or for short: 机场, 景区) is no part: its report is all of it."""
    words = canonical(metric).split()
    tokens = _tagged_words(words[-1]) if words else ()  # "关区 进口": a subject apart qualifies nothing
    if len(tokens) < 2:
        return False
    (before, flag), (head, head_flag) = tokens[-2:]
    if len(head) < 2 or head_flag not in _QUALIFIER_TAGS or len(before) < 2 or flag not in _QUALIFIER_TAGS - {"vn"}:
        return False  # "筹集保障性租赁住房", "创作文艺作品": a verb's object, not a kind
    if head not in canonical(clause_before(fact, _PHRASE_SPLIT)):
        return False
    if before in f"{canonical(fact.sentence)} {canonical(context)}":
        return False
    if before + head in report:
        return True
    return before not in title and not _abbreviates(before, title) and bool(
        re.search(rf"(?:^|[。;!?\n])\s*{re.escape(before)}", report)
    )


def another_works_figure(metric: str, fact: Fact, title: str = "") -> bool:
    """Whether the sentence says whose figure it is, a works the question does not name, while the
    kind the question opens with is nowhere in it: "种猪销售收入" is not what "有机肥厂…实现销售收入
    1150万元" earns, nor "光伏装机容量" what "兴隆电站增效扩容改造完成,新增装机容量0.6万千瓦" adds."""
    words = canonical(metric).split()
    tokens = _tagged_words(words[-1]) if words else ()
    named = canonical(fact.sentence)
    # The measure is the last word or two ("装机容量", "销售|产值"), the kind the word before it.
    for k in (1, 2):
        if len(tokens) <= k:
            break
        measure = "".join(w for w, _ in tokens[-k:])
        at = named.find(measure)
        if len(measure) < 3 or at < 0:
            continue
        kind, flag = tokens[-k - 1]
        if flag not in _QUALIFIER_TAGS - {"vn"} or len(kind) < 2 or kind in named or kind in title:
            return False
        return any(m.group() not in canonical(metric) for m in _WORKS.finditer(named[:at]))
    return False


# A works or station a sentence may name as who earns or makes its figure: "有机肥厂", "污水处理站".
_WORKS = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:厂|站|场|中心|基地)(?![长区])")


@lru_cache(maxsize=4096)  # one question's words, read again for every fact they are checked against
def _tagged_words(text: str) -> tuple[tuple[str, str], ...]:
    """``text``'s words with their parts of speech."""
    import jieba.posseg

    return tuple((t.word, t.flag) for t in jieba.posseg.lcut(text))


_QUALIFIER_TAGS = frozenset({"n", "nz", "vn", "b", "an", "j", "l"})


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is formed from ``full``'s characters in order: 医保 of 城乡居民基本医疗保险,
    (普)惠小微 of 普惠型小微企业."""
    if len(short) >= len(full):
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


@lru_cache(maxsize=4096)
def jieba_words(text: str) -> tuple[str, ...]:
    """``text``'s words in order."""
    import jieba

    return tuple(jieba.lcut(text))


@lru_cache(maxsize=16384)
def _words(text: str) -> frozenset[str]:
    return frozenset(jieba_words(text))


_ASIDE = re.compile(r"\([^()]*\)$")
_KIND_CODE = re.compile(r"(?<![A-Za-z\d.])(?=[\dA-Za-z.]*[A-Za-z])[A-Za-z\d][A-Za-z\d.]*级?$")
_KIND_TAGS = frozenset({"n", "nz", "nt", "ns", "nr", "s", "b", "j", "eng", "an"})


@lru_cache(maxsize=16384)
def _kind_word(before: str) -> str:
    """The word right before a head that says which kind of it ("餐厨", "晴雨", "网上", "3A"): a
    noun or a distinguishing word of two characters or more; "" for a verb, a time or a scope."""
    import jieba.posseg

    before = _ASIDE.sub("", before)  # "细颗粒物(PM2.5)": the aside restates the word before it
    if "(" not in before:  # "PM10)年均浓度": the aside's opening fell in the sentence before
        before = before.rstrip(")")
    code = _KIND_CODE.search(before)
    if code:  # "PM2.5", "4A级", "5G": a code names its kind
        return code.group()
    tokens = jieba.posseg.lcut(before)
    if not tokens:
        return ""
    last = tokens[-1]
    if last.flag == "f" and last.word in "内外" and len(tokens) >= 2 and len(tokens[-2].word) == 1:
        return tokens[-2].word + last.word  # "市外游客", "县内务工": a place's outside or inside
    if last.flag == "t" and len(last.word) >= 2 and not _PERIOD.search(last.word):
        return last.word  # "节假日游客", "夜间游客": a kind told by when, not the period asked
    word = last.word
    if word in _KIND_SUFFIXES and len(tokens) >= 2 and _HAN_RUN.fullmatch(tokens[-2].word):
        return tokens[-2].word + word  # "委托类公证收费", "预付式": a suffix makes a kind of any word
    if len(word) == 1 and word not in _ONE_CHARACTER_KINDS:
        # A word jieba does not know, read one character at a time: "年卡" (年 | 卡), "二噁英".
        run = ""
        for token in reversed(tokens):
            if len(token.word) > 1 or token.flag not in _CHARACTER_TAGS:
                break
            run = token.word + run
        if len(run) >= 2 and _HAN_RUN.fullmatch(run) and not _SCOPE_WORD.match(run) and not _PERIOD.search(run):
            return run
    if len(word) == 2 and word[0] == "涉":
        return word  # "涉农贷款", "涉企收费", "涉外公证": what it concerns is its kind
    if last.flag == "a" and len(word) >= 2:
        return word  # "视力不良检出率" is another rate than "肥胖检出率": a state is a kind
    if last.flag not in _KIND_TAGS | {"vn"}:  # "文化旅游产业": 旅游 is a kind
        return ""
    if len(word) == 1 and word in _ONE_CHARACTER_KINDS:
        return word  # "猪口蹄疫抗体合格率" is another kind than the 牛羊 one asked
    return word if len(word) >= 2 else before[-2:] if len(before) >= 2 and tokens[-1].flag == "eng" else ""


_PERIOD = re.compile(r"[全今上下本去明当前近往历同次半多每常\d]年|年[度初末底中内来间]|季|月|旬|同期|当前|目前|现在|今后|近期|日前|此前|以来|期间|时期|当时|今天|昨天|当日|当天|同日")
@lru_cache(maxsize=4096)  # one question's metric, read once for all its candidates
def sides_asked(metric: str) -> tuple[str, ...]:
    """The sides of a split the metric names: 国际 of "国际航线旅客吞吐量"; not of "涟水国际机场"."""
    tokens = jieba_words(canonical(metric).replace(" ", ""))
    # "市外游客" is read 市 | 外: a place's outside, two words of one character.
    pairs = [(a + b, c) for a, b, c in zip(tokens, tokens[1:], [*tokens[2:], ""]) if len(a) == len(b) == 1]
    words = [*zip(tokens, [*tokens[1:], ""]), *pairs]
    # "涟水国际机场货邮吞吐量": a side in a name ("国际机场", "国际会展中心") splits nothing.
    return tuple(side for side, after in words if side in V.SPLIT_SIDES and not _NAMED_PLACE.match(after))


def names_no_side(metric: str, fact: Fact, around: Callable[[], str], title: str) -> bool:
    """Whether the question asks one side of a split (国际航线旅客吞吐量, 线上销售额) that the number's
    sentence, table and context (``around``, read only then) name nowhere: the number is the whole,
    or the other side. A side in who reports (``title``: "…国际会展中心") splits nothing."""
    sides = sides_asked(metric)
    if not sides:
        return False
    title = canonical(title)
    return any(side not in title and side not in around() for side in sides)


# What a name ends in: "国际机场", "国际会展中心", "国际大厦".
_NAMED_PLACE = re.compile(r"(?:机场|空港|中心|会展|大厦|广场|酒店|饭店|学校|学院|大学|医院|公司|集团|港|码头|博览会|展览会|论坛)")


def _rate_word(before: str) -> str:
    """The last word before a head told by a verb (率, 面积), two characters or more, whatever its part of speech."""
    last = _last_word(before)
    return last[0] if last and len(last[0]) >= 2 and _CJK_RUN.fullmatch(last[0]) else ""


_KIND_SUFFIXES = frozenset({"类", "型", "式"})
# Parts of speech jieba gives the characters of a word it does not know: 年/m 卡/n, 二/m 𫫇/x 英/j.
_CHARACTER_TAGS = frozenset({"n", "ng", "m", "y", "j", "b", "nr", "nz", "x"})
_HAN_RUN = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]+")  # rare characters too: 𫫇
_ONE_CHARACTER_KINDS = frozenset("猪牛羊鸡鸭鹅鱼虾蟹茶菜果粮棉油煤电水气")


def contrast_factor(metric: str, fact: Fact, aligned: str | None, previous: str = "", change: bool = False) -> float:
    """A penalty when the words at the number name a contrasting word and not the one asked
    ("累计…" asked, "新增…92家" found), 0 when it ranks a level for a rate or a rate for a level, else 1.
    ``previous`` is the sentence before, where the whole of a breakdown opening a sentence stands;
    ``change`` says the question asks how much a level changed ("余额较年初净增多少")."""
    asked = canonical(metric)
    # The phrase before the number, list commas included: "申报国家、省市级科技计划项目达200多项".
    # A list item stands for its number alone: in "发明专利申请、授权量分别为5843件、2356件" the
    # phrase holds both words, the 5843's item only 申请.
    own = clause_before(fact, _PHRASE_SPLIT)
    phrase = "" if aligned else own
    near = canonical(" ".join([phrase, aligned or "", fact.header, clause_after(fact) if names_after(fact) else ""]))
    sentence, at = reading(fact)
    phrases = _PHRASE_SPLIT.split(sentence[:at])
    if not aligned and not fact.header and _names_nothing(own) and len(phrases) > 1:
        # "总收入87.35亿元,同比增长6.9%": a bare change names what the clause before it names.
        near = f"{near} {canonical(phrases[-2])}"
    # A breakdown that names none of a contrast's words is what its whole is: "授权专利158件,其中
    # 发明专利41件" are grants, not applications.
    whole = ""
    for i in range(len(phrases) - 1, 0, -1):  # the number's phrase, or the one a bare change refers to
        if _BREAKDOWN.match(phrases[i]):
            whole = canonical(phrases[i - 1])
            break
        if not _names_nothing(phrases[i]):
            break
    for group in V.CONTRASTS:
        wanted = [w for w in group if w in asked]
        if len(wanted) >= 2 and "占" in asked and all(w in near for w in wanted):
            continue  # "研发投入占营业收入的比重": the part and its base, both named at the number
        if len(wanted) >= 2:
            # "市级医院新增省级临床重点专科": the word nearest the head is what is counted; the
            # number's own words are read the same way.
            last = max(wanted, key=asked.rfind)
            own_last = max((w for w in group if w in near), key=near.rfind, default=None)
            if own_last is not None and own_last != last:
                return _CONTRAST_PENALTY
            wanted = [last]
        if wanted and not any(w in near for w in wanted) and any(w in near for w in group):
            return _CONTRAST_PENALTY
        if wanted and not any(w in near for w in group) and any(w in whole for w in group) and not any(w in whole for w in wanted):
            return _CONTRAST_PENALTY
    for word, longer in V.INSIDE_OTHER:
        if word in asked and longer not in asked and longer in near and word not in near.replace(longer, ""):
            return _CONTRAST_PENALTY
    # "高端装备、新材料、生物医药三大主导产业实现产值61.35亿元": the items' sum, not one item's.
    joint = _JOINT.search(phrase)  # not a 分别 list: its items have their own numbers
    measure_only = _BARE_WORDS.sub("", canonical(own)).replace("平均", "").strip()
    if not joint and not aligned and (not measure_only or measure_only in asked) and len(phrases) > 1:
        # "…其中三、四级手术2345台次,占手术总量的55.6%", "工程建设和政府采购项目共节约资金3.52亿元,
        # 平均节支率为5.3%": the clause before says whose the number is.
        joint = _JOINT.search(phrases[-2])
    if joint and "分别" not in own:
        items = re.split(r"、|和|与|及", joint.group(1) or joint.group(3) or joint.group(2) or joint.group(4))
        if joint.group(2) or joint.group(4):
            items = [f"{item}级" for item in items]  # "县级河湖长" names the 县 item
        named = sum(canonical(item) in asked or canonical(item.removesuffix("项目")) in asked for item in items)
        if joint.group(4):  # "三四级手术", "三、四级手术" asked: both levels
            levels = "".join(re.findall(r"([一二三四五六七八九、和及\s]+)级", asked))
            named = sum(item[0] in levels for item in items)
        # A plain list ("A、B和C") only when the question names one item: its first item may carry
        # words of the clause before it ("其中新建、改扩建中小学和幼儿园项目").
        if (named == 1 if joint.group(3) else 0 < named < len(items)):
            return _CONTRAST_PENALTY
    # "其余七个旗县市快递业务量合计…": how many the rest are, not a figure of the whole.
    if _REMAINDER_ROW.search(fact.context.strip()[-2:]) and not _REMAINDER_ROW.search(asked):
        return _CONTRAST_PENALTY
    # A company's row ("襄阳岘山产业投资有限公司 | 60.9 | 38.6") answers for the company only.
    if " | " in fact.sentence and _COMPANY.search(fact.context.strip()) and not _COMPANY.search(asked):
        return _SCOPE_PENALTY
    # "成交额居全省第七位,增幅居全省第一位": a rank of the growth rate is not the level's rank.
    if fact.kind == "rank" and ranks_another_measure(asked, canonical(clause_before(fact))):
        return 0.0
    # A breakdown is a flow or a stock as its whole is: "众创空间累计达到14家,其中国家级…4家".
    if _BREAKDOWN.match(own) and len(phrases) > 1:
        near = f"{near} {canonical(phrases[-2])}"
    # A row counting a kind ("高新技术企业数(家) | 386") is a stock.
    if fact.header and _COUNT_ROW.search(fact.context):
        near = f"{near} 累计"
    # "截至2024年末全市“四上”企业达到1022家" is what there is at the year's end: a stock.
    if _AS_OF_END.search(own):
        near = f"{near} 累计"
    # "储蓄余额…较年初净增41.6亿元" is the change of the level asked, when a change is asked.
    if flow_for_stock(asked, near) and not (change and states_change(fact)):
        return _CONTRAST_PENALTY
    # "第42届中国洛阳牡丹文化节期间,全区接待游客603.2万人次": figures of an event's days.
    # Or the number's own clause: "成功举办第十届春茶开采节,活动期间接待游客6.3万人次".
    during = _DURING.match(sentence[:at]) or _DURING.match(own)
    if during and not bigrams(canonical(during.group(1))) & bigrams(asked):
        return _SCOPE_PENALTY
    # "产业项目中,麓川…项目总投资41.6亿元": one group's figure, when the question names too little
    # of the group.
    among = _AMONG.match(sentence[:at])
    if among and names_little_of(asked, among.group(1)):
        return _SCOPE_PENALTY
    # "灵活就业人员开户1836人,缴存额0.27亿元": a bare measure is of the clause before's subject, a
    # part when the question does not name it.
    if fact.kind != "rank" and not aligned and not fact.header and len(phrases) > 1 and bare_measure(own, asked):
        # Past the sibling measures before it: in "衔接刑满释放人员132名,衔接率100%,帮教率98.9%"
        # the rates' subject is the clause before 衔接率.
        k = len(phrases) - 2
        while k > 0 and _SIBLING_MEASURE.match(canonical(phrases[k])):
            k -= 1
        # "其中,出口额71.85亿元": a breakdown's lead names no subject; the sentence before does.
        subject = [w for w in _CJK_RUN.findall(_BARE_WORDS.sub(" ", _ORDINAL.sub(" ", canonical(phrases[k])))) if w != "其中"]
        if subject and not any(bigrams(w) & bigrams(asked) for w in subject) and sum(map(len, subject)) >= 2:
            return _SCOPE_PENALTY
    # A table row of a category the question does not name ("产业项目 | 46 | 512.38") is a part;
    # the 合计 row is the whole.
    if fact.header and " | " in fact.sentence and not _TOTAL_ROW.match(fact.context.strip()):
        if names_little_of(asked, re.sub(r"\([^()]*\)", "", fact.context)) and not is_place_row(fact.context):
            return _SCOPE_PENALTY
    # An indicator named without a scope is the whole's: "研发经费" asked, "规上工业企业研发费用"
    # is a part of it.
    # A growth or share names its indicator a clause earlier ("…研发费用支出17.92亿元,同比增长").
    if len(_CHANGE_WORDS.sub("", phrases[-1]).strip()) > 2:
        phrases = phrases[-1:]
    named = canonical(" ".join([*phrases[-2:], aligned or "", fact.header]))
    # A figure per head ("每万人口高价值发明专利拥有量3.72件") is another measure than the total.
    if _names_any(named, V.PER_HEAD) and not _names_any(asked, V.PER_HEAD):
        return _CONTRAST_PENALTY
    # A daily average answers only for one, and a day's figure only when it is asked for.
    # And "设计规模37万立方米/日" is no year's 供水量.
    per_day = _names_any(named, V.AVERAGES) or (
        (fact.unit.endswith(("/日", "/天")) or sentence[at + len(fact.text) :].startswith(("/日", "/天")))
        and asked.endswith("量") and "日" not in asked
    )
    if fact.kind != "rank" and per_day != _names_any(asked, V.AVERAGES):
        return _CONTRAST_PENALTY
    if any(w in named and w not in asked for w in V.NARROW_SCOPES):
        return _SCOPE_PENALTY
    # And a scope asked ("规上工业企业研发投入强度") is not answered by a figure named without it.
    if any(w in asked and w not in f"{named} {canonical(fact.section or '')}" for w in V.NARROW_SCOPES):
        return _SCOPE_PENALTY
    # A breakdown ("…授权量5809件,其中发明专利授权量2356件") is a part; unless the question names
    # what sets the part apart, it asks for the whole.
    # Not a breakdown by period ("全年力争…25亿元,其中下半年完成13亿元"): the period asked decides.
    if not _names_nothing(own) and not _NEW_STATEMENT.match(own) and in_breakdown(_PHRASE_SPLIT.split(sentence[:at])[:-1]):
        own = f"其中{own}"  # "其中,大工业售电量11.27亿千瓦时", "其中,同城…2394万件,异地…1.02亿件"
    left = canonical(sentence[:at])
    if _BREAKDOWN.match(sentence):
        left = canonical(previous) + left  # "…全年日均快递业务量34.5万件。其中,同城快递业务量…"
    elif _BREAKDOWN.match(previous.strip()) and not _PHRASE_SPLIT.search(sentence[:at]) and not _names_nothing(own):
        # The next item of a breakdown the sentence before opened: "其中,大工业售电量11.27亿千瓦时,
        # 同比增长14.6%;居民生活售电量1.93亿千瓦时".
        own, left = f"其中{own}", canonical(previous) + left
    if (_BREAKDOWN.match(own) and not _names_nothing(own) and not names_a_part(weighted_bigrams(metric), canonical(own), left, asked)
            and not joined_in_whole(_BREAKDOWN.sub("", canonical(own)), left, asked) and not part_inside_whole(canonical(own), left, asked)):
        return _SCOPE_PENALTY
    # And the whole does not answer for a part the question names: "申报…137家,…其中首次申报
    # 企业89家" asked "首次申报的有多少家".
    stop = _PHRASE_SPLIT.search(sentence, at + len(fact.text))
    own_end = stop.start() if stop else len(sentence)
    # "272个项目(本地项目199个)": 项目 is the whole's. The sentence before may name the whole's
    # subject, when this one goes on about it: "全年医保基金总收入…。基金总支出7.26亿元".
    before = bigrams_read(canonical(sentence[:own_end]))
    lead, earlier_lead = (
        _GENERIC_LEAD.sub(" ", _BARE_WORDS.sub(" ", canonical(_PHRASE_SPLIT.split(t, maxsplit=1)[0]))) for t in (sentence, previous)
    )
    if previous and any(len(g) == 2 for g in bigrams(lead) & bigrams(earlier_lead)):
        before |= bigrams_read(canonical(previous))
    whole = canonical(sentence[:own_end])
    in_part = False  # the items after 其中 are parts too: "其中横向科研经费1547万元,纵向科研经费1316万元"
    # Whether a figure of its own has come between: "运营风电场6座,累计装机容量845兆瓦,其中…风电场
    # 100兆瓦" joins no 风电场 into the 6座.
    intervened = False
    for clause in _PHRASE_SPLIT.split(sentence[own_end:])[1:]:
        # A later item has a label of its own: not "占台站总数的90.8%", nor "同比增长8.9%".
        # Only a part with a figure of its own: "其中城西污水处理厂全年处于超负荷运行状态" is none.
        in_part = (bool(_BREAKDOWN.match(clause)) and bool(_DIGIT.search(clause))) or (
            in_part and bool(_ENDS_IN_NUMBER.search(clause.strip())) and not clause.lstrip().startswith("占")
            and not _names_nothing(clause) and not _NEW_STATEMENT.match(clause)  # "全市…累计达到": no item
        )
        # Bigrams across two words of the question ("业税" of 制造业|税收) name no part, unless the
        # part holds both words whole ("移送司法机关").
        # 累计 names no part: the question's "截至年底" reads 累计 ("…占累计装机的11.8%").
        named = frozenset(g for g in bigrams(canonical(clause)) & bigrams(asked) if len(g) == 2) - before - _split_across(asked, canonical(clause)) - {"累计"}
        if in_part and named and not (
            names_the_head_only(_ENDS_IN_NUMBER.sub("", _BREAKDOWN.sub("", canonical(clause))), named)
        ):
            return _CONTRAST_PENALTY
        # "举办展会和会议活动200场以上,其中展会60场": the whole joins the part asked with others.
        if _BREAKDOWN.match(clause) and not intervened and joined_in_whole(_BREAKDOWN.sub("", canonical(clause)), whole, asked):
            return _CONTRAST_PENALTY
        intervened = intervened or (not in_part and not _BREAKDOWN.match(clause) and bool(_DIGIT.search(clause))
                                    and not _names_nothing(_ENDS_IN_NUMBER.sub("", clause.strip())))
    return 1.0


_GENERIC_LEAD = re.compile(r"全(?:市|县|区|省|年)|新增|净增|累计|实现|其中|共有|共|总")  # no subject of its own


def _split_across(asked: str, text: str, named_apart: bool = False) -> frozenset[str]:
    """Bigrams that straddle two words of ``asked`` whose pair ``text`` does not hold whole:
    "业税" of 制造业|税收 in "家电行业税收"; not "送司" of 移送|司法机关 in "移送司法机关2件".
    With ``named_apart`` only those whose two words ``text`` names both, apart: "动参" of 活动|参与
    in "全民健身活动1860场次,参与群众"."""
    phrases = re.split(r"[,;:。\d]+", text) if named_apart else []
    split = set()
    for left, right in _word_pairs(asked):
        if left + right in text:
            continue
        # Apart means in phrases of their own, not inside one longer name ("技术成果交易额").
        if not named_apart or left in text and right in text and not any(left in p and right in p for p in phrases):
            split.add(left[-1] + right[0])
    return frozenset(split)


@lru_cache(maxsize=4096)  # one question's words, read again for every clause of every fact
def _word_pairs(asked: str) -> tuple[tuple[str, str], ...]:
    """Neighbouring words of ``asked``, both of two characters or more: (制造业, 税收), (税收, 收入)."""
    import jieba

    pairs = []
    for phrase in asked.split():
        words = jieba.lcut(phrase)
        pairs += [(left, right) for left, right in zip(words, words[1:]) if len(left) >= 2 and len(right) >= 2]
    return tuple(pairs)


def names_the_head_only(part: str, named: frozenset[str]) -> bool:
    """Whether the bigrams a question shares with a breakdown's part all lie in the part's head
    word, none in its qualifier: "内河航道" asked names the 航道 of "三级及以上高等级航道", not the
    part; "发明专利" asked names 发明 of "发明专利授权量"."""
    words = _tagged_words(part.strip())
    if len(words) < 2 or _DIGIT.search(part) or words[-1][1] not in ("n", "vn"):
        return False  # a list of items with numbers, or a head that is a name ("托克逊县"): the item
    head = words[-1][0]
    # A qualifier is a kind word ("高等级"), not a verb ("实现利润", "考取研究生").
    qualified = any(flag in _KIND_TAGS for _, flag in words[:-1])
    return qualified and len(part.strip()) - len(head) >= 2 and all(gram in head for gram in named)


def joined_in_whole(part: str, whole: str, asked: str) -> bool:
    """Whether a breakdown's item ("其中展会60场") is asked and is one of the items its whole joins
    ("举办展会和会议活动200场以上"): then the part, not the whole, answers."""
    item = _ENDS_IN_NUMBER.sub("", part).strip()
    if len(item) < 2 or item not in asked:
        return False
    joints = [m.group() for m in re.finditer(rf"{re.escape(item)}(?:和|及|与|、).|.(?:和|及|与|、){re.escape(item)}", whole)]
    # Unless the question asks the joined whole itself: "展会和会议活动", "三四级手术".
    flat = re.sub(r"[、\s]", "", asked)
    return bool(joints) and not any(j in asked or re.sub(r"和|及|与|、", "", j) in flat for j in joints)


def part_inside_whole(part: str, whole: str, asked: str) -> bool:
    """Whether a breakdown's item is asked by a word its whole holds inside a longer one the question
    does not say: "出口额" of "跨境电商进出口额86.53亿元,…其中,出口额71.85亿元"."""
    item = _BARE_WORDS.sub("", _ENDS_IN_NUMBER.sub("", _BREAKDOWN.sub("", part))).strip(" ,")
    if len(item) < 2 or item not in asked:
        return False
    before = whole[: whole.rfind(item)]
    at = before.find(item)
    if at <= 0:
        return False
    # The item starts inside a word of the whole's: 出口 in 进出口, not 完成投资 after 年度.
    start = 0
    for word in jieba_words(before):
        if start < at < start + len(word):
            return before[start : at + len(item)] not in asked
        start += len(word)
    return False


# What opens a statement of its own, not the next item of a breakdown: "…其中,高速公路通车里程
# 达到872公里,全年新增高速公路通车里程64公里".
_NEW_STATEMENT = re.compile(r"^\s*(?:全年|全市|全县|全区|全省|全镇|全州|全行|全系统|全公司|累计|新增|另有|此外|同时)")


def in_breakdown(phrases: list[str]) -> bool:
    """Whether the phrases before a number's own open a breakdown ("其中") that runs on to it,
    item by item ("其中,同城快递业务量2394万件,异地快递业务量…")."""
    for phrase in reversed(phrases):
        if _BREAKDOWN.match(phrase):
            return True
        if not _ENDS_IN_NUMBER.search(phrase.strip()):
            return False  # not an item with its number: the breakdown, if any, ended before
    return False


def names_little_of(asked: str, name: str) -> bool:
    """Whether the question names less than half of ``name``'s bigrams."""
    grams = bigrams(canonical(name))
    return len(grams & bigrams(asked)) * 2 < len(grams)


_AMONG = re.compile(r"^\s*([^,;:。]{2,12}?)中[,:]")
_DURING = re.compile(r"^\s*([^,;:。]{2,30}?)期间[,:]?")
_COUNT_ROW = re.compile(r"[^\d\s]数(?:\([^()]*\))?\s*$|总量|总数")
_RANK_SCOPE = re.compile(r"全国|全省|全市|全区|全县|省内|市内")
_UNASKED_SCOPE = 0.8
_RANK_GROUP_ASKED = re.compile(rf"{_RANK_SCOPE.pattern}|各|在[^,?]{{1,14}}(?:中|里)")  # "在合肥市各县(市)中排第几"
_COMPANY = re.compile(r"公司|企业集团")
_LEVEL_AND_UP = re.compile(r"(?:国家|省|市|县|区)级及?以上")


def ranks_another_group(question: str, clause: str) -> bool:
    """Whether a rank's clause ranks among another group than the one the question names: "居各
    管理部首位" or "居全市第2" for "排全省第几"."""
    same = {"省内": "全省", "市内": "全市"}
    asked = {same.get(w, w) for w in _RANK_SCOPE.findall(question)}
    if not asked:
        return False
    named = {same.get(w, w) for w in _RANK_SCOPE.findall(clause)}
    return not (named & asked) if named else bool(_EACH_GROUP.search(clause))


_EACH_GROUP = re.compile(r"各[\u4e00-\u9fff()、]{1,10}$")


def item_extended(item: str, question: str, fact: Fact, aligned: str | None) -> bool:
    """Whether the number's own label is the item asked glued to a noun of its own that the question
    never says: "南美白对虾苗12.6亿尾" for "南美白对虾产量" (not "原创展览11个" for "原创、引进、流动展览")."""
    label = canonical(aligned.split(" ")[0] if aligned else clause_before(fact, _PHRASE_SPLIT)).replace(" ", "")
    name = canonical(item).replace(" ", "")
    # The item as the label writes it, who reports aside: "翁海公司石斑鱼" is written 石斑鱼.
    name = next((name[-k:] for k in range(len(name), 1, -1) if name[-k:] in label), "")
    if not name:
        return False
    rest = label[label.rfind(name) + len(name):]
    return (1 <= len(rest) <= 2 and bool(_CJK_RUN.fullmatch(rest)) and _BARE_WORDS.sub("", rest) == rest
            and not set(rest) & set(canonical(question))
            and all(flag.startswith("n") for _, flag in _tagged_words(rest)))  # a noun: not "…产值突破82亿元"


def item_near(item: str, fact: Fact, aligned: str | None) -> bool:
    """Whether an enumeration item is named at the number: in its clause, as its list item, or in
    its table column's header."""
    clause = clause_before(fact)
    after = clause_after(fact) if names_after(fact) else ""
    near = canonical(" ".join([clause, aligned or "", after, fact.header]))
    # "市级以上众创空间12家" names the whole, every level from 市级 up, not the 市级 item; it is
    # the "市级以上" item.
    if not _LEVEL_AND_UP.search(canonical(item)):
        near = _LEVEL_AND_UP.sub(" ", near)
    if not aligned and not fact.header and _names_only_head(clause):
        # "茶叶面积6.2万亩,产值5.37亿元": a clause naming only a measure is of the clause before's item.
        sentence, at = reading(fact)
        phrases = _CLAUSE_SPLIT.split(sentence[:at])
        near = f"{near} {canonical(phrases[-2]) if len(phrases) > 1 else ''}"
    return bool(bigrams(canonical(item)) & bigrams(near))


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


_ORDINAL = re.compile(r"第[一二三四五六七八九十\d]+[位名]?")
_MEASURE_END = re.compile(r"(?:额|量|值|率|数|收入|面积|规模)$")


_SIBLING_MEASURE = re.compile(r"^\s*[\u4e00-\u9fff]{1,3}率(?:为|达到?)?-?\d+(?:\.\d+)?%\s*$")  # "衔接率100%"


def bare_measure(clause: str, asked: str) -> bool:
    """Whether a clause names only a short measure the question asks ("缴存额", "产值"), no
    modifier of its own."""
    words = _BARE_WORDS.sub("", canonical(clause)).strip()
    return 2 <= len(words) <= 3 and words in asked and bool(_MEASURE_END.search(words))


_HEADS = re.compile("|".join(sorted(V.MEASURE_HEADS, key=len, reverse=True)))


def _names_only_head(clause: str) -> bool:
    return bool(_HEADS.search(clause)) and _names_nothing(_HEADS.sub("", clause))


def previous_sentence(fact: Fact, chunk: Chunk) -> str:
    """The sentence before the fact's in its paragraph, when the chunk holds it: it often names
    the subject this one refers back to ("引进…初创产业园。产业园入驻企业16家")."""
    at = chunk.text.find(fact.sentence[:24]) if fact.sentence and not fact.header else -1
    if at <= 0:
        return ""
    before = chunk.text[:at].rstrip()
    if not before or "\n" in chunk.text[len(before) : at]:
        return ""  # a new paragraph (or a heading) starts here
    return _SENTENCE_END.split(before.rstrip("。!?;"))[-1]


_ELIDED_SUBJECT = re.compile(
    r"^(?:全年|上半年|下半年|当年|今年)?(?:实现|完成|达到|新增|累计|共|开展|组织|办理|受理|发放|引进|签约|建成|新建|争取|投入)"
)


def follows_a_sibling(fact: Fact, facts_by_chunk: dict[int, list[Fact]]) -> bool:
    """Whether the sentence is the next of a run of parallel statements, each with a subject of
    its own: "双色球销售3.87亿元…;快乐8销售2.64亿元,同比增长43.5%". The sentence before names
    its own subject, not this one's."""
    if fact.header:
        return False
    mine = [f for f in facts_by_chunk.get(fact.chunk_id, []) if f.sentence_start == fact.sentence_start]
    earlier = [f for f in facts_by_chunk.get(fact.chunk_id, []) if f.sentence_end <= fact.sentence_start and not f.header]
    if not mine or not earlier:
        return False
    start = max(f.sentence_start for f in earlier)
    theirs = min((f for f in earlier if f.sentence_start == start), key=lambda f: f.number_at)
    own = canonical(clause_before(min(mine, key=lambda f: f.number_at), _PHRASE_SPLIT))
    other = canonical(clause_before(theirs, _PHRASE_SPLIT))
    if _BREAKDOWN.match(own):
        return False  # "…游客487.3万人次。其中过夜游客…": a part of the sentence before, not its sibling
    shared = _common_suffix(own, other)
    subject, their_subject = own[: len(own) - len(shared)], other[: len(other) - len(shared)]
    if _ELIDED_SUBJECT.match(subject):
        return False  # "实现利润总额…" after "系统实现商品购进总额…": the subject left unsaid is the one before
    return len(shared) >= 2 and len(subject) >= 2 and len(their_subject) >= 2 and subject not in other and their_subject not in own


def _in_table(fact: Fact) -> bool:
    return bool(fact.header) or " | " in fact.sentence


def _same_amount(a: tuple[float, str], b: tuple[float, str]) -> bool:
    """Two (value, base unit) pairs that are one amount, scaled apart: 3.12万吨 is 31200吨 (whose
    float product is 31200.000000000004)."""
    return a[1] == b[1] and math.isclose(a[0], b[0], rel_tol=1e-9)


def _sentence_over_table_row(good: list[Candidate], every: list[Candidate]) -> list[Candidate]:
    """When the best figure is a table cell and a sentence states the same number nearly as
    well, the sentence leads: it reads as an answer and says what the number is. So does a
    sentence whose whole a table's total is one part of: "完成危桥改造17座,其中国省干线4座、农村
    公路13座" over a 合计 of 13 in a table of 县乡道 works. ``every`` holds all candidates."""
    if not good or not _in_table(good[0].fact):
        return good
    best = good[0]
    same = to_base(best.fact.value, normalize_query(best.fact.unit))
    total = bool(_TOTAL_ROW.match(best.fact.context.strip()))
    # A total row's number is the whole's, which prose states in words of its own
    # ("全年削减化学需氧量(COD)29113吨" for "COD削减量(吨)"): a looser match will do.
    restated = _RESTATED_TOTAL_SCORE if total else _RESTATED_SCORE
    for i, c in enumerate(good[1:], 1):
        if c.score < restated * best.score:
            break
        if _in_table(c.fact):
            continue
        if _same_amount(to_base(c.fact.value, normalize_query(c.fact.unit)), same):
            return [c, *good[:i], *good[i + 1 :]]
        if total and any(
            p.fact.doc_id == c.fact.doc_id and p.fact.sentence_start == c.fact.sentence_start
            and p.fact.start > c.fact.start and _same_amount(to_base(p.fact.value, normalize_query(p.fact.unit)), same)
            for p in every
        ):
            return [c, *good[:i], *good[i + 1 :]]
    return good


# "M3.0级以上地震", "600分以上", "10亿元及以上": a class bounded below.
_BOUND = re.compile(r"(?:超过?|高于|大于|不低于|不少于)(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)(?:[万亿千]?元?|级|分|岁)及?以上")


def bounds(text: str) -> set[str]:
    """The bounds ``text`` states ("超10万元" → {"10"})."""
    stated = {_plain(g) for m in _BOUND.finditer(text) for g in m.groups() if g}
    if _ONE_UNIT_BOUND.search(text):
        stated.add("1")  # "亿元以上项目" is 1亿元以上, not "10亿元以上"
    return stated


_ONE_UNIT_BOUND = re.compile(r"(?<![\d.十百千万亿])[亿万]元?及?以上")


def _plain(number: str) -> str:
    """"3.0" and "3" are one bound."""
    return number.rstrip("0").rstrip(".") if "." in number else number


def another_bound(asked: set[str], fact: Fact) -> bool:
    """Whether the question counts things above bounds ``asked`` and the number's clause states
    another: "收入超10万元的村有几个" is not answered by "24个行政村…全部超过5万元"."""
    if not asked:
        return False
    stated = bounds(clause_before(fact) + fact.text + clause_after(fact)) - {_plain(str(fact.value))}
    return bool(stated) and not stated & asked


def _quotes(question: str, number: str) -> bool:
    """Whether the question states this number itself: "前三" in "…前三的企业", but not "20" in "2017年"."""
    at = question.find(number)
    while at >= 0:  # str.find, not a pattern per number: those would crowd re's cache
        end = at + len(number)
        if (at == 0 or question[at - 1] not in _DIGITS_AND_DOT) and (end == len(question) or question[end] not in _DIGITS_AND_DOT):
            return True
        at = question.find(number, at + 1)
    return False


_DIGITS_AND_DOT = frozenset("0123456789.")


_THRESHOLD = re.compile(r"(?:及|或)?以[上下](?:的)?[\u4e00-\u9fff]")


# Broad on purpose (度 holds 满意度, 点 holds 百分点): points are ruled out only when nothing rate-like is asked.
_RATE_ASKED = re.compile(r"率|占|比重|比例|份额|几成|增速|增幅|降幅|涨幅|指数|系数|强度|水平|度|达标|合格|优良|点")
# Nouns after a thing counted that still count it: "企业数量", "干部人数", "会员总数".
_MEASURE_END = re.compile(r"(?:量|数|额|率|次|值|收入|规模|面积|产值|利润|营收)$")
_COUNT_NOUN = re.compile(r"^(?:总数|数量|人数|人次|户数|家数|个数|总量|规模|队伍|数)")


@lru_cache(maxsize=1024)
def _thing_counted(question: str) -> str:
    """The thing a question ends by counting: 离退休干部 of "一共有多少离退休干部?"; "" for none."""
    asked = re.search(r"(?:多少|几)([\u4e00-\u9fff]{2,8}?)[?？]?$", canonical(question))
    return asked.group(1) if asked else ""


def counts_what_it_has(q: Question, fact: Fact) -> bool:
    """Whether the question counts a thing ("一共有多少离退休干部") and the number counts something
    the thing has or forms: "离退休干部党员15872名", "离退休干部党支部累计达到437个"."""
    thing = _thing_counted(q.text)
    if not thing or fact.header or fact.kind != "count" or q.unit:
        return False  # "多少利润", "多少税款": an amount, not a thing counted
    own = canonical(clause_before(fact, _PHRASE_SPLIT))
    at = own.rfind(thing)
    if at < 0:
        return False
    rest = own[at + len(thing) :]
    if not rest or _COUNT_NOUN.match(rest):
        return False
    first = _tagged_words(rest)[0]
    # "旅客吞吐量", "企业营收": a measure of the thing, not another thing.
    return len(first[0]) >= 2 and first[1] in _KIND_TAGS and not _MEASURE_END.search(first[0])


# "四个新建驿站全年分别服务人才1840人次、2360人次…": each number is one of a counted group's members.
_COUNTED_GROUP = re.compile(r"(?:[一二三四五六七八九十两]|\d{1,2})(?:个|家|所|座|条|处|支)[^,;:\d]{0,12}$")


def one_of_a_group(q: Question, fact: Fact) -> bool:
    """Whether the number is one member's of a group the sentence counts and lists by 分别 without
    naming each ("四个新建驿站全年分别服务人才1840人次、2360人次…"), and the question asks no list."""
    if fact.header or "分别" in q.text or len(q.parts) >= 2:
        return False
    sentence, at = reading(fact)
    k = sentence.rfind("分别", 0, at)
    if k < 0 or _PHRASE_SPLIT.search(sentence[k:at]):
        return False  # no 分别, or it opens another clause than the number's
    return bool(_COUNTED_GROUP.search(_PHRASE_SPLIT.split(sentence[:k])[-1]))


# A facility named in the question: "平孟口岸", "柳树泉站", "龙潭水库".
_NAMED_FACILITY = re.compile(r"(?<![全各本该我])([\u4e00-\u9fff]{2,4}?)(口岸|火车站|车站|景区|水库|电站|码头|大桥|隧道)")


# Words that class facilities, not name one: "国家级景区", "重点水库", "乡村旅游景区".
_GENERIC_FACILITY = re.compile(r"[级类型]$|旅游|重点|特色|精品|乡村|农村|城市|全域|各类|新建|在建|主要|大型|中型|小型|病险|国家|省级|市级|县级")


@lru_cache(maxsize=4096)  # one question's metric, read once for all its candidates
def facilities_asked(metric: str) -> tuple[str, ...]:
    """The names of the facilities the metric asks of: 平孟 of "平孟口岸出入境人员"."""
    text = canonical(metric).replace(" ", "")
    asked = []
    for m in _NAMED_FACILITY.finditer(text):
        # The word right before the facility's kind is its name: "平孟|口岸", not "公司充换|电站".
        word = (_last_word(text[: m.start(2)]) or ("", ""))[0]
        asked.append(word if len(word) >= 2 else text[max(0, m.start(2) - 2) : m.start(2)])  # 峒|中 read apart
    return tuple(name for name in asked if not _SCOPE_WORD.match(name) and not _GENERIC_FACILITY.search(name))


def names_another_facility(metric: str, fact: Fact, around: str, title: str, previous: str = "") -> bool:
    """Whether the question asks of a facility by its name ("平孟口岸出入境人员") that the number's
    own clause, its sentence's subject, its table row and context (``around``) never name:
    "协调推动龙邦口岸、平孟口岸通关便利化,全市口岸出入境人员达到86.4万人次"."""
    asked = facilities_asked(metric)
    if not asked:
        return False
    sentence, _ = reading(fact)
    clause = clause_before(fact, _PHRASE_SPLIT)
    if _names_nothing(clause) or clause.lstrip().startswith("占"):
        # "其中龙邦口岸货运量286.3万吨,占全市口岸货运量的69.4%": a share or a bare change is the phrase before's.
        clause = f"{phrase_before(fact)} {clause}"
    own = canonical(f"{clause} {around}")
    title = canonical(title)  # who reports, the places asked
    # The sentence's subject: "其中友谊关口岸出入境人员612.8万人次,占全市的47.6%"; not one of a
    # list of facilities ("协调推动龙邦口岸、平孟口岸通关便利化").
    first = _PHRASE_SPLIT.split(canonical(sentence))[0]
    subject = first if len(_NAMED_FACILITY.findall(first)) == 1 else ""
    # Or the sentence before's, its paragraph's topic: "大坪电站位于泸桥镇,…。2024年完成投资1.87亿元".
    before = _PHRASE_SPLIT.split(canonical(previous))[0] if previous else ""
    if len(_NAMED_FACILITY.findall(before)) == 1:
        subject = f"{subject} {before}"
    return any(name not in own and name not in subject and name not in title for name in asked)


_GROUP_BEFORE = re.compile(r"在[^\d,;。]{0,6}$")
_GROUP_AFTER = re.compile(r"^[^\d,;。]{1,10}中(?:排|居|位|列|名)")


def sizes_a_rank_group(fact: Fact) -> bool:
    """Whether the number counts the group a rank is read in: "在全市7个旗县区中排第2位"."""
    sentence, at = reading(fact)
    return bool(_GROUP_BEFORE.search(sentence[:at]) and _GROUP_AFTER.match(sentence[at + len(fact.text) :]))


def is_threshold(fact: Fact) -> bool:
    """An amount that bounds a class ("10亿元以上项目11个", "2000万元及以上的工业法人单位"),
    not an amount of anything."""
    if fact.kind != "money":
        return False
    sentence, at = reading(fact)
    qualifier = re.search(r"以[上下]$", fact.text)
    tail = (qualifier.group(0) if qualifier else "") + sentence[at + len(fact.text) :]
    return bool(_THRESHOLD.match(tail))


_BASIS_BEFORE = re.compile(r"按(?:照)?[^,;:。按]{0,12}$")
_BASIS_AFTER = re.compile(r"^[^,;:。\d]{0,8}?(?:计算|计|统计|测算|折算|核算)(?:[,;:。)]|$)")


def is_basis(fact: Fact) -> bool:
    """A number a computation is made on ("日均客运量按开通后335个运营日计算"), not a figure of
    what is measured."""
    sentence, at = reading(fact)
    return bool(_BASIS_BEFORE.search(sentence[:at]) and _BASIS_AFTER.match(sentence[at + len(fact.text) :]))


# Days, months and seasons within a year or half: "7—8月暑期", "法定节假日", "春节期间".
_PART_OF_PERIOD = re.compile(
    r"(?<![\d.])(?:[1-9]|1[0-2])(?:[-—–~至](?:[1-9]|1[0-2]))?月(?![底末份])|节假日|暑期|暑假|寒假|春节|春运|暑运|国庆|中秋|五一|黄金周|周末|旺季|淡季|汛期|单日"
    r"|[春夏秋冬]季(?!度)|分季度|分月份?看|第?[一二三四]季度|[一二三四][至到-][一二三四]季度(?=分别|各)"
)


def part_of_the_period(q: Question, fact: Fact) -> bool:
    """Whether the number's own phrase counts part of the year asked ("7—8月暑期接待观众…",
    "法定节假日接待观众…") when the question asks the whole year, no month, season or holiday."""
    if q.months or (q.half and q.half != "全年") or _PART_OF_PERIOD.search(q.text):
        return False
    phrase = clause_before(fact, _PHRASE_SPLIT)
    found = _PART_OF_PERIOD.search(phrase)
    return bool(found) and not re.fullmatch(r"1[-—–~至]12月", found.group())


_PLACE_LIST = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?(?:街道|镇|乡|县|区|市|村)、)+[\u4e00-\u9fff]{1,6}?(?:街道|镇|乡|县|区|市|村)(?![\u4e00-\u9fff]{0,2}分别)")


_TOGETHER = re.compile(r"共|合计|加起来|总计")  # "…和港区共承担了多少项": the places together are asked


def shared_by_places(places: list[str], fact: Fact) -> bool:
    """Whether the place asked stands in the sentence only as one of several places that share the
    number: "在衙下集镇、中铺镇建成原种扩繁基地2个,生产原种1860吨" is no figure of 中铺镇 alone."""
    if not places or "分别" in fact.sentence:
        return False
    sentence, at = reading(fact)
    before = canonical(sentence[:at])
    asked = [p for p in places if p in before]
    if not asked:
        return False
    distinct = {p for p in asked if not any(p != other and p in other for other in asked)}  # 信都区, not 信都 too
    if len(distinct) > 1:
        return False  # "信都区、襄都区…多少": the question asks the places together
    lists = [m.group() for m in _PLACE_LIST.finditer(before)]
    return all(any(_an_item(p, found) for found in lists) for p in distinct) and all(
        before.count(p) == sum(found.count(p) for found in lists) for p in asked
    )


# A list of kinds the sentence counts together: "围绕非洲猪瘟、高致病性禽流感、布鲁氏菌病等重点病种".
_KIND_LIST = re.compile(r"[^\d\s,;:。、()等]{2,16}(?:、[^\d\s,;:。、()等]{2,16})+等")


def counted_with_others(metric: str, fact: Fact, aligned: str | None) -> bool:
    """Whether the kind asked stands in the sentence only as one item of a list closed by 等 that
    the number counts together: "围绕非洲猪瘟、…布鲁氏菌病等重点病种…共检测样品4260份" is no
    count of 布鲁氏菌病's samples, nor "网络购物投诉2165件,…直播带货、网络订餐等…增多" of 直播带货's."""
    if aligned or fact.header or "分别" in fact.sentence:
        return False
    asked = canonical(metric).replace(" ", "")
    sentence = fact.sentence
    for found in _KIND_LIST.finditer(sentence):
        if found.start() <= fact.number_at < found.end():
            continue
        items = [canonical(item) for item in found.group()[:-1].split("、")]
        # The first item carries the words that lead into the list ("围绕非洲猪瘟"): its end names it.
        named = [i for i, item in enumerate(items) if item in asked or i == 0 and _named_end(item, asked)]
        if len(named) != 1:
            return False  # the list itself, or several of its items, asked together
        item = items[named[0]]
        if re.search(rf"{re.escape(item[-2:])}等", asked):
            return False  # "为困难群众等群体减免…": the question names the list by its first item too
        rest = canonical(sentence[: found.start()] + " " + sentence[found.end() :])
        return not any(item[n:] in rest for n in range(len(item) - 1))
    return False


def _named_end(item: str, asked: str) -> bool:
    """Whether the end of a list's first item, two characters or more, is named in ``asked``."""
    return any(item[n:] in asked for n in range(1, len(item) - 1))


def _an_item(place: str, found: str) -> bool:
    """Whether ``place`` is one whole item of the place list ``found``: 中铺镇 of "衙下集镇、中铺镇",
    not 嘉兴 of "嘉兴港区"."""
    items = found.split("、")
    return place in items[1:] or items[0].endswith(place) and len(items[0]) - len(place) <= 2


_NEGATION_BEFORE = re.compile(r"[未不无非没]$")


def negates_the_head(metric: str, fact: Fact, aligned: str | None = None) -> bool:
    """Whether the number's own phrase names the asked head only negated: "未就业…1326人" for
    "…实现就业多少人", where the question's last word 就业 is the head and 未就业 who is counted."""
    words = canonical(metric).split()
    if len(words) < 2 or len(head := words[-1]) < 2:
        return False
    own = canonical(aligned or fact.header or clause_before(fact, _PHRASE_SPLIT))
    at = [m.start() for m in re.finditer(re.escape(head), own)]
    return bool(at) and all(_NEGATION_BEFORE.search(own[:i]) for i in at)


def rows_named(q: Question, ranked: list[int], chunks: list[Chunk], facts_by_chunk: dict[int, list[Fact]]) -> dict[str, set[str]]:
    """Per report, the labels of its table rows that the question names ("三屯中队", "城区一中队"):
    three characters or more, no total row."""
    asked = canonical(q.text)
    rows: dict[str, set[str]] = {}
    labels: dict[str, set[str]] = {}
    headers: dict[str, str] = {}  # per report, its columns' words: "出院人次" is no row
    for chunk_id in ranked:
        for fact in facts_by_chunk.get(chunk_id, []):
            if fact.header and len(label := canonical(fact.context.strip())) >= 2 and not _TOTAL_ROW.match(fact.context.strip()):
                labels.setdefault(fact.doc_id, set()).add(label)
                headers[fact.doc_id] = f"{headers.get(fact.doc_id, '')} {canonical(fact.header)}"
                if label in asked and len(label) >= 3:
                    rows.setdefault(fact.doc_id, set()).add(label)
    for doc_id, named in labels.items():
        # "视障部有多少名学生" of a table by 听障部, 培智部…: a division like the rows, not among them.
        ends = {label[-1] for label in named if not _REMAINDER_ROW.match(label)}  # not "其他税种"
        if q.extreme or doc_id in rows or len(named) < 2 or len(ends) != 1 or (end := ends.pop()) in _PLACE_ENDS:
            continue
        if any(label in asked for label in named):
            continue  # "妇科病人平均住几天院": a row the question names, however short
        if end in _DIVISION_ENDS:
            sizes = {len(label) for label in named}
            others = {asked[i : i + n] for n in sizes for i in range(len(asked) - n + 1) if asked[i + n - 1] == end}
        elif any(bigrams(label[:-1]) & bigrams(asked) for label in named):
            continue  # "生态环保类重点项目" of a row "生态环保项目": a row named loosely
        else:
            # "契税收入" of a table by 增值税, 企业所得税…: a word of the question, of the rows' kind.
            # A noun; not the rows' own head ("县级医院" of 县人民医院, 县中医医院…), nor a place.
            others = {
                w for w, flag in _tagged_words(asked)
                if len(w) >= 2 and w.endswith(end) and flag.startswith("n") and not any(label.endswith(w) for label in named)
                and w not in headers.get(doc_id, "")
                and not any(w in p or p in w for p in q.place_words)
            }
        if any(_CJK_RUN.fullmatch(w) and w[0] not in _NOT_A_ROW_START and w not in named for w in others):
            rows[doc_id] = {""}  # a row the table does not have: none of its cells answers
    return rows


_DIVISION_ENDS = "部科系队组股班"
_PLACE_ENDS = "省市区县镇乡村旗盟州"  # rows by place: the region checks read places
_NOT_A_ROW_START = "各全哪每本该的个一这那其和与及"


def another_row(rows: set[str] | None, fact: Fact, before: str = "") -> bool:
    """Whether a number is not of the table row the question names: another row's cell, or a
    sentence that names none of the rows asked. A breakdown ("其中…县级团组31批") is of the whole
    the sentence ``before`` names."""
    if not rows:
        return False
    if fact.header:
        return canonical(fact.context.strip()) not in rows
    # A sentence may write the row's name with a word between ("政府投资项目审计"): most of it will do.
    text = canonical(fact.sentence)
    if text.lstrip().startswith("其中"):
        text = f"{canonical(before)} {text}"
    if any(row in text for row in rows):
        return False  # named whole: "S1线开通…" (a code's bigrams are no help)
    sentence = bigrams(text)
    return not any(len(bigrams(row) & sentence) * 3 >= len(bigrams(row)) * 2 for row in rows)


def facts_of_chunk(chunk: Chunk, chunks: list[Chunk], facts_by_chunk: dict[int, list[Fact]]) -> list[Fact]:
    """The chunk's facts and those of a sentence the chunk before started and this one ends: a
    fact belongs to the chunk its sentence starts in, but the number may be read here."""
    facts = list(facts_by_chunk.get(chunk.chunk_id, []))
    if chunk.chunk_id > 0 and chunks[chunk.chunk_id - 1].doc_id == chunk.doc_id:
        facts += [f for f in facts_by_chunk.get(chunk.chunk_id - 1, []) if f.start >= chunk.start]
    return facts


_TITLE_YEAR = re.compile(r"(?:19|20)\d{2}")
_PLACE_UNIT = re.compile(r"[^省市县区州盟旗]+?(?:省|市|县|区|州|盟|旗)")  # "海南省|文昌市"


@lru_cache(maxsize=1024)
def report_subject(title: str | None, region: str | None) -> str:
    """Who reports, as the title names it after its place and before its year: "医院" in
    "柘荣县医院2024年上半年工作总结", "分公司" in "…辽源市分公司2023年工作总结"; all before the year
    when the report names no place; "" when the title has no year."""
    if not title or not (year := _TITLE_YEAR.search(title)):
        return ""
    head = title[: year.start()]
    if not region:  # "白水江国家级自然保护区管理局…": a reserve, a scenic area, named by no district
        return re.sub(r"\([^()]*\)", "", head)
    end = -1
    for unit in _PLACE_UNIT.findall(region):
        for name in (unit, unit[:-1]):
            if len(name) >= 2 and (at := head.rfind(name)) >= 0:
                end = max(end, at + len(name))
    return re.sub(r"\([^()]*\)", "", head[end:]) if end >= 0 else ""


@lru_cache(maxsize=1024)
def parent_trade(title: str | None, region: str | None) -> str:
    """The trade of the company a branch reports for, as people name the branch: "邮政" of
    中国邮政集团有限公司安庆市分公司 ("安庆邮政"); "" when the title names no branch of a company."""
    if not title or not region or not (year := _TITLE_YEAR.search(title)):
        return ""
    head = title[: year.start()]
    starts = [at for unit in _PLACE_UNIT.findall(region) for name in (unit, unit[:-1]) if len(name) >= 2 and (at := head.find(name)) > 0]
    if not starts or not _BRANCH.search(report_subject(title, region)):
        return ""
    company = head[: min(starts)]
    if not _COMPANY_FORM.search(company):
        return ""
    # The trade is the company's name without its form, its group, its province or its
    # country: 中国石化销售股份有限公司 → 石化, 中国移动通信集团浙江有限公司 → 移动.
    trade = re.sub(r"(?:销售|通信|集团).*$", "", re.sub(r"^中国", "", _COMPANY_FORM.sub("", company)))
    return canonical(trade) if len(trade) >= 2 else ""


_BRANCH = re.compile(r"(?:分公司|支公司|分行|支行)$")


def without_subject(q: Question, doc: Document) -> Question:
    """The question with the report's own subject taken off the front of its metric: in
    "柘荣县医院急诊人次", 医院 is who reports, not what is counted. The subject's whole name or
    its ending counts ("分公司" of "移动分公司"); its opening word only for a company ("鸿晟" of
    鸿晟铝业股份有限公司), never for a bureau (粮食 in 粮食和物资储备局 is what it counts)."""
    subject = canonical(report_subject(doc.title, doc.region))
    words = canonical(q.metric).split()  # "工商联" is the 工商业联合会 that reports
    if len(subject) < 2 or not words:
        return q
    # The stock or flow word read off the question comes first: "累计 农商银行…贷款余额".
    at = next((i for i, w in enumerate(words) if not _STOCK_OR_FLOW.fullmatch(w)), None)
    if at is None:
        return q
    first = words[at]
    # "荔波碧岭索道 拉 游客": the report's own place, when the question reader did not take it for
    # one (a county's short name the dictionary knows as a word), goes with who reports.
    mine = next((p for p in sorted(own_places(doc.region), key=len, reverse=True) if len(p) >= 2 and first.startswith(p)), "")
    if mine and len(first) - len(mine) >= 2:
        first = first[len(mine):]
        words = [*words[:at], first, *words[at + 1:]]
    # "应急管理部门罚款" of 应急管理局, "税务系统…" of 税务局: the office's trade named generically.
    trade_of_office = _OFFICE_FORM.sub("", subject)
    if len(trade_of_office) >= 2 and (m := re.match(re.escape(trade_of_office) + _GENERIC_OFFICE, first)):
        rest = " ".join(filter(None, [*words[:at], first[m.end():], *words[at + 1:]]))
        return replace(q, metric=rest) if len(first) - m.end() + sum(map(len, words[at + 1:])) >= 2 else q
    for n in range(len(first) - 2, 3, -1):
        # "白水江保护区" for 白水江国家级自然保护区管理局: the subject shortened, as people say it.
        short = first[:n]
        # Or its words' first characters: "农技中心" for 农业技术推广中心.
        if short[0] == subject[0] and _SHORT_SUBJECT_END.search(short) and _abbreviates(short, subject):
            return replace(q, metric=" ".join(filter(None, [*words[:at], first[n:], *words[at + 1:]])))
    for n in range(len(first), 2, -1):
        # "德州物流园 进驻企业", "物流园冷库总库容" of 德城现代物流园区管理委员会: who reports, shortened.
        short, rest = first[:n], [first[n:], *words[at + 1 :]]
        if short[-1] in _SUBJECT_END_CHARS and len("".join(rest)) >= 2 and (short == subject or _abbreviates(short, subject)):
            return replace(q, metric=" ".join(filter(None, [*words[:at], *rest])))
    if len(first) >= 4 and words[at + 1 :] and re.search(re.escape(first) + _OFFICE_UNIT, subject):
        # "交警(交通警察) 中队辖区接报事故" of 公安局交通警察大队: the office's own name, whole.
        return replace(q, metric=" ".join([*words[:at], *words[at + 1 :]]))
    if (parent := parent_trade(doc.title, doc.region)) and first.startswith(parent) and len(first) - len(parent) + sum(map(len, words[at + 1 :])) >= 2:
        # "安庆邮政 金融板块收入" of 中国邮政集团有限公司安庆市分公司: the branch named by its trade.
        return replace(q, metric=" ".join(filter(None, [*words[:at], first[len(parent):], *words[at + 1 :]])))
    company = bool(_COMPANY_NAME.search(subject))
    trade = _COMPANY_FORM.sub("", subject)  # "农商银行" of 岳西农商银行股份有限公司
    for n in range(min(len(first), len(subject)), 1, -1):
        # A company's own name opens its subject: "鸿晟" of 鸿晟铝业股份有限公司.
        if subject.endswith(first[:n]) or (company and (subject.startswith(first[:n]) or len(trade) >= 2 and trade.endswith(first[:n]))):
            after = first[n:].removeprefix("的")  # "…产业园的跨境电商出口额"
            left = "".join([after, *words[at + 1:]])  # the metric itself must survive
            rest = " ".join(filter(None, [*words[:at], after, *words[at + 1:]]))
            return replace(q, metric=rest) if len(left) >= 2 else q
    return q


_COMPANY_NAME = re.compile(r"(?:公司|集团)$")
_SUBJECT_END_CHARS = "园区局站院馆校所心"  # 物流园, 气象站, 文化馆, 中职学校: the kinds of place that report
_SHORT_SUBJECT_END = re.compile(r"(?:保护区|景区|园区|局|站|院|馆|中心|公司|集团)$")
_OFFICE_FORM = re.compile(r"(?:委员会|办公室|局|委|办|厅|署)$")
_GENERIC_OFFICE = r"(?:部门|系统|战线|条线)"
_OFFICE_UNIT = r"(?:大队|支队|总队|中队|管理局|局|中心|站|所|处)"
_COMPANY_FORM = re.compile(r"(?:股份有限公司|有限责任公司|集团有限公司|有限公司|股份公司|集团)$")
_STOCK_OR_FLOW = re.compile(r"累计|新增|当年|全年")


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
        stock = bool(_STOCK_ASKED.search(q.text)) and not _names_any(canonical(q.text), V.FLOW_WORDS)
        # The part asked, not the whole question: "新增…几家?累计达到多少家?" asks both.
        # Said so: "一共有几个" reads 累计 too, and asks the year's total as often as the running one.
        # "累计认定了多少人", "累计加装": the verb after 累计 is the running total's own, no flow asked;
        # and "到6月底…一共装了多少台" asks what stands at that date.
        as_of_end = bool(_AS_OF_END.search(q.text)) and "累计" in canonical(q.text)
        running_total = ("累计" in q.text or as_of_end) and "累计" in q.metric and not _names_any(
            _RUNNING_VERB.sub("累计", q.metric), V.FLOW_WORDS
        ) and not re.search(r"全年|当年|本年|今年|上半年|下半年", q.text)
        return cls(
            q,
            facts_by_chunk,
            base=compared_base(q.text) if q.change or q.kinds & {"growth", "points"} else None,
            stock=stock,
            running_total=running_total,
            period_flow=bool(_HALVES.search(q.text)) and not stock and "累计" not in q.text,  # "上半年一共缴了" too
            # "新购置的设备", "新建了几个": canonical words read every such flow as 新增.
            new_flow=_names_any(canonical(q.metric), ("新增", "净增")) and not _AS_OF_END.search(q.text),
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
        return clause_before(self.fact, _PHRASE_SPLIT)


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
    own = canonical(clause_before(fact, _PHRASE_SPLIT))
    if not _BREAKDOWN.match(own):
        return False
    part = _BREAKDOWN.sub("", own).strip(" ,")
    wanted = weighted_bigrams(asked)
    first = next((i for i in range(len(part) - 1) if part[i : i + 2] in wanted), None)
    return first is not None and len(_BARE_WORDS.sub("", part[:first]).strip()) >= 2


def _topic(fact: Fact) -> str:
    """What a sentence opens by saying its figures are among: "新接订单中,…绿色动力船舶14艘"."""
    found = _TOPIC.match(canonical(fact.sentence[: fact.number_at]))
    return found.group(1) if found else ""

# Each check reads one candidate against the question; the factors multiply.
# What a table column may measure of its rows; a column of one is no answer for another.
_COLUMN_MEASURES = ("出口额", "进口额", "销售额", "营业收入", "销售收入", "产值", "利润", "税金", "产量", "销量")


def column_measures_another(metric: str, fact: Fact, context: str = "") -> bool:
    """Whether a table cell's column measures another thing than the one asked, which neither the
    column, the row nor the table's caption and section name: a 销售收入 column for "马铃薯全粉出口额"."""
    if not fact.header:
        return False
    asked = canonical(metric).replace(" ", "")
    column = canonical(_UNIT_TAIL.sub("", fact.header))
    heads = [canonical(h) for h in _COLUMN_MEASURES]
    wanted = next((h for h in heads if asked.endswith(h)), None)
    own = next((h for h in heads if column.endswith(h)), None)
    named = bigrams(canonical(f"{fact.header} {fact.context} {context}"))
    return bool(wanted and own and wanted != own and not bigrams(wanted) & named)


PENALTIES: tuple[Penalty, ...] = (
    # A table column of another measure: 销售收入 for 出口额.
    Penalty(lambda a, x: column_measures_another(x.metric, x.fact, x.about), _CONTRAST_PENALTY),
    # Another kind of the thing asked: 餐厨垃圾 for 建筑垃圾.
    Penalty(lambda a, x: x.fact.kind != "rank" and named_otherwise(x.metric, x.fact, x.aligned), _OTHERWISE_PENALTY),
    # A growth column is its level's: "各项贷款余额 同比增长(%)" for 普惠小微贷款余额's growth.
    Penalty(lambda a, x: " " in x.fact.header and named_otherwise(x.metric, x.fact, _UNIT_TAIL.sub("", x.fact.header)), _OTHERWISE_PENALTY),
    # The whole of what the question asks a part of: "少数民族人口" for "少数民族流动人口".
    Penalty(_lacks_qualifier, _OTHERWISE_PENALTY),
    # "旅客吞吐量211.6万人次" for the 国际航线 ones asked.
    Penalty(lambda a, x: names_no_side(
        x.metric, x.fact, lambda: canonical(f"{x.fact.sentence} {x.fact.header or ''} {x.about} {x.before}"), x.doc.title or ""
    ), _OTHERWISE_PENALTY),
    # "全市口岸出入境人员86.4万人次" for the 平孟口岸's.
    Penalty(lambda a, x: names_another_facility(
        x.metric, x.fact, f"{x.fact.context if x.fact.header else ''} {x.about}", x.not_kinds, x.before
    ), _OTHERWISE_PENALTY),
    # A list item when another item of the list names the head asked.
    Penalty(lambda a, x: sibling_names_the_head(x.metric, x.fact, x.aligned, a.facts_by_chunk), _SIBLING_PENALTY),
    # "7—8月暑期接待观众13.4万人次" for the year's 接待观众; the more so when the question says 全年
    # ("全年平均下了多少毫米雨": not the spring's 58.3毫米).
    Penalty(lambda a, x: part_of_the_period(a.q, x.fact), lambda a: _OTHERWISE_PENALTY if a.q.half == "全年" else _QUALIFIED_PENALTY),
    # "…布鲁氏菌病等重点病种…共检测样品4260份": not 布鲁氏菌病's alone.
    Penalty(lambda a, x: counted_with_others(x.metric, x.fact, x.aligned), _OTHERWISE_PENALTY),
    # "在衙下集镇、中铺镇建成…基地2个,生产原种1860吨": not 中铺镇's alone.
    Penalty(lambda a, x: not x.aligned and not _TOGETHER.search(a.q.text) and shared_by_places(a.q.places, x.fact), _CONTRAST_PENALTY),
    # "累计开行…多少列": not "全年开行…1832列".
    Penalty(lambda a, x: a.running_total and bool(_YEARS_OWN.match(canonical(x.clause))), _CONTRAST_PENALTY),
    # "上半年完成了几个": the half's 27, not "累计完成…163个" (as written: not 合计).
    Penalty(lambda a, x: a.period_flow and "累计" in x.clause, _QUALIFIED_PENALTY),
    # Nor what stands at its end: "截至6月底,累计提取总额235.72亿元" for "上半年提取了多少".
    Penalty(lambda a, x: a.period_flow and "累计" in x.clause and bool(_AS_OF_END.search(x.fact.sentence[: x.fact.number_at]))
            and not _HALVES.search(x.clause), _OTHERWISE_PENALTY),
    # "全年新建…站点多少个": not what stands at the year's end ("截至2023年底,全市建成…站点486个"),
    # nor a running total ("新购置…总价值1260万元,仪器设备总值累计达到9150万元").
    Penalty(lambda a, x: a.new_flow and (bool(_AS_OF_END.search(x.fact.sentence[: x.fact.number_at])) or "累计" in x.clause)
            and not _names_any(canonical(x.clause), ("新增", "净增")), _CONTRAST_PENALTY),
    # Nor a level beside the flow its sentence states: "运营长者食堂和老年助餐点38个,上半年新增
    # 助餐点6个" for how many were added.
    Penalty(lambda a, x: a.new_flow and not a.q.change and x.fact.kind == "count" and not x.fact.header
            and not _names_any(canonical(x.clause), ("新增", "净增")) and not _BREAKDOWN.match(x.clause)
            and bool(_FLOW_STATED.search(canonical(x.fact.sentence[x.fact.number_at + len(x.fact.text):]))), _CONTRAST_PENALTY),
    # Nor a table's level ("隆回县 | 门店(家) 82") for how many were newly opened, unless its
    # column, row, caption or section says the flow.
    Penalty(lambda a, x: a.new_flow and bool(x.fact.header) and not _names_any(canonical(f"{x.fact.header} {x.fact.context} {x.about}"), V.FLOW_WORDS),
            _CONTRAST_PENALTY),
    # "面积有多少亩": the level, not "上半年新增…面积1.35万亩".
    Penalty(lambda a, x: a.stock and bool(_NEW_FLOW.search(x.clause) or _NEW_FLOW.search(_topic(x.fact))), _CONTRAST_PENALTY),
    # "登记离校未就业高校毕业生1326人" for how many "实现就业".
    Penalty(lambda a, x: negates_the_head(x.metric, x.fact, x.aligned), _OTHERWISE_PENALTY),
    # "三屯中队查处酒驾醉驾": not the 合计 row, nor the whole county's sentence.
    Penalty(lambda a, x: another_row(x.rows, x.fact, x.before), _OTHERWISE_PENALTY),
    # "中医康复治疗4.1万人次" for how many the 中医康复科 discharged, when the report counts 出院 elsewhere.
    Penalty(lambda a, x: head_stated_elsewhere(x.metric, x.fact, x.aligned, x.report), _OTHERWISE_PENALTY),
    # "一共执行到位多少钱": not "其中集中行动执行到位3.76亿元", a part the question does not name.
    Penalty(lambda a, x: bool(_TOTAL_ASKED.search(a.q.text)) and an_unasked_part(x.metric, x.fact), _SCOPE_PENALTY),
    # "演出场次居全省…第4位,票房收入居第2位": the rank of the measure the question names.
    Penalty(lambda a, x: ranks_a_sibling_measure(x.metric, x.fact), _CONTRAST_PENALTY),
    # "儿童保健门诊2.41万人次" for a 门诊 asked bare.
    Penalty(lambda a, x: not x.aligned and not x.fact.header and qualified_otherwise(x.metric, x.fact, x.not_kinds), _KIND_PENALTY, preference=True),
    # A share of 村志 published, for a share of all 村(社区).
    Penalty(lambda a, x: x.fact.kind == "percent" and another_share_base(a.q.text, x.fact), _CONTRAST_PENALTY),
    # "其中寄递业务收入…,同比增长11.9%" for the whole's growth.
    Penalty(lambda a, x: x.fact.kind in {"percent", "points"} and change_of_a_part(x.metric, x.fact, x.before), _SCOPE_PENALTY),
    # "因公出访人次涨了多少": not "人均经费…较上年下降0.23万元".
    Penalty(lambda a, x: measured_otherwise(x.metric, x.fact), _CONTRAST_PENALTY),
    # "…参与人次涨了多少": not the change of the 场 counted.
    Penalty(lambda a, x: x.fact.kind == "percent" and counts_another_measure(x.metric, x.fact), _SCOPE_PENALTY, preference=True),
    # The report says the number is a part ("…3814件,占全院受理案件总数的45.3%").
    Penalty(lambda a, x: a_part_unasked(a.q, x.fact), _SCOPE_PENALTY, preference=True),
    # One project's planned size, told with the year's work, for the year's figure.
    Penalty(lambda a, x: one_projects_figure(a.q, x.fact), _QUALIFIED_PENALTY, preference=True),
    # "占市场交易额的74.5%,比上年同期提高9.3个百分点" for how much the 交易额 grew: only a rate
    # or a share moves by points.
    Penalty(lambda a, x: x.fact.kind == "points" and a.q.unit != "个百分点" and not _RATE_ASKED.search(a.q.text), _CONTRAST_PENALTY),
    # "离退休干部党员15872名" for how many 离退休干部.
    Penalty(lambda a, x: counts_what_it_has(a.q, x.fact), _OTHERWISE_PENALTY),
    # "四个新建驿站全年分别服务人才1840人次、…" for what 15 驿站 served together.
    Penalty(lambda a, x: one_of_a_group(a.q, x.fact), _CONTRAST_PENALTY),
    # "在全市7个旗县区中排第2位": the size of the group ranked in, for the figure ranked.
    Penalty(lambda a, x: sizes_a_rank_group(x.fact), _CONTRAST_PENALTY),
    # "2316人次获得全国无偿献血奉献奖" for how many gave blood.
    Penalty(lambda a, x: honoured_count(a.q, x.fact), _HONOURED_PENALTY),
    # "由年初的118座减少至96座": where a change started, for the value now.
    Penalty(lambda a, x: starting_value(a.q, x.fact), _STARTING_PENALTY),
    # A change against another base than the one asked.
    Penalty(lambda a, x: bool(a.base) and compared_base(x.clause) not in (None, a.base), _BASE_PENALTY),
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
            metrics[chunk.doc_id] = without_subject(q, doc).metric
            # Words that name no kind of the metric: who reports, the places asked.
            not_kinds[chunk.doc_id] = f"{doc.title or ''} {' '.join(q.place_words)}"
        metric = metrics[chunk.doc_id]
        for fact in facts_of_chunk(chunk, chunks, facts_by_chunk):
            if fact.fact_id in seen:
                continue
            seen.add(fact.fact_id)
            if fact.kind != "date" and len(fact.text) >= 2 and _quotes(q.text, fact.text):
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
            elif q.wants_target and not target and not _PLAN_VERB.search(fact.sentence[: fact.number_at]):
                # A result is not the plan that was asked for; the clauses after a plan's verb are
                # the plan's ("计划建设房源680套,总投资3.2亿元").
                reject("target")
                continue
            planned = fact.kind != "percent" and "计划" in clause_before(fact, _PHRASE_SPLIT)  # not 计划完成率
            if q.wants_result and (target or planned):
                reject("target")  # "实际完成…" asks for a result, not the plan ("全市计划粮食播种面积…")
                continue
            if q.progress != bool(fact.kind == "percent" and _PROGRESS.search(clause_before(fact))):
                # "完成全年目标的百分之多少": only a completion rate answers, and it answers nothing
                # else ("完成年度目标任务13亿元的114.3%" is no growth rate).
                reject("progress")
                continue
            if q.item and not item_near(q.item, fact, aligned):
                reject("item")  # "省级…多少家": a number not next to 省级 is another item's
                continue
            if q.item and item_extended(q.item, q.text, fact, aligned):
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
            decay = _ITEM_DECAY if q.item or item_place else _DECAY
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
                metric, *reading(fact), idf, about, aligned, fact.header, decay, names_after(fact),
                "" if siblings[sentence_key] else before, fact.unit,
            )
            ranked_in = clause_before(fact)
            if fact.kind == "rank" and _names_nothing(ranked_in):
                ranked_in = f"{phrase_before(fact)} {ranked_in}"  # "在全省…考评中,我院居第2位"
            if fact.kind == "rank" and ranks_another_group(q.text, ranked_in):
                reject("rank group")  # "排全省第几": not "增速居各管理部首位"
                continue
            intent = 0.85 if target and not q.wants_target else 1.0
            if fact.kind == "rank" and _RANK_SCOPE.search(clause_before(fact)) and not _RANK_GROUP_ASKED.search(q.text):
                intent *= _UNASKED_SCOPE  # "在全省国家级经开区中排名第二" for a rank asked without a scope
            prior = 1.0 / (1.0 + 0.04 * rank)
            near = 1.0 - _ADJACENT_WEIGHT * (1.0 - adjacency(metric, fact, aligned))
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
    good = _sentence_over_table_row(
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
            cited = next((c for c in facts if (c.fact.doc_id, c.fact.sentence_start) in sentences and (
                c.score * _SAME_SENTENCE_BOOST >= facts[0].score
                or _same_amount(to_base(c.fact.value, normalize_query(c.fact.unit)), best_amount))), None)
            ranked = [cited, *(c for c in facts if c is not cited)] if cited else facts
            top = ranked[0] if ranked else None
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
        return [best]
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


_LEADS_TO_TABLE = re.compile(r"(?:如下表|见下表|如下)[:：]?\s*$")


@lru_cache(maxsize=64)
def cleaned_view(text: str) -> CleanText:
    """A report's text as the indexer read it: a web page without its tags, its cells " | "."""
    return clean_report(text)


def shown_text(doc: Document, start: int, end: int) -> str:
    """The source span ``[start, end)`` as the cleaner reads it: a web page's row without its tags."""
    clean = cleaned_view(doc.text)
    lo = int(np.searchsorted(clean.offsets, start))
    hi = int(np.searchsorted(clean.offsets, end))
    return clean.original[lo:hi]


def table_head(doc: Document, fact: Fact) -> tuple[str, str]:
    """(caption, rows' heading) of the table a cell is in: the line above the table ("表1
    2020年各县(市、区)国家高新技术企业情况") says what every column counts, the first cell of its
    header line ("子公司", "用途", "板块") what its rows are. Read on the cleaned view, where a
    web page's table reads like any other; returned normalised like a question."""
    clean = cleaned_view(doc.text)
    text, at, top = clean.original, int(np.searchsorted(clean.offsets, fact.sentence_start)), ""
    while at > 0:
        prev = text.rfind("\n", 0, at - 1) + 1
        line = text[prev : at - 1].strip()
        if " | " not in line and not re.fullmatch(r"[|:\- ]*", line):
            # Or a paragraph's last sentence that leads into it: "…5栋重点楼宇运行情况如下表:".
            last = _SENTENCE_END.split(line.rstrip("。"))[-1]
            caption = line if len(line) <= 60 else last if _LEADS_TO_TABLE.search(last) else ""
            break
        if " | " in line:
            top = line
        at = prev
    else:
        caption = ""
    # Read as the question is: simplified and half-width ("水廠" is the 水厂 asked).
    return normalize_query(caption), normalize_query(top.strip("| ").split(" | ")[0].strip()) if top else ""


def growth_of_column(header: str, others: set[str]) -> str:
    """The whole name of a growth (or rate) column that shortens its level's: "销量增长(%)" beside
    "成品油销量(万吨)" is 成品油销量增长, "案件结案率(%)" beside "数字城管案件(件)" 数字城管案件结案率;
    "" when no other column names more."""
    levels = {re.sub(r"\([^()]*\)", "", other).strip() for other in others if not _GROWTH_WORDS.search(other)}
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
    longer = [level for level in levels if level.endswith(stem) and len(level) > len(stem)]
    return f"{longer[0]}增长" if len(longer) == 1 else ""


def header_contrast(metric: str, header: str) -> float:
    """A column whose header contrasts with the question ("有效…" for "新认定…最多") weighs less."""
    asked, named = canonical(metric), canonical(header)
    if flow_for_stock(asked, named):
        return _CONTRAST_PENALTY
    # "接待游客最多" asks the level column, "增长最快" the growth column: never the other.
    if bool(_GROWTH_WORDS.search(asked)) != bool(_GROWTH_WORDS.search(named)):
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
                column = f"{header_words(fact.header)} {growth_of_column(fact.header, headers[(fact.doc_id, fact.section)])}"
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
                stock = _SCOPE_PENALTY if _names_any(canonical(metric), _NEWLY_MADE) and not _names_any(
                    canonical(f"{named} {context}"), V.FLOW_WORDS
                ) else 1.0
                columns[key] = (
                    sentence_coverage(metric, column, idf, context, _ACROSS_WEIGHT) / prior,  # which column
                    stock * sentence_coverage(metric, named, idf, context, _ACROSS_WEIGHT) / prior,  # whether it is asked
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
    span = range(max(0, min(near) - _TABLE_REACH), min(len(chunks), max(near) + _TABLE_REACH + 1))
    rows = {
        f.fact_id: f
        for c in span
        if chunks[c].doc_id == doc_id
        for f in facts_by_chunk.get(c, [])
        if f.header == header and f.section == section
        and not _TOTAL_ROW.match(f.context)
        and not _REMAINDER_ROW.match(f.context)
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
            return len(name) >= 2 and name.endswith(class_word) and not _DIGIT.search(name)
        # Or a name the question lists with the places: "在沅陵、辰溪、芷江、新晃四县…哪个县".
        return _is_place(name, short=True) or (2 <= len(name) <= 4 and (f"{name}、" in q.text or f"、{name}" in q.text))
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
            break
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
            rows = [(_LIST_COUNT_TAIL.sub("", _IN_PLACE.sub("", _LEAD_WORDS.sub("", c.aligned.split(" ")[0]))).strip(" 、"), c)
                    for c, _ in mates if c.aligned]
            if (len(rows) >= 3 and all(is_item(n) for n, _ in rows) and len({n for n, _ in rows}) == len(rows)
                    and any(c is best for _, c in rows)):
                return pick_extreme(q, rows, key=lambda row: _signed(row[1].fact))
        own = label(best)
        # The longest ending that 3+ clauses share, the item named before it: "王益区|新增用户".
        for shared in sorted({_common_suffix(own, other) for _, other in mates}, key=len, reverse=True):
            if shared[:1] in _PLACE_ENDS:
                shared = shared[1:]  # "区新增用户" shared by 王益区 and 新区: the 区 is the names'
            if len(shared) < 2 or not bigrams(canonical(shared)) & asked:
                continue
            rows, strays = [], 0
            for c, text in mates:
                name = text[: len(text) - len(shared)].strip(" 、") if text.endswith(shared) else ""
                name = _LEAD_WORDS.sub("", name).strip(" 、")
                if not name or _TOTAL_ROW.match(name) or any(canonical(x) in canonical(name) for x in q.excluded):
                    continue
                if len(name) <= 12 and is_item(name):
                    rows.append((name, c))
                elif not kinds_asked and (place := _place_leading(name)):
                    rows.append((place, c))  # "潮南区内衣家居服|产业带": a place's own item
                elif kinds_asked and len(name) <= 8 and not _DIGIT.search(name) and not _is_place(name, short=True):
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
        if _BREAKDOWN_LEAD.match(lead):
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
        names = [_LIST_LEAD.sub("", _LEAD_WORDS.sub("", _item_clause(f))) for f in same]
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
            and not any(_TOTAL_ROW.match(n) or any(canonical(x) in canonical(n) for x in q.excluded) for n, _ in run)
        ):
            if picked := pick_extreme(q, run, key=lambda row: _signed(row[1])):
                name, fact = picked
                return name, Candidate(fact, best.score, best.coverage, best.target, best.rank)
    return None


_PLACE_SUFFIX = re.compile(r"^(?:市|区|县|镇|乡|街道)")
_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{2,20})[”\"」』]")
_BREAKDOWN_LEAD = re.compile(r"^\s*(?:从[^,;]{1,6}(?:来看|看)|分[^,;]{1,4}看|按[^,;]{1,6}(?:分|看|统计))")


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


_PLACE_ENDS = set("省市区县镇乡州村")
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


def _is_place(name: str, short: bool = False) -> bool:
    """The whole of ``name`` is a place's name: "耀州区", "隆昌"; not "耀州区新增", nor the
    words 城镇 and 农村. ``short`` admits two-character districts ("新区") among listed places."""
    if re.fullmatch(r"[\u4e00-\u9fff]{2,8}(?:区|县|市|镇|乡|街道|社区|村)", name):  # not 城镇, 农村
        return True
    if short and re.fullmatch(r"[\u4e00-\u9fff](?:区|县|市)", name):  # "新区" beside 王益区, 印台区
        return True
    return any(name in (p.name, short_name(p.name)) for p in find_places(name))
def _place_leading(item: str) -> str | None:
    """The one place an item names as its owner ("澄海区玩具" → 澄海区; "园区联动澄海区玩具" too):
    written in full, a district, county or town; None for an item naming none or several."""
    found = {p.name for p in find_places(item) if p.level >= 3 and p.name in item}
    return found.pop() if len(found) == 1 else None


_LISTED_TRIES = 5
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
    largest = q.extreme in _LARGEST
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
        if not _names_nothing(label):
            return label
    return ""


# "排名前五的类别分别为城市管理类2.63万件": what comes before 分别为 names the list, not its first item.
_LIST_LEAD = re.compile(r"^(?:[^、]*?(?:分别是|分别为|依次为|依次是)|分布在|分布于|分别|包括|集中在|主要在|其中)")
_AFTER_LISTED_NUMBER = re.compile(r"(?<=\d)[^\d、,;:]{0,6}、")


def _common_suffix(a: str, b: str) -> str:
    return os.path.commonprefix([a[::-1], b[::-1]])[::-1]


_LEAD_CHARS = 200


def lead(doc: Document) -> str:
    """The report's opening before its first section (title, subtitle, lead paragraph): it frames
    every part, as "十一市科技部门负责人发言摘登" frames each speaker's section."""
    # A section with no body of its own ("十一市科技部门负责人发言摘登") is a subtitle: part of the lead.
    end = min((s.start for s in doc.sections if s.end - s.start > _LEAD_CHARS // 4), default=len(doc.text))
    return _lead_text(doc.text[: min(end, _LEAD_CHARS)])


@lru_cache(maxsize=256)
def _lead_text(text: str) -> str:
    return normalize_query(text)


def novelty(metric: str, sentence: str) -> float:
    """1 for a sentence that says something beyond the question's words, less for one that only
    repeats them ("二是筹建科技银行。" does not say which bank)."""
    asked = bigrams(canonical(metric))
    told = canonical(_PUNCT_RUN.sub("", sentence))
    new = sum(1 for i in range(len(told) - 1) if told[i : i + 2] not in asked)
    return 1.0 if new >= _MIN_NEW_BIGRAMS else 0.5


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
    negated = bool(_NEGATION.search(q.text))
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
                years = {int(y) for y in _YEAR.findall(norm + (chunk.section or ""))} or ({doc.year} if doc.year else set())
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
            if negated and not _NEGATION.search(norm):
                cov *= _POLARITY_PENALTY  # "哪一项未能完成" is not answered by "完成良好"
            if _only_deputy(q.text, norm):
                continue  # "局长是谁" is not answered by "副局长 陈军华"
            if q.extreme and q.nth == 1:
                # "哪个县…最高": a sentence that says who leads ("总量居各县(市、区)首位") answers it.
                stated = _TOP_STATED if q.extreme in _LARGEST else _BOTTOM_STATED
                cov *= _STATED_EXTREME_BOOST if stated.search(norm) else 1.0
            best.append((cov / (1 + 0.04 * rank), chunk.doc_id, start, end))
    best.sort(key=lambda t: -t[0])
    if not best or best[0][0] < MIN_ENTITY_COVERAGE:
        return Selection(reason="没有找到回答这个问题的句子")
    return Selection(sentences=[(d, s, e, c) for c, d, s, e in best[:1]])
