"""Yes/no on one version of a revised rule, read from a table that sets the old rule beside
the new one (a clause comparison table: clause | old rule | revised rule | main change): a
question naming one version ("under the old measure ...") is decided by that version's
cell alone, not by the row, whose other cells say the opposite. A version's cell saying
there was no such rule answers no. Module functions; no state. The words are data:
``resources/table_grammar.yaml``; examples in tests/test_table_grammar.py.
"""

from __future__ import annotations

from assistant.answering.answer_parts import as_sentence
from assistant.answering.differences import table_grammar
from assistant.answering.evidence import Sentence, Term, coverage
from assistant.answering.polarity import YES_COVERAGE, polarity
from assistant.answering.table_reading import cell_text
from assistant.answering.version_columns import asks_both, change_asking
from assistant.messages import msg
from assistant.retrieval.versions_asked import version_asked
from assistant.text import normalize


def _column(header: tuple[str, ...], words: tuple[str, ...]) -> str | None:
    found = [h for h in header if any(w in normalize(h) for w in words)]
    return found[0] if len(found) == 1 else None


# Cells of a two-version table's header: the row's label, then one column per version.
TWO_VERSION_CELLS = 3


def _versions(header: tuple[str, ...]) -> tuple[str | None, str | None]:
    """The old and the new version's columns. A table setting only two versions side by side
    names one by a version word ("revised draft") and the other by its own name (an edition
    with its year): that other one is the other version."""
    g = table_grammar()
    old, new = _column(header, g.old_columns), _column(header, g.new_columns)
    if len(header) == TWO_VERSION_CELLS and (old is None) != (new is None):
        other = [h for h in header[1:] if h not in (old, new)]
        if len(other) == 1:
            old, new = (other[0], new) if old is None else (old, other[0])
    return old, new


def asked_version_column(row: Sentence, question: str) -> str | None:
    """The column of the version the question names, when the row's table has an old and
    a new column and the question names exactly one version. A question naming no version
    and asking no change asks of the rule in force: the revised one."""
    old, new = _versions(row.header)
    if old is None or new is None:
        return None
    asked = version_asked(question)
    if asked is None and not asks_both(question):
        norm = normalize(question)
        return None if any(w in norm for w in change_asking()) else new
    return {"newer": new, "older": old}.get(asked or "")


def _other_column(row: Sentence, column: str) -> str | None:
    """The other version's column of a row, beside the asked ``column``."""
    old, new = _versions(row.header)
    return new if column == old else old


def _only_other_holds(row: Sentence, column: str, cell: str, terms: list[Term]) -> bool:
    """Does the other version's cell answer the question while this one lacks one of its
    words (the old rule rewards provincial platforms, the revised one national ones too)?"""
    other = normalize(cell_text(row, _other_column(row, column) or "") or "")
    mine = normalize(cell)
    lacking = [
        t
        for t in terms
        if t.primary and t.is_content and t.found_in(other) and not t.found_in(mine)
    ]
    return bool(lacking) and coverage(terms, other) >= YES_COVERAGE


def version_verdict(doc_text: str, best: Sentence, aq, terms: list[Term]):
    """(direct answer, quotes) for a yes/no on the version a question names, from that
    version's cell of the best row; the row without a verdict when the cell decides
    nothing; None when the row is no such table's."""
    if not best.cells:
        return None
    column = asked_version_column(best, aq.text)
    cell = cell_text(best, column) if column else None
    if not cell:
        return None
    at = doc_text.find(cell, best.start, best.end)
    if at < 0:
        return None
    figures = [n for n in aq.numbers if n not in normalize(cell)]
    other_figure = any(n in normalize(best.text) for n in figures)
    if cell in table_grammar().none_cells or other_figure:
        # No such rule in this version, or the question's figure is the other version's.
        verdict: bool | None = False
    elif _only_other_holds(best, column, cell, terms):
        # Only the other version has what is asked (the revision added national platforms
        # to a reward for provincial ones).
        verdict = False
    else:
        verdict = polarity(aq, cell, terms)
        if verdict is None and best.cells[0] != cell:
            # The row's label names what the cell states ("third-year rate: 20% of rent").
            verdict = polarity(aq, f"{best.cells[0]}:{cell}", terms)
    if verdict is None:
        # The row sets both versions side by side: it decides nothing as a whole.
        return as_sentence(best.text), [(best, None)]
    # The asked version's cell first, then the row's other cells but the other version's
    # (the change a revision table states is often the deciding word: "no longer required").
    other = _other_column(best, column)
    said = [msg("row_cell", name=column, value=cell)] + [
        msg("row_cell", name=h, value=c.strip())
        for h, c in zip(best.header, best.cells, strict=False)
        if h not in (column, other) and c.strip()
    ]
    direct = msg("answer_yes" if verdict else "answer_no") + msg("row_first_joiner").join(said)
    return direct.rstrip("。") + "。", [(best, None)]
