"""ui.handlers and ui.render: what the app's events return, on a real index of two seed reports.

Pure checks (names, escaping, search, tables) are fast; those that ask questions or rebuild share
one index built in a temporary folder (slow: loads the embedding model).
"""
from __future__ import annotations

import html
import re
import shutil
import threading
from pathlib import Path

import pytest

from index.schema import Document, Section
from ui import handlers, render
from ui.handlers import Service, UploadError

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
FORMATS = ROOT / "tests" / "fixtures" / "formats"
XIHU = "000_e7d658b82453ec00.txt"  # 西湖区 2016
SHAOXING = "001_7684d66659798cfa.txt"  # 绍兴 2016
Q_XIHU = "2016年西湖区新增国家重点扶持高新技术企业多少家?"
Q_SHAOXING = "2016年绍兴新增省级科技型中小微企业多少家?"
Q_NONE = "2016年宁波市专利申请量是多少件？"  # no 宁波 report in this corpus


def _doc(text: str, sections: list[Section] | None = None) -> Document:
    return Document(doc_id="t.txt", sha256="0", text=text, encoding="utf-8", title="测试<报告>",
                    region="某区", period="2016年", sections=sections or [])


# --- upload names, sizes and paths (fast) ----------------------------------------------------

@pytest.mark.parametrize("name", ["../evil.txt", "..\\evil.txt", "/etc/evil.txt", "sub/evil.txt",
                                  "..", ".", "", "   "])
def test_path_like_or_empty_names_are_refused(name: str) -> None:
    with pytest.raises(UploadError):
        handlers.safe_report_name(name)


@pytest.mark.parametrize("name", ["evil.exe", "report.xlsx", "report", "report.txt.sh", "报告.doc"])
def test_unsupported_suffixes_are_refused(name: str) -> None:
    with pytest.raises(UploadError, match="不支持的文件类型"):
        handlers.safe_report_name(name)


@pytest.mark.parametrize("name", ["报告.txt", "page.HTML", "page.htm", "report.docx", "scan.pdf", "notes.md"])
def test_supported_suffixes_are_accepted(name: str) -> None:
    stem, suffix = name.rsplit(".", 1)
    assert handlers.safe_report_name(name) == f"{stem}.{suffix.lower()}"


@pytest.mark.parametrize("name", [".hidden.txt", "~$lock.docx", "README.md", "manifest.json"])
def test_hidden_and_reserved_names_are_refused(name: str) -> None:
    with pytest.raises(UploadError):
        handlers.safe_report_name(name)


@pytest.mark.parametrize("name, safe", [
    ("西湖区 2016年 工作总结.TXT", "西湖区_2016年_工作总结.txt"),
    ("my report (2016)?.md", "my_report_(2016).md"),
    ("a<b>c|d:e*.pdf", "a_b_c_d_e.pdf"),
    ("报告.docx", "报告.docx"),
    ("x" * 300 + ".txt", "x" * handlers.MAX_NAME_CHARS + ".txt"),
])
def test_names_are_sanitised_to_a_safe_basename(name: str, safe: str) -> None:
    assert handlers.safe_report_name(name) == safe


def test_sizes_outside_the_limit_are_refused() -> None:
    handlers.check_upload_size(1, limit=10)
    handlers.check_upload_size(10, limit=10)
    with pytest.raises(UploadError, match="空"):
        handlers.check_upload_size(0, limit=10)
    with pytest.raises(UploadError, match="太大"):
        handlers.check_upload_size(11, limit=10)


def test_inside_never_leaves_the_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (tmp_path / "outside").mkdir()
    (corpus / "link").symlink_to(tmp_path / "outside")
    assert handlers.inside(corpus, "a.txt") == (corpus / "a.txt").resolve()
    for bad in ("../a.txt", "sub/../../a.txt", "/tmp/a.txt", "link/a.txt", "."):
        with pytest.raises(UploadError):
            handlers.inside(corpus, bad)


def test_plan_upload_refuses_bad_files_and_writes_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    service = Service(tmp_path / "index", corpus, max_upload_bytes=5000)  # not started: no index
    big = tmp_path / "big.txt"
    big.write_text("二〇一六年新增企业九十二家。" * 200, encoding="utf-8")
    with pytest.raises(UploadError, match="太大"):
        handlers.plan_upload(service, big)
    with pytest.raises(UploadError, match="路径"):
        handlers.plan_upload(service, FORMATS / "report_gb18030.txt", name="../evil.txt")
    with pytest.raises(UploadError, match="无法读取"):
        handlers.plan_upload(service, FORMATS / "corrupt.docx")
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    with pytest.raises(UploadError, match="空"):
        handlers.plan_upload(service, empty)
    assert list(corpus.iterdir()) == []
    assert not (tmp_path / "evil.txt").exists()
    plan = handlers.plan_upload(service, FORMATS / "report_gb18030.txt", name="绍兴 报告.txt")
    assert plan.name == "绍兴_报告.txt" and not plan.replaces


def test_place_file_is_atomic_and_stays_inside(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    target = handlers.place_file(FORMATS / "report_gb18030.txt", corpus, "r.txt")
    assert target == (corpus / "r.txt").resolve()
    assert target.read_bytes() == (FORMATS / "report_gb18030.txt").read_bytes()
    assert [p.name for p in corpus.iterdir()] == ["r.txt"]  # no temp file left behind
    with pytest.raises(UploadError):
        handlers.place_file(FORMATS / "report_gb18030.txt", corpus, "../evil.txt")


def test_limit_parsing() -> None:
    assert handlers.parse_limit(None) is None and handlers.parse_limit("") is None
    assert handlers.parse_limit(0) is None and handlers.parse_limit(5.0) == 5
    for bad in (-1, 2.5, "abc"):
        with pytest.raises(ValueError):
            handlers.parse_limit(bad)


# --- rendering (fast) ------------------------------------------------------------------------

def test_cited_html_marks_exactly_the_span_and_escapes_report_text() -> None:
    text = "前言<script>alert(1)</script>\n一、成效\n新增企业92家&累计256家;其余。"
    start = text.index("新增")
    end = text.index("其余")
    doc = _doc(text, [Section(("一、成效",), text.index("一、"), len(text))])
    page = render.cited_html(doc, start, end)
    assert f'<mark id="cite">{html.escape(text[start:end])}</mark>' in page
    assert page.count("<mark") == 1
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "测试&lt;报告&gt;" in page
    assert page.index("一、成效") < page.index("<mark")  # the section path is shown above
    with pytest.raises(ValueError):
        render.cited_html(doc, 5, len(text) + 1)


def test_cited_html_shows_a_saved_web_page_as_its_article() -> None:
    text = ('<html><head><title>某法院网</title></head><body>\n<nav><a href="/">首页</a></nav>\n\n\n'
            "<div><p>全年受理案件68425件&nbsp;。</p>\n<p>结案率93.41%。</p></div></body></html>")
    start = text.index("68425件")
    page = render.cited_html(_doc(text), start, start + len("68425件"))
    assert '全年受理案件<mark id="cite">68425件</mark>。' in page
    assert "结案率93.41%。" in page
    assert "首页" not in page and "&lt;p&gt;" not in page and "nbsp" not in page


def test_shown_parts_keep_a_plain_report_whole_and_drop_a_pages_markup() -> None:
    plain = "全年新增高新技术企业92家。\n\n\n\n累计256家。"
    at = plain.index("92家")
    assert render.shown_parts(plain, at, at + 3) == (plain[:at], "92家", plain[at + 3 :])
    page = '<html><body><nav>首页</nav><p>全年受理案件68425件。</p><p>结案率93.41%。</p></body></html>'
    at = page.index("68425件")
    assert render.shown_parts(page, at, at + 6) == ("全年受理案件", "68425件", "。结案率93.41%。")


def test_search_ignores_script_width_and_case() -> None:
    doc = _doc("高新技術企業92家；高新技术企业累计256家。ＡＢＣ abc")
    page, n = render.search_html(doc, "高新技术企业")
    assert n == 2 and page.count('<mark class="hit"') == 2 and page.count('id="first-hit"') == 1
    assert render.search_html(doc, "高新技術企業")[1] == 2
    assert render.search_html(doc, "abc")[1] == 2
    assert render.search_html(doc, "不存在")[1] == 0
    assert render.search_html(doc, "")[1] == 0


def test_emphasis_and_markdown_escaping() -> None:
    assert render.emphasize("企业92家，<b>共92家", ["92家"]) == \
        "企业<strong>92家</strong>，&lt;b&gt;共<strong>92家</strong>"
    assert render.markers("a[1]b") == 'a<sup class="rag-ref">[1]</sup>b'
    assert render.md("中科院**材料所 [1] <x>") == "中科院\\*\\*材料所 \\[1\\] &lt;x&gt;"


# --- on a real index -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def service(tmp_path_factory) -> Service:
    """A started Service over a private copy of two seed reports; its index is built on start."""
    root = tmp_path_factory.mktemp("ui")
    corpus = root / "corpus"
    corpus.mkdir()
    for name in (XIHU, SHAOXING):
        shutil.copyfile(CORPUS / name, corpus / name)
    svc = Service(root / "index", corpus, runs_dir=root / "runs")
    svc.start(background=False)
    assert svc.status().state == "ready", svc.status().message
    return svc


def _reply(history: list[dict]) -> str:
    assert history[-1]["role"] == "assistant"
    return history[-1]["content"]


@pytest.mark.slow
def test_ask_renders_bold_number_citation_card_and_time(service: Service) -> None:
    history, spans = handlers.ask(service, Q_XIHU, [])
    assert [m["role"] for m in history] == ["user", "assistant"]
    reply = _reply(history)
    assert "<strong>92家</strong>" in reply
    assert '<sup class="rag-ref">[1]</sup>' in reply
    card = re.search(r'<div class="rag-card">.*?</blockquote>', reply)
    assert card, reply
    doc = service.documents()[XIHU]
    assert html.escape(doc.title) in card.group(0) and "杭州市西湖区" in card.group(0)
    assert "新增国家重点扶持高新技术企业92家" in card.group(0)
    assert "用时" in reply and "ms" in reply
    assert "\n" not in reply  # one HTML block: markdown never touches report text
    assert len(spans) == 1 and spans[0].doc == XIHU and "92家" in spans[0].quote


@pytest.mark.slow
def test_open_citation_highlights_exactly_the_quote(service: Service) -> None:
    _, spans = handlers.ask(service, Q_XIHU, [])
    span = handlers.pick_span(spans, "0")
    page = handlers.open_span(service, span)
    assert f'<mark id="cite">{html.escape(span.quote)}</mark>' in page
    assert page.count("<mark") == 1
    section = service.documents()[XIHU].section_at(span.start)
    assert html.escape(section.label) in page.split("<mark")[0]


@pytest.mark.slow
def test_open_span_detects_moved_or_missing_reports(service: Service) -> None:
    _, spans = handlers.ask(service, Q_XIHU, [])
    s = spans[0]
    moved = render.Span(s.doc, s.start + 3, s.end + 3, s.label, s.quote)  # offsets stale, quote found again
    assert f'<mark id="cite">{html.escape(s.quote)}</mark>' in handlers.open_span(service, moved)
    changed = render.Span(s.doc, s.start, s.end, s.label, "报告里没有的一句话")
    assert "已失效" in handlers.open_span(service, changed)
    gone = render.Span("gone.txt", 0, 5, "x", "abc")
    assert "不在索引中" in handlers.open_span(service, gone)
    assert "<mark" not in handlers.open_span(service, None)


@pytest.mark.slow
def test_abstention_says_not_found_with_closest_passages(service: Service) -> None:
    history, spans = handlers.ask(service, Q_NONE, [])
    reply = _reply(history)
    assert "<strong>未找到</strong>" in reply and "最接近的段落" in reply
    assert reply.count("rag-passage") == len(spans) > 0
    page = handlers.open_span(service, spans[0])
    assert page.count('<mark id="cite">') == 1


@pytest.mark.slow
def test_bad_questions_get_one_line_notices(service: Service) -> None:
    history, spans = handlers.ask(service, "   ", [{"role": "user", "content": "x"}])
    assert history == [{"role": "user", "content": "x"}] and spans == []
    history, spans = handlers.ask(service, "多" * 600, [])
    assert "rag-notice" in _reply(history) and spans == []
    assert "Traceback" not in _reply(history)


@pytest.mark.slow
def test_search_in_report_counts_matches(service: Service) -> None:
    doc = service.documents()[XIHU]
    page, line = handlers.search_report(service, XIHU, "高新技术企业")
    n = doc.text.count("高新技术企业")
    assert n > 1 and page.count('<mark class="hit"') == n and f"找到 {n} 处" in line
    assert handlers.search_report(service, XIHU, "高新技術企業")[1] == line.replace("高新技术企业", "高新技術企業")
    assert "没有找到" in handlers.search_report(service, XIHU, "量子计算机")[1]
    assert "请先选择" in handlers.search_report(service, None, "x")[0]
    rows = handlers.document_table(service)
    assert [r[0] for r in rows] == [XIHU, SHAOXING]
    assert rows[0][5] == len(doc.text) and rows[0][6].endswith("KB")


@pytest.mark.slow
def test_concurrent_questions_each_get_their_own_answer(service: Service) -> None:
    questions = {Q_XIHU: "<strong>92家</strong>", Q_SHAOXING: "<strong>796家</strong>"}
    results: dict[tuple[str, int], str] = {}

    def worker(q: str, i: int) -> None:
        history, _ = handlers.ask(service, q, [])
        results[(q, i)] = _reply(history)

    threads = [threading.Thread(target=worker, args=(q, i)) for i in range(2) for q in questions]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert len(results) == 4
    for (q, _), reply in results.items():
        assert questions[q] in reply, (q, reply)


@pytest.mark.slow
def test_upload_then_delete_changes_the_answers(service: Service, tmp_path: Path) -> None:
    upload = tmp_path / "测试区 2016年 工作总结.txt"
    upload.write_text("测试区科技局2016年工作总结\n\n一、主要成效\n2016年,测试区新增省级众创空间77家,"
                      "累计达到123家。\n", encoding="utf-8")
    junk = tmp_path / "坏文件.pdf"
    junk.write_bytes(b"not a pdf at all")
    evil = tmp_path / "evil.exe"
    evil.write_bytes(b"MZ")
    question = "2016年测试区新增省级众创空间多少家?"

    asked: list[str] = []
    rebuild = threading.Thread(target=lambda: asked.append(
        handlers.add_reports(service, [str(upload), str(junk), str(evil)])))
    rebuild.start()
    during, _ = handlers.ask(service, Q_XIHU, [])  # the old generation keeps answering
    rebuild.join(timeout=300)
    assert "<strong>92家</strong>" in _reply(during)
    message = asked[0]
    assert "**已加入** 测试区\\_2016年\\_工作总结\\.txt" in message
    assert "坏文件\\.pdf：无法读取" in message and "evil\\.exe：不支持的文件类型" in message
    assert "索引已更新：3 份报告" in message
    assert sorted(p.name for p in service.corpus_dir.iterdir()) == sorted(
        [XIHU, SHAOXING, "测试区_2016年_工作总结.txt"])
    history, spans = handlers.ask(service, question, [])
    assert "<strong>77家</strong>" in _reply(history) and spans[0].doc == "测试区_2016年_工作总结.txt"

    again = handlers.add_reports(service, [str(upload)])
    assert "内容相同" in again and "索引已更新" not in again

    assert "确认删除" in handlers.delete_report(service, "测试区_2016年_工作总结.txt", confirmed=False)
    assert "不在索引中" in handlers.delete_report(service, "../corpus/x.txt")
    message = handlers.delete_report(service, "测试区_2016年_工作总结.txt")
    assert "**已删除**" in message and "索引已更新：2 份报告" in message
    assert not (service.corpus_dir / "测试区_2016年_工作总结.txt").exists()
    history, spans = handlers.ask(service, question, [])
    assert "77家" not in _reply(history)
    assert all(s.doc != "测试区_2016年_工作总结.txt" for s in spans)


@pytest.mark.slow
def test_eval_page_refuses_bad_input_in_one_line(service: Service) -> None:
    assert "没有这个评测集" in handlers.run_evaluation(service, "nope").message
    assert "非负整数" in handlers.run_evaluation(service, "dev", limit=-3).message
    # The gold set cites five reports; this corpus holds two, so the harness refuses, in one line.
    view = handlers.run_evaluation(service, "dev", limit=2)
    assert view.message.startswith("评测无法运行：") and "\n" not in view.message
    assert view.table == "" and view.plots == [] and view.failures == []


@pytest.mark.slow
def test_eval_tables_render_real_scores(service: Service) -> None:
    from eval import load_gold
    from eval.metrics import aggregate, score_question

    items = [i for i in load_gold(ROOT / "eval" / "datasets" / "gold_dev.jsonl") if i.doc == XIHU][:3]
    texts = {d: doc.text for d, doc in service.documents().items()}
    preds = [service.assistant().ask(i.question, id=i.id).to_dict() for i in items]
    preds[0] = {**preds[0], "answer": "", "abstained": True, "facts": [], "citations": [], "reason": "测试"}
    scores = [score_question(i, p, texts) for i, p in zip(items, preds)]
    metrics = aggregate(scores, depth=5)
    table = render.eval_metrics_markdown("dev", len(items), metrics)
    assert "| 答案正确率（数值与引用都对） |" in table and "| 题型 |" in table
    records = [{"id": i.id, "gold": i.to_dict(), "answer": p, "scores": s.to_dict()}
               for i, p, s in zip(items, preds, scores)]
    rows = render.failure_rows(records)
    assert rows[0][0] == items[0].id and rows[0][3] == "未找到（测试）"
    assert len(rows) == sum(not s.answer_correct for s in scores)


def test_shown_parts_show_a_pages_table_row_as_cells() -> None:
    page = ('<html><body><p>各镇情况见下表。</p><table>\n<tr><td>乡镇</td><td>调解纠纷(件)</td></tr>\n'
            '<tr><td>扬眉镇</td><td>213</td></tr>\n</table></body></html>')
    at = page.index("213")
    before, cited, _ = render.shown_parts(page, at, at + 3)
    assert before.endswith("乡镇 | 调解纠纷(件)\n扬眉镇 | ") and cited == "213"
