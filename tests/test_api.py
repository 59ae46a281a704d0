"""The public JSON API in-process: the app factory over the seed index, via TestClient."""

import pytest
from fastapi.testclient import TestClient

from assistant.api import create_app
from assistant.service import AssistantService
from assistant.settings import ServerSettings
from tests.conftest import make_settings


def app_over(index_dir, tmp_path):
    settings = make_settings(
        index_dir,
        server=ServerSettings(database_url=f"sqlite:///{tmp_path / 'log.db'}"),
    )
    return TestClient(create_app(settings, AssistantService(settings), with_ui=False))


@pytest.fixture(scope="module")
def server(seed_index, tmp_path_factory):
    return app_over(seed_index.dir, tmp_path_factory.mktemp("api"))


def test_healthz(server):
    body = server.get("/healthz").json()
    assert body["status"] == "ok" and body["index"] == "ready" and body["chunks"] > 0


def test_ask_returns_the_answer_object(server):
    r = server.post("/api/ask", json={"question": "示范区要打造哪两个标志性产业集群？"})
    assert r.status_code == 200
    body = r.json()
    assert {"id", "question", "answer", "refused", "citations", "timings_ms"} <= set(body)
    assert "合成生物、电子信息" in body["answer"] and not body["refused"]
    c = body["citations"][0]
    assert {"n", "doc_id", "title", "section", "start", "end", "quote"} <= set(c)


def test_ask_with_history(server):
    history = [
        {"role": "user", "content": "示范区要打造哪两个标志性产业集群？"},
        {"role": "assistant", "content": "合成生物、电子信息"},
    ]
    r = server.post(
        "/api/ask",
        json={"question": "那9个优势产业集群呢？", "history": history},
    )
    assert "农产品精深加工" in r.json()["answer"]


@pytest.mark.parametrize(
    "payload,status,text",
    [
        ({"question": "   "}, 400, "请输入问题"),
        ({"question": "问" * 5000}, 400, "问题过长"),
        ({"q": "missing"}, 422, "请求格式不正确"),
        (
            {"question": "示范区", "history": [{"role": "robot", "content": "x"}]},
            422,
            "请求格式不正确",
        ),
    ],
)
def test_bad_requests_get_clear_messages(server, payload, status, text):
    r = server.post("/api/ask", json=payload)
    assert r.status_code == status and text in r.json()["error"]


def test_not_json_is_a_clear_422(server):
    r = server.post("/api/ask", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422 and "请求格式不正确" in r.json()["error"]


def test_feedback(server):
    r = server.post(
        "/api/feedback",
        json={"question": "q", "answer": "a", "rating": -1, "comment": "少了一项"},
    )
    assert r.status_code == 200 and r.json()["id"]
    assert (
        server.post("/api/feedback", json={"question": "q", "answer": "a", "rating": 5}).status_code
        == 422
    )


def test_empty_index_is_explained(tmp_path):
    app = app_over(tmp_path / "no-index", tmp_path)
    assert app.get("/healthz").json()["index"] == "empty"
    r = app.post("/api/ask", json={"question": "示范区总规划面积多大？"})
    assert r.status_code == 503 and "知识库为空" in r.json()["error"]
