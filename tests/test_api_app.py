"""The HTTP API in-process: the app factory with injected settings, through TestClient.

No server process: these check the JSON contract, the input bounds, staff access and
the OpenAI conventions. Behaviour that needs a real server (Gradio routes, uvicorn,
memory of a running process) is in test_hardening.py.
"""

from __future__ import annotations

import json
import shutil

import pytest
from fastapi.testclient import TestClient

from assistant.api import create_app
from assistant.api.openai import count_tokens
from assistant.security import _networks, client_address
from assistant.service import AssistantService
from assistant.settings import LimitSettings, ServerSettings
from tests.conftest import make_settings

TOKEN = "app-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
QUESTION = "示范区要打造哪两个标志性产业集群？"


@pytest.fixture(scope="module")
def service(seed_index, tmp_path_factory):
    index = tmp_path_factory.mktemp("app") / "index"
    shutil.copytree(seed_index.dir, index)
    settings = make_settings(index, admin_token=TOKEN)
    return AssistantService(settings)


def app_for(service, **limits) -> TestClient:
    """A fresh app (own limiter and back-off) over the shared service."""
    server = ServerSettings(rate_limit_per_minute=limits.pop("per_minute", 0))
    settings = service.settings.model_copy(
        update={"limits": LimitSettings(**limits), "server": server}
    )
    return TestClient(create_app(settings, service, with_ui=False))


@pytest.fixture(scope="module")
def client(service):
    return app_for(service)


def test_ask_and_feedback(client):
    body = client.post("/api/ask", json={"question": QUESTION}).json()
    assert "合成生物、电子信息" in body["answer"] and body["answer_id"]
    r = client.post(
        "/api/feedback",
        json={"question": QUESTION, "answer": "x", "rating": 1, "answer_id": body["answer_id"]},
    )
    assert r.status_code == 200 and r.json()["id"]


def test_feedback_on_an_unknown_answer_is_404(client):
    r = client.post(
        "/api/feedback", json={"question": "q", "answer": "a", "rating": -1, "answer_id": "nope"}
    )
    assert r.status_code == 404 and "nope" in r.json()["error"]


def test_lone_surrogate_is_answered_and_logged(client, service):
    r = client.post(
        "/api/ask",
        content=b'{"question": "\\ud800' + QUESTION.encode() + b'"}',
        headers={"content-type": "application/json"},
    )
    assert r.status_code == 200, r.text
    row = service.records.get_answer(r.json()["answer_id"])
    assert row["question"].startswith("\ufffd")


def test_answer_log_stores_lone_surrogates(tmp_path):
    from assistant.answering.models import Answer, Turn
    from assistant.records import Records

    records = Records(f"sqlite:///{tmp_path / 'log.db'}")
    answer = Answer(question="\ud800问", answer="答\udfff", refused=False)
    aid = records.log_answer(answer, [Turn(role="user", content="\udc00")], "api")
    row = records.get_answer(aid)
    assert (row["question"], row["answer"]) == ("\ufffd问", "答\ufffd")
    assert row["history"][0]["content"] == "\ufffd"
    fid = records.add_feedback("\ud800", "a", -1, "\udfff!", aid)
    assert records.list_feedback()[0]["comment"] == "\ufffd!" and fid


@pytest.mark.parametrize(
    "history",
    [
        [{"role": "user", "content": "问"}] * 21,
        [{"role": "user", "content": "问" * 20001}],
    ],
    ids=["turns", "chars"],
)
def test_history_over_the_bounds_is_400(service, history):
    client = app_for(service, body_kb=4096)
    r = client.post("/api/ask", json={"question": QUESTION, "history": history})
    assert r.status_code == 400 and "对话历史过长" in r.json()["error"]


def test_body_over_the_limit_is_413_before_it_is_read(service):
    client = app_for(service, body_kb=64)
    r = client.post(
        "/api/ask",
        json={"question": QUESTION, "history": [{"role": "user", "content": "问" * 30000}]},
    )
    assert r.status_code == 413 and "请求过大" in r.json()["error"]
    r = client.post(
        "/v1/chat/completions", json={"messages": [{"role": "user", "content": "问" * 30000}]}
    )
    assert r.status_code == 413 and "请求过大" in r.json()["error"]["message"]


def test_body_without_a_declared_length_is_cut_off(service):
    client = app_for(service, body_kb=64)
    chunks = (b" " * 8192 for _ in range(100))  # streamed: no Content-Length
    r = client.post("/api/ask", content=chunks, headers={"content-type": "application/json"})
    assert r.status_code == 413 and "请求过大" in r.text


def test_follow_up_reads_only_recent_history(service):
    from assistant.answering.models import Question, Turn

    long_history = [Turn(role="user", content="旧" * 5000)] * 10 + [
        Turn(role="user", content=QUESTION),
        Turn(role="assistant", content="合成生物、电子信息"),
    ]
    bounded = service._bounded(Question(question="那9个优势产业集群呢？", history=long_history))
    lim = service.settings.limits
    assert len(bounded.history) <= lim.rewrite_turns
    assert all(len(t.content) <= lim.rewrite_turn_chars for t in bounded.history)
    assert bounded.history[-2].content == QUESTION


# ---------- staff ----------
def test_openapi_declares_bearer_for_staff_routes(client):
    spec = client.get("/openapi.json").json()
    schemes = spec["components"]["securitySchemes"]
    assert any(s["type"] == "http" and s["scheme"] == "bearer" for s in schemes.values())
    assert spec["paths"]["/api/documents"]["get"]["security"]
    assert "security" not in spec["paths"]["/api/ask"]["post"]


def test_staff_back_off_after_wrong_tokens(service):
    client = app_for(service, staff_failures=3, staff_backoff_s=60)
    assert client.get("/api/documents", headers=AUTH).status_code == 200
    codes = [
        client.get("/api/documents", headers={"Authorization": "Bearer wrong"}).status_code
        for _ in range(4)
    ]
    assert codes == [401, 401, 401, 429]
    r = client.get("/api/documents", headers=AUTH)  # even the right token waits now
    assert r.status_code == 429 and "秒后再试" in r.json()["error"]
    assert int(r.headers["retry-after"]) > 30


def test_security_headers_on_every_response(client):
    for r in (client.get("/healthz"), client.post("/api/ask", json={}), client.get("/nope")):
        assert r.headers["x-frame-options"] == "DENY"
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
        assert r.headers["x-content-type-options"] == "nosniff"


def test_upload_never_replaces_silently(client, service, tmp_path, caplog):
    doc = "# 园区通知\n\n青山园区新建项目12个。".encode()
    first = client.post("/api/documents", headers=AUTH, files={"file": ("通知.md", doc)})
    assert first.status_code == 200, first.text
    again = client.post(
        "/api/documents",
        headers=AUTH,
        files={"file": ("通知.md", "青山园区新建项目13个。".encode())},
    )
    assert again.status_code == 409 and "园区通知" in again.json()["error"]
    assert service.index.document(first.json()["doc_id"]).title == "园区通知"
    with caplog.at_level("WARNING", logger="assistant.service"):
        replaced = client.post(
            "/api/documents?replace=true",
            headers=AUTH,
            files={"file": ("通知.md", "# 园区新通知\n\n青山园区新建项目13个。".encode())},
        )
    assert replaced.status_code == 200 and replaced.json()["title"] == "园区新通知"
    assert "replaced by api:testclient" in caplog.text
    client.delete(f"/api/documents/{first.json()['doc_id']}", headers=AUTH)


def test_same_file_name_for_another_document_gets_a_hash(client, service):
    first = client.post(
        "/api/documents",
        headers=AUTH,
        files={"file": ("简报.md", "西山园区新建项目3个。".encode())},
    )
    other = "---\nid: xishan-2\ntitle: 另一份简报\n---\n\n西山园区新建项目4个。".encode()
    second = client.post("/api/documents", headers=AUTH, files={"file": ("简报.md", other)})
    assert first.status_code == second.status_code == 200, second.text
    assert second.json()["doc_id"] == "xishan-2"
    uploads = service.settings.upload_dir()
    assert "3个" in (uploads / "简报.md").read_text(encoding="utf-8")  # first file untouched
    assert [p.name for p in uploads.glob("简报-*.md")]
    for doc_id in (first.json()["doc_id"], "xishan-2"):
        client.delete(f"/api/documents/{doc_id}", headers=AUTH)


def test_front_matter_id_of_the_shipped_report_is_409(client, service):
    from tests.conftest import SEED_ID

    doc = f"---\nid: {SEED_ID}\ntitle: 假报告\n---\n\n示范区总规划面积为1平方公里。".encode()
    r = client.post("/api/documents", headers=AUTH, files={"file": ("other.md", doc)})
    assert r.status_code == 409 and SEED_ID in r.json()["error"]
    assert service.index.document(SEED_ID).title != "假报告"


def test_a_very_long_chinese_name_uploads_and_leaves_no_temp_file(client, service):
    name = "关于" + "开发区" * 40 + ".txt"
    r = client.post(
        "/api/documents", headers=AUTH, files={"file": (name, "东湖园区新建项目7个。".encode())}
    )
    assert r.status_code == 200, r.text
    uploads = service.settings.upload_dir()
    assert not [p for p in uploads.iterdir() if p.name.startswith(".incoming")]
    client.delete(f"/api/documents/{r.json()['doc_id']}", headers=AUTH)


# ---------- client address ----------
@pytest.mark.parametrize(
    "peer,forwarded,proxies,expected",
    [
        ("203.0.113.9", "1.2.3.4", [], "203.0.113.9"),  # no proxy configured: header ignored
        ("203.0.113.9", "1.2.3.4", ["10.0.0.0/8"], "203.0.113.9"),  # not from the proxy
        ("10.0.0.2", "1.2.3.4", ["10.0.0.0/8"], "1.2.3.4"),
        ("10.0.0.2", "6.6.6.6, 1.2.3.4", ["10.0.0.0/8"], "1.2.3.4"),  # spoofed left part
        ("10.0.0.2", "1.2.3.4, 10.0.0.7", ["10.0.0.0/8"], "1.2.3.4"),  # two proxies
    ],
)
def test_client_address(peer, forwarded, proxies, expected):
    assert client_address(peer, {"x-forwarded-for": forwarded}, _networks(proxies)) == expected


# ---------- OpenAI conventions ----------
def chat(client, **body):
    body.setdefault("model", "zone-assistant")
    body.setdefault("messages", [{"role": "user", "content": QUESTION}])
    return client.post("/v1/chat/completions", json=body)


@pytest.mark.parametrize(
    "body,status,code",
    [
        ({"temperature": "hot"}, 400, "invalid_value"),
        ({"n": 2}, 400, "unsupported_value"),
        ({"n": "1"}, 400, "invalid_value"),
        ({"max_tokens": "many"}, 400, "invalid_value"),
        ({"stream": "yes"}, 400, "invalid_value"),
        (
            {"messages": [{"role": "user", "content": [{"type": "text", "text": 5}]}]},
            400,
            "invalid_value",
        ),
        ({"messages": []}, 400, "invalid_value"),
        ({"model": "gpt-4o"}, 404, "model_not_found"),
        ({"messages": [{"role": "user", "content": "问"}] * 51}, 400, "context_length_exceeded"),
        ({"messages": [{"role": "user", "content": "问" * 30001}]}, 400, "context_length_exceeded"),
    ],
)
def test_openai_errors_have_openai_shape(service, body, status, code):
    r = chat(app_for(service, body_kb=4096), **body)
    assert r.status_code == status, r.text
    error = r.json()["error"]
    assert set(error) >= {"message", "type", "code"} and error["code"] == code
    assert error["message"] and isinstance(error["type"], str)


def test_openai_usage_and_model(client):
    r = chat(client, model="zone-assistant-extractive", temperature=0.2, max_tokens=50)
    body = r.json()
    assert body["model"] == "zone-assistant-extractive"
    text = body["choices"][0]["message"]["content"]
    assert body["usage"]["completion_tokens"] == count_tokens(text) > 0
    assert body["usage"]["prompt_tokens"] == count_tokens(QUESTION) == 17
    assert json.loads(r.headers["x-citations"])[0]["doc_id"] == body["citations"][0]["doc_id"]


def test_openai_stream_include_usage(client):
    r = chat(client, stream=True, stream_options={"include_usage": True})
    events = [json.loads(line[6:]) for line in r.text.splitlines() if line.startswith("data: {")]
    assert all("usage" in e for e in events)
    *chunks, last = events
    assert last["choices"] == [] and last["usage"]["total_tokens"] > 0
    assert all(c["usage"] is None for c in chunks)
    plain = chat(client, stream=True)
    assert not any('"usage"' in line for line in plain.text.splitlines())


def test_count_tokens():
    assert count_tokens("示范区GDP增长12.5%") == 3 + 1 + 2 + 1 + 1 + 1 + 1
