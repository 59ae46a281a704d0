"""Definitions: the unit that defines the term a "what is X / what does X mean" question
asks about.

A document defines a term with a small set of constructions (X "refers to" ..., "as used
in these measures, X means" ..., "so-called X is" ..., "hereinafter X", a glossary line
"X: ..."); they live in ``question_grammar.yaml`` (``definitions.constructions``) with
``{term}`` for the term, and tests/test_list_layouts.py shows each with examples.
Pure functions; no state.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.answer_parts import as_sentence
from assistant.answering.evidence import Sentence, Term, coverage
from assistant.answering.grammar import grammar
from assistant.answering.polarity import opposite_case
from assistant.answering.questions import AnalyzedQuestion, key_phrase
from assistant.index import Index
from assistant.text import normalize

_G = grammar()
# A defined term shorter than this is a fragment (one character), not what is asked about.
MIN_TERM_CHARS = 2
# Among covering units, one that defines the asked term is taken when its score is within
# this of the best unit's: a definition in a far weaker unit (another document's passing
# use of the word) does not beat a unit that answers the question's other words as well.
DEFINITION_MARGIN = 0.35
# Share of the question's nouns (by weight) the defining unit must name itself or in its
# frame: the definition of the term in the document the question is about, not another's.
DEFINITION_FRAME_SHARE = 0.75
_SCOPE_ASKING = re.compile(
    "|".join(re.escape(w) for w in _G.raw["definitions"]["scope_asking"]) or "(?!)"
)


@lru_cache(maxsize=256)
def _constructions(term: str) -> tuple[re.Pattern[str], ...]:
    quoted = re.escape(term)
    return tuple(
        re.compile(p.replace("{term}", quoted), re.MULTILINE)
        for p in _G.raw["definitions"]["constructions"]
    )


def defined_terms(question: str, terms: list[Term]) -> list[str]:
    """The phrases a definition question may be asking about, longest first: the pieces of
    its key phrase and its own content terms (with their synonyms)."""
    found = {p for p in key_phrase(question).split() if len(p) >= MIN_TERM_CHARS}
    for t in terms:
        if t.primary and t.is_content:
            found.update(f for f in (t.text, *t.variants) if len(f) >= MIN_TERM_CHARS)
    return sorted(found, key=len, reverse=True)


def defines(text_norm: str, term: str) -> bool:
    """Does a unit's (normalized) text define ``term`` with one of the constructions?
    Every construction holds the term itself, so a text without it is not compiled for."""
    return term in text_norm and any(p.search(text_norm) for p in _constructions(term))


def asks_definition(aq: AnalyzedQuestion) -> bool:
    """A definition question, or a list question asking what a term covers (which things
    X refers to)."""
    if aq.qtype == "definition":
        return True
    return aq.qtype == "list" and _SCOPE_ASKING.search(normalize(aq.text)) is not None


def defining_unit(
    aq: AnalyzedQuestion, terms: list[Term], scored: list[tuple[Sentence, float]]
) -> Sentence | None:
    """The best-scored unit that defines one of the question's terms (longer terms first):
    within :data:`DEFINITION_MARGIN` of the best unit, and naming the question's other
    nouns itself or in its frame (title, heading); not a unit about the opposite case of
    the question's ("if complete" asked "if incomplete"), whose "that is" reads like a
    definition.
    None when the question asks no definition or no unit defines its term."""
    if not scored or not asks_definition(aq):
        return None
    nouns = [t for t in terms if t.primary and t.known and t.is_content]
    floor = scored[0][1] - DEFINITION_MARGIN
    question = normalize(aq.text)
    near = [
        s
        for s, sc in scored
        if sc >= floor
        and (not nouns or coverage(nouns, s.frame_norm) >= DEFINITION_FRAME_SHARE)
        and not opposite_case(question, s.norm)
    ]
    for term in defined_terms(aq.text, terms):
        for sent in near:
            if defines(sent.norm, term):
                return sent
    # The question may say the term shortened ("R&D post-subsidy" for "R&D investment
    # post-subsidy"): a unit defining the full term answers it.
    phrases = [p for p in key_phrase(aq.text).split() if len(p) >= 2 * MIN_KEPT_CHARS]
    for sent in near:
        if defines_contracted(sent.norm, phrases):
            return sent
    return None


# A shortened term drops one run of characters from inside the full one (its middle
# word); both ends it keeps are at least this long, so that one shared character at an end
# is no match.
MIN_KEPT_CHARS = 2
# A defined term runs at most this long.
MAX_TERM_CHARS = 16


def contracts(short: str, full: str) -> bool:
    """Is ``short`` the word ``full`` with one run of characters dropped from inside it,
    keeping at least MIN_KEPT_CHARS at each end?"""
    if len(full) <= len(short):
        return False
    return any(
        full.startswith(short[:a]) and full.endswith(short[a:])
        for a in range(MIN_KEPT_CHARS, len(short) - MIN_KEPT_CHARS + 1)
    )


@lru_cache(maxsize=1)
def _any_term_constructions() -> tuple[re.Pattern[str], ...]:
    term = f"(?P<full>[\\u4e00-\\u9fff]{{{2 * MIN_KEPT_CHARS},{MAX_TERM_CHARS}}})"
    return tuple(
        re.compile(p.replace("{term}", term), re.MULTILINE)
        for p in _G.raw["definitions"]["constructions"]
    )


def defines_contracted(text_norm: str, phrases: list[str]) -> bool:
    """Does a unit define a term that the end of one of the question's phrases shortens
    (:func:`contracts`)?"""
    for pattern in _any_term_constructions():
        for m in pattern.finditer(text_norm):
            full = m.group("full")
            tails = [full[k:] for k in range(len(full) - 2 * MIN_KEPT_CHARS)]
            ends = [p[j:] for p in phrases for j in range(len(p) - 2 * MIN_KEPT_CHARS + 1)]
            if any(contracts(end, tail) for tail in tails for end in ends):
                return True
    return False


# A unit that only restates what the question names: an item of a list of names ("X Co.
# (South Park)") matched by "which list is X on?" says nothing the question does not; what
# it asks is the heading the item sits under (the category). A unit saying more answers
# with its own text.
# A bracketed gloss after a name (its park, its district) adds no answer to it.
_GLOSS = re.compile(r"[（(][^（()）]*[)）]")


def restates(unit: Sentence, question: str) -> bool:
    """Is the unit's text, without its bracketed glosses, all said in the question?"""
    core = _GLOSS.sub("", normalize(unit.text)).strip("。；;，, ")
    return bool(core) and core in normalize(question)


def own_or_heading(index: Index, best: Sentence, question: str):
    """(direct answer, quotes, inline markers): the unit's own text, or, when it only
    restates the question, the heading it sits under (quoted where the document has it)."""
    doc_text = index.document(best.doc_id).text
    head = doc_text.rfind(best.section, 0, best.start) if best.section else -1
    if not best.cells and head >= 0 and restates(best, question):
        end = head + len(best.section)
        unit = Sentence(
            best.doc_id, best.title, best.section, head, end, doc_text[head:end], best.rank
        )
        return as_sentence(best.section), [(unit, None)], False
    return best.text, [(best, None)], False
