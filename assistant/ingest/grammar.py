"""The grammar of Chinese policy documents, compiled from ``resources/document_grammar.yaml``.

Numbering that makes headings and list items, question/answer markers, header and
signature labels, document-number and date forms, kind words and region names are data,
not code: this module only compiles them and offers small predicates over one line of
text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

import yaml

_SENTENCE_PUNCT = re.compile(r"[。！？；!?;,，、]")
# Marks that never occur inside one body's name.
_NAME_BREAK = re.compile(r"[，。；：:、]")
# An issuing body named on its own line is short.
ISSUER_MAX_CHARS = 40
_HEADING_PUNCT = re.compile(r"[。！？；!?;,，]")
_TERMINAL = set("。！？；!?;:：…")
_CLOSERS = set("”’」』）)】》\"'")
# A line ending in a comma or an enumeration comma stops mid-clause: a source that broke
# one sentence into paragraphs (a converted layout) continues it on the next one.
_MID_CLAUSE = set("，,、")


@dataclass(frozen=True)
class Grammar:
    headings: tuple[tuple[re.Pattern[str], int, bool], ...]
    heading_max_chars: int
    items: tuple[re.Pattern[str], ...]
    question: tuple[re.Pattern[str], ...]
    answer: tuple[re.Pattern[str], ...]
    standalone: tuple[re.Pattern[str], ...]
    labels: dict[str, tuple[str, ...]]
    doc_number: re.Pattern[str]
    date_arabic: re.Pattern[str]
    date_chinese: re.Pattern[str]
    valid_until: re.Pattern[str]
    effective_from: re.Pattern[str]
    issuer_suffixes: tuple[str, ...]
    byline: re.Pattern[str]
    editor_note: re.Pattern[str]
    kinds: dict[str, tuple[str, ...]]
    regions: tuple[str, ...]
    region_suffixes: tuple[str, ...]
    valid_years: re.Pattern[str]
    normative_kinds: tuple[str, ...]
    dated_subtitle: re.Pattern[str]
    zone_words: tuple[str, ...]
    byline_kind: str
    issuer_joiner: str
    print_record_end: str
    title_openers: tuple[str, ...]
    cn_digits: dict[str, int]
    cn_ten: str
    numerals: str
    filter_fields: dict[str, str]


def _compile(pattern: str, num: str) -> re.Pattern[str]:
    return re.compile(pattern.replace("{num}", num))


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    raw: dict[str, Any] = yaml.safe_load(
        files("assistant.resources").joinpath("document_grammar.yaml").read_text(encoding="utf-8")
    )
    num = raw["numerals"]
    return Grammar(
        filter_fields={
            alias: field for field, names in raw["filter_fields"].items() for alias in names
        },
        headings=tuple(
            (_compile(h["pattern"], num), int(h["level"]), bool(h.get("enumeration")))
            for h in raw["headings"]
        ),
        heading_max_chars=int(raw["heading_max_chars"]),
        items=tuple(_compile(i["pattern"], num) for i in raw["items"]),
        question=tuple(re.compile(p) for p in raw["qa"]["question"]),
        answer=tuple(re.compile(p) for p in raw["qa"]["answer"]),
        standalone=tuple(re.compile(p) for p in raw["standalone"]),
        labels={k: tuple(v) for k, v in raw["labels"].items()},
        doc_number=re.compile(raw["doc_number"]),
        date_arabic=re.compile(raw["date_arabic"]),
        date_chinese=re.compile(raw["date_chinese"]),
        valid_until=re.compile(raw["valid_until"]),
        effective_from=re.compile(raw["effective_from"]),
        # Longest first, so "人民政府办公厅" is preferred to "厅".
        issuer_suffixes=tuple(sorted(raw["issuer_suffixes"], key=len, reverse=True)),
        byline=re.compile(raw["byline"]),
        editor_note=re.compile(raw["editor_note"]),
        kinds={k: tuple(v) for k, v in raw["kinds"].items()},
        regions=tuple(raw["regions"]),
        region_suffixes=tuple(sorted(raw["region_suffixes"], key=len, reverse=True)),
        numerals=num,
        valid_years=re.compile(raw["valid_years"]),
        normative_kinds=tuple(raw["normative_kinds"]),
        dated_subtitle=re.compile(raw["dated_subtitle"]),
        zone_words=tuple(raw["zone_words"]),
        byline_kind=str(raw["byline_kind"]),
        issuer_joiner=str(raw["issuer_joiner"]),
        print_record_end=str(raw["print_record_end"]),
        title_openers=tuple(raw["title_openers"]),
        cn_digits={c: i for i, c in enumerate(raw["cn_digits"])} | {raw["cn_zero"]: 0},
        cn_ten=str(raw["cn_ten"]),
    )


def ends_paragraph(text: str) -> bool:
    """Does the line end a sentence (closing quotes and brackets allowed after the stop)?"""
    text = text.rstrip()
    while text and text[-1] in _CLOSERS:
        if len(text) >= 2 and text[-2] in _TERMINAL:
            return True
        text = text[:-1]
    return bool(text) and text[-1] in _TERMINAL


def stops_mid_clause(text: str) -> bool:
    """Does the line stop inside a clause (it ends with a comma)?"""
    text = text.rstrip()
    return bool(text) and text[-1] in _MID_CLAUSE


def heading_level(line: str) -> int:
    """Level of a numbered heading line (chapter, Chinese-numeral and bracketed-numeral
    headings; document_grammar.yaml ``headings``), else 0.

    A heading is short, does not end a sentence and has no sentence punctuation after
    its marker; a numbered line that reads as a sentence is a list item instead."""
    g = grammar()
    for pattern, level, enumeration in g.headings:
        m = pattern.match(line)
        if m is None:
            continue
        rest = line[m.end() :].strip()
        if not rest or len(rest) > g.heading_max_chars:
            return 0
        punct = _HEADING_PUNCT if enumeration else _SENTENCE_PUNCT
        if ends_paragraph(line) or punct.search(line[max(2, m.end()) :]):
            return 0
        return level
    return 0


def starts_item(line: str) -> bool:
    """Does the line start a list item or numbered clause?"""
    return any(p.match(line) for p in grammar().items)


def is_question(line: str) -> bool:
    return any(p.match(line) for p in grammar().question)


def is_answer(line: str) -> bool:
    return any(p.match(line) for p in grammar().answer)


def is_standalone(line: str) -> bool:
    """A header/signature line (a document number, a date, "label: value") that is never joined."""
    return any(p.match(line) for p in grammar().standalone)


def is_issuer_name(line: str) -> bool:
    """A whole line that is an issuing body's name: short, no sentence punctuation, ending
    with an issuer suffix (document_grammar.yaml ``issuer_suffixes``)."""
    line = line.strip()
    return (
        0 < len(line) <= ISSUER_MAX_CHARS
        and not ends_paragraph(line)
        and not _NAME_BREAK.search(line)
        and line.endswith(grammar().issuer_suffixes)
    )


def is_byline(line: str) -> bool:
    return grammar().byline.match(line) is not None and not _SENTENCE_PUNCT.search(line)


def editor_note(line: str) -> str | None:
    """The label of an editor's note standing alone on its line (document_grammar.yaml
    ``editor_note``), else None."""
    m = grammar().editor_note.match(line)
    return m.group(1) if m and not m.group(2) else None
