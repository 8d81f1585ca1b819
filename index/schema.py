"""Shared vocabulary of the ingest stage: documents, sections, chunks and numeric facts.

All offsets are Python string indices into ``Document.text``, the *source text*: the decoded file
for .txt/.md, the extracted text for .docx/.pdf. ``Document.text[start:end]`` is always the exact
original characters (traditional script, full-width forms and all).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Section:
    """A heading and the source range it governs; ``path`` runs from the top level down."""

    path: tuple[str, ...]
    start: int
    end: int

    @property
    def label(self) -> str:
        return " > ".join(self.path)


@dataclass
class Document:
    """One report: its source text and what was detected about it."""

    doc_id: str  # path relative to the corpus root, POSIX separators
    sha256: str  # of the file bytes
    text: str  # source text; every offset in the index points into it
    encoding: str  # "utf-8", "gb18030", "utf-16", "docx", "pdf", ...
    title: str | None = None
    region: str | None = None
    period: str | None = None  # e.g. "2016年", "2017年上半年"
    year: int | None = None
    issuer: str | None = None
    page_starts: list[int] | None = None  # .pdf: source offset where each page begins
    sections: list[Section] = field(default_factory=list)

    def section_at(self, offset: int) -> Section | None:
        """The innermost section whose range holds ``offset``."""
        best = None
        for s in self.sections:
            if s.start <= offset < s.end and (best is None or len(s.path) >= len(best.path)):
                best = s
        return best

    def page_at(self, offset: int) -> int | None:
        if not self.page_starts:
            return None
        page = 1
        for i, start in enumerate(self.page_starts, 1):
            if start <= offset:
                page = i
        return page


@dataclass
class Chunk:
    """A retrieval unit: a source range plus the normalised (simplified, half-width) text indexed."""

    chunk_id: int
    doc_id: str
    start: int
    end: int
    text: str  # cleaned, simplified, half-width view of source[start:end]
    section: str | None = None  # section label, " > "-joined, normalised like ``text``


@dataclass
class Fact:
    """A number mention read at ingest, with everything needed to answer and cite from it."""

    fact_id: int
    doc_id: str
    chunk_id: int
    value: float  # as written: 129.63 for "129.63亿元"
    unit: str  # as written in the source (original script): "亿元", "家", "%", "個百分點"
    start: int  # span of the number with its unit (and qualifier) in the source text
    end: int
    sentence_start: int
    sentence_end: int
    text: str  # source[start:end]
    kind: str  # count | money | percent | points | rank | ratio | date | plain
    qualifier: str | None = None  # 超 / 余 / 以上 / 近 / 约 / 多 ...
    value_max: float | None = None  # upper bound of a range ("10-20家")
    context: str = ""  # simplified words before the number in its sentence: names the metric
    section: str | None = None  # section path, normalised like ``sentence``
    sentence: str = ""  # the sentence in the normalised view (simplified, half-width, no pinyin)
    number_at: int = 0  # where the mention starts inside ``sentence``
    header: str = ""  # a table cell's column header, normalised ("2020年目标", "同比增长(%)")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
