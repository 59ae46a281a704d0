"""What the answerer makes of the document a question names (see
:mod:`assistant.retrieval.scope`): the words naming its place locate the document, not
the passage that answers."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answering.constraints import NAMED_POS
from assistant.answering.evidence import Sentence, Term
from assistant.answering.questions import AnalyzedQuestion
from assistant.index import Index
from assistant.ingest.grammar import grammar as document_grammar
from assistant.retrieval.derived import derived
from assistant.retrieval.scope import naming_words
from assistant.settings import AnswerSettings
from assistant.text import normalize

# The part of speech given to a term that names a place the documents are about.
PLACE_POS = "ns"
# Question types that ask for a name (a body, a document, a zone).
NAME_ASKING_TYPES = ("entity",)
# After a place's name inside a zone's name: up to two more characters of the place's
# name, then a zone word.
_PLACE_TAIL = 2
_ZONE_AFTER = re.compile(
    rf"\w{{0,{_PLACE_TAIL}}}?(?:{'|'.join(map(re.escape, document_grammar().zone_words))})"
)


def mark_naming(
    index: Index,
    settings: AnswerSettings,
    aq: AnalyzedQuestion,
    units: list[Sentence],
    terms: list[Term],
) -> None:
    """Mark the terms naming the region of a document read (``Term.locates``) and make
    them names: a constraint the unit's context must hold (the document's metadata holds
    its region). Changes ``terms`` in place."""
    if not settings.keep_to_named:
        return
    named = naming_words(index, aq.text, {u.doc_id for u in units}, [t.text for t in terms])
    question = normalize(aq.text)
    for t in terms:
        if t.text in named:
            # The name of a body or document of a place holds the place's name ("the
            # office of X zone"): when a name is asked for, the place is part of it; and a
            # place named as part of a zone's name names the zone asked about.
            t.locates = aq.qtype not in NAME_ASKING_TYPES and not in_zone_name(t.text, question)
            t.pos = t.pos if t.pos in NAMED_POS else PLACE_POS


def mark_regions(index: Index, terms: list[Term]) -> None:
    """Make names of the terms naming a place the documents are about (their metadata's
    region), whatever the tagger says: a name must hold in the evidence. Changes ``terms``
    in place."""
    # The tagger reads some cities' names as common nouns ("烟台").
    regions = document_regions(index)
    for t in terms:
        if t.text in regions and t.pos not in NAMED_POS:
            t.pos = PLACE_POS


def document_regions(index: Index) -> frozenset[str]:
    """The regions the documents' metadata names, read once per state of the documents:
    every question asks, and a library holds thousands of documents."""
    return derived(
        index,
        "metadata regions",
        lambda: frozenset(
            normalize(str(r))
            for d in index.documents.values()
            if (r := (d.metadata or {}).get("region"))
        ),
    )


def in_zone_name(word: str, question: str) -> bool:
    """Is every mention of the word in the question part of a zone's name (the place,
    a character or two of it more, then a zone word: "X economic development zone")?"""
    mentions = [m.end() for m in re.finditer(re.escape(word), question)]
    return bool(mentions) and all(_ZONE_AFTER.match(question, end) for end in mentions)


def ranking_terms(terms: list[Term]) -> list[Term]:
    """The terms that rank the units: those locating a document weigh nothing. Every unit
    of that document is about its place, so naming it adds nothing to the question about
    them: a unit repeating the name (a letterhead, a certificate's name) is no better an
    answer, and a unit's cover is what it would be had the question not named the place.
    Unless the place is all the question names: then it is what ranks the units."""
    if not any(t.locates for t in terms) or all(t.locates or t.weight <= 0 for t in terms):
        return terms
    return [replace(t, weight=0.0) if t.locates else t for t in terms]
