"""index.loaders: encodings, .docx/.pdf extraction, bad input and corpus listing.

Fixtures live in tests/fixtures/formats/ (regenerate with tests/fixtures/make_fixtures.py).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from index.loaders import (
    SUPPORTED_SUFFIXES,
    LoadedText,
    ReportLoadError,
    UnsupportedFileError,
    iter_report_files,
    load_report,
)
from index.schema import Document

ROOT = Path(__file__).resolve().parents[1]
FORMATS = ROOT / "tests" / "fixtures" / "formats"
CORPUS = ROOT / "corpus"

GB_PARA = (
    "2016年，我市紧紧围绕中央和省市关于创新驱动系列重大决策部署，抢抓机遇、积极作为，"
    "创新生态环境不断趋好。全社会研发经费113亿元；研发人员数3.65万人年；"
    "高新技术产业增加值461亿元，同比增长7.2％。"
)


# --- plain text encodings --------------------------------------------------------------------


def test_gb18030_keeps_crlf_and_fullwidth_exactly() -> None:
    loaded = load_report(FORMATS / "report_gb18030.txt")
    assert loaded.encoding == "gb18030"
    assert loaded.page_starts is None
    # The source text is the decoded file, byte for byte: CRLF and full-width forms stay.
    assert loaded.text == (
        "绍兴市科学技术局2016年工作总结\r\n" + GB_PARA + "\r\n一、2016年科技创新亮点工作\r\n"
        "全年新认定国家高新技术企业163家，省级科技型中小企业796家。\r\n"
    )


def test_utf16_with_bom_excludes_bom() -> None:
    loaded = load_report(FORMATS / "report_utf16.txt")
    assert loaded.encoding == "utf-16"
    assert loaded.text.startswith("全区高新产业实现销售产值129.63亿元")
    assert "\ufeff" not in loaded.text


def test_utf8_bom_markdown() -> None:
    loaded = load_report(FORMATS / "report_utf8_bom.md")
    assert loaded.encoding == "utf-8-sig"
    assert loaded.text.startswith("# 区科技局2016年工作总结\n")
    assert "10933件" in loaded.text


def test_big5_is_not_read_as_gbk_mojibake() -> None:
    loaded = load_report(FORMATS / "report_big5.txt")
    assert loaded.encoding == "big5"
    assert "以企業為主體的區屬研發投入預計超9億元" in loaded.text


def test_corpus_files_are_utf8_and_untouched() -> None:
    for path in iter_report_files(CORPUS):
        loaded = load_report(path)
        assert loaded.encoding == "utf-8"
        assert loaded.text == path.read_bytes().decode("utf-8")


def test_gbk_without_any_marker_is_detected(tmp_path: Path) -> None:
    text = "新增国家重点扶持高新技术企业92家，累计总数达256家。\n"
    path = tmp_path / "gbk.txt"
    path.write_bytes(text.encode("gbk"))
    assert load_report(path) == LoadedText(text, "gb18030")


def test_utf8_cut_mid_character_stays_utf8(tmp_path: Path) -> None:
    # Scrapers that cap bytes cut the last character in half; that is not a GB18030 file.
    data = (CORPUS / "001_7684d66659798cfa.txt").read_bytes()[:3001]
    path = tmp_path / "cut.txt"
    path.write_bytes(data)
    loaded = load_report(path)
    assert loaded.encoding == "utf-8"
    assert loaded.text.startswith("索引号: |")
    assert loaded.text.endswith("\ufffd")


def test_uppercase_suffix_is_supported(tmp_path: Path) -> None:
    path = tmp_path / "REPORT.TXT"
    path.write_text("全年专利申请量10933件。", encoding="utf-8")
    assert load_report(path).text == "全年专利申请量10933件。"


def test_a_saved_web_page_loads_as_its_source(tmp_path: Path) -> None:
    # The loader keeps the markup (every offset points into the file as saved); cleaning drops it.
    page = '<html><head><meta charset="gbk"></head><body><p>全年新增高新技术企业92家。</p></body></html>'
    for name in ("report.html", "REPORT.HTM"):
        path = tmp_path / name
        path.write_bytes(page.encode("gbk"))
        assert load_report(path) == LoadedText(page, "gb18030")


# --- docx / pdf --------------------------------------------------------------------------------


def test_docx_paragraphs_and_table_rows_in_body_order() -> None:
    loaded = load_report(FORMATS / "report.docx")
    assert loaded.encoding == "docx"
    assert loaded.page_starts is None
    assert loaded.text == (
        "2017年科技工作主要指标任务表\n"
        "单位:家\n"  # a cell merged across the row appears once
        "序号 | 指标内容 | 目标\n"
        "1 | 新增国家重点扶持高新技术企业(家) | 50\n"
        "2 | 新增科技型中小企业数(家) | 200\n"
        "全年新增科技型中小企业200家以上,实现高新技术产业销售产值占比达到57%以上。"
    )


def test_pdf_text_layer_and_page_starts() -> None:
    loaded = load_report(FORMATS / "report.pdf")
    assert loaded.encoding == "pdf"
    starts = loaded.page_starts
    assert starts is not None and len(starts) == 2 and starts[0] == 0
    page1, page2 = loaded.text[: starts[1] - 1], loaded.text[starts[1] :]
    assert loaded.text[starts[1] - 1] == "\n"
    assert "".join(page1.split()) == "区科技局2016年工作总结全区高新产业实现销售产值129.63亿元,占规上工业比重61.4%,创历史新高。"
    assert "".join(page2.split()) == "二、2017年工作思路新增国家重点扶持高新技术企业50家,专利申请量8500件。"
    # The offsets work with Document.page_at.
    doc = Document("report.pdf", "0" * 64, loaded.text, loaded.encoding, page_starts=starts)
    assert doc.page_at(loaded.text.index("129.63")) == 1
    assert doc.page_at(loaded.text.index("8500")) == 2


# --- bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("scanned.pdf", "no text layer"),
        ("corrupt.docx", "corrupt or unreadable .docx"),
        ("binary_junk.txt", "looks binary"),
    ],
)
def test_bad_fixtures_raise_one_line_errors(name: str, reason: str) -> None:
    with pytest.raises(ReportLoadError, match=reason) as info:
        load_report(FORMATS / name)
    message = str(info.value)
    assert name in message and "\n" not in message
    assert info.value.path == FORMATS / name


def test_empty_and_blank_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ReportLoadError, match="empty"):
        load_report(empty)
    blank = tmp_path / "blank.md"
    blank.write_bytes("\ufeff \r\n\u3000\n".encode("utf-8"))
    with pytest.raises(ReportLoadError, match="empty"):
        load_report(blank)


def test_high_bytes_without_nul_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 8)
    with pytest.raises(ReportLoadError):
        load_report(path)


def test_garbage_pdf_is_a_load_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n this is not a pdf body\n")
    with pytest.raises(ReportLoadError, match="broken.pdf"):
        load_report(path)


def test_unsupported_and_missing(tmp_path: Path) -> None:
    doc = tmp_path / "old.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(UnsupportedFileError, match=r"old\.doc: unsupported file type '\.doc'"):
        load_report(doc)
    assert issubclass(UnsupportedFileError, ReportLoadError)
    with pytest.raises(ReportLoadError, match="no such file"):
        load_report(tmp_path / "missing.txt")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(ReportLoadError, match="not a regular file"):
        load_report(folder)


# --- corpus listing ----------------------------------------------------------------------------


def test_iter_report_files_convention(tmp_path: Path) -> None:
    for rel in [
        "README.md",  # corpus documentation, not a report
        "manifest.jsonl",
        "b.txt",
        "A.TXT",
        "sub/README.md",  # only the root README is documentation
        "sub/z.pdf",
        "sub/deeper/x.docx",
        "sub/~$x.docx",  # Office lock file
        ".hidden.txt",
        ".git/c.txt",
        "notes.csv",
    ]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_report_files(tmp_path)]
    assert found == ["A.TXT", "b.txt", "sub/README.md", "sub/deeper/x.docx", "sub/z.pdf"]


def test_iter_report_files_on_seed_corpus() -> None:
    files = iter_report_files(CORPUS)
    assert [p.name for p in files] == sorted(p.name for p in CORPUS.glob("*.txt"))
    assert len(files) == 5
    assert all(p.suffix in SUPPORTED_SUFFIXES for p in files)


def test_iter_report_files_bad_root(tmp_path: Path) -> None:
    with pytest.raises(ReportLoadError, match="does not exist"):
        iter_report_files(tmp_path / "nope")
    file = tmp_path / "f.txt"
    file.write_text("x", encoding="utf-8")
    with pytest.raises(ReportLoadError, match="not a directory"):
        iter_report_files(file)
