"""A table row's figure quoted where the document says it with its unit.

A row such as "revenue | 21.73 | 24.13 | 100 million yuan" keeps its unit in a cell of its
own, so the answer "24.13 (unit)" joins two cells that no verbatim quote of the row holds
together. When the same document states the figure with its unit in prose beside the
row's label (a report's summary paragraph), that sentence is quoted too, so the reader
sees the value as the answer says it. When no sentence does and the unit is the column's
(a header "amount (unit: 10k yuan)"), the table's header line is quoted with the row.
Functions without state.
"""

from __future__ import annotations

import re

from assistant.answering.evidence import Sentence
from assistant.text import normalize

_FIGURE = re.compile(r"([-+]?\d+(?:\.\d+)?)(.*)", re.DOTALL)
# Where a prose sentence ends: a full stop, a question or exclamation mark, a line break.
_SENTENCE_END = "。！？!?\n"
# A row's text joins its cells with this: a sentence holding it is a row, not prose.
_CELL_SEP = " | "


def _label(row: Sentence) -> str:
    """The row's name: its first cell without a figure."""
    return next((c for c in row.cells if not re.search(r"\d", c)), "")


def prose_statement(
    doc_text: str, row: Sentence, value: str
) -> tuple[Sentence, tuple[int, int]] | None:
    """The sentence of the row's document that states ``value`` (a figure with its unit)
    with the row's label, and the span of the figure; None when no prose sentence does.
    The label guards against the same figure said of another measure."""
    m = _FIGURE.fullmatch(value.strip())
    label = normalize(_label(row)).strip()
    if m is None or not m.group(2).strip() or len(label) < 2:
        return None
    number, unit = m.group(1), m.group(2).strip()
    pattern = re.compile(rf"(?<![\d.]){re.escape(number)}\s*{re.escape(unit)}")
    for found in pattern.finditer(doc_text):
        start = max(doc_text.rfind(ch, 0, found.start()) for ch in _SENTENCE_END) + 1
        ends = [i for ch in _SENTENCE_END if (i := doc_text.find(ch, found.end())) >= 0]
        end = min(ends) + 1 if ends else len(doc_text)
        text = doc_text[start:end]
        if _CELL_SEP in text or label not in normalize(text):
            continue
        quote = Sentence(row.doc_id, row.title, row.section, start, end, text, row.rank)
        return quote, (found.start(), found.end())
    return None


def header_statement(doc_text: str, row: Sentence, header: str) -> Sentence | None:
    """The table's header line above the row that names the column ``header`` (where the
    column states its unit), as a quote; None when no table line above the row does."""
    if not header:
        return None
    at = doc_text.rfind(header, 0, row.start)
    if at < 0:
        return None
    start = doc_text.rfind("\n", 0, at) + 1
    end = doc_text.find("\n", at)
    end = end if 0 <= end <= row.start else row.start
    text = doc_text[start:end].rstrip()
    if _CELL_SEP not in text or start >= row.start:
        return None
    return Sentence(row.doc_id, row.title, row.section, start, start + len(text), text, row.rank)
