"""Section hierarchy of a cleaned report: headings like 一、 / (一) / 1. / (1) / 一是, and bare title lines.

Works on the normalised view (half-width, simplified) and returns sections in *clean* offsets;
the caller maps them to source offsets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_CN = "一二三四五六七八九十"

# (rank, pattern) — a lower rank is a higher level. Ranks are fixed rather than learnt per
# document because Chinese official writing prescribes this order (GB/T 9704 numbering).
_HEADING_MARKERS: list[tuple[int, re.Pattern[str]]] = [
    (1, re.compile(rf"^第[{_CN}]+[部章]分?")),
    (2, re.compile(rf"^[{_CN}]+、")),
    (3, re.compile(rf"^\([{_CN}]+\)")),
    (4, re.compile(r"^\d{1,2}(?:、|\.(?!\d)|\s)")),
    (5, re.compile(r"^\(\d{1,2}\)")),
    (6, re.compile(rf"^[{_CN}]是")),
]
_BARE_RANK = 0  # a short stand-alone line with no marker: a titled part of a compiled report
_MAX_LABEL = 40
_SENTENCE_END = re.compile(r"[。!?;:]")


@dataclass(frozen=True)
class Heading:
    """A heading: its rank and the text spans (clean offsets) that make up its label."""

    rank: int
    parts: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.parts[0][0]

    def label(self, text: str) -> str:
        """The label read from ``text`` (the normalised or the original view: same offsets)."""
        label = " ".join(text[a:b].strip() for a, b in self.parts)
        return label if len(label) <= _MAX_LABEL else label[:_MAX_LABEL] + "…"


@dataclass(frozen=True)
class CleanSection:
    headings: tuple[Heading, ...]  # outermost first
    start: int
    end: int

    def path(self, text: str) -> tuple[str, ...]:
        return tuple(h.label(text) for h in self.headings)


def heading_length(line: str) -> int:
    """Length of the heading part of a line: up to the first sentence end.

    >>> heading_length("(一)高新产业集聚带动优强企业快速发展。以政策为首要推动力量")
    19
    """
    m = _SENTENCE_END.search(line)
    return len(line[: m.start()] if m else line)


def _is_bare_title(line: str) -> bool:
    # Short, no sentence punctuation: a part title such as "宁波 打造知识产权为支点的创新格局"
    # or a speaker line "宁波市科技局局长 励永惠" in a compiled report.
    return 4 <= len(line) <= 30 and not re.search(r"[。,;:!?、|…()]", line)


# A short line naming a period's work ("2017年工作思路", "下半年工作打算") opens a top-level
# part even in documents numbered with 一、: reports often pair a review with a plan this way.
_PART_TITLE = re.compile(
    r"^\S{0,12}?(?:\d{4}年|[上下]半年|今年|明年)\S{0,10}?"
    r"(?:工作)?(?:思路|目标|计划|打算|安排|总结|回顾|要点|重点)$"
)

# A line naming both a review and a plan ("…2019年工作总结及2020年工作思路") is the report's own
# title, repeated below scraped page residue: it opens no part.
_REVIEW_AND_PLAN = re.compile(r"(?:总结|回顾).{0,12}(?:思路|计划|打算|安排|要点)$")

# An appendix ("附表:2020年各县新认定高企情况", "附件2") is a part of its own, outside the last
# section before it: a table appended after the plans is not a plan.
_APPENDIX = re.compile(r"^(?:附表|附件|附录)\s*\d*(?:[::]|$|\s)")

_TOC_MARKER = re.compile(r"^(?:目\s*录|提\s*纲)(?:/(?:目\s*录|提\s*纲))?\s*(?::|$)")  # "目  录" too
_TOC_MAX_LINE = 50


def toc_lines(lines: list[str]) -> set[int]:
    """Indices of the lines of a table of contents ("目录/提纲:……" then heading lines).

    Scraped reports often open with their outline; its headings must not govern the body. The
    outline ends at its first long line, or where its first heading starts again (the body).
    """
    at = next((i for i, l in enumerate(lines) if _TOC_MARKER.match(l.strip())), None)
    if at is None:
        return set()
    block = {at}
    first_heading = None
    for i in range(at + 1, len(lines)):
        line = lines[i].strip()
        if len(line) > _TOC_MAX_LINE or (first_heading is not None and line == first_heading):
            break
        if first_heading is None and any(p.match(line) for _, p in _HEADING_MARKERS):
            first_heading = line
        block.add(i)
    return block


# A Markdown heading ("## 一、2023年工作总结"): its #s say the level when no numbering does.
_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+")
_MARKDOWN_RANK = {1: _BARE_RANK, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}


def _markdown_level(line: str) -> tuple[int, int]:
    """The level of a Markdown heading line and where its text starts; (0, 0) for other lines."""
    m = _MARKDOWN_HEADING.match(line)
    return (len(m.group(1)), m.end()) if m else (0, 0)


# Markers that may also start mid-line (after a sentence end) in flattened scrapes.
_INLINE = re.compile(rf"(?<=[。!?])\s*(第[{_CN}]+[部章]分?|[{_CN}]+、|\([{_CN}]+\))")
_NESTED = re.compile(rf"\([{_CN}]+\)")


def find_headings(text: str) -> list[Heading]:
    """Every heading in ``text`` with its rank; consecutive bare title lines merge into one."""
    lines = text.split("\n")
    line_starts, pos = [], 0
    for raw in lines:
        line_starts.append(pos)
        pos += len(raw) + 1
    has_markers = any(
        p.match(l.strip()[_markdown_level(l.strip())[1] :]) for l in lines for r, p in _HEADING_MARKERS if r <= 3
    )
    outline = toc_lines(lines)
    found: dict[int, Heading] = {}
    first_line = next((i for i, l in enumerate(lines) if l.strip()), -1)

    def add(rank: int, start: int, whole_line: bool = False) -> None:
        line_end = text.find("\n", start)
        rest = text[start : line_end if line_end >= 0 else len(text)]
        length = len(rest) if whole_line else heading_length(rest)
        nested = _NESTED.search(rest, 1, length) if rank < 3 else None
        if nested:  # "一、上半年工作回顾(一)以更大力度…": the (一) opens a subsection
            length = nested.start()
            add(3, start + nested.start())
        found.setdefault(start, Heading(rank, ((start, start + length),)))

    prev_bare: Heading | None = None
    for li, raw in enumerate(lines):
        line = raw.strip()
        if not line or li in outline or " | " in line:  # a table row, even one starting "1 |"
            continue
        start = line_starts[li] + (len(raw) - len(raw.lstrip()))
        level, skip = _markdown_level(line)
        if level:
            if li == first_line:
                continue  # "# 报告标题": the document title
            line, start = line[skip:], start + skip
        rank = next((r for r, p in _HEADING_MARKERS if p.match(line)), None)
        if rank is None and level:
            rank = _MARKDOWN_RANK[level]
        if rank is None and (_PART_TITLE.match(line) or _APPENDIX.match(line)) and li != first_line:
            if _REVIEW_AND_PLAN.search(line):
                continue  # the title again, not a part
            rank = _BARE_RANK
        if rank is not None:
            add(rank, start, whole_line=bool(_APPENDIX.match(line)))  # "附表:" goes on
            prev_bare = None
        elif not has_markers and _is_bare_title(line):
            if li == first_line:
                continue  # the first line is the document title: metadata, not a part
            span = (start, start + len(line))
            if prev_bare is not None and len(prev_bare.parts) == 1:  # title + speaker line: one heading
                h = Heading(_BARE_RANK, prev_bare.parts + (span,))
            elif prev_bare is not None:
                # A third bare line: the first was a subtitle of its own; the part starts at the second.
                found[prev_bare.start] = Heading(_BARE_RANK, prev_bare.parts[:1])
                h = Heading(_BARE_RANK, prev_bare.parts[1:] + (span,))
            else:
                h = Heading(_BARE_RANK, (span,))
            found[h.start] = h
            prev_bare = h
        elif line:
            prev_bare = None
        for m in _INLINE.finditer(text, start, line_starts[li] + len(raw)):
            marker = m.group(1)
            r = 1 if marker.startswith("第") else 2 if marker.endswith("、") else 3
            add(r, m.start(1))
    return [found[k] for k in sorted(found)]


def detect_sections(text: str) -> list[CleanSection]:
    """Sections with their full path and the clean range each heading governs.

    A heading's range runs to the next heading of the same or a higher level (or the end).
    """
    headings = find_headings(text)
    sections: list[CleanSection] = []
    stack: list[Heading] = []
    for i, h in enumerate(headings):
        while stack and stack[-1].rank >= h.rank:
            stack.pop()
        stack.append(h)
        end = len(text)
        for later in headings[i + 1 :]:
            if later.rank <= h.rank:
                end = later.start
                break
        sections.append(CleanSection(tuple(stack), h.start, end))
    return sections
