"""The answering chain: rewrite → retrieve → answer → check citations.

:class:`AnswerChain` is a LangChain runnable, built once per process from an index and
settings; the CLI, the web chat, the HTTP API and the evals all call it. It accepts a
question string, a ``{"question", "history"}`` mapping or a :class:`Question`, returns
an :class:`Answer`, and streams the answer text as it is composed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from typing import Any

from langchain_core.runnables import Runnable, RunnableConfig, RunnableLambda
from pydantic import BaseModel, RootModel

from assistant.answering.answer_parts import sentence_citation
from assistant.answering.extractive import RELATED_SHOWN, Extracted, ExtractiveAnswerer
from assistant.answering.llm import LLMAnswerer
from assistant.answering.models import Answer, Question
from assistant.answering.part_units import year_part_hits
from assistant.answering.questions import AnalyzedQuestion, analyze
from assistant.answering.refusal import assess_refusal
from assistant.answering.rendering import render_answer, render_refusal
from assistant.answering.units import gather_sentences
from assistant.index import FilterError, Hit, Index, parse_filter
from assistant.messages import msg
from assistant.retrieval import retrieve
from assistant.retrieval.diversity import with_other_documents
from assistant.retrieval.retriever import prime_query_embedder
from assistant.retrieval.scope import keep_to_named
from assistant.settings import Settings

logger = logging.getLogger(__name__)

ChainInput = RootModel[str | Question]


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


def to_question(value: str | Question | dict[str, Any]) -> Question:
    """The chain's input in any accepted form, as a :class:`Question`."""
    if isinstance(value, Question):
        return value
    if isinstance(value, str):
        return Question(question=value)
    if isinstance(value, dict):
        return Question.model_validate(value)
    raise QuestionError(msg("empty_question"))


class AnswerChain(Runnable[str | Question | dict, Answer]):
    """Holds the parts; the steps are a LangChain pipeline over them."""

    def __init__(self, index: Index, settings: Settings, llm: Any | None = None):
        self.index = index
        self.settings = settings
        self.extractive = ExtractiveAnswerer(index, settings.answer)
        self._llm = llm if isinstance(llm, LLMAnswerer) else None
        self._chat_model = None if isinstance(llm, LLMAnswerer) else llm
        self.pipeline: Runnable = (
            RunnableLambda(self._prepare, name="rewrite")
            | RunnableLambda(self._retrieve, name="retrieve")
            | RunnableLambda(self._answer, name="answer")
        )

    # ---------- the runnable's contract ----------
    @property
    def InputType(self) -> type:
        return str | Question

    @property
    def OutputType(self) -> type[Answer]:
        return Answer

    def get_input_schema(self, config: RunnableConfig | None = None) -> type[BaseModel]:
        return ChainInput

    def get_output_schema(self, config: RunnableConfig | None = None) -> type[BaseModel]:
        return Answer

    def invoke(
        self, input: str | Question | dict, config: RunnableConfig | None = None, **kwargs: Any
    ) -> Answer:
        q = to_question(input)
        try:
            parse_filter(q.filter)
        except FilterError as exc:
            raise QuestionError(msg("filter_invalid", reason=str(exc))) from exc
        self.index.sync()
        with self.index.reading(timeout=self.settings.server.busy_wait_s):
            return self.pipeline.invoke(q, config)

    def stream(
        self, input: str | Question | dict, config: RunnableConfig | None = None, **kwargs: Any
    ) -> Iterator[Answer]:
        """The answer as it grows: the direct answer first, then each quoted passage. Every
        item is a whole :class:`Answer` whose ``answer`` text extends the previous one's; the
        last is the complete answer. An LLM answer is only shown once it is checked."""
        answer = self.invoke(input, config, **kwargs)
        if answer.refused or answer.answerer != "extractive":
            yield answer
            return
        lines = answer.answer.split("\n")
        for n in range(1, len(lines)):
            if lines[n - 1].strip():
                yield answer.model_copy(update={"answer": "\n".join(lines[:n])})
        yield answer

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
        where = parse_filter(state["q"].filter)
        if self.settings.answer.keep_to_named:
            # Twice the chunks, so that the named document's passages fill the places of
            # the ruled-out documents' ones.
            hits = retrieve(self.index, aq.retrieval_query, k=2 * k, where=where)
            state["hits"] = keep_to_named(self.index, aq.retrieval_query, hits)
        else:
            state["hits"] = retrieve(self.index, aq.retrieval_query, k=2 * k, where=where)
        # One document filling every place would crowd out the one that answers.
        rs = self.settings.retrieval
        state["hits"] = with_other_documents(
            state["hits"], k, rs.context_documents, rs.context_document_share
        )
        # A part asking about a year of its own may be answered from that year's document.
        state["hits"] += year_part_hits(self.index, aq, state["hits"], where)
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
        failed = False
        try:
            ex: Extracted = self.extractive.answer(aq, hits)
        except Exception:
            # A fault in reading the passages must not cost the user the passages: they are
            # shown as the nearest ones, and the fault goes to the log for us to fix.
            logger.exception("extractive answerer failed on question %r", q.question)
            shown = gather_sentences(self.index, hits[: self.settings.answer.context_chunks])
            ex, failed = Extracted(refused=True, related=shown[:RELATED_SHOWN]), True
        base = {
            "id": q.id,
            "question": q.question,
            "question_type": aq.qtype,
            "rewritten_question": aq.retrieval_query if aq.rewritten else None,
            "answerer": "extractive",
        }
        if ex.refused:
            related = [
                sentence_citation(self.index, n, s, None)
                for n, s in enumerate(ex.related[: self.settings.answer.related_passages], 1)
            ]
            # The nearest passages stay in the text (the web page hides unrelated ones); the
            # refusal also says what the assistant covers.
            note = assess_refusal(list(self.index.documents.values()), hits, self.settings.refusal)
            text = f"{render_refusal(related)}\n{note.scope}"
            notice = msg("answer_failed") if failed else None
            text = f"{notice}\n{text}" if notice else text
            return Answer(answer=text, refused=True, related=related, notice=notice, **base)
        citations = self.extractive.citations(ex)
        direct = ex.direct
        if not ex.inline_markers:
            direct = direct + "".join(f"[{c.n}]" for c in citations)
        return Answer(
            answer=render_answer(direct, citations, markers=False),
            refused=False,
            citations=citations,
            direct_answer=direct,
            **base,
        )

    def _llm_answerer(self) -> LLMAnswerer:
        if self._llm is None:
            self._llm = LLMAnswerer(self.index, self.settings, chat_model=self._chat_model)
        return self._llm

    # ---------- entry points ----------
    def ask(self, question: str | Question, **kwargs: Any) -> Answer:
        q = question if isinstance(question, Question) else Question(question=question, **kwargs)
        return self.invoke(q)


def build_chain(
    settings: Settings, index: Index | None = None, llm: Any | None = None, warm: bool = True
) -> AnswerChain:
    """Open the index (unless given) and build the chain; ``warm`` loads models now, not
    on the first question."""
    index = index or Index(settings, must_exist=True)
    chain = AnswerChain(index, settings, llm=llm)
    if warm and index.chunk_count:
        prime_query_embedder(index)
        chain.ask(msg("warm_up_question"))
    return chain
