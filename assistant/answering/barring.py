"""Yes/no on an item of a barring list: one reader of "lead-in + items + exceptions".

A lead-in that bars or refuses what follows it ("the following projects are not filed:",
"firms in any of these cases are not admitted:") decides for each item after it, whether
the items are plain lines, list items or table rows: an item states a project or a case
without any verb of its own, so the lead-in, quoted with the item, answers no. An
exception the item states ("…, except combined heat and power projects approved by …",
"apart from park X, …") turns the verdict when the question names the excepted case; an
item's own negation leaves the verdict to the item's words. A lead-in that grants or
regulates says yes only when it and the item hold every content word of the question. Module functions; no state. The words are data in
``resources/catalogue_grammar.yaml`` (lead-ins, exceptions) and ``question_grammar.yaml``
(negation); examples in tests/test_barring.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answering.evidence import Sentence, Term
from assistant.answering.grammar import grammar
from assistant.answering.polarity import bound_verdict, deciding_negations
from assistant.answering.verdict_cases import (
    catalogue_grammar,
    names_exception,
    touches_exception,
)
from assistant.messages import msg
from assistant.text import lexicon_forms, normalize

# Units between a lead-in and the item it introduces, at most: the list's other items. Past
# this a colon line introduces another block.
MAX_ITEMS_BEFORE = 30
# An item is short; a paragraph longer than this is prose, which ends the list (a list
# item or table row of any length stays an item: its structure says so).
MAX_ITEM_CHARS = 120
# Units that can be items of a list: plain lines (paragraphs), list items, table rows.
_ITEM_KINDS = ("paragraph", "item", "table_row", "table_header")
# Items the markup itself marks as a list's or a table's: a plain paragraph after them is
# past the list's end, not one more of its items.
_MARKED_KINDS = ("item", "table_row", "table_header")


def _unit_text(text: str, unit: dict) -> str:
    return text[unit["start"] : unit["end"]].strip()


def _is_item(text: str, unit: dict) -> bool:
    if unit.get("kind") not in _ITEM_KINDS:
        return False
    return unit["kind"] != "paragraph" or len(_unit_text(text, unit)) <= MAX_ITEM_CHARS


def governing_lead(units: list[dict], text: str, at: int) -> tuple[int, int] | None:
    """The span of the lead-in governing the item at offset ``at``: the nearest unit
    before it, in its section, ending with a colon (an article listing the cases it refuses
    is itself an item), with only items between; else None. A heading ends the search: a
    category heading ("I. Prohibited") is no lead-in of its own."""
    ends = catalogue_grammar().lead_ends
    here = next((i for i, u in enumerate(units) if u["start"] <= at < u["end"]), None)
    if here is None or not _is_item(text, units[here]):
        return None
    if _unit_text(text, units[here]).endswith(ends):
        return None  # the unit is itself a lead-in
    for i in range(here - 1, max(-1, here - 2 - MAX_ITEMS_BEFORE), -1):
        unit = units[i]
        said = _unit_text(text, unit)
        if units[here].get("kind") == "paragraph" and unit.get("kind") in _MARKED_KINDS:
            return None  # a plain paragraph after a marked-up list follows the closed list
        if unit.get("kind") in ("paragraph", "item") and said.endswith(ends):
            start = unit["start"] + text[unit["start"] : unit["end"]].find(said)
            return start, start + len(said)
        if not _is_item(text, unit):
            return None
    return None


# The lead-in's last sentence is the one introducing the items: a sentence before it
# ("the excess is not counted. The rates are as follows:") says nothing of them.
_SENTENCE = re.compile(r"[。；;！？!?]")
_ENDS = "。；;！？!? "


def barred_verdict(doc, best: Sentence, question: str, terms: list[Term] | None = None):
    """(direct answer, quotes) for a yes/no on an item under a barring lead-in, or, given
    the question's ``terms``, under a granting lead-in that with the item says all the
    question asks (see :func:`_granted`); None when the unit is no such item or its own
    words decide."""
    units = doc.units
    lead_span = governing_lead(units, doc.text, best.start)
    if lead_span is None:
        return None
    lead = doc.text[lead_span[0] : lead_span[1]]
    unit = next(u for u in units if u["start"] <= best.start < u["end"])
    item = _unit_text(doc.text, unit)
    item_start = unit["start"] + doc.text[unit["start"] : unit["end"]].find(item)
    item_span = (item_start, item_start + len(item))
    q = normalize(question)
    lead_unit = replace(best, start=lead_span[0], end=lead_span[1], text=lead)
    item_unit = replace(best, start=item_span[0], end=item_span[1], text=item)
    quotes = [(lead_unit, lead_span), (item_unit, item_span)]
    if not deciding_negations(_SENTENCE.split(normalize(lead).rstrip(_ENDS))[-1], q):
        # A lead-in that grants or regulates: yes when it and the item say all that is
        # asked, else the item's own words decide.
        yes = terms is not None and _granted(normalize(lead), normalize(item), q, terms)
        return (msg("answer_yes") + lead + item, quotes) if yes else None
    allowed = names_exception(q, normalize(item))
    if not allowed and deciding_negations(normalize(item), q):
        return None  # the item says its own no (or no-to-what): it decides, not the lead-in
    if bound_verdict(question, item) is False:
        return None  # the question's figure lies outside the item's bound: another case
    if not allowed and half_named_exception(q, normalize(item)):
        return lead + item, quotes  # the case may be the excepted one: no verdict
    # A question asking whether the thing is barred ("属于禁止类吗") is answered yes.
    asks_denial = bool(deciding_negations(question))
    yes = allowed != asks_denial
    return msg("answer_yes" if yes else "answer_no") + lead + item, quotes


def half_named_exception(question: str, item: str) -> bool:
    """Does the question (normalised) repeat a word of the case the item (normalised) states
    as its exception, itself or in another of the lexicon's forms ("expired" for "its term
    is over"), without naming that case in full? Then whether the bar holds is open."""
    return touches_exception(" ".join([question, *lexicon_forms(question)]), item)


def _granted(lead: str, item: str, question: str, terms: list[Term]) -> bool:
    """Does a granting lead-in with its item say all a yes/no asks ("the following projects
    are filed on a pledge:" + "IC design projects" for "may an IC design project be filed
    on a pledge?")? Every content word of the question is in one of them, the item holds
    the thing asked about and the lead-in the rest; the question negates nothing nor states a
    figure they do not say ("reached 90%?" asks to compare the item's value), and the item
    states no negation of its own."""
    content = [t for t in terms if t.primary and t.is_content]
    if not content or deciding_negations(question) or deciding_negations(item, question):
        return False
    said = lead + item
    if any(normalize(m.group(0)) not in said for m in grammar().number.finditer(question)):
        return False  # a figure the question states (a threshold, a case) is not said
    if not all(t.found_in(lead) or t.found_in(item) for t in content):
        return False
    return any(t.found_in(item) for t in content) and any(
        t.found_in(lead) and not t.found_in(item) for t in content
    )


_PREDICATE = grammar().raw["yesno_predicate"]
_MODALS = sorted(_PREDICATE["modals"], key=len, reverse=True)
# Characters of a run two texts must share to say the same word.
RUN = 2


def states_only_itself(clause: str, question: str) -> bool:
    """Does the clause name nothing but what the question names (an item of a list with no
    lead-in: "new ... projects."), without the question's modal ("allowed", "may")? Such a clause
    decides nothing: a yes from it would be a default yes."""
    q = normalize(question)
    said = grammar().item_marker.sub(" ", normalize(clause))
    runs = [
        said[i : i + RUN]
        for i in range(len(said) - RUN + 1)
        if all(ch.isalnum() for ch in said[i : i + RUN])
    ]
    if not runs or not all(r in q for r in runs):
        return False
    asked = [m for m in _MODALS if m in q]
    # The clause holding the modal's first character ("可" of "可以") says it.
    return bool(asked) and not any(m[0] in said for m in asked)
