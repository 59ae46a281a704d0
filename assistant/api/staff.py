"""Staff routes (``Authorization: Bearer <admin token>``): documents, the answer log,
its review and export. With no admin token configured they answer 403."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Query, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel, Field

from assistant.api.deps import ServiceDep, SettingsDep, StaffClient, staff
from assistant.messages import msg
from assistant.service import ServiceError

router = APIRouter(dependencies=[Depends(staff)], tags=["staff"])


class ReviewRequest(BaseModel):
    verdict: Literal["correct", "wrong"]
    corrected_answer: str | None = Field(None, max_length=5000)
    must_include: list[str] | None = Field(None, max_length=100)
    evidence: list[dict[str, str]] | None = Field(None, max_length=100)


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError as exc:
        raise ServiceError(422, msg("request_invalid", detail=f"time: {value}")) from exc


@router.get("/api/feedback")
def list_feedback(service: ServiceDep, rating: int | None = None) -> list[dict[str, Any]]:
    return service.records.list_feedback(rating=rating)


@router.get("/api/answers")
def list_answers(
    service: ServiceDep,
    rating: int | None = None,
    refused: bool | None = None,
    since: str | None = None,
    until: str | None = None,
    review: str | None = None,
    limit: Annotated[int, Query(ge=1, le=5000)] = 200,
) -> list[dict[str, Any]]:
    return service.records.list_answers(
        rating=rating,
        refused=refused,
        since=_parse_time(since),
        until=_parse_time(until),
        review=review,
        limit=limit,
    )


@router.post("/api/answers/{answer_id}/review")
def review(answer_id: str, req: ReviewRequest, service: ServiceDep) -> dict[str, str]:
    if not service.records.review(
        answer_id, req.verdict, req.corrected_answer, req.must_include, req.evidence
    ):
        raise ServiceError(404, msg("answer_missing", answer_id=answer_id))
    return {"id": answer_id, "review": req.verdict}


@router.get("/api/review/export")
def export(service: ServiceDep) -> PlainTextResponse:
    cases = service.records.export_cases()
    body = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    return PlainTextResponse(body, media_type="application/x-ndjson; charset=utf-8")


@router.get("/api/documents")
def documents(service: ServiceDep) -> list[dict[str, Any]]:
    return service.documents()


@router.post("/api/documents")
async def upload(
    file: Annotated[UploadFile, File()],
    client: StaffClient,
    service: ServiceDep,
    settings: SettingsDep,
    replace: Annotated[bool, Query(description="Replace a document with the same id.")] = False,
) -> dict[str, Any]:
    limit = int(settings.server.max_upload_mb * 1024 * 1024)
    data = await file.read(limit + 1)
    result = await run_in_threadpool(
        service.upload, file.filename or "", data, replace=replace, actor=f"api:{client}"
    )
    return vars(result)


@router.delete("/api/documents/{doc_id}")
def delete(doc_id: str, service: ServiceDep) -> dict[str, Any]:
    return {"doc_id": doc_id, "removed_chunks": service.delete(doc_id)}


@router.post("/api/reindex")
def reindex(service: ServiceDep) -> dict[str, Any]:
    return service.reindex()
