"""Constraints a question sets that hold only in the right document: the zone it names,
the year it asks about. Each takes a unit and says whether the unit speaks of something
else; :func:`assistant.answering.constraints.rejection` applies them.

Only positive evidence of another thing rejects a unit: a unit that names no zone or no
year at all is left to the other rules. No Chinese here; the words are the document
grammar's zone words and the question grammar's year pattern. Examples:
tests/test_holding.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.column_years import other_year_columns
from assistant.answering.evidence import Sentence, Term
from assistant.answering.grammar import grammar
from assistant.ingest.grammar import grammar as document_grammar
from assistant.text import normalize

_G = grammar()
_ADMIN = "[" + "".join(_G.raw["admin_suffixes"]) + "]?"
_YEAR_SUFFIX = _G.raw["dates"]["year_suffix"]
# Characters allowed between a place's name and a zone word in a zone's name: the rest of
# the place's name ("X" for "X city", a district's second character).
ZONE_NAME_GAP = 2


@lru_cache(maxsize=1)
def _zone_words() -> tuple[str, ...]:
    return tuple(sorted(document_grammar().zone_words, key=len, reverse=True))


def _forms(term: Term) -> tuple[str, ...]:
    return tuple(sorted((term.text, *term.variants), key=len, reverse=True))


@lru_cache(maxsize=4096)
def _follows(kind: str, rest: str) -> bool:
    """Does ``rest`` open with the zone word ``kind``, an administrative level allowed
    before it?"""
    return re.match(rf"{_ADMIN}{re.escape(kind)}", rest) is not None


def asked_zones(question: str, terms: list[Term]) -> list[tuple[Term, Term]]:
    """The zones the question names: a place followed right away by a zone word
    ("X economic development zone"), as (place term, zone term)."""
    zones = set(_zone_words())
    out = []
    for place in terms:
        if not place.primary or place.pos not in ("ns", "nt", "nz", "nr"):
            continue
        at = question.find(place.text)
        while at >= 0:
            rest = question[at + len(place.text) :]
            kind = next(
                (
                    k
                    for k in terms
                    if k is not place
                    and any(f in zones for f in (k.text, *k.variants))
                    and _follows(k.text, rest)
                ),
                None,
            )
            if kind is not None:
                out.append((place, kind))
                break
            at = question.find(place.text, at + 1)
    return out


@lru_cache(maxsize=1024)
def _zone_patterns(
    places: tuple[str, ...], kinds: tuple[str, ...]
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The asked zone's name, and any zone's name of the same place."""
    names = "|".join(map(re.escape, places))
    asked = re.compile(rf"(?:{names}){_ADMIN}(?:{'|'.join(map(re.escape, kinds))})")
    zone_alt = "|".join(map(re.escape, _zone_words()))
    return asked, re.compile(rf"(?:{names})\w{{0,{ZONE_NAME_GAP}}}?({zone_alt})")


def other_zone(sent: Sentence, question: str, terms: list[Term]) -> bool:
    """Does the unit's context name another zone of the place the question names, and
    never the one asked about ("X high-tech zone" for a question on "X development zone")?
    A zone word holding the asked one, or held by it, is the same kind of zone (a
    "development zone" in a city's "economic and technological development zone")."""
    ctx = sent.context_norm
    zones = [
        (kinds, *_zone_patterns(_forms(place), kinds))
        for place, kind in asked_zones(question, terms)
        for kinds in [_forms(kind)]
    ]
    # A unit naming any zone the question asks about is about the question: a comparison
    # asks about two zones, which may be of one place.
    if any(asked.search(ctx) for _, asked, _ in zones):
        return False
    for kinds, _, other in zones:
        for m in other.finditer(ctx):
            word = m.group(1)
            if not any(k in word or word in k for k in kinds):
                return True
    return False


def stated_years(text: str) -> set[str]:
    return set(_G.stated_year.findall(normalize(text)))


def year_elsewhere(sent: Sentence, years: set[str]) -> bool:
    """Is a year the question asks about found only in the document's date, while its
    title states other years? The title says what period the document reports on; the
    date it was issued (often the next year) is not a year of its figures."""
    if not years:
        return False
    if other_year_columns(sent, years):  # a row of year columns, none the asked year
        return True
    titled = stated_years(sent.title)
    if not titled or titled & years:
        return False
    head = " | ".join(sent.header)
    said = normalize(f"{sent.headings}\n{sent.section}\n{sent.before}{head}\n{sent.text}")
    return not any(y in said for y in years)


def asked_years(numbers: list[str]) -> set[str]:
    """The numbers of a question that it names as years (followed by the year word)."""
    return {n for n in numbers if _G.stated_year.fullmatch(n + _YEAR_SUFFIX)}


_CLAUSE_ENDS = re.compile(r"(?<=[,，;；])")


def asked_year_parts(clause: str, question: str) -> str:
    """The clause without its parts about another year than the one the question names
    ("the 2024 project is complete, 2025 has none": a question on 2024 is not denied by
    the 2025 part); the clause itself when the question names no year or no part is left."""
    asked = set(_G.stated_year.findall(normalize(question)))
    if not asked:
        return clause
    parts = _CLAUSE_ENDS.split(clause)
    kept = [p for p in parts if not (y := set(_G.stated_year.findall(p))) or y & asked]
    return "".join(kept) if kept else clause


# Characters allowed between a base year and its closer: a part of the year (its end).
BASE_CLOSER_REACH = 6


def _alternation(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


_BASE_MARKERS = _alternation(_G.raw["dates"]["base_markers"])
_BASE_JOINERS = _alternation(_G.raw["dates"]["base_joiners"])
_BASE_CLOSERS = _alternation(_G.raw["dates"]["base_closers"])


def said_as_base(year: str, text_norm: str) -> bool:
    """Does the text name ``year`` as the base a change is measured from ("how many more
    than at the end of 2024")? A comparison marker right before the year makes it one, or
    a joiner before it with a closer a few characters after it (question_grammar.yaml
    ``dates``: ``base_markers``, ``base_joiners``, ``base_closers``)."""
    y = re.escape(year + _YEAR_SUFFIX)
    marked = rf"(?:{_BASE_MARKERS})\s*{y}"
    joined = (
        rf"(?:{_BASE_JOINERS})\s*{y}[^，,。；;：:？?！!]{{0,{BASE_CLOSER_REACH}}}?"
        rf"(?:{_BASE_CLOSERS})"
    )
    return re.search(f"{marked}|{joined}", text_norm) is not None


def base_years(years: set[str], question_norm: str, unit_norm: str) -> set[str]:
    """The years of ``years`` that the question and the unit both name as the base of a
    change: not the year asked about, so a unit opening with its own later year answers."""
    return {y for y in years if said_as_base(y, question_norm) and said_as_base(y, unit_norm)}
