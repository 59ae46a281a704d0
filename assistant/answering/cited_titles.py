"""A unit that holds the question's words only inside a document title it cites (a
repeal clause, a legal basis), words that also name the unit's own document, says nothing
about what the question asks: the question names the document, the unit its namesake."""

from __future__ import annotations

from assistant.answering.cause_clauses import measured_in_cause
from assistant.answering.evidence import Term
from assistant.answering.grammar import grammar

_G = grammar()
# Question types whose answer may be the cited title itself (which document, which
# materials: a list item may be a form named by its title).
TITLE_ANSWERING_TYPES = ("entity", "list")


def only_cited(
    question: str, qtype: str, sent_norm: str, title_norm: str, terms: list[Term]
) -> bool:
    """Do the question's words the unit holds all stand inside titles it cites and in its
    own document's title, while the question quotes no title of its own? Or does the unit
    name the measure asked only in the cause it gives for another figure?"""
    if measured_in_cause(qtype, sent_norm, terms):
        return True
    if qtype in TITLE_ANSWERING_TYPES or _G.book_title.search(question):
        return False
    cited = _G.book_title.findall(sent_norm)
    # A unit citing its own document ("印发《…》") speaks of the document the question names.
    if not cited or any(name in title_norm for name in cited):
        return False
    held = [t for t in terms if t.primary and t.known and t.found_in(sent_norm)]
    bare = _G.book_title.sub("\n", sent_norm)
    return (
        bool(held)
        and not any(t.found_in(bare) for t in held)
        and all(t.found_in(title_norm) for t in held)
    )
