"""A comparison whose two sides are stated in two units ("the rent during an extension"
in one clause, "the occupation fee when overstaying" in another): when no reading sets the
two values side by side, each side's own unit is quoted, not the better covering one alone
(which would answer one side and leave the other unsaid). Module functions; no state.
"""

from __future__ import annotations

from assistant.answering.answer_parts import as_sentence
from assistant.answering.evidence import NUMBER, Sentence, Term
from assistant.answering.questions import comparison_sides
from assistant.text import normalize

# Parts of speech of places and bodies: a side naming the zone ("zone A's advanced
# manufacturing") names the document with it, not what sets the side apart.
_PLACE_POS = ("ns", "nt")


def _side_unit(
    side: str, other: str, terms: list[Term], units: list[tuple[Sentence, float]]
) -> Sentence | None:
    """The unit holding most of the weight of the side's own terms (those the other side
    does not say too, places aside), with a figure (the side's value); the better scored unit on a tie.
    None when no unit holds such a term."""
    own = [
        t
        for t in terms
        if t.found_in(normalize(side))
        and not t.found_in(normalize(other))
        and not (t.locates or t.pos in _PLACE_POS)
    ]
    best, most = None, 0.0
    for unit, _ in units:
        held = sum(t.weight for t in own if t.found_in(unit.norm))
        if held > most and NUMBER.search(unit.text):
            best, most = unit, held
    return best


def sides_units(question: str, terms: list[Term], best: Sentence, scored):
    """(direct answer, quotes, inline markers) quoting each side's own unit among the
    scored units of the best covering unit's document (a side's unit may lack the other
    side's words, for which the covering test turned it down), or None when the sides are
    not two or one unit holds both."""
    sides = comparison_sides(question)
    # A sentence stating two values already sets them side by side ("not below 400, for
    # advanced manufacturing not below 500"): it answers both sides itself.
    if sides is None or (not best.cells and len(NUMBER.findall(best.text)) >= 2):
        return None
    same = [(s, sc) for s, sc in scored if s.doc_id == best.doc_id]
    a, b = (_side_unit(side, other, terms, same) for side, other in (sides, sides[::-1]))
    if a is None or b is None or a is b or (a.start, a.doc_id) == (b.start, b.doc_id):
        return None
    direct = as_sentence(a.text) + as_sentence(b.text)
    return direct, [(a, None), (b, None)], False
