"""Verdicts a negation character gives the wrong way round: a case that does not stand in
the way of an act, and the sanction a rule sets for not keeping it.

"Not having attended, does not affect the bid" grants the bid; "must file the consent,
otherwise the review is cancelled" requires the consent, the cancelling being only what
follows when it is missing. Pure functions over normalised text; the words are data in
``resources/question_grammar.yaml`` (groups ``unimpeded`` and ``sanctions``).
"""

from __future__ import annotations

import re

from assistant.answering.grammar import grammar
from assistant.answering.verdict_cases import names_condition
from assistant.retrieval.versions_asked import version_grammar
from assistant.text import normalize

_G = grammar()
_U = _G.raw["unimpeded"]
_UNIMPEDED = re.compile("|".join(map(re.escape, _U["words"])))
_IMPEDIMENT = re.compile("|".join(map(re.escape, _U["impediments"])))
_ABILITY = re.compile("|".join(map(re.escape, sorted(_U["abilities"], key=len, reverse=True))))
_PREDICATE = _G.raw["yesno_predicate"]
_PREDICATE_WORDS = re.compile(
    "|".join(map(re.escape, sorted([*_PREDICATE["modals"], *_PREDICATE["adverbs"]], key=len)[::-1]))
)
_SANCTION = re.compile("(?:" + "|".join(map(re.escape, _G.raw["sanctions"])) + ")[^。；;！？!?]*")
_CLAUSE_END = re.compile(r"[,，;；:：。！？!?]")
# The words asking whether a rule is in force and those repealing one (the repeal reader's).
_VALIDITY = version_grammar()
# Characters of a run two texts must share to say the same word.
RUN = 2


def _shares(text: str, other: str, size: int = RUN) -> bool:
    return any(
        text[i : i + size] in other
        for i in range(len(text) - size + 1)
        if not any(ch.isspace() or ch == _G.modifier_mark for ch in text[i : i + size])
    )


def without_sanctions(clause: str) -> str:
    """The clause with its "otherwise …" stretch blanked to the sentence's end."""
    return _SANCTION.sub(lambda m: " " * len(m.group(0)), clause)


def unimpeded_verdict(question: str, clause: str) -> bool | None:
    """Yes/no from a clause saying a case does not stand in the way of an act.

    It decides when the act it leaves unimpeded is what the question asks (the two share a
    word), or when the question names the case and asks whether it can still act, its
    asking clause sharing a character with the act ("not at the site visit, may we still
    bid?" against "not attending does not affect the right to bid"). A question asking whether the case stands in the way
    is answered no. ``question``: normalised, asking words blanked; ``clause`` normalised.
    """
    for m in _UNIMPEDED.finditer(clause):
        start = max((e.end() for e in _CLAUSE_END.finditer(clause, 0, m.start())), default=0)
        stop = _CLAUSE_END.search(clause, m.end())
        act = clause[m.end() : stop.start() if stop else len(clause)]
        case = clause[start : m.start()]
        asking = _PREDICATE_WORDS.sub(
            " ", [p for p in _CLAUSE_END.split(question) if p.strip()][-1]
        )
        held = _shares(act, question) or (
            case.strip()
            and names_condition(case, question, act)
            and _ABILITY.search(question)
            and _shares(act, asking, 1)
        )
        if not held:
            continue
        if _UNIMPEDED.search(question):
            return True
        return not _IMPEDIMENT.search(question)
    return None


def _masked(text: str) -> str:
    return _G.not_negation.sub(lambda m: " " * len(m.group(0)), text)


def repeal_only(question: str, clause: str) -> bool:
    """Is a repeal of another rule ("the interim measures No. 18 are repealed at the same
    time") all the clause denies, and the question not asking whether a rule is in force?
    The repeal then says nothing of what is asked: no verdict. ``clause`` normalised."""
    if any(w in question for w in _VALIDITY["validity_asking"]):
        return False
    words = _VALIDITY["repealing"]
    if not any(w in clause for w in words):
        return False
    rest = re.sub("|".join(map(re.escape, words)), " ", clause)
    return not _G.negation.search(_masked(rest))


# Characters between a pointer and the noun it points to ("下列*申报*条件").
POINTED_CHARS = 4
_POINTERS = re.compile(
    "(?:"
    + "|".join(map(re.escape, _G.raw["list_pointers"]))
    + f").{{0,{POINTED_CHARS}}}(?:"
    + "|".join(map(re.escape, _G.raw["listed_conditions"]))
    + ")"
)


def defers_to_list(clause: str) -> bool:
    """Does the clause (normalised) end with a colon after pointing to the conditions that
    follow ("firms meeting the following conditions may apply:")? What it grants holds when
    they are met, which it does not say."""
    said = clause.rstrip()
    return said.endswith((":", "：")) and bool(_POINTERS.search(said))


_DEFINING = re.compile("|".join(map(re.escape, _G.raw["definition_words"])))
_PERMISSION = re.compile("|".join(map(re.escape, _G.raw["permission_asking"])))


def defines_only(question: str, clause: str) -> bool:
    """Does a question asking whether something may be done meet a clause defining a word
    ("timely correction means finishing within the period the notice sets")? The
    definition says what the word means, not what is allowed: its yes would be a default."""
    return bool(_DEFINING.search(normalize(clause)) and _PERMISSION.search(normalize(question)))
