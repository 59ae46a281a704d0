"""The pages start in Chinese: the HTML rewrite touches the pages and nothing else."""

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, StreamingResponse
from fastapi.testclient import TestClient

from assistant.web.pages import ChinesePages, head_html

PAGE = '<!doctype html><html\n\tlang="en"><head><title>x</title></head><body>'
PAGE += "<script>window.gradio_config = {};</script></body></html>"


def app() -> TestClient:
    api = FastAPI()

    @api.get("/staff/")
    def page() -> HTMLResponse:
        return HTMLResponse(PAGE)

    @api.get("/docs-like")
    def other() -> HTMLResponse:
        return HTMLResponse(PAGE)

    @api.get("/staff/gradio_api/upload_progress")
    def stream() -> StreamingResponse:
        return StreamingResponse(iter([b"data: 1\n\n", b"data: 2\n\n"]), "text/event-stream")

    api.add_middleware(ChinesePages, pages=("/", "/staff"))
    return TestClient(api)


def test_the_page_says_zh_cn_before_any_script_runs():
    r = app().get("/staff/")
    assert 'lang="zh-CN"' in r.text and 'lang="en"' not in r.text
    assert r.text.index("Navigator.prototype") < r.text.index("window.gradio_config")
    assert int(r.headers["content-length"]) == len(r.content)


def test_other_responses_pass_untouched():
    client = app()
    assert client.get("/docs-like").text == PAGE
    assert client.get("/staff/gradio_api/upload_progress").text == "data: 1\n\ndata: 2\n\n"


def test_page_script_carries_the_chinese_labels():
    head = head_html()
    assert "已复制" in head and "表格操作" in head and "正在上传" in head
