"""Reported speech in a yes/no's best unit: a reply's verdict on a quoted proposal.

A reply to a proposal quotes it and gives its verdict ("your proposal '…' is not adopted").
The verdict is on the proposal as worded: when the question's words are only inside the
quotation, the sentence does not decide the question (the proposal may bundle what is asked
with something else). The reply's own sentences after it, in the same paragraph, decide; the
verdict sentence is kept before the deciding one when both say the same. Pure functions
apart from ``reported_answer``, which reads the scored units.
"""

from __future__ import annotations

import re

from assistant.answering.evidence import Term
from assistant.answering.extraction import line_span
from assistant.answering.grammar import grammar
from assistant.text import normalize

_G = grammar()
_NOUNS = "|".join(map(re.escape, _G.raw["reported_speech"]["nouns"]))
# A quotation, the attributive particle and a proposal noun: what was proposed.
_PROPOSAL = re.compile(rf"[“\"「『]([^“”\"「」『』]+)[”\"」』]\s*{_G.modifier_mark}\s*(?:{_NOUNS})")
# A reply's deciding sentence after its verdict on a proposal may score this far below the
# verdict sentence: the verdict repeats the proposal's words and so outscores its reason,
# but only sentences of the same paragraph are reached, so wider is safe.
REPLY_MARGIN = 0.4
_CLAUSE_END = re.compile(r"[,，;；:：。！？!?]")


def _quoted(text: str, terms: list[Term]) -> list[str] | None:
    """The proposals ``text`` quotes when the question's content words are in them and
    nowhere else in it; else None."""
    norm = normalize(text)
    quotes = list(_PROPOSAL.finditer(norm))
    if not quotes:
        return None
    outside = norm
    for m in reversed(quotes):
        outside = outside[: m.start(1)] + " " + outside[m.end(1) :]
    content = [t for t in terms if t.is_content and t.known]
    said = [m.group(1) for m in quotes]
    if any(t.found_in(q) for q in said for t in content) and not any(
        t.found_in(outside) for t in content
    ):
        return said
    return None


def reported_only(text: str, terms: list[Term]) -> bool:
    """Does ``text`` give a verdict on a quoted proposal that asks another act than the
    question: the question's words only inside the quotation, and a verb of the question
    ("apply on one's own") missing from it (the proposal "let firms sublet")?"""
    said = _quoted(text, terms)
    return said is not None and any(
        t.known and t.pos[:1] == "v" and t.pos != "vn" and not any(t.found_in(q) for q in said)
        for t in terms
    )


def same_reply(doc_text: str, best, unit) -> bool:
    """Is ``unit`` a later sentence of the paragraph holding ``best``?"""
    if unit.doc_id != best.doc_id or unit.start < best.end:
        return False
    return line_span(doc_text, best.start) == line_span(doc_text, unit.start)


def denies_asked(said: str, question: str) -> bool:
    """Does a negation of ``said`` govern a word of the question (a run of SCOPE_RUN
    characters between the negation and its clause's end)?"""
    from assistant.answering.polarity import SCOPE_RUN, deciding_negations

    norm, q = normalize(said), normalize(question)
    words = set(deciding_negations(said, question))
    for m in _G.negation.finditer(norm):
        if m.group(0) not in words:
            continue
        stop = _CLAUSE_END.search(norm, m.end())
        governed = norm[m.end() : stop.start() if stop else len(norm)]
        runs = (governed[i : i + SCOPE_RUN] for i in range(len(governed) - SCOPE_RUN + 1))
        if any(r.strip() == r and r in q for r in runs):
            return True
    return False


def reply_answer(index, aq, terms: list[Term], typed: list, first, pattern, answer, found):
    """The yes/no a reply's later sentence gives when the best unit is a verdict on a
    quoted proposal holding the question's words (``first``: best unit, its direct text
    and span; ``answer``: the yes/no answerer of one unit; ``found``: the best unit's own
    answer). When the proposal is what is asked, its verdict decides and a later sentence
    denying the question's words follows as the reason; when it asks another act, the
    later sentence alone decides. None when nothing is added."""
    from assistant.answering.extraction import direct_span
    from assistant.answering.polarity import negated
    from assistant.messages import msg

    best, text, span = first
    if _quoted(text, terms) is None:
        return None
    no = msg("answer_no")
    doc_text = index.document(best.doc_id).text
    top = typed[0][1]
    for unit, score in typed[1:]:
        if score < top - REPLY_MARGIN or not same_reply(doc_text, best, unit):
            continue
        pieces = direct_span(doc_text, unit, terms, aq, pattern)
        said = "……".join(doc_text[s:e].strip() for s, e in pieces)
        direct, quotes = answer(doc_text, unit, aq, terms, said, (pieces[0][0], pieces[-1][1]))
        if not direct.startswith((msg("answer_yes"), no)):
            continue
        if direct.startswith(no) and not denies_asked(said, aq.text):
            continue  # a rule about another act than the one asked (the proposal's)
        if found[0].startswith(msg("answer_yes")):
            return None  # the proposal granted: a bar on something else is no reason
        if found[0].startswith(no) or (direct.startswith(no) and negated(text, aq.text)):
            if not direct.startswith(no):
                return None  # the reply's verdict and a later sentence disagree
            return no + text.strip() + "……" + direct[len(no) :], [(best, span), *quotes]
        return direct, quotes
    return None
