"""Qualifiers a question puts on what it asks about, which the answering unit must share.

A question about the next meeting is not answered by the meeting a document reports; one
about a project's first phase not by its second; one about gazelle firms not by a list of
"quasi" gazelle firms. Words are data in ``resources/qualifier_grammar.yaml``; functions
without state, used by :func:`assistant.answering.constraints.rejection`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import yaml

from assistant.answering.evidence import dictionary_word
from assistant.text import normalize, words


@dataclass(frozen=True)
class QualifierGrammar:
    relative: tuple[tuple[str, ...], ...]
    phase: re.Pattern[str]
    first_forms: tuple[str, ...]
    ordinal_prefix: str
    digits: dict[str, int]
    phase_word: str
    amount: str
    prefixes: frozenset[str]
    prefix_window: int
    amount_units: tuple[tuple[str, ...], ...]


@lru_cache(maxsize=1)
def qualifier_raw() -> dict:
    """qualifier_grammar.yaml as written, for the modules reading word groups of their own."""
    return yaml.safe_load(
        files("assistant.resources").joinpath("qualifier_grammar.yaml").read_text(encoding="utf-8")
    )


@lru_cache(maxsize=1)
def qualifier_grammar() -> QualifierGrammar:
    raw = qualifier_raw()
    return QualifierGrammar(
        relative=tuple(tuple(forms) for forms in raw["relative_ordinals"]),
        phase=re.compile(raw["phase"]["pattern"]),
        first_forms=tuple(raw["phase"]["first_forms"]),
        ordinal_prefix=raw["phase"]["ordinal_prefix"],
        digits={c: i + 1 for i, c in enumerate(raw["phase"]["digits"])},
        phase_word=raw["phase"]["word"],
        amount=raw["amount_numeral"],
        prefixes=frozenset(raw["meaning_prefixes"]),
        prefix_window=int(raw["prefix_window"]),
        amount_units=tuple(tuple(f) for f in raw["amount_units"]),
    )


def asked_qualifiers(question: str) -> list[tuple[str, ...]]:
    """The relative ordinals (the next meeting) and phases (the first phase) the question
    names, each as the written forms any of which a unit may hold."""
    g = qualifier_grammar()
    q = normalize(question)
    out = [forms for forms in g.relative if any(f in q for f in forms)]
    for m in g.phase.finditer(q):
        digit = m.group(1)
        forms = [m.group(0), f"{g.ordinal_prefix}{m.group(0)}", f"{g.digits[digit]}{g.phase_word}"]
        if g.digits[digit] == 1:
            forms += g.first_forms
        out.append(tuple(forms))
    return out


def missing_qualifier(question: str, context_norm: str) -> bool:
    """Does the unit (with its context) hold none of the forms of a qualifier the question
    names?"""
    return any(not any(f in context_norm for f in forms) for forms in asked_qualifiers(question))


def _prefix_opens_word(text: str, at: int) -> bool:
    """Does the prefix character at ``at`` open a word (a "quasi" firm), rather than close
    one (the standard workshop)? Only a small window is segmented: the prefix is rare."""
    window = qualifier_grammar().prefix_window
    start = max(0, at - window)
    pos = start
    for w in words(text[start : at + window]):
        if pos == at:
            return True
        pos += len(w)
        if pos > at:
            # A modifier cut together with the prefix (an "executive deputy") still has it
            # open the word after: the prefix ends the segment, a word of its own before it.
            stem = w[: at - pos + len(w)]
            return pos == at + 1 and len(stem) >= MIN_PREFIXED_RUN and dictionary_word(stem)
    return False


def prefixed_run(question: str, own_norm: str) -> str | None:
    """The question's words the unit says only after a prefix that makes them another thing
    (quasi gazelle firms for a question about gazelle firms), or None. ``own_norm``: the unit with its
    own heading, not its document's title (a list of both kinds is titled by both)."""
    g = qualifier_grammar()
    for m in re.finditer("|".join(map(re.escape, g.prefixes)), own_norm):
        at = m.end()
        run = 0
        while at + run < len(own_norm) and own_norm[at : at + run + 1] in question:
            run += 1
        said = own_norm[at : at + run]
        if run < MIN_PREFIXED_RUN or f"{m.group(0)}{said}" in question:
            continue
        # The prefix changes the word it opens: that word said bare elsewhere in the unit
        # ("瞪羚企业和准瞪羚企业") is the question's.
        head = next(iter(words(said)), said)
        head = head if len(head) >= MIN_PREFIXED_RUN else said[:MIN_PREFIXED_RUN]
        if only_prefixed(head, own_norm) and _prefix_opens_word(own_norm, m.start()):
            return said
    return None


# A run of the question shorter than this after a prefix is chance, not a word it names.
MIN_PREFIXED_RUN = 2


def only_prefixed(form: str, text_norm: str) -> bool:
    """Is every mention of ``form`` in the text right after a prefix character?"""
    prefixes = qualifier_grammar().prefixes
    return all(
        at > 0 and text_norm[at - 1] in prefixes
        for at in (m.start() for m in re.finditer(re.escape(form), text_norm))
    )
