"""The answering chain: rewrite → retrieve → answer → check citations.

One LangChain runnable, built once per process from an index and settings, is
what the CLI, the web chat, the HTTP API and the evals all call.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from langchain_core.runnables import Runnable, RunnableLambda

from assistant.answering.extractive import Extracted, ExtractiveAnswerer, sentence_citation
from assistant.answering.models import Answer, Citation, Question
from assistant.answering.questions import AnalyzedQuestion, analyze
from assistant.index import Hit, Index
from assistant.messages import msg
from assistant.retrieval import retrieve
from assistant.settings import Settings

logger = logging.getLogger(__name__)


class QuestionError(ValueError):
    """A question the chain will not run (empty, too long); the message is for the user."""


def validate_question(text: str, settings: Settings) -> str:
    cleaned = "".join(ch for ch in text if ch.isprintable() or ch in "\n\t").strip()
    if not cleaned:
        raise QuestionError(msg("empty_question"))
    limit = settings.answer.max_question_chars
    if len(cleaned) > limit:
        raise QuestionError(msg("question_too_long", length=len(cleaned), limit=limit))
    return cleaned


def render_answer(direct: str, citations: list[Citation], markers: bool = True) -> str:
    """The answer text: the direct answer with [n] markers, then each quoted passage.

    ``markers=False`` when the direct answer already carries its own markers.
    """
    marks = "".join(f"[{c.n}]" for c in citations) if markers else ""
    lines = [f"{direct}{marks}", "", msg("evidence_heading") + "："]
    for c in citations:
        where = f"《{c.title}》" + (f"·{c.section}" if c.section and c.section != c.title else "")
        lines.append(f"[{c.n}] {where}：“{c.quote}”")
    return "\n".join(lines)


def render_refusal(related: list[Citation]) -> str:
    if not related:
        return msg("refusal")
    lines = [msg("refusal_with_related")]
    for c in related:
        lines.append(f"- 《{c.title}》·{c.section}：“{c.quote}”")
    return "\n".join(lines)


class AnswerChain:
    """Holds the parts; ``runnable`` is the LangChain pipeline over them."""

    def __init__(self, index: Index, settings: Settings, llm: Any | None = None):
        self.index = index
        self.settings = settings
        self.extractive = ExtractiveAnswerer(index, settings.answer)
        self._llm = llm
        self.runnable: Runnable = (
            RunnableLambda(self._prepare, name="rewrite")
            | RunnableLambda(self._retrieve, name="retrieve")
            | RunnableLambda(self._answer, name="answer")
        )

    # ---------- steps ----------
    def _prepare(self, q: Question) -> dict[str, Any]:
        t0 = time.perf_counter()
        text = validate_question(q.question, self.settings)
        aq = analyze(text, q.history)
        if (q.answerer or self.settings.answer.answerer) == "llm" and aq.rewritten:
            aq = self._llm_answerer().condense(aq, q.history)
        return {"q": q, "aq": aq, "t0": t0}

    def _retrieve(self, state: dict[str, Any]) -> dict[str, Any]:
        t = time.perf_counter()
        aq: AnalyzedQuestion = state["aq"]
        k = max(state["q"].top_k or 0, self.settings.answer.context_chunks)
        state["hits"] = retrieve(self.index, aq.retrieval_query, k=k)
        state["retrieve_ms"] = (time.perf_counter() - t) * 1000
        return state

    def _answer(self, state: dict[str, Any]) -> Answer:
        t = time.perf_counter()
        q: Question = state["q"]
        aq: AnalyzedQuestion = state["aq"]
        hits: list[Hit] = state["hits"]
        answerer = q.answerer or self.settings.answer.answerer
        if answerer == "llm":
            answer = self._llm_answerer().answer(q, aq, hits, self._extractive_answer)
            if answer.notice:
                answer.answer = f"{answer.notice}\n{answer.answer}"
        else:
            answer = self._extractive_answer(q, aq, hits)
        answer.retrieved = [
            {
                "doc_id": h.doc_id,
                "start": h.start,
                "end": h.end,
                "score": h.score,
                "dense_score": h.dense_score,
                "keyword_score": h.keyword_score,
            }
            for h in hits
        ]
        answer.timings_ms = {
            "retrieve": round(state["retrieve_ms"], 2),
            "answer": round((time.perf_counter() - t) * 1000, 2),
            "total": round((time.perf_counter() - state["t0"]) * 1000, 2),
        }
        return answer

    def _extractive_answer(self, q: Question, aq: AnalyzedQuestion, hits: list[Hit]) -> Answer:
        ex: Extracted = self.extractive.answer(aq, hits)
        base = dict(
            id=q.id,
            question=q.question,
            question_type=aq.qtype,
            rewritten_question=aq.retrieval_query if aq.rewritten else None,
            answerer="extractive",
        )
        if ex.refused:
            related = [
                sentence_citation(self.index, n, s, None)
                for n, s in enumerate(ex.related[: self.settings.answer.related_passages], 1)
            ]
            return Answer(answer=render_refusal(related), refused=True, related=related, **base)
        citations = self.extractive.citations(ex)
        return Answer(
            answer=render_answer(ex.direct, citations),
            refused=False,
            citations=citations,
            direct_answer=ex.direct,
            **base,
        )

    def _llm_answerer(self):
        from assistant.answering.llm import LLMAnswerer

        if not isinstance(self._llm, LLMAnswerer):
            self._llm = LLMAnswerer(self.index, self.settings, chat_model=self._llm)
        return self._llm

    # ---------- entry points ----------
    def ask(self, question: str | Question, **kwargs: Any) -> Answer:
        q = question if isinstance(question, Question) else Question(question=question, **kwargs)
        self.index.sync()
        with self.index.reading(timeout=self.settings.server.busy_wait_s):
            return self.runnable.invoke(q)


def build_chain(
    settings: Settings, index: Index | None = None, llm: Any | None = None, warm: bool = True
) -> AnswerChain:
    """Open the index (unless given) and build the chain; ``warm`` loads models now, not
    on the first question."""
    index = index or Index(settings, must_exist=True)
    chain = AnswerChain(index, settings, llm=llm)
    if warm and index.chunk_count:
        chain.ask("示范区")
    return chain
