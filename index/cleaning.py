"""Cleaning that keeps provenance: a normalised view of a report with a source offset per character.

Contract: ``clean_report(source)`` drops site boilerplate and pinyin annotations, maps full-width
forms to half-width and traditional to simplified *one character for one character*, and records
for every character of the result the index of the source character it came from.

What is removed, and why (all rules are general, none names a site or a report):

* whole lines of site chrome, judged on the line's normalised text (so traditional pages match):
  breadcrumbs, metadata rows of government sites (``索引号: | ... | 公开方式: |``), upload banners
  of document-sharing sites (``上传人: 文档编号: ...``), page markers (``第1页 / 共6页``,
  ``<file>_第2页``), lines made only of widget words (``返回 下载 相关 举报``, ``返回顶部``,
  ``精彩评论(0)``), comment boxes, ICP/copyright footers and paywall prompts;
* a short line repeated 3+ times (navigation or running headers);
* page counters of document-sharing sites: each page's text starts "1、", "2、"… and cuts a
  sentence mid-way; the counter goes and a cut sentence is joined again across the break;
* line breaks inside a sentence (a body line that stops mid-word, the next going on with it)
  are joined; headings, titles and list items keep their lines;
* a short line with no words ("0", "×") lying between removed lines (badge counts, close buttons);
* a saved web page's markup: tags, entities, and the elements that hold no report text (head,
  scripts, styles, navigation, header and footer), so the article reads as a plain report;
* Markdown bold markers (``**…**`` on one line, in a Markdown file): the words stay, the stars go;
* inside a line: pinyin annotations glued to a character (``呈現(xiàn)`` → ``呈現``), site notices
  (``……(…省略670字,正式会员可完整阅读)……``, ``…由会员分享,可在线阅读…请在…上搜索。``);
* whitespace: indentation, trailing blanks (``\\r`` included), runs inside a line (first kept),
  blank-line runs (one kept as a paragraph break), invisible format characters.

Lines are split on ``\\n`` only; ``\\r`` is whitespace, so CRLF files clean like LF files.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

# --- character normalisation (length-preserving) ----------------------------------------------

# Full-width ASCII (！..～) → ASCII, ideographic and no-break spaces → " ". A per-character table
# keeps len() unchanged, unlike NFKC (which expands e.g. "㎡" and "½").
_HALFWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_HALFWIDTH[0x3000] = 0x20
_HALFWIDTH[0x00A0] = 0x20


def to_halfwidth(text: str) -> str:
    """Full-width ASCII and ideographic/no-break spaces → ASCII; same length as ``text``."""
    return text.translate(_HALFWIDTH)


@lru_cache(maxsize=1)
def _opencc():  # noqa: ANN202 - opencc.OpenCC; loading its dictionaries takes ~0.1 s, do it once
    from opencc import OpenCC

    return OpenCC("t2s")


@lru_cache(maxsize=65536)
def _char_t2s(ch: str) -> str:
    out = _opencc().convert(ch)
    return out if len(out) == 1 else ch


def to_simplified(text: str) -> str:
    """OpenCC t2s with phrase context, same length as ``text``.

    Each line is converted whole; if a phrase mapping changed its length, that line is converted
    character by character instead, so offsets stay one-to-one.
    """
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.isascii():
            continue
        out = _opencc().convert(line)
        lines[i] = out if len(out) == len(line) else "".join(_char_t2s(c) for c in line)
    return "\n".join(lines)


def normalize_query(text: str) -> str:
    """A question normalised like indexed text (half-width, simplified); same length as ``text``."""
    return to_simplified(to_halfwidth(text))


# --- pinyin annotations ----------------------------------------------------------------------

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_DETONE = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ", "aaaaeeeeiiiioooouuuuvvvvvnnnm")
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# A parenthesised run of lowercase latin syllables right after a hanzi. "?" and U+FFFD stand for
# a hanzi lost to an encoding round trip, which is where these annotations come from.
_ANNOTATION = re.compile(
    rf"(?<=[{_HAN}?\ufffd])[(\uff08] ?([a-zü{_TONED}]{{1,6}}[1-5]?(?:[ '][a-zü{_TONED}]{{1,6}}[1-5]?){{0,3}}) ?[)\uff09]"
)
# Initial + final of Mandarin syllables (toneless, ü written v). Slightly permissive, which is
# fine: a match must also carry a tone mark, or sit in a document whose other annotations do.
_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn"
    r"|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)"
)


def _pinyin_kind(body: str) -> str | None:
    """"toned" if every syllable is pinyin and one carries a tone; "plain" if toneless; else None."""
    toned = False
    for syl in re.split(r"[ ']", body):
        if not syl:
            return None
        if syl[-1] in "12345":
            syl, toned = syl[:-1], True
        toned = toned or any(c in _TONED for c in syl)
        if not _SYLLABLE.fullmatch(syl.translate(_DETONE)):
            return None
    return "toned" if toned else "plain"


def _annotation_spans(text: str) -> list[tuple[int, int]]:
    """Spans of pinyin annotations in ``text`` (a whole document: the decision is per document).

    Toneless ones ("(xian)") are taken only when the text has 3+ toned ones: alone they are
    indistinguishable from real parentheticals such as "公顷(ha)".
    """
    toned: list[tuple[int, int]] = []
    plain: list[tuple[int, int]] = []
    for m in _ANNOTATION.finditer(text):
        kind = _pinyin_kind(m.group(1))
        if kind == "toned":
            toned.append(m.span())
        elif kind == "plain":
            plain.append(m.span())
    return sorted(toned + plain) if len(toned) >= 3 else toned


# Markdown bold ("**(一)创新主体量质齐升。**"): the markers are layout, the words between are text.
# Paired on one line, so a lone "*" (a footnote mark) or "**" stays; and only in a Markdown file
# (a "## " heading or a table's "|---|" rule), since plain text writes "**市" for a withheld name.
_EMPHASIS = re.compile(r"\*\*(?=[^\s*])[^\n*]*?(?<=[^\s*])\*\*")
_MARKDOWN_HINT = re.compile(r"^(?:#{1,6}[ \t]+\S|\|?[ \t]*:?-{3,}:?[ \t]*\|)", re.M)


def emphasis_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the paired Markdown bold markers in ``text``: the two ``**`` of each pair; []
    unless the text is Markdown."""
    if not _MARKDOWN_HINT.search(text):
        return []
    spans = []
    for m in _EMPHASIS.finditer(text):
        spans += [(m.start(), m.start() + 2), (m.end() - 2, m.end())]
    return spans


# A saved web page: the page's source, markup and all. Three tags of the page body make it one;
# a report that merely mentions "<p>" once is not.
_MARKUP_HINT = re.compile(r"<(?:!doctype\s+html|html|body|p|div|br|td|li)\b", re.I)
# Whole elements that hold no report text: page head, scripts, styles, site navigation, footer.
_DROPPED_ELEMENT = re.compile(r"<(head|script|style|noscript|template|nav|header|footer)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<!--.*?-->|<[!/]?[A-Za-z][^<>]*>", re.S)
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,6}|#x[0-9A-Fa-f]{2,5});")


def _is_page(text: str) -> bool:
    return len(_MARKUP_HINT.findall(text, 0, 20000)) >= 3


_CELL_BOUNDARY = re.compile(r"</t[dh]\s*>[ \t]*<t[dh]\b[^<>\n]*>", re.I)


def cell_boundaries(text: str) -> list[tuple[int, int]]:
    """Spans between two cells of a web page's table row ("</td><td>"): the cleaner writes each
    as " | ", so the row reads like any other table row; [] unless the text is a page's source."""
    if not _is_page(text):
        return []
    return [m.span() for m in _CELL_BOUNDARY.finditer(text)]


def markup_spans(text: str) -> list[tuple[int, int]]:
    """Spans of web-page markup in ``text`` (tags, entities, head/script/nav/footer elements),
    cut at line ends so each lies within one line; [] unless the text is a page's source."""
    if not _is_page(text):
        return []
    spans = [m.span() for m in _DROPPED_ELEMENT.finditer(text)]
    blocked = np.zeros(len(text) + 1, dtype=bool)
    for s, e in spans:
        blocked[s:e] = True
    spans += [m.span() for pattern in (_TAG, _ENTITY) for m in pattern.finditer(text) if not blocked[m.start()]]
    pieces = []
    for s, e in spans:
        while s < e:
            nl = text.find("\n", s, e)
            cut = e if nl < 0 else nl
            if cut > s:
                pieces.append((s, cut))
            s = cut + 1
    return sorted(pieces)


# --- boilerplate rules (matched against a line's normalised text) ----------------------------

_METADATA_KEYS = (
    # government portal "information disclosure" tables and article headers
    "索引号|发布机构|发文机关|成文日期|发布日期|发布时间|发文字号|文号|主题分类|主题词|体裁分类|组配分类|"
    "服务对象|公开方式|公开范围|公开时限|公开日期|有效性|生效日期|废止日期|信息来源|来源|作者|责任编辑|"
    "编辑|审核|浏览次数|访问次数|点击次数|点击数|阅读次数|字号|"
    # document-sharing site upload banners
    "上传人|上传者|上传时间|上传日期|文档编号|文档格式|格式|页数|大小|文件大小|下载次数|贡献者|分类|"
    "文档分类|关键词|标签"
)
# Keys unambiguous enough to condemn a short line on their own ("格式:", "分类:" are not).
_LEAD_KEYS = (
    "索引号|发布机构|发文机关|成文日期|发布日期|发布时间|发文字号|主题分类|主题词|体裁分类|组配分类|公开方式|"
    "公开范围|公开时限|信息来源|来源|作者|责任编辑|浏览次数|访问次数|点击次数|点击数|阅读次数|上传人|上传者|"
    "上传时间|文档编号|下载次数|贡献者"
)
_META_PAIR = re.compile(rf"(?:^|[\s|,;、])(?:{_METADATA_KEYS})\s*:")
_META_LEAD = re.compile(rf"^(?:{_LEAD_KEYS})\s*:")

# (rule name, pattern searched in the line, longest line the rule may remove or None)
_LINE_RULES: tuple[tuple[str, re.Pattern[str], int | None], ...] = (
    (
        "breadcrumb",
        re.compile(r"^(?:(?:当前|您的|您现在的|你的|你现在的)?(?:所在)?位置\s*:\s*)?(?:网站)?首\s*页\s*(?:>|›|»|→|/|-)"),
        200,
    ),
    ("breadcrumb", re.compile(r"^(?:当前|您的|您现在的|你的|你现在的)(?:所在)?位置\s*:"), 120),
    ("page_marker", re.compile(r"^第\s*\d+\s*页\s*(?:[/,]?\s*共\s*\d+\s*页)?$|^共\s*\d+\s*页$"), None),
    ("page_marker", re.compile(r"^[-—–]\s*\d+\s*[-—–]$|^page\s*\d+(?:\s*(?:of|/)\s*\d+)?$", re.I), None),
    ("page_marker", re.compile(r"\S_第\s*\d+\s*页$"), 200),  # "<file name>_第3页"
    ("widget", re.compile(r"^(?:收藏|分享到?|下载|打印)\s*《[^》]{1,120}》\W*$"), None),  # "收藏《title》"
    ("widget", re.compile(r"^(?:上一篇|下一篇|上一条|下一条|上一页|下一页)\s*:"), 120),  # article navigation
    ("comment_box", re.compile(r"还可以?输入\s*\d+\s*个?字|登录后(?:才能)?(?:评论|发表|下载|查看)|^(?:发表|网友|最新|全部)评论"), 60),
    (
        "footer",
        re.compile(
            r"ICP\s*[备证]|公网安备|经营许可证|备案号|版权所有|copyright|©|all rights reserved|网站标识码|"
            r"主办单位\s*:|承办单位\s*:|技术支持\s*:|网站地图|联系我们|免责声明|隐私政策|用户协议",
            re.I,
        ),
        120,
    ),
    (
        "paywall",
        re.compile(
            r"(?<![a-z])vip(?![a-z])|下载需要|\d+\s*积分|积分下载|下载券|文档价格|开通会员|会员免费|立即下载|免费下载|下载文档|全文下载|"
            r"正式会员|可完整阅读|仅显示\d+字",
            re.I,
        ),
        80,
    ),
)

# Page furniture of portals and document-sharing sites. A line made only of these words (and
# separators, counts, arrows) is removed.
_WIDGET_WORDS = frozenset(
    """
    返回 下载 相关 举报 分享 分享到 收藏 评论 点赞 打印 关闭 关闭窗口 打印本页 打印此页 返回顶部 回到顶部 顶部
    在线客服 客服 我的消息 消息 意见反馈 反馈 展开阅读全文 阅读全文 展开全文 点击查看更多 查看更多 查看全文 更多
    资源描述 相关资源 猜你喜欢 相关搜索 相关文章 相关阅读 相关推荐 推荐阅读 热门文章 热门推荐 热门搜索 订阅信息
    订阅 最新政策 最新动态 最新文章 我有话要说 举报成功 举报原因 暂时没有相关评论 暂无评论 精彩评论 发表评论
    网友评论 上一篇 下一篇 上一页 下一页 微信 微博 qq空间 扫一扫 登录 注册 首页 加入收藏 设为首页 无障碍 繁体
    简体 繁體 长者模式 关怀版 点击 复制 全屏 立即下载 免费下载 举报文档 纠错 我要纠错 字号 大中小 默认
    """.split()
)
_MAX_WIDGET_WORD = max(map(len, _WIDGET_WORDS))

# Removed inside a line (the rest of the line stays): truncation/paywall notices in parentheses
# and the "shared by a member" notice of document-sharing sites.
_INLINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "paywall",
        re.compile(
            r"[….]*\s*[(][^()]{0,120}?(?:省略\s*\d+\s*字|会员可?完整阅读|未完(?:待续|(?=[,。)]))|全文共\s*\d+\s*字|仅显示\s*\d+\s*字|"
            r"请阅读下面提示)[^()]{0,120}?(?:[)]|$)[….]*"
        ),
    ),
    (
        "member_notice",
        re.compile(r"(?:《[^》]{1,200}》)?\s*由(?:会员|用户|网友)(?:分享|上传|发布).{0,300}?(?:上搜索|在线阅读|免费下载)(?:。|$)"),
    ),
)

_REPEAT_MIN = 3  # a short line seen this often is navigation or a running header
_TITLE_WORDS = re.compile(r"总结|报告|汇报|思路|计划|要点|情况")
_REPEAT_MAX_LEN = 40
_WEAK_MAX_LEN = 4  # "0", "×", "|": no words, only removed between removed lines
_WORDLIKE = re.compile(rf"[{_HAN}A-Za-z]")


_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_CELL_FIGURES = re.compile(r"\d\.\d")


def _is_widget_line(norm: str) -> bool:
    """True if the line's letters segment entirely into widget words (digits/punctuation ignored)."""
    letters = re.sub(r"[\W\d_]+", "", norm).lower()
    if not letters or len(norm) > 60:
        return False
    # A table row of figures is data, whatever its label: "微博 | 38.9 | 7340 | 0.86 | -4.2".
    if _CELL_FIGURES.search(norm) or len(_FIGURE.findall(norm)) >= 3:
        return False
    # reach[i]: letters[:i] splits into widget words.
    reach = [True] + [False] * len(letters)
    for i in range(len(letters)):
        if reach[i]:
            for j in range(i + 1, min(len(letters), i + _MAX_WIDGET_WORD) + 1):
                if letters[i:j] in _WIDGET_WORDS:
                    reach[j] = True
    return reach[-1]


def _is_breadcrumb_trail(norm: str) -> bool:
    """"政策信息 > 工作总结 > 正文": 2+ arrows between short fragments, no sentence punctuation."""
    parts = re.split(r"\s*(?:>|›|»)\s*", norm)
    if len(parts) < 3 or re.search(r"[。,;:!?]", norm):
        return False
    return all(len(p) <= 12 for p in parts) and sum(bool(p) for p in parts) >= 2


def _line_rule(norm: str) -> str | None:
    """Name of the boilerplate rule ``norm`` (a stripped, normalised line) matches, or None."""
    for name, pattern, max_len in _LINE_RULES:
        if (max_len is None or len(norm) <= max_len) and pattern.search(norm):
            return name
    if len(norm) <= 200 and len(_META_PAIR.findall(norm)) >= 2:
        return "metadata"
    if len(norm) <= 60 and _META_LEAD.search(norm):
        return "metadata"
    if _is_widget_line(norm):
        return "widget"
    if len(norm) <= 200 and _is_breadcrumb_trail(norm):
        return "breadcrumb"
    return None


# --- result types ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Removed:
    """A source range removed by a named rule (for audits and debugging)."""

    start: int
    end: int
    rule: str


@dataclass
class CleanText:
    """A cleaned view of a source text with ``offsets[i]`` = source index of ``text[i]``.

    ``offsets`` is strictly increasing; ``original[i] == source[offsets[i]]``, except the " | "
    written between a web page's table cells, on the first characters of the tags there.
    """

    text: str  # normalised view for matching: boilerplate/pinyin removed, half-width, simplified
    original: str  # same characters before t2s/width normalisation: what users see
    offsets: np.ndarray  # int64, len(text)
    removed: list[Removed] = field(default_factory=list, repr=False)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Clean ``[start, end)`` → the source ``[s, e)`` covering it (an empty span stays empty)."""
        n = len(self.text)
        if not 0 <= start <= end <= n:
            raise ValueError(f"clean span [{start}, {end}) is outside [0, {n}]")
        if start == end:
            pos = int(self.offsets[start]) if start < n else (int(self.offsets[-1]) + 1 if n else 0)
            return pos, pos
        return int(self.offsets[start]), int(self.offsets[end - 1]) + 1


# --- the cleaner --------------------------------------------------------------------------------


@dataclass
class _Line:
    """One source line being cleaned: kept source indices and their normalised characters."""

    start: int  # source span of the line, without its "\n"
    end: int
    newline: int | None  # source index of the terminating "\n"
    idx: list[int]
    norm: str
    rule: str | None = None  # set when the whole line is boilerplate

    def keep(self, mask: list[bool]) -> None:
        self.idx = [i for i, k in zip(self.idx, mask) if k]
        self.norm = "".join(c for c, k in zip(self.norm, mask) if k)


def _squeeze_whitespace(line: _Line) -> None:
    """Drop leading/trailing whitespace and all but the first character of inner runs."""
    norm = line.norm
    mask = [not (c.isspace() and (i == 0 or norm[i - 1].isspace())) for i, c in enumerate(norm)]
    line.keep(mask)
    while line.norm and line.norm[-1].isspace():
        line.idx.pop()
        line.norm = line.norm[:-1]


_MISREAD_STOP = re.compile(r"(?<=[\u4e00-\u9fff\d%])o(?=$|[(\u4e00-\u9fff])")


_CELL = " | "


def _prepare_line(
    source: str, start: int, end: int, newline: int | None, annotations: list[tuple[int, int, str]],
    removed: list[Removed], written: dict[int, str],
) -> _Line:
    """Normalise one line: drop ``annotations`` (source spans inside it, with their rule), invisibles,
    whitespace, notices; ``written`` characters stand in for the source's at their offsets."""
    raw = source[start:end]
    drop = [False] * len(raw)
    for s, e, rule in annotations:
        drop[s - start : e - start] = [True] * (e - s)
        removed.append(Removed(s, e, rule))
    if written:  # a web page's table: the cells' separators are kept, as written
        for i in range(start, end):
            if i in written:
                drop[i - start] = False
    for i, c in enumerate(raw):
        # Invisible format characters (ZWSP, BOM, soft hyphen...) and control characters carry
        # nothing; tabs are whitespace and handled below.
        if c != "\t" and unicodedata.category(c) in ("Cf", "Cc"):
            drop[i] = True
    idx = [start + i for i, d in enumerate(drop) if not d]
    kept = "".join(written.get(i, raw[i - start]) for i in idx)
    line = _Line(start, end, newline, idx, to_halfwidth(kept))
    _squeeze_whitespace(line)
    # t2s after whitespace/annotation removal so phrases glued by an annotation convert as phrases.
    line.norm = to_simplified(line.norm)
    # A full stop misread as a Latin "o" ("位列全市第2o(二)…"): one character for one, offsets hold.
    line.norm = _MISREAD_STOP.sub("。", line.norm)
    for rule, pattern in _INLINE_RULES:
        spans = [m.span() for m in pattern.finditer(line.norm) if m.end() > m.start()]
        if spans:
            mask = [True] * len(line.norm)
            for s, e in spans:
                mask[s:e] = [False] * (e - s)
                removed.append(Removed(line.idx[s], line.idx[e - 1] + 1, rule))
            line.keep(mask)
            _squeeze_whitespace(line)
    return line


def _split_lines(source: str) -> list[tuple[int, int, int | None]]:
    spans = []
    pos = 0
    while pos <= len(source):
        nl = source.find("\n", pos)
        if nl < 0:
            if pos < len(source):
                spans.append((pos, len(source), None))
            break
        spans.append((pos, nl, nl))
        pos = nl + 1
    return spans


def _mark_boilerplate(lines: list[_Line]) -> None:
    counts: dict[str, int] = {}
    for line in lines:
        if line.norm:
            counts[line.norm] = counts.get(line.norm, 0) + 1
    for line in lines:
        if not line.norm:
            continue
        line.rule = _line_rule(line.norm)
        if (
            line.rule is None
            and counts[line.norm] >= _REPEAT_MIN
            and len(line.norm) <= _REPEAT_MAX_LEN
            and len(_WORDLIKE.findall(line.norm)) >= 2
        ):
            line.rule = "repeated"
    # A running header repeats the report's title: the first line is still the title.
    first = next((ln for ln in lines if ln.norm), None)
    if first is not None and first.rule == "repeated" and _TITLE_WORDS.search(first.norm):
        first.rule = None
    # Word-less scraps ("0", "×") between removed lines are part of the same widget block.
    content = [ln for ln in lines if ln.norm]
    weak = [ln.rule is None and len(ln.norm) <= _WEAK_MAX_LEN and not _WORDLIKE.search(ln.norm) for ln in content]
    for i, line in enumerate(content):
        if not weak[i]:
            continue
        before = next((c for c, w in zip(reversed(content[:i]), reversed(weak[:i])) if not w), None)
        after = next((c for c, w in zip(content[i + 1 :], weak[i + 1 :]) if not w), None)
        sides = [s for s in (before, after) if s is not None]
        if sides and all(s.rule is not None for s in sides):
            line.rule = "widget_scrap"


_PAGE_COUNTER = re.compile(r"^(\d{1,3})、")
_PAGE_LINE_MIN = 60  # page texts are long lines; a list of short "1、抓体系" items is a list
_CLOSED = re.compile(r"[。!?;:…\"”')\]]$")


def page_counter_lines(lines: list[str]) -> set[int]:
    """Indices of lines whose "N、" prefix is a scraped page counter, not a list item.

    Document-sharing sites prefix each page's text with "1、", "2、", ... and cut sentences
    mid-way; a run of at least five consecutive numbers over long lines is that, not a list.
    """
    numbered = [(i, int(m.group(1))) for i, l in enumerate(lines) if (m := _PAGE_COUNTER.match(l))]
    marked: set[int] = set()
    run: list[int] = []
    for i, n in numbered + [(-1, -1)]:
        if run and n == len(run) + 1:
            run.append(i)
            continue
        if len(run) >= 5 and sum(len(lines[j]) > _PAGE_LINE_MIN for j in run) >= 0.8 * len(run):
            marked.update(run)
        run = [i] if n == 1 else []
    return marked


def _drop_page_counters(lines: list[_Line], removed: list[Removed]) -> set[int]:
    """Remove page counters; the indices (into ``lines``) of pages that continue a cut sentence."""
    content = [i for i, ln in enumerate(lines) if ln.norm and ln.rule is None]
    pages = page_counter_lines([lines[i].norm for i in content])
    joins: set[int] = set()
    for k in sorted(pages):
        line = lines[content[k]]
        n = _PAGE_COUNTER.match(line.norm).end()
        removed.append(Removed(line.idx[0], line.idx[n - 1] + 1, "page_counter"))
        line.keep([False] * n + [True] * (len(line.norm) - n))
        before = lines[content[k - 1]].norm if k > 0 else ""
        if len(before) > _PAGE_LINE_MIN and not _CLOSED.search(before):
            joins.add(content[k])
    return joins


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE_INSIDE = re.compile(r"[。!?;]")
# What opens a heading or list item; a bare number ("101.3%,同比增长…") continues a cut sentence.
_LINE_OPENER = re.compile(r"^(?:[一二三四五六七八九十]+[、是]|[(（](?:[一二三四五六七八九十]+|\d+)[)）]|\d+[、.．)）](?!\d)|(?:19|20)\d{2}年|第[一二三四五六七八九十]+[部章]|附|——|-)")


# A year opens a heading ("2025年工作思路"), but not after a word no sentence ends on
# ("…服务站1260个,其中" / "2024年新增340个").
_YEAR_OPENER = re.compile(r"^(?:19|20)\d{2}年")
_OPEN_END = re.compile(r"(?:其中|[,、的在于和与及比较至到为是从由对将共])$")


_PROSE_LINE_MIN = 20  # a wrapped line of prose with a comma in it, not a title or a list item


def _prose(line: str) -> bool:
    """A line of running text: it holds a sentence end, or is long and has a comma or list
    commas ("948人、新会区3082人、台山市2975人…")."""
    if "|" in line:
        return False  # a table's row or header ("县(市、区) | 有效国家高新技术企业(家)")
    return bool(_SENTENCE_INSIDE.search(line)) or (len(line) >= _PROSE_LINE_MIN and ("," in line or "、" in line))


def _wrapped_lines(lines: list[_Line]) -> set[int]:
    """Indices of lines that continue the sentence a line break cut ("…工作会议暨国家创" /
    "新型城市试点工作推进会,…"): the line before is prose that stops mid-word without
    punctuation; this one is prose too and opens with a plain character, not a heading or list
    marker."""
    content = [i for i, ln in enumerate(lines) if ln.norm and ln.rule is None]
    joins = set()
    for a, b in zip(content, content[1:]):
        before, after = lines[a].norm, lines[b].norm
        if (
            _prose(before)
            # An opening bracket or quote never ends a line on purpose: "削减化学需氧量(" / "COD)…".
            and (_CJK_CHAR.match(before[-1]) or before[-1] in ",、%(“《" or before[-1].isdigit())
            and (_CJK_CHAR.match(after[0]) or after[0].isdigit() or after[0] in "“《(、,;:。%)”》"
                 or (after[0].isascii() and after[0].isalpha()))
            and (not _LINE_OPENER.match(after) or _YEAR_OPENER.match(after) and _OPEN_END.search(before))
            and _prose(after)
        ):
            joins.add(b)
    return joins


def clean_report(source: str) -> CleanText:
    """Clean a report's source text, keeping for each output character its source offset."""
    removed: list[Removed] = []
    # No kind spans lines: the pinyin and bold patterns have no newline, and markup is cut at them.
    annotations = sorted([(s, e, "pinyin") for s, e in _annotation_spans(source)]
                         + [(s, e, "markup") for s, e in markup_spans(source)]
                         + [(s, e, "emphasis") for s, e in emphasis_spans(source)])
    # The tags between two cells of a web page's table ("</td><td>") read " | ", each character
    # standing on one of theirs, so the row reads like any other table row.
    written = {s + i: c for s, e in cell_boundaries(source) if e - s >= len(_CELL) for i, c in enumerate(_CELL)}
    lines = []
    for s, e, nl in _split_lines(source):
        inside = annotations[bisect_left(annotations, (s, -1)) : bisect_left(annotations, (e, -1))]
        lines.append(_prepare_line(source, s, e, nl, inside, removed, written))
    _mark_boilerplate(lines)
    joins = _drop_page_counters(lines, removed) | _wrapped_lines(lines)

    out_idx: list[int] = []
    out_chars: list[str] = []
    blank_run = True  # no paragraph break before the first line
    for i, line in enumerate(lines):
        if i in joins:
            while out_chars and out_chars[-1] == "\n":  # the page break cut a sentence: rejoin it
                out_chars.pop()
                out_idx.pop()
        if line.rule is not None:
            removed.append(Removed(line.start, line.end, line.rule))
            continue
        if not line.norm:
            # Blank (or emptied) line: one paragraph break, however many blank lines follow.
            if not blank_run and line.newline is not None:
                out_idx.append(line.newline)
                out_chars.append("\n")
                blank_run = True
            continue
        out_idx.extend(line.idx)
        out_chars.append(line.norm)
        blank_run = False
        if line.newline is not None:
            out_idx.append(line.newline)
            out_chars.append("\n")
    text = "".join(out_chars)
    # A trailing paragraph break has nothing after it.
    while text.endswith("\n\n"):
        text = text[:-1]
        out_idx.pop()
    offsets = np.asarray(out_idx, dtype=np.int64)
    original = "".join(written.get(i, source[i]) for i in out_idx)
    removed.sort(key=lambda r: (r.start, r.end))
    return CleanText(text=text, original=original, offsets=offsets, removed=removed)
