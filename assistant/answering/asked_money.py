"""Money asked by its plain name (the money word right after the asking word) is not
answered by a unit whose every figure is a count (of lines, of people): such a unit states
no money. A unit stating a share may still state the money's rule, so it is kept.

Words are data in ``resources/qualifier_grammar.yaml`` (``money_words``, the yuan family of
``amount_units``); examples in tests/test_asked_money.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.evidence import Sentence
from assistant.answering.extraction import NUMBER, pattern_hit
from assistant.answering.grammar import grammar
from assistant.answering.qualifiers import qualifier_grammar, qualifier_raw
from assistant.answering.stated_changes import other_kind_blanked
from assistant.answering.units import CLAUSE_SPLIT
from assistant.text import FIGURE, normalize


def _money_words() -> tuple[str, ...]:
    return tuple(sorted(qualifier_raw()["money_words"], key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[
    tuple[str, ...], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]
]:
    """Compiled once: the granting verbs, the question end after them, a yuan amount, a
    yuan unit, a figure's count classifier (maybe after a multiplier)."""
    raw, g = qualifier_raw(), qualifier_grammar()
    yuan = "|".join(map(re.escape, g.amount_units[0]))
    classifiers = "|".join(map(re.escape, sorted(raw["count_classifiers"], key=len, reverse=True)))
    times = "|".join(map(re.escape, raw["count_multipliers"]))
    return (
        tuple(raw["money_verbs"]),
        re.compile(raw["money_question_end"]),
        re.compile(f"{g.amount}(?:{yuan})"),
        re.compile(f"(?:{yuan})"),
        re.compile(f"(?:{times})?(?:{classifiers})"),
    )


def asks_money(question: str) -> bool:
    """Does the question ask an amount of money: by that name right after its asking word,
    or by the verb of granting it right before an asking word that ends the question?"""
    norm = normalize(question)
    verbs, end = _patterns()[:2]
    return any(
        any(norm.startswith(w, m.end()) for w in _money_words())
        or (norm[: m.start()].endswith(verbs) and end.match(norm, m.end()) is not None)
        for m in grammar().how_many.finditer(norm)
    )


def counts_only(sent: Sentence) -> bool:
    """Does the unit state figures, each a count (a figure and a count classifier), and no
    amount in yuan, neither in its text nor (a table row) under a caption or header naming
    yuan as its unit? Years and dates are no figures of it."""
    *_, amount, yuan, counted = _patterns()
    if amount.search(sent.norm):
        return False
    if sent.cells and yuan.search(sent.frame_norm) is not None:
        return False
    # A change or a share ("增长10%") is no money either: only the figures left count.
    text = other_kind_blanked("", grammar().not_amount.sub(" ", sent.norm))
    figures = list(FIGURE.finditer(text))
    return bool(figures) and all(counted.match(text, m.end()) for m in figures)


# A share is the money's rule ("50% of the actual spending"); a figure with a multiplier
# (ten thousand, a hundred million) is an amount whose yuan is said before it.
_SHARE_OR_SCALED = re.compile(qualifier_raw()["money_share_or_scaled"])
_PERCENT_WORDS = grammar().raw["numerals"]["percent_words"]


def states_money(text: str) -> bool:
    """Does an answer state money, or a figure that may be money: an amount in yuan, a yuan
    unit with a figure (a row's column may name the unit), a figure with a multiplier, a
    share (the money's rule), or any other figure but a date, a year, an ordinal or a list
    item's number? An answer stating only those does not answer "how much money"."""
    norm = normalize(text)
    amount, yuan = _patterns()[2:4]
    if amount.search(norm) or (yuan.search(norm) and any(ch.isdigit() for ch in norm)):
        return True
    if _SHARE_OR_SCALED.search(norm) is not None or _PERCENT_WORDS in norm:
        return True
    undated = grammar().date.sub(" ", norm)
    return any(pattern_hit(NUMBER, clause) for clause in CLAUSE_SPLIT.split(undated))
