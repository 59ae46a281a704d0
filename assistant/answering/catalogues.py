"""Yes/no on an item of a catalogue whose lead-in denies ("the following projects are not
registered:" followed by one item a paragraph): the lead-in decides, not the item, which
states a project without any verb of its own. An exception the item carries ("except
those approved by ...", "outside park X") turns the verdict when the question names the
excepted case. Module functions; no state.
The words are data: ``resources/catalogue_grammar.yaml``; examples in
tests/test_catalogues.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files

import yaml

from assistant.answering.evidence import Sentence
from assistant.answering.polarity import bound_verdict, deciding_negations
from assistant.answering.table_reading import overlap
from assistant.messages import msg
from assistant.text import normalize

# An exception names the question's case when they share a run of this many characters
# (or the whole exception, when shorter): "南港工业" of 南港工业区; fewer would let a
# common word ("项目") turn a verdict.
EXCEPTION_RUN = 4


@dataclass(frozen=True)
class CatalogueGrammar:
    lead_ends: tuple[str, ...]
    exceptions: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def catalogue_grammar() -> CatalogueGrammar:
    raw = yaml.safe_load(
        files("assistant.resources").joinpath("catalogue_grammar.yaml").read_text("utf-8")
    )
    return CatalogueGrammar(
        lead_ends=tuple(raw["lead_ends"]),
        exceptions=tuple(re.compile(p) for p in raw["exceptions"]),
    )


def governing_lead(units: list[dict], text: str, at: int) -> tuple[int, int] | None:
    """The span of the lead-in governing the list item at offset ``at``: the nearest
    paragraph or item before it ending with a colon (an article listing the cases it
    refuses is itself an item), with only items between; else None."""
    ends = catalogue_grammar().lead_ends
    spans = [u for u in units if u.get("kind") in ("item", "paragraph", "heading")]

    def leads(u: dict) -> bool:
        return text[u["start"] : u["end"]].rstrip().endswith(ends)

    here = next((i for i, u in enumerate(spans) if u["start"] <= at < u["end"]), None)
    if here is None or spans[here]["kind"] != "item" or leads(spans[here]):
        return None
    i = here - 1
    while i >= 0 and spans[i]["kind"] == "item" and not leads(spans[i]):
        i -= 1
    if i < 0 or spans[i]["kind"] == "heading" or not leads(spans[i]):
        return None
    return spans[i]["start"], spans[i]["end"]


def excepted(item: str, question: str) -> bool:
    """Does the question name a case the item excepts?"""
    q = normalize(question)
    for pattern in catalogue_grammar().exceptions:
        for m in pattern.finditer(normalize(item)):
            case = m.group(1)
            if overlap(case, q) >= min(len(case), EXCEPTION_RUN):
                return True
    return False


def catalogue_verdict(doc, best: Sentence, question: str):
    """(direct answer, quotes) for a yes/no on an item under a denying lead-in, or None."""
    lead_span = governing_lead(doc.units, doc.text, best.start)
    if lead_span is None:
        return None
    lead = doc.text[lead_span[0] : lead_span[1]].strip()
    item_span = next(
        (u["start"], u["end"]) for u in doc.units if u["start"] <= best.start < u["end"]
    )
    item = doc.text[item_span[0] : item_span[1]].strip()
    if not deciding_negations(lead, question):
        return None  # a lead-in that grants or requires: the item's own words decide
    if bound_verdict(question, item) is False:
        return None  # the question's figure lies outside the item's bound: another case
    denied = not excepted(item, question)
    # A question asking whether the thing is denied ("属于禁止类吗") is answered yes.
    asks_denial = bool(deciding_negations(question))
    yes = denied == asks_denial
    lead_unit = replace(best, start=lead_span[0], end=lead_span[1], text=lead)
    item_unit = replace(best, start=item_span[0], end=item_span[1], text=item)
    direct = msg("answer_yes" if yes else "answer_no") + lead + item
    return direct, [(lead_unit, lead_span), (item_unit, item_span)]
