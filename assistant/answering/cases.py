"""Cases a yes/no question and a document's condition name in different words.

A question may name the case of holding two statuses at once by coordinating them ("is
both A and B", "has both statuses") where the document's condition says it with a word for
"at the same time" ("having both statuses at once, ..."): the two name one case. The
words are data in ``resources/question_grammar.yaml`` (both_case).
"""

from __future__ import annotations

import re

from assistant.answering.answer_parts import has_number
from assistant.answering.evidence import Term
from assistant.answering.grammar import grammar
from assistant.answering.stated_bounds import compared_numbers
from assistant.answering.verdict_cases import names_case
from assistant.text import lexicon_forms, normalize, synonym_table, words

_BOTH = re.compile("|".join(f"(?:{p})" for p in grammar().raw["both_case"]))


def both_case(condition: str, question: str) -> bool:
    """Do a document's condition and the question each name the case of holding two
    statuses or conditions at once?"""
    return bool(_BOTH.search(condition) and _BOTH.search(question))


_CLAUSE_END = re.compile(r"[,，;；:：]")
_TOPIC_HEADS = frozenset(grammar().raw["topic_frame_heads"])
# Part-of-speech tags of numerals and measure words.
_QUANTITY_POS = ("m", "q")
# Part-of-speech tags of conjunctions, prepositions and particles: the words opening a
# case ("if", "when") set it but are no part of it.
_FUNCTION_POS = ("c", "p", "u")


def unstated_condition(question: str, said: str, terms: list[Term]) -> bool:
    """Does the question set a case in its earlier clauses ("materials still missing after
    the deadline, is the application valid?") with a word the unit and its context never
    say? A statement about another case (the normal one) then decides nothing: it
    is quoted without a yes."""
    clauses = [c for c in _CLAUSE_END.split(normalize(question)) if c.strip()]
    if len(clauses) < 2:
        return False
    # A clause stating a figure the unit compares with its bound ("a firm of 120 staff"
    # against "over 100 persons") is the bound's to check.
    compared = compared_numbers(normalize(question), said)
    case = "".join(c for c in clauses[:-1] if not any(has_number(n, c) for n in compared))
    heads = [h for c in clauses[:-1] if (h := frame_head(c))]
    # Words no document uses are left to the coverage checks (a framing adverb, a piece
    # the segmenter guessed). Figures and quantities are left to the bound checks: "150万元" meets "超过100万元"
    # unsaid, and "一家" frames the question rather than naming its case.
    return any(
        t.primary
        and t.known
        and not t.category
        and t.pos[:1] not in _QUANTITY_POS
        and t.pos[:1] not in _FUNCTION_POS
        and not any(ch.isdigit() for ch in t.text)
        and t.found_in(case)
        and not t.found_in(said)
        and not any(h.endswith(t.text) and heads_frame(t) for h in heads)
        for t in terms
    )


def frame_head(clause: str) -> str:
    """What a clause says after its last attributive particle ("type-D flats' *age
    requirement*"); empty when it holds none. A noun ending it heads a noun phrase: the
    clause names the topic the question is about, not a case it sets."""
    mark = grammar().modifier_mark
    return clause.rpartition(mark)[2].strip() if mark in clause else ""


def heads_frame(t: Term) -> bool:
    """Can the term head a topic-naming noun phrase: a noun, or a word naming an aspect of
    a rule ("requirement", tagged a verb)? Documents state the topic's content (an age
    limit), seldom its head word, so the head need not be said."""
    return t.pos[:1] == "n" or t.text in _TOPIC_HEADS


_SCOPE = grammar().raw["scope_statement"]


def scope_only(said: str, question: str) -> bool:
    """Is the statement one of a document's scope (whom it covers) while the question
    asks something else than scope? Such a statement decides nothing of the question."""
    q, c = normalize(question), normalize(said)
    return any(w in c for w in _SCOPE["words"]) and not any(w in q for w in _SCOPE["asking"])


_PREDICATE = grammar().raw["yesno_predicate"]
# A modal of two characters or more anywhere, a one-character one opening its clause or
# said as a word of its own.
_LONG_MODALS = tuple(m for m in _PREDICATE["modals"] if len(m) > 1)
_SHORT_MODALS = frozenset(m for m in _PREDICATE["modals"] if len(m) == 1)
_ASKING = grammar().yesno_asking


def in_predicate(question: str, at: int) -> bool:
    """Does position ``at`` of the normalised question fall after the modal or asking form
    of its clause ("may I apply for *the firm's* post")? A modifier there describes what
    is asked for, not the case the question sets. A one-character modal counts where it
    opens the clause or the segmenter reads it as a word of its own (after its subject),
    not inside another word (the "can" of "function")."""
    stop = _CLAUSE_END.search(question[:at][::-1])
    clause = question[at - stop.start() if stop else 0 : at]
    return (
        any(m in clause for m in _LONG_MODALS)
        or clause.lstrip().startswith(tuple(_PREDICATE["modals"]))
        or any(w in _SHORT_MODALS for w in words(clause))
        or bool(_ASKING.search(clause))
    )


_RELIEF = tuple(grammar().raw["relief_words"])
_END_PARTICLES = "".join(grammar().raw["relief_end_particles"])
_NEGATION = grammar().negation
_PARTS = re.compile(r"[,，;；:：。！？!?]")


_RELIEVING = tuple(grammar().raw["relief_negations"])
_RELIEF_ASKED = tuple(grammar().raw["relief_asked"])


_SENTENCE_END = re.compile(r"[;；。！？!?]")


def relief_case(clause: str, at: int) -> list[str]:
    """The clauses of the condition a relief word at ``at`` is granted for: those of its
    sentence before the relief's own clause, when the last of them ends with the
    attributive particle; else none."""
    opening = max((m.end() for m in _SENTENCE_END.finditer(clause, 0, at)), default=0)
    parts = [p for p in _PARTS.split(clause[opening:at])[:-1] if p.strip()]
    if not parts or not parts[-1].rstrip().endswith(grammar().modifier_mark):
        return []
    return parts


def relieved_act(question: str, clause: str) -> bool:
    """Does the clause relieve, by a relief word denying it ("exempt from the deposit"), an
    act the question asks about in other words than the relief ("must we pay the
    deposit?")? The relieved thing right after the word must be one the question names,
    maybe in another of the lexicon's forms (house rent for rent). A question asking for
    the relief itself ("can the fee be waived?") is not so relieved. A relief granted for
    a case its sentence sets first ("repairs taking at most 30 days *de*, exempt") is
    that case's exception: it decides only a question naming each clause of the case."""
    if any(w in question for w in _RELIEF_ASKED):
        return False  # the relief is what is asked ("can it be waived?"): granted, not denied
    asked, question = question, " ".join([question, *lexicon_forms(question)])
    for w in _RELIEVING:
        if w in question:
            continue
        for m in re.finditer(re.escape(w), clause):
            if any(not names_case(c, asked) for c in relief_case(clause, m.start())):
                continue
            thing = _PARTS.split(clause[m.end() : m.end() + 2 * RUN])[0]
            if any(thing[i : i + RUN] in question for i in range(len(thing) - RUN + 1)):
                return True
    return False


def relief_affirmed(question: str, clause: str) -> bool:
    """Does a clause of the statement state, with no negation of its own, a relief word
    the question asks about ("is the service free?" against "the service is free
    throughout, the agent must not charge any fee")? The other clauses' prohibitions then
    agree with it rather than deny it."""
    # The relief is what the question asks ("is it free?"), not a modifier of the thing
    # asked about ("free parking spaces"): it ends the question, maybe with the particle.
    end = question.rstrip(" ?？")
    end = end.rstrip(_END_PARTICLES).removesuffix(grammar().modifier_mark)
    asked = [w for w in _RELIEF if end.endswith(w)]
    # The lexicon's forms of the relief say it too ("free" as "charges nothing"): the
    # negation they hold is the relief's own.
    forms = [f for w in asked for f in (w, *synonym_table().get(w, ()))]
    return any(
        f in part and not _NEGATION.search(part.replace(f, " "))
        for part in _PARTS.split(clause)
        for f in forms
    )


_MODAL_WORDS = re.compile(grammar().modal_words + "|[?？]")
_UNMET = tuple(grammar().raw["unmet_condition"]["negations"])
# Characters a negated stretch must share with a clause of the question to be about it.
RUN = 2


def _shares(text: str, other: str) -> bool:
    return any(text[i : i + RUN].strip() and text[i : i + RUN] in other for i in range(len(text)))


def about_case_only(governed: str, question: str) -> bool:
    """Does a negated stretch share words only with the case the question's earlier
    clauses set as an act not done ("not having attended the site visit, may we still
    *bid*?" against "the buyer organises no site visit"), none with its asking clause? It
    then denies something of the case, not what is asked. False when the asking clause
    says nothing beyond its modal ("..., is that allowed?")."""
    clauses = [c for c in _CLAUSE_END.split(_ASKING.sub(" ", question)) if c.strip()]
    if len(clauses) < 2:
        return False
    asking = _MODAL_WORDS.sub(" ", clauses[-1])
    if len(asking.replace(" ", "")) < RUN:
        return False
    case = " ".join(clauses[:-1])
    # Only a case of an act not done ("not having attended") is one a document's negation
    # about the same matter may restate; otherwise the asked act may be paraphrased.
    if not any(w in case for w in _UNMET):
        return False
    return not _shares(governed, asking) and _shares(governed, case)


_CLAUSE_BREAK = re.compile(r"[,，]")


def comma_case(question: str, context: str, terms: list[Term]) -> str:
    """The case a yes/no question sets in a clause of its own before the asking clause
    ("rated qualified, are they subsidised?"), when the unit states a case of the same
    thing its own way ("rated excellent, ..."); else ""."""
    raw = normalize(question)
    breaks = list(_CLAUSE_BREAK.finditer(raw))
    if not breaks or not grammar().yesno_asking.search(raw, breaks[-1].end()):
        return ""
    case = raw[: breaks[-1].start()]
    mark = re.escape(grammar().modifier_mark)
    theirs = re.findall(rf"([^,，。；;]*){mark}[,，]", context)
    # What the question says of the thing both cases name is its case: the words after it.
    ends = [
        case.find(t.text) + len(t.text)
        for t in terms
        if t.is_content and t.text in case and any(t.found_in(c) for c in theirs)
    ]
    return case[max(ends) :] if ends else ""


_TIME_ENDS = tuple(grammar().raw["negation"]["time_clause_ends"])
_NOT_TIME = tuple(grammar().raw["negation"]["not_time_clause_ends"])


def time_clause(clause: str, stop: str) -> bool:
    """Is this clause, ended by ``stop``, one of time leading into the rest of its sentence
    ("after the notice period passes with no objection, ...")? A negation in it sets when
    the statement holds."""
    clause = clause.rstrip()
    return stop in ",，" and clause.endswith(_TIME_ENDS) and not clause.endswith(_NOT_TIME)
