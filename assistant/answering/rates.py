"""Rates against counts: a value stated per unit of something is not a count.

"每培育1家毕业企业…给予5万元" states a reward for each firm, not how many firms there are,
and "每千平方米…不少于4家" a density, not the number of firms an incubator must host. A
question asking "how many firms" is answered by a count no rate word governs; one asking
"how many per thousand square metres" by a value one does. Words are data in
``resources/rate_grammar.yaml``; functions without state.
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
    )


def says_rate(text: str) -> bool:
    """Does the text hold a rate word (not one of the words that only contain it)?"""
    g = rate_grammar()
    return g.marker.search(g.not_rates.sub(" ", text)) is not None


def rate_governed(text_norm: str, end: int) -> bool:
    """Is the value ending at ``end`` stated per something: a rate word earlier in its
    clause ("每千平方米平均在孵企业不少于4家")?"""
    marks = [m.end() for m in rate_grammar().clause_mark.finditer(text_norm, 0, end)]
    return says_rate(text_norm[max(marks, default=0) : end])


def states_as_asked(pattern: str, text_norm: str, question_norm: str) -> bool:
    """Does the text state a value matching ``pattern`` as the question asks it: governed
    by a rate word when the question asks per something, by none when it does not?"""
    rate = says_rate(question_norm)
    return any(rate_governed(text_norm, m.end()) == rate for m in re.finditer(pattern, text_norm))
