"""Yes/no on a threshold the question names ("has the share exceeded 80%?") against the
value a clause states."""

from __future__ import annotations

from assistant.answering.answer_parts import amount, unit_of
from assistant.answering.evidence import Term
from assistant.answering.extraction import nearest_value
from assistant.answering.grammar import grammar
from assistant.answering.stated_bounds import RELATIONS, beyond_bound, relation_before
from assistant.answering.stated_values import measured_value
from assistant.text import normalize

_G = grammar()


def threshold_verdict(question: str, clause: str, terms: list[Term]) -> bool | None:
    """A threshold question ("has the tax share exceeded 80%?") against a clause ("the tax
    share reached 82.4%"): the clause's value of the threshold's unit nearest the question's
    nouns, compared as the question's word asks. None when the question names no threshold or the clause states no such value."""
    for m in _G.number.finditer(question):
        relation, word = next(
            ((k, w) for k, p in _G.thresholds.items() if (w := p.search(question, 0, m.start()))),
            (None, None),
        )
        limit = amount(m.group(0))
        if relation is None or limit is None:
            continue
        # The value of the measure the question names before its threshold word, else the
        # value nearest the question's nouns.
        unit = unit_of(normalize(m.group(0)))
        value = measured_value(question, word.start(), clause, unit) or nearest_value(
            clause, "number", terms
        )
        if value is None or unit_of(normalize(value)) != unit_of(normalize(m.group(0))):
            return None
        found = amount(value[_G.number.search(value).start() :])
        if found is None:
            return None
        # A document stating a bound of its own ("超过80%") only says yes to the same one.
        at = clause.find(value)
        own = relation_before(clause, at)  # the longest word: "not more than", not "more than"
        if own is not None and own != "reached":
            if own == relation and found == limit:
                return True
            return beyond_bound(relation, limit, own, found)
        return RELATIONS[relation](found, limit)
    return None
