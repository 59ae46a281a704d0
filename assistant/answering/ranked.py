"""A rank asked of an ordered list: "which ranks first overall" answered by the first item
of "the top 5 are: 1.A 2.B ..." or of "the top ten are, in order, A, B, C ...". A list
led in by a top range is in rank order, so its k-th item holds rank k."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answering.composing import Context
from assistant.answering.enumerations import find_enumerations
from assistant.answering.evidence import Sentence
from assistant.answering.grammar import grammar
from assistant.answering.items import numbered_items
from assistant.answering.questions import numeral_value
from assistant.answering.tables import TOP_RANGE
from assistant.index import Index
from assistant.text import normalize

_G = grammar()
_IN_ORDER = re.compile("|".join(re.escape(w) for w in _G.raw["lists"]["in_order"]))


def _ordered_items(doc_text: str, sent: Sentence, after: int) -> list[tuple[int, int]]:
    """The items a ranked lead-in opens: numbered lines or items after the top range."""
    if sent.text.rstrip().endswith((":", "：")):
        return numbered_items(doc_text, sent)
    if _IN_ORDER.search(sent.text, after) is None:
        return []
    for en in find_enumerations(sent):
        if en.items and en.items[0][0] >= sent.start + after:
            return en.items
    return []


def ranked_item(
    index: Index,
    ctx: Context,
    scored: list[tuple[Sentence, float]],
    rejected: Callable[[Sentence, float], str | None],
):
    """(direct answer, quotes) for the item at the asked rank of the best covering ranked
    list, or None. ``scored``: units best first; ``rejected``: why a unit cannot answer
    (a unit stating no rank of its own is what a ranked list is, so that reason is let
    through)."""
    k = ctx.aq.rank_value
    if k is None:
        return None
    for sent, score in scored:
        if rejected(sent, score) not in (None, "rank"):
            continue
        m = TOP_RANGE.search(normalize(sent.text))
        size = numeral_value(m.group(1)) if m else None
        if size is None or size < k:
            continue
        doc_text = index.document(sent.doc_id).text
        items = _ordered_items(doc_text, sent, m.end())
        if len(items) < k:
            continue
        s, e = items[k - 1]
        start, end = min(sent.start, s), max(sent.end, e)
        unit = Sentence(sent.doc_id, sent.title, sent.section, start, end, doc_text[start:end], 0)
        return doc_text[s:e] + "。", [(unit, (s, e))]
    return None
