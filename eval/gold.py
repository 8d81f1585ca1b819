"""Gold question sets: read JSONL into ``GoldItem``s and validate them against the corpus text.

A gold line is ``{"id","question","answer","value","unit","doc","evidence","type","lang","tags"}``
(see eval/datasets/README.md). Every problem is reported as one line ``file:line: message``.
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.normalize import base, close, parse_value, quantities

TYPES = (
    "count", "money", "percent", "growth", "rank", "target", "multi", "entity", "other_number",
    "unanswerable",
)
LANGS = ("zh-Hans", "zh-Hant")
REQUIRED = ("id", "question", "answer", "value", "unit", "doc", "evidence", "type", "lang", "tags")
# Types whose answer is a number the system must state as a fact.
NUMERIC_TYPES = frozenset(TYPES) - {"entity", "unanswerable"}


class GoldError(ValueError):
    """A gold file that cannot be read or does not validate; the message is one line."""


@dataclass(frozen=True)
class GoldItem:
    """One question with its expected answer and where the answer is written.

    ``match`` picks the answer rule: "value" (our gold: stated values equal via to_base) or
    "text" (SQuAD: a fact's text contains a gold answer, or its quantity equals one).
    """

    id: str
    question: str
    answer: str
    value: float | tuple[float, ...] | None
    unit: str | tuple[str, ...] | None
    doc: str | None  # path relative to the corpus root
    evidence: str | None  # verbatim substring of the doc's text
    type: str
    lang: str
    tags: tuple[str, ...] = ()
    answers: tuple[str, ...] = ()  # every accepted answer text; empty means (answer,)
    spans: tuple[tuple[int, int], ...] = ()  # evidence spans known from the source, if any
    match: str = "value"
    where: str = ""  # "file:line", for messages

    @property
    def answerable(self) -> bool:
        return self.type != "unanswerable"

    @property
    def accepted(self) -> tuple[str, ...]:
        return self.answers or (self.answer,)

    def quantities(self) -> list[tuple[float, str]]:
        """The (value, unit) pairs the answer must state; a single unit applies to every value."""
        if self.value is None:
            return []
        values = self.value if isinstance(self.value, tuple) else (self.value,)
        if isinstance(self.unit, tuple):
            units = self.unit
        else:
            units = (self.unit or "",) * len(values)
        return list(zip(values, units))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "question": self.question, "answer": self.answer,
            "value": list(self.value) if isinstance(self.value, tuple) else self.value,
            "unit": list(self.unit) if isinstance(self.unit, tuple) else self.unit,
            "doc": self.doc, "evidence": self.evidence, "type": self.type, "lang": self.lang,
            "tags": list(self.tags),
            **({"answers": list(self.answers)} if self.answers else {}),
        }


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def parse_gold_line(obj: Any, where: str) -> GoldItem:
    """One decoded JSON line → GoldItem; raises GoldError("where: problem") on a schema error."""
    def fail(msg: str) -> GoldError:
        return GoldError(f"{where}: {msg}")

    if not isinstance(obj, dict):
        raise fail("line is not a JSON object")
    missing = [k for k in REQUIRED if k not in obj]
    if missing:
        raise fail(f"missing key(s) {', '.join(missing)}")
    if not isinstance(obj["id"], (str, int)) or isinstance(obj["id"], bool) or obj["id"] == "":
        raise fail("id must be a non-empty string or integer")
    for key in ("question", "answer"):
        if not isinstance(obj[key], str):
            raise fail(f"{key} must be a string")
    if not obj["question"].strip():
        raise fail("question is empty")
    if obj["type"] not in TYPES:
        raise fail(f"type {obj['type']!r} is not one of {'|'.join(TYPES)}")
    if obj["lang"] not in LANGS:
        raise fail(f"lang {obj['lang']!r} is not one of {'|'.join(LANGS)}")
    if not isinstance(obj["tags"], list) or not all(isinstance(t, str) for t in obj["tags"]):
        raise fail("tags must be a list of strings")
    for key in ("doc", "evidence"):
        if obj[key] is not None and (not isinstance(obj[key], str) or not obj[key]):
            raise fail(f"{key} must be a non-empty string or null")

    value, unit, typ = obj["value"], obj["unit"], obj["type"]
    if isinstance(value, list):
        if not value or not all(_is_number(v) for v in value):
            raise fail("value list must hold numbers")
        value = tuple(float(v) for v in value)
    elif value is not None:
        if not _is_number(value):
            raise fail(f"value must be a number, a list of numbers or null, not {value!r}")
        value = float(value)
    if isinstance(unit, list):
        if not all(isinstance(u, str) for u in unit):
            raise fail("unit list must hold strings")
        if not isinstance(value, tuple) or len(unit) != len(value):
            raise fail("a unit list needs a value list of the same length")
        unit = tuple(unit)
    elif unit is not None and not isinstance(unit, str):
        raise fail("unit must be a string, a list of strings or null")

    if typ == "unanswerable":
        if value is not None:
            raise fail("an unanswerable question has value null")
    else:
        if obj["doc"] is None or obj["evidence"] is None:
            raise fail(f"a {typ} question needs doc and evidence")
        if typ in NUMERIC_TYPES and value is None:
            raise fail(f"a {typ} question needs a value")
        if typ == "multi" and not isinstance(value, tuple):
            raise fail("a multi question needs a value list")
        if typ == "entity" and not obj["answer"].strip():
            raise fail("an entity question needs an answer string")
    return GoldItem(
        id=str(obj["id"]), question=obj["question"], answer=obj["answer"], value=value, unit=unit,
        doc=obj["doc"], evidence=obj["evidence"], type=typ, lang=obj["lang"],
        tags=tuple(obj["tags"]), where=where,
    )


def load_gold(paths: Path | Iterable[Path]) -> list[GoldItem]:
    """Read one or more gold JSONL files (blank lines skipped); ids must be unique across them.

    Raises GoldError with the first problem as ``file:line: message``.
    """
    if isinstance(paths, (str, Path)):
        paths = [Path(paths)]
    items: list[GoldItem] = []
    seen: dict[str, str] = {}
    for path in map(Path, paths):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            raise GoldError(f"{path}: gold file not found") from None
        except UnicodeDecodeError as e:
            raise GoldError(f"{path}: not UTF-8 ({e.reason} at byte {e.start})") from None
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise GoldError(f"{where}: invalid JSON ({e.msg} at column {e.colno})") from None
            item = parse_gold_line(obj, where)
            if item.id in seen:
                raise GoldError(f"{where}: duplicate id {item.id!r} (first at {seen[item.id]})")
            seen[item.id] = where
            items.append(item)
    if not items:
        raise GoldError(f"{', '.join(map(str, paths))}: no gold questions")
    return items


def value_in_text(value: float, unit: str | None, text: str) -> bool:
    """Whether ``text`` writes the number ``value`` (as written, or equal after to_base)."""
    wanted = {float(value), base(value, unit)[0]}
    for q in quantities(text):
        # The token with its multiplier (1.2亿 → 1.2e8) and without (→ 1.2), so both
        # value=1.2/unit=亿元 and value=1.2e8/unit=元 are found in "1.2亿元".
        found = {q.value, base(q.value, q.unit)[0]}
        bare = q.token.rstrip("万萬亿億")
        if bare and bare != q.token and (bare_value := parse_value(bare)) is not None:
            found.add(bare_value)
        if any(close(a, b) for a in wanted for b in found):
            return True
    return False


def validate_gold(items: Iterable[GoldItem], texts: Mapping[str, str]) -> list[str]:
    """Problems that need the corpus: unknown doc, evidence not verbatim in the doc text, a gold
    value not written in its evidence. ``texts`` maps doc path → source text. Returns one-line
    messages (empty when valid)."""
    problems: list[str] = []
    for it in items:
        if it.doc is None:
            continue
        if it.doc not in texts:
            problems.append(f"{it.where}: doc {it.doc!r} is not in the corpus")
            continue
        if it.evidence is not None and it.evidence not in texts[it.doc]:
            problems.append(f"{it.where}: evidence is not a verbatim substring of {it.doc}")
            continue
        for v, u in it.quantities():
            if it.evidence is not None and not value_in_text(v, u, it.evidence):
                problems.append(f"{it.where}: value {v:g}{u or ''} is not written in its evidence")
    return problems
