"""A yes/no decided by a table row, said with the prose of the row's document too.

Reports state a change twice: a table row ("X | 355.9 | 349.2 | -1.9%") and a sentence of
commentary ("X fell 1.9%, the only zone to shrink"). A yes/no the row decides is answered
with the row and, when a retrieved sentence of the same document states one of the row's
figures and gives the same verdict on its own, with that sentence: the reader sees the
change said in words, as the document says it.
"""

from __future__ import annotations

from assistant.answering.answer_parts import as_sentence, has_number
from assistant.answering.evidence import Sentence, Term
from assistant.answering.grammar import grammar
from assistant.answering.polarity import polarity
from assistant.answering.table_reading import corroborated
from assistant.messages import msg

_G = grammar()


def _figures(row: Sentence) -> list[str]:
    """The row's figures, without sign or unit."""
    return [m.group(0).lstrip("+-") for cell in row.cells[1:] for m in _G.number.finditer(cell)]


def _figure_digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit() or ch == ".")


def corroborated_answer(tabled, aq, terms: list[Term], scored, rejected, index):
    """The table's answer with its quotes corroborated (see ``corroborated``), and for a
    yes/no decided by one row, the prose sentence of the row's document stating one of its
    figures with the same verdict, said after the row. ``scored``: the units best first;
    ``rejected``: why a unit cannot answer, or None."""
    direct, quotes, flag = tabled
    quotes = corroborated(quotes, aq, scored, rejected, index)
    yes, no = msg("answer_yes"), msg("answer_no")
    if aq.qtype != "yesno" or not direct.startswith((yes, no)) or len(quotes) != 1:
        return direct, quotes, flag
    row = quotes[0][0]
    figures = [d for f in _figures(row) if (d := _figure_digits(f))]
    if not row.cells or not figures:
        return direct, quotes, flag
    for unit, score in scored:
        if unit.cells or unit.doc_id != row.doc_id or rejected(unit, score) is not None:
            continue
        if not any(has_number(f, unit.text) for f in figures):
            continue
        if polarity(aq, unit.text, terms) is direct.startswith(yes):
            return direct + as_sentence(unit.text), [*quotes, (unit, None)], flag
    return direct, quotes, flag
