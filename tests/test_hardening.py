"""Hardening against a real server on 127.0.0.1: what an anonymous attacker might try.

Each numbered section matches one finding: (1) oversized history, (2) silent
overwrites, (3) Gradio routes beside the app's controls, (4) forged client
addresses, (5) unlimited staff guesses, (6) 500s, (7) headers, cookie, OpenAPI.
The server trusts 127.0.0.1 as a proxy, so each test speaks as its own client
through X-Forwarded-For; the forged-address test runs a server that trusts nobody.
"""

from __future__ import annotations

import itertools
import json
import time
from contextlib import closing
from pathlib import Path

import httpx
import psutil
import pytest

from tests.conftest import SEED_ID
from tests.pg import postgres_cluster, unavailable_reason
from tests.server import running_server

pytestmark = pytest.mark.server

TOKEN = "hardening-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
QUESTION = "示范区要打造哪两个标志性产业集群？"
ANSWER = "合成生物、电子信息"
PER_MINUTE = 30
_clients = (f"198.51.100.{i}" for i in itertools.count(1))


def new_client() -> dict[str, str]:
    """Headers of a client no other test has spoken as."""
    return {"X-Forwarded-For": next(_clients)}


@pytest.fixture(scope="module")
def server(index_copy):
    env = {
        "ZONE_ASSISTANT_ADMIN_TOKEN": TOKEN,
        "ZONE_ASSISTANT_SERVER__RATE_LIMIT_PER_MINUTE": str(PER_MINUTE),
        "ZONE_ASSISTANT_SERVER__MAX_UPLOAD_MB": "1",
        "ZONE_ASSISTANT_LIMITS__TRUSTED_PROXIES": '["127.0.0.1"]',
        "ZONE_ASSISTANT_LIMITS__STAFF_FAILURES": "3",
    }
    with running_server(index_copy, env, with_process=True) as (base, proc):
        yield base, psutil.Process(proc.pid)


def ask(base: str, headers: dict[str, str], question: str = QUESTION) -> httpx.Response:
    return httpx.post(base + "/api/ask", json={"question": question}, headers=headers, timeout=60)


def gradio_call(base: str, fn: str, data: list, headers: dict, prefix: str = "", cookies=None):
    """Call a Gradio event the way its HTTP API allows; returns the final output."""
    with httpx.Client(base_url=base, headers=headers, cookies=cookies, timeout=60) as c:
        eid = c.post(f"{prefix}/gradio_api/call/{fn}", json={"data": data}).json()["event_id"]
        text = c.get(f"{prefix}/gradio_api/call/{fn}/{eid}").text
    last = [line for line in text.splitlines() if line.startswith("data: ")][-1]
    return json.loads(last[6:])


def staff_login(base: str, headers: dict) -> httpx.Client:
    """A client logged in to the staff pages (the caller closes it)."""
    c = httpx.Client(base_url=base, headers=headers, timeout=60)
    assert c.post("/staff/login", data={"username": "ops", "password": TOKEN}).status_code == 200
    return c


# ---------- (1) history of any size costs nothing ----------
@pytest.mark.parametrize(
    "path,body",
    [
        (
            "/api/ask",
            {"question": QUESTION, "history": [{"role": "user", "content": "问" * 2_000_000}]},
        ),
        (
            "/v1/chat/completions",
            {
                "model": "zone-assistant",
                "messages": [
                    {"role": "user", "content": "问" * 2_000_000},
                    {"role": "user", "content": QUESTION},
                ],
            },
        ),
    ],
    ids=["api-ask", "openai"],
)
def test_two_million_character_history(server, path, body):
    base, process = server
    payload = json.dumps(body).encode()  # encoded before the clock starts
    headers = new_client() | {"content-type": "application/json"}
    rss_before = process.memory_info().rss
    started = time.monotonic()
    r = httpx.post(base + path, content=payload, headers=headers, timeout=30)
    elapsed = time.monotonic() - started
    growth_mb = (process.memory_info().rss - rss_before) / 2**20
    print(f"{path}: {r.status_code} in {elapsed * 1000:.0f} ms, RSS +{growth_mb:.1f} MB")
    assert 400 <= r.status_code < 500 and "请求过大" in r.text
    assert elapsed < 1.0 and growth_mb < 50
    assert ANSWER in ask(base, new_client()).json()["answer"]


def test_history_under_the_body_limit_but_over_the_bounds(server):
    base, _ = server
    history = [{"role": "user", "content": "问" * 1000}] * 25
    r = httpx.post(
        base + "/api/ask", json={"question": QUESTION, "history": history}, headers=new_client()
    )
    assert r.status_code == 400 and "对话历史过长" in r.json()["error"]


# ---------- (2) uploads never replace silently ----------
def test_upload_named_like_the_shipped_report_is_409(server, index_copy):
    base, _ = server
    r = httpx.post(
        base + "/api/documents",
        headers=AUTH | new_client(),
        files={"file": (f"{SEED_ID}.txt", "示范区总规划面积为1平方公里。".encode())},
    )
    assert r.status_code == 409 and "山西转型综改探路前行" in r.json()["error"]
    assert ask(base, new_client(), "综改示范区总规划面积多大？").json()["citations"]
    assert not (index_copy / "uploads" / f"{SEED_ID}.txt").exists()


# ---------- (3) Gradio routes go through the same controls ----------
def test_gradio_events_share_the_rate_limit(server):
    base, _ = server
    me = new_client()
    assert gradio_call(base, "respond", [QUESTION, [], "extractive", 6, ""], me)
    codes = [ask(base, me, "示范区").status_code for _ in range(PER_MINUTE)]
    assert codes.count(429) >= 1  # the Gradio call above counted too
    out = gradio_call(base, "respond", [QUESTION, [], "extractive", 6, ""], me)
    assert "请求过于频繁" in json.dumps(out, ensure_ascii=False)
    assert ask(base, new_client()).status_code == 200  # another client is not affected


def test_public_app_takes_and_serves_no_files(server):
    base, _ = server
    up = httpx.post(
        base + "/gradio_api/upload", files={"files": ("a.txt", b"x" * 1000)}, headers=new_client()
    )
    assert up.status_code == 404
    with closing(staff_login(base, new_client())) as staff:
        out = gradio_call(base, "export", [], staff.headers, "/staff", staff.cookies)
        path = out[0]["path"]
        assert staff.get(f"/staff/gradio_api/file={path}").status_code == 200
        big = staff.post(
            "/staff/gradio_api/upload", files={"files": ("big.txt", "示".encode() * 400_000)}
        )
        assert big.status_code == 413
    assert httpx.get(base + f"/staff/gradio_api/file={path}").status_code in (401, 403)
    for route in (f"/gradio_api/file={path}", f"/file={path}"):
        assert httpx.get(base + route, headers=new_client()).status_code == 404


def test_staff_page_upload_confirms_replacing_and_leaves_no_temp_copy(server):
    base, _ = server
    with closing(staff_login(base, new_client())) as staff:

        def upload(text: str, replace: bool) -> tuple[str, Path]:
            sent = staff.post(
                "/staff/gradio_api/upload", files={"files": ("北湖通知.md", text.encode())}
            ).json()[0]
            files = [
                {"path": sent, "orig_name": "北湖通知.md", "meta": {"_type": "gradio.FileData"}}
            ]
            status, _ = gradio_call(
                base, "upload", [files, replace], staff.headers, "/staff", staff.cookies
            )
            return status, Path(sent)

        status, sent = upload("# 北湖园区通知\n\n北湖园区新建项目8个。", False)
        assert "北湖园区通知" in status
        assert not sent.exists()  # Gradio's copy is gone once the library has it
        status, _ = upload("# 北湖园区新通知\n\n北湖园区新建项目9个。", False)
        assert "已存在" in status and "北湖园区通知" in status
        status, _ = upload("# 北湖园区新通知\n\n北湖园区新建项目9个。", True)
        assert "已导入《北湖园区新通知》" in status
    docs = httpx.get(base + "/api/documents", headers=AUTH | new_client()).json()
    doc = next(d for d in docs if d["title"] == "北湖园区新通知")
    httpx.delete(base + f"/api/documents/{doc['doc_id']}", headers=AUTH | new_client())


# ---------- (4) a forged X-Forwarded-For gets nothing ----------
def test_forged_forwarded_for_does_not_reset_the_limit(index_copy):
    env = {"ZONE_ASSISTANT_SERVER__RATE_LIMIT_PER_MINUTE": "5"}  # and no trusted proxy
    with running_server(index_copy, env) as base:
        codes = [
            httpx.post(
                base + "/api/feedback",
                json={"question": "q", "answer": "a", "rating": 1},
                headers={"X-Forwarded-For": f"203.0.113.{i}"},
            ).status_code
            for i in range(7)
        ]
    assert codes == [200] * 5 + [429] * 2


# ---------- (5) staff secrets cannot be guessed at speed ----------
def test_bearer_back_off(server):
    base, _ = server
    me = new_client()
    wrong = AUTH | me | {"Authorization": "Bearer guess"}
    codes = [httpx.get(base + "/api/documents", headers=wrong).status_code for _ in range(4)]
    assert codes == [401, 401, 401, 429]
    r = httpx.get(base + "/api/documents", headers=AUTH | me)
    assert r.status_code == 429 and "秒后再试" in r.json()["error"]
    assert httpx.get(base + "/api/documents", headers=AUTH | new_client()).status_code == 200


def test_login_form_back_off(server):
    base, _ = server
    me = new_client()

    def login(password: str) -> httpx.Response:
        return httpx.post(
            base + "/staff/login", data={"username": "x", "password": password}, headers=me
        )

    assert [login("guess").status_code for _ in range(4)] == [400, 400, 400, 429]
    locked = login(TOKEN)
    assert locked.status_code == 429 and "秒后再试" in locked.json()["error"]


# ---------- (6) no 500s ----------
def test_openai_text_part_of_the_wrong_type_is_400(server):
    base, _ = server
    r = httpx.post(
        base + "/v1/chat/completions",
        json={
            "model": "zone-assistant",
            "messages": [{"role": "user", "content": [{"type": "text", "text": 5}]}],
        },
        headers=new_client(),
    )
    assert r.status_code == 400 and r.json()["error"]["type"] == "invalid_request_error"


def test_lone_surrogate_question_is_answered(server):
    base, _ = server
    r = httpx.post(
        base + "/api/ask",
        content=('{"question": "\\ud800' + QUESTION + '"}').encode(),
        headers=new_client() | {"content-type": "application/json"},
        timeout=60,
    )
    assert r.status_code == 200 and ANSWER in r.json()["answer"]


def test_long_chinese_file_name_uploads_without_leftovers(server, index_copy):
    base, _ = server
    name = "关于" + "开发区" * 30 + "的通知.txt"  # 95 characters, 285 bytes
    r = httpx.post(
        base + "/api/documents",
        headers=AUTH | new_client(),
        files={"file": (name, "南湖园区新建项目5个。".encode())},
    )
    assert r.status_code == 200, r.text
    assert not list((index_copy / "uploads").glob(".incoming*"))
    httpx.delete(base + f"/api/documents/{r.json()['doc_id']}", headers=AUTH | new_client())


def test_feedback_on_an_unknown_answer_is_404_on_sqlite(server):
    base, _ = server
    r = httpx.post(
        base + "/api/feedback",
        json={"question": "q", "answer": "a", "rating": -1, "answer_id": "no-such-answer"},
        headers=new_client(),
    )
    assert r.status_code == 404 and "no-such-answer" in r.json()["error"]


@pytest.mark.skipif(unavailable_reason() is not None, reason=str(unavailable_reason()))
def test_answer_log_on_postgresql_behaves_like_sqlite(index_copy):
    with postgres_cluster() as url:
        env = {"ZONE_ASSISTANT_SERVER__DATABASE_URL": url}
        with running_server(index_copy, env) as base:
            r = httpx.post(
                base + "/api/feedback",
                json={"question": "q", "answer": "a", "rating": -1, "answer_id": "no-such-answer"},
            )
            assert r.status_code == 404 and "no-such-answer" in r.json()["error"]
            body = httpx.post(
                base + "/api/ask",
                content=('{"question": "\\ud800' + QUESTION + '"}').encode(),
                headers={"content-type": "application/json"},
                timeout=60,
            ).json()
            assert ANSWER in body["answer"]
            ok = httpx.post(
                base + "/api/feedback",
                json={"question": "q", "answer": "a", "rating": 1, "answer_id": body["answer_id"]},
            )
            assert ok.status_code == 200


# ---------- (7) headers, cookie, OpenAPI ----------
def test_security_headers_cookie_and_openapi(server):
    base, _ = server
    for path in ("/", "/staff/", "/healthz", "/docs"):
        r = httpx.get(base + path, headers=new_client())
        assert r.headers["x-frame-options"] == "DENY", path
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"], path
    login = httpx.post(
        base + "/staff/login", data={"username": "ops", "password": TOKEN}, headers=new_client()
    )
    cookies = login.headers.get_list("set-cookie")
    assert cookies and all("samesite=lax" in c.lower() for c in cookies)
    spec = httpx.get(base + "/openapi.json").json()
    assert spec["paths"]["/api/answers"]["get"]["security"] == [{"HTTPBearer": []}]
    assert spec["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
