"""Answers from units that cover a question when typed extraction found nothing, and the
small readings that decide when that is the right answer (does a sentence join items, which
identifier is a document's own)."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answering.answer_parts import as_sentence, fits_type
from assistant.answering.composing import NEAR_BEST, Context
from assistant.answering.evidence import DATE, DURATION, Sentence, coverage
from assistant.answering.extraction import TYPED, line_span, pattern_hit
from assistant.answering.grammar import grammar
from assistant.answering.questions import AnalyzedQuestion
from assistant.index import Index
from assistant.text import load_pos_tagger, normalize

_G = grammar()
_CLAUSE_BREAK = re.compile(r"[，,；;]")
_YEAR_ASKING = re.compile("|".join(map(re.escape, _G.raw["dates"]["year_asking"])))
_DAY_ASKING = re.compile("|".join(map(re.escape, _G.raw["dates"]["day_asking"])))
_PLACES = re.compile(rf"[\d{_G.numeral_chars}]+[{_G.rank_units}]")
_RANK_ASKING = re.compile("|".join(map(re.escape, _G.raw["tables"]["rank_asking"])))

# Share of the question's weighted nouns a covering unit must name itself or in its frame
# to be the answer when typing fails: most of them, a paraphrased one may be missing.
COVERING_NOUN_SHARE = 0.75
# A list question answered by covering units rather than an enumeration takes at most
# this many of them.
COVERING_LIST_UNITS = 8


def own_identifier(doc_text: str, pattern: re.Pattern[str]) -> tuple[int, int] | None:
    """The span of a document's first identifier that is not a cited document's."""
    for m in pattern.finditer(doc_text):
        if not doc_text.endswith(_G.cited_identifier_before, 0, m.start()):
            return m.start(), m.end()
    return None


def identifier_answer(
    index: Index,
    pattern: re.Pattern[str],
    typed: list[tuple[Sentence, float]],
    covering: list[tuple[Sentence, float]],
):
    """A document number asked for: the best typed unit's, else the covering document's
    own, wherever it stands (often a header line that shares no word with the question)."""
    if typed:
        best = typed[0][0]
        m = pattern.search(best.text)
        span = (best.start + m.start(), best.start + m.end())
        return m.group(0) + "。", [(best, span)], False
    if not covering:
        return None
    near = covering[0][0]
    doc_text = index.document(near.doc_id).text
    span = own_identifier(doc_text, pattern)
    if span is None:
        return None
    s, e = line_span(doc_text, span[0])
    unit = Sentence(near.doc_id, near.title, near.section, s, e, doc_text[s:e], near.rank)
    return doc_text[span[0] : span[1]] + "。", [(unit, span)], False


def fits_question(sent: Sentence, aq: AnalyzedQuestion) -> bool:
    """Can the unit hold an answer of the asked type; a date question is not typed by
    the year it names itself (a question on which day a 2022 document was issued), nor,
    naming a year, by a bare year (it asks for a day or month within one) unless it asks
    for a year."""
    if aq.qtype == "date" and not aq.numbers and _DAY_ASKING.search(normalize(aq.text)):
        # Asked for a day, a bare year or batch year is no answer.
        return pattern_hit(DATE, _G.not_amount.sub(" ", sent.text))
    if aq.qtype == "date" and aq.numbers:
        blank = re.compile("|".join(re.escape(n) for n in aq.numbers))
        text = blank.sub(" ", sent.text)
        names_year = any(
            _G.stated_year.fullmatch(n + _G.raw["dates"]["year_suffix"]) for n in aq.numbers
        )
        if names_year and not _YEAR_ASKING.search(normalize(aq.text)):
            text = _G.not_amount.sub(" ", text)
        return pattern_hit(DATE, text)
    return fits_type(sent, aq.qtype)


def without_asked_numbers(text: str, aq: AnalyzedQuestion) -> str:
    """The text with the numbers the question names blanked: a year or figure the question
    gives itself ("the 2022 version's rent") is no value that answers it."""
    if not aq.numbers:
        return text
    return re.compile("|".join(re.escape(n) for n in aq.numbers)).sub(" ", text)


def date_states(aq: AnalyzedQuestion) -> Callable[[Sentence], bool] | None:
    """How a covering unit must state a date: as the typed path reads one (a bare year
    does not answer for a year the question names), or a period when no year is named;
    other types: None (any value will do)."""
    if aq.qtype != "date":
        return None
    return lambda s: fits_question(s, aq) or (not aq.numbers and pattern_hit(DURATION, s.text))


def covering_answer(
    ctx: Context,
    covering: list[tuple[Sentence, float]],
    states: Callable[[Sentence], bool] | None = None,
):
    """Typing failed but units clearly cover the question: their own sentences.

    The best unit must name most of the question's nouns itself or in its frame (title,
    heading, Q&A question, table header), not lean on its paragraph; a question asking
    for an amount, date or rank needs a unit that states one (``states``: whether a unit
    does, when the caller reads it more closely than any value of any type). A list question takes the
    covering units near the best one (rows of a table, items of a run of lines).
    """
    aq, terms = ctx.aq, ctx.terms
    best, best_score = covering[0]
    own = [t for t in terms if t.primary and t.known]
    # A question without nouns ("and when the period ends still short of it?") is
    # carried by its verbs.
    nouns = [t for t in own if t.is_content] or own
    if not nouns or coverage(nouns, best.frame_norm) < COVERING_NOUN_SHARE:
        return None
    # Any amount, date or period will do ("上升2位" for a rank), but not a position ("第673号").
    stated = (TYPED.get(aq.qtype), TYPED["number"], TYPED["date"], TYPED["duration"])
    if aq.qtype == "ranking":
        # A rank, or a move by places ("上升2位"): not a page's view count or its date.
        stated = (TYPED["ranking"], _PLACES)
    if aq.qtype in TYPED and not (aq.qtype == "ranking" and not asks_rank(aq.text)):
        # The best unit may only announce what a near one states (that a contract shall
        # fix the start date, before the sentence giving the months): the first near unit
        # that states a value.
        best = next(
            (
                s
                for s, sc in covering[:COVERING_LIST_UNITS]
                if sc >= best_score - NEAR_BEST
                and coverage(nouns, s.frame_norm) >= COVERING_NOUN_SHARE
                and (
                    states(s)
                    if states
                    else any(pattern_hit(p, without_asked_numbers(s.text, aq)) for p in stated)
                )
            ),
            None,
        )
        if best is None:
            return None
    if aq.qtype != "list":
        return as_sentence(best.text), [(best, None)], False
    near = [
        s
        for s, sc in covering[:COVERING_LIST_UNITS]
        if sc >= best_score - NEAR_BEST and coverage(nouns, s.frame_norm) >= COVERING_NOUN_SHARE
    ]
    # One unit is no list, and "哪六个" needs six.
    m = _G.asked_count.search(aq.text)
    asked = _G.small_number(next(g for g in m.groups() if g)) if m else None
    if len(near) == 1 and asked is None and _joins_clauses(best.text):
        # One sentence stating several things at once ("须依法纳税，且已享受加计扣除"): its
        # clauses are the list.
        return as_sentence(best.text), [(best, None)], False
    if len(near) < 2 or asked not in (None, len(near)):
        return None
    return "；".join(s.text.rstrip("。；; ") for s in near) + "。", [(s, None) for s in near], False


def _joins_clauses(text: str) -> bool:
    """Does a sentence join clauses by a conjunction opening a later one, a word of its own
    (a word that only starts with a conjunction's character opens none)?"""
    tagger = load_pos_tagger()
    for clause in _CLAUSE_BREAK.split(text)[1:]:
        first = next(iter(tagger.cut(clause.strip())), None)
        if first is not None and _G.clause_continuation.fullmatch(first.word):
            return True
    return False


def states_asked(aq: AnalyzedQuestion, text: str) -> bool:
    """Does an answer found without typing state a value of the type asked (a date for
    "which month"), when the question asks for an amount, date, period or rank? Items led
    in by a covering sentence that state none do not answer it."""
    pattern = TYPED.get(aq.qtype)
    return pattern is None or pattern_hit(pattern, text)


def asks_rank(question: str) -> bool:
    """Does the question ask for a position itself, not only name a ranking?"""
    return _RANK_ASKING.search(normalize(question)) is not None


def doubted_type(aq: AnalyzedQuestion, fits: bool) -> bool:
    """Is the type read from the question's words doubtful: the question names a ranking
    without asking for a position, and the unit covering it best states none? (A unit
    scoring higher without the asked value is no such sign for amounts and dates: the
    typed unit is usually the answer.)"""
    return not fits and aq.qtype == "ranking" and not asks_rank(aq.text)


def joins_items(text: str) -> bool:
    """Does a sentence join items (by the enumeration comma, or by a conjunction that is a
    word of its own rather than a character inside a longer word)?"""
    if "、" in text:
        return True
    return any(p.word in _G.and_tokens for p in load_pos_tagger().lcut(text))
