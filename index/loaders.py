"""Read report files (.txt/.md/.html/.docx/.pdf) into the *source text* every index offset points into.

Contract: ``load_report`` returns the text exactly as decoded or extracted (no newline or width
normalisation), or raises ``ReportLoadError`` with a one-line message naming the file and the reason.
"""
from __future__ import annotations

import codecs
import os
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")

# Files at the corpus root that describe the corpus rather than belong to it. Only README.md
# could be mistaken for a report (the manifests have unsupported suffixes), but the convention
# is stated in one place: a corpus root may hold README.md and manifest.json / manifest.jsonl.
CORPUS_META_FILES = frozenset({"readme.md", "manifest.json", "manifest.jsonl"})

# A saved web page is text too: the cleaner, not the loader, takes its markup away (offsets hold).
_TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")

# Longest BOM first: a UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

# A decoded file with more than this share of characters that never occur in prose (control,
# unassigned, surrogate, U+FFFD) is binary or mis-decoded, not a report.
_MAX_JUNK_SHARE = 0.02
# "Damaged UTF-8": at most one invalid sequence per 100 non-ASCII bytes (e.g. a scrape cut
# mid-character). GB18030/Big5 text read as UTF-8 is invalid on nearly every non-ASCII byte.
_MAX_BAD_UTF8_SHARE = 0.01
_MIN_GOOD_UTF8_CHARS = 10


class ReportLoadError(Exception):
    """A report file could not be read; the message names the file and the reason on one line."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class UnsupportedFileError(ReportLoadError):
    """The file's suffix is not one of ``SUPPORTED_SUFFIXES``."""


@dataclass
class LoadedText:
    """A loaded report: the source text and how it was obtained."""

    text: str  # the source text: offsets everywhere in the index point into it
    encoding: str  # "utf-8", "utf-8-sig", "gb18030", "big5", "utf-16", "docx", "pdf", ...
    page_starts: list[int] | None = None  # pdf: offset where each page starts in text


def load_report(path: Path) -> LoadedText:
    """Load one report by its suffix (case-insensitive); raise ReportLoadError on any bad input."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedFileError(
            path, f"unsupported file type {suffix or '(no suffix)'!r}; expected one of {', '.join(SUPPORTED_SUFFIXES)}"
        )
    if not path.is_file():
        raise ReportLoadError(path, "no such file" if not path.exists() else "not a regular file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReportLoadError(path, f"cannot read file ({exc.strerror or exc})") from exc
    if not data:
        raise ReportLoadError(path, "file is empty")
    if suffix in _TEXT_SUFFIXES:
        loaded = _decode_text(path, data)
    elif suffix == ".docx":
        loaded = _load_docx(path)
    else:
        loaded = _load_pdf(path)
    if not loaded.text.strip():
        raise ReportLoadError(path, "file is empty (no text)")
    return loaded


def iter_report_files(corpus_dir: Path) -> list[Path]:
    """All report files under ``corpus_dir``, recursively, sorted by relative POSIX path.

    Skips hidden files and directories (leading "."), Office lock files ("~$..."), unsupported
    suffixes, and the corpus documentation/manifest files at the root (``CORPUS_META_FILES``).
    """
    root = Path(corpus_dir)
    if not root.is_dir():
        raise ReportLoadError(root, "corpus directory does not exist" if not root.exists() else "not a directory")
    found: list[tuple[str, Path]] = []
    for dirpath, dirnames, filenames in os.walk(root):
        # Pruning in place stops os.walk from descending into hidden directories (.git, .rag, ...).
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        here = Path(dirpath)
        at_root = here == root
        for name in filenames:
            if name.startswith((".", "~$")):
                continue
            if Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            if at_root and name.lower() in CORPUS_META_FILES:
                continue
            full = here / name
            found.append((full.relative_to(root).as_posix(), full))
    return [p for _, p in sorted(found)]


# --- plain text -----------------------------------------------------------------------------


def _decode_text(path: Path, data: bytes) -> LoadedText:
    """Decode .txt/.md bytes: BOM, UTF-8, damaged UTF-8, GB18030 or Big5, then charset-normalizer."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise ReportLoadError(path, f"invalid {label} after its byte-order mark at byte {exc.start}") from exc
            return LoadedText(_checked_text(path, text, label), label)

    if b"\x00" in data:
        # Text in any single/multi-byte CJK encoding never contains NUL; UTF-16 without a BOM is
        # not something report sites produce, so NUL means binary.
        raise ReportLoadError(path, "looks binary (NUL bytes), not a text report")

    try:
        return LoadedText(_checked_text(path, data.decode("utf-8"), "utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass

    damaged = _decode_damaged_utf8(data)
    if damaged is not None:
        return LoadedText(_checked_text(path, damaged, "utf-8"), "utf-8")

    candidates: list[tuple[float, str, str]] = []
    for codec in ("gb18030", "big5"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        # Big5 bytes are nearly always valid GBK too (and vice versa), so a strict decode proves
        # little: keep the reading with the larger share of common Chinese characters.
        candidates.append((_plausibility(text), codec, text))
    if candidates:
        score, codec, text = max(candidates, key=lambda c: (c[0], c[1] == "gb18030"))
        if score >= 0.5:
            return LoadedText(_checked_text(path, text, codec), codec)

    import charset_normalizer  # deferred: only reached for unusual encodings

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise ReportLoadError(path, "cannot detect the text encoding (not UTF-8, GB18030 or Big5)")
    label = best.encoding.replace("_", "-")
    return LoadedText(_checked_text(path, str(best), label), label)


def _decode_damaged_utf8(data: bytes) -> str | None:
    """UTF-8 with a few invalid bytes decoded with U+FFFD, or None if it is not mostly UTF-8."""
    text = data.decode("utf-8", errors="replace")
    # Each invalid sequence becomes one U+FFFD; genuine U+FFFD characters in the file are not errors.
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = sum(1 for b in data if b >= 0x80)
    good_chars = sum(1 for c in text if ord(c) >= 0x80) - text.count("\ufffd")
    if good_chars >= _MIN_GOOD_UTF8_CHARS and bad <= max(1.0, _MAX_BAD_UTF8_SHARE * non_ascii):
        return text
    return None


@lru_cache(maxsize=65536)
def _is_common_cjk(ch: str) -> bool:
    """True for level-1 hanzi of GB2312 (simplified) or Big5 (traditional), punctuation, full-width ASCII."""
    if unicodedata.category(ch).startswith(("P", "Z")) or "\uff01" <= ch <= "\uff5e":
        return True
    try:
        gb = ch.encode("gb2312")
        if len(gb) == 2 and 0xB0 <= gb[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        b5 = ch.encode("big5")
        return len(b5) == 2 and 0xA440 <= (b5[0] << 8 | b5[1]) <= 0xC67E
    except UnicodeEncodeError:
        return False


def _plausibility(text: str) -> float:
    """Share of the non-ASCII characters that are common Chinese: near 1 for a right guess."""
    wide = [c for c in text if ord(c) >= 0x80]
    if not wide:
        return 1.0
    return sum(_is_common_cjk(c) for c in wide) / len(wide)


def _checked_text(path: Path, text: str, label: str) -> str:
    """Return ``text`` unless it is mostly characters no report contains (binary or mis-decoded)."""
    if "\x00" in text:
        raise ReportLoadError(path, f"looks binary (NUL characters after decoding as {label}), not a text report")
    junk = 0
    for c in text:
        if c in "\t\n\r\f\v":
            continue
        if c == "\ufffd" or unicodedata.category(c) in ("Cc", "Cs", "Cn"):
            junk += 1
    if text and junk > _MAX_JUNK_SHARE * len(text):
        raise ReportLoadError(path, f"looks binary or undecodable ({junk} of {len(text)} characters are junk as {label})")
    return text


# --- docx -------------------------------------------------------------------------------------


def _load_docx(path: Path) -> LoadedText:
    """Body paragraphs and tables in document order; a table row is one line, cells joined by " | "."""
    import docx  # deferred: heavy import, only needed for .docx

    try:
        document = docx.Document(str(path))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, docx.table.Table):
                lines.extend(_table_lines(block))
            else:
                lines.append(block.text)
    except Exception as exc:  # python-docx signals damage with many types (zip, KeyError, lxml, ...)
        raise ReportLoadError(path, f"corrupt or unreadable .docx ({type(exc).__name__}: {_one_line(exc)})") from exc
    return LoadedText("\n".join(lines), "docx")


def _table_lines(table) -> list[str]:  # noqa: ANN001 - docx.table.Table, imported lazily
    lines = []
    for row in table.rows:
        cells: list[str] = []
        last_tc = None
        for cell in row.cells:
            # A horizontally merged cell is returned once per grid column it spans: keep it once.
            if cell._tc is last_tc:
                continue
            last_tc = cell._tc
            cells.append(_cell_text(cell))
        lines.append(" | ".join(cells))
    return lines


def _cell_text(cell) -> str:  # noqa: ANN001 - docx.table._Cell
    """A cell's paragraphs and nested tables on one line (rows must stay one line each)."""
    import docx

    parts: list[str] = []
    for block in cell.iter_inner_content():
        if isinstance(block, docx.table.Table):
            parts.extend(_table_lines(block))
        else:
            parts.append(block.text)
    return " ".join(p.replace("\n", " ").strip() for p in parts if p.strip())


# --- pdf --------------------------------------------------------------------------------------


def _load_pdf(path: Path) -> LoadedText:
    """The text layer of each page joined by "\\n", with the offset where each page starts."""
    import pypdf  # deferred: only needed for .pdf

    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReportLoadError(path, "PDF is password-protected")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ReportLoadError:
        raise
    except Exception as exc:  # pypdf raises PdfReadError, but also ValueError/KeyError on damage
        raise ReportLoadError(path, f"corrupt or unreadable .pdf ({type(exc).__name__}: {_one_line(exc)})") from exc
    if not pages:
        raise ReportLoadError(path, "PDF has no pages")
    if not any(p.strip() for p in pages):
        raise ReportLoadError(path, f"PDF has no text layer ({len(pages)} page(s); scanned? needs OCR)")
    page_starts: list[int] = []
    offset = 0
    for text in pages:
        page_starts.append(offset)
        offset += len(text) + 1  # the "\n" joining pages
    return LoadedText("\n".join(pages), "pdf", page_starts)


def _one_line(exc: BaseException) -> str:
    msg = " ".join(str(exc).split())
    return msg[:160] or "no detail"
