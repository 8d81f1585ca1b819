"""Report metadata read from the text itself: title, region, period and issuing body.

Works on the normalised (simplified, half-width) view. A ``manifest.json`` in the corpus root
may override any field per document: ``{"reports/a.txt": {"region": "杭州市西湖区"}}``.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, fields, replace
from pathlib import Path

from index.gazetteer import main_region

MANIFEST_NAME = "manifest.json"

_REPORT_WORDS = re.compile(r"总结|思路|汇报|报告|材料|要点|成绩单|发言|讲话")
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|\(|\d+[、.]|[一二三四五六七八九十]是)")
_FILE_SUFFIX = re.compile(r"\.(docx?|pdf|txt|md|wps)$", re.I)
_MARKDOWN_MARK = re.compile(r"^(?:#{1,6}|>)\s+")
# A saved page's trail ("您当前的位置:首页 > 政务公开 > 计划总结") names a section, not the report.
_BREADCRUMB = re.compile(r"^(?:您?(?:当前|现在)?的?(?:所在)?位置|当前位置|首页\s*(?:>|＞|»|/|→))")
# Who reports, named alone on the line above a title that opens with its year.
_WHO_REPORTS = re.compile(r"[\u4e00-\u9fff()（）]{2,30}(?:公司|集团|局|委员会|委|办公室|中心|院|厂|社|站|馆|所|校|学校|政府|街道|镇|乡|会|队|处|行)")
_DATE_SUFFIX = re.compile(r"\(\d{6,8}\)$")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年")
_HALF = re.compile(r"(?:(?:19|20)\d{2}年)?(上半年|下半年|前三季度|第?[一二三四]季度|1-\d{1,2}月)")
# A school year or a sugar mill's crushing season ("2023/2024榨季"), dated by the year it starts in.
_SCHOOL_YEAR = re.compile(r"((?:19|20)\d{2})\s*[-—–~至/]\s*(?:(?:19|20)?\d{2})\s*(?:学年|榨季)")
_TITLE_PERIOD = re.compile(
    r"((?:19|20)\d{2})年(上半年|下半年|前三季度|第?[一二三四]季度|1-\d{1,2}月)?"
    r"(?:度)?(?:的)?(?:科技|主要|全年)?(?:工作)?(?:总结|回顾|情况|汇报|报告|成绩)"
)
# "——2024年1月9日在郓城县第十八届人民代表大会第三次会议上": a speech's date, and a speech that
# reviews "过去一年" reviews the year before it.
_DELIVERED = re.compile(r"((?:19|20)\d{2})年\d{1,2}月\d{1,2}日在[^\n]{0,40}?(?:会议|大会|会)上")
_PAST_YEAR = re.compile(r"过去(?:的)?一年|去年以来|上一年")
_PLAN_ONLY_TITLE = re.compile(r"((?:19|20)\d{2})年[^,。]{0,10}?(?:工作)?(?:思路|计划|要点|打算|安排)")
_TITLE_REVIEW_WORDS = re.compile(r"总结|回顾|情况|汇报|成绩|报告")
_ISSUER = re.compile(
    r"([\u4e00-\u9fa5]{0,8}?(?:科学技术局|科技局|管委会|管理委员会|人民政府|委员会|办公室|办公厅|统计局|发改委))"
)


@dataclass(frozen=True)
class ReportMetadata:
    title: str | None = None
    region: str | None = None
    period: str | None = None
    year: int | None = None
    issuer: str | None = None


def detect_title(text: str, fallback: str) -> str:
    """The first short line that names a report kind (总结, 思路, 汇报…), else the first short line."""
    # Markdown marks headings and quotes ("# 标题", "> 发布日期…"): the marks are not the title.
    lines = [_MARKDOWN_MARK.sub("", l.strip()) for l in text.split("\n") if l.strip()]
    lines = [l for l in lines if l and not _BREADCRUMB.match(l)]
    short = [l for l in lines if len(l) <= 60 and not re.search(r"[。;!?,]|……", l) and not _NUMBERED.match(l)]
    # A report-kind line anywhere wins (a scraped table of contents may come first).
    title = next((l for l in short if _REPORT_WORDS.search(l)), short[0] if short else fallback)
    at = lines.index(title) if title in lines else -1
    if at > 0 and _YEAR.match(title) and _WHO_REPORTS.fullmatch(lines[at - 1]):
        # "沙雅天衡纺织有限公司" over "2024年上半年工作总结…": a title set on two lines.
        title = lines[at - 1] + title
    title = _DATE_SUFFIX.sub("", _FILE_SUFFIX.sub("", title)).strip()
    return title or fallback


def detect_period(title: str, text: str) -> tuple[str | None, int | None]:
    """The period the report reviews: "2016年", "2023年上半年"; from the title, else the text.

    A title such as "2016年工作总结及2017年工作思路" reviews 2016: the plan year is not the period.
    """
    m = _TITLE_PERIOD.search(title)
    if m:
        return m.group(1) + "年" + (m.group(2) or ""), int(m.group(1))
    school = _SCHOOL_YEAR.search(title)
    if school:  # "2023—2024学年工作总结": dated by the year it starts in, as questions ask it
        return school.group(1) + "年", int(school.group(1))
    planned = plan_only_year(title)
    if planned:  # "封开县住建局2025年工作思路": the year it plans
        return f"{planned}年", planned
    delivered = _DELIVERED.search(text[:400])
    if delivered and _PAST_YEAR.search(text[:3000]):
        year = int(delivered.group(1)) - 1  # a 政府工作报告 given in January 2024 reviews 2023
        return f"{year}年", year
    years = Counter(int(y) for y in _YEAR.findall(text[:3000]))
    year = years.most_common(1)[0][0] if years else None
    half = _HALF.search(title) or _HALF.search(text[:300])
    if year is None:
        return (half.group(1) if half else None), None
    return f"{year}年" + (half.group(1) if half else ""), year


def plan_only_year(title: str) -> int | None:
    """The year a title only plans for ("…2025年工作思路"), None when the report also reviews."""
    plan = _PLAN_ONLY_TITLE.search(title)
    return int(plan.group(1)) if plan and not _TITLE_REVIEW_WORDS.search(title) else None


def detect_region(title: str, text: str) -> str | None:
    """The place the report is about, from a gazetteer of administrative divisions."""
    return main_region(title, text)


def detect_issuer(title: str, text: str) -> str | None:
    """The issuing body named in the title or the opening lines, e.g. "绍兴市科学技术局"."""
    for source in (title, text[:400]):
        found = [m.group(1) for m in _ISSUER.finditer(source)]
        if found:
            return "、".join(dict.fromkeys(found))
    return None


def detect_metadata(text: str, fallback_title: str) -> ReportMetadata:
    title = detect_title(text, fallback_title)
    period, year = detect_period(title, text)
    return ReportMetadata(
        title=title,
        region=detect_region(title, text),
        period=period,
        year=year,
        issuer=detect_issuer(title, text),
    )


class ManifestError(ValueError):
    pass


def load_manifest(corpus_dir: Path) -> dict[str, dict]:
    """Per-document overrides from ``manifest.json`` at the corpus root ({} when absent)."""
    path = corpus_dir / MANIFEST_NAME
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as e:
        raise ManifestError(f"{path}: not valid JSON ({e})") from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise ManifestError(f"{path}: expected {{\"<file>\": {{\"title\": ..., \"region\": ...}}}}")
    allowed = {f.name for f in fields(ReportMetadata)}
    for doc, meta in data.items():
        unknown = set(meta) - allowed
        if unknown:
            raise ManifestError(f"{path}: {doc}: unknown field(s) {sorted(unknown)}; allowed {sorted(allowed)}")
    return data


def apply_overrides(meta: ReportMetadata, overrides: dict | None) -> ReportMetadata:
    return replace(meta, **overrides) if overrides else meta
