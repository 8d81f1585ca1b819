"""The answer object: the public contract shared by the CLI, the UI and the eval harness."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Citation:
    """An exact source span: ``quote == documents[doc].text[start:end]``."""

    id: int  # 1-based; the [n] marker in the answer
    doc: str  # path relative to the corpus root
    start: int
    end: int
    quote: str
    section: str | None = None
    title: str | None = None


@dataclass
class StatedFact:
    """A number the answer states; ``text`` is read from the cited quote."""

    value: float
    unit: str  # as written in the source: "亿元", "家", "%"
    text: str  # "129.63亿元"
    citation: int  # Citation.id


@dataclass
class Passage:
    doc: str
    start: int
    end: int
    score: float


@dataclass
class Answer:
    question: str
    answer: str  # Chinese sentence with [n] markers; "" when abstained
    abstained: bool
    facts: list[StatedFact] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)  # ranked retrieval context
    timings_ms: dict[str, float] = field(default_factory=dict)  # retrieve, answer, total
    id: Any = None  # echoed from a JSONL input line
    reason: str | None = None  # why it abstained, in Chinese, for people

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        return {"id": d.pop("id"), **d}
