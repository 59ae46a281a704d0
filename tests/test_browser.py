"""The chat page in a real browser: Debian's chromium driven by Playwright."""

import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.server import running_server

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SCREENSHOTS = ROOT / "reports" / "screenshots"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def page(seed_index):
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "chromium is missing: scripts/test.sh installs it with apt-get"
    with running_server(seed_index.dir) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        pg = browser.new_page(viewport={"width": 1280, "height": 900})
        pg.goto(base + "/")
        pg.wait_for_selector("#za-input textarea", timeout=30000)
        yield pg
        browser.close()


def ask(page, question: str) -> float:
    before = page.locator("#za-chat .za-final").count()
    page.fill("#za-input textarea", question)
    started = time.monotonic()
    page.press("#za-input textarea", "Enter")
    page.wait_for_function(
        "n => document.querySelectorAll('#za-chat .za-final').length > n",
        arg=before,
        timeout=20000,
    )
    return time.monotonic() - started


def test_answer_with_citation_that_opens_its_quote(page):
    seconds = ask(page, "示范区要打造哪两个标志性产业集群？")
    page.wait_for_selector("#za-chat details.za-source", timeout=20000)
    answer = page.locator("#za-chat .za-answer").last
    assert "合成生物" in answer.inner_text() and "电子信息" in answer.inner_text()
    source = page.locator("#za-chat details.za-source").last
    assert source.get_attribute("open") is None
    page.locator("#za-chat a.za-cite").last.click()
    page.wait_for_function(
        "() => { const d = [...document.querySelectorAll('#za-chat details.za-source')].pop(); return d && d.open; }"
    )
    quote = source.locator("blockquote.za-quote")
    assert quote.is_visible()
    assert "合成生物、电子信息" in quote.inner_text()
    assert "合成生物、电子信息" in quote.locator("mark").inner_text()
    assert "合成生物" in page.locator("#za-sources").inner_text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "chat.png"), full_page=True)
    (SCREENSHOTS / "first-answer-seconds.txt").write_text(f"{seconds:.2f}\n", encoding="utf-8")


def test_follow_up_and_refusal(page):
    ask(page, "那9个优势产业集群呢？")
    assert "农产品精深加工" in page.locator("#za-chat .za-final").last.inner_text()
    ask(page, "示范区的企业所得税税率是多少？")
    refusal = page.locator("#za-chat .za-refusal").last
    assert "无法回答" in refusal.inner_text()


def test_markup_in_a_question_is_not_rendered(page):
    ask(page, "<img src=x onerror=alert(1)>示范区总规划面积多大？")
    assert page.locator("#za-chat img[src='x']").count() == 0


def test_clear(page):
    page.click("#za-clear")
    page.wait_for_function("() => document.querySelectorAll('#za-chat .za-answer').length === 0")
