"""Whether a statement says something of a yes/no question's asking clause: the words of
its last clause, without its modals, adverbs and pointers, said in the statement itself
or in one of the lexicon's other forms of them ("pay" said as "fee"). Words are data in
``resources/question_grammar.yaml`` (yesno_predicate) and ``resources/lexicon.yaml``."""

from __future__ import annotations

import re

from assistant.answering.grammar import grammar
from assistant.answering.stated_bounds import SCOPE_RUN, shares_run
from assistant.text import lexicon_forms

_CLAUSE_END = re.compile(r"[,，;；:：。！？!?]")
_PREDICATE = grammar().raw["yesno_predicate"]
_PREDICATE_WORDS = re.compile(
    "|".join(
        map(re.escape, [*_PREDICATE["modals"], *_PREDICATE["adverbs"], *_PREDICATE["pointers"]])
    )
)


def asking_clause_held(q: str, text: str) -> bool:
    """Does ``text`` say something of the question's asking clause?

    A question whose last clause asks about the case its earlier clauses set ("the deadline
    has passed, can it still be *made up*?") is not affirmed by a statement about the case
    alone (when the deadline is): the asking clause's own words, without its modals and
    asking words, must be in the text — a run of SCOPE_RUN characters, or the one
    character the clause keeps — or a lexicon form of a word of the clause ("pay" said as
    "fee"). ``q``: the normalised question, asking words blanked."""
    clauses = [c for c in _CLAUSE_END.split(q) if c.strip()]
    if len(clauses) < 2:
        return True
    runs = _PREDICATE_WORDS.sub(" ", clauses[-1]).split()
    if not runs:
        return True  # "…, is that so?": the earlier clauses are what is asked
    if any(r in text if len(r) < SCOPE_RUN else shares_run(r, text) for r in runs):
        return True
    return any(f in text for r in runs for f in lexicon_forms(r))
