"""Rates against counts: a value stated per unit of something is not a count.

"A reward for each graduating firm" names one firm as the base of a rate, not how many
firms there are, and "at least four firms per thousand square metres" is a density, not
the number of firms an incubator must host. A question asking "how many firms" is answered
by a count no rate word governs; one asking "how many per thousand square metres" by a
value stated per something. Words are data in ``resources/rate_grammar.yaml`` (examples
there); functions without state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import yaml


@dataclass(frozen=True)
class RateGrammar:
    marker: re.Pattern[str]
    not_rates: re.Pattern[str]
    clause_mark: re.Pattern[str]
    base_gap: int
    asking: re.Pattern[str]


def _words(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@lru_cache(maxsize=1)
def rate_grammar() -> RateGrammar:
    raw = yaml.safe_load(
        files("assistant.resources").joinpath("rate_grammar.yaml").read_text(encoding="utf-8")
    )["rates"]
    return RateGrammar(
        marker=_words(raw["markers"]),
        not_rates=_words(raw["not_rates"]),
        clause_mark=re.compile(raw["clause_marks"]),
        base_gap=int(raw["base_gap"]),
        asking=re.compile("|".join(raw["asking_patterns"])),
    )


def says_rate(text: str) -> bool:
    """Does the text hold a rate word (not one of the words that only contain it)?"""
    g = rate_grammar()
    return g.marker.search(g.not_rates.sub(" ", text)) is not None


def asks_rate(question_norm: str) -> bool:
    """Does the question ask a value per something: a rate word, or one of a thing as its
    subject (one official, a single project)?"""
    return says_rate(question_norm) or rate_grammar().asking.search(question_norm) is not None


BASE = "base"
RATE = "rate"


def rate_role(text_norm: str, start: int) -> str | None:
    """What a rate word earlier in its clause makes of the value starting at ``start``: the
    rate's base (BASE: for each one firm), the value stated per it (RATE: four firms per
    thousand square metres), or None when no rate word governs it."""
    g = rate_grammar()
    marks = [m.end() for m in g.clause_mark.finditer(text_norm, 0, start)]
    clause_start = max(marks, default=0)
    clause = g.not_rates.sub(lambda m: " " * len(m.group(0)), text_norm[clause_start:start])
    words = list(g.marker.finditer(clause))
    if not words:
        return None
    return BASE if len(clause) - words[-1].end() <= g.base_gap else RATE


def states_as_asked(pattern: str, value: str, text_norm: str, question_norm: str) -> bool:
    """Does the text state a value (``value``, inside a match of ``pattern``) as the question
    asks it: stated per something when the question asks per something, else ungoverned?"""
    wanted = RATE if asks_rate(question_norm) else None
    ones = {m.group(0) for m in rate_grammar().asking.finditer(question_norm)}
    for m in re.finditer(pattern, text_norm):
        found = re.search(value, m.group(0))
        if not found:
            continue
        at = m.start() + found.start()
        role = rate_role(text_norm, at)
        if role == wanted or (wanted == RATE and role is None and _said_of(ones, text_norm, at)):
            return True
    return False


def _said_of(ones: set[str], text_norm: str, start: int) -> bool:
    """Is the value at ``start`` said of the same one thing the question asks per ("a single
    project's land is at most 300 mu" for "how many mu at most for a single project"): that
    subject earlier in its clause?"""
    marks = [m.end() for m in rate_grammar().clause_mark.finditer(text_norm, 0, start)]
    clause = text_norm[max(marks, default=0) : start]
    return any(one in clause for one in ones)
