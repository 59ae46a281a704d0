"""Q&A documents (question and answer markers): a question line stands for its answer, and
an answer's own yes or no — the short verdict ("Yes.", "No need to file again.") it gives
before its reason — is found for a unit that is a later sentence of that answer."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answering.answer_parts import as_sentence
from assistant.answering.barring import barred_verdict, states_only_itself
from assistant.answering.case_bounds import states_case
from assistant.answering.cases import scope_only, unstated_condition
from assistant.answering.comparison_verdicts import asked_direction
from assistant.answering.consequences import unmet_consequence
from assistant.answering.directions import unstated_direction
from assistant.answering.enumerations import membership
from assistant.answering.evidence import Sentence, Term
from assistant.answering.extraction import direct_span, line_span, qa_answer
from assistant.answering.grammar import grammar
from assistant.answering.header_lines import header_line
from assistant.answering.holders import other_holder
from assistant.answering.lifted import defines_only
from assistant.answering.manners import other_standard
from assistant.answering.polarity import deciding_side, negated, polarity, verdict_polarity
from assistant.answering.questions import AnalyzedQuestion, key_phrase
from assistant.answering.reported import reply_answer, reported_only
from assistant.answering.signed_rows import signed_verdict
from assistant.answering.stated_bounds import condition_fit
from assistant.answering.units import qa_question_before
from assistant.answering.verdict_cases import (
    clause_terms,
    excepted_rule_start,
    exception_after,
    names_exception,
    paragraph_topic,
    plainly_excepted,
    touches_exception,
)
from assistant.answering.versions import version_verdict
from assistant.messages import msg
from assistant.text import normalize

_G = grammar()
# A yes/no whose best unit decides nothing is decided by a unit scoring at most this much
# below it, among the next few: wider reaches a clause about a neighbouring matter.
DECIDING_MARGIN = 0.1
DECIDING_ALTERNATES = 2
# Units of the best one's document searched for the rule of the case a question's value
# is in (the other bands of a banded rule): more finds far bands, fewer misses near ones.
CASE_RULES = 8
# A Q&A answer's sentence this short, before its explanation, may be its verdict.
VERDICT_CHARS = 12
# Characters of the verb after our question's modal ("可以享受…") the document's question
# must repeat for its verdict to be ours: a word.
PREDICATE_CHARS = 2
_MODAL = re.compile(
    "(?:" + "|".join(map(re.escape, _G.raw["yesno_predicate"]["modals"])) + ")"
    "(?:" + "|".join(map(re.escape, _G.raw["yesno_predicate"]["adverbs"])) + ")*"
)
_SENTENCE_END = re.compile(r"[。；;]")
_CLAUSE_MARK = re.compile(r"[,，:：]")


def qa_unit(doc_text: str, sent: Sentence) -> Sentence:
    """A Q&A question line stands for its answer: the answer is what is quoted, read with
    its question as context and frame."""
    span = qa_answer(doc_text, sent)
    if span is None:
        return sent
    s, e = span
    before = doc_text[sent.start : sent.end] + "\n"
    return Sentence(
        sent.doc_id,
        sent.title,
        sent.section,
        s,
        e,
        doc_text[s:e],
        sent.rank,
        before,
        meta=sent.meta,
        frame=before,
    )


def _asks_line(doc_text: str, s: int, e: int) -> bool:
    """Is the line a Q&A question: a question marker, or a line ending with a question mark."""
    return bool(_G.qa_question.match(doc_text, s, e)) or doc_text[s:e].endswith(("？", "?"))


def qa_verdict(
    doc_text: str,
    sent: Sentence,
    question: str,
    asked: Term | None = None,
) -> tuple[int, int] | None:
    """A Q&A answer's short verdict ("Yes.", "No.", "No need to file again.") among the
    sentences before the unit in that answer: the answer's yes or no to its question,
    which the rest explains. A verdict is a bare modal word, negated or not, or a short
    sentence repeating a run of the question's words with no number (so that an opening
    like "There are three main changes." or "Deputy Director X answered." is not read as one).
    ``asked``: what the question asks about; the document's question must name it too, or
    its verdict answers another question than ours; so must it name the verb our modal
    asks about ("may we *combine* the rates" is not "is there extra support"). A verdict may
    be the first clause of a sentence going on with a qualification ("Yes, but only ...")."""
    ls, le = line_span(doc_text, sent.start)
    m = _G.qa_answer.match(doc_text, ls, le)
    if m is None:
        ps, pe = line_span(doc_text, max(ls - 1, 0))
        while ps > 0 and pe <= ps:
            ps, pe = line_span(doc_text, ps - 1)
        if ps >= ls or not _asks_line(doc_text, ps, pe):
            return None
        theirs = doc_text[ps:pe]
    else:
        theirs = qa_question_before(doc_text, ls)
    if asked is not None and theirs and not asked.found_in(normalize(theirs)):
        return None
    if theirs and not same_predicate(question, theirs):
        return None
    verb = asked_predicate(theirs) if theirs else None
    start = m.end() if m else ls
    while (stop := _SENTENCE_END.search(doc_text, start, le)) is not None:
        lead = stop.end() - len(doc_text[start : stop.end()].lstrip())
        said = doc_text[lead : stop.end()]
        before = stop.end() <= sent.start
        if before and _is_verdict(said, question, theirs, verb):
            return lead, stop.end()
        first = _CLAUSE_MARK.search(doc_text, lead, stop.end())
        # Only the answer's opening sentence may open with a verdict clause, which may
        # be the unit's own opening.
        opening = first is not None and start == (m.end() if m else ls)
        if (
            opening
            and first.start() <= sent.end
            and _is_verdict(doc_text[lead : first.start()], question, theirs, verb)
        ):
            return lead, first.start()
        if not before:
            return None
        start = stop.end()
    return None


def asked_predicate(question: str) -> str | None:
    """The verb a yes/no question's modal asks about ("may we again *apply*" -> "apply"),
    else the word its asking particle closes; None when neither is a word."""
    q = normalize(question)
    m = _MODAL.search(q)
    if m is None:
        # No modal ("补助比例叠加吗"): the verb is what the asking particle closes.
        end = _G.yesno_end.search(q)
        verb = q[max(end.start() - PREDICATE_CHARS, 0) : end.start()] if end else ""
    elif _G.yesno_end.match(q, m.end()):
        return None  # "可以吗": the modal is the whole predicate
    else:
        end = _G.yesno_end.search(q, m.end())
        verb = q[m.end() : min(m.end() + PREDICATE_CHARS, end.start() if end else len(q))]
    return verb if len(verb) == PREDICATE_CHARS and verb.isalpha() else None


def same_predicate(ours: str, theirs: str) -> bool:
    """Could the document's question ask what ours asks? Not when each names a verb the
    other lacks; a question whose verb is a single character is given the benefit. A verb
    our modal governs ("may the rates be *added together*") must be in theirs: their
    question's last word ("is there extra *award*") said in ours as a noun ("the two award
    rates") does not make it ask what we ask."""
    mine, other = asked_predicate(ours), asked_predicate(theirs)
    if mine is None or other is None:
        return True
    if _MODAL.search(normalize(ours)) and not _MODAL.search(normalize(theirs)):
        return mine in normalize(theirs)
    return mine in normalize(theirs) or other in normalize(ours)


def _is_verdict(said: str, question: str, theirs: str = "", verb: str | None = None) -> bool:
    """A bare modal word, negated or not, maybe with the verb the document's own question
    asks about (``verb``: "may apply" to "may one still apply ...?"), or a short phrase
    repeating the question's words with no number; or a modal word with a word of the
    document's own question (``theirs``), which an answer repeats whatever words ours asks
    with ("may we *apply*?" "May *apply*, but ...")."""
    said = said.strip()
    norm = normalize(said).rstrip("。；;")
    if verb and norm.endswith(verb) and _G.verdict.fullmatch(norm[: -len(verb)]):
        return True
    if len(said) > VERDICT_CHARS or any(
        ch.isdigit() or ch in _G.digits or ch in _G.places for ch in said
    ):
        return bool(_G.verdict.fullmatch(norm))
    modal = _G.verdict.match(norm)
    return (
        bool(_G.verdict.fullmatch(norm))
        or phrase_bonus_run(question, said)
        or (modal is not None and bool(theirs) and _shares_word(norm[modal.end() :], theirs))
    )


def _shares_word(text: str, other: str) -> bool:
    """Does ``text`` hold a two-character run of ``other``?"""
    other = normalize(other)
    return any(text[i : i + 2] in other for i in range(len(text) - 1))


def phrase_bonus_run(question: str, text: str) -> bool:
    """Does the text repeat a run of at least two characters of the question's words?"""
    norm = normalize(text)
    phrase = key_phrase(question)
    return any(seg[i : i + 2] in norm for seg in phrase.split() for i in range(len(seg) - 1))


def decided(direct: str) -> bool:
    """Does a direct answer open with a yes or a no?"""
    return direct.startswith((msg("answer_yes"), msg("answer_no")))


def yesno_answer(
    doc_text: str,
    best: Sentence,
    aq: AnalyzedQuestion,
    terms: list[Term],
    text: str,
    span: tuple[int, int],
):
    """A yes/no from the best unit's deciding words: a list it names the thing in or not,
    the document's own verdict to the same question, else the polarity of the statement
    (no verdict when nothing decides). Returns (direct answer, quotes)."""
    member = membership(best, doc_text, aq.text)
    if member is not None:
        yes, (ms, me) = member
        return msg("answer_yes" if yes else "answer_no") + as_sentence(doc_text[ms:me]), [
            (best, (ms, me))
        ]
    # An answer contrasting two things gives its verdict on its own question's: ours
    # must be the one that question names.
    contrasted = deciding_side(normalize(text), terms) != normalize(text)
    asked = next((t for t in terms if t.asked and t.primary and t.known), None)
    opening = qa_verdict(doc_text, best, aq.text, asked if contrasted else None)
    if opening is not None:
        # The document's own answer to the same question decides, its reason follows.
        said = doc_text[opening[0] : opening[1]]
        prefix = msg("answer_yes" if verdict_polarity(aq, said) else "answer_no")
        if opening[1] > span[0]:
            return prefix + as_sentence(text), [(best, span)]  # the quote says it
        # A verdict clause goes on with its condition ("Yes, but only if ..."): the
        # condition is part of the answer, so the verdict's whole sentence is said.
        stop = _SENTENCE_END.search(doc_text, opening[1], line_span(doc_text, opening[0])[1])
        end = min(stop.end() if stop else opening[1], span[0])
        said = doc_text[opening[0] : max(end, opening[1])]
        opening = (opening[0], opening[0] + len(said))
        gap = "" if not doc_text[opening[1] : span[0]].strip() else "……"
        unit = replace(best, start=opening[0], text=doc_text[opening[0] : best.end])
        return prefix + said + gap + as_sentence(text), [(unit, (opening[0], span[1]))]
    signed = signed_verdict(best, aq.text, aq.numbers)
    if signed is not None:  # a row's signed figure under a column of change
        return msg("answer_yes" if signed else "answer_no") + as_sentence(text), [(best, span)]
    # The zone or body the document's title names need not be said again by the clause.
    heading = normalize(f"{best.title}\n{best.meta}\n{best.section}")
    # A sentence made only of an exception is read with the rule it sets a case aside from.
    rule_at = excepted_rule_start(doc_text, best.start, text)
    if rule_at is not None:
        rule = doc_text[rule_at : best.start]
        best, text = replace(best, start=rule_at, text=doc_text[rule_at : best.end]), rule + text
        span = (rule_at, span[1])
        if names_exception(normalize(aq.text), normalize(text)):
            # The rule does not hold for the case it excepts: its verdict turns.
            # The words naming the excepted case are not the rule's to hold.
            case = normalize(text[len(rule) :])
            kept = [t for t in terms if not t.found_in(case) or t.found_in(normalize(rule))]
            ruled = polarity(aq, rule, clause_terms(kept, heading, normalize(rule)))
            prefix = "" if ruled is None else msg("answer_no" if ruled else "answer_yes")
            return prefix + as_sentence(text), [(best, span)]
        if touches_exception(normalize(aq.text), normalize(text)):
            return as_sentence(text), [(best, span)]  # the case may be the excepted one
    topic = paragraph_topic(best.before, text)
    verdict = polarity(aq, text, clause_terms(terms, heading, normalize(text), topic))
    if verdict is not None and reported_only(text, terms):
        verdict = None  # a verdict on a quoted proposal: the reply's own sentences decide
    if verdict and states_only_itself(text, aq.text):
        verdict = None  # an item naming only the question's matter: no deciding clause
    if verdict and unstated_condition(aq.text, normalize(text) + best.context_norm, terms):
        verdict = None  # a statement about another case than the one the question sets
    if verdict and unstated_direction(aq.text, text):
        verdict = None  # a level stated, no rise or fall: the direction asked is unsaid
    if verdict and asked_direction(aq.text) is not None:
        verdict = None  # "more than B?" is decided by both values, not by one statement
    if verdict and (scope_only(text, aq.text) or defines_only(aq.text, text)):
        verdict = None  # whom a document covers, what a word means: not what it grants
    if verdict is not False and other_standard(aq.text, text):
        verdict = False  # handled by another standard than the one asked about
    if verdict and plainly_excepted(normalize(aq.text), normalize(text), negated(text, aq.text)):
        verdict = False  # the statement sets the asked case aside as its exception
    if verdict is not False and other_holder(aq.text, text):
        verdict = False  # done by another body than the one asked about
    after = exception_after(doc_text, best.end) if span[1] >= best.end else None
    if after is not None:
        # The exception the next sentence makes is shown with the rule; a case it names
        # turns the verdict, a case it half names leaves it open.
        said = normalize(text + doc_text[best.end : after])
        if names_exception(normalize(aq.text), said):
            verdict = None if verdict is None else not verdict
        elif touches_exception(normalize(aq.text), said):
            verdict = None
        text += doc_text[best.end : after]
        best, span = replace(best, end=after, text=doc_text[best.start : after]), (span[0], after)
    prefix = "" if verdict is None else msg("answer_yes" if verdict else "answer_no")
    return prefix + as_sentence(text), [(best, span)]


def deciding_answer(index, aq: AnalyzedQuestion, terms: list[Term], typed: list, pattern, first):
    """The yes/no from the best unit, or, when it decides nothing (its negation is about
    another matter, it only describes), from the next unit scoring within DECIDING_MARGIN
    of it that does; else the best unit's own sentence. ``typed``: (unit, score) best
    first; ``first``: the best unit with its direct text and span."""
    best, text, span = first
    # An item of a barring list is decided by the lead-in that governs it.
    listed = barred_verdict(index.document(best.doc_id), best, aq.text, terms)
    if listed is None:
        # A row of an old/new rule table is decided by the version the question names.
        listed = version_verdict(index.document(best.doc_id).text, best, aq, terms)
    if listed is not None:
        return (
            _uncontradicted(index, aq, terms, typed, pattern, listed)
            if decided(listed[0])
            else listed
        )
    found = yesno_answer(index.document(best.doc_id).text, best, aq, terms, text, span)
    if decided(found[0]) and header_line(index.document(best.doc_id), best):
        found = (as_sentence(text), found[1])  # column names state nothing
    reply = reply_answer(index, aq, terms, typed, first, pattern, yesno_answer, found)
    if reply is not None:
        return reply
    if decided(found[0]) and condition_fit(aq.text, text) is False:
        found = _case_rule(index, aq, terms, typed, pattern, found)
    if decided(found[0]):
        return _uncontradicted(index, aq, terms, typed, pattern, found)
    # The rule's consequence for the case the question sets, in the next sentence.
    consequence = unmet_consequence(index.document(best.doc_id).text, best, aq.text, span)
    if consequence is not None:
        return consequence
    top = typed[0][1]
    for unit, score in typed[1 : 1 + DECIDING_ALTERNATES]:
        if score < top - DECIDING_MARGIN:
            break
        alt = _unit_answer(index, unit, aq, terms, pattern)
        if decided(alt[0]) and score >= top - DECIDING_MARGIN:
            return alt
    return found


def _case_rule(index, aq: AnalyzedQuestion, terms: list[Term], typed: list, pattern, found):
    """The best unit's rule is for another case than the value the question states ("over
    100 persons" asked with 80): the verdict of the rule of the same document whose
    condition the value meets, when it scores within DECIDING_MARGIN of the best one and
    decides; with such a rule further off or undecided, the best unit's words without a
    verdict, since the value's own band may say otherwise. Else ``found`` as it is."""
    best, top = typed[0]
    for unit, score in typed[1 : 1 + CASE_RULES]:
        fits = condition_fit(aq.text, unit.text) or states_case(aq.text, unit.text)
        if unit.doc_id != best.doc_id or not fits:
            continue
        alt = _unit_answer(index, unit, aq, terms, pattern)
        if decided(alt[0]) and score >= top - DECIDING_MARGIN:
            return alt
        prefix = msg("answer_yes" if found[0].startswith(msg("answer_yes")) else "answer_no")
        return found[0][len(prefix) :], found[1]
    return found


def _unit_answer(index, unit: Sentence, aq: AnalyzedQuestion, terms: list[Term], pattern):
    """The yes/no one unit gives on its own, or the lead-in governing it."""
    listed = barred_verdict(index.document(unit.doc_id), unit, aq.text, terms)
    if listed is not None:
        return listed
    other = index.document(unit.doc_id).text
    pieces = direct_span(other, unit, terms, aq, pattern)
    said = "……".join(other[s:e].strip() for s, e in pieces)
    return yesno_answer(other, unit, aq, terms, said, (pieces[0][0], pieces[-1][1]))


def _uncontradicted(index, aq: AnalyzedQuestion, terms: list[Term], typed: list, pattern, found):
    """The best unit's verdict, unless a unit of another document scoring within
    DECIDING_MARGIN of it says the opposite: two documents disagreeing (a zone's own duties
    against a province's rule for all zones), the question naming neither, both are quoted
    without a verdict, since a wrong one is worse than none."""
    best = typed[0][0]
    top = typed[0][1]
    yes = found[0].startswith(msg("answer_yes"))
    for unit, score in typed[1 : 1 + DECIDING_ALTERNATES]:
        if score < top - DECIDING_MARGIN:
            break
        if unit.doc_id == best.doc_id:
            continue
        alt = _unit_answer(index, unit, aq, terms, pattern)
        if decided(alt[0]) and alt[0].startswith(msg("answer_yes")) != yes:
            own = found[0][len(msg("answer_yes" if yes else "answer_no")) :]
            other = alt[0][len(msg("answer_no" if yes else "answer_yes")) :]
            return as_sentence(own) + other, [*found[1], *alt[1]]
    return found
