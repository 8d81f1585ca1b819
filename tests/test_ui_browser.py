"""The app in headless Chromium: ask, read the cited answer, open the citation, and two sessions
asking at once. Starts the real app (index built on start from two seed reports) on a free port.

Needs Debian's chromium and a CJK font (``apt-get install chromium fonts-wqy-microhei``); skipped
when /usr/bin/chromium is absent. Saves a screenshot: into docs/screenshot.png (the README's)
when RAG_UPDATE_SCREENSHOT=1, else into the test's temporary folder.
"""
from __future__ import annotations

import os
import shutil
import socket
import time
from pathlib import Path

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT = ROOT / "docs" / "screenshot.png"
REPORTS = ("000_e7d658b82453ec00.txt", "001_7684d66659798cfa.txt")
Q_XIHU = "2016年西湖区新增国家重点扶持高新技术企业多少家?"
Q_SHAOXING = "2016年绍兴新增省级科技型中小微企业多少家?"
QUOTE_XIHU = "新增国家重点扶持高新技术企业92家,累计总数达256家;"
ANSWER_TIMEOUT_MS = 180_000

pytestmark = [
    pytest.mark.slow,
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install chromium)"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    """The app serving a private two-report corpus; its index is built when the app starts."""
    from ui.app import build_app, launch

    root = tmp_path_factory.mktemp("ui-browser")
    corpus = root / "corpus"
    corpus.mkdir()
    for name in REPORTS:
        shutil.copyfile(ROOT / "corpus" / name, corpus / name)
    demo = build_app(root / "index", corpus, runs_dir=root / "runs")
    port = _free_port()
    launch(demo, "127.0.0.1", port, block=False)
    service = demo.rag_service
    deadline = time.monotonic() + 600
    while service.status().state not in ("ready", "error") and time.monotonic() < deadline:
        time.sleep(1)
    assert service.status().state == "ready", service.status().message
    yield f"http://127.0.0.1:{port}/"
    demo.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM),
                              args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield b
        b.close()


def _open(browser, url: str, external: list[str]):
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    page.on("request", lambda r: None if r.url.startswith((url, "data:", "blob:")) else external.append(r.url))
    page.goto(url)
    page.wait_for_selector("#rag-question textarea")
    return page


def _ask(page, question: str) -> None:
    page.fill("#rag-question textarea", question)
    page.click("#rag-send")


def _last_answer(page):
    page.wait_for_selector("#rag-chat .rag-answer", timeout=ANSWER_TIMEOUT_MS)
    return page.locator("#rag-chat .rag-answer").last


def test_ask_shows_cited_answer_and_opens_the_source(browser, app_url, tmp_path) -> None:
    external: list[str] = []
    page = _open(browser, app_url, external)
    _ask(page, Q_XIHU)
    answer = _last_answer(page)
    assert answer.locator(".rag-answer-text strong").first.inner_text() == "92家"
    assert "[1]" in answer.locator(".rag-answer-text").inner_text()
    card = answer.locator(".rag-card").first
    assert "区科技局 文三管委会2016年工作总结及2017年工作思路" in card.inner_text()
    assert card.locator(".rag-quote").inner_text() == QUOTE_XIHU
    assert "用时" in answer.inner_text()

    # The first citation opens by itself; choosing it and pressing 打开原文 opens it again.
    page.locator("#rag-cites label").first.click()
    page.click("#rag-open")
    mark = page.locator("#rag-viewer mark#cite")
    mark.wait_for(timeout=30_000)
    assert mark.inner_text() == QUOTE_XIHU
    assert page.locator("#rag-viewer mark").count() == 1
    assert "一、主要成效及特点 > (一)高新产业集聚带动优强企业快速发展" in \
        page.locator("#rag-viewer .rag-doc-section").inner_text()
    # Scrolled into view inside the report panel.
    page.wait_for_function("""() => {
        const m = document.getElementById('cite'), box = m && m.closest('.rag-doc-body');
        if (!box) return false;
        const a = m.getBoundingClientRect(), b = box.getBoundingClientRect();
        return box.scrollTop > 0 && a.top >= b.top && a.bottom <= b.bottom;
    }""", timeout=10_000)

    SCREENSHOT.parent.mkdir(exist_ok=True)
    target = SCREENSHOT if os.environ.get("RAG_UPDATE_SCREENSHOT") == "1" else tmp_path / "screenshot.png"
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 10_000
    assert external == [], f"the page fetched from outside localhost: {external}"
    page.close()


def test_two_sessions_asking_at_once_get_their_own_answers(browser, app_url) -> None:
    external: list[str] = []
    first, second = _open(browser, app_url, external), _open(browser, app_url, external)
    _ask(first, Q_XIHU)
    _ask(second, Q_SHAOXING)
    a1, a2 = _last_answer(first), _last_answer(second)
    assert a1.locator(".rag-answer-text strong").first.inner_text() == "92家"
    assert a2.locator(".rag-answer-text strong").first.inner_text() == "796家"
    assert "796家" not in first.locator("#rag-chat").inner_text()
    assert "92家" not in second.locator("#rag-chat .rag-answer-text").inner_text()
    first.locator("#rag-viewer mark#cite").wait_for(timeout=30_000)
    second.locator("#rag-viewer mark#cite").wait_for(timeout=30_000)
    assert first.locator("#rag-viewer mark#cite").inner_text() == QUOTE_XIHU
    # The report states 796家 twice (its summary and its body): either sentence is a true citation.
    cited = second.locator("#rag-viewer mark#cite").inner_text()
    assert "796家" in cited and "省级科技型中小" in cited
    assert external == []
    first.close()
    second.close()


def test_bad_question_gets_a_one_line_notice(browser, app_url) -> None:
    page = _open(browser, app_url, [])
    _ask(page, "多" * 600)
    notice = _last_answer(page)
    assert "rag-notice" in (notice.get_attribute("class") or "")
    assert "Traceback" not in page.content() and "Error" not in notice.inner_text()
    page.close()
