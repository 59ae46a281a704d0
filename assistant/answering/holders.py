"""Whose figure a unit states: the holder a question's place or zone must be.

A question naming a place or zone ("the park's GDP last year") is met by a unit whose
holder is that place: the unit's own words name it, its heading does, or its document is
about it and the unit names no other holder. A document's title names many things (a news
title: "Park X tops the ranking; 9 national zones of the province in the top 30"), so the
question's word found there does not make a unit about the class of zones ("national
zones' GDP reached 14 trillion") the park's figure. Pure functions; the words are data
(``class_holders`` in ``resources/subject_grammar.yaml``, the zone words of the document
grammar).
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.evidence import Sentence, Term
from assistant.answering.grammar import grammar
from assistant.ingest.grammar import grammar as document_grammar
from assistant.retrieval.subject import subject_grammar
from assistant.text import normalize

# A figure that is no year: the value a unit states. A class of zones named before it is
# the value's holder; one named after it is a comparison or a frame.
_FIGURE = re.compile(rf"\d+(?:\.\d+)?(?![\d.]|\s*{grammar().raw['dates']['year_suffix']})")
_BREAK = "，,。；;：:！？!?\n"


@lru_cache(maxsize=1)
def _zone_words() -> tuple[str, ...]:
    return tuple(sorted(document_grammar().zone_words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _class_pattern() -> re.Pattern[str]:
    g = subject_grammar()
    qualifiers = "|".join(map(re.escape, g.class_qualifiers))
    zones = "|".join(map(re.escape, (normalize(z) for z in _zone_words())))
    return re.compile(rf"(?:{qualifiers})[^{_BREAK}]{{0,{g.class_span}}}?(?:{zones})")


def names_zone(term: Term) -> bool:
    """Is the term a zone word, or the tail of one (the "park" of "industrial park")?"""
    forms = [f for f in (term.text, *term.variants) if len(f) >= 2]
    return any(z.endswith(f) or f.endswith(z) for f in forms for z in _zone_words())


def class_holder(text_norm: str) -> str | None:
    """The class of zones a unit states its value for ("national development zones"): named before the
    unit's first figure that is no year; None when it names none there."""
    m = _class_pattern().search(text_norm)
    # The class's own count ("143 zones of the province") is part of its name.
    if m is None or _FIGURE.search(text_norm, 0, m.start()):
        return None
    return m.group(0)


def other_holder(sent: Sentence, question_norm: str, holders: list[Term]) -> bool:
    """Does the unit state a class of zones' value while the question's place or zone
    (``holders``) is found only in its document's title or metadata, not in its own words,
    heading or frame?"""
    if not holders:
        return False
    head = " | ".join(sent.header)
    # A page's top heading that repeats its title is the title.
    headings = sent.headings.replace(sent.title, "") if sent.title else sent.headings
    own = normalize(f"{sent.frame}\n{headings}\n{sent.section}\n{sent.before}{head}\n{sent.text}")
    if all(t.found_in(own) for t in holders):
        return False
    holder = class_holder(normalize(sent.text))
    # A question about the class itself ("全国经开区…") is answered by it.
    return holder is not None and not _class_pattern().search(question_norm)
