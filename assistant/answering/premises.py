"""A question's premise: the clauses stating the asker's own case before the clause that asks.

Users state their situation first and ask after it: "my firm has 80 staff, must it employ a
full-time safety officer?", "my wife owns a flat, I own none, may I still apply?". The
documents state the rule for every case in their own words (staff of 100 or fewer; an
applicant or the applicant's spouse owning a home), so a word only the premise says is the
asker's word for the case, not the subject the question asks about. Such a word that the
library never uses does not make the question unanswerable; the asking clause's words do.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.question_words import asks
from assistant.text import normalize

# Clause boundaries of a question: commas and semicolons (an enumeration comma joins items
# of one clause and is no boundary).
_CLAUSE = re.compile(r"[,，;；]")


@lru_cache(maxsize=1024)
def premise_clauses(question: str) -> tuple[str, str]:
    """The question's premise (its clauses before the last, joined) and its asking clause;
    ("", question) when there is no premise: one clause, or an earlier clause asks too (a
    question of several parts)."""
    q = normalize(question).strip()
    clauses = [c for c in _CLAUSE.split(q) if c.strip()]
    if len(clauses) < 2 or any(asks(c) for c in clauses[:-1]):
        return "", q
    return " ".join(clauses[:-1]), clauses[-1]


def premise_only(word: str, question: str) -> bool:
    """Is ``word`` said in the question's premise and not in its asking clause?"""
    premise, asking = premise_clauses(question)
    return bool(premise) and word in premise and word not in asking


def unknown_subject(terms, qtype: str, asked_for) -> bool:
    """Does the question name something no document mentions (a noun, the kind asked for,
    or what is asked for), so that nothing can answer it? A yes/no question's premise word
    is the asker's word for the case, not such a thing; a value question's case selects
    the value, and one the library never names may have another."""
    return any(
        not t.known
        and not (t.premise and qtype == "yesno")
        and (t.is_content or t.category or t is asked_for)
        for t in terms
    )
