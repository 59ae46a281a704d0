"""Public routes: health, questions, feedback. Every one but health is rate-limited."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from assistant.answering.models import Question, Turn
from assistant.api.deps import ApiError, ServiceDep, SettingsDep, check_history, public
from assistant.messages import msg
from assistant.records import UnknownAnswer

router = APIRouter()


class AskRequest(BaseModel):
    """A question to ``/api/ask``; new fields go here and into :meth:`to_question`."""

    question: str
    history: list[Turn] = Field(default_factory=list)
    answerer: Literal["extractive", "llm"] | None = None
    top_k: int | None = Field(None, ge=1, le=50)
    filter: str | None = Field(None, max_length=500, description="Document metadata filter.")

    def to_question(self) -> Question:
        return Question(
            question=self.question,
            history=self.history,
            answerer=self.answerer,
            top_k=self.top_k,
            filter=self.filter,
        )


class FeedbackRequest(BaseModel):
    question: str = Field(max_length=5000)
    answer: str = Field(max_length=50000)
    rating: Literal[1, -1]
    comment: str | None = Field(None, max_length=5000)
    answer_id: str | None = Field(None, max_length=36)


@router.get("/healthz")
def healthz(service: ServiceDep) -> dict[str, Any]:
    docs = service.documents()
    return {
        "status": "ok",
        "index": "ready" if service.ready else "empty",
        "documents": len(docs),
        "chunks": sum(d["chunks"] for d in docs),
    }


@router.post("/api/ask", dependencies=[Depends(public)])
def ask(
    req: AskRequest,
    service: ServiceDep,
    settings: SettingsDep,
) -> dict[str, Any]:
    check_history(req.history, settings.limits)
    answer, aid = service.ask(req.to_question(), channel="api")
    return answer.public() | {"answer_id": aid}


@router.post("/api/feedback", dependencies=[Depends(public)])
def post_feedback(req: FeedbackRequest, service: ServiceDep) -> dict[str, str]:
    try:
        fid = service.records.add_feedback(
            req.question, req.answer, req.rating, req.comment, req.answer_id
        )
    except UnknownAnswer as exc:
        raise ApiError(
            404, msg("answer_missing", answer_id=req.answer_id), "answer_missing"
        ) from exc
    return {"id": fid}
