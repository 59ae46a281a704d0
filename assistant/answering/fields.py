"""Field lines: a short label, a colon and its value (a founding date, a meeting's place, a
bracketed trailer naming the responsible unit and the deadline of an agreed item). A profile
page, a meeting's header block or a task's trailer states its facts this way, with the matter
in the label and the subject in the title or heading above: a question naming the label's
matter and asking for the label's kind of value (the year of founding) is answered by it.

A label is its matter and an optional kind noun (time, place): a kind noun must match what
the question asks for, the matter must be said in the question, and the question's other
words must be found in the title, heading and header around the line. A bare kind label (a
meeting header's "time:") is the time or place of the document's own event: it answers a question asking when or
where that event is held, and only from the document's opening block. The grammar is data:
``resources/field_grammar.yaml``; examples in tests/test_fields.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files

import yaml

from assistant.answering.composing import Context, as_sentence
from assistant.answering.constraints import is_name
from assistant.answering.evidence import Sentence, Term, coverage
from assistant.answering.items import line_span
from assistant.text import normalize

# Longest label read as a field's name: longer, and the text before a colon is a clause.
MAX_LABEL_CHARS = 8
# Longest value: profile, header and trailer values are short; a longer text after a colon
# is a paragraph introduced by a lead-in, which the other answer paths read.
MAX_VALUE_CHARS = 60
# Share of the weight of the question's words outside the label that the line's title,
# headings and header must hold; every name among them must be there. A lower share lets a
# field of another subject answer ("成立时间" of another zone's profile).
FIELD_COVERAGE = 0.75
# A bare kind label ("时间：", "地点：") belongs to the document's own event only in its
# opening block (the header lines of minutes or a notice of a meeting): characters read.
OPENING_CHARS = 400
# Question types a field's value answers: a yes/no, comparison or multi-part question needs
# more than one value.
FIELD_TYPES = ("entity", "number", "date", "duration", "list", "definition", "multiturn")
_FIELD = re.compile(rf"([\u4e00-\u9fff]{{1,{MAX_LABEL_CHARS}}})[:：]\s*([^;；]+)")
_BRACKETS = "（()）"
# A list marker ("-", "1.") may open a field line; words before a label make it a clause.
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class FieldGrammar:
    kinds: dict[str, tuple[str, ...]]
    asks: dict[str, re.Pattern[str]]
    event_verbs: re.Pattern[str]
    other_occurrence: re.Pattern[str]
    lead_in_endings: tuple[str, ...]
    label_particles: frozenset[str]


def _words(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@lru_cache(maxsize=1)
def field_grammar() -> FieldGrammar:
    raw = yaml.safe_load(
        files("assistant.resources").joinpath("field_grammar.yaml").read_text("utf-8")
    )
    return FieldGrammar(
        kinds={k: tuple(sorted(v, key=len, reverse=True)) for k, v in raw["kinds"].items()},
        asks={k: _words(v) for k, v in raw["asks"].items()},
        event_verbs=_words(raw["event_verbs"]),
        other_occurrence=_words(raw["other_occurrence"]),
        lead_in_endings=tuple(raw["lead_in_endings"]),
        label_particles=frozenset(raw["label_particles"]),
    )


@dataclass(frozen=True)
class Field:
    label: str
    value: str
    start: int  # the label's offset in the document text
    end: int  # the value's end


def fields_of(text: str, offset: int = 0) -> list[Field]:
    """The fields of one line: the line itself or the semicolon-separated pieces of a
    bracketed line; none when the text before a colon is a lead-in clause or the text after
    it a paragraph (examples in tests/test_fields.py)."""
    g = field_grammar()
    out = []
    for m in _FIELD.finditer(text):
        before = text[: m.start()].rstrip()
        if before and before[-1] not in _BRACKETS + "；;" and _CJK.search(before):
            continue  # the colon ends a clause of a sentence, not a label of its own
        label, value = m.group(1), m.group(2).strip().rstrip(_BRACKETS + "。 ")
        if not value or len(value) > MAX_VALUE_CHARS:
            continue
        if label.endswith(g.lead_in_endings) or g.label_particles & set(label):
            continue
        out.append(Field(label, value, offset + m.start(1), offset + m.start(2) + len(value)))
    return out


def label_kind(label: str) -> tuple[str | None, str]:
    """(kind of value, matter) of a label: the founding time is ("date", founding), a bare
    place label ("place", ""), a chair label (None, chair)."""
    for kind, nouns in field_grammar().kinds.items():
        for noun in nouns:
            if label.endswith(noun):
                return kind, label[: -len(noun)]
    return None, label


def asks_kind(question: str, qtype: str) -> set[str]:
    """The kinds of value a question asks for."""
    q = normalize(question)
    kinds = {k for k, pattern in field_grammar().asks.items() if pattern.search(q)}
    return kinds | ({"date"} if qtype == "date" else set())


def _says(matter: str, question: str, terms: list[Term]) -> bool:
    """Is the label's matter said in the question, itself or by a synonym of a term?"""
    return matter in question or any(matter in (t.text, *t.variants) for t in terms)


def _asked_by(field: Field, question: str, qtype: str, terms: list[Term]) -> bool:
    """Does the question ask for this field's value?"""
    kind, matter = label_kind(field.label)
    if kind is not None and kind not in asks_kind(question, qtype):
        return False
    if matter:
        return len(field.label) >= 2 and _says(matter, question, terms)
    # The document's own event, held then or there; not its next or last occurrence.
    g = field_grammar()
    return bool(g.event_verbs.search(question)) and not g.other_occurrence.search(question)


def _item(doc_text: str, unit: Sentence, line_start: int) -> str:
    """The text of the section the line closes, from its heading to the line: a trailer
    under an agreed item is read with the item it closes."""
    at = doc_text.rfind(unit.section, 0, line_start) if unit.section else -1
    return doc_text[at:line_start] if at >= 0 else ""


def _context(doc_text: str, unit: Sentence, field: Field, item: str) -> str:
    """What the line is read with: its title, metadata, headings, header and section; a
    bare kind label also with its document's opening block, which names its event."""
    text = f"{unit.frame_norm}\n{normalize(unit.headings)}\n{normalize(item)}"
    if not label_kind(field.label)[1]:
        text += "\n" + normalize(doc_text[:OPENING_CHARS])
    return text


def field_answer(index, ctx: Context):
    """(direct answer, quotes) from the one field line the question asks for, or None.
    The retrieved units are read as they are: a field is chosen by how much of the
    question its surroundings hold, not by the units' scores, which need not be computed."""
    aq = ctx.aq
    if aq.qtype not in FIELD_TYPES:
        return None
    question = normalize(aq.text)
    # A pronoun ("this task") points back at the matter and is found nowhere as written.
    terms = [t for t in ctx.terms if t.primary and not t.pos.startswith("r")]
    if any(not t.known and t.is_content for t in terms):
        return None
    found: dict[tuple[str, int], tuple[tuple[float, float], Sentence, Field]] = {}
    for unit in ctx.sentences:
        doc_text = index.document(unit.doc_id).text
        ls, le = line_span(doc_text, unit.start)
        for field in fields_of(doc_text[ls:le], ls):
            if (unit.doc_id, field.start) in found or not _asked_by(
                field, question, aq.qtype, terms
            ):
                continue
            if not label_kind(field.label)[1] and field.start >= OPENING_CHARS:
                continue
            label = normalize(field.label)
            rest = [t for t in terms if not t.found_in(label)]
            item = _item(doc_text, unit, ls)
            whole = _context(doc_text, unit, field, item)
            # Names and numbers ("第7次", "2023年") select the subject: all must be there.
            if any((is_name(t) or t.pos == "m") and not t.found_in(whole) for t in rest):
                continue
            if rest and coverage(rest, whole) < FIELD_COVERAGE:
                continue
            near = normalize(f"{item}\n{doc_text[ls:le]}")
            key = (coverage(rest, near) if rest else 1.0, coverage(rest, whole) if rest else 1.0)
            found[(unit.doc_id, field.start)] = (key, unit, field)
    if not found:
        return None
    ranked = sorted(found.values(), key=lambda x: x[0], reverse=True)
    key, unit, field = ranked[0]
    if any(k == key and f.value != field.value for k, _, f in ranked[1:]):
        return None  # two fields answer alike with different values: the question is unclear
    doc_text = index.document(unit.doc_id).text
    quoted = replace(unit, start=field.start, end=field.end, text=doc_text[field.start : field.end])
    return as_sentence(f"{field.label}：{field.value}"), [(quoted, None)]
