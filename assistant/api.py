"""The HTTP side: the JSON API, an OpenAI-compatible endpoint, and the Gradio pages.

Public: /healthz, /api/ask, /api/feedback (POST), /v1/models, /v1/chat/completions.
Staff (``Authorization: Bearer <admin token>``): documents, the answer log and its
review, feedback listing, export. With no admin token configured, staff endpoints
answer 403: closed, never open.
"""

from __future__ import annotations

import hmac
import json
import logging
import threading
import time
import uuid
from collections import defaultdict, deque
from collections.abc import Iterator
from datetime import datetime
from typing import Any, Literal

from fastapi import Depends, FastAPI, File, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, StreamingResponse
from pydantic import BaseModel, Field

from assistant.answering.chain import QuestionError
from assistant.answering.models import Answer, Question, Turn
from assistant.messages import msg
from assistant.service import AssistantService, ServiceError
from assistant.settings import Settings

logger = logging.getLogger(__name__)

MODEL_ID = "zone-assistant"


class AskRequest(BaseModel):
    question: str
    history: list[Turn] = Field(default_factory=list)
    answerer: Literal["extractive", "llm"] | None = None
    top_k: int | None = Field(None, ge=1, le=50)
    filter: str | None = Field(None, max_length=500, description="Document metadata filter.")


class FeedbackRequest(BaseModel):
    question: str = Field(max_length=5000)
    answer: str = Field(max_length=50000)
    rating: Literal[1, -1]
    comment: str | None = Field(None, max_length=5000)
    answer_id: str | None = Field(None, max_length=36)


class ReviewRequest(BaseModel):
    verdict: Literal["correct", "wrong"]
    corrected_answer: str | None = Field(None, max_length=5000)
    must_include: list[str] | None = None
    evidence: list[dict[str, str]] | None = None


class ChatMessage(BaseModel):
    role: Literal["system", "user", "assistant", "tool", "developer"]
    content: str | list[dict[str, Any]] | None = None


class ChatRequest(BaseModel):
    model: str = MODEL_ID
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False


class Unauthorized(Exception):
    def __init__(self, status: int, text: str):
        self.status, self.text = status, text


class RateLimited(Exception):
    pass


class RateLimiter:
    """A sliding one-minute window per client address."""

    def __init__(self, per_minute: int):
        self.per_minute = per_minute
        self._hits: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def check(self, client: str) -> None:
        if self.per_minute <= 0:
            return
        now = time.monotonic()
        with self._lock:
            hits = self._hits[client]
            while hits and now - hits[0] > 60:
                hits.popleft()
            if len(hits) >= self.per_minute:
                raise RateLimited()
            hits.append(now)


def _error(status: int, text: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={"error": text})


def _text(content: str | list[dict[str, Any]] | None) -> str:
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return content or ""


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError as exc:
        raise ServiceError(422, msg("request_invalid", detail=f"time: {value}")) from exc


def create_app(
    settings: Settings, service: AssistantService | None = None, with_ui: bool = True
) -> FastAPI:
    service = service or AssistantService(settings)
    limiter = RateLimiter(settings.server.rate_limit_per_minute)
    app = FastAPI(title="zone-assistant", description="开发区政策问答助手 API")
    app.state.service = service

    # ---------- errors: a clear message, never a 500 page ----------
    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        detail = f"{'.'.join(str(p) for p in first.get('loc', []))}: {first.get('msg', '')}"
        return _error(422, msg("request_invalid", detail=detail))

    @app.exception_handler(ServiceError)
    async def refused(_: Request, exc: ServiceError) -> JSONResponse:
        return _error(exc.status, str(exc))

    @app.exception_handler(QuestionError)
    async def bad_question(_: Request, exc: QuestionError) -> JSONResponse:
        return _error(400, str(exc))

    @app.exception_handler(Unauthorized)
    async def unauthorized(_: Request, exc: Unauthorized) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return JSONResponse(status_code=exc.status, content={"error": exc.text}, headers=headers)

    @app.exception_handler(RateLimited)
    async def limited(_: Request, exc: RateLimited) -> JSONResponse:
        return JSONResponse(
            status_code=429, content={"error": msg("rate_limited")}, headers={"Retry-After": "60"}
        )

    # ---------- access ----------
    def staff(request: Request) -> None:
        token = settings.admin_token
        if not token:
            raise Unauthorized(403, msg("staff_disabled"))
        header = request.headers.get("authorization", "")
        scheme, _, given = header.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            given.strip().encode(), token.encode()
        ):
            raise Unauthorized(401, msg("staff_unauthorized"))

    def public(request: Request) -> None:
        limiter.check(request.client.host if request.client else "unknown")

    # ---------- public ----------
    @app.get("/healthz")
    def healthz() -> dict[str, Any]:
        docs = service.documents()
        return {
            "status": "ok",
            "index": "ready" if service.ready else "empty",
            "documents": len(docs),
            "chunks": sum(d["chunks"] for d in docs),
        }

    @app.post("/api/ask", dependencies=[Depends(public)])
    def ask(req: AskRequest) -> dict[str, Any]:
        answer, aid = service.ask(
            Question(
                question=req.question,
                history=req.history,
                answerer=req.answerer,
                top_k=req.top_k,
                filter=req.filter,
            ),
            channel="api",
        )
        return answer.public() | {"answer_id": aid}

    @app.post("/api/feedback", dependencies=[Depends(public)])
    def post_feedback(req: FeedbackRequest) -> dict[str, str]:
        fid = service.records.add_feedback(
            req.question, req.answer, req.rating, req.comment, req.answer_id
        )
        return {"id": fid}

    # ---------- staff ----------
    @app.get("/api/feedback", dependencies=[Depends(staff)])
    def list_feedback(rating: int | None = Query(None)) -> list[dict[str, Any]]:
        return service.records.list_feedback(rating=rating)

    @app.get("/api/answers", dependencies=[Depends(staff)])
    def list_answers(
        rating: int | None = Query(None),
        refused: bool | None = Query(None),
        since: str | None = Query(None),
        until: str | None = Query(None),
        review: str | None = Query(None),
        limit: int = Query(200, ge=1, le=5000),
    ) -> list[dict[str, Any]]:
        return service.records.list_answers(
            rating=rating,
            refused=refused,
            since=_parse_time(since),
            until=_parse_time(until),
            review=review,
            limit=limit,
        )

    @app.post("/api/answers/{answer_id}/review", dependencies=[Depends(staff)])
    def review(answer_id: str, req: ReviewRequest) -> dict[str, str]:
        if not service.records.review(
            answer_id, req.verdict, req.corrected_answer, req.must_include, req.evidence
        ):
            raise ServiceError(404, msg("answer_missing", answer_id=answer_id))
        return {"id": answer_id, "review": req.verdict}

    @app.get("/api/review/export", dependencies=[Depends(staff)])
    def export() -> PlainTextResponse:
        cases = service.records.export_cases()
        body = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
        return PlainTextResponse(body, media_type="application/x-ndjson; charset=utf-8")

    @app.get("/api/documents", dependencies=[Depends(staff)])
    def documents() -> list[dict[str, Any]]:
        return service.documents()

    @app.post("/api/documents", dependencies=[Depends(staff)])
    async def upload(file: UploadFile = File(...)) -> dict[str, Any]:
        limit = int(settings.server.max_upload_mb * 1024 * 1024)
        data = await file.read(limit + 1)
        result = service.upload(file.filename or "", data)
        return vars(result)

    @app.delete("/api/documents/{doc_id}", dependencies=[Depends(staff)])
    def delete(doc_id: str) -> dict[str, Any]:
        return {"doc_id": doc_id, "removed_chunks": service.delete(doc_id)}

    @app.post("/api/reindex", dependencies=[Depends(staff)])
    def reindex() -> dict[str, Any]:
        return service.reindex()

    # ---------- OpenAI-compatible ----------
    @app.get("/v1/models", dependencies=[Depends(public)])
    def models() -> dict[str, Any]:
        return {
            "object": "list",
            "data": [
                {"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "zone-assistant"}
            ],
        }

    @app.post("/v1/chat/completions", dependencies=[Depends(public)])
    def chat_completions(req: ChatRequest):
        turns = [m for m in req.messages if m.role in ("user", "assistant")]
        if not turns or turns[-1].role != "user":
            raise ServiceError(400, msg("empty_question"))
        history = [Turn(role=m.role, content=_text(m.content)) for m in turns[:-1]]
        answer, aid = service.ask(
            Question(question=_text(turns[-1].content), history=history), channel="openai"
        )
        completion_id = f"chatcmpl-{uuid.uuid4().hex[:24]}"
        created = int(time.time())
        extra = {
            "citations": [c.model_dump() for c in answer.citations],
            "refused": answer.refused,
            "answer_id": aid,
        }
        if not req.stream:
            return {
                "id": completion_id,
                "object": "chat.completion",
                "created": created,
                "model": req.model or MODEL_ID,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": answer.answer},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
            } | extra
        return StreamingResponse(
            _sse(answer, completion_id, created, req.model or MODEL_ID, extra),
            media_type="text/event-stream",
        )

    if with_ui:
        from assistant.web.pages import mount_pages

        app = mount_pages(app, service, settings)
    return app


def _sse(
    answer: Answer, cid: str, created: int, model: str, extra: dict[str, Any]
) -> Iterator[str]:
    def chunk(
        delta: dict[str, Any], finish: str | None = None, more: dict[str, Any] | None = None
    ) -> str:
        body = {
            "id": cid,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        } | (more or {})
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

    yield chunk({"role": "assistant", "content": ""})
    text = answer.answer
    for i in range(0, len(text), 16):
        yield chunk({"content": text[i : i + 16]})
    yield chunk({}, "stop", extra)
    yield "data: [DONE]\n\n"
