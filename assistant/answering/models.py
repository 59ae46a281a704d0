"""What crosses the boundary of the answering chain: requests, citations, answers."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class Turn(BaseModel):
    role: Literal["user", "assistant"]
    content: str


class Question(BaseModel):
    question: str
    history: list[Turn] = Field(default_factory=list)
    id: str | None = None
    answerer: Literal["extractive", "llm"] | None = None
    top_k: int | None = None
    filter: str | None = Field(
        None,
        description="Document metadata filter, e.g. 'year>=2021,kind=...' (assistant.index.filters).",
    )


class Citation(BaseModel):
    n: int
    doc_id: str
    title: str
    section: str
    start: int = Field(description="Offset of the quote in the cleaned document text.")
    end: int
    quote: str = Field(description="Exactly the cleaned document text between start and end.")
    highlight: list[int] | None = Field(
        None, description="[start, end] of the answering span inside the quote, if narrower."
    )


class Answer(BaseModel):
    id: str | None = None
    question: str
    answer: str
    refused: bool
    citations: list[Citation] = Field(default_factory=list)
    timings_ms: dict[str, float] = Field(default_factory=dict)
    direct_answer: str = Field("", description="The short answer alone, without the quotes.")
    question_type: str = ""
    rewritten_question: str | None = None
    answerer: str = "extractive"
    related: list[Citation] = Field(
        default_factory=list,
        description="Nearest passages shown on a refusal (the related-passages list).",
    )
    notice: str | None = None
    retrieved: list[dict] = Field(
        default_factory=list, exclude=True, description="Chunks retrieved, best first (for evals)."
    )

    def public(self) -> dict:
        """The answer object of the `ask` CLI and the HTTP API."""
        data = self.model_dump(
            include={"id", "question", "answer", "refused", "citations", "timings_ms"}
        )
        data["direct_answer"] = self.direct_answer
        data["related"] = [r.model_dump() for r in self.related]
        if self.notice:
            data["notice"] = self.notice
        return data
