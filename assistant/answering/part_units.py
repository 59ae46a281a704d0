"""The units a part of a compound question is answered from.

The question's chunks are retrieved for all its parts at once, and the words of one part
can crowd out the passage answering another ("the approval deadline of restricted
projects, and the time limit of notified ones"). A part that the question's units do not
answer is therefore tried again with the best chunks retrieved for its own words added —
only from the documents the whole question retrieved, so that a part stays on the
question's documents (and within its filter). A part they answer keeps that answer: its
own chunks' extra passages would only compete with it.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from assistant.answering.composing import Context
from assistant.answering.evidence import Sentence
from assistant.answering.questions import AnalyzedQuestion
from assistant.answering.units import gather_sentences
from assistant.answering.version_columns import version_view
from assistant.index import Hit, Index
from assistant.retrieval import retrieve

logger = logging.getLogger(__name__)

# Chunks of its own a part adds to the question's: enough for the passage its words
# retrieve first and the one after; more would let a part's common words (the year, the
# zone) pull in passages about other measures.
PART_CHUNKS = 2


def part_units(
    index: Index, part: str, hits: list[Hit], sentences: list[Sentence], aq: AnalyzedQuestion
) -> list[Sentence]:
    """The question's units and those of the part's own best chunks, in the question's
    documents, of the version the question asks about."""
    docs = {h.doc_id for h in hits}
    known = {(h.doc_id, h.start) for h in hits}
    own = [
        h
        for h in retrieve(index, part, k=max(len(hits), PART_CHUNKS))
        if h.doc_id in docs and (h.doc_id, h.start) not in known
    ][:PART_CHUNKS]
    if not own:
        return sentences
    have = {(s.doc_id, s.start) for s in sentences}
    added = version_view(index, gather_sentences(index, own), aq.text, aq.qtype)
    logger.debug("part %r adds %d chunks", part, len(own))
    # Ranked after the question's own chunks: among equally covering units, those the
    # whole question retrieved still come first.
    return sentences + [
        replace(s, rank=s.rank + len(hits)) for s in added if (s.doc_id, s.start) not in have
    ]


def answer_part(
    extractive: Any, ctx: Context, offset: int, hits: list[Hit], aq: AnalyzedQuestion
) -> Any:
    """A part's answer by the extractive answerer's ``_answer_part`` from the question's
    units, else from them and its own chunks' units; the whole question's answer as is."""
    found = extractive._answer_part(ctx, offset=offset)
    if found is not None or ctx.aq is aq:
        return found
    units = part_units(extractive.index, ctx.aq.text, hits, ctx.sentences, aq)
    if len(units) == len(ctx.sentences):
        return None
    return extractive._answer_part(replace(ctx, sentences=units), offset=offset)
