"""The HTTP side: FastAPI app with the JSON API, and the Gradio chat mounted at /."""

from __future__ import annotations

import logging
from typing import Any, Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from assistant.answering.chain import AnswerChain, QuestionError, build_chain
from assistant.answering.models import Question, Turn
from assistant.feedback import FeedbackStore
from assistant.messages import msg
from assistant.settings import Settings
from assistant.store import Index, IndexProblem

logger = logging.getLogger(__name__)


class AskRequest(BaseModel):
    question: str
    history: list[Turn] = Field(default_factory=list)
    answerer: Literal["extractive", "llm"] | None = None
    top_k: int | None = Field(None, ge=1, le=50)


class FeedbackRequest(BaseModel):
    question: str = Field(max_length=5000)
    answer: str = Field(max_length=50000)
    rating: Literal[1, -1]
    comment: str | None = Field(None, max_length=5000)


def _error(status: int, text: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={"error": text})


def open_chain(settings: Settings) -> tuple[AnswerChain | None, str | None]:
    """The chain over the configured index, or None and the reason shown to users."""
    try:
        index = Index(settings, must_exist=True)
    except IndexProblem as exc:
        logger.warning("serving without an index: %s", exc)
        return None, msg("index_empty")
    if index.chunk_count == 0:
        return None, msg("index_empty")
    return build_chain(settings, index=index), None


def create_app(settings: Settings, chain: AnswerChain | None = None, with_ui: bool = True) -> FastAPI:
    reason = None
    if chain is None:
        chain, reason = open_chain(settings)
    store = FeedbackStore(settings.database())
    app = FastAPI(title="zone-assistant", description="开发区政策问答助手 API")
    app.state.chain = chain
    app.state.feedback = store

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        detail = f"{'.'.join(str(p) for p in first.get('loc', []))}: {first.get('msg', '')}"
        return _error(422, msg("request_invalid", detail=detail))

    @app.get("/healthz")
    def healthz() -> dict[str, Any]:
        c = app.state.chain
        return {
            "status": "ok",
            "index": "ready" if c is not None else "empty",
            "documents": len(c.index.documents) if c else 0,
            "chunks": c.index.chunk_count if c else 0,
        }

    @app.post("/api/ask")
    def ask(req: AskRequest):
        c = app.state.chain
        if c is None:
            return _error(503, reason or msg("index_empty"))
        try:
            answer = c.ask(
                Question(question=req.question, history=req.history, answerer=req.answerer, top_k=req.top_k)
            )
        except QuestionError as exc:
            return _error(400, str(exc))
        return answer.public()

    @app.post("/api/feedback")
    def post_feedback(req: FeedbackRequest) -> dict[str, str]:
        fid = store.add(req.question, req.answer, req.rating, req.comment)
        return {"id": fid}

    if with_ui:
        import gradio as gr

        from assistant.web.app import CSS, HEAD, ChatUI

        ui = ChatUI(chain, store, reason).build()
        app = gr.mount_gradio_app(app, ui, path="/", css=CSS, head=HEAD, footer_links=[])
    return app
