"""How a question asking one version of a rule reads the units: the asked version's column of
a revision table, the asked version's document among the versions of one rule.

A revision note lists the changed clauses in a table whose rows state each clause before and
after the revision side by side ("clause | earlier text | revised text | what changed"). Read
whole, such a row answers a question about the earlier rule with the revised text (or the
reverse): a yes/no verdict, a deadline or an amount taken from the wrong column. When the
question asks one version and a row has a column for each version, the row is narrowed to
the part that speaks of the asked version: the cells up to the earlier version's column, or
the revised version's column onward. The narrowed unit is still a verbatim span of the
document, so its quote stays exact; the row's leading cells it drops (chapter, clause name)
stay as its frame, where the question's terms may still be found. (A yes/no question reads
whole rows: the version verdict, :mod:`versions`, weighs the asked cell against the other.)

Among documents that are versions of one rule (:func:`rule_name`), the new version asked
sets the earlier ones aside, an earlier one asked is found by the question's word for it,
and with no version asked the other version's restatement competes as a differing value.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import replace
from datetime import date

from assistant.answering.composing import NEAR_BEST, Context
from assistant.answering.conflicts import conflict_answer
from assistant.answering.differences import table_grammar
from assistant.answering.evidence import Sentence
from assistant.index import Index
from assistant.retrieval.subject import (
    DocumentSubject,
    QuestionCues,
    chosen_versions,
    rule_name,
    years_named,
)
from assistant.retrieval.versions_asked import version_asked, version_grammar, version_words
from assistant.text import normalize_text

logger = logging.getLogger(__name__)

# A version of the rule the best unit belongs to restates that clause in edited words
# (an office renamed, a platform named where an office was), so its counterpart
# scores lower on the question's words. Within this margin of the best it still competes as
# a value the documents differ on; wider lets another clause of the sibling version in,
# narrower leaves a question naming no version answered from the older rule alone.
VERSION_NEAR_BEST = 0.3

# The separator the loaders put between a table row's cells in the document text.
CELL_SEPARATOR = " | "


def change_asking() -> frozenset[str]:
    """Words asking what changed between versions, normalised."""
    return frozenset(normalize_text(w) for w in version_grammar()["change_asking"])


def asks_both(question: str) -> bool:
    """Does the question set the versions side by side: a newer and an earlier one named,
    or a both-versions word?"""
    return version_asked(question) == "both" or any(
        w in question for w in version_grammar()["both_versions"]
    )


def asked_version(question: str, qtype: str = "") -> str | None:
    """'old' or 'new' when the question asks one version; None when it names none or both
    (a comparison of the two versions reads whole rows)."""
    raw = version_grammar()
    if qtype in raw["whole_row_types"] or any(w in question for w in raw["both_versions"]):
        return None
    return {"newer": "new", "older": "old"}.get(version_asked(question) or "")


def version_column(header_cell: str) -> str | None:
    """Which version a table header cell names: 'old', 'new' or None."""
    text = normalize_text(header_cell)
    g = table_grammar()
    if any(w in text for w in g.old_columns):
        return "old"
    if any(w in text for w in g.new_columns):
        return "new"
    return None


def _cell_spans(text: str, cells: tuple[str, ...]) -> list[tuple[int, int]] | None:
    """Where each cell sits in the row's text, in order; None when the row's text is not its
    cells in order (a row written some other way is left whole)."""
    spans, pos = [], 0
    for cell in cells:
        at = text.find(cell, pos) if cell else pos
        if at < 0:
            return None
        spans.append((at, at + len(cell)))
        pos = at + len(cell)
    return spans


def narrowed(sent: Sentence, version: str) -> Sentence:
    """The part of a revision-table row that states ``version``; any other unit unchanged."""
    header, cells = sent.header, sent.cells
    if not header or len(header) != len(cells):
        return sent
    kinds = [version_column(h) for h in header]
    if "old" not in kinds or "new" not in kinds:
        return sent
    old_at, new_at = kinds.index("old"), kinds.index("new")
    if old_at > new_at or not cells[old_at if version == "old" else new_at].strip():
        return sent
    spans = _cell_spans(sent.text, cells)
    if spans is None:
        return sent
    if version == "old":
        keep = range(old_at + 1)
    else:
        keep = range(new_at, len(cells))
    # The dropped cells stay as context: the clause's name, and the other version's text,
    # which names what the asked version changed ("no longer requires …").
    dropped = [k for k in range(len(cells)) if k not in keep]
    lead = CELL_SEPARATOR.join(f"{header[k]} {cells[k]}" for k in dropped)
    start, end = spans[keep[0]][0], spans[keep[-1]][1]
    frame = sent.frame + (lead + "\n" if lead else "")
    return replace(
        sent,
        start=sent.start + start,
        end=sent.start + end,
        text=sent.text[start:end],
        header=tuple(header[k] for k in keep),
        cells=tuple(cells[k] for k in keep),
        frame=frame,
        before=sent.before + (lead + "\n" if lead else ""),
    )


def naming_versions(index: Index, doc_ids: list[str], question: str) -> set[str]:
    """The documents that write the question's own words for versions ("hereinafter the
    original measures" in a revision note): the question speaks of their versions."""
    g = version_words()
    cues = QuestionCues.of(question)
    said = [w for w in (*g.newer, *g.older) if w in cues.text]
    out = set()
    for doc_id in doc_ids:
        doc = index.document(doc_id)
        if doc is not None and any(w in normalize_text(doc.text) for w in said):
            out.add(doc_id)
    return out


def defining_versions(index: Index, doc_ids: list[str], question: str) -> set[str]:
    """The documents that define the question's words for versions as their own short
    names ("hereinafter the original measures"), not merely use them (a table header)."""
    g = version_words()
    said = [w for w in (*g.newer, *g.older) if w in QuestionCues.of(question).text]
    marks = [normalize_text(m) for m in version_grammar()["alias_marks"]]
    out = set()
    for doc_id in doc_ids:
        doc = index.document(doc_id)
        text = normalize_text(doc.text) if doc is not None else ""
        if any(m + w in text for m in marks for w in said):
            out.add(doc_id)
    return out


def version_documents(index: Index, sentences: list[Sentence], question: str) -> list[Sentence]:
    """Units read as versions of their rule when the question asks one version.

    The question's word for the version (the old edition, the new measures) holds in the
    context of the asked version's units: the document is that version, though it never
    calls itself so — unless a retrieved document writes that word itself (a revision note's
    "hereinafter the new measures"): then the question uses that document's names, and they
    are not lent to another rule's versions; when it defines them as its short names, the
    units of other documents are set aside unless the question names their place. A question asking the new version
    is not answered from the earlier ones: their units are set aside when a newer version
    is among the units. (An earlier version asked keeps the
    newer ones, which may speak of it: "the 2019 rule is repealed".)"""
    cues = QuestionCues.of(question)
    if asks_both(question):
        cues = replace(cues, version="both")
    if cues.version is None:
        return sentences
    g = version_words()
    both = (*g.newer, *g.older, *(normalize_text(w) for w in version_grammar()["both_versions"]))
    named = {"newer": g.newer, "older": g.older}.get(cues.version, both)
    said = [w for w in named if w in cues.text]
    doc_ids = list(dict.fromkeys(s.doc_id for s in sentences))
    naming = naming_versions(index, doc_ids, question)
    if naming:
        said = []  # the question names versions the way a document does
    today = date.today()
    groups: dict[str, list[DocumentSubject]] = defaultdict(list)
    for doc_id in doc_ids:
        doc = index.document(doc_id)
        if doc is not None:
            meta = {"title": doc.title, **(doc.metadata or {})}
            subject = DocumentSubject.of(doc_id, meta, today)
            groups[subject.rule].append(subject)
    asked, dropped = set(), set()
    for group in groups.values():
        if len(group) > 1:
            chosen = chosen_versions(group, cues)
            asked |= chosen
            if cues.version == "newer":
                dropped |= {s.doc_id for s in group if s.doc_id not in chosen}
    defining = defining_versions(index, doc_ids, question) if naming else set()
    if defining:
        # The versions are the ones that document names: another document's value is not
        # one of them, unless the question names that document's place.
        placed = {
            s.doc_id for g in groups.values() for s in g if s.region and s.region in cues.text
        }
        dropped |= set(doc_ids) - defining - placed
    if dropped:
        logger.debug("earlier versions set aside: %s", sorted(dropped))
    return [
        replace(s, meta=f"{s.meta}\n{' '.join(said)}") if s.doc_id in asked and said else s
        for s in sentences
        if s.doc_id not in dropped
    ]


def version_view(
    index: Index, sentences: list[Sentence], question: str, qtype: str = ""
) -> list[Sentence]:
    """The units as the question's version reads them."""
    sentences = version_documents(index, sentences, question)
    version = asked_version(question, qtype)
    if version is None:
        return sentences
    return [narrowed(s, version) for s in sentences]


def versions_compete(
    index: Index, question: str, typed: list[tuple[Sentence, float]]
) -> list[tuple[Sentence, float]]:
    """With no version or year asked, another version of the best unit's rule competes with
    it: that version's best unit within ``VERSION_NEAR_BEST`` is scored as near the best, so
    both values are shown with their dates rather than one version's alone."""
    if not typed or asked_version(question) or version_asked(question) or years_named(question):
        return typed
    best, best_score = typed[0]
    best_doc = index.document(best.doc_id)
    if best_doc is None:
        return typed
    rule = rule_name(best_doc.title)
    lifted, seen = [], {best.doc_id}
    for sent, score in typed:
        if sent.doc_id not in seen and score >= best_score - VERSION_NEAR_BEST:
            seen.add(sent.doc_id)
            doc = index.document(sent.doc_id)
            if doc is not None and rule_name(doc.title) == rule:
                logger.debug("version %s competes with %s", sent.doc_id, best.doc_id)
                score = max(score, best_score - NEAR_BEST)
        lifted.append((sent, score))
    return lifted


def version_conflict(index: Index, ctx: Context, typed, best_score: float, offset: int):
    """Covering units of different documents that give different values, another version
    of the best unit's rule competing as :func:`versions_compete` says."""
    return conflict_answer(
        index, ctx, versions_compete(index, ctx.aq.text, typed), best_score, offset
    )
