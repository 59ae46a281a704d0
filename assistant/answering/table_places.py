"""Whether a thing may be sited at a place, against a table row requiring it at another:
"can a chemical materials project be built in the east area?" is no when the row of chemical
materials projects says they must enter another area. The thing must be the row's name cell
or the subject of the requiring clause within a cell; the same place decides nothing (the
row's other conditions still apply), so only no is read. The words are table_grammar.yaml's
``required_place``; examples in tests/test_table_places.py. Module functions; no state.
"""

from __future__ import annotations

import re

from assistant.answering.composing import Context, row_answer
from assistant.answering.differences import table_grammar_groups
from assistant.answering.grammar import alternation
from assistant.answering.table_reading import MIN_CELL_CHARS, cell_core, tables_of
from assistant.index import Index
from assistant.messages import msg
from assistant.text import normalize

_P = table_grammar_groups()["required_place"]


_ASKED = re.compile(
    rf"(?:{alternation(_P['asked_verbs'])})(?P<place>[^，,。？?]+?)(?:{alternation(_P['ends'])})?[？?]?$"
)
_REQUIRED = re.compile(rf"(?:{alternation(_P['required'])})(?P<place>[^，,；;。、]+)")
_CLAUSE = re.compile(r"[，,；;。]")


def asked_place(question: str) -> tuple[str, str] | None:
    """(the thing, the place) a question asks about siting, or None."""
    norm = normalize(question).strip()
    m = _ASKED.search(norm)
    if m is None:
        return None
    thing, place = norm[: m.start()].strip(), m.group("place").strip()
    if len(thing) < MIN_CELL_CHARS or len(place) < MIN_CELL_CHARS:
        return None
    return thing, place


def required_places(cell: str, name: str, thing: str) -> list[str]:
    """The places a cell requires for the thing: a clause's requirement whose subject (the
    words before it in the clause) is in the thing asked about, or, with no subject, the
    requirement of the row whose name (``name``) is in the thing."""
    found = []
    for clause in _CLAUSE.split(normalize(cell)):
        for m in _REQUIRED.finditer(clause):
            subject = clause[: m.start()].strip()
            if (subject and subject in thing) or (not subject and name and name in thing):
                found.append(m.group("place").strip())
    return found


def _other_place(required: str, asked: str) -> bool:
    """Are the two places different ones (neither names the other)?"""
    return required not in asked and asked not in required


def place_verdict(index: Index, ctx: Context):
    """(no with the row, quotes) when a row requires the asked thing at another place than
    the one the question asks about, else None."""
    found = asked_place(ctx.aq.text) if ctx.aq.qtype == "yesno" else None
    if found is None:
        return None
    thing, place = found
    for table in tables_of(index, ctx.sentences):
        for row in table.rows:
            names = [cell_core(c) for c in row.cells if len(cell_core(c)) >= MIN_CELL_CHARS]
            name = next((n for n in names if n in thing), "")
            for cell in row.cells:
                required = required_places(cell, name, thing)
                if required and all(_other_place(r, place) for r in required):
                    return msg("answer_no") + row_answer(row) + "。", [(row, None)]
    return None
