import json
import time

import httpx
import pytest

from assistant import cli
from assistant.messages import msg
from tests.server import running_server

pytestmark = pytest.mark.server  # every test here talks to a real server process

TOKEN = "test-admin-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
STAFF_ENDPOINTS = [
    ("GET", "/api/feedback"),
    ("GET", "/api/answers"),
    ("POST", "/api/answers/nope/review"),
    ("GET", "/api/review/export"),
    ("GET", "/api/documents"),
    ("POST", "/api/documents"),
    ("DELETE", "/api/documents/nope"),
    ("POST", "/api/reindex"),
]


@pytest.fixture(scope="module")
def server(index_copy):
    env = {
        "ZONE_ASSISTANT_ADMIN_TOKEN": TOKEN,
        "ZONE_ASSISTANT_SERVER__RATE_LIMIT_PER_MINUTE": "1000",
        # These tests try wrong tokens on purpose; back-off is tested in test_hardening.py.
        "ZONE_ASSISTANT_LIMITS__STAFF_FAILURES": "1000",
    }
    with running_server(index_copy, env) as base:
        yield base


@pytest.mark.parametrize("method,path", STAFF_ENDPOINTS)
def test_staff_endpoints_refuse_without_the_token(server, method, path):
    r = httpx.request(method, server + path)
    assert r.status_code == 401 and "管理员令牌" in r.json()["error"]
    r = httpx.request(method, server + path, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401
    r = httpx.request(method, server + path, headers={"Authorization": TOKEN})  # no scheme
    assert r.status_code == 401


def test_staff_page_needs_a_login(server):
    assert httpx.get(server + "/staff/config").status_code == 401
    assert httpx.post(server + "/staff/gradio_api/queue/join", json={}).status_code in (401, 403)
    bad = httpx.post(server + "/staff/login", data={"username": "staff", "password": "wrong"})
    assert bad.status_code in (400, 401)
    with httpx.Client() as client:
        ok = client.post(server + "/staff/login", data={"username": "staff", "password": TOKEN})
        assert ok.status_code == 200
        assert client.get(server + "/staff/config").status_code == 200


def test_staff_closed_without_a_configured_token(index_copy, tmp_path):
    with running_server(index_copy, {"ZONE_ASSISTANT_ADMIN_TOKEN": ""}) as base:
        for method, path in STAFF_ENDPOINTS:
            r = httpx.request(method, base + path, headers={"Authorization": "Bearer anything"})
            assert r.status_code == 403, (method, path)
            assert "管理功能未启用" in r.json()["error"]
        assert (
            httpx.post(base + "/staff/login", data={"username": "a", "password": ""}).status_code
            != 200
        )


def ask(server, question):
    return httpx.post(server + "/api/ask", json={"question": question}, timeout=30).json()


def test_upload_ask_delete_ask(server, tmp_path):
    question = "晋阳新区绿色算力中心规划装机多少万千瓦？"
    assert ask(server, question)["refused"]
    doc = tmp_path / "晋阳新区 政策.md"
    doc.write_text(
        "# 晋阳新区算力产业政策\n\n晋阳新区绿色算力中心规划装机容量12万千瓦，2025年底建成投运。\n",
        encoding="utf-8",
    )
    started = time.monotonic()
    with doc.open("rb") as f:
        r = httpx.post(
            server + "/api/documents",
            headers=AUTH,
            files={"file": (doc.name, f, "text/markdown")},
            timeout=60,
        )
    assert r.status_code == 200, r.text
    uploaded = r.json()
    answer = ask(server, question)
    seconds = time.monotonic() - started
    assert not answer["refused"] and "12万千瓦" in answer["answer"]
    assert answer["citations"][0]["doc_id"] == uploaded["doc_id"]
    assert seconds < 10
    listed = httpx.get(server + "/api/documents", headers=AUTH).json()
    assert uploaded["doc_id"] in {d["doc_id"] for d in listed}

    r = httpx.delete(server + f"/api/documents/{uploaded['doc_id']}", headers=AUTH)
    assert r.status_code == 200 and r.json()["removed_chunks"] >= 1
    assert ask(server, question)["refused"]
    assert (
        httpx.delete(server + f"/api/documents/{uploaded['doc_id']}", headers=AUTH).status_code
        == 404
    )


@pytest.mark.parametrize(
    "name,content,status",
    [
        ("table.xlsx", b"PK\x03\x04 not a document we read", 415),
        ("broken.pdf", b"%PDF-1.4 garbage", 422),
        ("empty.txt", b"", 400),
    ],
)
def test_bad_uploads_change_nothing(server, name, content, status):
    before = httpx.get(server + "/api/documents", headers=AUTH).json()
    r = httpx.post(server + "/api/documents", headers=AUTH, files={"file": (name, content)})
    assert r.status_code == status and name in r.json()["error"]
    assert httpx.get(server + "/api/documents", headers=AUTH).json() == before


def test_feedback_review_and_export_through_eval(server, tmp_path):
    first = httpx.post(
        server + "/api/ask", json={"question": "示范区要打造哪两个标志性产业集群？"}
    ).json()
    second = httpx.post(
        server + "/api/ask", json={"question": "山西省共有多少个省级以上开发区？"}
    ).json()
    refusal = httpx.post(server + "/api/ask", json={"question": "示范区管委会主任是谁？"}).json()
    r = httpx.post(
        server + "/api/feedback",
        json={
            "question": first["question"],
            "answer": first["answer"],
            "rating": -1,
            "comment": "想看原文",
            "answer_id": first["answer_id"],
        },
    )
    assert r.status_code == 200
    fb = httpx.get(server + "/api/feedback", headers=AUTH).json()
    assert any(f["comment"] == "想看原文" for f in fb)
    disliked = httpx.get(server + "/api/answers", params={"rating": -1}, headers=AUTH).json()
    assert [a["id"] for a in disliked] == [first["answer_id"]]
    refused = httpx.get(server + "/api/answers", params={"refused": True}, headers=AUTH).json()
    assert refusal["answer_id"] in {a["id"] for a in refused}

    for aid in (first["answer_id"], refusal["answer_id"]):
        assert (
            httpx.post(
                server + f"/api/answers/{aid}/review", json={"verdict": "correct"}, headers=AUTH
            ).status_code
            == 200
        )
    r = httpx.post(
        server + f"/api/answers/{second['answer_id']}/review",
        json={
            "verdict": "wrong",
            "corrected_answer": "山西省共有83个省级以上开发区，其中6个国家级。",
            "must_include": ["83个", "6个国家级开发区"],
            "evidence": [
                {
                    "doc_id": "000_cb252c6c699d0a12",
                    "quote": "目前,山西省共有83个省级以上开发区,其中6个国家级开发区,77个省级开发区;",
                }
            ],
        },
        headers=AUTH,
    )
    assert r.status_code == 200
    body = httpx.get(server + "/api/review/export", headers=AUTH).text
    cases = [json.loads(line) for line in body.splitlines()]
    assert len(cases) == 3
    assert {c["type"] for c in cases} >= {"unanswerable"}
    unanswerable = [c for c in cases if c["type"] == "unanswerable"]
    assert all(c["answer"] == msg("gold_unanswerable_answer") for c in unanswerable)
    dataset = tmp_path / "reviewed.jsonl"
    dataset.write_text(body, encoding="utf-8")
    out = tmp_path / "report"
    index_dir = server_index(server)
    assert (
        cli.main(
            [
                "eval",
                "--dataset",
                str(dataset),
                "--index",
                index_dir,
                "--out",
                str(out),
                "-q",
                "--no-ingest",
            ]
        )
        == 0
    )
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["overall"]["questions"] == 3 and report["overall"]["pass_rate"] == 1.0


def server_index(server):
    # The export is evaluated against a fresh copy of the shipped index, as an evaluator would.
    import tempfile
    from pathlib import Path

    from assistant.index import Index
    from assistant.ingest.pipeline import ingest
    from tests.conftest import CORPUS, make_settings

    d = Path(tempfile.mkdtemp()) / "index"
    ingest(Index(make_settings(d)), [CORPUS])
    return str(d)


def test_openai_client_plain_and_streaming(server):
    from openai import OpenAI

    client = OpenAI(base_url=server + "/v1", api_key="unused")
    assert "zone-assistant" in [m.id for m in client.models.list().data]
    messages = [{"role": "user", "content": "示范区要打造哪两个标志性产业集群？"}]
    done = client.chat.completions.create(model="zone-assistant", messages=messages)
    assert "合成生物、电子信息" in done.choices[0].message.content
    assert done.model_extra["citations"][0]["quote"]

    stream = client.chat.completions.create(model="zone-assistant", messages=messages, stream=True)
    text, citations = "", None
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            text += chunk.choices[0].delta.content
        if chunk.model_extra.get("citations"):
            citations = chunk.model_extra["citations"]
    assert text == done.choices[0].message.content
    assert citations and "合成生物" in citations[0]["quote"]

    follow = client.chat.completions.create(
        model="zone-assistant",
        messages=messages
        + [
            {"role": "assistant", "content": done.choices[0].message.content},
            {"role": "user", "content": "那9个优势产业集群呢？"},
        ],
    )
    assert "农产品精深加工" in follow.choices[0].message.content


def test_rate_limit(index_copy):
    with running_server(index_copy, {"ZONE_ASSISTANT_SERVER__RATE_LIMIT_PER_MINUTE": "3"}) as base:
        codes = [
            httpx.post(
                base + "/api/feedback", json={"question": "q", "answer": "a", "rating": 1}
            ).status_code
            for _ in range(5)
        ]
        assert codes[:3] == [200, 200, 200] and codes[3:] == [429, 429]
        assert httpx.get(base + "/healthz").status_code == 200  # health is never limited


def test_review_export_cli(index_copy, tmp_path, capsys):
    out = tmp_path / "cases.jsonl"
    assert cli.main(["review", "export", "--index", str(index_copy), "--out", str(out)]) == 0
    assert "exported" in capsys.readouterr().out and out.exists()
