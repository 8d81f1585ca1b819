"""Question analysis: what a question asks for (unit, kind), about what (metric words), where
(region) and when (year, half-year, target or result)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.cleaning import normalize_query
from index.gazetteer import find_places, short_name
from rag import vocabulary as V

MAX_QUESTION_CHARS = 500

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:年|年度)?")
_HALF = re.compile(r"上半年|下半年|前三季度|一季度|二季度|三季度|四季度|第[一二三四]季度|1-\d{1,2}月")
_RELATIVE_YEAR = {"去年": -1, "前年": -2, "今年": 0, "明年": 1, "当年": 0}
# "多少亿元", "第几", "几个百分点": how the quantity is asked, not what is measured.
_QUANTITY_TAIL = re.compile(r"(?:多少|几)?(?:个百分点|百分点|亿美元|万美元|亿元|万元|元|亿|万)(?=\s|$|[?!。,])|第几")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PUNCT = re.compile(r"[\s?!,.:;。?!,、:;\"'“”‘’()《》<>\[\]【】]+")


class QuestionError(ValueError):
    """The question cannot be asked as given; one line says why."""


@dataclass
class Question:
    raw: str
    text: str  # simplified, half-width
    years: list[int] = field(default_factory=list)
    half: str | None = None  # 上半年 / 下半年 / …
    relative_year: int | None = None  # 去年 → -1: resolved against each report's own period
    places: list[str] = field(default_factory=list)  # names as asked, with their short forms
    unit: str | None = None  # a literal unit the question asks for: 家, 件, 个百分点 …
    kinds: set[str] = field(default_factory=set)  # money, percent, points, growth, rank, date …
    wants_target: bool = False
    wants_result: bool = False
    multi: bool = False
    entity: bool = False  # asks for a name or a sentence, not a number
    metric: str = ""  # the words that name what is measured
    metric_parts: list[str] = field(default_factory=list)  # "A和B分别…" → [A, B]

    @property
    def numeric(self) -> bool:
        return not self.entity


def check_question(raw: str) -> str:
    """The question stripped, or QuestionError for empty, oversized or non-Chinese input."""
    if raw is None or not raw.strip():
        raise QuestionError("the question is empty: ask something like “2016年新增高新技术企业多少家?”")
    text = raw.strip()
    if len(text) > MAX_QUESTION_CHARS:
        raise QuestionError(f"the question is {len(text)} characters long; keep it under {MAX_QUESTION_CHARS}")
    if not _CJK.search(text):
        raise QuestionError("ask in Chinese: the reports are Chinese and so is the matching (e.g. “研发经费是多少?”)")
    return text


def analyze_question(raw: str) -> Question:
    """Parse a question into the cues retrieval and fact selection use."""
    text = normalize_query(check_question(raw))
    q = Question(raw=raw, text=text)
    q.years = sorted({int(y) for y in _YEAR.findall(text)})
    half = _HALF.search(text)
    q.half = half.group(0) if half else None
    for word, delta in _RELATIVE_YEAR.items():
        if word in text:
            q.relative_year = delta
    places = find_places(text)
    names: list[str] = []
    for place in places:
        names.extend([place.name, short_name(place.name)])
    q.places = list(dict.fromkeys(n for n in names if len(n) >= 2))
    q.unit = next((unit for cue, unit in sorted(V.UNIT_CUES.items(), key=lambda kv: -len(kv[0])) if cue in text), None)
    q.kinds = {kind for cue, kind in V.KIND_CUES if cue in text}
    q.wants_target = any(w in text for w in V.TARGET_WORDS) or (
        bool(q.half == "下半年") and "工作" in text
    )
    q.wants_result = any(w in text for w in V.RESULT_WORDS) and not q.wants_target
    q.multi = any(w in text for w in V.MULTI_CUES)
    asks_quantity = any(w in text for w in V.QUANTITY_WORDS) or bool(q.unit) or bool(
        q.kinds & {"money", "percent", "points", "rank", "date"}
    )
    q.entity = not asks_quantity and any(w in text for w in V.ENTITY_CUES)
    q.metric = metric_words(text, q)
    q.metric_parts = split_metric(q.metric) if q.multi else [q.metric]
    return q


def metric_words(text: str, q: Question) -> str:
    """The question minus place, period, question and filler words: what is being measured.

    >>> metric_words("2016年西湖区新增国家重点扶持高新技术企业多少家?", analyze_question("西湖区多少家"))
    '新增国家重点扶持高新技术企业'
    """
    out = text
    for name in sorted(q.places, key=len, reverse=True):
        out = out.replace(name, " ")
    out = _YEAR.sub(" ", out)
    out = _HALF.sub(" ", out)
    for word in _RELATIVE_YEAR:
        out = out.replace(word, " ")
    for cue in sorted(V.UNIT_CUES, key=len, reverse=True):
        out = out.replace(cue, " ")
    for word in sorted(V.FILLER, key=len, reverse=True):
        if len(word) > 1:
            out = out.replace(word, " ")
    for word in sorted(V.TARGET_WORDS + V.RESULT_WORDS, key=len, reverse=True):
        out = out.replace(word, " ")  # intent, matched against sections, not metric words
    out = _QUANTITY_TAIL.sub(" ", out)
    out = _PUNCT.sub(" ", out)
    # Single-character fillers only at the edges: inside a word they are content (的 in 目的).
    words = [w.strip("的了是呢啊吗吧几各共在") for w in out.split()]
    words = [w for w in words if w and w not in {"全市", "全区", "我市", "我区", "全省", "市", "区", "县", "年"}]
    return " ".join(words)


def split_metric(metric: str) -> list[str]:
    """ "专利申请量和授权量" → ["专利申请量", "授权量"]: one part per number a 分别 question wants."""
    parts = [p for p in re.split(r"和|与|及|以及|、|跟| ", metric) if len(p) >= 2]
    return parts if len(parts) >= 2 else [metric]
