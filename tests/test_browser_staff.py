"""The staff area in a real browser: login, answer review, documents."""

import re

import httpx
import pytest

from tests.browser import (
    DESKTOP,
    PHONE,
    TOKEN,
    browser_fixture,  # noqa: F401 (the "browser" fixture)
    english_strings,
    screenshot,
    server_on_copy,
)

pytestmark = pytest.mark.slow
QUESTION = "示范区要加快培育哪些优势特色产业集群？"
COMMENT = "少了航空航天这一项"
UPLOAD_TITLE = "测试园区企业服务办法"
UPLOAD_TEXT = (
    f"# {UPLOAD_TITLE}\n\n第一条 园区为入驻企业提供一站式代办服务，办理时限为五个工作日。\n"
)


@pytest.fixture(scope="module")
def server(seed_index, tmp_path_factory):
    with server_on_copy(seed_index.dir, tmp_path_factory.mktemp("staff")) as base:
        answer = httpx.post(base + "/api/ask", json={"question": QUESTION}, timeout=60).json()
        feedback = {
            "question": QUESTION,
            "answer": answer["answer"],
            "rating": -1,
            "comment": COMMENT,
            "answer_id": answer["answer_id"],
        }
        assert httpx.post(base + "/api/feedback", json=feedback).status_code == 200
        yield base


def staff_page(browser, server, viewport=DESKTOP, shot: str | None = None):
    page = browser.new_context(viewport=viewport).new_page()
    page.set_default_timeout(60000)  # the machine may be busy with other work
    page.goto(server + "/staff/")
    page.get_by_label("用户名").fill("staff")
    page.get_by_label("密码").fill(TOKEN)
    assert english_strings(page) == []
    if shot:
        screenshot(page, shot)
    page.get_by_role("button", name="登录").click()
    page.wait_for_selector("#za-answers")
    page.wait_for_function(
        "q => document.querySelector('#za-answers').innerText.includes(q)", arg=QUESTION
    )
    return page


def doc_ids(page) -> set[str]:
    base = page.url.split("/staff")[0]
    listed = httpx.get(base + "/api/documents", headers={"Authorization": f"Bearer {TOKEN}"})
    return {d["doc_id"] for d in listed.json()}


@pytest.fixture
def page(browser, server):
    pg = staff_page(browser, server, shot="staff-login.png")
    yield pg
    pg.context.close()


def test_review_shows_the_comment_and_key_columns_fit(page):
    table = page.locator("#za-answers")
    assert COMMENT in table.inner_text() and "差评" in table.inner_text()
    assert "时间（北京时间）" in table.inner_text()
    for header in ("拒答", "评价", "用户意见", "审核", "编号"):
        cell = table.get_by_text(header, exact=True).filter(visible=True).first
        box = cell.bounding_box()
        assert box is not None and box["x"] + box["width"] <= DESKTOP["width"], header
    table.get_by_text(COMMENT).filter(visible=True).first.click()
    page.wait_for_selector("#za-detail .za-comment")
    assert COMMENT in page.locator("#za-detail .za-comment").inner_text()
    assert QUESTION in page.locator("#za-detail").inner_text()
    found = english_strings(page)
    assert found == [], "\n".join(found)
    screenshot(page, "staff-review-desktop.png")


def test_documents_import_and_delete_with_confirmation(page, tmp_path):
    page.get_by_role("tab", name="文档管理").click()
    docs = page.locator("#za-docs")
    page.wait_for_function(
        "() => document.querySelector('#za-docs').innerText.includes('山西转型综改探路前行')"
    )
    for header in ("标题", "日期", "文号", "发文机关", "类别", "地区"):
        assert docs.get_by_text(header, exact=True).count() >= 1, header
    status = page.locator("#za-doc-status")

    page.click("#za-import")  # nothing chosen: says so
    page.wait_for_function(
        "() => document.querySelector('#za-doc-status').innerText.includes('请先选择')"
    )

    upload = tmp_path / "service.txt"
    upload.write_text(UPLOAD_TEXT, encoding="utf-8")
    page.locator("#za-upload input[type=file]").set_input_files(str(upload))
    chosen = page.locator("#za-upload").get_by_text("service.txt")
    chosen.wait_for()
    page.click("#za-import")
    page.wait_for_function(
        "() => document.querySelector('#za-doc-status').innerText.includes('导入完成')",
        timeout=60000,
    )
    assert UPLOAD_TITLE in status.inner_text()
    assert chosen.count() == 0  # the box is emptied
    assert UPLOAD_TITLE in docs.inner_text()
    found = english_strings(page, data=doc_ids(page))
    assert found == [], "\n".join(found)
    screenshot(page, "staff-docs-desktop.png")

    page.click("#za-doc-pick input")
    page.get_by_role("option", name=UPLOAD_TITLE).click()
    page.click("#za-delete")
    confirm = page.locator("#za-confirm").first  # Gradio gives a group's id to two nested divs
    confirm.wait_for()
    assert UPLOAD_TITLE in confirm.inner_text()
    page.click("#za-confirm-no")  # cancelled: nothing removed
    confirm.wait_for(state="hidden")
    assert UPLOAD_TITLE in docs.inner_text()
    page.click("#za-delete")
    page.click("#za-confirm-yes")
    page.wait_for_function(
        "() => document.querySelector('#za-doc-status').innerText.includes('已删除')"
    )
    page.wait_for_function(
        "t => !document.querySelector('#za-docs').innerText.includes(t)", arg=UPLOAD_TITLE
    )
    assert "山西转型综改探路前行" in docs.inner_text()


def test_a_large_import_shows_its_chunks_being_embedded(page, tmp_path):
    page.get_by_role("tab", name="文档管理").click()
    clause = "园区对新入驻的企业提供一站式代办服务，包括工商登记、税务登记和项目审批等事项。"
    body = "\n\n".join(f"第{n}条 {clause * 6}" for n in range(1, 301))
    upload = tmp_path / "large.txt"
    upload.write_text(f"# 大文件导入测试办法\n\n{body}\n", encoding="utf-8")
    page.locator("#za-upload input[type=file]").set_input_files(str(upload))
    page.locator("#za-upload").get_by_text("large.txt").wait_for()
    # Every progress line shown during the import (the bar lasts only a few seconds).
    page.evaluate(
        """() => { window.zaSeen = new Set(); new MutationObserver(() => {
          (document.body.innerText.match(/[^\\n]*\\d+\\/\\d+[^\\n]*/g) || [])
            .forEach(line => window.zaSeen.add(line));
        }).observe(document.body, {subtree: true, childList: true, characterData: true}); }"""
    )
    page.click("#za-import")
    page.wait_for_function(
        "() => document.querySelector('#za-doc-status').innerText.includes('导入完成')",
        timeout=180000,
    )
    seen = page.evaluate("() => [...window.zaSeen]")
    # Progress counts chunks while the one file is embedded, not just 0/1 个文件.
    chunks = [tuple(map(int, m)) for m in re.findall(r"(\d+)/(\d+) 个段落", " ".join(seen))]
    assert len(set(chunks)) > 1, seen
    assert any(done < total for done, total in chunks), seen


def test_staff_on_a_phone(browser, server):
    page = staff_page(browser, server, PHONE)
    try:
        assert COMMENT in page.locator("#za-answers").inner_text()
        screenshot(page, "staff-review-phone.png")
        page.get_by_role("tab", name="文档管理").click()
        page.wait_for_function(
            "() => document.querySelector('#za-docs').innerText.includes('山西转型综改探路前行')"
        )
        screenshot(page, "staff-docs-phone.png")
    finally:
        page.context.close()
