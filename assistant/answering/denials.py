"""Whether a statement asserts what a yes/no question negates ("may no longer handle ..."
against "should handle ..."): the words after the question's negation said in the
statement with no negation governing them. Pure functions over normalised text; the words
are data in ``resources/question_grammar.yaml`` (group ``negation``)."""

from __future__ import annotations

import re

from assistant.answering.grammar import grammar
from assistant.text import normalize

_G = grammar()
# A negation and this many characters after it form the negated phrase; found in the
# other text too, it is shared rather than deciding ("不符合", "禁止准入").
SHARED_CHARS = 2
# A clause's negation governs words starting at most this many characters after it
# ("不再重复享受").
NEGATION_REACH = 2
_CLAUSE_END = re.compile(r"[,，;；:：。！？!?]")
_RELIEVING = re.compile("|".join(map(re.escape, _G.raw["relief_negations"])))


def _masked(text: str) -> str:
    """Normalised text with the words that only look negative blanked."""
    return _G.not_negation.sub(lambda m: " " * len(m.group(0)), normalize(text))


def asserts_denied(q: str, c: str) -> bool:
    """Does the clause assert what the question negates ("may no longer handle ..." against
    "should handle ...")?

    The words right after each negation of the question are looked for in the clause
    where no negation of the clause governs them.
    """
    masked_q, masked_c = _masked(q), _masked(c)
    denied = {
        (masked_q[m.end() : m.end() + SHARED_CHARS], m.group(0), _predicate(masked_q, m.end()))
        for m in _G.negation.finditer(masked_q)
    }
    # A relief word ("exempt from") denies the act after it as a negation does, and the
    # verb it holds too ("exempt from paying the deposit" relieves "pay the deposit").
    governed = [(m.end(), m.group(0)) for m in _G.negation.finditer(masked_c)] + [
        (m.start(), m.group(0)) for m in _RELIEVING.finditer(masked_c)
    ]
    for words, word, predicate in denied:
        if len(words) < SHARED_CHARS or not words.strip():
            continue
        for m in re.finditer(re.escape(words), masked_c):
            # Governed by a negation right before it, or, the question's negation being its
            # predicate, by the same negation word earlier in the clause ("revoke *its
            # three-year* eligibility" says "revoke eligibility").
            if not any(
                m.start() - NEGATION_REACH <= g <= m.start()
                or (
                    predicate
                    and w == word
                    and g <= m.start()
                    and not _CLAUSE_END.search(masked_c, g, m.start())
                )
                for g, w in governed
            ):
                return True
    return False


def _predicate(q: str, at: int) -> bool:
    """Is the negation ending at ``at`` the question's predicate, not inside a modifier
    (no attributive particle after it in its clause: "barred projects" is a case)?"""
    stop = _CLAUSE_END.search(q, at)
    return _G.modifier_mark not in q[at : stop.start() if stop else len(q)]


def plainly_negated_in(norm: str, m: re.Match, other: str) -> bool:
    """Is the act a plain negation ``m`` of ``norm`` denies (the SHARED_CHARS after it)
    plainly denied in ``other`` too, by the same or another plain negation ("still not
    started" against "not yet started")? Then both speak of the same case."""
    if not _G.plain_negation.fullmatch(m.group(0)):
        return False
    act = norm[m.end() : m.end() + SHARED_CHARS]
    if len(act.strip()) < SHARED_CHARS or _CLAUSE_END.search(act):
        return False
    masked = _masked(other)
    return any(
        _G.plain_negation.fullmatch(n.group(0)) and masked.startswith(act, n.end())
        for n in _G.negation.finditer(masked)
    )


# A bracketed remark: at most this many characters ("(listed in no order)").
REMARK_CHARS = 20
_REMARK = re.compile(rf"[（(][^（）()]{{1,{REMARK_CHARS}}}[）)]")


def aside_remark(norm: str, at: int, other: str) -> bool:
    """Is position ``at`` inside a bracketed remark sharing no word (two characters) with
    ``other``? A remark on another matter ("listed in no particular order") does not deny
    the statement it follows; one naming the other text's matter ("excluding water and
    power" against "does the rent include water?") still may."""
    for m in _REMARK.finditer(norm):
        if m.start() < at < m.end():
            inner = m.group(0)[1:-1]
            return not any(inner[i : i + 2] in other for i in range(len(inner) - 1))
    return False
