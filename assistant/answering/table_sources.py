"""One table row asked of several documents: the same row name (fixed-asset investment) in two
reports' tables. A question that names neither report is answered by both values, each with
its document, rather than by whichever table was retrieved first. Module functions; no state.
"""

from __future__ import annotations

from assistant.answering.composing import doc_date, one_subject
from assistant.answering.evidence import Sentence
from assistant.answering.rendering import render_conflict
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
    docs = {doc_id: index.document(doc_id) for doc_id in per_doc}
    dated = sorted(per_doc.values(), key=lambda x: doc_date(docs[x[0].doc_id]) or "", reverse=True)
    values = [
        (value, docs[row.doc_id].title, doc_date(docs[row.doc_id]), n)
        for n, (row, value) in enumerate(dated, start=offset + 1)
    ]
    intro = "conflict_intro" if one_subject(list(docs.values())) else "conflict_subjects_intro"
    return render_conflict(values, intro), [(row, None) for row, _ in dated], True
