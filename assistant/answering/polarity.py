"""Yes or no from the deciding clause, with negation and prohibition deciding.

A negation decides only where it says something the question does not already say:
a negated phrase the question repeats ("projects that do not comply with ...", "projects
barred from entry") is part of what is asked about, and a plain negation inside a noun's
modifier ("non-enterprise organisations", "projects not applying for government
investment") describes a thing rather than denying the statement. Prohibitions and modal
negations ("must not", "shall not be granted", "cannot") always decide. Nothing defaults
to yes. Pure functions; the words are data in ``resources/question_grammar.yaml``.
"""

from __future__ import annotations

import re

from assistant.answering import lifted
from assistant.answering.asking_clauses import asking_clause_held
from assistant.answering.case_bounds import optional_verdict
from assistant.answering.case_negations import mirrored_case, without_unkept
from assistant.answering.cases import (
    about_case_only,
    both_case,
    comma_case,
    in_predicate,
    relief_affirmed,
    relieved_act,
    time_clause,
)
from assistant.answering.clock_bounds import clock_verdict
from assistant.answering.date_bounds import date_verdict
from assistant.answering.denials import (
    NEGATION_REACH,
    SHARED_CHARS,
    aside_remark,
    asserts_denied,
    plainly_negated_in,
)
from assistant.answering.directions import direction_negated
from assistant.answering.evidence import Term, coverage
from assistant.answering.exclusions import named_exclusion_rule
from assistant.answering.full_periods import case_negated_only
from assistant.answering.grammar import grammar
from assistant.answering.holding import asked_year_parts
from assistant.answering.lapses import relief_only, without_lapses
from assistant.answering.later_clauses import negation_before_asked
from assistant.answering.levels import level_verdict
from assistant.answering.multiples import multiple_of_asked
from assistant.answering.questions import AnalyzedQuestion
from assistant.answering.relaxed_bounds import bound_for_case
from assistant.answering.remainders import without_remainder
from assistant.answering.stated_bounds import (
    SCOPE_RUN,
    bound_verdict,
    compared_numbers,
    outside_barred,
    unbounded,
)
from assistant.answering.stated_bounds import shares_run as _shares_run
from assistant.answering.stated_values import (
    only_count_verdict,
    only_scope_verdict,
    value_verdict,
)
from assistant.answering.threshold_verdicts import threshold_verdict
from assistant.answering.verdict_cases import (
    denies_asked_predicate,
    excepted,
    granted_side,
    named_exception_rule,
    names_condition,
    parallel_side,
    without_deferrals,
)
from assistant.text import normalize

_G = grammar()
# Share of the question's weighted terms a statement without a contrary negation must
# hold to answer it "yes": high, since a wrong yes is worse than no verdict.
YES_COVERAGE = 0.6
_CLAUSE_END = re.compile(r"[,，;；:：。！？!?]")
_CELL_END = re.compile(r"[,，;；:：。！？!?|]")  # a table row's cells end at their marks
# A quoted phrase names a principle or a programme ("the 'higher, not both' rule"): a
# negation inside it is part of the name and denies nothing. Bounded so that an unpaired
# quote mark does not swallow the rest of a statement.
QUOTED_CHARS = 20
_QUOTED = re.compile(rf"[“\"「『][^“”\"「」『』]{{1,{QUOTED_CHARS}}}[”\"」』]")


def _masked(text: str) -> str:
    """Normalised text with the words that only look negative blanked (a word for
    "continuously", a place name starting with the negation character)."""
    return _G.not_negation.sub(lambda m: " " * len(m.group(0)), normalize(text))


def deciding_negations(text: str, other: str = "") -> list[str]:
    """The negation words of ``text`` that deny its statement.

    Skipped: a negated phrase also found in ``other`` (the question for a clause, the
    clause for a question), and a plain negation followed by the attributive particle in
    its clause (it sits in a modifier: "projects of non-enterprise organisations").
    """
    norm = _masked(text)
    other_norm = normalize(other)
    quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(norm)]
    found = []
    for m in _G.negation.finditer(norm):
        if any(s <= m.start() < e for s, e in quoted):
            continue
        phrase = norm[m.start() : m.end() + SHARED_CHARS]
        if other and len(phrase) > len(m.group(0)) and phrase in other_norm:
            continue
        if other and aside_remark(norm, m.start(), other_norm):
            continue  # a bracketed remark on another matter ("(listed in no order)")
        if other and plainly_negated_in(norm, m, other_norm):
            continue  # the same act plainly negated in other words ("not started" / "not yet started")
        if _G.plain_negation.fullmatch(m.group(0)):
            stop = _CELL_END.search(norm, m.end())
            rest = norm[m.end() : stop.start() if stop else len(norm)]
            if _G.modifier_mark in rest and not denies_asked_predicate(norm, *m.span(), other_norm):
                continue
        found.append(m.group(0))
    return found


def negated(text: str, other: str = "") -> bool:
    """Does the text deny its statement ("must not", "no longer", "prohibited"...), apart from
    what ``other`` shares with it?"""
    return bool(deciding_negations(text, other))


_SENTENCE_END = re.compile(r"[;；。！？!?]")


def _condition_before(norm: str, at: int) -> str | None:
    """The nearest condition clause (ending with the attributive particle) before
    position ``at`` in its sentence.
    Only the attributive ending marks a case; a time clause ("after the first review, …")
    frames the whole sentence."""
    stop = _SENTENCE_END.search(norm[:at][::-1])
    opening = at - stop.start() if stop else 0
    for clause in reversed(_CLAUSE_END.split(norm[opening:at])):
        if clause.strip().endswith(_G.modifier_mark):
            return clause
    return None


def scoped_negations(clause: str, question: str) -> list[str]:
    """The deciding negations of ``clause`` that are about what ``question`` asks.

    A negation governs its own clause, from the noun it follows (after the last
    attributive particle before it) to the clause's end: "subsidised workshops must not
    be sublet" denies subletting, not the subsidy the question asks about, so it decides
    only when that stretch repeats a word of the question.
    """
    norm = _masked(clause)
    q = _masked(question)
    words = set(deciding_negations(clause, question))
    if not words:
        return []
    found = []
    for m in _G.negation.finditer(norm):
        if m.group(0) not in words:
            continue
        before = _CLAUSE_END.search(norm[: m.start()][::-1])
        start = m.start() - before.start() if before else 0
        mark = norm.rfind(_G.modifier_mark, start, m.start())
        stop = _CLAUSE_END.search(norm, m.end())
        governed = norm[mark + 1 : stop.start() if stop else len(norm)]
        # Only a subject whose modifier holds the question's matter ("workshops
        # *receiving the subsidy* must not be sublet") moves the question's words out
        # of the negation's reach; otherwise a paraphrased verb ("claim both" against
        # "not enjoyed twice") is still what the negation denies.
        if mark >= 0 and _shares_run(norm[start:mark], q) and not _shares_run(governed, q):
            continue
        if about_case_only(governed, q):
            continue  # it denies something of the question's case, not what is asked
        if stop and time_clause(norm[m.end() : stop.start()], norm[stop.start()]):
            continue  # a clause of time: when the statement holds, not what it denies
        # A negation after a condition ("…changed its use, the subsidy stops") holds in
        # that case only: a question not naming the case is not decided by it.
        case = _condition_before(norm, start)
        end = _SENTENCE_END.search(norm, m.end())
        denied = norm[start : end.start() if end else len(norm)]
        if case is not None and not names_condition(case, q, denied) and not both_case(case, q):
            continue
        found.append(m.group(0))
    return found


def verdict_polarity(aq: AnalyzedQuestion, verdict: str) -> bool:
    """Yes or no from a Q&A answer's own verdict ("Yes.", "No need to file again."): it answers
    the document's question, which covers ours, so only its negation decides."""
    return not negated(verdict, _G.yesno_asking.sub(" ", normalize(aq.text)))


def opposite_case(q: str, c: str) -> bool:
    """Is the unit about the case the question's condition rules out?

    A plain negation inside the question's modifier or condition ("not having passed the
    acceptance check, the firm…") selects a case; a unit that says the negated words only
    without a negation governing them ("having passed the check, the firm may…") speaks
    of the other case, and neither answers nor decides the question.
    """
    # The asking form's own negation ("A-not-A") selects nothing.
    masked_q, masked_c = _masked(_G.yesno_asking.sub(" ", normalize(q))), _masked(c)
    governed = [m.end() for m in _G.negation.finditer(masked_c)]
    for m in _G.negation.finditer(masked_q):
        if not _G.plain_negation.fullmatch(m.group(0)):
            continue
        stop = _CLAUSE_END.search(masked_q, m.end())
        rest = masked_q[m.end() : stop.start() if stop else len(masked_q)]
        words = masked_q[m.end() : m.end() + SHARED_CHARS]
        if _G.modifier_mark not in rest or len(words.strip()) < SHARED_CHARS:
            continue
        found = [x.start() for x in re.finditer(re.escape(words), masked_c)]
        said_negated = any(any(x - NEGATION_REACH <= g <= x for g in governed) for x in found)
        if found and not said_negated:
            return True
    return False


def unnamed_case(question: str, context: str, terms: list[Term]) -> bool:
    """Does the unit miss part of the case the question names before its first attributive
    particle ("rated *qualified* incubators")? A yes/no about one case is not decided by a
    rule for another ("rated excellent or good, ..."): each content word of that case must
    be in the unit or its context."""
    q = _G.yesno_asking.sub(" ", normalize(question))
    mark = q.find(_G.modifier_mark)
    raw = normalize(question)  # the asking forms hold no attributive particle
    if mark < 0:  # no attributive case: perhaps a case clause of its own
        case = comma_case(question, context, terms)
    elif mark == 0 or in_predicate(raw, raw.find(_G.modifier_mark)):
        return False
    else:
        case = q[:mark]
    return any(
        t.is_content and t.known and t.found_in(case) and not t.found_in(context) for t in terms
    )


_UNIVERSAL = re.compile("|".join(map(re.escape, _G.raw["universal"]["words"])))
_NOT_UNIVERSAL = re.compile("|".join(map(re.escape, _G.raw["universal"]["not_universal"])))
_PARTIAL = re.compile("|".join(map(re.escape, _G.raw["universal"]["partial"])))
_NOT_PARTIAL = re.compile("|".join(map(re.escape, _G.raw["universal"]["not_partial"])))


_CONTRAST = re.compile(
    r"[,，;；]\s*(?:" + "|".join(map(re.escape, _G.raw["negation"]["contrast"])) + ")"
)


def deciding_side(c: str, terms: list[Term]) -> str:
    """Of a statement joining two verdicts by a contrast (one thing barred, another
    allowed) or by parallel clauses asserting and denying one verb, the side that names what the question asks about; else the whole."""
    asked = [t for t in terms if t.asked and t.primary and t.known]
    m = _CONTRAST.search(c)
    if m is None:
        # "includes A, does not include B"; "may print it, no need to collect it"
        return parallel_side(c, terms) or granted_side(c, terms) or c
    if not asked:
        return c
    sides = [c[: m.start()], c[m.start() :]]
    holding = [side for side in sides if any(t.found_in(side) for t in asked)]
    return holding[0] if len(holding) == 1 else c


def polarity(aq: AnalyzedQuestion, clause: str, terms: list[Term]) -> bool | None:
    """Yes or no from the deciding clause; None when the clause does not decide.
    A direction word of the question against its opposite in the clause (growth against
    decline) decides; else a negation or prohibition on one side only says no; else the
    clause saying everything the question asks says yes. Nothing defaults.
    """
    question = normalize(aq.text)
    if _G.choice.search(question) and not _G.yesno_end.search(question):
        return None  # "涨了还是跌了": a choice is answered by the clause, not by 是/否
    q = _G.yesno_asking.sub(" ", question)
    # A bound ("不得超过2家") denies nothing to a question stating no value in its unit.
    said = asked_year_parts(normalize(clause), question)
    whole = without_unkept(question, lifted.without_sanctions(unbounded(question, said)))
    whole = without_lapses(question, whole)  # "overdue, not accepted": the late case's
    if (free := lifted.unimpeded_verdict(q, whole)) is not None:
        return free  # "does not affect the bid": the act stays open
    c = bound_for_case(question, deciding_side(whole, terms))
    c = without_remainder(question, c)  # "the part beyond is not subsidised": no excess
    # A negation of an earlier matter than the asked one decides nothing; a relief of the
    # asked act ("exempt from the assessment") is said of that act wherever it stands.
    earlier = negation_before_asked(c, terms)
    c_neg = bool(scoped_negations(c, q)) and not earlier
    q_neg, c_neg = negated(q, c), c_neg or relieved_act(q, c)
    if c_neg and not negated(q, c) and relief_only(question, scoped_negations(c, q)):
        return None  # "need not" relieves a duty, it does not deny what "may" asks
    # The question's case set by a negation the rule's condition says too: not a denial.
    q_neg = q_neg and not mirrored_case(q, deciding_negations(q, c), c)
    if q_neg and not c_neg and case_negated_only(q) and bound_verdict(q, c) is None:
        q_neg = not compared_numbers(q, c)  # a value meeting the bound is what is asked
    # A negation about another matter or another case than the question's: the clause
    # neither denies nor, with that negation in it, plainly asserts.
    aside = not c_neg and negated(c, q) and not earlier  # later clauses plainly assert
    if relief_affirmed(q, c):
        # "free?" against "free throughout, no fee may be charged": the bars agree.
        q_neg = c_neg = aside = False
    against = threshold_verdict(q, c, terms)
    if against is None:
        against = value_verdict(q, c)  # another value stated for the measure asked
    if against is None:
        against = only_count_verdict(q, c)  # "only one" against "two"
    if against is None:
        against = only_scope_verdict(q, c)  # "assesses only A" against "assess B too?"
    if against is None:
        against = level_verdict(q, c)  # "a junior-college diploma" against "bachelor or above"
    if against is None:
        against = clock_verdict(q, c)  # "until 8 in the evening" against "at the latest 19:30"
    if against is None:
        against = date_verdict(q, c)  # "filed on 15 December" against "by 10 December"
    if against is None:
        against = optional_verdict(q, c)  # "must it be A?" against "may be A or B"
    if against is not None:
        return against
    if outside_barred(q, c):
        return None  # the question's value is outside the case a bar is about
    excluded = named_exclusion_rule(q, whole)
    if excluded is not None:
        return not q_neg if negated(excluded, q) else q_neg  # left out of a bar or a grant
    rule = named_exception_rule(q, whole)
    if rule is not None and (c_neg or negated(rule, q)) and bound_verdict(q, c) is not False:
        return not q_neg  # a bar or denial the rule lifts for the case the question names
    if bound_verdict(q, c) is False or (excepted(q, whole) and not c_neg):
        return False  # a bound the question's value misses; the rule's stated exception
    if (
        _UNIVERSAL.search(_NOT_UNIVERSAL.sub(" ", q))
        and _PARTIAL.search(_NOT_PARTIAL.sub(" ", c))
        and not _PARTIAL.search(q)
    ):
        return False  # asked of all, stated of part
    own = without_deferrals(c)  # a word qualifying another source is not the clause's
    for a, b in _G.opposites:
        for asked, opposite in ((a, b), (b, a)):
            if asked in q and opposite not in q:
                if asked in own and opposite not in own:
                    return not (direction_negated(c, asked, c_neg) and not q_neg)
                if opposite in own and asked not in own:
                    return False
    if q_neg and asserts_denied(q, c):
        return False
    if aside:
        return None
    if q_neg != c_neg:
        return None if lifted.repeal_only(q, c) else False  # a denial on one side only
    if _G.condition_end.search(c.rstrip("。；;，,")) or lifted.defers_to_list(whole):
        return None  # a condition alone ("…的") states nothing yet
    # Yes needs the statement itself: every noun of the question, and most of its weight,
    # of which a content word (a question of counts and kinds alone, "two statuses, the
    # rate", says too little to be affirmed by a sentence sharing them).
    if (
        coverage(terms, whole) >= YES_COVERAGE
        and any(t.is_content and t.found_in(whole) for t in terms)
        and asking_clause_held(q, whole)
        and not multiple_of_asked(q, whole)  # "twice the base ratio" is not the base ratio
    ):
        return True
    return None


__all__ = ["SCOPE_RUN", "bound_verdict", "compared_numbers"]
