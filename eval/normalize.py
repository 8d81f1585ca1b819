"""Text and quantity normalisation shared by the gold readers and the metrics.

``norm`` makes answer strings comparable across scripts and widths; ``quantities`` reads number
tokens (Arabic or Chinese numerals, 万/亿 multipliers) with the unit written after them; and
``same_quantity`` compares two (value, unit) pairs unit-aware through ``index.numbers.to_base``.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from index.numbers import parse_number, to_base

REL_TOL = 1e-9

CN_DIGITS = "零〇一二两兩三四五六七八九十百千万萬亿億"
# A number token: Arabic digits (thousands commas, decimals) with an optional 万/亿 multiplier,
# or a run of Chinese numerals. Matched on NFKC text, so full-width digits are already ASCII.
# A minus sign counts only when no digit precedes it, so "2010-2015" stays a range, not -2015.
_NUMBER = re.compile(rf"(?:(?<![0-9])[-−])?[0-9]+(?:,[0-9]{{3}})*(?:\.[0-9]+)?[万萬亿億]*|[{CN_DIGITS}]+")
# Surrounding punctuation annotators add to answers ("1998年。", "“三十”"); a decimal point is
# never stripped because ASCII '.' is not in the set.
_EDGE_PUNCT = "。，、；：？！,;:?!\"'“”‘’「」『』《》〈〉()（）[]【】·…—- "
# Words after a number that qualify it rather than measure it: 四百万余 = 四百万 + 余.
_QUALIFIER_SUFFIXES = ("左右", "以上", "以下", "多", "余", "餘", "许", "許")
_MAX_UNIT_CHARS = 6


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC  # imported lazily: the converter loads its dictionaries once

    return OpenCC("t2s")


def to_simplified(s: str) -> str:
    """Traditional → simplified Chinese (opencc t2s); other characters pass through."""
    return _t2s().convert(s)


def norm(s: str) -> str:
    """Comparable form of an answer string: NFKC (half-width), simplified, no whitespace, edge
    punctuation stripped. ``norm("１９９８年。") == "1998年"``."""
    s = unicodedata.normalize("NFKC", s)
    s = to_simplified(s)
    s = re.sub(r"\s+", "", s)
    return s.strip(_EDGE_PUNCT)


def norm_unit(unit: str | None) -> str:
    """A unit as to_base expects it: half-width, simplified, no spaces; None → ""."""
    if not unit:
        return ""
    return re.sub(r"\s+", "", to_simplified(unicodedata.normalize("NFKC", unit)))


@dataclass(frozen=True)
class Quantity:
    """A number token read from text and the unit written right after it (may be "")."""

    value: float
    unit: str
    token: str  # the number as written, NFKC-normalised: "11.42亿"
    start: int  # offsets in the NFKC text the token was read from
    end: int


def parse_value(token: str) -> float | None:
    """``parse_number`` that returns None instead of raising on a token it cannot read."""
    sign = -1.0 if token[:1] in "-−" else 1.0
    try:
        v = sign * float(parse_number(token.lstrip("-−")))
    except (ValueError, TypeError, ArithmeticError):
        return None
    return v if math.isfinite(v) else None


def quantities(text: str) -> list[Quantity]:
    """Every number token in ``text`` (NFKC + simplified view) with the unit that follows it.

    The unit is the run of non-digit word characters after the token, cut at punctuation, the next
    number, or 6 characters, with qualifiers (余/多/左右…) removed.
    """
    s = to_simplified(unicodedata.normalize("NFKC", text))
    out: list[Quantity] = []
    matches = list(_NUMBER.finditer(s))
    for i, m in enumerate(matches):
        value = parse_value(m.group())
        if value is None:
            continue
        limit = matches[i + 1].start() if i + 1 < len(matches) else len(s)
        tail = re.match(r"[^\W\d_]+|%", s[m.end():limit])
        unit = tail.group()[:_MAX_UNIT_CHARS] if tail else ""
        for q in _QUALIFIER_SUFFIXES:
            if unit.startswith(q):
                unit = unit[len(q):]
        out.append(Quantity(value, unit, m.group(), m.start(), m.end()))
    return out


def single_quantity(answer: str) -> Quantity | None:
    """The quantity an answer states when it holds exactly one number ("约4万平方米" → 40000 平方米);
    None for none or several ("1998年10月"), where only text matching is meaningful."""
    qs = quantities(norm(answer))
    return qs[0] if len(qs) == 1 else None


def base(value: float, unit: str | None) -> tuple[float, str]:
    """``to_base`` on a normalised unit; a unit to_base does not know stays as written."""
    u = norm_unit(unit)
    try:
        v, bu = to_base(float(value), u)
    except (ValueError, KeyError, TypeError):
        return float(value), u
    return float(v), norm_unit(bu)


def close(a: float, b: float) -> bool:
    """Equal within a 1e-9 relative tolerance (exact for 0)."""
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=0.0)


def same_quantity(v1: float, u1: str | None, v2: float, u2: str | None,
                  unit_prefix: bool = False) -> bool:
    """Equal as quantities: canonical values (to_base) match and, when both units are given, the
    canonical units match (or, with ``unit_prefix``, one starts with the other: a unit read from
    free text may run on, "两个部份" → "个部份"). Percent and percentage points are compared as
    written, never rescaled into each other."""
    b1, bu1 = base(v1, u1)
    b2, bu2 = base(v2, u2)
    if bu1 and bu2:
        same = bu1 == bu2 or (unit_prefix and (bu1.startswith(bu2) or bu2.startswith(bu1)))
        return same and close(b1, b2)
    # A bare number ("147") against "147位": the unit is missing on one side, so only values count.
    return close(b1, b2) or close(float(v1), float(v2))
