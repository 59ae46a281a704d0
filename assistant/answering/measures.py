"""The measure a number question asks about and the qualifier of its value.

A question asking for an upper bound ("at most how much") is answered by a value stated
with any word of the same bound ("highest", "not exceeding"), so each bound word of a
question is matched by the others of its direction. A value stated as a goal is not the
value achieved; a unit naming only another level of government than the question's does
not answer it; an amount the question gives for its case may fall in a range a unit
states. Words are data in ``resources/question_grammar.yaml`` (groups ``bounds``,
``targets``, ``levels``, ``ranges``); functions without state.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from assistant.answering.barred_lists import barring_bonus
from assistant.answering.bounds import states_lower_bound
from assistant.answering.case_bounds import spoken_money
from assistant.answering.evidence import Sentence, Term
from assistant.answering.extraction import longest_run
from assistant.answering.grammar import grammar
from assistant.answering.periods import form_bonus
from assistant.answering.qualifiers import qualifier_grammar
from assistant.answering.rates import states_as_asked
from assistant.answering.stated_changes import states_change_only
from assistant.text import normalize, words

_BOUNDS = grammar().raw["bounds"]
_TARGETS = tuple(grammar().raw["targets"])
_LEVELS = grammar().raw["levels"]
_RANGES = grammar().raw["ranges"]
_UNITS = sorted(grammar().raw["units"], key=len, reverse=True)
_NUM = r"(\d+(?:\.\d+)?)"


def _alt(words: list[str]) -> str:
    return "(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")"


_INCLUSIVE = _alt(_RANGES["inclusive"]) + "?"
_LEVEL = re.compile(
    "(" + "|".join(map(re.escape, _LEVELS["words"])) + ")"
    "(" + "|".join(map(re.escape, sorted(_LEVELS["open_ends"], key=len, reverse=True))) + ")?"
)


def bound_variants(question: str) -> dict[str, tuple[str, ...]]:
    """For each bound word the question says, the other words of the same direction; for
    each goal word, the other goal words."""
    q = normalize(question)
    out: dict[str, tuple[str, ...]] = {}
    for group in (_BOUNDS["upper"], _BOUNDS["lower"], _TARGETS):
        for word in (w for w in group if w in q):
            out[word] = tuple(w for w in group if w != word)
    return out


# A number question not asking for a goal reads a unit stating one ("力争…达到…") this much
# lower: the achieved value wins a near tie, a goal that alone covers the question still answers.
TARGET_PENALTY = 0.1
# A number question asking an amount reads a unit stating the thing only by its change
# ("up 2.7%") this much lower: a unit stating the amount wins a near tie, a change that
# alone covers the question still answers.
CHANGE_PENALTY = 0.1


# A number question not itself asking what a term means reads a unit defining the rule's own
# term ("所称…是指总投资2亿元以上") this much lower: its amount bounds the term, a unit stating
# the amount wins a near tie, a definition that alone covers the question still answers.
DEFINITION_PENALTY = 0.1
_OWN_TERM = re.compile(grammar().raw["definitions"]["own_term"])
_DEFINING = re.compile("|".join(map(re.escape, grammar().raw["definitions"]["markers"])))


def defines_term(qtype: str, question: str, unit_text: str) -> bool:
    """Does the unit define the rule's own term while a number question asks an amount (it
    says no defining word of its own)?"""
    return (
        qtype == "number"
        and _DEFINING.search(normalize(question)) is None
        and _OWN_TERM.search(normalize(unit_text)) is not None
    )


def form_score(qtype: str, question: str, unit_text: str) -> float:
    """What the way a unit states its value adds to its score: a goal, for a number question
    not asking for one, takes TARGET_PENALTY off, a value stated only as a change, for one
    asking an amount, CHANGE_PENALTY; a period stated with its noun or a rule's effective
    or expiry date adds (periods.form_bonus); so does a barring lead-in for a list question
    asked with a negation (barred_lists)."""
    goal = qtype == "number" and target_mismatch(question, unit_text)
    changed = qtype == "number" and states_change_only(question, unit_text)
    return (
        form_bonus(qtype, question, unit_text)
        + barring_bonus(qtype, question, unit_text)
        - (TARGET_PENALTY if goal else 0.0)
        - (CHANGE_PENALTY if changed else 0.0)
        - (DEFINITION_PENALTY if defines_term(qtype, question, unit_text) else 0.0)
    )


def target_mismatch(question: str, unit_text: str) -> bool:
    """Does the unit state a goal ("strive to reach ...") while the question asks what is
    (no goal word of its own)? Then another unit stating the achieved value answers better."""
    return not any(w in normalize(question) for w in _TARGETS) and any(
        w in normalize(unit_text) for w in _TARGETS
    )


# A run of the question shorter than this is chance ("新认定" inside "重新认定"), not a
# sign of the unit saying what is asked.
MIN_TELLING_RUN = 4


def _telling_run(phrase: str, text_norm: str) -> int:
    run = longest_run(phrase, text_norm)
    return run if run >= MIN_TELLING_RUN else 0


def break_ties(scored: list[tuple[Sentence, float]], phrase: str) -> list[tuple[Sentence, float]]:
    """Units of equal score (sorted best first) in the order of the longest run of the
    question they repeat: of two table rows sharing a group cell, the one whose own cell
    names the item asked about."""
    out: list[tuple[Sentence, float]] = []
    i = 0
    while i < len(scored):
        j = i + 1
        while j < len(scored) and scored[j][1] == scored[i][1]:
            j += 1
        group = scored[i:j]
        if len(group) > 1:
            group.sort(key=lambda x: -_telling_run(phrase, x[0].norm))
        out += group
        i = j
    return out


def _closed_levels(text: str) -> set[str]:
    """The levels a text names on their own (not "provincial and above", which spans
    several)."""
    return {m.group(1) for m in _LEVEL.finditer(text) if not m.group(2)}


def other_level(question: str, context_norm: str) -> bool:
    """Does the unit (with its context) name only other levels than the one the question
    asks about (national asked, provincial stated)?"""
    asked = _closed_levels(normalize(question))
    if len(asked) != 1 or any(m.group(2) for m in _LEVEL.finditer(normalize(question))):
        return False
    stated = _closed_levels(context_norm)
    return bool(stated) and not stated & asked


def _amount(number: str, question: str) -> str | None:
    """The unit the question gives a number with (ten-thousand yuan, square metres), or
    None."""
    m = re.search(rf"(?<![\d.]){re.escape(number)}(?![\d.])", question)
    if m is None:
        return None
    unit = next((u for u in _UNITS if question.startswith(u, m.end())), None)
    return unit or spoken_money(question, m.end())  # "about 30 million" is money


@lru_cache(maxsize=256)
def _range_patterns(unit: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    u = re.escape(unit)
    return (
        (re.compile(_NUM + f"(?:{u})?" + _INCLUSIVE + _alt(_RANGES["between"]) + _NUM + u), "in"),
        (re.compile(_NUM + u + _INCLUSIVE + _alt(_RANGES["above"] + _RANGES["after"])), "above"),
        (re.compile(_alt(_BOUNDS["lower"]) + _NUM + u), "above"),
        (re.compile(_NUM + u + _INCLUSIVE + _alt(_RANGES["below"] + _RANGES["before"])), "below"),
        (re.compile(_alt(_BOUNDS["upper"]) + _NUM + u), "below"),
    )


def within_stated_range(number: str, question: str, text: str) -> bool:
    """Does the text state a range, in the unit the question gives ``number`` with, that
    holds it (8000 within "5000 and above", not within "1000 to 5000")?"""
    q = normalize(question)
    unit = _amount(number, q)
    if unit is None:
        return False
    value = float(number)
    for pattern, kind in _range_patterns(unit):
        for m in pattern.finditer(text):
            low = float(m.group(1))
            if kind == "in" and low <= value <= float(m.group(2)):
                return True
            if (kind == "above" and value >= low) or (kind == "below" and value <= low):
                return True
    return False


_RELATIVE = re.compile("|".join(grammar().raw["relative_values"]))
# An article is a rule of its own: one opening with its marker refers to no value before it.
_ARTICLE = re.compile(grammar().raw["lists"]["article_marker"])
# A unit stating a value relative to the answered one joins the answer when it starts at
# most this many characters after the answered unit ends: the rule's next clause or next
# item, which refers back to it (its subject seldom repeated), not a rule further on.
RELATIVE_GAP = 4


def with_relative(
    qtype: str, units: list[Sentence], direct: str, quotes: list
) -> tuple[str, list, bool]:
    """A number answer (direct text, quotes) with the unit right after the answered one
    that states a value relative to it (the difference made up, a share of another case's
    standard), which changes what the asker gets; else the answer as it was."""
    best = quotes[0][0]
    if qtype != "number" or best.cells or _RELATIVE.search(best.text):
        return direct, quotes, False
    for sent in units:
        follows = sent.doc_id == best.doc_id and 0 <= sent.start - best.end <= RELATIVE_GAP
        own_rule = sent.cells or _ARTICLE.match(sent.text.strip())
        if follows and not own_rule and _RELATIVE.search(sent.text):
            return direct + sent.text.strip(), [*quotes, (sent, None)], False
    return direct, quotes, False


_COUNTING = grammar().raw["counting"]
_COUNT_CLAUSE_END = re.compile(r"[,，;；。？?！!]|$")


def asked_classifier(question: str) -> tuple[str, ...] | None:
    """The classifiers a count asked without a noun after it may be answered with
    ("at least how many firms' worth of <classifier>" -> that classifier and its like), or None: a noun after the classifier is
    checked as the counted noun instead, and a general classifier counts anything."""
    norm = normalize(question)
    for m in grammar().count_asking.finditer(norm):
        rest = norm[m.end() : _COUNT_CLAUSE_END.search(norm, m.end()).start()]
        classifier = m.group(1)
        if (
            rest.strip(" " + "".join(_COUNTING["trailing"]))
            or classifier in _COUNTING["general_classifiers"]
        ):
            continue
        alike = next((g for g in _COUNTING["alike_classifiers"] if classifier in g), [classifier])
        return tuple(alike)
    return None


def states_classifier(
    text_norm: str, classifiers: tuple[str, ...], question_norm: str = ""
) -> bool:
    """Does the text state a count with one of the classifiers (a numeral right before it),
    as a value per something exactly when the question asks one (rates.states_as_asked)?"""
    pattern = f"(?:{_COUNTING['numeral']})(?:{'|'.join(map(re.escape, classifiers))})"
    return states_as_asked(pattern, pattern, text_norm, question_norm)


def names_unit(frame_norm: str, classifiers: tuple[str, ...]) -> bool:
    """Does a table's caption or header name one of the classifiers as its unit, in
    brackets (with or without the unit label)? Its bare figures then count that."""
    # "表6 车辆占有情况(单位:辆)", "数量(辆)".
    units = "|".join(map(re.escape, classifiers))
    return re.search(rf"\((?:{_UNIT_LABEL}[:\s]*)?(?:{units})\)", frame_norm) is not None


_UNIT_LABEL = re.escape(grammar().raw["counting"]["unit_label"])
_COUNT_WORD = re.escape(grammar().raw["counting"]["count_word"])
# A bracketed gloss (a unit, a note) of a header or caption.
_GLOSS = re.compile(r"[（(][^）)]*[）)]")
_WHOLE = re.compile(r"\d+")


def row_counts_in(sent: Sentence, classifiers: tuple[str, ...]) -> bool:
    """Do a table row's bare figures count with one of the classifiers: its caption or
    header names the classifier as its unit or counts it (a count of pieces), or the table names no
    unit at all and every figure of the row is a whole number (a statistics table counting
    what its rows name)?"""
    if not sent.cells:
        return False
    units = "|".join(map(re.escape, classifiers))
    if names_unit(sent.frame_norm, classifiers) or re.search(
        rf"(?:{units}){_COUNT_WORD}", normalize(" ".join(sent.header))
    ):
        return True
    figures = [c.strip() for c in sent.cells if re.search(r"\d", c)]
    return (
        bool(figures)
        and all(_WHOLE.fullmatch(c) for c in figures)
        and not any(_GLOSS.search(h) for h in sent.header)
        and not _GLOSS.search(sent.frame)
    )


# Weight kept by a threshold noun the library never writes: as little as a kind of answer
# (extractive.CATEGORY_FACTOR), since the unit states the bound, not the noun.
BOUND_NOUN_FACTOR = 0.3


def mark_bound_nouns(terms: list[Term]) -> None:
    """A threshold noun the library never writes is read as a kind of answer (known, never
    required, weighing little), as the kind nouns are: without it a threshold question about
    a library saying only "above 5m" is refused."""
    for t in terms:
        if not t.known and t.primary and bound_noun(t.text):
            t.known, t.category, t.weight = True, True, t.weight * BOUND_NOUN_FACTOR


def bound_noun(noun: str) -> bool:
    """Does ``noun`` name a lower bound ("threshold"), which documents state as a bound?"""
    return noun in _BOUNDS["lower_nouns"]


def states_named_bound(noun: str, text_norm: str) -> bool:
    """Is ``noun`` a lower-bound noun the text states as a bound, with a lower-bound word or
    a range open above? Documents seldom write the noun itself."""
    return bound_noun(noun) and states_lower_bound(text_norm)


def goal_measure_stated(measure: str, text_norm: str, context_norm: str) -> bool:
    """Is a measure that opens with a goal word ("expected growth") stated split: the goal
    word in the unit or its context ("the expected goals are: ..."), the rest of the measure
    a word of the unit ("... grows 6%")?"""
    goal = next((w for w in _TARGETS if measure.startswith(w)), None)
    if goal is None or goal not in context_norm or len(measure) == len(goal):
        return False
    return measure[len(goal) :] in words(text_norm)


_CLAUSE = re.compile(r"[^，,；;。：:]+")
_CHANGES = tuple(grammar().raw["change_words"])
# Characters an adverb between a measure's noun and its change word may take ("同比",
# "比上年"); more, and the change is another noun's.
MAX_CHANGE_GAP = 4


def change_stated(measure: str, text_norm: str) -> bool:
    """Is a measure ending with a change word ("exports grew") stated with its noun and,
    a short adverb later in the same clause, any change word ("exports year on year fell")?"""
    change = next((w for w in _CHANGES if measure.endswith(w) and len(measure) > len(w)), None)
    if change is None:
        return False
    noun = re.escape(measure[: -len(change)])
    gap = f"[^，,；;。：:]{{0,{MAX_CHANGE_GAP}}}"
    found = [m.start() for m in re.finditer(noun + gap + _alt(list(_CHANGES)), text_norm)]
    # The noun where a word starts: not the tail of a longer word ("imports and exports").
    starts = {0, *itertools.accumulate(len(w) for w in words(text_norm))}
    return any(at in starts for at in found)


def asked_units(question: str) -> tuple[str, ...]:
    """The units of measure a number question asks its amount in, right after its asking
    word ("how many hundred-million yuan" -> the yuan family), or none."""
    norm = normalize(question)
    m = grammar().how_many.search(norm)
    if m is None:
        return ()
    for family in qualifier_grammar().amount_units:
        if any(norm.startswith(u, m.end()) for u in family):
            return family
    return ()


def measure_without_amount(question: str, asked: list[str], text_norm: str) -> bool:
    """Does the unit say the noun the question asks the amount of (GDP, asked in yuan) only
    in clauses stating no amount in the asked unit (GDP grew 5.1%)? Then the amount it
    states in that unit (budget revenue of 2.4 billion yuan) is another measure's."""
    units = asked_units(question)
    if not units:
        return False
    amount = re.compile(qualifier_grammar().amount + "(?:" + "|".join(map(re.escape, units)) + ")")
    clauses = [
        c.group(0) for c in _CLAUSE.finditer(text_norm) if any(a in c.group(0) for a in asked)
    ]
    return bool(clauses) and not any(amount.search(c) for c in clauses)


def row_counts(sent: Sentence, classifier: str, noun_forms: tuple[str, ...]) -> bool:
    """Does a table row count the noun: one cell the count with the classifier alone
    (120 sets), another the thing counted (the cameras bought and installed)? A row states its
    count and its item in columns of their own, never as one phrase."""
    counting = grammar().raw["counting"]
    # A classifier counting the same things answers for the asked one (copies, items).
    alike = next((g for g in counting["alike_classifiers"] if classifier in g), [classifier])
    count = re.compile(rf"{counting['numeral']}(?:{'|'.join(map(re.escape, alike))})")
    cells = [normalize(c) for c in sent.cells]
    heads = [normalize(h) for h in sent.header]
    # The thing counted in a cell of its own, or in the count's column name ("number of
    # materials").
    counts = [i for i, c in enumerate(cells) if count.fullmatch(c)]
    named = any(f in c for i, c in enumerate(cells) if i not in counts for f in noun_forms)
    headed = any(f in heads[i] for i in counts if i < len(heads) for f in noun_forms)
    return bool(counts) and (named or headed)
