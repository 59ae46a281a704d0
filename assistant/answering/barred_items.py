"""An item of a list whose lead-in bars its items ("the following projects are not filed
or approved:") is barred, though the item's own line says nothing but what it lists.

A yes/no question about such an item is answered no from the lead-in, quoted with the
item. The lead-in is the nearest line before the item, inside its section, that ends with
a colon, the lines between being the list's other items. An item stating an exception the
question names ("…, except combined heat and power projects") is left to the item itself.
Pure functions; the words are data in ``resources/question_grammar.yaml`` (``negation``).
"""

from __future__ import annotations

from assistant.answering.evidence import Sentence
from assistant.answering.polarity import deciding_negations
from assistant.answering.verdict_cases import names_exception
from assistant.text import normalize

# Lines between a lead-in and the item it introduces, at most: a list's other items. Past
# this the colon line introduces another block.
MAX_ITEMS_BEFORE = 30
# An item line is short; a line longer than this is a paragraph, which ends the list.
MAX_ITEM_CHARS = 120
_LEAD_END = (":", "\uff1a")  # the colon, half and full width


def barring_lead_in(doc_text: str, unit: Sentence, question: str) -> tuple[int, int] | None:
    """The span of the lead-in barring the unit's list, or None when the unit is no item of
    such a list, or its own words decide (a negation, an exception the question names)."""
    q = normalize(question)
    item = normalize(unit.text)
    if deciding_negations(item, q) or names_exception(q, item):
        return None
    floor = doc_text.rfind(unit.section, 0, unit.start) if unit.section else 0
    lines_end = unit.start
    for _ in range(MAX_ITEMS_BEFORE + 1):
        start = doc_text.rfind("\n", max(floor, 0), max(lines_end - 1, 0))
        if start < max(floor, 0):
            return None
        line = doc_text[start + 1 : lines_end].strip()
        if line.endswith(_LEAD_END):
            lead = (start + 1, start + 1 + len(doc_text[start + 1 : lines_end].rstrip()))
            return lead if deciding_negations(normalize(line), q) else None
        if len(line) > MAX_ITEM_CHARS:
            return None
        lines_end = start
    return None
