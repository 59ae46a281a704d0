"""Lists a section holds: the numbered items under the heading that names what a list
question asks for (the materials to submit, the steps of a procedure), including items a
document marks up as a list without numbering them.

Module functions over an index; no state.
"""

from __future__ import annotations

import re

from assistant.answering.evidence import Sentence, Term, coverage
from assistant.answering.extraction import bigrams
from assistant.answering.glued import said_apart
from assistant.answering.grammar import grammar
from assistant.answering.items import (
    inline_items,
    is_article,
    marker_kind,
    unit_item_span,
    wraps_on,
)
from assistant.index import Index
from assistant.text import normalize, words

_G = grammar()
# Units that can hold the items of a section: list items, the section's sub-headings,
# and paragraphs that number their items inline.
_SECTION_ITEM_KINDS = ("item", "heading", "paragraph")
_BRACKETED = re.compile(r"[（(][^）)]*[）)]")
_GLOSS = re.compile(r"[（(]([^）)]+)[）)]")
# A bracketed note shorter than this ("（1）") names nothing a question selects items by.
MIN_GLOSS_CHARS = 2
_PLACE_WORDS = frozenset(_G.raw["lists"]["place_words"])
# A term shorter than this names a heading only as a word of its own.
MIN_HEADING_TERM = 2
# A sub-heading's name shorter than this is not taken as named by the question.
MIN_HEADING_NAME = 3


def section_items(
    index: Index, sentences: list[Sentence], asked: Term, terms: list[Term], question: str = ""
) -> tuple[Sentence, list[tuple[int, int]]] | None:
    """The numbered items of a section whose heading names what a list question asks for
    (a question on the materials to submit answered by the items under the materials
    heading), in the documents of the given units, best document first. Returns a unit
    standing for the section and the items."""
    for doc_id in dict.fromkeys(s.doc_id for s in sentences):
        doc = index.document(doc_id)
        groups: dict[tuple[str, ...], list[dict]] = {}
        closed: set[tuple[str, ...]] = set()
        by_path: dict[tuple[str, ...], list[dict]] = {}
        for u in doc.units:
            path = tuple(u.get("heading_path") or ())
            by_path.setdefault(path, []).append(u)
            if path in closed:
                continue
            if path in groups and _closes(doc.text, u, groups[path]):
                # Items run on consecutive lines: other text after them (an article, a
                # note) ends the list, and items further down belong to something else.
                closed.add(path)
                continue
            # The sub-headings of a section are its items too (a "next steps" heading over
            # numbered sub-headings); the next heading of its own level ends the scope.
            kind = u.get("kind")
            if (
                kind in _SECTION_ITEM_KINDS
                and path
                and _heading_names(path[-1], asked)
                and not is_article(doc.text, u["start"], u["end"])
            ):
                groups.setdefault(path, []).append(u)
        best, best_cover = None, (-1.0, -1.0)
        for path in groups:
            # Headings the question's terms cover alike are told apart by how closely the
            # heading's own words are the question's ("准A企业" against "A企业").
            cover = (coverage(terms, normalize(" ".join(path))), _closeness(question, path[-1]))
            if cover > best_cover:
                best, best_cover = path, cover
        if best is None:
            continue
        spans, units = _group_spans(doc.text, groups[best])
        if len(spans) < 2:
            continue
        # The question names one of the section's sub-headings ("the listing awards" under
        # "award standards"): its own items answer, not the run of sub-headings.
        named = [p for p in by_path if p[:-1] == best and _names_heading(question, p[-1])]
        if len(named) == 1:
            sub_spans, sub_units = _group_spans(doc.text, by_path[named[0]])
            if len(sub_spans) >= 2:
                spans, units = sub_spans, sub_units
        narrowed = _by_gloss(doc.text, groups, best, question)
        if narrowed is not None:
            spans, units = narrowed
        first = next(s for s in sentences if s.doc_id == doc_id)
        start, end = units[0]["start"], units[-1]["end"]
        # The section must be about the question: every noun of it is there (or in the
        # title); another zone's plan under the same heading does not answer. A word the
        # segmenter glued ("enterprise list") is there when its pieces are.
        own = [
            t
            for t in terms
            if t.primary and t.known and t.is_content and t.text not in _PLACE_WORDS
        ]
        where = normalize(f"{first.title}\n{' '.join(best)}\n{doc.text[start:end]}")
        if not all(said_apart(t, where) for t in own):
            continue
        unit = Sentence(doc_id, first.title, best[-1], start, end, doc.text[start:end], 0)
        return unit, spans
    return None


def _heading_names(heading: str, asked: Term) -> bool:
    """Does the heading name the asked term? A one-character term must be a word of its
    own there: inside a longer word ("sign-up" holding "report") it means something else."""
    text = normalize(heading)
    if not asked.found_in(text):
        return False
    return len(asked.text) >= MIN_HEADING_TERM or asked.text in words(text)


def _group_spans(doc_text: str, group: list[dict]) -> tuple[list[tuple[int, int]], list[dict]]:
    """The items of one section's units (the numbered or marked-up lines of one numbering,
    else the items numbered inside one of its paragraphs) and the units holding them."""
    units = [u for u in group if _listed(doc_text, u)]
    spans: list[tuple[int, int]] = []
    if units:
        kind = marker_kind(doc_text, units[0]["start"], units[0]["end"])
        pairs = [
            (span, u)
            for u in units
            if marker_kind(doc_text, u["start"], u["end"]) == kind
            and (span := unit_item_span(doc_text, u))
        ]
        spans, units = [p[0] for p in pairs], [p[1] for p in pairs]
    if len(spans) < 2:
        # Items numbered inside a paragraph of the section by sequence words (first,
        # second, finally).
        inline = (
            (found, [u])
            for u in group
            if u.get("kind") == "paragraph"
            and len(found := inline_items(doc_text, u["start"], u["end"])) >= 2
        )
        spans, units = next(inline, ([], []))
    return spans, units


def _names_heading(question: str, heading: str) -> bool:
    """Does the question name the heading (its name without number and notes)?"""
    core = _core(heading)
    return len(core) >= MIN_HEADING_NAME and core in normalize(question)


def _core(heading: str) -> str:
    """A heading's name without its number and bracketed notes (the count after a kind)."""
    return normalize(_BRACKETED.sub("", _G.item_marker.sub("", heading.strip())))


def _by_gloss(doc_text: str, groups: dict, best: tuple[str, ...], question: str):
    """Items narrowed to those whose bracketed note the question names ("the companies in
    park X": items "company（park）"), over the sections beside the chosen one unless the
    question names some of them by their headings. None when the question names no note,
    or every item's."""
    asked = normalize(question)
    siblings = [p for p in groups if p[:-1] == best[:-1]]
    named = [p for p in siblings if (core := _core(p[-1])) and core in asked]
    # A heading named only inside a longer one the question names ("A企业" in "准A企业").
    named = [p for p in named if not any(_core(p[-1]) in _core(o[-1]) for o in named if o != p)]
    kept: list[tuple[tuple[int, int], dict]] = []
    seen_gloss = False
    for path in named or siblings:
        spans, units = _group_spans(doc_text, groups[path])
        for span, unit in zip(spans, units, strict=False):
            notes = [normalize(m.group(1)) for m in _GLOSS.finditer(doc_text, *span)]
            if any(len(n) >= MIN_GLOSS_CHARS and n in asked for n in notes):
                kept.append((span, unit))
            else:
                seen_gloss = True
    if not kept or not seen_gloss:
        return None
    return [span for span, _ in kept], [unit for _, unit in kept]


def _closes(doc_text: str, unit: dict, group: list[dict]) -> bool:
    """Does this unit end the run of items gathered so far under its heading: text that
    is neither an item nor a heading, or an article, once items have begun?"""
    if not any(_listed(doc_text, u) for u in group):
        return False
    if not _listed(doc_text, unit) and wraps_on(doc_text, group[-1]["end"]):
        return False  # the last item wraps onto this line
    return not _listed(doc_text, unit) or is_article(doc_text, unit["start"], unit["end"])


def _listed(doc_text: str, unit: dict) -> bool:
    """Is the unit an item of a list: a list item, a sub-heading, or a paragraph that opens
    with an item marker the ingest did not mark ("1)" lines)?"""
    if unit.get("kind") in ("item", "heading"):
        return True
    return _G.item_marker.match(doc_text, unit["start"], unit["end"]) is not None


def _closeness(question: str, heading: str) -> float:
    """Share of character pairs a heading and the question have in common, of all the pairs
    either has (0 when no question is given)."""
    a, b = bigrams(normalize(question)), bigrams(normalize(heading))
    return len(a & b) / len(a | b) if a and b else 0.0
