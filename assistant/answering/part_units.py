"""The units a part of a compound question is answered from.

The question's chunks are retrieved for all its parts at once, and the words of one part
can crowd out the passage answering another ("the approval deadline of restricted
projects, and the time limit of notified ones"). A part that the question's units do not
answer is therefore tried again with the best chunks retrieved for its own words added —
only from the documents the whole question retrieved, so that a part stays on the
question's documents (and within its filter). A part naming a year no other part names
adds the documents its own words retrieve first to those (:func:`year_part_hits`): each
year's figures are often in that year's own report. A part they answer keeps that answer:
its own chunks' extra passages would only compete with it.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from assistant.answering.answer_parts import as_sentence
from assistant.answering.composing import Context
from assistant.answering.evidence import Sentence
from assistant.answering.extraction import typed_value
from assistant.answering.grammar import grammar
from assistant.answering.measures import names_unit, row_counts_in, states_classifier
from assistant.answering.questions import AnalyzedQuestion
from assistant.answering.table_extremes import extreme_row
from assistant.answering.units import clauses, gather_sentences
from assistant.answering.version_columns import version_view
from assistant.index import Hit, Index
from assistant.messages import msg
from assistant.retrieval import retrieve
from assistant.text import normalize

logger = logging.getLogger(__name__)

_YEAR = grammar().stated_year
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
    # Chunks whose units are read already (the hits past those read only name documents).
    read = {(s.doc_id, s.start) for s in sentences}
    own = [
        h
        for h in retrieve(index, part, k=max(len(hits), PART_CHUNKS))
        if h.doc_id in docs
        and not any(d == h.doc_id and h.start <= start < h.end for d, start in read)
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


def year_part_hits(
    index: Index, aq: AnalyzedQuestion, hits: list[Hit], where: Any = None
) -> list[Hit]:
    """The best chunks of a part naming a year no other part names, from documents the
    question's hits do not hold: each year's figures are often in that year's own report or
    notice, which the whole question's words (the other year's, too) may not retrieve. They
    go after the question's hits, so that a part may be answered from their documents
    (:func:`part_units`) without their passages competing for the other parts."""
    if len(aq.parts) < 2:
        return []
    years = [set(_YEAR.findall(normalize(p))) for p in aq.parts]
    docs = {h.doc_id for h in hits}
    extra: list[Hit] = []
    for k, (part, own) in enumerate(zip(aq.parts, years, strict=True)):
        others = set().union(*(y for j, y in enumerate(years) if j != k))
        if not own or own <= others:
            continue
        for hit in retrieve(index, part, k=PART_CHUNKS, where=where):
            if hit.doc_id not in docs:
                docs.add(hit.doc_id)
                extra.append(hit)
    return extra


def at_extreme(index: Index, ctx: Context, aq: AnalyzedQuestion) -> Any:
    """A part asking for a table's row at an extreme ("which class is fewest"), answered
    as the part would be were it asked alone (a construction the whole question is not)."""
    if ctx.aq is aq or (row := extreme_row(index, ctx)) is None:
        return None
    return (*row, False)


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


# A unit that answered another part answers this one too only when it holds at least this
# share of the part's word weight: lower, and a unit sharing one common word with the part
# ("enterprise") would lend it a value about something else; higher, and a part worded
# apart from the document (a kind word such as "threshold", "universities" for
# "institutions of higher learning") is said to be missing although the unit holds it.
ALONGSIDE_SHARE = 0.3
# Question frame words (numerals, "how many" with its classifier) name nothing to find.
_FRAME_POS = ("m", "mq")


def _counted_with(question: str) -> tuple[str, ...] | None:
    """The classifiers a counting part's value must be stated with ("how many <stations>"
    -> the classifier and its like; a general classifier -> every counting classifier), or
    None when the part counts nothing."""
    m = grammar().count_asking.search(normalize(question))
    if m is None:
        return None
    g = grammar().raw
    if m.group(1) in g["counting"]["general_classifiers"]:
        return (m.group(1), *g["multipart"]["count_classifiers"])
    alike = g["counting"]["alike_classifiers"]
    return tuple(next((x for x in alike if m.group(1) in x), [m.group(1)]))


def counted_as_asked(ctx: Context, result: Any, said: list[str]) -> Any:
    """A counting part's answer as found when it states a count with the part's classifier;
    else read again from its own units alongside (:func:`answered_alongside`: an amount of
    money is no answer to "how many firms", but the unit's other clause may count them);
    None when they hold no such count."""
    counted = _counted_with(ctx.aq.text) if ctx.aq.qtype == "number" else None
    if result is None or counted is None or states_classifier(normalize(result[0]), counted):
        return result
    if names_unit(normalize(result[0]), counted):
        return result  # a row read with its header: "this quarter (items): 97" counts items
    rows = [s for s, _ in result[1] if s.cells]
    if rows and all(row_counts_in(s, counted) for s in rows):
        return result  # rows of a statistics table: their whole numbers count
    read = answered_alongside(ctx, result[1], said)
    return None if read is None or not read[0] else (*read, False)


def answered_alongside(
    ctx: Context, quotes: list[tuple[Sentence, Any]], said: list[str]
) -> tuple[str, list[tuple[Sentence, None]]] | None:
    """A part no unit answered on its own, read from a unit that answered another part and
    holds the part's words: the clause of it that states a value of the part's type (with
    the part's classifier, when it counts) and holds the most of the part's own words,
    among the clauses no other part's answer already gives; ("", []) when only such a clause
    does and counts what the part counts (the part is answered already). None when no
    clause does: the part is then missing.

    Parts asked together are often stated together ("build 3 stations, deploy 200
    vehicles"), and the part's own words may be too few or too generic to rank that unit
    first by themselves."""
    aq = ctx.aq
    if aq.qtype not in ("number", "duration", "date"):
        return None
    part = normalize(aq.text)
    own = [t for t in ctx.terms if t.primary and t.pos not in _FRAME_POS and t.text in part]
    total = sum(t.weight for t in own)
    if not total:
        return None
    counted = _counted_with(aq.text)
    given = normalize("".join(said))
    best: tuple[float, str, Sentence] | None = None
    covered = False
    for sent, _ in quotes:
        if sum(t.weight for t in own if t.found_in(sent.norm)) / total < ALONGSIDE_SHARE:
            continue
        for start, end in clauses(sent):
            text = sent.text[start - sent.start : end - sent.start]
            norm = normalize(text)
            if typed_value(text, aq.qtype) is None:
                continue
            if counted is not None and not states_classifier(norm, counted):
                continue
            held = sum(t.weight for t in own if t.found_in(norm))
            if not held:
                continue
            if norm in given:
                # Another part's answer: it answers this part too when it counts what this
                # part counts ("8 firms' 9 projects"); the part is then answered, once.
                covered = covered or counted is not None
            elif best is None or held > best[0]:
                best = (held, text, sent)
    if best is None:
        return ("", []) if covered else None
    logger.debug("part %r answered alongside: %r", aq.text, best[1])
    return as_sentence(best[1]), [(best[2], None)]


def settle_missing(
    missing: list[tuple[str, Context, str | None]],
    quotes: list[tuple[Sentence, Any]],
    directs: list[str],
    shared: list[tuple[str, Context, str | None]] | None = None,
) -> tuple[list[str], list[str]]:
    """(the answers of the parts read alongside the others' answers, the parts still
    missing). Done once every part has been tried, so that a part asked before the one
    whose unit holds it is read from that unit too. A part whose answer repeats another
    part's (``shared``: one clause read for two asks, "how long is the review, how many
    days is the result published") is read alongside as well, from the clauses no answer
    gives yet; when none states a value of its type, the shared answer stands for it."""
    found: list[str] = []
    still: list[str] = []
    shared = shared or []
    for part, ctx, label in missing + shared:
        read = answered_alongside(ctx, quotes, directs + found) if directs else None
        if read is None and not any(c is ctx for _, c, _ in shared):
            still.append(part)
        if read is None or not read[0]:
            continue  # missing, or answered by another part's answer
        direct = read[0]
        if label and normalize(label) not in normalize(direct):
            direct = msg("part_answer", label=label, answer=direct)
        found += [] if direct in directs + found else [direct]
    return found, still
