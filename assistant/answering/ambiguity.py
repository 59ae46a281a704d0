"""A question that does not say which zone it means, covered about equally well by
documents of different subjects: each document's answer with its source, newest first.

A library holds many zones' documents, so "what does the administrative committee do?"
is answered by each zone's own document. Picking one of them silently would answer
another zone's question with confidence; showing each, said to come from different
documents, lets the reader choose. A question that names what only one of them holds
keeps that one's answer.

Module functions over the extractive answerer and one question's :class:`Context`; no state.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from assistant.answering.answer_parts import unit_of
from assistant.answering.composing import NEAR_BEST, Context
from assistant.answering.conflicts import doc_date, one_subject
from assistant.answering.constraints import NAMED_POS
from assistant.answering.extraction import TYPED, asked_value
from assistant.messages import msg
from assistant.text import normalize

logger = logging.getLogger(__name__)

# A rival document's best covering unit within this score of the answering document's
# best counts as covering the question about equally well. Wider shows documents that
# only touch the question; narrower leaves an unnamed zone's question to one zone.
SPREAD_NEAR_BEST = NEAR_BEST
# At most this many documents answer side by side: more is a list no reader weighs.
MAX_SOURCES = 3
# Yes/no verdicts and comparisons are decided within one document; a side-by-side list
# of verdicts would hide the polarity the question asks for.
ONE_ANSWER_TYPES = ("yesno", "comparison")

Found = tuple[str, list, bool]


def _asked_terms(ctx: Context) -> list:
    """The question's own words that a document must hold to speak of what is asked."""
    return [t for t in ctx.terms if t.primary and (t.is_content or t.pos in NAMED_POS)]


def _runs(terms: list, question: str) -> dict[str, tuple[str, ...]]:
    """Runs of neighbouring asked words the question writes as one name (a park named by
    its industry, then "park", then its phase), each with its words: a document holding
    the words apart does not name that thing."""
    q = normalize(question)
    runs: dict[str, tuple[str, ...]] = {}
    for i in range(len(terms)):
        for j in range(i + 2, len(terms) + 1):
            words = tuple(t.text for t in terms[i:j])
            if not all(t.is_content for t in terms[i:j]) or "".join(words) not in q:
                break
            runs["".join(words)] = words
    return runs


def _compounds(terms: list, question: str) -> list[str]:
    return list(_runs(terms, question))


def _covered(terms: list, text_norm: str, compounds: list[str] = ()) -> frozenset[str]:
    words = {t.text for t in terms if t.found_in(text_norm)}
    return frozenset(words | {c for c in compounds if c in text_norm})


def _split_names(terms: list, quotes: list, question: str) -> set[str]:
    """The names the question writes as one that an answer's cited units hold only apart:
    the industry in one table cell, another park whose name ends in the same words in the
    next, read as the asked park."""
    quoted = _quoted_cover(terms, quotes, [])
    return {
        name
        for name, words in _runs(terms, question).items()
        if set(words) <= quoted and not _quoted_cover(terms, quotes, [name]) - quoted
    }


def _closer(extractive: Any, ctx: Context, found: Found, offset: int, own: str, best: dict):
    """The answer from documents of another subject that hold more of what is asked than
    the answering one, when its cited units do not cover the question (no covering unit
    of its document, or a name of the question held only in pieces); else None."""
    terms, index = _asked_terms(ctx), extractive.index
    compounds = _compounds(terms, ctx.aq.text)
    split = _split_names(terms, found[1], ctx.aq.text)
    if own in best and not split:
        return None
    own_doc = index.document(own)
    own_cover = _covered(terms, _normalized(own_doc.text), compounds)
    cover = {d: _covered(terms, _normalized(index.document(d).text), compounds) for d in best}
    wider = [
        d
        for d, c in cover.items()
        if d != own
        and c > own_cover
        and (own not in best or split & c)
        and not one_subject([own_doc, index.document(d)])
    ]
    if not wider:
        return None
    most = max(len(cover[d]) for d in wider)
    keep = {d for d in wider if len(cover[d]) == most}
    logger.debug("%s misses what %s hold for %r", own, sorted(keep), ctx.aq.text)
    closer = replace(ctx, sentences=[s for s in ctx.sentences if s.doc_id in keep])
    return extractive._answer_part(closer, offset=offset)


def _doc_best(extractive: Any, ctx: Context) -> tuple[dict[str, float], dict[str, float]]:
    """Each document's best score of a covering unit, and of one of the asked type."""
    fitting, covering = extractive._candidates(ctx)
    best: dict[str, float] = {}
    typed: dict[str, float] = {}
    for sent, score in covering:
        best.setdefault(sent.doc_id, score)
    for sent, score in fitting:
        typed.setdefault(sent.doc_id, score)
    return best, typed


@lru_cache(maxsize=256)
def _normalized(text: str) -> str:
    """A document's normalized text, kept: every question over it asks for it again."""
    return normalize(text)


def _quoted_cover(terms: list, quotes: list, compounds: list[str]) -> frozenset[str]:
    """What is asked that an answer's cited units hold, with what frames them (headings,
    the sentences before, a Q&A question)."""
    text = "\n".join(
        q[0].norm + normalize(q[0].headings + q[0].frame + q[0].before) for q in quotes
    )
    return _covered(terms, text, compounds)


def _names_something(ctx: Context) -> bool:
    """Does the question (or the one it follows on) say which place or body it means?"""
    return bool(ctx.aq.context) or any(
        not t.primary or t.pos in NAMED_POS or t.locates for t in ctx.terms
    )


def _kind(ctx: Context, direct: str) -> str | None:
    """The kind of value an answer gives a typed question (its unit), "" for other
    questions, None when it gives no value of the asked type."""
    if ctx.aq.qtype not in TYPED:
        return ""
    value = asked_value(direct, ctx.aq, ctx.terms)
    return unit_of(normalize(value)) if value else None


_MARKER = re.compile(r"\[(\d+)\]")


def _shifted(direct: str, by: int) -> str:
    """An answer's citation markers numbered ``by`` places later."""
    return _MARKER.sub(lambda m: f"[{int(m.group(1)) + by}]", direct)


def _plain(direct: str) -> str:
    """An answer without its trailing full stop, to be listed after its source."""
    return direct.strip().rstrip("。")


def spread_answer(
    extractive: Any, ctx: Context, found: Found | None, offset: int, narrowed: bool = False
) -> Found | None:
    """``found`` (direct, quotes, inline markers) from one document, or each covering
    document's answer with its source when the question does not say which it means."""
    if found is None or ctx.aq.qtype in ONE_ANSWER_TYPES or not found[1]:
        return found
    own = found[1][0][0].doc_id
    if any(quote[0].doc_id != own for quote in found[1]):
        return found  # already drawn from several documents
    if all(s.doc_id == own for s in ctx.sentences):
        return found  # no other document was read: none to set beside it
    best, typed = _doc_best(extractive, ctx)
    if best and not narrowed:
        closer = _closer(extractive, ctx, found, offset, own, best)
        if closer is not None and closer[1]:
            return spread_answer(extractive, ctx, closer, offset, narrowed=True)
    if _names_something(ctx):
        return found
    # A list's units seldom read as the asked type one by one: then any covering unit.
    best = typed if own in typed else best
    if own not in best:
        return found
    index, terms = extractive.index, _asked_terms(ctx)
    compounds = _compounds(terms, ctx.aq.text)
    own_doc = index.document(own)
    own_cover = _covered(terms, _normalized(own_doc.text), compounds)
    quoted = _quoted_cover(terms, found[1], compounds)
    kind = _kind(ctx, found[0])
    if kind is None:
        return found
    rivals = []
    for doc_id, score in best.items():
        if doc_id == own or score < best[own] - SPREAD_NEAR_BEST:
            continue
        doc = index.document(doc_id)
        if doc is None or not _covered(terms, _normalized(doc.text), compounds) >= own_cover:
            continue
        if one_subject([own_doc, doc]):
            continue
        rivals.append(doc)
    if not rivals:
        return found
    docs = [own_doc, *rivals[: MAX_SOURCES - 1]]
    docs.sort(key=lambda d: doc_date(d) or "", reverse=True)
    lines, quotes, directs = [msg("ambiguous_intro")], [], set()
    answered_docs: set[str] = set()
    for doc in docs:
        if doc.doc_id == own:
            # The answer already found stands as it is, its markers moved to its place.
            answered = (_shifted(found[0], len(quotes)) if found[2] else found[0], *found[1:])
        else:
            alone = replace(ctx, sentences=[s for s in ctx.sentences if s.doc_id == doc.doc_id])
            answered = extractive._answer_part(alone, offset=offset + len(quotes))
        if answered is None or not answered[1]:
            continue
        direct, cited, inline = answered
        if any(quote[0].doc_id != doc.doc_id for quote in cited):
            continue
        if not _quoted_cover(terms, cited, compounds) >= quoted:
            continue  # its answer speaks of less of what is asked
        if _kind(ctx, direct) != kind:
            continue  # an amount of money and a count answer different questions
        start = offset + len(quotes) + 1
        markers = "" if inline else "".join(f"[{n}]" for n in range(start, start + len(cited)))
        when = msg("conflict_date", date=doc_date(doc)) if doc_date(doc) else ""
        lines.append(
            msg("ambiguous_item", title=doc.title, date=when, value=_plain(direct) + markers)
        )
        quotes += cited
        answered_docs.add(doc.doc_id)
        directs.add(normalize(_plain(direct)))
    if len(lines) < 3 or len(directs) < 2 or own not in answered_docs:
        return found  # one document answers, or all say the same
    logger.debug("documents %s each answer %r", [d.doc_id for d in docs], ctx.aq.text)
    return "\n".join(lines), quotes, True
