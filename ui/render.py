"""HTML for the app: answers with source cards, report views with highlights, tables of reports and
eval results. Pure functions of their inputs; every piece of report text is HTML-escaped here.

Chat messages are one HTML block on a single line, so the chatbot's markdown pass leaves report
text alone (a ``**`` or ``$`` in a report is shown as written, never read as markup).
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from index.cleaning import cell_boundaries, markup_spans, to_halfwidth, to_simplified
from index.schema import Document
from rag.schema import Answer, Citation, Passage

SNIPPET_CHARS = 120  # closest-passage previews in an abstention
QUOTE_CHARS = 400  # source-card quotes longer than this are cut (the full span opens in the viewer)
NO_SECTION = "（无章节）"


@dataclass(frozen=True)
class Span:
    """A source range the user can open: a citation of an answer, or a passage near an abstention."""

    doc: str
    start: int
    end: int
    label: str  # the choice shown in the citation list
    quote: str | None = None  # the source text at answer time: a changed report is detected


def esc(text: str) -> str:
    """HTML-escaped text (quotes too), safe in element content and attribute values."""
    return html.escape(text, quote=True)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$])")


def md(text: str) -> str:
    """Text shown literally inside markdown: HTML-escaped, markdown punctuation backslashed."""
    return html.escape(_MD_SPECIAL.sub(r"\\\1", one_line(text)), quote=False)


def one_line(text: str) -> str:
    """Whitespace runs (newlines included) collapsed to one space, ends trimmed."""
    return " ".join(text.split())


def cut(text: str, n: int) -> str:
    """``text`` on one line, at most ``n`` characters (an ellipsis marks a cut)."""
    text = one_line(text)
    return text if len(text) <= n else text[: n - 1] + "…"


# --- answers ---------------------------------------------------------------------------------

def emphasize(text: str, phrases: Iterable[str]) -> str:
    """``text`` escaped, with each occurrence of the phrases wrapped in ``<strong>`` (longest first,
    never overlapping)."""
    wanted = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not wanted:
        return esc(text)
    pattern = re.compile("|".join(re.escape(p) for p in wanted))
    out, pos = [], 0
    for m in pattern.finditer(text):
        out.append(esc(text[pos : m.start()]))
        out.append(f"<strong>{esc(m.group(0))}</strong>")
        pos = m.end()
    out.append(esc(text[pos:]))
    return "".join(out)


def markers(html_text: str) -> str:
    """[n] citation markers set as superscripts (input already escaped)."""
    return re.sub(r"\[(\d+)\]", r'<sup class="rag-ref">[\1]</sup>', html_text)


def timing(timings_ms: dict[str, float]) -> str:
    """'用时 123 ms（检索 100 · 作答 23）' from an answer's timings."""
    total = timings_ms.get("total")
    if total is None:
        return ""
    parts = [f"{label} {timings_ms[key]:.0f}" for key, label in (("retrieve", "检索"), ("answer", "作答"))
             if key in timings_ms]
    return f"用时 {total:.0f} ms" + (f"（{' · '.join(parts)}）" if parts else "")


def _meta_line(doc: Document | None, section: str | None) -> str:
    bits = [b for b in ((doc.region if doc else None), (doc.period if doc else None)) if b]
    bits.append(section or NO_SECTION)
    return " · ".join(esc(b) for b in bits)


def source_card(c: Citation, doc: Document | None) -> str:
    """One citation as a card: [n] report title, region · period · section path, the quote."""
    title = c.title or (doc.title if doc else None) or c.doc
    return (
        '<div class="rag-card">'
        f'<div class="rag-card-title"><span class="rag-ref">[{c.id}]</span> {esc(title)}</div>'
        f'<div class="rag-card-meta">{_meta_line(doc, c.section)}</div>'
        f'<blockquote class="rag-quote">{esc(cut(c.quote, QUOTE_CHARS))}</blockquote>'
        f'<div class="rag-card-doc">{esc(c.doc)} [{c.start}:{c.end}]</div>'
        "</div>"
    )


def passage_card(n: int, p: Passage, doc: Document | None) -> str:
    """A retrieved passage (shown when the assistant abstains): report, section, opening words."""
    title = (doc.title if doc else None) or p.doc
    section = doc.section_at(p.start) if doc else None
    text = doc.text[p.start : p.end] if doc else ""
    return (
        '<div class="rag-card rag-passage">'
        f'<div class="rag-card-title"><span class="rag-ref">段落 {n}</span> {esc(title)}</div>'
        f'<div class="rag-card-meta">{_meta_line(doc, section.label if section else None)}</div>'
        f'<blockquote class="rag-quote">{esc(cut(text, SNIPPET_CHARS))}</blockquote>'
        "</div>"
    )


def answer_html(answer: Answer, documents: dict[str, Document], max_passages: int = 3) -> str:
    """The chat reply: answer sentence (numbers bold, [n] markers) and source cards, or 未找到 with
    the reason and the closest passages; response time last. One line of HTML."""
    if answer.abstained:
        reason = answer.reason or "报告中没有找到能回答这个问题的数字"
        parts = [f'<div class="rag-abstain"><strong>未找到</strong>：{esc(one_line(reason))}</div>']
        shown = answer.passages[:max_passages]
        if shown:
            parts.append('<div class="rag-sources-head">最接近的段落（可在右侧打开原文）：</div>')
            parts += [passage_card(i, p, documents.get(p.doc)) for i, p in enumerate(shown, 1)]
    else:
        sentence = markers(emphasize(one_line(answer.answer), (f.text for f in answer.facts)))
        parts = [f'<div class="rag-answer-text">{sentence}</div>',
                 '<div class="rag-sources-head">来源：</div>']
        parts += [source_card(c, documents.get(c.doc)) for c in answer.citations]
    if t := timing(answer.timings_ms):
        parts.append(f'<div class="rag-timing">{esc(t)}</div>')
    return '<div class="rag-answer">' + "".join(parts) + "</div>"


def notice_html(text: str) -> str:
    """A one-line notice as a chat reply (bad question, index not ready)."""
    return f'<div class="rag-answer rag-notice">{esc(one_line(text))}</div>'


def answer_spans(answer: Answer, documents: dict[str, Document]) -> list[Span]:
    """What the user can open from an answer: its citations, or (abstained) its closest passages."""
    if not answer.abstained:
        return [Span(c.doc, c.start, c.end, f"[{c.id}] {_short_title(c.title or c.doc)} — {c.section or NO_SECTION}",
                     c.quote) for c in answer.citations]
    spans = []
    for i, p in enumerate(answer.passages[:3], 1):
        doc = documents.get(p.doc)
        section = doc.section_at(p.start) if doc else None
        title = (doc.title if doc else None) or p.doc
        spans.append(Span(p.doc, p.start, p.end,
                          f"段落 {i} {_short_title(title)} — {section.label if section else NO_SECTION}",
                          doc.text[p.start : p.end] if doc else None))
    return spans


def _short_title(title: str, n: int = 24) -> str:
    return cut(title, n)


# --- report viewer ---------------------------------------------------------------------------

def _header(doc: Document, section: str | None, extra: str = "", show_section: bool = True) -> str:
    meta = " · ".join(esc(b) for b in (doc.region, doc.period, doc.issuer) if b)
    section_line = f'<div class="rag-doc-section">{esc(section or NO_SECTION)}</div>' if show_section else ""
    return (
        '<div class="rag-doc-head">'
        f'<div class="rag-doc-title">{esc(doc.title or doc.doc_id)}</div>'
        f"{section_line}"
        f'<div class="rag-card-meta">{esc(doc.doc_id)}{" · " + meta if meta else ""}{extra}</div>'
        "</div>"
    )


def shown_parts(text: str, start: int, end: int) -> tuple[str, str, str]:
    """``text`` before, inside and after ``[start, end)`` as a reader should see it: a saved web
    page as its article, without its markup."""
    hidden = markup_spans(text)
    cells = {s for s, _ in cell_boundaries(text)}  # "</td><td>" reads " | ", as the cleaner reads it

    def shown(a: int, b: int) -> str:
        pieces, at = [], a
        for s, e in hidden:
            if e <= at or s >= b:
                continue
            pieces.append(text[at:s])
            if s in cells and s >= at:
                pieces.append(" | ")
            at = max(at, e)
        pieces.append(text[at:b] if at < b else "")
        joined = "".join(pieces)
        return _BLANK_LINES.sub("\n\n", joined) if hidden else joined

    return shown(0, start), shown(start, end), shown(end, len(text))


_BLANK_LINES = re.compile(r"\n[ \t\r]*(?:\n[ \t\r]*)+\n")


def cited_html(doc: Document, start: int, end: int) -> str:
    """The whole report, scrollable, with ``text[start:end]`` in ``<mark id="cite">`` and its
    section path above."""
    if not 0 <= start <= end <= len(doc.text):
        raise ValueError(f"span [{start}:{end}] is outside {doc.doc_id} (0..{len(doc.text)})")
    section = doc.section_at(start)
    before, cited, after = shown_parts(doc.text, start, end)
    body = f'{esc(before)}<mark id="cite">{esc(cited)}</mark>{esc(after)}'
    extra = f" · [{start}:{end}]"
    return _header(doc, section.label if section else None, extra) + f'<div class="rag-doc-body">{body}</div>'


def empty_viewer(message: str) -> str:
    """The viewer panel with a one-line hint in place of a report."""
    return f'<div class="rag-doc-empty">{esc(message)}</div>'


def fold(text: str) -> str:
    """Search form: simplified, half-width, lower case; same length as ``text``."""
    folded = to_simplified(to_halfwidth(text)).lower()
    return folded if len(folded) == len(text) else text.lower()


def find_matches(text: str, query: str) -> list[tuple[int, int]]:
    """Non-overlapping spans of ``query`` in ``text``, ignoring script (繁/简), width and case."""
    q = fold(one_line(query))
    if not q:
        return []
    hay = fold(text)
    spans, pos = [], hay.find(q)
    while pos != -1:
        spans.append((pos, pos + len(q)))
        pos = hay.find(q, pos + len(q))
    return spans


def search_html(doc: Document, query: str) -> tuple[str, int]:
    """The whole report with every match of ``query`` in ``<mark class="hit">`` (the first also
    ``id="first-hit"``), and the number of matches."""
    spans = find_matches(doc.text, query)
    t, out, pos = doc.text, [], 0
    for i, (s, e) in enumerate(spans):
        out.append(esc(t[pos:s]))
        ident = ' id="first-hit"' if i == 0 else ""
        out.append(f'<mark class="hit"{ident}>{esc(t[s:e])}</mark>')
        pos = e
    out.append(esc(t[pos:]))
    return _header(doc, None, show_section=False) + f'<div class="rag-doc-body">{"".join(out)}</div>', len(spans)


# --- tables ----------------------------------------------------------------------------------

DOC_HEADERS = ["文件", "标题", "地区", "时期", "发布单位", "字数", "大小"]


def human_size(n: int | None) -> str:
    """Bytes as '8.6 KB' / '1.2 MB'; '—' when unknown."""
    if n is None:
        return "—"
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / 1024 / 1024:.1f} MB"


def document_rows(documents: Iterable[Document], corpus_dir: Path) -> list[list[Any]]:
    """One row per report for the documents table (DOC_HEADERS order)."""
    rows = []
    for d in documents:
        path = Path(corpus_dir) / d.doc_id
        size = path.stat().st_size if path.is_file() else None
        rows.append([d.doc_id, d.title or "", d.region or "", d.period or "", d.issuer or "",
                     len(d.text), human_size(size)])
    return rows


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.1f}%"


def _md_cell(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def eval_metrics_markdown(dataset: str, n: int, metrics: dict[str, Any]) -> str:
    """The headline metric table and the per-type table of an eval run, as markdown."""
    o = metrics["overall"]
    r, ab, lat = o["retrieval"], o["abstention"], o["latency_ms"]
    ms = lambda x: "—" if x is None else f"{x:.0f} ms"  # noqa: E731
    rows = [
        ("答案正确率（数值与引用都对）", f"**{_pct(o['answer_accuracy'])}**"),
        ("数值正确率", _pct(o["value_accuracy"])),
        ("引用正确率", _pct(o["citation_accuracy"])),
        ("拒答 精确率 / 召回率", f"{_pct(ab['precision'])} / {_pct(ab['recall'])}"),
        ("误答率（不可答却作答）", _pct(ab["false_answer_rate"])),
        *((f"检索 recall@{k}", _pct(r.get(f"recall@{k}"))) for k in (1, 5, 10) if f"recall@{k}" in r),
        (f"检索 MRR@{r.get('mrr_at', '')}", "—" if r.get("mrr") is None else f"{r['mrr']:.3f}"),
        ("引用完整性（引文 = 原文）", _pct(o.get("citation_integrity"))),
        ("延迟 p50 / p95", f"{ms(lat.get('p50'))} / {ms(lat.get('p95'))}"),
        ("出错的问题", str(metrics.get("errors", 0))),
    ]
    out = [f"**{_md_cell(dataset)}**：{n} 个问题", "", "| 指标 | 值 |", "|---|---:|"]
    out += [f"| {a} | {b} |" for a, b in rows]
    by_type = metrics.get("by_type") or {}
    if by_type:
        out += ["", "| 题型 | n | 答案 | 数值 | 引用 |", "|---|---:|---:|---:|---:|"]
        out += [f"| {_md_cell(t)} | {g['n']} | {_pct(g['answer_accuracy'])} | {_pct(g['value_accuracy'])} | "
                f"{_pct(g['citation_accuracy'])} |" for t, g in by_type.items()]
    return "\n".join(out)


FAILURE_HEADERS = ["id", "问题", "标准答案", "系统回答", "原因"]


def failure_rows(records: Iterable[dict[str, Any]]) -> list[list[str]]:
    """One row per wrongly answered question of a run's predictions.jsonl records."""
    rows = []
    for rec in records:
        s = rec.get("scores", {})
        if s.get("answer_correct"):
            continue
        g, a = rec.get("gold", {}), rec.get("answer", {})
        if rec.get("error"):
            said = f"出错：{rec['error']}"
        elif a.get("abstained"):
            said = "未找到" + (f"（{a['reason']}）" if a.get("reason") else "")
        else:
            said = a.get("answer", "")
        rows.append([str(rec.get("id", "")), g.get("question", ""), g.get("answer") or "（不可答）",
                     cut(said, 160), s.get("cause", "")])
    return rows
