"""How one stated fact reads against a question: the metric words around it, its unit, year, period and place.

The pure text checks the answering stage builds on; each takes a ``Question`` (or its metric) and
a ``Fact`` read at ingest, and returns a score or a yes/no.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache

from index.cleaning import normalize_query
from index.gazetteer import find_places, short_name, town_of, zone_of
from index.metadata import plan_only_year
from index.schema import Chunk, Document, Fact
from rag import vocabulary as V
from rag.question import RATIO_TO_BASE, Question, head_word, word_starts

# What stands at a period's end: "截至2024年末", "截至6月底", "到2024年6月底".
AS_OF_END = re.compile(r"(?:截[至止]|到)(?:(?:19|20)?\d{2}年(?:\d{1,2}月)?|\d{1,2}月|年)(?:末|底)")


# "县域平均反应时间控制在18分钟以内": a target's verb ("控制在", "缩短至", "提高到") is no part of it either.
LINKING_TAIL = re.compile(r"(?:达到|达|为|是|共计|合计|累计|约|超过|突破|完成|实现|分别|(?:控制|保持|稳定|缩短|压缩|降低|降|提高|提升|增加|减少)(?:在|至|到))+$")


@lru_cache(maxsize=4096)  # one question's words, read again for every fact they are checked against
def tagged_words(text: str) -> tuple[tuple[str, str], ...]:
    """``text``'s words with their parts of speech."""
    import jieba.posseg

    return tuple((t.word, t.flag) for t in jieba.posseg.lcut(text))
KIND_TAGS = frozenset({"n", "nz", "nt", "ns", "nr", "s", "b", "j", "eng", "an"})


PERIOD = re.compile(r"[全今上下本去明当前近往历同次半多每常\d]年|年[度初末底中内来间]|季|月|旬|同期|当前|目前|现在|今后|近期|日前|此前|以来|期间|时期|当时|今天|昨天|当日|当天|同日")


def split_across(asked: str, text: str, named_apart: bool = False) -> frozenset[str]:
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
    words = tagged_words(part.strip())
    if len(words) < 2 or DIGIT.search(part) or words[-1][1] not in ("n", "vn"):
        return False  # a list of items with numbers, or a head that is a name ("托克逊县"): the item
    head = words[-1][0]
    # A qualifier is a kind word ("高等级"), not a verb ("实现利润", "考取研究生").
    qualified = any(flag in KIND_TAGS for _, flag in words[:-1])
    return qualified and len(part.strip()) - len(head) >= 2 and all(gram in head for gram in named)


TITLE_YEAR = re.compile(r"(?:19|20)\d{2}")
PLACE_UNIT = re.compile(r"[^省市县区州盟旗]+?(?:省|市|县|区|州|盟|旗)")  # "海南省|文昌市"


@lru_cache(maxsize=1024)
def report_subject(title: str | None, region: str | None) -> str:
    """Who reports, as the title names it after its place and before its year: "医院" in
    "柘荣县医院2024年上半年工作总结", "分公司" in "…辽源市分公司2023年工作总结"; all before the year
    when the report names no place; "" when the title has no year."""
    if not title or not (year := TITLE_YEAR.search(title)):
        return ""
    head = title[: year.start()]
    if not region:  # "白水江国家级自然保护区管理局…": a reserve, a scenic area, named by no district
        return re.sub(r"\([^()]*\)", "", head)
    end = -1
    for unit in PLACE_UNIT.findall(region):
        for name in (unit, unit[:-1], short_name(unit)):  # "元江" of 元江哈尼族彝族傣族自治县
            if len(name) >= 2 and (at := head.rfind(name)) >= 0:
                end = max(end, at + len(name))
    return re.sub(r"\([^()]*\)", "", head[end:]) if end >= 0 else ""
BREAKDOWN_LEAD = re.compile(r"^\s*(?:从[^,;]{1,6}(?:来看|看)|分[^,;]{1,4}看|按[^,;]{1,6}(?:分|看|统计))")


def is_place(name: str, short: bool = False) -> bool:
    """The whole of ``name`` is a place's name: "耀州区", "隆昌"; not "耀州区新增", nor the
    words 城镇 and 农村. ``short`` admits two-character districts ("新区") among listed places."""
    if re.fullmatch(r"[\u4e00-\u9fff]{2,8}(?:区|县|市|镇|乡|街道|社区|村)", name):  # not 城镇, 农村
        return True
    if short and re.fullmatch(r"[\u4e00-\u9fff](?:区|县|市)", name):  # "新区" beside 王益区, 印台区
        return True
    return any(name in (p.name, short_name(p.name)) for p in find_places(name))


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

# Minimum share of the question's metric bigrams found around the number. Tuned on the dev
# gold set for few false answers first, then recall (see eval reports).
MIN_COVERAGE = 0.33
MIN_SCORE = 0.28
MIN_ENTITY_COVERAGE = 0.55
_WORD_BREAK = re.compile(r"[\s\d.%的在了]+")
CLAUSE_SPLIT = re.compile(r"[,;:、]")
_CLAUSE_SPLIT_KEEP = re.compile(r"([,;:、])")
DIGIT = re.compile(r"\d")
SENTENCE_END = re.compile(r"[。!?;\n]")
_CODE = re.compile(r"(?<![\d.])\d{2,}(?![\d.%])")
BREAKDOWN = re.compile(r"^\s*(?:其中|包括|含)")
PHRASE_SPLIT = re.compile(r"[,;:]")
DECAY = 0.55  # weight of each clause further left of the number
ITEM_DECAY = 0.85  # the same, for one item of a breakdown
_ADJACENT_SLACK = 4  # characters between the metric and its number ("…达到", "…总数达")
ADJACENT_WEIGHT = 0.3  # how much naming the metric in one run right before the number counts
CONTRAST_PENALTY = 0.25  # below MIN_SCORE even at full coverage: a contrasting figure is not the answer
SCOPE_PENALTY = 0.7  # a figure for a narrower scope than asked
STARTING_PENALTY = 0.5  # where a change started, "由年初的118座减少至96座", for the value now
QUALIFIED_PENALTY = 0.85  # "儿童保健门诊2.41万人次" for a 门诊 asked bare, when "全院门诊…" is near
# A kind the question does not name ("60岁以上老年消费者投诉…同比增长19.5%" for all 消费投诉): it
# yields to the whole even five places further down the ranking (the rank prior's 0.83).
KIND_PENALTY = 0.8
HONOURED_PENALTY = 0.5  # who won an award, "2316人次获得全国无偿献血奉献奖", for what was done
SIBLING_PENALTY = 0.5  # a list item when another item of the list names the asked head
OTHERWISE_PENALTY = 0.35  # a figure for another kind of the thing asked (餐厨垃圾 for 建筑垃圾)
_BARE_SCALES = {"亿", "万", "千万", "百万", "万亿"}
LARGEST = ("最高", "最多", "最大", "最快", "最长", "最远", "最重")
TOP_STATED = re.compile(r"首位|第一|居首|榜首|之首|最高|最多|最大|最快")
BOTTOM_STATED = re.compile(r"末位|最低|最少|最小|最慢")
STATED_EXTREME_BOOST = 1.5
TABLE_REACH = 10  # chunks either side of a retrieved one that a table's other rows may be in
MIN_NEW_BIGRAMS = 5  # an answer sentence tells at least this much the question did not
PUNCT_RUN = re.compile(r"[\s\d.,;:!?。、“”\"'()《》]+")
_RIGHT_WEIGHT = 0.6  # the clause after the number ("达到10933件、5809件" names come before, mostly)
_SENTENCE_WEIGHT = 0.35  # anywhere else in the sentence
NEGATION = re.compile(r"未能|未|没有|没能|不能|尚未|不足|欠")
POLARITY_PENALTY = 0.5  # a sentence without a negation, for a question that negates
RESTATED_SCORE = 0.6  # how close a sentence restating a table's number must score to lead
RESTATED_TOTAL_SCORE = 0.5  # the same, for a table's total row
_PREVIOUS_WEIGHT = 0.35  # the sentence before, in the same paragraph
_CONTEXT_WEIGHT = 0.5  # title, place, period and section of the passage
_MODIFIER_WEIGHT = 0.6  # metric words before the head word
_UNSEEN_IDF = 3.0
SAME_SENTENCE_BOOST = 1.5
YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年")
# 目标 as a plan, not as a system ("目标管理考核", "目标责任制").
_TARGET_SENTENCE = re.compile(r"力争|目标(?!管理|责任|考核|体系|绩效)|预计|争取|确保|将|拟")
CHANGE_WORDS = re.compile(r"同比|比上年|较上年|增长|增速|增幅|提高|提升|下降|达到?|(?:年初|调整)?预算的|为")
# "完成全年目标任务的47.3%", "完成全年目标任务7000人的59.1%": how much of a plan is done.
# "完成全年目标任务的45.6%", "为调整预算的96.8%": how much of a plan or budget is done.
# And "为县下达任务6500亩的115.1%": the plan handed down, its amount named.
PROGRESS = re.compile(r"(?:完成[^,;]{0,10}(?:目标|计划|任务|预算|预期)(?:任务)?(?:[\d.]+[^\d,;的]{0,5})?|(?:为|占|达到?)(?:年初|调整后?|全年|年度|[\u4e00-\u9fff]{0,3}下达的?)?(?:预算|计划|目标|任务)(?:任务)?(?:[\d.]+[^\d,;的]{0,3})?)的?$")
_PLAN_CUE = re.compile(r"力争|目标(?!管理|责任|考核|体系|绩效)|预计")  # plans even among results
# Any "…情况" heading reports (完成情况, 推进情况, 基本情况) unless it also names a plan.
_RESULT_SECTION = re.compile(r"成效|成绩|成果|亮点|回顾|总结|情况|进展|(?:全面|圆满|超额|顺利|如期|提前)完成")  # "减排任务全面完成": done
_COMPARED_AFTER = re.compile(r"[,;]?\s*(?:同比|比上年|较上年|比去年|较去年)")
# "上半年工作总结及下半年工作思路": a plan; "招生计划超额完成" reports one done.
_PLAN_HEADING = re.compile(r"思路|计划(?!(?:全面|圆满|超额|顺利|如期|提前)?完成)|打算|安排|要点")
PLAN_VERB = re.compile(r"计划(?=新增|完成|实现|达到|投入|引进|培育|建设|建成|突破|到|在|要|将)")
_PEOPLE_UNITS = {"人", "名", "位", "人次"}
_VEHICLES = {"辆", "架", "艘", "车", "班"}
_SPANS_OF_TIME = {"年", "个月", "天", "周", "小时", "分钟", "个季度", "周年", "工作日", "个工作日"}
_COMPARAND = re.compile(r"(高于|低于|快于|慢于)[^,;:。]*$")
_RATE = re.compile(r"率|比重|占比|比例|份额|(?<![高低超])强度|增速|增幅|水平|指数")  # not 高强度螺栓
_INCREASE_BEFORE = re.compile(
    r"(?:增加|增长|多|多增|少增|净增|提高|提升|上升|减少|下降|降低|前移|前进|跃升|后移|后退|回落|缩短|延长|偏少|偏低|偏高)了?(?:约|近|超过?)?$"
)
_EARLIER_ITEMS = re.compile(r"(?:-?\d+(?:\.\d+)?[^\d,;:、和与及]{0,4}(?:、|和|与|及|以及))+$")


def states_change(fact: Fact) -> bool:
    """Whether the number is a change, by the verb right before it or before the list it ends:
    "同比分别下降13.0%和11.4%" states two falls."""
    before = _EARLIER_ITEMS.sub("", clause_before(fact, PHRASE_SPLIT))
    return bool(_INCREASE_BEFORE.search(before) or _MORE_THAN_BEFORE.search(before))


# "比上个雪季多运营9天": more of the verb than before, the verb between 多 and the number; "比年初
# 新增月产能1.2万平方米": the thing grown between the rise and the number.
_MORE_THAN_BEFORE = re.compile(r"(?:比|较)(?!较)[^,;:。]{1,12}?(?:(?:多|少)[\u4e00-\u9fff]{1,3}|(?:新增|净增|增加|减少)[\u4e00-\u9fff]{1,4})$")


def changes_a_rate(fact: Fact) -> bool:
    """Whether the number is a change of a rate or share, not of an amount: "发病率为186.4/10万,
    同比下降8.6%", not "集客业务收入5420万元,同比增长18.3%"."""
    if not states_change(fact):
        return False
    own = clause_before(fact, PHRASE_SPLIT)
    if names_nothing(own):
        own = f"{phrase_before(fact)} {own}"
    return bool(_RATE.search(canonical(own)))


# "恢复到2019年同期的111.3%", "恢复到2019年水平的55.3%": a year measured against, not the one reported.
_BASELINE_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}年(?:同期|水平)")
_SINCE_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}年[^,;。\d]{0,20}?(?:以来|至今)")
_COMPARAND_YEAR = re.compile(r"(?:比|较|由|从|与)((?:19|20)\d{2})年[^\d,;:。]{0,15}?(?=[\d.]+|$)")


def years_reported(text: str) -> set[int]:
    """The years ``text`` reports on: not one it compares with ("比2021年…", "恢复到2019年同期的…")."""
    return {int(y) for y in YEAR.findall(_COMPARAND_YEAR.sub(" ", _BASELINE_YEAR.sub(" ", text)))}

RATE_WORDS = ("增速", "增幅", "增长", "速度", "增长率")
HALVES = re.compile(r"上半年|下半年|前三季度|第[一二三四]季度|[一二三四][至到-][一二三四]季度|[一二三四]季度|1-\d{1,2}月")


_COMPARED_HALF = re.compile(r"[比较与](?:上半年|下半年|前三季度|第?[一二三四]季度|1-\d{1,2}月)")


def _halves(text: str | None) -> list[str]:
    """The periods shorter than a year that ``text`` names, each in one spelling; a range of
    quarters ("一至四季度分别…") names each of them."""
    found = []
    for h in HALVES.findall(text or ""):
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
ACROSS_WEIGHT = 0.5


def weighted_bigrams(metric: str, idf: dict[str, float] | None = None, across: float = 1.0) -> dict[str, float]:
    """Bigrams of the metric words with their weights: rarer bigrams weigh more (IDF over the
    corpus chunks) and the head word (the last, nearest the question word) counts fully, the
    words before it ×0.6."""
    words = canonical(metric).split()
    weights: dict[str, float] = {}
    for i, word in enumerate(words):
        head = 1.0 if i == len(words) - 1 else _MODIFIER_WEIGHT
        straddling = across_words(word) if across != 1.0 else frozenset()
        for g in bigrams(word):
            w = head * (idf.get(g, _UNSEEN_IDF) if idf is not None else 1.0)
            if g in straddling:
                w *= across
            weights[g] = max(weights.get(g, 0.0), w)
    return weights


@lru_cache(maxsize=4096)
def across_words(text: str) -> frozenset[str]:
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
LEAD_WORDS = re.compile(r"^(?:其中|另有|另外|此外|共有|共|有|全年|累计|新增)")
_LIST_JOINER = re.compile(r"^\s*(?:、|和|与|及|以及|,)\s*$")
_ITEM_SPLIT = re.compile(r"、|和|与|及")
CITY_AND_COUNTRY = ("城市", "农村")  # the two items of 城乡, in its order


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
    # "城乡低保标准分别提高到每人每月1150元和860元": 城乡 is two items, the town's first and the
    # country's second, as reports always order them.
    lead = re.split(r"[,:;(]", before)[-1]
    if n == 2 and "城乡" in lead and "分别" in lead and not _ITEM_SPLIT.search(lead):
        return lead.replace("城乡", CITY_AND_COUNTRY[index], 1).replace("分别", "")
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
            if index and names[0] and len(words := tagged_words(names[index])) == 1 and words[0][1] == "v":
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


# "…三大产业带", "沟墩、陈良、羊寨、板湖四镇新建标准化桑园": the group the items make, named once.
_GROUP_TAIL = re.compile(r"等?([一二三四五六七八九十两]|\d{1,2})(?:大|个|类|项|家|种|条|所|座|镇|乡|县|区|村)([\u4e00-\u9fff]{1,8})$")


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
    if not all(is_place(p) for p in places):
        # "城乡居民基本养老保险、工伤保险、失业保险参保人数分别达到": the earlier items end alike
        # (保险), and so does the last one's head, before the tail they share.
        ending = places[0][-2:] if len(places) == 1 else os.path.commonprefix([p[::-1] for p in places])[::-1]
        at = last.find(ending) if len(ending) >= 2 else -1
        if at < 0:
            return None
        places, head = items[:-1], last[: at + len(ending)]
        tail = _LIST_VERB.sub("", last[len(head):]).strip()
        return f"{(places + [head])[index].strip()} {tail}" if tail else None
    head = next((last[:k] for k in range(min(len(last) - 1, 8), 1, -1) if is_place(last[:k])), None)
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
    # "包裹快递(万件)" is that 包裹快递量 or 包裹快递业务量, the volume its unit counts.
    goods = _counted_goods(header)
    volume_words = f" {goods}量 {goods}业务量" if goods else ""
    m = _HEADER_UNIT.match(header)
    if not m:
        return header + volume_words
    stem, unit = m.groups()
    if unit.lstrip("万千百") in _AREA_UNITS:
        return f"{header} {stem}面积"  # "稻渔综合种养(亩)" is that 稻渔综合种养面积
    return f"{header} {stem}{unit}次 {stem}{unit}数{volume_words}"


def made_in_table(header: str, caption: str) -> str:
    """A column of goods by weight or count ("鲜米粉(吨)") in a table of what was produced ("各生产基地
    生产情况") is those goods' 产量: "鲜米粉产量"; "" otherwise."""
    goods = _counted_goods(header)
    return f"{goods}产量" if goods and re.search(r"生产(?!基地|线|车间)", caption) else ""


def _counted_goods(header: str) -> str:
    """What a column counts by weight or pieces when it names no measure: "鲜米粉" of "鲜米粉(吨)";
    "" for "销量(吨)" or a column in other units."""
    volume = _HEADER_VOLUME.match(header)
    return volume.group(1) if volume and not re.search(r"[量数额率比值]$", volume.group(1)) else ""


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


PERIOD_PART = re.compile(r"上半年|下半年|前三季度|[一二三四]季度|\d{1,2}(?:-\d{1,2})?月份?")


def part_by_period(own: str, whole: str) -> bool:
    """Whether a breakdown's own words ("其中三季度生产") set it apart from its whole only by period."""
    if not BREAKDOWN.match(own) or not PERIOD_PART.search(own):
        return False
    return bigrams(PERIOD_PART.sub("", BREAKDOWN.sub("", canonical(own)))) <= bigrams(canonical(whole))


def metric_coverage(
    metric: str,
    sentence: str,
    number_at: int,
    idf: dict[str, float] | None = None,
    context: str = "",
    aligned: str | None = None,
    header: str = "",
    decay: float = DECAY,
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
    right_end = CLAUSE_SPLIT.search(sentence, number_at)
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
    own_label = (bool(clauses) and not aligned and not names_nothing(clauses[0]) and not _names_only_attribute(clauses[0])
                 and not is_known_place(clauses[0]))
    in_list = True
    in_names = bool(clauses) and not DIGIT.search(clauses[0])
    # "发生事故47起、死亡39人,同比分别下降13.0%和11.4%": a bare change list takes its items from
    # the list before it, whose lead-in applies to every item alike, one step away.
    back_list = bool(aligned) and len(clauses) > 1 and names_nothing(_EARLIER_ITEMS.sub("", clauses[0]).replace("分别", ""))
    # Whether every clause nearer the number than this one names only a change or a flow (or a
    # running total): kept as the loop goes, not recounted per clause.
    all_flow = all_total = not aligned
    for i, clause in enumerate(clauses):
        if i:
            nearer = clauses[i - 1]
            changes_only = names_nothing(nearer) or _names_only_flow(nearer)
            all_flow = all_flow and changes_only
            all_total = all_total and (changes_only or _names_only_total(nearer))
        if back_list and i:
            back_list = i == 1 or joints[i - 1] == "、"
            if back_list:
                credit(clause, weight)
                continue
        if i:
            in_list = in_list and joints[i - 1] == "、" and bool(DIGIT.search(clause))
            if in_list:
                # An earlier item names the list's lead-in for this one, unless this one names a
                # thing of its own and nothing asked ("…总额增长10%以上、实际使用外资达到7000万美元").
                if own_label and ENDS_IN_NUMBER.search(clause) and not bigrams(clauses[0]) & wanted.keys():
                    continue
                # "完工交付船舶23艘、221.4万载重吨": a number with no words of its own measures what
                # the item before names, as closely.
                credit(clause, weight if i == 1 and not clauses[0].strip() else weight * decay)
                continue
            in_names = in_names and not aligned and joints[i - 1] == "、" and not DIGIT.search(clause)
            # "社会消费品零售总额986.4亿元,同比增长8.7%": a clause of bare change words names its
            # indicator in the clause before, as closely as its own would.
            # So does a bare flow ("电商经营主体达到2.46万家,新增3120家").
            refers_back = all_flow
            if all_total and not refers_back:
                # "新建智慧公园5个,累计达到9个": the total of 智慧公园, not what was built this year;
                # nearly as close as the clause's own name would be.
                clause = _FLOW.sub("", clause)
                weight *= ITEM_DECAY
            elif not in_names and not refers_back:
                weight *= max(decay, ITEM_DECAY) if (i == 1 and breakdown) else decay
        credit(clause, weight)
    credit(right, 1.0 if number_first else _RIGHT_WEIGHT)
    words = canonical(metric).split()
    # A bare change ("…生产各类拉链7.85亿条,同比增长8.3%") is of the amount the clause before states.
    stated = ENDS_IN_NUMBER.sub("", clauses[1]) if len(clauses) > 1 and not aligned and names_nothing(clauses[0]) else left
    # "全年累计供水11119万立方米" states the 供水量: the verb right before its amount.
    for word in words:
        if len(word) >= 3 and word.endswith("量") and word[-2:] in wanted and left.endswith(word[:-1]):
            found[word[-2:]] = 1.0
        # "全年生产光伏组件8.46GW" states the 组件产量, "销售上年产季贮藏蜜柚1.43万吨" the 蜜柚销量,
        # "加工藜麦原粮1.84万吨" the 藜麦原粮加工量 (read as 藜麦原粮加工): the verb and its object right
        # before the amount.
        for head, verb, reach in _STATED_BY_VERB:
            at = word.find(head)
            if at > 0 and re.search(rf"{verb}[\u4e00-\u9fff]{{0,{reach}}}{re.escape(word[:at])}$", stated):
                for g in bigrams(word[: at + 2]):
                    found[g] = 1.0
        if word.startswith("产量") and len(word) > 2 and re.search(r"生产[\u4e00-\u9fff]{1,6}$", stated):
            found["产量"] = 1.0  # "产量同比增长", its goods said before it or by who reports
    # "上半年生产各类不锈钢厨具826万件,同比增长10.2%,其中炊具318万件、餐具412万件": each item of
    # what was produced, broken down after 其中, states its 产量.
    if "产量" in wanted and "产量" not in found and _OUTPUT_BROKEN_DOWN.search(left):
        # The goods: "炊具产量", or a sub-question's item beside 产量 ("产量 炊具", "地膜 产量").
        output_at = words.index("产量") if "产量" in words else -1
        beside = words[max(output_at - 1, 0) : output_at + 2] if output_at >= 0 else []
        goods = [w[:-2] for w in words if w.endswith("产量")] + [w for w in beside if w != "产量"]
        if any(len(g) >= 2 and left.endswith(g) for g in goods):  # the goods in full: not 藤椒油 for 花椒油
            found["产量"] = 1.0
    # "一共产了多少醋" names its goods after 产量: "生产各类食醋8.64万吨", "力争产糖24.5万吨" state them
    # the same way.
    if "产量" in words:
        goods = [w for w in words[words.index("产量") + 1 :] if w and re.search(rf"产[\u4e00-\u9fff]{{0,4}}{re.escape(w)}$", stated)]
        if goods:
            found["产量"] = 1.0
            for g in bigrams(goods[0]):
                found[g] = 1.0
        # "食用酒精和饲料产品各产了多少": each item's 产量, its goods a word of their own before it;
        # "生产食用酒精12.8万吨、饲料产品23.6万吨" states both, the later ones as items of 生产's list.
        at = words.index("产量")
        if at and re.search(rf"(?:产[\u4e00-\u9fff]{{0,4}}|生产[^,;:。]{{0,30}}?、){re.escape(words[at - 1])}$", stated):
            found["产量"] = 1.0
    # "出口占比": "出口收入1.65亿元,占营业收入的37.6%" states the share by 占…的, and so does the
    # change after it (",比上年同期提高2.4个百分点").
    if clauses and any(w.endswith(_SHARE_TAILS) for w in words):
        # Not when the question names the share's base: "运输船舶占比" of what 运输船舶 there are
        # asks for the part, which "新能源船舶…占运输船舶总数的10.7%" does not name.
        own = clauses[:2] if len(clauses) > 1 and names_nothing(clauses[0]) else clauses[:1]
        bases = [m.group(1) for c in own if (m := _SHARE_STATED.search(c))]
        if bases and not any(g in wanted for base in bases for g in bigrams(base)):
            for word in (w for w in words if w.endswith(_SHARE_TAILS)):
                found[word[-2:]] = 1.0
    for word in words:
        # "就业人数" is what "帮助312名退役军人实现就业" counts: the unit says 人数.
        if len(word) >= 4 and word.endswith("数") and unit.lstrip("万千百亿") in _COUNT_NOUN_UNITS.get(word[-2], ()):
            found[word[-2:]] = 1.0
            if word[-3:-1] in wanted and word[-4:-2] in found:
                found[word[-3:-1]] = found[word[-4:-2]]
        # "提取率" is what "提取额占当年缴存额的比例为75.0%" states: a rate named by its share.
        if len(word) >= 3 and word.endswith("率") and word[-2:] in wanted and _share_of(word[-2]).search(left):
            found[word[-2:]] = 1.0
    # "一共榨了多少天": a verb said alone, asked of a duration, is the first word of its clause's
    # compound ("全榨季生产130天").
    if unit in _DURATION_UNITS and clauses:
        for word in words:
            if len(word) == 1 and word in clauses[0]:
                found[word] = 1.0
    credit(canonical(sentence), _SENTENCE_WEIGHT)
    if context:
        credit(canonical(context), _CONTEXT_WEIGHT)
    if previous and (BREAKDOWN_LEAD.match(sentence) or part_by_period(sentence[:number_at], previous)):
        # "…共招收新生1926人。从生源地看,汉川市386人…": a breakdown by its own lead-in counts what
        # the sentence before names, head and all. So does a part by period that opens with 其中:
        # "1-9月生产成品黄酒3.46万千升…;其中三季度生产1.08万千升".
        credit(canonical(previous), decay)
    elif previous:
        # Only for the words before the head: what is counted must be named in the sentence
        # itself ("…申请风险池资金。…发放科技贷款4400万元" is not the pool's money).
        head = bigrams(words[-1] if len(words) > 1 else words[-1][-4:]) if words else frozenset()
        for g in bigrams(canonical(previous)):
            if g in wanted and g not in head and found.get(g, 0.0) < _PREVIOUS_WEIGHT:
                found[g] = _PREVIOUS_WEIGHT
    return sum(wanted[g] * w for g, w in found.items()) / total


# (what the metric says, the verb a report says it by, how many characters may stand between)
# "全年产成蟹1300吨" as "生产…" states the 产量; not 投产, 停产, 减产, 增产.
_STATED_BY_VERB = (("产量", "(?<![投停减增])产", 4), ("销量", "销售", 6), *((verb, verb, 4) for verb in V.AMOUNT_VERBS))
# What was produced, then its change, then a breakdown by 其中 up to the item the number stands for.
_OUTPUT_BROKEN_DOWN = re.compile(
    r"生产[^,;:。\d]{0,20}\d[^,;:。]*(?:,(?:同比|比上年|较上年|比去年)[^,;:。]*)*,其中[^,;:。\d]*(?:\d[^,;:。、]*、[^,;:。\d]*)*$"
)
_SHARE_TAILS = ("占比", "比重", "比例")
_SHARE_STATED = re.compile(r"占([^,;:。\d]{1,14}?)(?:的比重|的比例|比重|比例|的)\s*(?:为|达到?)?\s*(?:-?[\d.]+%)?\s*$")


# "X人数" is counted in 人 or 名, "X户数" in 户…
_DURATION_UNITS = ("天", "小时", "个月", "周")
_COUNT_NOUN_UNITS = {"人": ("人", "名", "位"), "户": ("户",), "家": ("家",), "件": ("件",), "个": ("个",), "次": ("次",)}


@lru_cache(maxsize=256)
def _share_of(verb: str) -> re.Pattern[str]:
    return re.compile(re.escape(verb) + r"[额量数]?占[^,;。]{0,14}?(?:比例|比重)")


# "居全省邮政" is the peer group a rank is among, no subject of its own.
BARE_WORDS = re.compile(r"(?<!\d)\d{1,2}月(?:\d{1,2}日|[上中下]旬|底|末)?(?:当天|当日)?|(?:位居|位列|居|列|排名?)(?:全国|全省|全市|全县|全区)[^,;:。\d第前首]{0,8}|(?:年末|年底)?(?:降|升|增|减|降低|提高|下降|上升|增长|减少|回落)(?:至|到)|占[^,;:。\d]{1,12}?(?:的比重|的比例|比重|比例|的)|所?占(?:比重|比例|比)|按(?:可比价格?|现价)计算|[比较由从](?:(?:19|20)\d{2}年)?(?:上半年|下半年|同期|年初|年末|年底)?的(?:-?[\d.]+[^\d,;:]{0,4}?(?=增长|增加|多增|少增|提高|提升|下降|减少)|$)|其中(?=上半年|下半年|[一二三四]季度|前三季度|全年)|[比较与](?:19|20)\d{2}年(?:底|末)?(?:相比)?|上半年|下半年|[一二三四]季度|前三季度|全年|当年|本年度?|年内|完成|实现|增加|多增|少增|减少|同比|[比较](?:上年同期|去年同期|上年末|上学年|上年|去年|年初|同期)|增长|增速|增幅|提高|提升|下降|达到?|为|位居|位列|居|列|排名|排|全国|全省|全市|全县|全区|县\(市\)|县市区|各县|新城区|中心城区|县级市|平均水平|高于|低于|快于|慢于|\d+(?:\.\d+)?个?百分点|[\d.%]+"
    # Who reports, by itself: "在全省…综合考评中,我院居第2位" (a place's "本区" is a scope, read apart).
    r"|(?:我|本)(?:院|局|委|办|会|厅|站|所|馆|校|处|中心|公司|集团|行|社)")


def names_nothing(clause: str) -> bool:
    """A clause of change, comparison and rank words only ("同比增长", "增速高于全省平均水平1.2个
    百分点", "居全市县(市)"): it describes the indicator a clause before names."""
    return len(BARE_WORDS.sub("", clause).strip()) <= 1


_FLOW = re.compile("|".join(V.FLOW_WORDS))
RUNNING_TOTAL = re.compile("累计|总数|共计|合计|总计")  # 总数 and 合计 read 累计 once canonical


def _names_only(words: re.Pattern[str], clause: str) -> bool:
    """A clause of ``words`` and change words only: "新增3120家" (a flow), "累计达到9个" (a running
    total) count what the clause before names."""
    bare = BARE_WORDS.sub("", clause)
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
    label = BARE_WORDS.sub("", ENDS_IN_NUMBER.sub("", clause)).strip()
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


def clause_before(fact: Fact, split: re.Pattern[str] = CLAUSE_SPLIT) -> str:
    """The words of the number's own clause before it ("其中发明专利授权" for "…,其中发明专利授权412件").

    With ``split=PHRASE_SPLIT`` list commas do not end the clause: "申报国家、省市级科技计划项目达".
    """
    sentence, at = reading(fact)
    left = sentence[:at]
    return left[max((m.end() for m in split.finditer(left)), default=0) :]


def clause_after(fact: Fact) -> str:
    """The words of the number's own clause after it ("项专利获省级专利优秀奖" for "2项专利获…")."""
    sentence, at = reading(fact)
    end = at + len(fact.text)
    stop = CLAUSE_SPLIT.search(sentence, end)
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
    if fact.kind == "measure" and re.match(r"的[\u4e00-\u9fff]", sentence[at + len(fact.text) :]):
        return True  # "新建库容3000吨的低温冷库一座": the measure is the 冷库's
    # List commas do not start a clause here: in "增幅高达25.7%、42.7%和86.0%" the later numbers
    # are named before the list, not by what follows it.
    lead = LEAD_WORDS.sub("", clause_before(fact, PHRASE_SPLIT))
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
    phrases = PHRASE_SPLIT.split(sentence[:at])[:-1]
    # "销售额5420万元,占销售总额的13.8%,同比增长7.6%": the change is the level's, past its share.
    while len(phrases) > 1 and _SHARE_PHRASE.match(phrases[-1]):
        phrases.pop()
    return phrases[-1] if phrases else ""


_SHARE_PHRASE = re.compile(r"^\s*(?:约|共|合计)?占[^,;。\d]{1,14}?(?:的比重|的比例|比重|比例|的)?(?:为|达到?)?\s*-?[\d.]+%\s*$")


def qualified_otherwise(metric: str, fact: Fact, named: str = "") -> bool:
    """Whether the number's own words narrow the metric to a kind the question does not name:
    "儿童保健门诊2.41万人次" for "门诊量", "软件和信息技术服务业营业收入" for "营收". ``named``:
    words that name no kind either: the report's title (who reports), the places asked."""
    words = [w for w in canonical(metric).split() if len(w) >= 2 and not names_nothing(w)]  # "门诊 增长": the 门诊's
    own = clause_before(fact, PHRASE_SPLIT)
    if names_after(fact):
        return False  # "为1400余家企业定制…": what the number counts follows it
    if names_nothing(own):  # "…门诊2.41万人次,同比增长13.2%": a bare change is the clause before's
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
    if subject != before and (BREAKDOWN_LEAD.match(fact.sentence) or _SECTOR.search(subject)):
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
    own = clause_before(fact, PHRASE_SPLIT)
    if names_nothing(own):  # "…公证4051件,同比增长16.7%,占全部办证量的22.0%": the part's change
        own = ENDS_IN_NUMBER.sub("", phrase_before(fact))
    own = BARE_WORDS.sub(" ", SCOPE_WORD.sub("", canonical(own)))
    whole = PHRASE_SPLIT.split(after, maxsplit=1)[0]
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
    words = [w for w in canonical(metric).split() if not names_nothing(w)]
    asked = _COUNTED_AS.search(words[-1]) if words else None
    return asked.group(1) if asked else ""


def counts_another_measure(metric: str, fact: Fact) -> bool:
    """Whether a bare change ("同比增长15.4%") is of a number counted otherwise than the metric
    asked: "…参与人次涨了多少" is not the change of "开展…活动1286场" but of "参与群众47.9万人次"."""
    asked = counted_as(metric)
    if not asked or fact.header or not names_nothing(clause_before(fact, PHRASE_SPLIT)):
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
    phrases = PHRASE_SPLIT.split(sentence[:at])
    if fact.header or len(phrases) < 2 or not names_nothing(phrases[-1]) or not GROWTH_WORDS.search(phrases[-1]):
        return False  # a share of the part ("占在册学员的27.0%") is what a share question asks
    measured = ENDS_IN_NUMBER.sub("", phrases[-2]).strip()
    if not BREAKDOWN.match(measured):
        return False
    whole = canonical(" ".join([previous, *phrases[:-2]]))
    apart = bigrams(canonical(BREAKDOWN.sub("", measured))) - bigrams(whole)
    return bool(apart) and not apart & bigrams(canonical(metric))


# A project done, told in the phrase before a figure: "完成水生植物园提升改造,新增开放面积34亩".
_PROJECT_DONE = re.compile(r"^(?:完成|建成|实施|启动|推进|新建)(\S{2,16}?)(?:提升改造|改造提升|改造|工程|项目|建设|整治|修缮)(?:工程|项目)?$")


def one_projects_figure(q: Question, fact: Fact) -> bool:
    """Whether the figure is one project's, the phrase before naming a project the question does
    not ("完成水生植物园提升改造,新增开放面积34亩"), while its own clause claims no whole scope
    ("全年新增开放面积86亩")."""
    if fact.header or _SCOPE_LEAD.match(clause_before(fact, PHRASE_SPLIT)):
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
        told_by_when = token.flag == "t" and len(token.word) >= 2 and not PERIOD.search(token.word)  # "老年"
        if (token.flag not in KIND_TAGS and not told_by_when and not (suffixed and token.flag in ("v", "vn"))) or _REPORT_VERB.fullmatch(token.word):
            break
        run, suffixed = token.word + run, False
    run = SCOPE_WORD.sub("", run)  # "全市邮政": the scope is no kind
    return run if len(run) >= 2 else ""


_SECTOR = re.compile(r"(?<![企就营专作创事])业$")  # 制造业, 房地产业, 批发和零售业; not 企业
SCOPE_WORD = re.compile(r"^(?:全(?:市|县|区|省|国|镇|乡|州|盟|旗)|[我本该](?:市|县|区|省|镇|乡))+")


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
    if not BREAKDOWN.match(clause):
        return False
    before = left[: len(left) - len(clause)]
    earlier = bigrams(before) | split_across(asked, before, named_apart=True)
    # Read as a question's word: "票款" names the 票务 asked.
    named = frozenset(w for g in bigrams(clause) for w in (g, *V.SAME_BIGRAMS.get(g, ())) if w in wanted and w not in earlier)
    return bool(named) and not names_the_head_only(BREAKDOWN.sub("", clause), named)


_FROM_LAST_NUMBER = re.compile(r"(?:折合|约|近)?-?\d[\d.]*[^\d,;:、]*$")


def adjacency(metric: str, fact: Fact, aligned: str | None = None) -> float:
    """Share of the metric read as one run right before the number (or in its list item or
    column header): "新认定高新技术企业143家" names 143 outright; "新增高企培育库入库企业215家"
    holds the same words scattered, and names something else."""
    wanted = canonical(metric).replace(" ", "")
    if not wanted:
        return 0.0
    clause = own_clause = clause_before(fact)
    if not aligned and not fact.header and fact.kind in ("percent", "points") and names_nothing(clause):
        # "森林覆盖率达到96.4%,比2018年提高1.3个百分点": a bare rate of change is named by the clause
        # before. (Not an amount: "比上年增加4天" is no level asked.)
        # So is one after a bare flow ("各项贷款余额4125.8亿元,比年初新增286.5亿元,同比增长11.4%").
        sentence, at = reading(fact)
        for phrase in reversed(CLAUSE_SPLIT.split(sentence[:at])[:-1]):
            named_here = LINKING_TAIL.sub("", _FROM_LAST_NUMBER.sub("", phrase))  # "…总量折合4.73万吨标准煤"
            if not (names_nothing(named_here) or _names_only_flow(named_here)):
                clause = named_here
                break
    if not aligned and not fact.header and not clause.strip():
        # "完工交付船舶27艘、260万载重吨": the item before names a number with no words of its own.
        sentence, at = reading(fact)
        if sentence[:at].endswith("、"):
            clause = _FROM_LAST_NUMBER.sub("", CLAUSE_SPLIT.split(sentence[:at])[-2])
    after = canonical(clause_after(fact)) if names_after(fact) else ""
    named = common_run(wanted, canonical(clause), _ADJACENT_SLACK)
    own = len(named)
    sentence, at = reading(fact)
    if own and names_a_part(weighted_bigrams(metric), canonical(clause), canonical(sentence[:at]), canonical(metric)):
        # "引才计划中火炬计划" over "…引才计划20人,其中包括火炬计划6人": the part's name runs on
        # from its whole's, in the clause before.
        left = CLAUSE_SPLIT.split(sentence[:at])
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
    if score and not q.unit and _KINDS_OF_GOODS.fullmatch(fact.unit) and _AMOUNT_OF_GOODS.search(q.metric):
        return 0.0  # "推出…等新品37款" counts models, not the 产量 asked
    if score and q.change:
        # "比上年多了多少亿", "比重比去年同期高了多少": the change after 比上年增加/较去年同期提高,
        # not the level before it.
        return score if states_change(fact) else score * 0.3
    if (score and fact.kind in {"count", "money", "measure"} and not q.kinds & {"growth", "points"}
            and not _CHANGE_ASKED.search(q.text) and _CHANGE_FROM_BASE.search(clause_before(fact, PHRASE_SPLIT))):
        # "比上年最高值净增26.3万千瓦": the rise, when the level ("最高负荷达到多少") is asked.
        return score * 0.3
    return score


_KINDS_OF_GOODS = re.compile(r"款|种|类|项")
_AMOUNT_OF_GOODS = re.compile(f"(?:{'|'.join(V.GOODS_AMOUNTS)})$")
_CHANGE_ASKED = re.compile(r"增|减|降|涨|跌|多了|少了|多搞|提高|回落|变化|差")
_CHANGE_FROM_BASE = re.compile(r"(?:比|较)[^,;:。\d]{0,10}(?:净增|增加|增长|减少|下降|多|少)了?(?:约|近)?$")


_PRICE_ASKED = re.compile(r"价|单价|均价|客单|标准|成本|一(?:吨|公斤|千克|斤|平方米|千瓦时|度|立方米|头|只|件|台|张|株|箱|辆)|每(?:吨|公斤|千克|斤|亩|人|平方米|千瓦时|度|立方米|方|头|只|件|台|次|月|年|天|日|户|张|株|箱|辆)")


_PER_MEASURE = re.compile(rf"每(?:{V.PRICED_MEASURES})")


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
    if kind == "money" and ("/" in unit or _PER_MEASURE.search(clause_before(fact, PHRASE_SPLIT))):
        # "平均销售价格约9万元/吨", "订单小麦每斤加价0.06元" are prices: they answer "均价多少",
        # not "卖了多少钱".
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
            growth = GROWTH_WORDS.search(f"{clause_before(fact)} {fact.header}") and not _RATE.search(q.text)
            # Nor a share ("货车车流量占比29.4%" for how many trucks passed).
            share = _SHARE_WORDS.search(f"{clause_before(fact)} {fact.header}") and not _SHARE_WORDS.search(q.text)
            return 0.0 if growth or share else 0.5
        return 0.8
    if kind == "money" and _QUANTITY_HEAD.search(q.metric) and not quantity_in_money:
        return 0.3  # "卷烟销量是多少": the boxes sold, not the sales revenue
    if kind == "count" and quantity_in_money:
        return 0.3  # the report's 销量 is money: "销售网点612个" is no 销量
    if unit.lstrip("万千百亿") in _AREA_UNITS and (_QUANTITY_HEAD.search(q.metric) or _GOODS_TRADED.search(q.metric)) and "面积" not in q.metric:
        return 0.0  # "马铃薯产量", "收购了多少大豆": tonnes, not the 万亩 planted
    if kind == "count" and not q.unit and (goods := _GOODS_ASKED.search(q.text)) and names_after(fact):
        # "收购了多少大豆": not "设立的4个收购站", which counts another thing.
        sentence, at = reading(fact)
        counted = sentence[at + len(fact.text) : at + len(fact.text) + len(goods.group(1)) + 3]
        if goods.group(1)[-2:] not in canonical(counted):
            return 0.0
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
_GOODS_TRADED = re.compile("|".join((*V.GOODS_VERBS, "屠宰")))
# "收购了多少大豆": goods named right after the question word, no unit between.
_GOODS_ASKED = re.compile(rf"(?:{_GOODS_TRADED.pattern}|销售|生产)了?(?:多少|几)([\u4e00-\u9fff]{{2,6}})[?？]?$")
_QUANTITY_HEAD = re.compile(r"(?<![总增存余体易额款])量$")


_SHARE_WORDS = re.compile(r"占|比重|比例|(?<![高低超])强度|(?<!增长)率|覆盖|份额|几成")
GROWTH_WORDS = re.compile(r"增长|增速|增幅|同比|[比较](?:上年|去年|常年)|提高|下降|上升|减少|回落|偏多|偏少")


def share_or_growth(q: Question, fact: Fact) -> float:
    """1 when a percentage is the kind of rate asked, 0.3 when it is a share for a growth
    question ("研发投入涨了多少": not "研发投入强度5.12%") or a growth for a share question."""
    clause = canonical(f"{clause_before(fact)} {fact.header}")  # a cell's column says which rate it is
    asked = canonical(q.metric)
    growth_asked = "growth" in q.kinds or bool(GROWTH_WORDS.search(asked))
    share_asked = bool(_SHARE_WORDS.search(asked) or RATIO_TO_BASE.search(q.text))  # "是2019年同期的多少": a ratio
    is_share = bool(_SHARE_WORDS.search(clause)) or fact.unit == "成"  # "仅为城市低保标准的七成"
    is_growth = bool(GROWTH_WORDS.search(clause))
    if growth_asked and not share_asked and is_share and not is_growth:
        return 0.3
    if share_asked and not growth_asked and is_growth and not is_share:
        return 0.3
    return 1.0


def fact_years(fact: Fact, doc: Document) -> set[int]:
    """Years a fact speaks of: from its table column, its section heading, its sentence, else the
    report."""
    years = {int(y) for y in YEAR.findall(fact.header)}
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
                      if (found := YEAR.findall(part))), set())
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
                and PLAN_VERB.search(clause) and not _PLAN_CUE.search(clause))


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
    if PROGRESS.search(clause_before(fact)):
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
            planned, said = {int(y) for y in YEAR.findall(heading)}, years_reported(clause_before(fact))
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
    if found or PLAN_VERB.search(clause):
        return True
    # "研发投入预计超9亿元,占GDP比重将达2.7%以上": 将 carries on the forecast a clause earlier.
    return "将" in clause and "预计" in fact.sentence[: fact.number_at]


_REACHES = re.compile(r"(?:达到|提高到|提升到|突破|保持在|控制在)$")


def _total_since(q: Question, fact: Fact, doc: Document) -> bool:
    """A running total asked as of the report's year ("截至2024年…累计帮多少人"), read where the
    report counts it from a year before ("自2016年开展“寻亲行动”以来,累计帮助1035名")."""
    return (doc.year in q.years and not q.half and ("累计" in q.text or bool(AS_OF_END.search(q.text)))
            and bool(_SINCE_YEAR.search(fact.sentence[: fact.number_at])))


def period_ok(q: Question, fact: Fact, doc: Document) -> bool:
    # A date is the answer to "哪一年…", not the period asked about: that is the report's.
    years = ({doc.year} if doc.year else set()) if fact.kind == "date" else fact_years(fact, doc)
    if q.years and not (set(q.years) & years) and not _total_since(q, fact, doc):
        return False
    if q.half == "全年":
        own = clause_before(fact, PHRASE_SPLIT)
        if "全年" not in own and _halves(_COMPARED_HALF.sub("", own)):
            return False  # "…全年目标,力争下半年实现营业收入5.1亿元": the half's, whatever the sentence says
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
        reached = halves == ["下半年"] and _REACHES.search(clause_before(fact, PHRASE_SPLIT))
        return "全年" in paragraph or bool(reached)
    own = clause_before(fact, PHRASE_SPLIT)  # "力争全年规上工业总产值达到600亿元、技术合同成交额达到80亿元"
    if q.half and "全年" in own and not PROGRESS.search(own):
        return False  # "力争全年规上工业总产值5300亿元" is no half-year figure (but "完成全年任务的70%" is)
    if q.half:
        # The section says which half a figure belongs to ("二、下半年工作思路"); else the report's period.
        # A span of months is named where the figure is ("1-5月,全市高新技术产业…"), inside a
        # half-year report.
        months_span = [V.SAME_PERIOD.get(h, h) for h in HALVES.findall(fact.sentence[: fact.number_at]) if h.startswith("1-")]
        # "力争上半年规上工业总产值达到200亿元"; but "增速比上半年加快0.6个百分点" is the later period's.
        own = _halves(_COMPARED_HALF.sub("", clause_before(fact, PHRASE_SPLIT)))
        # "在全州12个县市一季度城乡环境卫生考评中,宾川县位列第4名": an earlier clause may name it.
        before = _COMPARED_HALF.sub("", fact.sentence[: fact.number_at])
        earlier = _halves(before)
        # A part by period is its own: "1-9月实现营业收入9.74亿元…,其中三季度实现营业收入3.44亿元,
        # 同比增长12.9%" is the third quarter's.
        if (part := _PART_BY_PERIOD.search(before)) and not HALVES.search(before, part.end(1)):
            months_span = earlier = _halves(part.group(1))
        # A cell's column may name it: "三季度销售收入(万元)" beside "1-9月销售收入(万元)".
        column = _halves(fact.header) if fact.header else []
        where = own or column or months_span or earlier or _halves(fact.section) or _halves(doc.period) or _halves(fact.sentence)
        if q.half not in where:
            return False
    return True


_PART_BY_PERIOD = re.compile(rf"其中({HALVES.pattern})[^。;]*$")


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
        return 0.5 if _ONE_MONTH.search(clause_before(fact, PHRASE_SPLIT)) else 1.0
    phrases = PHRASE_SPLIT.split(fact.sentence[: fact.number_at])
    months = [int(m) for m in _MONTH.findall(phrases[-1])]
    if not months:
        # A month leading an earlier phrase dates what follows ("1-4月,…增长8%,居全省第2位");
        # an event's month inside one does not ("于4月在北交所上市,全市上市公司达到12家").
        lead = next((m for p in reversed(phrases[:-1]) if (m := _LEAD_MONTH.match(p))), None)
        months = [int(m) for m in _MONTH.findall(lead.group())] if lead else []
    if aligned and (own := _MONTH.match(aligned)):
        months = [int(own.group(1))]
    if not months:
        span = re.sub(r"^(?:19|20)\d{2}年", "", period or "")
        ends = _PERIOD_END_MONTH.get(V.SAME_PERIOD.get(span, span), 0)
        if q.half and ends in q.months and _PERIOD_END_MONTH.get(q.half) == ends:
            return 1.0  # "2024年1-9月…" of a 1-9月 report: every figure of it is of those months
        own = clause_before(fact, PHRASE_SPLIT)
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


ENDS_IN_NUMBER = re.compile(r"\d[\d.]*[^\d\s,;、]{0,4}$")  # a list item with its own number
_ONE_MONTH = re.compile(r"(?<!\d)(?:1[0-2]|[1-9])月(?:当月|份|单月)")
TOTAL_ROW = re.compile(r"^(?:全市|全县|全区|全省|全镇|合计|总计|小计|总体|全部)")
REMAINDER_ROW = re.compile(r"^(?:其他|其它|其余)")  # "其他乡镇": the places not listed, none of them named
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
        if REMAINDER_ROW.match(label):
            return True
        core = _OFFICE_ROW.sub("", re.sub(r"\([^()]*\)", "", label))
        if TOTAL_ROW.match(label) or not is_place_row(label):
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
    phrase = clause_before(fact, PHRASE_SPLIT)
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
    if q.place_level == 4 and aligned and any(name in aligned for p in q.places for name in _bare_town(p)):
        return True
    return bool(own) or asks_the_reporter_within(q, doc)


def _bare_town(town: str) -> list[str]:
    """How a list of towns writes the town: "分布在太乙、洋溪、青岗、瞿河四镇" names 青岗镇 bare. A name
    the question reader took one character too long ("醇田太乙镇" as 田太乙镇) also by its last two."""
    if not re.search(r"..[镇乡]$", town):
        return []
    bare = town[:-1]
    return [bare, bare[-2:]] if len(bare) == 3 else [bare]


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
    # Or it is one of a list its numbers follow by 分别: "其中肃州区、玉门市…分别完成3126批次、2480批次…",
    # "其中向洒雨镇、普坪镇…分别供应1120吨、860吨…".
    return any(
        re.search(r"(?:^|[、,;:和及与中])(?:向|对|给|在)?" + re.escape(p) + r"(?:(?:为|有|达到?|共)?\d|[、和及与][^,;。]*?分别[^,;。\d]{0,8}\d)", tail)
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
