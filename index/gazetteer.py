"""Chinese administrative places (province, city, district) from the ``cpca`` package's adcode table.

Only cpca's data file is read (``cpca/resources/adcodes.csv``); its module is never imported
because it pulls pandas and the removed ``pkg_resources`` at import time.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata

_SUFFIXES = ("特别行政区", "自治州", "自治县", "自治区", "地区", "新区", "省", "市", "区", "县", "盟", "旗")


def _jieba_tags() -> dict[str, str]:
    """Part-of-speech tags of jieba's dictionary: tells a place word from an ordinary one."""
    import jieba

    tags: dict[str, str] = {}
    with open(jieba.get_dict_file().name if hasattr(jieba, "get_dict_file") else "", encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    return tags


def _is_place_word(short: str, tags: dict[str, str]) -> bool:
    # "合作" (合作市) and "资源" (资源县) are ordinary words: only a short form that the
    # dictionary does not know, or knows as a name, may stand for a place on its own.
    return tags.get(short, "ns") in {"ns", "nr", "nz", "nrt", "nt"}


_SELF_DISTRICT = re.compile(r"[我全本该][区县]")
_SELF_CITY = re.compile(r"[我全本该]市")


@dataclass(frozen=True)
class Place:
    adcode: str  # 6 significant digits: PPCCDD
    name: str  # full name, e.g. "西湖区"

    @property
    def level(self) -> int:
        """1 province, 2 city, 3 district/county."""
        if self.adcode[2:] == "0000":
            return 1
        return 2 if self.adcode[4:] == "00" else 3

    @property
    def parent_code(self) -> str | None:
        if self.level == 3:
            return self.adcode[:4] + "00"
        if self.level == 2:
            return self.adcode[:2] + "0000"
        return None


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, Place], dict[str, list[Place]], re.Pattern[str]]:
    path = metadata.distribution("cpca").locate_file("cpca/resources/adcodes.csv")
    by_code: dict[str, Place] = {}
    by_name: dict[str, list[Place]] = {}
    common = _jieba_tags()
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            place = Place(row["adcode"][:6], row["name"])
            if len(place.name) < 2:  # placeholder rows such as "县" under a municipality
                continue
            by_code.setdefault(place.adcode, place)
            names = {place.name}
            short = short_name(place.name)
            if short != place.name and len(short) >= 2 and _is_place_word(short, common):
                names.add(short)
            for n in names:
                by_name.setdefault(n, []).append(place)
    alternation = "|".join(sorted(map(re.escape, by_name), key=len, reverse=True))
    return by_code, by_name, re.compile(alternation)


def short_name(name: str) -> str:
    """ "绍兴市" → "绍兴", "西湖区" → "西湖"; names too short to shorten stay whole."""
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def find_places(text: str) -> Counter[Place]:
    """Mentions of places in ``text``; an ambiguous name counts for the candidate whose
    parent is also mentioned (西湖区 next to 杭州 is Hangzhou's), else for every candidate."""
    by_code, by_name, pattern = _places()
    names = Counter(m.group(0) for m in pattern.finditer(text))
    direct: Counter[str] = Counter()
    for name, count in names.items():
        for place in by_name[name]:
            direct[place.adcode] += count
    counts: Counter[Place] = Counter()
    for name, count in names.items():
        candidates = by_name[name]
        if len(candidates) > 1:
            supported = [p for p in candidates if p.parent_code and direct[p.parent_code] > 0]
            candidates = supported or candidates
        for place in candidates:
            counts[place] += count
    return counts


def full_region_name(place: Place) -> str:
    """A district with its city ("杭州市西湖区"); a city or province as it is."""
    by_code, _, _ = _places()
    if place.level == 3 and place.parent_code in by_code:
        return by_code[place.parent_code].name + place.name
    return place.name


def place_names(region: str) -> set[str]:
    """Every name and short name inside a region string: "杭州市西湖区" → {杭州市, 杭州, 西湖区, 西湖}."""
    _, by_name, pattern = _places()
    found = {m.group(0) for m in pattern.finditer(region)}
    return found | {short_name(n) for n in found} | {p.name for n in found for p in by_name[n][:1]}


def main_region(title: str, text: str) -> str | None:
    """The place a report is about: the most-mentioned district with support (≥ 2 mentions or in
    the title), else the most-mentioned city; a province when many of its cities share the text."""
    counts = find_places(text)
    for place, c in find_places(title).items():
        counts[place] += 3 * c
    if not counts:
        return None
    by_code, _, _ = _places()
    # A city counts its districts' mentions too: "瓯海" says "温州" as well.
    city_total: Counter[str] = Counter()
    direct_city = Counter({p.adcode: c for p, c in counts.items() if p.level == 2})
    for place, c in counts.items():
        if place.level == 2:
            city_total[place.adcode] += c
        elif place.level == 3 and place.parent_code:
            city_total[place.parent_code] += c
    # A district whose city the report also names beats one that merely shares a word with it
    # (城西科创大走廊 is in Hangzhou, not 西宁市城西区).
    districts = sorted(
        ((direct_city.get(p.parent_code, 0) > 0, c, p.adcode) for p, c in counts.items() if p.level == 3 and c >= 2),
        reverse=True,
    )
    cities = city_total.most_common()
    if len(cities) >= 4 and cities[0][1] < 2 * cities[1][1]:
        province = by_code.get(cities[0][0][:2] + "0000")
        if province and sum(1 for code, _ in cities if code[:2] == cities[0][0][:2]) >= 4:
            return province.name
    # Reports speak of their own place as 我区/全区 or 我市/全市: that says which level they are.
    district_level = len(_SELF_DISTRICT.findall(text)) > len(_SELF_CITY.findall(text))
    if districts and district_level:
        return full_region_name(by_code[districts[0][2]])
    if cities and cities[0][1] >= 2:
        return by_code[cities[0][0]].name if cities[0][0] in by_code else None
    return None
