"""Checks that rule a candidate fact out for a question: another kind, part, row, works or facility named.

Each takes the metric asked for and a ``Fact`` (with its aligned item, where a sentence lists several),
and says whether the figure measures something the question did not ask about.
"""
from __future__ import annotations

import math
import os
import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from index.cleaning import CleanText, clean_report, normalize_query
from index.numbers import TIME_UNITS, to_base
from index.schema import Chunk, Document, Fact
from rag import vocabulary as V
from rag.question import Question, word_starts
from rag.reading import (
    AS_OF_END,
    BARE_WORDS,
    BREAKDOWN,
    CHANGE_WORDS,
    CLAUSE_SPLIT,
    CONTRAST_PENALTY,
    DIGIT,
    ENDS_IN_NUMBER,
    KIND_TAGS,
    LINKING_TAIL,
    PERIOD,
    PERIOD_PART,
    PHRASE_SPLIT,
    PLACE_UNIT,
    RATE_WORDS,
    REMAINDER_ROW,
    RESTATED_SCORE,
    RESTATED_TOTAL_SCORE,
    SCOPE_PENALTY,
    SCOPE_WORD,
    SENTENCE_END,
    TITLE_YEAR,
    TOTAL_ROW,
    Candidate,
    across_words,
    align_enumeration,
    bigrams,
    bigrams_read,
    canonical,
    clause_after,
    clause_before,
    common_run,
    enumeration_run,
    is_place,
    is_place_row,
    names_a_part,
    names_after,
    names_nothing,
    names_the_head_only,
    own_places,
    part_by_period,
    phrase_before,
    reading,
    report_subject,
    split_across,
    states_change,
    tagged_words,
    weighted_bigrams,
)


@lru_cache(maxsize=64)
def cleaned_view(text: str) -> CleanText:
    """A report's text as the indexer read it: a web page without its tags, its cells " | "."""
    return clean_report(text)


PLACE_ENDS = set("省市区县镇乡州村")


def common_suffix(a: str, b: str) -> str:
    return os.path.commonprefix([a[::-1], b[::-1]])[::-1]


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
BASE_PENALTY = 0.4


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
    if (re.match(r"\s*(?:截至)?年初", clause_before(fact, PHRASE_SPLIT)) and not _ASKS_START.search(q.text)
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
STOCK_ASKED = re.compile(r"(?<![新增])有(?:多少|几)|现有|共有|保有")
YEARS_OWN = re.compile(r"^(?!.*累计).*(?:全年|当年|本年|今年|年内|上半年|下半年)")  # the period's own flow, not a running total
RUNNING_VERB = re.compile("累计(?:" + "|".join(V.FLOW_WORDS) + ")")
NEW_FLOW = re.compile(r"(?:新增|净增)[^、]*$")  # the number's own label; not one item of a list before it


def names_any(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


def flow_for_stock(asked: str, named: str) -> bool:
    """Whether the question asks a flow (新增…) and the words at the number name only a stock
    (累计…), or the other way round."""
    return any(
        names_any(asked, side) and not names_any(asked, other) and names_any(named, other) and not names_any(named, side)
        for side, other in ((V.STOCK_WORDS, V.FLOW_WORDS), (V.FLOW_WORDS, V.STOCK_WORDS))
    )


_OWN_PLACE = re.compile(r"[我本该全][区市县省镇州]|集团|我局")


def ranks_another_measure(asked: str, clause: str) -> bool:
    """Whether a rank's own clause ranks the growth rate when the level is asked, or the level
    when the rate is: "成交额居全省第七位,增幅居全省第一位". A clause naming nothing ("居全市
    第二位", "我县排名全市第二") ranks what the sentence is about."""
    if names_any(asked, RATE_WORDS) == names_any(clause, RATE_WORDS):
        return False
    if not names_any(asked, RATE_WORDS):
        return True
    return len(_OWN_PLACE.sub("", BARE_WORDS.sub("", clause)).strip()) >= 2  # "总量居全省"


_RANK_VERB = re.compile(r"位居|位列|排名|排在|居|排|列")


_RANKED_AMONG = re.compile(r"(?<=[\u4e00-\u9fff]{2})[在于][^在于]{2,}?[中里内]?$")


def ranks_a_sibling_measure(asked: str, fact: Fact) -> bool:
    """Whether a rank's own clause ranks a measure the question does not name while another clause
    of its sentence ranks one it does: "演出场次居…第4位,票房收入居第2位" for 票房收入's rank."""
    if fact.kind != "rank":
        return False
    own = canonical(clause_before(fact, PHRASE_SPLIT))
    verb = _RANK_VERB.search(own)
    # "营业收入在宁国市规模以上工业企业中居第2位": the group ranked in is no part of the measure.
    measure = BARE_WORDS.sub("", _RANKED_AMONG.sub("", own[: verb.start()])).strip() if verb else ""
    words = [w for w in canonical(asked).split() if len(BARE_WORDS.sub("", w).strip()) >= 2]
    # Not when the clause names what is asked, nor only words of it: "营业收入居…" ranks no
    # 出口收入 for all the 收入 they share.
    if len(measure) < 2 or any(BARE_WORDS.sub("", w).strip() in measure for w in words) or bigrams(measure) <= weighted_bigrams(asked).keys():
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
    tokens = tagged_words(text) if text else ()
    return tokens[-1] if tokens else None


_ALL_KINDS = re.compile(r"各项|各类|全部|所有")
_NOT_A_KIND = re.compile(
    r"^(?:全市|全县|全区|全省|全年|全部|区内|市内|县内|辖区内?|实现|完成|累计|新增|共计|共|其中|各类|各项|总|年度|当年|本年|上半年|下半年|"
    r"公司|集团|全行|全院|本院|我院|我局|本局|"  # who reports: "公司管网总长度" is the company's network
    r"一季度|前三季度|同比|达到|达|为|有|现有|的|和|及|与|、|"
    r"计划|力争|目标|预计|确保|争取)+$"  # a plan's verb: "计划新筹集…" asked, "力争新筹集…" found
)


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
    words = [w for w in (_CHANGE_TAIL.sub("", w) for w in canonical(metric).split()) if w and not names_nothing(w)]
    if not words:
        return False
    # "节假日游客占全年游客的几成": a share asks of the part before 占, not of its base.
    share_of = next((w[:-1] for w in words[:-1] if w.endswith("占") and len(w) > 2), "")
    asked = (share_of or words[-1]).replace("的", "")  # "新车保险的市场份额" names 新车保险市场份额
    if fact.header and not aligned and not share_of:
        # "紫薯粉条产量" in the 产量 column: the column names the measure, the row ("红薯粉条") the kind.
        measure = canonical(re.split(r"[(（]", fact.header)[0]).strip()
        if len(measure) >= 2 and asked.endswith(measure) and len(asked) - len(measure) >= 2:
            asked = asked[: -len(measure)]
    own = aligned or clause_before(fact, PHRASE_SPLIT)
    if not aligned and not fact.header and names_nothing(own):
        # "完成公路货运量18642万吨,同比增长6.4%": a bare change is of what the phrase before names.
        own = ENDS_IN_NUMBER.sub("", phrase_before(fact)) or own
    # "…市场份额达到37.5%": the verb before the number is no part of the label, nor is its change
    # ("大健康医药产业签约金额同比增长42.3%").
    # A list item with the tail its list shares ("工伤保险 参保人数") reads as one label.
    label = _CHANGE_TAIL.sub("", LINKING_TAIL.sub("", _FROM_TO_TAIL.sub("", canonical(own)))).strip().replace(" ", "")
    if fact.header:
        label = label.rstrip("|")  # a row's label before its cell: "红薯粉条 | 12700"
    if (lead := BREAKDOWN.match(label)) and (when := _PART_PERIOD.match(label, lead.end())):
        label = label[when.end():]  # "其中三季度出货", "其中2024年新建冷库": a period is no kind of what is asked
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
    if _NOT_A_KIND.match(other) or before.endswith("全" + other) or _abbreviates(kind, before) or _shortens(other, asked[: -len(head)]):
        return False
    if canonical(kind) == canonical(other) or bigrams(kind) <= {w for g in bigrams(other) for w in V.SAME_BIGRAMS.get(g, ())}:
        return False  # "研发经费投入" and "…经费投入" read as 资金投入: one word, spelled two ways; 票款 and 票务
    if _ACTOR.search(kind) and _ACTOR.search(other):
        return False  # "指挥中心受理呼救电话" asked, "调度平台受理呼救电话" found: who answers, not which calls
    # The asked kind may stand as the sentence's topic ("口蹄疫防控方面,…"), not as a sibling item
    # with a number of its own ("其中猪口蹄疫抗体合格率92.4%,禽流感…89.3%").
    *earlier, own_start = PHRASE_SPLIT.split(fact.sentence[: fact.number_at])
    own_end = PHRASE_SPLIT.split(fact.sentence[fact.number_at :], maxsplit=1)[0]
    around = canonical(" ".join([*(p for p in earlier if not DIGIT.search(p)), own_start + own_end]))
    # The label's kind is named by the question when it stands there whole, not across two of
    # its words (税收 of 契税|收入).
    named = canonical(metric)
    return (other not in named or other in across_words(named.replace(" ", ""))) and kind not in around


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
    for split in (CLAUSE_SPLIT, PHRASE_SPLIT):  # the list item's own grade, else the phrase's ("4A级、5A级景区共8家")
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

    tokens = list(tagged_words(word))
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
    told_by_when = qualifier[1] == "t" and not PERIOD.search(qualifier[0])  # "逾期", "夜间"
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
    if len(head) < 2 or names_nothing(head) or not _HEAD_VERB.fullmatch(head):
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
    tokens = tagged_words(canonical(metric).replace(" ", ""))
    around = f"{stem} {canonical(fact.sentence)} {canonical(context)}"
    asked = canonical(metric).replace(" ", "")
    at = asked.find(stem) if len(stem) >= 2 else -1
    if at >= 2 and asked[at - 2] == "涉" and asked[at - 2 : at] not in around:
        return True  # "涉农贷款余额" is no 贷款余额 column, whatever else the report says
    if at >= 2 and TOTAL_ROW.match(fact.context.strip()):
        # "瓜菜种子制种面积" of the 合计 of a 制种面积 column by crop, in a report that names 瓜菜
        # apart: the kind the question opens with is nowhere at the cell.
        kinds = [(w, flag) for w, flag in tagged_words(BARE_WORDS.sub("", asked[:at]).strip())
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
    tokens = tagged_words(words[-1]) if words else ()  # "关区 进口": a subject apart qualifies nothing
    if len(tokens) < 2:
        return False
    (before, flag), (head, head_flag) = tokens[-2:]
    if flag == "vn" and len(tokens) >= 3 and head_flag in _QUALIFIER_TAGS:
        # "沃柑|销售|收入": the verb is the measure's own word, the kind comes before it.
        (before, flag), head = tokens[-3], before + head
    # A kind the dictionary does not know may read as a name: "沃柑" (nr).
    if len(head) < 2 or head_flag not in _QUALIFIER_TAGS or len(before) < 2 or flag not in (_QUALIFIER_TAGS - {"vn"}) | {"nr"}:
        return False  # "筹集保障性租赁住房", "创作文艺作品": a verb's object, not a kind
    if head not in canonical(clause_before(fact, PHRASE_SPLIT)):
        return False
    # Named, or abbreviated as the question does: "国企" for the sentence's 国有企业.
    if re.search(".{0,2}".join(map(re.escape, before)), f"{canonical(fact.sentence)} {canonical(context)}"):
        return False
    # Or where the part has figures of its own: "其中脐橙2.26万吨、…沃柑0.35万吨".
    if before + head in report or re.search(rf"[、,;]{re.escape(before)}\d", report):
        return True
    return before not in title and not _abbreviates(before, title) and bool(
        re.search(rf"(?:^|[。;!?\n])\s*{re.escape(before)}", report)
    )


def another_works_figure(metric: str, fact: Fact, title: str = "") -> bool:
    """Whether the sentence says whose figure it is, a works the question does not name, while the
    kind the question opens with is nowhere in it: "种猪销售收入" is not what "有机肥厂…实现销售收入
    1150万元" earns, nor "光伏装机容量" what "兴隆电站增效扩容改造完成,新增装机容量0.6万千瓦" adds."""
    words = canonical(metric).split()
    tokens = tagged_words(words[-1]) if words else ()
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


_QUALIFIER_TAGS = frozenset({"n", "nz", "vn", "b", "an", "j", "l"})


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is formed from ``full``'s characters in order: 医保 of 城乡居民基本医疗保险,
    (普)惠小微 of 普惠型小微企业."""
    if len(short) >= len(full):
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


def _shortens(short: str, full: str) -> bool:
    """Whether ``short`` abbreviates ``full`` (景区 of 风景名胜区); after a word they share, only by the
    first characters of the words left: 普惠小微 of 普惠型小微企业, not 芒果干 of 芒果冻干粉."""
    if not _abbreviates(short, full):
        return False
    shared = next((w for w in jieba_words(full)[:1] if len(w) >= 2 and short.startswith(w)), "")
    if not shared:
        return True
    starts = {w[0] for w in jieba_words(full[len(shared):])}
    return all(ch in starts for ch in short[len(shared):])


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
    if last.flag == "t" and len(last.word) >= 2 and not PERIOD.search(last.word):
        return last.word  # "节假日游客", "夜间游客": a kind told by when, not the period asked
    word = last.word
    if word in _KIND_SUFFIXES and len(tokens) >= 2 and _HAN_RUN.fullmatch(tokens[-2].word):
        return tokens[-2].word + word  # "委托类公证收费", "预付式": a suffix makes a kind of any word
    if len(word) == 1 and word in _PROCESSED_FORMS and len(tokens) >= 2 and len(tokens[-2].word) >= 2 and tokens[-2].flag.startswith("n"):
        return tokens[-2].word + word  # "芒果干", "辣椒酱": goods and the form they are made into
    if len(word) == 1 and word not in _ONE_CHARACTER_KINDS:
        # A word jieba does not know, read one character at a time: "年卡" (年 | 卡), "二噁英".
        run = ""
        for token in reversed(tokens):
            if len(token.word) > 1 or token.flag not in _CHARACTER_TAGS:
                break
            run = token.word + run
        if len(run) >= 2 and _HAN_RUN.fullmatch(run) and not SCOPE_WORD.match(run) and not PERIOD.search(run):
            return run
    if len(word) == 2 and word[0] == "涉":
        return word  # "涉农贷款", "涉企收费", "涉外公证": what it concerns is its kind
    if last.flag == "a" and len(word) >= 2:
        return word  # "视力不良检出率" is another rate than "肥胖检出率": a state is a kind
    if last.flag not in KIND_TAGS | {"vn"}:  # "文化旅游产业": 旅游 is a kind
        return ""
    if len(word) == 1 and word in _ONE_CHARACTER_KINDS:
        return word  # "猪口蹄疫抗体合格率" is another kind than the 牛羊 one asked
    return word if len(word) >= 2 else before[-2:] if len(before) >= 2 and tokens[-1].flag == "eng" else ""
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
_PROCESSED_FORMS = frozenset("干粉片汁酱脯丝丁酥饼")
_ONE_CHARACTER_KINDS = frozenset("猪牛羊鸡鸭鹅鱼虾蟹茶菜果粮棉油煤电水气")


_RANKED_GROUP = re.compile(r"^[^\s在于]+?(?:企业|单位|公司|行业|合作社|园区)[中里内]?$|[在于]\S*?(?:企业|单位|公司|行业|合作社|园区)[中里内]?$")


def without_rank_group(metric: str) -> str:
    """The metric without the group a rank is among: "…出口量居全省蜂产品加工企业第几位" ranks the
    出口量, and the group says nothing of what is ranked."""
    return " ".join(filter(None, (_RANKED_GROUP.sub("", w) for w in metric.split()))) or metric


def contrast_factor(metric: str, fact: Fact, aligned: str | None, previous: str = "", change: bool = False) -> float:
    """A penalty when the words at the number name a contrasting word and not the one asked
    ("累计…" asked, "新增…92家" found), 0 when it ranks a level for a rate or a rate for a level, else 1.
    ``previous`` is the sentence before, where the whole of a breakdown opening a sentence stands;
    ``change`` says the question asks how much a level changed ("余额较年初净增多少")."""
    asked = without_rank_group(canonical(metric)) if fact.kind == "rank" else canonical(metric)
    # The phrase before the number, list commas included: "申报国家、省市级科技计划项目达200多项".
    # A list item stands for its number alone: in "发明专利申请、授权量分别为5843件、2356件" the
    # phrase holds both words, the 5843's item only 申请.
    own = clause_before(fact, PHRASE_SPLIT)
    phrase = "" if aligned else own
    near = canonical(" ".join([phrase, aligned or "", fact.header, clause_after(fact) if names_after(fact) else ""]))
    sentence, at = reading(fact)
    phrases = PHRASE_SPLIT.split(sentence[:at])
    if not aligned and not fact.header and names_nothing(own) and len(phrases) > 1:
        # "总收入87.35亿元,同比增长6.9%": a bare change names what the clause before it names.
        near = f"{near} {canonical(phrases[-2])}"
    # A breakdown that names none of a contrast's words is what its whole is: "授权专利158件,其中
    # 发明专利41件" are grants, not applications.
    whole = ""
    for i in range(len(phrases) - 1, 0, -1):  # the number's phrase, or the one a bare change refers to
        if BREAKDOWN.match(phrases[i]):
            whole = canonical(phrases[i - 1])
            break
        if not names_nothing(phrases[i]):
            break
    # A share's base ("占营业收入的22.7%") is what it is a share of, not what it measures; unless
    # the question names the base too.
    # The base asked may follow 占 in one word: "锂电车型收入占营业收入".
    measured = _SHARE_BASE.sub(lambda m: m.group() if any(len(w) >= 2 and w in m.group(1) for w in re.split(r"\s|占", asked)) else "占", near)
    for group in V.CONTRASTS:
        wanted = [w for w in group if w in asked]
        if len(wanted) >= 2 and "占" in asked and all(w in near for w in wanted):
            continue  # "研发投入占营业收入的比重": the part and its base, both named at the number
        if len(wanted) >= 2:
            # "市级医院新增省级临床重点专科": the word nearest the head is what is counted; the
            # number's own words are read the same way.
            last = max(wanted, key=asked.rfind)
            own_last = max((w for w in group if w in measured), key=measured.rfind, default=None)
            if own_last is not None and own_last != last:
                return CONTRAST_PENALTY
            wanted = [last]
        if wanted and not any(w in measured for w in wanted) and any(w in measured for w in group):
            return CONTRAST_PENALTY
        if wanted and not any(w in measured for w in group) and any(w in whole for w in group) and not any(w in whole for w in wanted):
            return CONTRAST_PENALTY
    for word, longer in V.INSIDE_OTHER:
        if word in asked and longer not in asked and longer in near and word not in near.replace(longer, ""):
            return CONTRAST_PENALTY
    # "高端装备、新材料、生物医药三大主导产业实现产值61.35亿元": the items' sum, not one item's.
    joint = _JOINT.search(phrase)  # not a 分别 list: its items have their own numbers
    measure_only = BARE_WORDS.sub("", canonical(own)).replace("平均", "").strip()
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
            return CONTRAST_PENALTY
    # "其余七个旗县市快递业务量合计…": how many the rest are, not a figure of the whole.
    if REMAINDER_ROW.search(fact.context.strip()[-2:]) and not REMAINDER_ROW.search(asked):
        return CONTRAST_PENALTY
    # A company's row ("襄阳岘山产业投资有限公司 | 60.9 | 38.6") answers for the company only.
    if " | " in fact.sentence and _COMPANY.search(fact.context.strip()) and not _COMPANY.search(asked):
        return SCOPE_PENALTY
    # "成交额居全省第七位,增幅居全省第一位": a rank of the growth rate is not the level's rank.
    if fact.kind == "rank" and ranks_another_measure(asked, canonical(clause_before(fact))):
        return 0.0
    # A breakdown is a flow or a stock as its whole is: "众创空间累计达到14家,其中国家级…4家".
    if BREAKDOWN.match(own) and len(phrases) > 1:
        near = f"{near} {canonical(phrases[-2])}"
    # A row counting a kind ("高新技术企业数(家) | 386") is a stock.
    if fact.header and _COUNT_ROW.search(fact.context):
        near = f"{near} 累计"
    # "截至2024年末全市“四上”企业达到1022家" is what there is at the year's end: a stock.
    if AS_OF_END.search(own):
        near = f"{near} 累计"
    # "储蓄余额…较年初净增41.6亿元" is the change of the level asked, when a change is asked.
    if flow_for_stock(asked, near) and not (change and states_change(fact)):
        return CONTRAST_PENALTY
    # "第42届中国洛阳牡丹文化节期间,全区接待游客603.2万人次": figures of an event's days.
    # Or the number's own clause: "成功举办第十届春茶开采节,活动期间接待游客6.3万人次".
    during = _DURING.match(sentence[:at]) or _DURING.match(own)
    if during and not bigrams(canonical(during.group(1))) & bigrams(asked):
        return SCOPE_PENALTY
    # "产业项目中,麓川…项目总投资41.6亿元": one group's figure, when the question names too little
    # of the group.
    among = _AMONG.match(sentence[:at])
    if among and names_little_of(asked, among.group(1)):
        return SCOPE_PENALTY
    # "灵活就业人员开户1836人,缴存额0.27亿元": a bare measure is of the clause before's subject, a
    # part when the question does not name it.
    if fact.kind != "rank" and not aligned and not fact.header and len(phrases) > 1 and bare_measure(own, asked):
        # Past the sibling measures before it: in "衔接刑满释放人员132名,衔接率100%,帮教率98.9%"
        # the rates' subject is the clause before 衔接率.
        k = len(phrases) - 2
        while k > 0 and _SIBLING_MEASURE.match(canonical(phrases[k])):
            k -= 1
        # "其中,出口额71.85亿元": a breakdown's lead names no subject; the sentence before does.
        # A clause of deeds with no figure ("统一测土配方施肥和病虫害绿色防控,优果率为83.1%") is
        # how the measure came about, no subject of it.
        subject = [w for w in _CJK_RUN.findall(BARE_WORDS.sub(" ", _ORDINAL.sub(" ", canonical(phrases[k])))) if w != "其中"]
        if (subject and not any(bigrams(w) & bigrams(asked) for w in subject) and sum(map(len, subject)) >= 2
                and (DIGIT.search(phrases[k]) or BREAKDOWN.match(phrases[k]))):
            return SCOPE_PENALTY
    # A table row of a category the question does not name ("产业项目 | 46 | 512.38") is a part;
    # the 合计 row is the whole.
    if fact.header and " | " in fact.sentence and not TOTAL_ROW.match(fact.context.strip()):
        if names_little_of(asked, re.sub(r"\([^()]*\)", "", fact.context)) and not is_place_row(fact.context):
            return SCOPE_PENALTY
    # An indicator named without a scope is the whole's: "研发经费" asked, "规上工业企业研发费用"
    # is a part of it.
    # A growth or share names its indicator a clause earlier ("…研发费用支出17.92亿元,同比增长").
    if len(CHANGE_WORDS.sub("", phrases[-1]).strip()) > 2:
        phrases = phrases[-1:]
    named = canonical(" ".join([*phrases[-2:], aligned or "", fact.header]))
    # A figure per head ("每万人口高价值发明专利拥有量3.72件") is another measure than the total.
    if names_any(named, V.PER_HEAD) and not names_any(asked, V.PER_HEAD):
        return CONTRAST_PENALTY
    # A daily average answers only for one, and a day's figure only when it is asked for.
    # And "设计规模37万立方米/日" is no year's 供水量.
    per_day = names_any(named, V.AVERAGES) or (
        (fact.unit.endswith(("/日", "/天")) or sentence[at + len(fact.text) :].startswith(("/日", "/天")))
        and asked.endswith("量") and "日" not in asked
    )
    if fact.kind != "rank" and per_day != names_any(asked, V.AVERAGES):
        return CONTRAST_PENALTY
    if any(w in named and w not in asked for w in V.NARROW_SCOPES):
        return SCOPE_PENALTY
    # And a scope asked ("规上工业企业研发投入强度") is not answered by a figure named without it.
    if any(w in asked and w not in f"{named} {canonical(fact.section or '')}" for w in V.NARROW_SCOPES):
        return SCOPE_PENALTY
    # A breakdown ("…授权量5809件,其中发明专利授权量2356件") is a part; unless the question names
    # what sets the part apart, it asks for the whole.
    # Not a breakdown by period ("全年力争…25亿元,其中下半年完成13亿元"): the period asked decides.
    # "其中沙棘汁饮品收入1.65亿元,在营业收入中占59.1%": a share names only its base; its part is
    # the item before it, as in "…,占营业收入的59.1%".
    share_only = bool(_SHARE_OF_ITEM.match(own))
    if not names_nothing(own) and not share_only and not _NEW_STATEMENT.match(own) and in_breakdown(PHRASE_SPLIT.split(sentence[:at])[:-1]):
        own = f"其中{own}"  # "其中,大工业售电量11.27亿千瓦时", "其中,同城…2394万件,异地…1.02亿件"
    left = canonical(sentence[:at])
    if BREAKDOWN.match(sentence):
        left = canonical(previous) + left  # "…全年日均快递业务量34.5万件。其中,同城快递业务量…"
    elif BREAKDOWN.match(previous.strip()) and not PHRASE_SPLIT.search(sentence[:at]) and not names_nothing(own):
        # The next item of a breakdown the sentence before opened: "其中,大工业售电量11.27亿千瓦时,
        # 同比增长14.6%;居民生活售电量1.93亿千瓦时".
        own, left = f"其中{own}", canonical(previous) + left
    # "…生产成品黄酒3.46万千升;其中三季度生产1.08万千升": a part by period only, which the period
    # asked decides, names nothing the whole does not.
    if (BREAKDOWN.match(own) and not names_nothing(own) and not part_by_period(own, left)
            and not names_a_part(weighted_bigrams(metric), canonical(own), left, asked)
            and not joined_in_whole(BREAKDOWN.sub("", canonical(own)), left, asked) and not part_inside_whole(canonical(own), left, asked)):
        return SCOPE_PENALTY
    # And the whole does not answer for a part the question names: "申报…137家,…其中首次申报
    # 企业89家" asked "首次申报的有多少家".
    stop = PHRASE_SPLIT.search(sentence, at + len(fact.text))
    own_end = stop.start() if stop else len(sentence)
    # "272个项目(本地项目199个)": 项目 is the whole's. The sentence before may name the whole's
    # subject, when this one goes on about it: "全年医保基金总收入…。基金总支出7.26亿元".
    before = bigrams_read(canonical(sentence[:own_end]))
    lead, earlier_lead = (
        _GENERIC_LEAD.sub(" ", BARE_WORDS.sub(" ", canonical(PHRASE_SPLIT.split(t, maxsplit=1)[0]))) for t in (sentence, previous)
    )
    if previous and any(len(g) == 2 for g in bigrams(lead) & bigrams(earlier_lead)):
        before |= bigrams_read(canonical(previous))
    whole = canonical(sentence[:own_end])
    in_part = False  # the items after 其中 are parts too: "其中横向科研经费1547万元,纵向科研经费1316万元"
    # Whether a figure of its own has come between: "运营风电场6座,累计装机容量845兆瓦,其中…风电场
    # 100兆瓦" joins no 风电场 into the 6座.
    intervened = False
    for clause in PHRASE_SPLIT.split(sentence[own_end:])[1:]:
        # A later item has a label of its own: not "占台站总数的90.8%", nor "同比增长8.9%".
        # Only a part with a figure of its own: "其中城西污水处理厂全年处于超负荷运行状态" is none.
        in_part = (bool(BREAKDOWN.match(clause)) and bool(DIGIT.search(clause))) or (
            in_part and bool(ENDS_IN_NUMBER.search(clause.strip())) and not clause.lstrip().startswith("占")
            and not names_nothing(clause) and not _NEW_STATEMENT.match(clause)  # "全市…累计达到": no item
        )
        # Bigrams across two words of the question ("业税" of 制造业|税收) name no part, unless the
        # part holds both words whole ("移送司法机关").
        # 累计 names no part: the question's "截至年底" reads 累计 ("…占累计装机的11.8%").
        named = frozenset(g for g in bigrams(canonical(clause)) & bigrams(asked) if len(g) == 2) - before - split_across(asked, canonical(clause)) - {"累计"}
        if in_part and named and not (
            names_the_head_only(ENDS_IN_NUMBER.sub("", BREAKDOWN.sub("", canonical(clause))), named)
        ):
            return CONTRAST_PENALTY
        # "举办展会和会议活动200场以上,其中展会60场": the whole joins the part asked with others.
        if BREAKDOWN.match(clause) and not intervened and joined_in_whole(BREAKDOWN.sub("", canonical(clause)), whole, asked):
            return CONTRAST_PENALTY
        intervened = intervened or (not in_part and not BREAKDOWN.match(clause) and bool(DIGIT.search(clause))
                                    and not names_nothing(ENDS_IN_NUMBER.sub("", clause.strip())))
    return 1.0


_GENERIC_LEAD = re.compile(r"全(?:市|县|区|省|年)|新增|净增|累计|实现|其中|共有|共|总")  # no subject of its own


def joined_in_whole(part: str, whole: str, asked: str) -> bool:
    """Whether a breakdown's item ("其中展会60场") is asked and is one of the items its whole joins
    ("举办展会和会议活动200场以上"): then the part, not the whole, answers."""
    item = ENDS_IN_NUMBER.sub("", part).strip()
    if len(item) < 2 or item not in asked:
        return False
    joints = [m.group() for m in re.finditer(rf"{re.escape(item)}(?:和|及|与|、).|.(?:和|及|与|、){re.escape(item)}", whole)]
    # Unless the question asks the joined whole itself: "展会和会议活动", "三四级手术".
    flat = re.sub(r"[、\s]", "", asked)
    return bool(joints) and not any(j in asked or re.sub(r"和|及|与|、", "", j) in flat for j in joints)


def part_inside_whole(part: str, whole: str, asked: str) -> bool:
    """Whether a breakdown's item is asked by a word its whole holds inside a longer one the question
    does not say: "出口额" of "跨境电商进出口额86.53亿元,…其中,出口额71.85亿元"."""
    item = BARE_WORDS.sub("", ENDS_IN_NUMBER.sub("", BREAKDOWN.sub("", part))).strip(" ,")
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


_SHARE_OF_ITEM = re.compile(r"^\s*(?:在[^,;。\d]{1,12}中)?(?:所|约)?占(?!地)")


def in_breakdown(phrases: list[str]) -> bool:
    """Whether the phrases before a number's own open a breakdown ("其中") that runs on to it,
    item by item ("其中,同城快递业务量2394万件,异地快递业务量…")."""
    for phrase in reversed(phrases):
        if BREAKDOWN.match(phrase):
            return True
        if not ENDS_IN_NUMBER.search(phrase.strip()):
            return False  # not an item with its number: the breakdown, if any, ended before
    return False


def names_little_of(asked: str, name: str) -> bool:
    """Whether the question names less than half of ``name``'s bigrams."""
    grams = bigrams(canonical(name))
    return len(grams & bigrams(asked)) * 2 < len(grams)


_AMONG = re.compile(r"^\s*([^,;:。]{2,12}?)中[,:]")
_DURING = re.compile(r"^\s*([^,;:。]{2,30}?)期间[,:]?")
_COUNT_ROW = re.compile(r"[^\d\s]数(?:\([^()]*\))?\s*$|总量|总数")
RANK_SCOPE = re.compile(r"全国|全省|全市|全区|全县|省内|市内")
UNASKED_SCOPE = 0.8
RANK_GROUP_ASKED = re.compile(rf"{RANK_SCOPE.pattern}|各|在[^,?]{{1,14}}(?:中|里)")  # "在合肥市各县(市)中排第几"
_COMPANY = re.compile(r"公司|企业集团")
_LEVEL_AND_UP = re.compile(r"(?:国家|省|市|县|区)级及?以上")


def ranks_another_group(question: str, clause: str) -> bool:
    """Whether a rank's clause ranks among another group than the one the question names: "居各
    管理部首位" or "居全市第2" for "排全省第几"."""
    same = {"省内": "全省", "市内": "全市"}
    asked = {same.get(w, w) for w in RANK_SCOPE.findall(question)}
    if not asked:
        return False
    named = {same.get(w, w) for w in RANK_SCOPE.findall(clause)}
    return not (named & asked) if named else bool(_EACH_GROUP.search(clause))


_EACH_GROUP = re.compile(r"各[\u4e00-\u9fff()、]{1,10}$")


def item_extended(item: str, question: str, fact: Fact, aligned: str | None) -> bool:
    """Whether the number's own label is the item asked glued to a noun of its own that the question
    never says: "南美白对虾苗12.6亿尾" for "南美白对虾产量" (not "原创展览11个" for "原创、引进、流动展览")."""
    label = canonical(aligned.split(" ")[0] if aligned else clause_before(fact, PHRASE_SPLIT)).replace(" ", "")
    name = canonical(item).replace(" ", "")
    # The item as the label writes it, who reports aside: "翁海公司石斑鱼" is written 石斑鱼.
    name = next((name[-k:] for k in range(len(name), 1, -1) if name[-k:] in label), "")
    if not name:
        return False
    rest = label[label.rfind(name) + len(name):]
    return (1 <= len(rest) <= 2 and bool(_CJK_RUN.fullmatch(rest)) and BARE_WORDS.sub("", rest) == rest
            and not set(rest) & set(canonical(question))
            and all(flag.startswith("n") for _, flag in tagged_words(rest)))  # a noun: not "…产值突破82亿元"


# Where a question puts the item it asks about: "在芦蒲新建了多少亩桑园" asks the 芦蒲 item.
_SCOPE_NAME = re.compile(r"^(?:全|本|各|我|该|哪|这|那)")


def asks_another_item(question: str, fact: Fact, aligned: str | None) -> bool:
    """Whether the question names, where a list's items stand, a place its sentence never lists:
    "在芦蒲新建了多少亩桑园" of "在沟墩、陈良、羊寨、板湖四镇新建标准化桑园,面积分别为…"."""
    if not aligned or " " not in aligned.strip():
        return False
    tail = canonical(aligned.strip().split(" ", 1)[1]).replace(" ", "")
    if len(tail) < 2:
        return False
    asked = re.search(rf"在([\u4e00-\u9fff]{{2,4}}?){re.escape(tail[:2])}", canonical(question))
    return bool(asked) and not _SCOPE_NAME.match(asked.group(1)) and asked.group(1) not in canonical(fact.sentence)


def row_a_kind_of_asked(metric: str, question: str, fact: Fact, report: str) -> bool:
    """Whether a table row is one kind of the thing asked, a kind the question never names:
    "稻花香大米 | 41000" for "一共产了多少大米" when other rows are kinds of 大米 too (the whole is
    asked, not one product line's); a row alone in ending so is the row asked ("停车运营公司")."""
    if not fact.header:
        return False
    row = canonical(fact.context.strip()).replace(" ", "")
    if not row or TOTAL_ROW.match(row):
        return False
    asked = canonical(metric)
    # The longest ending of the row the question says: "停车运营公司", not just "公司".
    word = next((row[-k:] for k in range(len(row) - 1, 1, -1) if row[-k:] in asked), "")
    if not word:
        return False
    kind = row[: -len(word)]
    return (bool(_CJK_RUN.fullmatch(kind)) and kind not in canonical(question) and not is_place(kind, short=True)
            and rows_ending(report, word) >= 2)


@lru_cache(maxsize=1024)  # one report's rows, read once per word asked
def rows_ending(report: str, word: str) -> int:
    """How many table rows of ``report`` have a first cell ending in ``word``."""
    return sum(1 for line in report.splitlines() if " | " in line and line.split(" | ", 1)[0].strip().endswith(word))


def years_flow(fact: Fact) -> bool:
    """Whether a number is told as what happened within its period ("年内…去世37人"), no level."""
    before = canonical(fact.sentence[: fact.number_at])
    return (bool(YEARS_OWN.match(before)) and not names_any(before, V.STOCK_WORDS) and not AS_OF_END.search(before)
            and not PERIOD_END.search(before) and not _LEVEL_VERB.search(clause_before(fact, PHRASE_SPLIT)))


# "2024年底", "年末", "6月底": the level at a period's end is asked, or told.
PERIOD_END = re.compile(r"[年月](?:底|末)")
# "全年…,全行助农取款服务点达到326个": a level reached, whatever the sentence opens with.
_LEVEL_VERB = re.compile(r"达|增至|增加到|总数|共|拥有|现有|保有")


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
        phrases = CLAUSE_SPLIT.split(sentence[:at])
        near = f"{near} {canonical(phrases[-2]) if len(phrases) > 1 else ''}"
    return bool(bigrams(canonical(item)) & bigrams(near))


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


_ORDINAL = re.compile(r"第[一二三四五六七八九十\d]+[位名]?")
_MEASURE_END = re.compile(r"(?:额|量|值|率|数|收入|面积|规模)$")


_SIBLING_MEASURE = re.compile(r"^\s*[\u4e00-\u9fff]{1,3}率(?:为|达到?)?-?\d+(?:\.\d+)?%\s*$")  # "衔接率100%"


def bare_measure(clause: str, asked: str) -> bool:
    """Whether a clause names only a short measure the question asks ("缴存额", "产值"), no
    modifier of its own."""
    words = BARE_WORDS.sub("", canonical(clause)).strip()
    return 2 <= len(words) <= 3 and words in asked and bool(_MEASURE_END.search(words))


_HEADS = re.compile("|".join(sorted(V.MEASURE_HEADS, key=len, reverse=True)))


def _names_only_head(clause: str) -> bool:
    return bool(_HEADS.search(clause)) and names_nothing(_HEADS.sub("", clause))


def previous_sentence(fact: Fact, chunk: Chunk) -> str:
    """The sentence before the fact's in its paragraph, when the chunk holds it: it often names
    the subject this one refers back to ("引进…初创产业园。产业园入驻企业16家")."""
    at = chunk.text.find(fact.sentence[:24]) if fact.sentence and not fact.header else -1
    if at <= 0:
        return ""
    before = chunk.text[:at].rstrip()
    if not before or "\n" in chunk.text[len(before) : at]:
        return ""  # a new paragraph (or a heading) starts here
    return SENTENCE_END.split(before.rstrip("。!?;"))[-1]


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
    own = canonical(clause_before(min(mine, key=lambda f: f.number_at), PHRASE_SPLIT))
    other = canonical(clause_before(theirs, PHRASE_SPLIT))
    if BREAKDOWN.match(own):
        return False  # "…游客487.3万人次。其中过夜游客…": a part of the sentence before, not its sibling
    shared = common_suffix(own, other)
    subject, their_subject = own[: len(own) - len(shared)], other[: len(other) - len(shared)]
    if _ELIDED_SUBJECT.match(subject):
        return False  # "实现利润总额…" after "系统实现商品购进总额…": the subject left unsaid is the one before
    return len(shared) >= 2 and len(subject) >= 2 and len(their_subject) >= 2 and subject not in other and their_subject not in own


def _in_table(fact: Fact) -> bool:
    return bool(fact.header) or " | " in fact.sentence


def same_amount(a: tuple[float, str], b: tuple[float, str]) -> bool:
    """Two (value, base unit) pairs that are one amount, scaled apart: 3.12万吨 is 31200吨 (whose
    float product is 31200.000000000004)."""
    return a[1] == b[1] and math.isclose(a[0], b[0], rel_tol=1e-9)


def sentence_over_table_row(good: list[Candidate], every: list[Candidate]) -> list[Candidate]:
    """When the best figure is a table cell and a sentence states the same number nearly as
    well, the sentence leads: it reads as an answer and says what the number is. So does a
    sentence whose whole a table's total is one part of: "完成危桥改造17座,其中国省干线4座、农村
    公路13座" over a 合计 of 13 in a table of 县乡道 works. ``every`` holds all candidates."""
    if not good or not _in_table(good[0].fact):
        return good
    best = good[0]
    same = to_base(best.fact.value, normalize_query(best.fact.unit))
    total = bool(TOTAL_ROW.match(best.fact.context.strip()))
    # A total row's number is the whole's, which prose states in words of its own
    # ("全年削减化学需氧量(COD)29113吨" for "COD削减量(吨)"): a looser match will do.
    restated = RESTATED_TOTAL_SCORE if total else RESTATED_SCORE
    for i, c in enumerate(good[1:], 1):
        if c.score < restated * best.score:
            break
        if _in_table(c.fact):
            continue
        if same_amount(to_base(c.fact.value, normalize_query(c.fact.unit)), same):
            return [c, *good[:i], *good[i + 1 :]]
        if total and any(
            p.fact.doc_id == c.fact.doc_id and p.fact.sentence_start == c.fact.sentence_start
            and p.fact.start > c.fact.start and same_amount(to_base(p.fact.value, normalize_query(p.fact.unit)), same)
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


def quotes(question: str, number: str) -> bool:
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
RATE_ASKED = re.compile(r"率|占|比重|比例|份额|几成|增速|增幅|降幅|涨幅|指数|系数|强度|水平|度|达标|合格|优良|点")
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
    own = canonical(clause_before(fact, PHRASE_SPLIT))
    at = own.rfind(thing)
    if at < 0:
        return False
    rest = own[at + len(thing) :]
    if not rest or _COUNT_NOUN.match(rest):
        return False
    first = tagged_words(rest)[0]
    # "旅客吞吐量", "企业营收": a measure of the thing, not another thing.
    return len(first[0]) >= 2 and first[1] in KIND_TAGS and not _MEASURE_END.search(first[0])


# "四个新建驿站全年分别服务人才1840人次、2360人次…": each number is one of a counted group's members.
_COUNTED_GROUP = re.compile(r"(?:[一二三四五六七八九十两]|\d{1,2})(?:个|家|所|座|条|处|支)[^,;:\d]{0,12}$")


def one_of_a_group(q: Question, fact: Fact) -> bool:
    """Whether the number is one member's of a group the sentence counts and lists by 分别 without
    naming each ("四个新建驿站全年分别服务人才1840人次、2360人次…"), and the question asks no list."""
    if fact.header or "分别" in q.text or len(q.parts) >= 2:
        return False
    sentence, at = reading(fact)
    k = sentence.rfind("分别", 0, at)
    if k < 0 or PHRASE_SPLIT.search(sentence[k:at]):
        return False  # no 分别, or it opens another clause than the number's
    return bool(_COUNTED_GROUP.search(PHRASE_SPLIT.split(sentence[:k])[-1]))


# Names listed by 、 right before a count of them: "十二吐、统部两个收购站".
_LISTED_BEFORE = re.compile(r"((?:[^\s\d,;:。、()]{1,8}、)+[^\s\d,;:。、()]{1,8}?)$")


def counts_the_listed(q: Question, fact: Fact) -> bool:
    """Whether a count numbers just the names listed before it ("十二吐、统部两个收购站订单基地集中")
    while the question names none of them: the listed ones, not all there are."""
    if fact.kind != "count" or fact.header or fact.value is None or fact.value != int(fact.value):
        return False
    listed = _LISTED_BEFORE.search(fact.sentence[: fact.number_at])
    if not listed:
        return False
    items = normalize_query(listed.group(1)).split("、")
    return len(items) == int(fact.value) and not any(item[-2:] in q.text for item in items)


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
    return tuple(name for name in asked if not SCOPE_WORD.match(name) and not _GENERIC_FACILITY.search(name))


def names_another_facility(metric: str, fact: Fact, around: str, title: str, previous: str = "") -> bool:
    """Whether the question asks of a facility by its name ("平孟口岸出入境人员") that the number's
    own clause, its sentence's subject, its table row and context (``around``) never name:
    "协调推动龙邦口岸、平孟口岸通关便利化,全市口岸出入境人员达到86.4万人次"."""
    asked = facilities_asked(metric)
    if not asked:
        return False
    sentence, _ = reading(fact)
    clause = clause_before(fact, PHRASE_SPLIT)
    if names_nothing(clause) or clause.lstrip().startswith("占"):
        # "其中龙邦口岸货运量286.3万吨,占全市口岸货运量的69.4%": a share or a bare change is the phrase before's.
        clause = f"{phrase_before(fact)} {clause}"
    own = canonical(f"{clause} {around}")
    title = canonical(title)  # who reports, the places asked
    # The sentence's subject: "其中友谊关口岸出入境人员612.8万人次,占全市的47.6%"; not one of a
    # list of facilities ("协调推动龙邦口岸、平孟口岸通关便利化").
    first = PHRASE_SPLIT.split(canonical(sentence))[0]
    subject = first if len(_NAMED_FACILITY.findall(first)) == 1 else ""
    # Or the sentence before's, its paragraph's topic: "大坪电站位于泸桥镇,…。2024年完成投资1.87亿元".
    before = PHRASE_SPLIT.split(canonical(previous))[0] if previous else ""
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
    phrase = clause_before(fact, PHRASE_SPLIT)
    found = _PART_OF_PERIOD.search(phrase)
    return bool(found) and not re.fullmatch(r"1[-—–~至]12月", found.group())


_PLACE_LIST = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?(?:街道|镇|乡|县|区|市|村)、)+[\u4e00-\u9fff]{1,6}?(?:街道|镇|乡|县|区|市|村)(?![\u4e00-\u9fff]{0,2}分别)")


TOGETHER = re.compile(r"共|合计|加起来|总计")  # "…和港区共承担了多少项": the places together are asked


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
    own = canonical(aligned or fact.header or clause_before(fact, PHRASE_SPLIT))
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
            if fact.header and len(label := canonical(fact.context.strip())) >= 2 and not TOTAL_ROW.match(fact.context.strip()):
                labels.setdefault(fact.doc_id, set()).add(label)
                headers[fact.doc_id] = f"{headers.get(fact.doc_id, '')} {canonical(fact.header)}"
                if label in asked and len(label) >= 3:
                    rows.setdefault(fact.doc_id, set()).add(label)
    for doc_id, named in labels.items():
        # "视障部有多少名学生" of a table by 听障部, 培智部…: a division like the rows, not among them.
        ends = {label[-1] for label in named if not REMAINDER_ROW.match(label)}  # not "其他税种"
        if q.extreme or doc_id in rows or len(named) < 2 or len(ends) != 1 or (end := ends.pop()) in PLACE_ENDS:
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
                w for w, flag in tagged_words(asked)
                if len(w) >= 2 and w.endswith(end) and flag.startswith("n") and not any(label.endswith(w) for label in named)
                and w not in headers.get(doc_id, "")
                and not any(w in p or p in w for p in q.place_words)
            }
        if any(_CJK_RUN.fullmatch(w) and w[0] not in _NOT_A_ROW_START and w not in named for w in others):
            rows[doc_id] = {""}  # a row the table does not have: none of its cells answers
    return rows


_DIVISION_ENDS = "部科系队组股班"
PLACE_ENDS = "省市区县镇乡村旗盟州"  # rows by place: the region checks read places
_SHARE_BASE = re.compile(r"占([^,;:。\d\s]{1,12}?)(?:的比重|的比例|比重|比例|的占比|占比|的)")
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


@lru_cache(maxsize=1024)
def parent_trade(title: str | None, region: str | None) -> str:
    """The trade of the company a branch reports for, as people name the branch: "邮政" of
    中国邮政集团有限公司安庆市分公司 ("安庆邮政"); "" when the title names no branch of a company."""
    if not title or not region or not (year := TITLE_YEAR.search(title)):
        return ""
    head = title[: year.start()]
    starts = [at for unit in PLACE_UNIT.findall(region) for name in (unit, unit[:-1]) if len(name) >= 2 and (at := head.find(name)) > 0]
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
    if len(subject) < 2:
        return q
    q = _item_without_brand(q, subject)
    words = canonical(q.metric).split()  # "工商联" is the 工商业联合会 that reports
    if not words:
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
    starts = sorted(word_starts(first)) + [len(first)] if company else []  # jieba only when it matters
    for n in range(min(len(first), len(subject)), 1, -1):
        # A company's own name opens its subject: "鸿晟" of 鸿晟铝业股份有限公司. Not into the goods
        # that follow: "麦丰面粉产量" of 麦丰面业 is 面粉's, "骊红石榴汁" of 骊红石榴产业 石榴汁's.
        ends = subject.endswith(first[:n]) or (company and len(trade) >= 2 and trade.endswith(first[:n]))
        opens = company and subject.startswith(first[:n]) and (
            n == len(first) or n in starts and (starts[starts.index(n) + 1] - n > 1 or n <= 2 or first[n] == "的"))
        if opens and not ends and (_GOODS_QUANTITY.match(first[n:]) or _goods_of_goods(first[:n], first[n:])):
            # "甜泉蜜柚销量" of 甜泉蜜柚农业发展: the goods named in the company's name are what is sold;
            # only its brand, the shortest opening word, is who reports. So are the goods made of
            # them: "金棘沙棘原浆产量" of 金棘沙棘制品 asks the 沙棘原浆.
            n = next((m for m in starts if 2 <= m < n and subject.startswith(first[:m])), n)
        if ends or opens:
            after = first[n:].removeprefix("的")  # "…产业园的跨境电商出口额"
            left = "".join([after, *words[at + 1:]])  # the metric itself must survive
            rest = " ".join(filter(None, [*words[:at], after, *words[at + 1:]]))
            return replace(q, metric=rest) if len(left) >= 2 else q
    return q


def _goods_of_goods(name: str, rest: str) -> bool:
    """Whether ``rest`` names goods and their amount ("原浆产量") after a company name that ends in
    goods (金棘沙棘), not in its trade (麦丰面业)."""
    return not name.endswith("业") and bool(re.fullmatch(rf"[\u4e00-\u9fff]{{1,4}}?(?:{_GOODS_QUANTITY.pattern})", rest))


def _item_without_brand(q: Question, subject: str) -> Question:
    """A 分别 question's item opened by the company's brand, its shortest opening word, is the goods
    after it: "泉润阿胶块" of 东阿泉润阿胶 is 阿胶块, "绿垄地膜" of 西吉绿垄塑业 地膜."""
    item = q.item or ""
    if not _COMPANY_NAME.search(subject) or len(item) < 4:
        return q
    at = next((m for m in sorted(word_starts(item)) if m >= 2 and len(item) - m >= 2 and subject.startswith(item[:m])), 0)
    if not at:
        return q
    return replace(q, item=item[at:], metric=q.metric.replace(item, item[at:]))


def company_subject(doc: Document) -> str:
    """Who reports, when a company: "岭珍核桃食品有限公司", whose name says what all its figures are
    of (核桃); "" for an office, whose name says what it oversees."""
    subject = canonical(report_subject(doc.title, doc.region))
    return subject if _COMPANY_NAME.search(subject) else ""


_COMPANY_NAME = re.compile(r"(?:公司|集团)$")
_PART_PERIOD = re.compile(rf"(?:(?:19|20)\d{{2}}年)?(?:{PERIOD_PART.pattern})|(?:19|20)\d{{2}}年")
# An amount of goods (vocabulary.GOODS_AMOUNTS), not the money it made ("销量额").
_GOODS_QUANTITY = re.compile(f"(?:{'|'.join(V.GOODS_AMOUNTS)}|库存)" + r"(?![\u4e00-\u9fff]{0,1}[额值价])")
_SUBJECT_END_CHARS = "园区局站院馆校所心社"  # 物流园, 气象站, 文化馆, 中职学校, 合作社: the kinds of place that report
_SHORT_SUBJECT_END = re.compile(r"(?:保护区|景区|园区|局|站|院|馆|中心|公司|集团)$")
_OFFICE_FORM = re.compile(r"(?:委员会|办公室|局|委|办|厅|署)$")
_GENERIC_OFFICE = r"(?:部门|系统|战线|条线)"
_OFFICE_UNIT = r"(?:大队|支队|总队|中队|管理局|局|中心|站|所|处)"
_COMPANY_FORM = re.compile(r"(?:股份有限公司|有限责任公司|集团有限公司|有限公司|股份公司|集团)$")
_STOCK_OR_FLOW = re.compile(r"累计|新增|当年|全年")


# "具备年产半钢子午胎1200万条、全钢子午胎260万条的设计能力", "新增年产能150万条": what could be
# made, not what was. Asked only in these words.
# Not 创新能力; the goods may stand between: "年加工大豆能力达到60万吨".
_CAPACITY = r"产能|(?:生产|加工|设计|处理|处置|屠宰|仓储|储存|年产)[\u4e00-\u9fff]{0,4}?(?<!创新)(?<!服务)(?<!管理)能力"
CAPACITY_ASKED = re.compile(rf"{_CAPACITY}|规模|设计|年产(?!量|值)|能产")
_CAPACITY_BEFORE = re.compile(_CAPACITY)
_OUTPUT_OF_A_YEAR = re.compile(r"年产(?!量|值)")
_CAPACITY_AFTER = re.compile(r"^[^,;。]*?(?:能力|产能)")


def is_capacity(fact: Fact) -> bool:
    """Whether the number is a capacity: 年产…的能力, 产能."""
    sentence, at = reading(fact)
    before = clause_before(fact, PHRASE_SPLIT)
    return bool(_CAPACITY_BEFORE.search(before)) or (
        bool(_OUTPUT_OF_A_YEAR.search(before)) and bool(_CAPACITY_AFTER.match(sentence[at + len(fact.text) :]))
    )


def capacity_mismatch(asked: str, fact: Fact) -> bool:
    """A capacity for what was made, or what was made for a capacity ("设计产能是多少"; a capacity
    is told by its words, or by a rate of flow: "全市总能力达到28.6万吨/年")."""
    if _CAPACITY_BEFORE.search(asked):
        return (fact.kind in ("count", "measure") and "/" not in fact.unit and not is_capacity(fact)
                and not re.search("能力|规模", clause_before(fact, PHRASE_SPLIT)))
    return not CAPACITY_ASKED.search(asked) and is_capacity(fact)


# Verbs of goods whose object follows them: "全年出口蜂王浆21吨" exported 蜂王浆.
_GOODS_VERB = re.compile("(" + "|".join((*V.GOODS_VERBS, "生产", "销售", "种植", "养殖")) + r")(?![量额值率])([\u4e00-\u9fff]{2,})$")


def another_object(metric: str, fact: Fact) -> bool:
    """Whether the number's clause ends in a verb of goods and its object, the question asks that
    verb of something else, and nothing else the question names is in the clause: "全年出口蜂王浆21吨"
    for "出口了多少吨蜂蜜"."""
    if fact.kind not in ("count", "measure") or fact.unit in TIME_UNITS:
        return False  # "出口包裹通关平均1.8小时": a time is no goods
    own = canonical(clause_before(fact, PHRASE_SPLIT))
    found = _GOODS_VERB.search(own)
    words = [w for w in canonical(metric).split() if len(w) >= 2 and not names_nothing(w)]
    if not found or not any(found.group(1) in w for w in words):
        return False
    others = [piece for w in words for piece in w.split(found.group(1)) if len(piece) >= 2]
    return bool(others) and found.group(2) not in canonical(metric) and not any(bigrams(w) & bigrams(own) for w in others)
