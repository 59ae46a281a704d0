"""The question's rarest terms: what a unit must hold to be about the question at all.

Rarity is a term's idf over the library, so two words the library writes in the same
number of documents are equally rare. Picking one of them by list order would reject every
unit that holds only the other, though it tells the unit's subject just as well.
"""

from __future__ import annotations

from collections.abc import Iterable

from assistant.answering.evidence import Term
from assistant.answering.measures import states_named_bound

# Terms whose idf is within this much of the rarest one's count as equally rare. Small
# (under the idf step of one more document even in a large library, ~0.001 at 1000
# documents) so that only true ties are widened: a larger margin would let a unit holding
# a merely common word pass for one about the question.
RAREST_TIE_MARGIN = 1e-6


def rarest_terms(terms: Iterable[Term]) -> list[Term]:
    """The terms tied for the highest idf (within RAREST_TIE_MARGIN), in the question's
    order; empty for none."""
    terms = list(terms)
    if not terms:
        return []
    top = max(t.idf for t in terms)
    return [t for t in terms if t.idf >= top - RAREST_TIE_MARGIN]


def holds_rarest(terms: Iterable[Term], text: str, claim_follows: bool = False) -> bool:
    """Does the (normalized) text hold one of the rarest terms? True when there are none.
    ``claim_follows``: the question names its subject and then the claim it checks (a yes/no
    question, "X grew, didn't it?"); of tied terms the first said belongs to the subject,
    and the rest may be the claim, which a unit may contradict in other words (fell for
    grew), so only the first tells the unit is about the question."""
    rarest = rarest_terms(terms)
    if claim_follows:
        rarest = rarest[:1]
    return not rarest or any(t.found_in(text) for t in rarest)


def holds_all_rarest(terms: Iterable[Term], text: str) -> bool:
    """Does a broad (normalized) text, a whole document or table, hold every one of the
    rarest terms? A broad text says many words, so one of several equally rare words found
    somewhere in it tells little; a single answering unit (holds_rarest) says few. A
    threshold noun is held by a text stating its bound, which seldom names the noun."""
    return all(t.found_in(text) or states_named_bound(t.text, text) for t in rarest_terms(terms))
