"""A unit that only restates what the question names: the answer is what it is listed under.

An item of a list of names ("X Co. (South Park)") matched by a question naming X ("which
list is X on?") says nothing the question does not: what the question asks is the heading
the item sits under (the category, "（三）the potential unicorn pool"). A unit saying more
answers with its own text.
"""

from __future__ import annotations

import re

from assistant.answering.composing import as_sentence
from assistant.answering.evidence import Sentence
from assistant.index import Index
from assistant.text import normalize

# A bracketed gloss after a name (its park, its district) adds no answer to it.
_GLOSS = re.compile(r"[（(][^（()）]*[)）]")


def restates(unit: Sentence, question: str) -> bool:
    """Is the unit's text, without its bracketed glosses, all said in the question?"""
    core = _GLOSS.sub("", normalize(unit.text)).strip("。；;，, ")
    return bool(core) and core in normalize(question)


def own_or_heading(index: Index, best: Sentence, question: str):
    """(direct answer, quotes, inline markers): the unit's own text, or, when it only
    restates the question, the heading it sits under (quoted where the document has it)."""
    doc_text = index.document(best.doc_id).text
    head = doc_text.rfind(best.section, 0, best.start) if best.section else -1
    if not best.cells and head >= 0 and restates(best, question):
        end = head + len(best.section)
        unit = Sentence(
            best.doc_id, best.title, best.section, head, end, doc_text[head:end], best.rank
        )
        return as_sentence(best.section), [(unit, None)], False
    return best.text, [(best, None)], False
