"""Q&A documents (question and answer markers): a question line stands for its answer, and
an answer's own yes or no — the short verdict ("Yes.", "No need to file again.") it gives
before its reason — is found for a unit that is a later sentence of that answer."""

from __future__ import annotations

import re

from assistant.answering.evidence import Sentence
from assistant.answering.extraction import line_span, qa_answer
from assistant.answering.grammar import grammar
from assistant.answering.questions import key_phrase
from assistant.text import normalize

_G = grammar()
# A Q&A answer's sentence this short, before its explanation, may be its verdict.
VERDICT_CHARS = 12
_SENTENCE_END = re.compile(r"[。；;]")


def qa_unit(doc_text: str, sent: Sentence) -> Sentence:
    """A Q&A question line stands for its answer: the answer is what is quoted, read with
    its question as context and frame."""
    span = qa_answer(doc_text, sent)
    if span is None:
        return sent
    s, e = span
    before = doc_text[sent.start : sent.end] + "\n"
    return Sentence(
        sent.doc_id,
        sent.title,
        sent.section,
        s,
        e,
        doc_text[s:e],
        sent.rank,
        before,
        meta=sent.meta,
        frame=before,
    )


def _asks_line(doc_text: str, s: int, e: int) -> bool:
    """Is the line a Q&A question: a question marker, or a line ending with a question mark."""
    return bool(_G.qa_question.match(doc_text, s, e)) or doc_text[s:e].endswith(("？", "?"))


def qa_verdict(doc_text: str, sent: Sentence, question: str) -> tuple[int, int] | None:
    """A Q&A answer's short verdict ("Yes.", "No.", "No need to file again.") among the
    sentences before the unit in that answer: the answer's yes or no to its question,
    which the rest explains. A verdict is a bare modal word, negated or not, or a short
    sentence repeating a run of the question's words with no number (so that an opening
    like "There are three main changes." or "Deputy Director X answered." is not read as one)."""
    ls, le = line_span(doc_text, sent.start)
    m = _G.qa_answer.match(doc_text, ls, le)
    if m is None:
        ps, pe = line_span(doc_text, max(ls - 1, 0))
        while ps > 0 and pe <= ps:
            ps, pe = line_span(doc_text, ps - 1)
        if ps >= ls or not _asks_line(doc_text, ps, pe):
            return None
    start = m.end() if m else ls
    while (
        stop := _SENTENCE_END.search(doc_text, start, le)
    ) is not None and stop.end() <= sent.start:
        said = doc_text[start : stop.end()].strip()
        if _G.verdict.fullmatch(normalize(said).rstrip("。；;")) or (
            len(said) <= VERDICT_CHARS
            and not any(ch.isdigit() or ch in _G.digits or ch in _G.places for ch in said)
            and phrase_bonus_run(question, said)
        ):
            return stop.end() - len(doc_text[start : stop.end()].lstrip()), stop.end()
        start = stop.end()
    return None


def phrase_bonus_run(question: str, text: str) -> bool:
    """Does the text repeat a run of at least two characters of the question's words?"""
    norm = normalize(text)
    phrase = key_phrase(question)
    return any(seg[i : i + 2] in norm for seg in phrase.split() for i in range(len(seg) - 1))
