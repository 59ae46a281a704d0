"""Whether an earlier rule is still in force, answered from the later rule that repeals it.

A revised measure ends with its own commencement and the repeal of the one it replaces
("this measure takes effect on …; the measure No. … is repealed at the same time"). The
earlier rule's text only says when it took effect, which reads as if it still held. So a
yes/no question asking whether a rule the question names (by year, or as the earlier
version) is still valid is answered "no" from a retrieved document's sentence that repeals
it, naming it by its full title in book-title marks or by its document number. The rule
that repeals, when it is the one asked, holds (unless its metadata says it expired): "yes"
with its commencement, not a "no" read off the word "repealed" in its own last article.
No such sentence, no answer here: the other readers decide. Words: ``version_grammar.yaml``
(groups ``validity_asking``, ``repealing``, ``commencing``); examples in tests/test_repeals.py.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from assistant.answering.answer_parts import as_sentence
from assistant.answering.composing import Context
from assistant.answering.evidence import Sentence
from assistant.answering.headings import heading_path
from assistant.messages import msg
from assistant.retrieval.subject import QuestionCues, years_named
from assistant.retrieval.versions_asked import version_grammar
from assistant.text import normalize, sentence_spans

logger = logging.getLogger(__name__)

# Book-title marks around a cited rule's title, as normalisation leaves them.
_TITLE_MARKS = ("《", "》")


@dataclass(frozen=True)
class RepealWords:
    asking: tuple[str, ...]
    repealing: tuple[str, ...]
    commencing: tuple[str, ...]


@lru_cache(maxsize=1)
def repeal_words() -> RepealWords:
    raw = version_grammar()
    return RepealWords(
        asking=tuple(normalize(w) for w in raw["validity_asking"]),
        repealing=tuple(normalize(w) for w in raw["repealing"]),
        commencing=tuple(normalize(w) for w in raw["commencing"]),
    )


def asks_validity(question: str) -> bool:
    """Does the question ask whether a rule is still in force?"""
    norm = normalize(question)
    return any(w in norm for w in repeal_words().asking)


def repealing_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of a text that repeal a rule."""
    words = repeal_words().repealing
    return [
        (s, e) for s, e in sentence_spans(text) if any(w in normalize(text[s:e]) for w in words)
    ]


def cites(statement: str, title: str, doc_number: str | None) -> bool:
    """Does a statement name this rule: its whole title in book-title marks (not a longer
    title that contains it, such as its revised edition's), or its document number?"""
    norm = normalize(statement)
    if title and f"{_TITLE_MARKS[0]}{normalize(title)}{_TITLE_MARKS[1]}" in norm:
        return True
    return bool(doc_number) and normalize(doc_number) in norm


def _years(doc) -> set[int]:
    meta = doc.metadata or {}
    years = set(years_named(doc.title))
    date = str(meta.get("date") or "")
    if date[:4].isdigit():
        years.add(int(date[:4]))
    return years


def _named(doc, cues: QuestionCues) -> bool:
    """Does the question point at this document: by a year of its title or date, or, naming
    no year, by asking the earlier version?"""
    if cues.years:
        return bool(cues.years & _years(doc))
    return cues.version == "older"


def _in_force(doc, today: date) -> bool:
    """Does the document's metadata say it holds today (taken effect, not expired)?"""
    meta = doc.metadata or {}
    start, until = str(meta.get("effective_from") or ""), str(meta.get("valid_until") or "")
    return (not start or start <= today.isoformat()) and (not until or until >= today.isoformat())


def _commencement(doc, at: int) -> tuple[int, int] | None:
    """The sentence just before ``at`` on its line, when it says since when the rule holds."""
    line_start = doc.text.rfind("\n", 0, at) + 1
    spans = [(s, e) for s, e in sentence_spans(doc.text, line_start, at) if e <= at]
    if not spans:
        return None
    s, e = spans[-1]
    return (s, e) if any(w in normalize(doc.text[s:e]) for w in repeal_words().commencing) else None


def _unit(doc, s: int, e: int) -> Sentence:
    section = heading_path(doc.sections, s).rsplit("\n", 1)[-1]
    return Sentence(doc.doc_id, doc.title, section, s, e, doc.text[s:e], 0)


def _holding(asked, docs) -> tuple[str, list] | None:
    """ "Yes" for a rule the question names that repeals another retrieved rule (so it is
    the later version), is repealed by none of them and holds by its metadata: its
    commencement and the repeal say so."""
    if not _in_force(asked, date.today()):
        return None
    for s, e in repealing_spans(asked.text):
        statement = asked.text[s:e]
        for other in docs:
            number = (other.metadata or {}).get("doc_number")
            if other.doc_id == asked.doc_id or not cites(statement, other.title, number):
                continue
            if any(w in normalize(statement) for w in repeal_words().commencing):
                span = (s, e)  # one sentence takes effect and repeals
            elif (start := _commencement(asked, s)) is not None:
                span = (start[0], e)
            else:
                return None
            said = as_sentence(asked.text[span[0] : span[1]])
            return msg("answer_yes") + said, [(_unit(asked, *span), None)]
    return None


def _citing(index, old, number: str | None, seen: set[str]) -> list:
    """The library's other documents that name a rule by its title or number: a later
    version repealing it is seldom retrieved by a question worded on the rule asked about."""
    marks = [f"{_TITLE_MARKS[0]}{old.title}{_TITLE_MARKS[1]}"] if old.title else []
    marks += [number] if number else []
    return [
        d
        for d in index.documents.values()
        if d.doc_id not in seen and d.doc_id != old.doc_id and any(m in d.text for m in marks)
    ]


def repeal_answer(index, ctx: Context):
    """(direct answer, quotes): "no" with the sentence repealing the rule the question asks
    about; None when the question asks no such thing or no retrieved document repeals it."""
    if ctx.aq.qtype != "yesno" or not asks_validity(ctx.aq.text):
        return None
    cues = QuestionCues.of(ctx.aq.text)
    doc_ids = list(dict.fromkeys(s.doc_id for s in ctx.sentences))
    docs = [d for d in (index.document(i) for i in doc_ids) if d is not None]
    named = [d for d in docs if _named(d, cues)]
    for old in named:
        number = (old.metadata or {}).get("doc_number")
        for new in docs + _citing(index, old, number, {d.doc_id for d in docs}):
            if new.doc_id == old.doc_id:
                continue
            for s, e in repealing_spans(new.text):
                if cites(new.text[s:e], old.title, number):
                    logger.debug("%s repealed by %s", old.doc_id, new.doc_id)
                    return msg("answer_no") + as_sentence(new.text[s:e]), [(_unit(new, s, e), None)]
    # None of the named rules is repealed: a named one repealing another holds.
    for asked in named:
        if (found := _holding(asked, docs)) is not None:
            return found
    return None
