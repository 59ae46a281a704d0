"""Labelled fields: a line or bracket writing "label: value" answers a question that names
the label or asks the slot the label stands for.

Minutes, notices and service guides state facts as fields ("place: …", "deadline: …",
"responsible unit: …") rather than in sentences. A question naming a field's label
("what is the deadline of this task") is answered by the value of the field in the
section about its matter; a question asking where or on which day a meeting was held is
answered by the place or time field of the document's header. Words are data in
``resources/question_grammar.yaml`` (group ``fields``: the slots a question asks) and
``resources/label_grammar.yaml`` (group ``named_fields``: the labels a question names),
read by the one reader of label lines (``label_lines``); examples in tests/test_fields.py.
Functions without state.
"""

from __future__ import annotations

from assistant.answering.answer_parts import as_sentence
from assistant.answering.composing import Context
from assistant.answering.evidence import Sentence, Term, coverage
from assistant.answering.grammar import grammar
from assistant.answering.label_lines import field, labels
from assistant.text import normalize

_F = grammar().raw["fields"]
_NAMED = labels("named_fields")
# Characters after the title that hold a document's header fields (time, place, chair).
HEADER_CHARS = 240
# Share of the question's weighted matter words (those not asking for the field) the
# document's title with the field's section and unit must hold: as much as a covering unit
# needs; lower, and another section's field would answer.
FIELD_COVERAGE = 0.6
# Brackets a field's value may open and close around a gloss of its own.
_OPENERS, _CLOSERS = "（(", "）)"
# Question types a field's value answers.
FIELD_TYPES = ("date", "entity", "list", "definition")


def asked_labels(question: str) -> tuple[tuple[str, ...], bool]:
    """The labels a question asks for, and whether it names one itself (a named label is
    read anywhere; a slot's label only in the document's header)."""
    q = normalize(question)
    named = next((w for w in _NAMED if w in q), None)
    if named is not None:
        return (named,), True
    for slot in _F["slots"]:
        if any(w in q for w in slot["asking"]) and any(w in q for w in slot["events"]):
            # A slot of a section's own field (a body's office) is read like a named label.
            return tuple(slot["labels"]), bool(slot.get("in_sections"))
    return (), False


def _matter(terms: list[Term], labels: tuple[str, ...]) -> list[Term]:
    return [
        t
        for t in terms
        if t.primary and t.known and t.is_content and not any(t.text in w for w in labels)
    ]


def field_answer(index, ctx: Context, scoring):
    """(direct answer, quotes) from the field the question asks for, in the unit or header
    covering its matter best; None when it asks for no field or none covers its matter."""
    # A field is a value: a yes/no, a count or a comparison is decided elsewhere, and a
    # question of several parts has each part answered on its own.
    if ctx.aq.qtype not in FIELD_TYPES or len(ctx.aq.parts) > 1:
        return None
    labels, named = asked_labels(ctx.aq.text)
    if not labels:
        return None
    # A section's own field answers for the section's body: the document's title, which
    # every section shares, does not say which section is asked about.
    sectioned = named and not any(w in normalize(ctx.aq.text) for w in labels)
    pattern = field(labels)
    matter = _matter(ctx.terms, labels)
    best, best_cover = None, FIELD_COVERAGE
    seen: set[str] = set()
    for unit, _ in scoring(ctx):
        if named:
            text, offset, where = unit.text, unit.start, f"{unit.section}\n{unit.text}"
        elif unit.doc_id not in seen:
            seen.add(unit.doc_id)
            doc = index.document(unit.doc_id)
            text, offset = doc.text[: len(doc.title) + HEADER_CHARS], 0
            where = text
        else:
            continue
        m = pattern.search(text)
        if m is None:
            continue
        cover = _cover(matter, unit.title, where, sectioned)
        if cover >= best_cover and (best is None or cover > best_cover):
            best, best_cover = (unit, offset + m.start(1), offset + m.end(1)), cover
    if best is None:
        return None
    unit, s, e = best
    doc_text = index.document(unit.doc_id).text
    # A value cut at the closing bracket of its own gloss ("site (online") keeps it.
    opened = max(doc_text.rfind(b, s, e) for b in _OPENERS)
    if opened > s and not any(c in doc_text[opened:e] for c in _CLOSERS):
        e = e + 1 if doc_text[e : e + 1] in tuple(_CLOSERS) else opened
    value = doc_text[s:e].strip()
    quote = Sentence(unit.doc_id, unit.title, unit.section, s, e, doc_text[s:e], unit.rank)
    return as_sentence(value), [(quote, (s, e))]


def _cover(matter: list[Term], title: str, where: str, sectioned: bool) -> float:
    """How well the field's place covers the question's matter. A section's own field
    must be in the section naming the matter the title does not (the title is every
    section's), and the title with the section must hold the matter as a whole (the
    agency of the tender the title names); matter the title holds all of is the section's
    to name (the committee's own address, not the first section's office)."""
    if not matter:
        return 1.0
    framed = normalize(f"{title}\n{where}")
    if not sectioned:
        return coverage(matter, framed)
    specific = [t for t in matter if not t.found_in(normalize(title))]
    return min(coverage(specific or matter, normalize(where)), coverage(matter, framed))
