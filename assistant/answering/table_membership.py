"""Whether a list held in a table has an entry of a kind: "is there a case on the China-Europe
railway among the fifth batch of cases?" is yes when one cell of a row holds the words the
question asks after, in a table whose title, section or caption holds each content word the
question names the list by. Only yes is read: a table without such a row may not be the
whole list (it may go on in another chunk or document), so it decides nothing.
The words are table_grammar.yaml's ``listed_entry``; examples in
tests/test_table_membership.py. Module functions over an index; no state.
"""

from __future__ import annotations

import re

from assistant.answering.composing import Context, row_answer
from assistant.answering.differences import table_grammar_groups
from assistant.answering.grammar import alternation
from assistant.answering.table_reading import MIN_CELL_CHARS, tables_of
from assistant.index import Index
from assistant.messages import msg
from assistant.text import FIGURE, normalize

_L = table_grammar_groups()["listed_entry"]


# The list's name, a place word, the existence verb, the asked words, the asking end.
_ASKED = re.compile(
    rf"^(?P<list>.+?)(?:{alternation(_L['places'])})(?:{alternation(_L['verbs'])})"
    rf"(?P<asked>.+?)(?:{alternation(_L['ends'])})?[?？]?$"
)


def asked_entry(question: str) -> tuple[str, str] | None:
    """(the words naming the list, the words of the entry asked after), or None when the
    question does not ask whether a list holds an entry."""
    m = _ASKED.match(normalize(question).strip())
    if m is None or FIGURE.search(m.group("asked")):
        return None
    if any(w in m.group("asked") for w in _L["not_entries"]):
        return None  # "how many are on the list": a count, not an entry
    asked = m.group("asked").strip()
    return (m.group("list").strip(), asked) if len(asked) >= MIN_CELL_CHARS else None


def listed_entry(index: Index, ctx: Context):
    """(yes with the row, quotes) when a row of the list the question names holds the entry
    it asks after, else None."""
    found = asked_entry(ctx.aq.text)
    if ctx.aq.qtype != "yesno" or found is None:
        return None
    listed, asked = found
    naming = [t for t in ctx.terms if t.primary and t.is_content and t.found_in(listed)]
    if not naming:
        return None
    for table in tables_of(index, ctx.sentences):
        if not all(t.found_in(table.context) for t in naming):
            continue
        for row in table.rows:
            if any(asked in normalize(c) and not FIGURE.fullmatch(c.strip()) for c in row.cells):
                return msg("answer_yes") + row_answer(row) + "。", [(row, None)]
    return None
