"""The chat page in a real browser: Debian's chromium driven by Playwright."""

import time

import httpx
import pytest

from tests.browser import (
    DESKTOP,
    PHONE,
    SCREENSHOTS,
    TOKEN,
    ask,
    browser_fixture,  # noqa: F401 (the "browser" fixture)
    english_strings,
    finals,
    screenshot,
    server_on_copy,
    wait_for_answer,
)

pytestmark = pytest.mark.slow
FIRST = "示范区要打造哪两个标志性产业集群？"
FOLLOW_UP = "那9个呢？"


@pytest.fixture(scope="module")
def server(seed_index, tmp_path_factory):
    with server_on_copy(seed_index.dir, tmp_path_factory.mktemp("chat")) as base:
        yield base


def open_chat(browser, server, viewport=DESKTOP):
    context = browser.new_context(
        viewport=viewport, permissions=["clipboard-read", "clipboard-write"]
    )
    page = context.new_page()
    page.set_default_timeout(60000)  # the machine may be busy with other work
    page.goto(server + "/")
    page.wait_for_selector("#za-input textarea")
    return page


def panel_shows(page, text: str) -> None:
    """The side panel is updated just after the message's last frame."""
    page.wait_for_function(
        "t => document.querySelector('#za-sources').innerText.includes(t)", arg=text
    )


@pytest.fixture
def page(browser, server):
    pg = open_chat(browser, server)
    yield pg
    pg.context.close()


def test_answer_with_citation_that_opens_its_quote(page):
    seconds = ask(page, FIRST)
    answer = page.locator("#za-chat .za-answer").last
    assert "合成生物" in answer.inner_text() and "电子信息" in answer.inner_text()
    source = page.locator("#za-chat details.za-source").last
    assert source.get_attribute("open") is None
    page.locator("#za-chat a.za-cite").last.click()
    page.wait_for_function(
        "() => { const d = [...document.querySelectorAll('#za-chat details.za-source')].pop();"
        " return d && d.open; }"
    )
    quote = source.locator("blockquote.za-quote")
    assert "合成生物、电子信息" in quote.locator("mark").inner_text()
    panel_shows(page, "合成生物")
    screenshot(page, "chat-desktop.png")
    (SCREENSHOTS / "first-answer-seconds.txt").write_text(f"{seconds:.2f}\n", encoding="utf-8")


def test_copy_puts_plain_text_on_the_clipboard(page):
    ask(page, FIRST)
    page.locator("#za-chat .za-copy").last.click()
    text = page.evaluate("() => navigator.clipboard.readText()")
    lines = text.splitlines()
    assert "<" not in text and "za-" not in text
    assert lines[0].startswith("共2个标志性、引领性产业集群：合成生物、电子信息。[1]")
    source = next(line for line in lines if line.startswith("[1] "))
    assert source.startswith("[1] 《山西转型综改探路前行》·")
    assert "：" in source and "合成生物、电子信息2个标志性、引领性产业集群" in source
    page.click("#za-copy-all")
    everything = page.evaluate("() => navigator.clipboard.readText()")
    assert "<" not in everything
    assert FIRST in everything and "[1] 《山西转型综改探路前行》" in everything


def test_follow_up_keeps_context(page):
    # The counterpart of the next test: without clearing, the follow-up is resolved.
    ask(page, FIRST)
    ask(page, FOLLOW_UP)
    assert "农产品精深加工" in page.locator("#za-chat .za-final").last.inner_text()


@pytest.mark.parametrize("how", ["trash", "button"])
def test_every_clear_starts_a_fresh_conversation(page, how):
    ask(page, FIRST)
    panel_shows(page, "合成生物")
    if how == "trash":
        page.locator("#za-chat button[aria-label='清空对话']").click()
    else:
        page.click("#za-clear")
    page.wait_for_function("() => document.querySelectorAll('#za-chat .za-final').length === 0")
    panel_shows(page, "提问后")
    ask(page, FOLLOW_UP)
    last = page.locator("#za-chat .za-final").last.inner_text()
    assert "农产品精深加工" not in last and "合成生物" not in last


def test_example_click_sends_and_answers(page):
    examples = page.locator("#za-examples button")
    # The examples render after the page loads; on a busy machine that takes a moment.
    examples.first.wait_for(state="visible", timeout=30_000)
    assert examples.count() >= 3
    first = examples.first.inner_text().strip()
    before = finals(page)
    examples.first.click()
    wait_for_answer(page, before)
    assert first in page.locator("#za-chat .za-user").last.inner_text()
    assert page.locator("#za-chat .za-final").last.locator(".za-answer").count() == 1
    assert page.locator("#za-chat .za-final details.za-source").count() >= 1


def test_off_topic_refusal_says_what_is_covered_and_shows_no_unrelated_passages(page):
    ask(page, "明天太原天气怎么样？")
    last = page.locator("#za-chat .za-final").last
    assert "无法回答" in last.locator(".za-refusal").inner_text()
    assert "《山西转型综改探路前行》" in last.locator(".za-scope").inner_text()
    assert last.locator("details.za-source").count() == 0
    screenshot(page, "chat-refusal-desktop.png")
    ask(page, "示范区的企业所得税税率是多少？")
    assert "无法回答" in page.locator("#za-chat .za-refusal").last.inner_text()


def test_answerer_choice_hidden_without_a_model(page):
    page.click("#za-advanced button")
    page.wait_for_timeout(300)
    assert (
        page.locator("#za-answerer").count() == 0 or not page.locator("#za-answerer").is_visible()
    )


def test_no_english_on_the_chat_page(page):
    assert page.evaluate("document.documentElement.lang") == "zh-CN"
    assert (
        page.locator("#za-input textarea").get_attribute("aria-label")
        or page.locator("#za-input label").count()
    )
    ask(page, FIRST)
    page.locator("#za-chat .za-final").last.hover()
    page.click("#za-comment-send")  # no rating yet: a warning toast
    page.wait_for_selector(".toast-body")
    assert english_strings(page) == []
    # The 高级设置 panel: its slider, number box and filter field are walked too.
    page.click("#za-advanced button")
    page.wait_for_selector("#za-filter textarea, #za-filter input", state="visible")
    assert "地区=湖北" in (
        page.locator("#za-filter textarea, #za-filter input").first.get_attribute("placeholder")
    )
    assert english_strings(page) == []


def test_changing_a_rating_replaces_it_and_unselecting_withdraws_it(page, server):
    question = "山西省出台了哪部关于开发区的条例？"

    def stored(expected):
        deadline = time.monotonic() + 60
        while True:
            rows = httpx.get(
                server + "/api/feedback", headers={"Authorization": f"Bearer {TOKEN}"}
            ).json()
            found = [(r["rating"], r["comment"]) for r in rows if r["question"] == question]
            if found == expected or time.monotonic() > deadline:
                return found
            time.sleep(0.3)

    ask(page, question)
    page.locator("#za-chat button[aria-label='赞']").last.click()
    assert stored([(1, None)]) == [(1, None)]
    page.locator("#za-chat button[aria-label='踩']").last.click()
    assert stored([(-1, None)]) == [(-1, None)]
    page.fill("#za-comment textarea", "条例名称不完整")
    page.click("#za-comment-send")
    assert stored([(-1, "条例名称不完整")]) == [(-1, "条例名称不完整")]
    # Clicking the selected 👎 again withdraws the rating.
    page.locator("#za-chat button[aria-label='已踩']").last.click()
    assert stored([]) == []


def test_markup_in_a_question_is_not_rendered(page):
    ask(page, "<img src=x onerror=alert(1)>示范区总规划面积多大？")
    assert page.locator("#za-chat img[src='x']").count() == 0


def test_phone_sources_follow_their_answer(browser, server):
    page = open_chat(browser, server, PHONE)
    try:
        ask(page, FIRST)
        answer = page.locator("#za-chat .za-final").last
        sources = answer.locator("details.za-source")
        assert sources.count() >= 1
        a_box, s_box = answer.locator(".za-answer").bounding_box(), sources.first.bounding_box()
        comment = page.locator("#za-comment").bounding_box()
        assert a_box["y"] < s_box["y"] < comment["y"]
        assert not page.locator("#za-sources").is_visible()
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"]
        screenshot(page, "chat-phone.png")
    finally:
        page.context.close()
