"""A body asked for that the answering unit names only in its frame.

Pages of departments' duties, measures that assign tasks and guides listing who handles
what state each duty under the body that holds it: the body is the heading of its section
("2. Bureau of Economic Development") or opens the paragraph as a lead-in ("The bureau's
main duties: responsible for …; responsible for …"). The clause that answers "which
department handles X" then says only "responsible for X", and its answer is the body in
its frame, not the clause. Functions without state; the words are
data (``body_kinds`` and ``body_suffixes`` in ``resources/question_grammar.yaml``, heading
numbering in ``resources/document_grammar.yaml``).
"""

from __future__ import annotations

import re

from assistant.answering.answer_parts import as_sentence
from assistant.answering.evidence import Sentence
from assistant.answering.grammar import alternation, grammar
from assistant.answering.headings import open_sections
from assistant.answering.posts import NAME_BOUNDARY
from assistant.answering.slots import BODY_SUFFIXES
from assistant.index import Index
from assistant.ingest.grammar import grammar as document_grammar
from assistant.text import load_pos_tagger, normalize, words

_E = grammar().raw["entity"]
_ASKS_BODY = re.compile(
    f"(?:{alternation(_E['body_asking'])})(?:{alternation([*_E['body_kinds'], *BODY_SUFFIXES])})"
)
# A lead-in ends with a colon this close to its paragraph's start: further on, the colon
# introduces something inside a statement, not the paragraph's subject.
LEAD_CHARS = 24
_COLON = re.compile(r"[:：]")
# The document title (level 1) names the document, not a section's holder.
TITLE_LEVEL = 1
# Part-of-speech tag of an organisation's name; the tags (first letter) of the words a name
# opens and ends with (nouns, place names, abbreviations), and of those it may hold
# inside ("科技创新局", "住房保障中心").
_ORGANISATION = "nt"
_NOUN_TAGS = ("n", "j")
_INNER_TAGS = ("n", "j", "v", "a")


def asks_body(question: str) -> bool:
    """Does the question ask which body (department, office, bureau)?"""
    return _ASKS_BODY.search(normalize(question)) is not None


def _is_body(word: str) -> bool:
    """A word naming a body: longer than a bare suffix (a public security bureau, not the
    bare word for bureau or for government)."""
    return any(word.endswith(s) and len(word) > len(s) for s in BODY_SUFFIXES)


def names_body(text: str, question: str) -> bool:
    """Does the text name a body of its own (not one of the question's)? A name is a run of
    words opening with a noun and ending with a noun that ends like a body's name, longer
    than the bare suffix (the city's housing security centre, not the bare word for centre;
    a verb ending with the character for office names nothing)."""
    q = normalize(question)
    run = ""
    for w in load_pos_tagger().cut(normalize(text)):
        noun = w.flag[:1] in _NOUN_TAGS
        named = w.flag == _ORGANISATION or (noun and w.word.endswith(BODY_SUFFIXES))
        if named and _is_body(run + w.word) and (run + w.word) not in q:
            return True
        inside = noun or (run and w.flag[:1] in _INNER_TAGS)
        run = run + w.word if inside else ""
    return False


def leading_body(text: str) -> tuple[int, int] | None:
    """The span of the body's name that opens ``text`` (after any heading numbering): the
    words up to the last one ending like a body's name, before the first boundary."""
    start = 0
    for pattern, _, _ in document_grammar().headings:
        m = pattern.match(text)
        if m is not None:
            start = m.end()
            break
    stop = NAME_BOUNDARY.search(text, start)
    piece = text[start : stop.start() if stop else len(text)]
    pos, end = 0, None
    for word in words(piece):
        pos += len(word)
        if word.endswith(BODY_SUFFIXES):
            end = pos
    if end is None or not _is_body(piece[:end]):
        return None
    return start, start + end


def _frames(index: Index, unit: Sentence) -> list[tuple[int, int]]:
    """Spans of the unit's document that frame it, nearest first: the lead-in its paragraph
    opens with, then the headings above it, innermost first."""
    doc = index.document(unit.doc_id)
    if doc is None:
        return []
    text = doc.text
    para = text.rfind("\n", 0, unit.start) + 1
    spans = []
    colon = _COLON.search(text, para, min(unit.end, para + LEAD_CHARS))
    if colon is not None:
        spans.append((para, colon.start()))
    for sec in reversed(open_sections(doc.sections, unit.start)):
        title = sec["title"] or ""
        at = text.find(title, sec["start"]) if title and sec["level"] > TITLE_LEVEL else -1
        if at >= 0:
            spans.append((at, at + len(title)))
    return spans


def framed_body(index: Index, question: str, unit: Sentence):
    """(direct answer, quotes) naming the body the unit's frame puts over it, when the
    question asks which body and the unit names none of its own; else None."""
    if not asks_body(question):
        return None
    doc = index.document(unit.doc_id)
    q = normalize(question)
    for start, end in _frames(index, unit):
        own = doc.text[max(end, unit.start) : unit.end]
        if names_body(own, question):
            return None  # the unit names a body itself: the frame's is not the answer
        found = leading_body(doc.text[start:end])
        if found is None:
            continue
        s, e = start + found[0], start + found[1]
        name = doc.text[s:e]
        stem = next((name[: -len(x)] for x in BODY_SUFFIXES if name.endswith(x)), name)
        if normalize(name) in q or (stem and normalize(stem) in q):
            continue  # the body the question asks about, not its answer
        if start >= unit.start:
            return as_sentence(name), [(unit, (s, e))]
        frame = Sentence(
            unit.doc_id, unit.title, unit.section, start, end, doc.text[start:end], unit.rank
        )
        return as_sentence(name), [(frame, (s, e)), (unit, None)]
    return None
