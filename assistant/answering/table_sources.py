"""One table row asked of several documents: the same row name (fixed-asset investment) in two
reports' tables. A question that names neither report is answered by both values, each with
its document, rather than by whichever table was retrieved first. Module functions; no state.
"""

from __future__ import annotations

from assistant.answering.conflicts import dated_conflict
from assistant.answering.evidence import Sentence
from assistant.answering.table_reading import asked_cell
from assistant.index import Index
from assistant.text import normalize

# Answer types whose value a row's cell states, and so can differ between documents.
VALUE_TYPES = frozenset({"number", "date", "ranking"})

Found = tuple[str, list[tuple[Sentence, tuple[int, int] | None]]]


def across_documents(index: Index, aq, found: list[Found], offset: int = 0):
    """(direct, quotes, inline markers) from the row answers of the tables, one per
    document in order of retrieval: the first one when they agree (or only one document
    answers), else every document's value, newest first."""
    if not found:
        return None
    first = (*found[0], False)
    if aq.qtype not in VALUE_TYPES:
        return first
    per_doc: dict[str, tuple[Sentence, str]] = {}
    for _, quotes in found:
        if len(quotes) != 1:
            continue
        row = quotes[0][0]
        cell = asked_cell(row, aq.qtype, aq.text, aq.numbers)
        if cell is not None and row.doc_id not in per_doc:
            per_doc[row.doc_id] = (row, cell[1])
    if len(per_doc) < 2 or len({normalize(v) for _, v in per_doc.values()}) < 2:
        return first
    entries = [(index.document(row.doc_id), value, (row, None)) for row, value in per_doc.values()]
    return (*dated_conflict(entries, offset), True)
