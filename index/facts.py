"""Numeric facts at ingest: every number mention with its metric words, sentence and source span."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from index.cleaning import CleanText
from index.cleaning import to_simplified
from index.numbers import NumberMention, extract_numbers, unit_kind

_SENTENCE_END = re.compile(r"[。!?;\n]")
_CLAUSE_START = re.compile(r"[,:、(]")
_CONTEXT_CHARS = 48
_UNIT_IN_LABEL = re.compile(r"\(([^()]{1,6})\)")


@dataclass(frozen=True)
class FactDraft:
    """A fact before it is tied to a chunk: clean offsets, plus what was read around it."""

    mention: NumberMention
    unit_original: str  # the unit in the report's own script and width
    unit_inferred: bool  # the unit comes from a table header "(家)" rather than beside the number
    sentence_start: int
    sentence_end: int
    context: str
    header: str = ""  # a table cell's column header ("2020年目标", "同比增长(%)")


_RANK_HEADER = re.compile(r"位次|排名|名次|排位")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (up to 。!?; or a line end) that holds text[start:end], trimmed of blanks."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.end() if right_match and right_match.group() != "\n" else (
        right_match.start() if right_match else len(text)
    )
    while left < start and text[left].isspace():
        left += 1
    while right > end and text[right - 1].isspace():
        right -= 1
    return left, right


def _label_line_before(text: str, line_start: int) -> tuple[str, int] | None:
    """The nearest non-blank line before ``line_start`` (stripped) and where it starts."""
    pos = line_start
    while pos > 0:
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev_start : pos - 1]
        if line.strip():
            return line.strip(), prev_start + (len(line) - len(line.lstrip()))
        pos = prev_start
    return None


def _header_unit(label: str) -> str | None:
    """The last parenthesised unit in a table label: "新增众创空间(家)及孵化器" → "家"."""
    return next((u for u in reversed(_UNIT_IN_LABEL.findall(label)) if unit_kind(to_simplified(u)) != "plain"), None)


_CELL = " | "
_NUMERIC_CELL = re.compile(r"^[-+]?[\d.,%]+$")
_SERIAL_HEADER = re.compile(r"^(?:序号|编号|序|No\.?)$", re.IGNORECASE)


def _cells(text: str, line_start: int, line_end: int) -> list[tuple[int, str]]:
    """(start, stripped text) of each " | "-separated cell of a table row; a Markdown row's outer
    pipes ("| 营业收入(亿元) | 1286.4 |") are not part of its first and last cells."""
    row = text[line_start:line_end]
    lead_pipe = re.match(r"\s*\|(?=\s)", row)
    skip = lead_pipe.end() if lead_pipe else 0
    row = re.sub(r"(?<=\s)\|\s*$", "", row[skip:]) if lead_pipe else row
    cells, pos = [], line_start + skip
    for cell in row.split(_CELL):
        lead = len(cell) - len(cell.lstrip())
        cells.append((pos + lead, cell.strip()))
        pos += len(cell) + len(_CELL)
    return cells


# The line under a Markdown table's header: "|---|:---:|".
_MARKDOWN_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _header_row(text: str, line_start: int) -> list[str] | None:
    """The cells of the first row of the table holding the line at ``line_start``, if that row
    is a header (no numeric cell) and not the line itself."""
    first = line_start
    while first > 0:
        prev = text.rfind("\n", 0, first - 1) + 1
        if _CELL not in text[prev : first - 1] and not _MARKDOWN_RULE.match(text[prev : first - 1]):
            break
        first = prev
    while _MARKDOWN_RULE.match(text[first : text.find("\n", first) if "\n" in text[first:] else len(text)]):
        first = text.find("\n", first) + 1  # a table whose rule has no header above it
    if first == line_start:
        return None
    end = text.find("\n", first)
    header = [c for _, c in _cells(text, first, end if end >= 0 else len(text))]
    return None if any(_NUMERIC_CELL.match(c) for c in header) else header


_SERIAL = ("", -1, "")  # a row number: not a fact
# A column measuring the change or share of the column before it: "研发费用(亿元) | 同比增长(%)".
_RELATIVE_HEADER = re.compile(r"^(?:同比|比上年|较上年)?(?:增长|增速|增幅|增减|下降|占比|比重)(?:率)?(?:\([^()]*\))?$")


# Or names the column before it by its last word: "接报道路交通事故(起) | 事故同比增长(%)".
_NAMED_RELATIVE_HEADER = re.compile(r"^([\u4e00-\u9fff]{2,6}?)(?:同比|比上年|较上年)(?:增长|增速|增幅|增减|下降)(?:率)?(?:\([^()]*\))?$")


def _column_header(header: list[str], column: int) -> str:
    name = header[column]
    before = re.sub(r"[(][^()]*[)]", "", header[column - 1]) if column > 1 else ""
    if before and _RELATIVE_HEADER.match(name):
        return f"{before} {name}"
    named = _NAMED_RELATIVE_HEADER.match(name)
    if before and named and before.endswith(named.group(1)) and before != named.group(1):
        return f"{before} {name}"
    return name


def _table_cell(text: str, line_start: int, line_end: int, m: NumberMention) -> tuple[str, int, str] | None:
    """(row label, its start, column header) when the mention fills a cell of a " | " table row;
    ``_SERIAL`` for a row number, None outside tables.

    The row label is the row's first cell that is not a number; the column header is the cell
    above in the table's header row ("2020年目标"), "" when the table has none.
    """
    if _CELL not in text[line_start:line_end]:
        return None
    cells = _cells(text, line_start, line_end)
    column = next((i for i, (start, cell) in enumerate(cells) if start == m.start and cell == text[m.start : m.end]), None)
    if column is None:
        return None
    header = _header_row(text, line_start)
    if header is not None and len(header) != len(cells):
        header = None
    if header is not None and _SERIAL_HEADER.match(header[column]):
        return _SERIAL  # "序号 | …": it numbers rows
    label = next(((s, c) for s, c in cells[:column] if not _NUMERIC_CELL.match(c)), None)
    if label is None:
        # A row of numbers only: its header names each ("高企(家) | 研发投入(亿元)"), else nothing does.
        return (header[column], cells[0][0], "") if header else _SERIAL
    return label[1], label[0], _column_header(header, column) if header else ""


_SLASH_ROW = re.compile(r"^\s*-?\d+(?:\.\d+)?(?:\s*/\s*-?\d+(?:\.\d+)?)+\s*$")
_SLASH_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _slash_pairs(text: str) -> list[FactDraft]:
    """Facts of a flattened table cell holding several values under as many labels:
    "专利申请量(件)/专利授权量(件)" over "8500/4800" gives 8500 件 and 4800 件."""
    drafts = []
    pos = 0
    for line in text.split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        if not _SLASH_ROW.match(line):
            continue
        label = _label_line_before(text, line_start)
        if label is None:
            continue
        label_text, label_at = label
        names = label_text.split("/")
        numbers = list(_SLASH_NUMBER.finditer(line))
        if len(names) != len(numbers):
            continue
        offset = 0
        for name, number in zip(names, numbers):
            start, end = line_start + number.start(), line_start + number.end()
            unit = _header_unit(name) or ""
            mention = NumberMention(start, end, float(number.group()), unit, unit_kind(to_simplified(unit)) if unit else "plain")
            name_at = label_at + offset
            offset += len(name) + 1
            # The quote runs from the label line; the label is the cell's header.
            drafts.append(FactDraft(mention, unit, bool(unit), name_at, end, name.strip(), name.strip()))
    return drafts


def draft_facts(clean: CleanText) -> list[FactDraft]:
    """Every number mention of a cleaned report, with its metric context.

    A number alone on its line is a flattened table cell: its metric (and unit, from a header
    like "新增高新技术企业(家)") is the label on the line before it.
    """
    text = clean.text
    drafts: list[FactDraft] = _slash_pairs(text)
    for m in extract_numbers(text):
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end_at = text.find("\n", m.end)
        line_end = len(text) if line_end_at < 0 else line_end_at
        unit_original = _original_unit(clean, m)
        inferred = False
        # A number alone in a table cell has its metric (and unit) in the label before it: the
        # cell to its left in a .docx row "label | value", or the line above in a flattened table.
        label = None
        # "产科 | 18642 | 1968 | 4.2": a bare cell under "住院人次(人次)" is a count that looks like a year.
        year_cell = m.kind == "date" and not m.unit and " | " in text[line_start:line_end]
        if m.kind != "date" or year_cell:
            label = _table_cell(text, line_start, line_end, m)
            if label is _SERIAL:
                continue
            if year_cell:
                unit = _header_unit(label[2]) if label is not None else None
                if not unit or unit in ("年", "年度") or "年" in label[2]:
                    label = None  # a column of years ("开工年份"): the year stays a date
                else:
                    m = replace(m, kind="plain")
            elif label is None and text[line_start:line_end].strip() == text[m.start : m.end]:
                label = (*(_label_line_before(text, line_start) or ("", line_start)), "")
        if label is not None:
            label_text, label_at, header = label
            header_unit = _header_unit(header) or _header_unit(label_text)
            if not m.unit and m.value == int(m.value) and _RANK_HEADER.search(header or label_text):
                m = replace(m, kind="rank")  # "总量居全省县级市位次 | 3": a place in a ranking
            elif not m.unit and header_unit:
                unit_original, inferred = header_unit, True
            # The quote runs from the row label to the number, so it names what was counted.
            drafts.append(FactDraft(m, unit_original, inferred, label_at, m.end, label_text, header))
            continue
        s_start, s_end = sentence_bounds(text, m.start, m.end)
        context = text[max(s_start, m.start - _CONTEXT_CHARS) : m.start]
        drafts.append(FactDraft(m, unit_original, inferred, s_start, s_end, context))
    return sorted(drafts, key=lambda d: d.mention.start)


def _original_unit(clean: CleanText, m: NumberMention) -> str:
    if not m.unit:
        return ""
    at = clean.text.find(m.unit, m.number_end, m.end)
    if at < 0:
        return m.unit
    return clean.original[at : at + len(m.unit)]

