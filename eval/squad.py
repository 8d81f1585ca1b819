"""SQuAD-style benchmarks (CMRC 2018, DRCD, …) as open-retrieval numeric QA.

Every paragraph becomes one corpus document ``<paragraph id>.txt``; every question is asked
against the pooled corpus. Only the numeric subset is scored: the gold answer holds a number
(Arabic or Chinese numeral) *and* the question asks for a quantity (多少/几/哪一年/何时/第几…).
Reads SQuAD v1.1 JSON (``{"data": [{"paragraphs": [{"context", "qas"}]}]}``) and the original
CMRC list format (``[{"context_id", "context_text", "qas": [{"query_id", "query_text", "answers"}]}]``).
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.build import file_sha256  # noqa: F401 - re-exported for the runner
from eval.gold import GoldItem
from eval.normalize import CN_DIGITS, norm, single_quantity, to_simplified


class SquadError(ValueError):
    """A SQuAD file that cannot be read; the message is one line."""


@dataclass(frozen=True)
class SquadParagraph:
    pid: str  # paragraph id as in the file (synthesised when the file has none)
    filename: str  # corpus file name: the id made filesystem-safe, plus ".txt"
    title: str
    context: str


@dataclass(frozen=True)
class SquadQuestion:
    qid: str
    question: str
    answers: tuple[str, ...]  # distinct gold texts, annotator order
    spans: tuple[tuple[int, int], ...]  # verified answer spans in the context
    pid: str


@dataclass
class SquadSet:
    """A whole SQuAD file: paragraphs (the corpus) and all questions."""

    name: str
    path: Path
    paragraphs: list[SquadParagraph]
    questions: list[SquadQuestion]
    dropped_answers: list[str] = field(default_factory=list)  # "qid: text" of artefacts removed

    def paragraph(self, pid: str) -> SquadParagraph:
        """The paragraph with id ``pid`` (KeyError if none)."""
        return self._by_pid[pid]

    def __post_init__(self) -> None:
        self._by_pid = {p.pid: p for p in self.paragraphs}


# --- reading ------------------------------------------------------------------------------

# Spreadsheet round-trips turned some answers into floats ("39764.0" for a date, "147.0" for
# 147位); such a string that is not in the context cannot be a span and is dropped.
_FLOAT_ARTEFACT = re.compile(r"^-?\d+\.0$")


def _safe_name(pid: str) -> str:
    return re.sub(r"[^\w.-]", "_", pid, flags=re.ASCII).strip(".") or "_"


def _clean_answers(qid: str, raw: list[Any], context: str, dropped: list[str]):
    texts: list[str] = []
    spans: list[tuple[int, int]] = []
    for a in raw:
        text, start = (a.get("text"), a.get("answer_start")) if isinstance(a, dict) else (a, None)
        if text is None:
            continue
        text = text if isinstance(text, str) else json.dumps(text)  # a few CMRC answers are numbers
        text = text.strip()
        if not text:
            continue
        if _FLOAT_ARTEFACT.match(text) and text not in context:
            dropped.append(f"{qid}: {text}")
            continue
        if text not in texts:
            texts.append(text)
        # answer_start is wrong for a few answers; only spans that really hold the text count.
        if isinstance(start, int) and context[start:start + len(text)] == text:
            if (start, start + len(text)) not in spans:
                spans.append((start, start + len(text)))
        elif text in context:
            s = context.find(text)
            while s >= 0:
                if (s, s + len(text)) not in spans:
                    spans.append((s, s + len(text)))
                s = context.find(text, s + 1)
    return tuple(texts), tuple(sorted(spans))


def read_squad(path: Path, name: str | None = None) -> SquadSet:
    """Read a SQuAD v1.1 JSON file or the original CMRC list format into a SquadSet."""
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SquadError(f"{path}: file not found") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise SquadError(f"{path}: not a UTF-8 JSON file ({e})") from None

    if isinstance(raw, dict) and isinstance(raw.get("data"), list):
        blocks = []
        for ai, art in enumerate(raw["data"]):
            for pi, par in enumerate(art.get("paragraphs", [])):
                pid = par.get("id") or (f"{art['id']}_{pi}" if art.get("id") else f"p{ai:05d}_{pi:02d}")
                blocks.append((str(pid), art.get("title", "") or "", par.get("context"),
                               [(q.get("id"), q.get("question"), q.get("answers", []))
                                for q in par.get("qas", [])]))
    elif isinstance(raw, list) and raw and isinstance(raw[0], dict) and "context_text" in raw[0]:
        blocks = [(str(c.get("context_id", f"p{i:05d}")), c.get("title", "") or "",
                   c.get("context_text"),
                   [(q.get("query_id"), q.get("query_text"), q.get("answers", []))
                    for q in c.get("qas", [])])
                  for i, c in enumerate(raw)]
    else:
        raise SquadError(f"{path}: neither SQuAD ({{'data': [...]}}) nor CMRC list format")

    paragraphs: list[SquadParagraph] = []
    questions: list[SquadQuestion] = []
    dropped: list[str] = []
    files: dict[str, str] = {}
    qids: set[str] = set()
    for pid, title, context, qas in blocks:
        if not isinstance(context, str) or not context.strip():
            raise SquadError(f"{path}: paragraph {pid} has no context text")
        fname = _safe_name(pid) + ".txt"
        if fname in files:
            raise SquadError(f"{path}: paragraph ids {files[fname]!r} and {pid!r} share file name {fname}")
        files[fname] = pid
        paragraphs.append(SquadParagraph(pid, fname, title, context))
        for qi, (qid, question, answers) in enumerate(qas):
            qid = str(qid) if qid is not None else f"{pid}_q{qi}"
            if qid in qids:
                raise SquadError(f"{path}: duplicate question id {qid!r}")
            qids.add(qid)
            if not isinstance(question, str) or not question.strip():
                raise SquadError(f"{path}: question {qid} has no text")
            texts, spans = _clean_answers(qid, answers, context, dropped)
            if texts:  # a question without any gold answer cannot be scored
                questions.append(SquadQuestion(qid, question.strip(), texts, spans, pid))
    if not paragraphs:
        raise SquadError(f"{path}: no paragraphs")
    return SquadSet(name or path.stem, path, paragraphs, questions, dropped)


# --- the numeric rule -----------------------------------------------------------------------

_MAX_NUMERIC_ANSWER = 20  # longer answers are descriptions that merely mention a number
# Words whose numeral characters do not count a quantity.
_NOT_NUMBERS = (
    "统一", "唯一", "一些", "一般", "之一", "十分", "一起", "一样", "一直", "一定", "一旦", "一致",
    "一切", "万一", "一同", "一向", "一再", "一番", "一律", "一带", "一面", "一心", "一生", "一体化",
    "万物", "万岁", "千万", "三国", "四国", "九州", "百度", "百科", "百姓", "百货", "十字", "四海",
    "五湖", "世界大战", "一战", "二战", "不一", "第一次", "第一个", "第一位", "第一部",
)
# After a lone numeral, a unit or classifier makes it a quantity (一年, 三倍, 五位).
_CLASSIFIERS = (
    "个年月日号天位名层倍成岁公里米元人次件部座届场条本章集季代世纪分秒小时周度种支只家所项轮"
    "期版级首条张颗匹头架艘辆栋间户枚篇册卷台吨克斤亩顷平方里寸尺丈元角圆镑美英点"
)
_CN_RUN = re.compile(rf"[{CN_DIGITS}]{{2,}}")
_CN_ORDINAL = re.compile(rf"第[{CN_DIGITS}]")
_CN_WITH_UNIT = re.compile(rf"[{CN_DIGITS}][{_CLASSIFIERS}]")
_ARABIC = re.compile(r"[0-9]")
_PUNCT = re.compile(r"[\W_]+")

# Cues that a question asks for a number, a date or a rank (matched on simplified text).
_QUANTITY_CUES = (
    "多少", "几", "多久", "多长", "多大", "多高", "多重", "多远", "多深", "多宽", "多厚", "多快",
    "哪一年", "哪年", "何年", "哪一天", "哪天", "何日", "何时", "什么时候", "什么时间", "哪个时候",
    "哪个月", "哪一月", "哪月", "时间", "时刻", "几点", "世纪", "第几", "比例", "百分", "年龄", "岁数", "年份", "年代", "日期",
    "面积", "人口", "排名", "名次", "数量", "数目", "总数", "时长", "周期", "高度", "长度",
    "深度", "海拔", "距离", "温度", "价格", "票价", "金额", "费用", "得分", "比分", "分数",
)
_NOT_CUES = ("几乎", "茶几", "几何", "几内亚")


def numeric_kind(answer: str) -> str | None:
    """"arabic" / "chinese" when a (short) answer holds a number, else None."""
    s = _PUNCT.sub("", norm(answer))
    if not s or len(s) > _MAX_NUMERIC_ANSWER:
        return None
    if _ARABIC.search(s):
        return "arabic"
    if s.strip(CN_DIGITS) == "" and s != "一" * len(s):
        return "chinese"  # the whole answer is a numeral ("三十"); a bare 一 is usually an article
    for w in _NOT_NUMBERS:
        s = s.replace(w, "・")  # mask: keeps neighbours from fusing into a numeral run
    if _CN_RUN.search(s) or _CN_ORDINAL.search(s):
        return "chinese"
    for m in _CN_WITH_UNIT.finditer(s):
        # A lone 一 before a classifier is usually the indefinite article (一个国家, 一种), except
        # in short answers that are just the amount (一年, 一倍, 一个半赛季).
        if m.group()[0] != "一" or (len(s) <= 5 and m.group() != "一种"):
            return "chinese"
    if len(s) <= 3 and s[0] in CN_DIGITS and s[0] != "一":
        return "chinese"  # a numeral and a classifier we do not list: 三辑
    return None


def asks_quantity(question: str) -> bool:
    """Whether a question asks for a number, a date or a rank (多少/几/哪一年/何时/第几…)."""
    q = to_simplified(unicodedata.normalize("NFKC", question))
    for w in _NOT_CUES:
        q = q.replace(w, "・")
    return any(c in q for c in _QUANTITY_CUES)


def classify(answer: str, question: str) -> str:
    """A coarse type for by-type splits: date | percent | money | rank | count | other_number."""
    a, q = norm(answer), to_simplified(question)
    if "%" in a or "百分" in a or "百分" in q or "比例" in q:
        return "percent"
    if re.search(r"[元镑圆]|美金|欧元|日圆|日元", a):
        return "money"
    if "第" in a or "第几" in q or "排名" in q or "名次" in q:
        return "rank"
    if re.search(r"年|月|日|世纪|年代", a) and re.search(r"年|时|候|日期|何时|时间|哪天|月", q):
        return "date"
    qty = single_quantity(answer)
    if qty and qty.unit:
        return "count"
    return "other_number"


def detect_lang(text: str) -> str:
    """zh-Hant when converting to simplified changes the text, else zh-Hans."""
    return "zh-Hant" if to_simplified(text) != text else "zh-Hans"


def numeric_subset(ds: SquadSet) -> list[GoldItem]:
    """The scored questions: the shortest gold answer is numeric and the question asks for a
    quantity. Each becomes a GoldItem matched by text (``match="text"``) in its paragraph."""
    items: list[GoldItem] = []
    for q in ds.questions:
        shortest = min(q.answers, key=lambda a: len(_PUNCT.sub("", norm(a))))
        kind = numeric_kind(shortest)
        if kind is None or not asks_quantity(q.question):
            continue
        par = ds.paragraph(q.pid)
        qty = single_quantity(shortest)
        items.append(GoldItem(
            id=q.qid, question=q.question, answer=shortest,
            value=qty.value if qty else None, unit=qty.unit if qty else None,
            doc=par.filename, evidence=shortest, type=classify(shortest, q.question),
            lang=detect_lang(q.question + par.context[:200]), tags=(f"numeric_kind:{kind}",),
            answers=q.answers, spans=q.spans, match="text", where=f"{ds.path}:{q.qid}",
        ))
    return items


# --- corpus ---------------------------------------------------------------------------------

_MARKER = ".squad-corpus.json"  # lists the files this module wrote, so only those are replaced


def write_corpus(ds: SquadSet, corpus_dir: Path) -> int:
    """Write each paragraph as ``corpus_dir/<id>.txt`` (exact context text, UTF-8).

    Files whose content is unchanged are not rewritten, so an incremental index build reuses them;
    files from an earlier write that are no longer in the set are removed. Refuses a folder holding
    files it did not write. Returns the number of files (re)written.
    """
    corpus_dir = Path(corpus_dir)
    corpus_dir.mkdir(parents=True, exist_ok=True)
    marker = corpus_dir / _MARKER
    ours: set[str] = set()
    if marker.exists():
        ours = set(json.loads(marker.read_text(encoding="utf-8")).get("files", []))
    foreign = sorted(p.name for p in corpus_dir.iterdir() if p.name != _MARKER and p.name not in ours)
    if foreign:
        raise SquadError(f"{corpus_dir}: holds files the SQuAD reader did not write "
                         f"(e.g. {foreign[0]}); use an empty folder")
    wanted = {p.filename: p.context for p in ds.paragraphs}
    for stale in ours - set(wanted):
        (corpus_dir / stale).unlink(missing_ok=True)
    written = 0
    for fname, text in wanted.items():
        data = text.encode("utf-8")
        target = corpus_dir / fname
        if target.exists() and target.read_bytes() == data:
            continue
        target.write_bytes(data)  # bytes: no newline translation, offsets stay those of the file
        written += 1
    marker.write_text(json.dumps({"source": str(ds.path), "files": sorted(wanted)},
                                 ensure_ascii=False), encoding="utf-8")
    return written


def compare_with_reference(items: list[GoldItem], reference: Path) -> dict[str, Any]:
    """Overlap of our numeric subset with a reference list (``numeric_dev.jsonl``: one JSON object
    per line with ``id`` and optional ``question_asks_number``)."""
    ref = [json.loads(line) for line in Path(reference).read_text(encoding="utf-8").splitlines()
           if line.strip()]
    ref_all = {str(r["id"]) for r in ref}
    ref_asks = {str(r["id"]) for r in ref if r.get("question_asks_number")}
    ours = {it.id for it in items}
    return {
        "reference": str(reference), "ours": len(ours), "reference_all": len(ref_all),
        "reference_asks_number": len(ref_asks),
        "in_both": len(ours & ref_all), "ours_only": len(ours - ref_all),
        "reference_only": len(ref_all - ours),
        "in_both_asks_number": len(ours & ref_asks),
        "ours_only_ids": sorted(ours - ref_all)[:20],
    }
