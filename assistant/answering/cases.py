"""Cases a yes/no question and a document's condition name in different words.

A question may name the case of holding two statuses at once by coordinating them ("is
both A and B", "has both statuses") where the document's condition says it with a word for
"at the same time" ("having both statuses at once, ..."): the two name one case. The
words are data in ``resources/question_grammar.yaml`` (both_case).
"""

from __future__ import annotations

import re

from assistant.answering.grammar import grammar

_BOTH = re.compile("|".join(f"(?:{p})" for p in grammar().raw["both_case"]))


def both_case(condition: str, question: str) -> bool:
    """Do a document's condition and the question each name the case of holding two
    statuses or conditions at once?"""
    return bool(_BOTH.search(condition) and _BOTH.search(question))
