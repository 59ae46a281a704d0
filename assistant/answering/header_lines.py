"""A table's header line as a yes/no's best unit.

The header line names a table's columns ("No. | project | content | years | responsible
unit") and states nothing: a question sharing those names ("may the responsible unit change
the content and years?") is neither affirmed nor denied by it. A unit is a header line when
it is not itself a read row and its cells are the column names of the table row after it.
Pure function of the document's table rows.
"""

from __future__ import annotations

from assistant.answering.evidence import Sentence
from assistant.answering.units import table_rows
from assistant.text import normalize

CELL_MARK = "|"


def _cells(text: str) -> list[str]:
    return [normalize(c).strip() for c in text.split(CELL_MARK)]


def header_line(doc, unit: Sentence) -> bool:
    """Is ``unit`` the header line of the table following it in ``doc``?"""
    if unit.header or CELL_MARK not in unit.text:
        return False
    rows = table_rows(doc)
    after = [start for start in rows if start >= unit.end]
    if not after:
        return False
    header = rows[min(after)].get("header") or ()
    return bool(header) and [normalize(h).strip() for h in header] == _cells(unit.text)
