"""An OpenAI-compatible chat endpoint, so existing chat clients and SDKs can ask.

Conventions kept: OpenAI-shaped errors, 400 for parameters we cannot honour (``n`` > 1)
or of the wrong type, the served model's id in every response, ``usage`` counted as
described in :func:`count_tokens`, a usage chunk when ``stream_options.include_usage``
is set. Citations travel three ways: in the answer text (``[n]`` markers and the
quoted passages under them), as an extra ``citations`` field on the response (the last
chunk when streaming), and as JSON in the ``X-Citations`` header, which LangChain's
``ChatOpenAI(include_response_headers=True)`` passes on in ``response_metadata``.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterator
from typing import Any, Literal

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from assistant.answering.models import Answer, Question, Turn
from assistant.api.deps import ApiError, ServiceDep, SettingsDep, check_history, public
from assistant.messages import msg
from assistant.settings import Settings

router = APIRouter(prefix="/v1", dependencies=[Depends(public)], tags=["openai"])

MODEL_ID = "zone-assistant"
# Model ids clients may name: the configured answerer, or one answerer explicitly.
MODELS: dict[str, str | None] = {
    MODEL_ID: None,
    f"{MODEL_ID}-extractive": "extractive",
    f"{MODEL_ID}-llm": "llm",
}
HEADER_LIMIT = 12_000  # bytes; HTTP clients commonly refuse header blocks near 16 KB

_TOKEN = re.compile(r"[A-Za-z0-9]+|\S")


def count_tokens(text: str) -> int:
    """Usage as reported: a run of ASCII letters and digits is one token, every other
    non-space character (each Chinese character, each punctuation mark) is one."""
    return len(_TOKEN.findall(text))


class TextPart(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore")
    type: Literal["text"]
    text: str


class ChatMessage(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore")
    role: Literal["system", "user", "assistant", "tool", "developer"]
    content: str | list[TextPart] | None = None

    @property
    def text(self) -> str:
        if isinstance(self.content, list):
            return "".join(p.text for p in self.content)
        return self.content or ""


class StreamOptions(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore")
    include_usage: bool = False


class ChatRequest(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore")
    model: str = MODEL_ID
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False
    stream_options: StreamOptions | None = None
    n: int = Field(1, ge=1)
    # Accepted and type-checked; an extractive answer is never cut or sampled.
    max_tokens: int | None = Field(None, ge=1)
    max_completion_tokens: int | None = Field(None, ge=1)
    temperature: float | None = Field(None, ge=0, le=2)
    top_p: float | None = Field(None, ge=0, le=1)
    user: str | None = None


@router.get("/models")
def models() -> dict[str, Any]:
    return {
        "object": "list",
        "data": [
            {"id": name, "object": "model", "created": 0, "owned_by": "zone-assistant"}
            for name in MODELS
        ],
    }


def _question(req: ChatRequest, settings: Settings) -> Question:
    limits = settings.limits
    if len(req.messages) > limits.messages or (
        sum(len(m.text) for m in req.messages) > limits.messages_chars
    ):
        raise ApiError(
            400,
            msg("messages_too_long", count=limits.messages, chars=limits.messages_chars),
            "context_length_exceeded",
        )
    if req.n != 1:
        raise ApiError(400, msg("n_unsupported"), "unsupported_value")
    if req.model not in MODELS:
        raise ApiError(
            404, msg("model_missing", model=req.model, models=", ".join(MODELS)), "model_not_found"
        )
    turns = [m for m in req.messages if m.role in ("user", "assistant")]
    if not turns or turns[-1].role != "user":
        raise ApiError(400, msg("empty_question"), "invalid_value")
    history = [Turn(role=m.role, content=m.text) for m in turns[:-1]]
    check_history(history, limits)
    return Question(question=turns[-1].text, history=history, answerer=MODELS[req.model])


def citations_header(answer: Answer) -> dict[str, str]:
    """The citations as ASCII JSON; quotes are left out if they would make it too long
    (they are in the answer text too)."""
    cites = [c.model_dump() for c in answer.citations]
    body = json.dumps(cites, ensure_ascii=True, separators=(",", ":"))
    if len(body) > HEADER_LIMIT:
        cites = [{k: v for k, v in c.items() if k != "quote"} for c in cites]
        body = json.dumps(cites, ensure_ascii=True, separators=(",", ":"))
    return {"X-Citations": body} if len(body) <= HEADER_LIMIT else {}


@router.post("/chat/completions")
def chat_completions(
    req: ChatRequest,
    service: ServiceDep,
    settings: SettingsDep,
):
    question = _question(req, settings)
    answer, aid = service.ask(question, channel="openai")
    completion_id = f"chatcmpl-{uuid.uuid4().hex[:24]}"
    prompt = sum(count_tokens(m.text) for m in req.messages)
    completion = count_tokens(answer.answer)
    usage = {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }
    head = {"id": completion_id, "created": int(time.time()), "model": req.model}
    extra = {
        "citations": [c.model_dump() for c in answer.citations],
        "refused": answer.refused,
        "answer_id": aid,
    }
    headers = citations_header(answer)
    if not req.stream:
        message = {"role": "assistant", "content": answer.answer}
        body = head | {
            "object": "chat.completion",
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
            "usage": usage,
        }
        return JSONResponse(body | extra, headers=headers)
    include_usage = bool(req.stream_options and req.stream_options.include_usage)
    return StreamingResponse(
        _sse(answer.answer, head, extra, usage if include_usage else None),
        media_type="text/event-stream",
        headers=headers,
    )


def _sse(
    text: str, head: dict[str, Any], extra: dict[str, Any], usage: dict[str, int] | None
) -> Iterator[str]:
    def event(body: dict[str, Any]) -> str:
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

    # With include_usage, every chunk carries "usage": null and one last chunk the usage.
    empty = {"usage": None} if usage else {}

    def chunk(delta: dict[str, Any], finish: str | None = None, more: dict | None = None) -> str:
        choice = {"index": 0, "delta": delta, "finish_reason": finish}
        return event(
            head | {"object": "chat.completion.chunk", "choices": [choice]} | empty | (more or {})
        )

    yield chunk({"role": "assistant", "content": ""})
    for i in range(0, len(text), 16):
        yield chunk({"content": text[i : i + 16]})
    yield chunk({}, "stop", extra)
    if usage:
        yield event(head | {"object": "chat.completion.chunk", "choices": [], "usage": usage})
    yield "data: [DONE]\n\n"
