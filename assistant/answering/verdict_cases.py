"""Which case a yes/no verdict holds for: a rule's stated exception, a condition that names
the question's case, and a plain negation between a subject and the predicate asked about.

Pure functions over normalised text, used by :mod:`polarity` and :mod:`barring`; the words
are data in ``resources/question_grammar.yaml`` (group ``negation``) and, for exceptions,
``resources/catalogue_grammar.yaml``: one reader of exceptions for rules and barring lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import yaml

from assistant.answering.grammar import grammar
from assistant.text import normalize

_NEG = grammar().raw["negation"]


@dataclass(frozen=True)
class CatalogueGrammar:
    """Lead-ins of barring lists and the exception patterns (each with a ``case`` group)."""

    lead_ends: tuple[str, ...]
    exceptions: tuple[re.Pattern[str], ...]
    grants: tuple[str, ...]
    alternatives: re.Pattern[str]


@lru_cache(maxsize=1)
def catalogue_grammar() -> CatalogueGrammar:
    raw = yaml.safe_load(
        files("assistant.resources").joinpath("catalogue_grammar.yaml").read_text("utf-8")
    )
    return CatalogueGrammar(
        lead_ends=tuple(raw["lead_ends"]),
        exceptions=tuple(re.compile(p) for p in raw["exceptions"]),
        grants=tuple(raw["exception_grants"]),
        alternatives=re.compile(
            "|".join(map(re.escape, sorted(raw["exception_alternatives"], key=len, reverse=True)))
        ),
    )


def exception_cases(clause: str) -> list[tuple[str, int, int]]:
    """The cases the clause states as exceptions, each with its exception's span."""
    # Patterns ending at the same place read one exception: the first listed wins.
    found: dict[int, tuple[str, int, int]] = {}
    for pattern in catalogue_grammar().exceptions:
        for m in pattern.finditer(clause):
            found.setdefault(m.end(), (m.group("case"), m.start(), m.end()))
    return sorted(found.values(), key=lambda hit: hit[1])


def named_exception_starts(question: str, clause: str) -> list[int]:
    """Where the exceptions start whose case the question names by words of the case's
    own: the words the question shares with the rest of the clause (the matter the rule
    is about, "new ... projects") name the rule, not its exception."""
    named = []
    for case, start, end in exception_cases(clause):
        rule = clause[:start] + " " + clause[end:]
        # Each alternative of the case ("reported, or an accident") is a case of its own,
        # named by one word when that word is a fair share of it.
        alternatives = [a for a in catalogue_grammar().alternatives.split(case) if a.strip()]
        if names_case(case, question, rule) or (
            len(alternatives) > 1 and any(names_case(a, question, rule, 1) for a in alternatives)
        ):
            named.append(start)
    return named


# The characters a plain negation starts with: one before the words the question asks about
# makes them a negated case of the question's own.
_NEGATION_CHARS = {w[0] for w in _NEG["plain"]}
_CLAUSE_END = re.compile(r"[,，;；:：。！？!?]")
# Characters of a run two texts must share to speak of the same thing: two, a word.
RUN = 2
# Share of a case's two-character runs the question must repeat to name that case: a
# case shares a generic word ("project") with most questions, its own words with few.
CASE_SHARE = 0.2


def _runs(text: str) -> list[str]:
    return [
        text[i : i + RUN]
        for i in range(len(text) - RUN + 1)
        if not any(ch.isspace() or _CLAUSE_END.match(ch) for ch in text[i : i + RUN])
    ]


def names_case(case: str, question: str, rule: str = "", least: int = 2) -> bool:
    """Does the question name the case (enough of the case's own words, not only a word
    every rule shares)? Words the case shares with the ``rule`` it is excepted from (the
    matter the rule is about) count for neither."""
    runs = [r for r in _runs(case) if r != grammar().modifier_mark * RUN]
    if not runs:
        return False
    held = sum(r in question and r not in rule for r in runs)
    # Two runs at least (``least``), or the one a two-character case ("东区") has.
    return held >= min(least, len(runs)) and held / len(runs) >= CASE_SHARE


_BACK_REFERENCE = re.compile(
    r"^\s*(?:"
    + "|".join(map(re.escape, sorted(_NEG["case_back_references"], key=len, reverse=True)))
    + ")"
)


def case_words(case: str) -> str:
    """The words of a condition that state its case: a noun pointing back to the matter
    already named ("the above projects located in ...") is the topic every case shares, so
    the pointer and the word after it are blanked."""
    m = _BACK_REFERENCE.match(case)
    if m is None:
        return case
    return " " * (m.end() + RUN) + case[m.end() + RUN :]


def without_predicate(question: str, governed: str) -> str:
    """The question with the words it shares with a negation's governed stretch blanked:
    those name what is denied ("apply the pledge scheme"), so a condition repeating a piece
    of them ("where the pledge proves false") does not thereby name the question's case."""
    blanked = list(question)
    i = 0
    while i < len(governed):
        size = RUN
        while i + size <= len(governed) and governed[i : i + size] in question:
            size += 1
        word = governed[i : i + size - 1]
        if size > RUN and word.strip():
            for m in re.finditer(re.escape(word), question):
                blanked[m.start() : m.end()] = " " * len(word)
            i += len(word)
        else:
            i += 1
    return "".join(blanked)


def names_condition(case: str, question: str, denied: str) -> bool:
    """Does the question name the case of a condition ruling the negation ``denied``
    (from the negation's clause to the sentence's end, all the condition rules)? It must repeat a word of the condition's own
    case, outside the words both it and the negation's stretch hold (the matter denied)."""
    asked = without_predicate(question, denied)
    return any(r in asked for r in _runs(case_words(case)))


def excepted(question: str, clause: str) -> bool:
    """Does the clause grant something but rule out, as its exception, the case the
    question names ("…are favoured, except those with a serious accident" against
    "favoured despite an accident?")?"""
    grants = catalogue_grammar().grants
    return any(
        any(w in clause[:at] for w in grants) for at in named_exception_starts(question, clause)
    )


def plainly_excepted(question: str, clause: str, denied: bool) -> bool:
    """Does a statement that denies nothing (``denied`` false) set aside, as its stated
    exception, the case the question names ("open on working days, public holidays
    excepted" against "open on public holidays?")? What it states then does not hold
    for that case, granting word or not."""
    return not denied and bool(named_exception_starts(question, clause))


def touches_exception(question: str, clause: str) -> bool:
    """Does the question repeat any word of a case the clause excepts, outside the words of
    the rule it is excepted from? Then whether it names that case is open."""
    for case, start, end in exception_cases(clause):
        rule = clause[:start] + " " + clause[end:]
        if any(r in question and r not in rule for r in _runs(case)):
            return True
    return False


def names_exception(question: str, clause: str) -> bool:
    """Does the question name a case the clause states as its exception, whatever the
    clause grants or bars?"""
    return bool(named_exception_starts(question, clause))


def named_exception_rule(question: str, clause: str) -> str | None:
    """The rule before the first exception whose case the question names, else None: a
    bar there ("must not enjoy the support, …, except wage-subsidy refunds") is what the
    exception lifts for that case."""
    named = named_exception_starts(question, clause)
    return clause[: named[0]] if named else None


def denies_asked_predicate(norm: str, start: int, end: int, question: str) -> bool:
    """Does the plain negation at ``norm[start:end]`` deny the predicate the question asks
    about, though its clause holds the attributive particle? So when the clause names a
    subject of the question before it ("the results are not used as the basis of ...") and
    the question repeats the words right after it; a negation opening a noun phrase ("firms
    not applying for ...") has no subject before it."""
    if not question:
        return False
    stop = _CLAUSE_END.search(norm[:start][::-1])
    subject = norm[start - stop.start() if stop else 0 : start]
    if not subject.strip() and stop is not None:
        # The negation opens its clause after a subject clause of its own ("projects
        # using standard workshops, do not apply the table's indicators").
        return _subject_clause(norm, start - stop.start() - 1, end, question)
    after = norm[end : end + RUN]
    shares_subject = any(r in question for r in _runs(subject))
    at = question.find(after)
    if len(after.strip()) < RUN or at < 0 or not shares_subject:
        return False
    # The question negating the same words ("not yet paid") asks about the same case.
    return not any(ch in question[max(0, at - RUN) : at] for ch in _NEGATION_CHARS)


def _subject_clause(norm: str, comma: int, end: int, question: str) -> bool:
    """Is the clause before ``comma`` (in the same sentence) a subject naming the
    question's matter, a noun phrase ending its own modifier ("projects *of* ..."), and does
    the negated stretch after ``end`` hold the question's words? Then the negation denies
    the predicate, not a noun's modifier."""
    if norm[comma] not in ",，":
        return False
    opening = max((m.end() for m in _SENTENCE_STOP.finditer(norm, 0, comma)), default=0)
    subject = norm[opening:comma]
    stop = _CLAUSE_END.search(norm, end)
    denied = norm[end : stop.start() if stop else len(norm)]
    mark = grammar().modifier_mark
    if mark not in subject or subject.rstrip().endswith(mark) or _CLAUSE_END.search(subject):
        return False
    return any(r in question for r in _runs(subject)) and any(r in question for r in _runs(denied))


_SENTENCE_STOP = re.compile(r"[;；。！？!?]")


# Parts of speech of the names of places, people and bodies: a document's title or section
# heading naming one says whom all its clauses are about.
SUBJECT_POS = ("ns", "nr", "nt")


def clause_terms(terms: list, heading: str, clause: str, topic: str = "") -> list:
    """The question's terms a clause (normalised) must hold to affirm it: not the names of
    places and bodies it leaves out that its document's title or section heading
    (``heading``, normalised) holds ("does zone X reward ...?" against "... is rewarded" in
    zone X's rules), unless nothing else is left. A name the clause says still counts.
    Nor the nouns the earlier sentences of its paragraph (``topic``, normalised) hold: a
    sentence leaves out the topic its paragraph has named ("talent flats ... Contract staff
    may apply in their own name")."""
    kept = [
        t
        for t in terms
        if not (t.pos in SUBJECT_POS and heading and t.found_in(heading) and not t.found_in(clause))
        and not (t.pos[:1] == "n" and topic and t.found_in(topic) and not t.found_in(clause))
    ]
    return kept or terms


_DEFERRAL = re.compile("|".join(grammar().raw["deferrals"]))


def without_deferrals(clause: str) -> str:
    """The clause with its deferrals to another source blanked ("final figures are those
    of the yearly report"): the word qualifying a deferral speaks of that source, not of
    what the clause states of its own subject."""
    return _DEFERRAL.sub(lambda m: " " * len(m.group(0)), clause)


_NEGATION = grammar().negation
_SIDE_END = re.compile(r"[,，;；]")
# Characters of the verb two parallel clauses share, at most ("发布").
VERB_CHARS = 4


def parallel_objects(text: str) -> tuple[int, str, str] | None:
    """Parallel clauses asserting and denying one verb ("includes the service fee, does
    not include power and water"; "only for research, must not be used for welfare"): where the denying clause begins and the two objects
    of the verb, each clause a verdict on its own; None when there are none."""
    opening = 0
    for stop in _SIDE_END.finditer(text):
        before = text[opening : stop.start()].strip()
        after = text[stop.end() :]
        lead = len(after) - len(after.lstrip())
        neg = _NEGATION.match(after, lead)
        opening = stop.end()
        if neg is None or not before or _NEGATION.match(before):
            continue
        # The verb: the longest run after the negation the asserting clause holds.
        size = 0
        while after[neg.end() : neg.end() + size + 1].strip() in before and size < VERB_CHARS:
            size += 1
        verb = after[neg.end() : neg.end() + size]
        if verb.strip():
            denied = _SIDE_END.split(after[neg.end() + size :])[0]
            if not denied.strip() and grammar().condition_end.search(before):
                continue  # a condition and its bare refusal ("…的，不予修复"): one verdict
            return stop.start(), before[before.rfind(verb) + size :], denied
    return None


def parallel_side(text: str, terms: list) -> str | None:
    """Of parallel clauses asserting and denying one verb, the clause whose object names
    something the question asks (a term of it): the subject both share says nothing of
    which one decides ("publishes the growth, not the level": asked about the level, the
    second). None when there are no such clauses or both or neither object name one."""
    found = parallel_objects(text)
    if found is None:
        return None
    at, own, denied = found
    named = [any(t.found_in(obj) for t in terms) for obj in (own, denied)]
    if named == [True, False]:
        return text[:at]
    if named == [False, True]:
        return text[at:]
    return None


# Terms a granting clause must hold, none of them in the relief after it, to be the side a
# question asks about: two, so that a shared subject alone does not choose it.
GRANT_TERMS = 2


def granted_side(text: str, terms: list) -> str | None:
    """Of a grant followed by a relief ("may print the certificate online, no need to
    collect it at the window"), the grant, when the question's terms are all in it and
    none in the relief: the relief denies another act than the one asked. None otherwise,
    and for a condition followed by its refusal ("firms that …, not supported")."""
    sides = [(m.start(), m.end()) for m in _SIDE_END.finditer(text)]
    if len(sides) != 1:
        return None
    at, after = sides[0]
    grant, relief = text[:at], text[after:]
    lead = len(relief) - len(relief.lstrip())
    if not _NEGATION.match(relief, lead) or grammar().condition_end.search(grant):
        return None
    if not any(w in grant for w in catalogue_grammar().grants):
        return None
    held = [t for t in terms if t.found_in(grant)]
    if len(held) < GRANT_TERMS or any(t.found_in(relief) for t in terms):
        return None
    return grant


_SENTENCE_END = re.compile(r"[。！？!?]")
# Opening character two sentences of a list of parallel rules share ("对…，给予…。对…").
PARALLEL_OPENING = 1


def paragraph_topic(before: str, said: str) -> str:
    """The topic the earlier sentences of a unit's paragraph name (normalised): its whole
    sentences before the unit (not the clauses of the unit's own sentence), leaving out
    those opening as the unit does, which are parallel rules on other matters ("for
    workshops, …. For smart factories, …"), not its topic."""
    said = normalize(said).lstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    if not ends:
        return ""
    sentences, start = [], 0
    for end in ends:
        sentences.append(normalize(before[start:end]).strip())
        start = end
    opening = said[:PARALLEL_OPENING]
    return " ".join(s for s in sentences if not (opening and s.startswith(opening)))


_RULE_END = re.compile(r"[。！？!?]")


def _exception_only(text: str) -> bool:
    """Is the sentence made only of one exception ("But ... excepted.")?"""
    norm = normalize(text)
    cases = exception_cases(norm)
    if len(cases) != 1 or cases[0][1] != len(norm) - len(norm.lstrip()):
        return False
    return not _RULE_END.sub("", norm[cases[0][2] :]).strip()


def exception_after(doc_text: str, end: int) -> int | None:
    """Where the sentence ends that follows ``end`` on the same line when it is made only of
    an exception to the sentence before it; else None."""
    line_end = doc_text.find("\n", end)
    line_end = len(doc_text) if line_end < 0 else line_end
    stop = _RULE_END.search(doc_text, end, line_end)
    if stop is None or not _exception_only(doc_text[end : stop.end()]):
        return None
    return stop.end()


def excepted_rule_start(doc_text: str, start: int, text: str) -> int | None:
    """Where the rule starts that a sentence made only of its exception ("But projects on
    the key list are excepted.") sets a case aside from: the sentence before it on the same
    line. None when the text is no such exception or no rule precedes it."""
    if not _exception_only(text):
        return None
    line_start = doc_text.rfind("\n", 0, start) + 1
    ends = [m.end() for m in _RULE_END.finditer(doc_text, line_start, start)]
    if not ends or doc_text[ends[-1] : start].strip():
        return None
    begin = ends[-2] if len(ends) > 1 else line_start
    return begin if doc_text[begin : ends[-1]].strip() else None
