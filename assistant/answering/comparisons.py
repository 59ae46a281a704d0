"""Comparisons in prose: each side's value, read where the side is named, and which is
larger. Module functions over one question's :class:`Context`; no state.

A side is found by the longest run of its words a sentence holds (a side qualified by a
year is named by its measure alone); its value is the one the sentence gives it — by
position in an "A, B and C were respectively x, y and z" statement, else the first number
after the measure asked about (a question on which grew faster reads the number after the
growth word), else the first number after the side.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from assistant.answering.answer_parts import amount, unit_of
from assistant.answering.compared_days import compared_days
from assistant.answering.comparison_verdicts import comparison_verdict
from assistant.answering.composing import Context
from assistant.answering.evidence import DURATION, NUMBER, Sentence
from assistant.answering.extraction import CLAUSE_MARK, typed_value
from assistant.answering.grammar import grammar
from assistant.answering.questions import (
    STRIP_PUNCT,
    asked_category,
    comparison_measure,
    comparison_sides,
    numeral_value,
)
from assistant.answering.table_reading import question_forms
from assistant.messages import msg
from assistant.text import load_pos_tagger, normalize, words

_G = grammar()
_RESPECTIVELY = tuple(_G.raw["multipart"]["respectively"])
_ITEM_SPLIT = re.compile("|".join(map(re.escape, _G.raw["multipart"]["parallel_joiners"])))
# Nouns naming a period ("期限", "试用期"): a measure ending in one is compared by periods.
_PERIOD_NOUNS = tuple(_G.raw["stated_period"]["nouns"])
_STATEMENT_END = re.compile(r"[。；;！!？?]")
# The sign a fall is shown with.
_MINUS = "-"
# A side is named by at least this many characters of its words.
MIN_SIDE_CHARS = 2
# Nouns after a side's matched words that still name it ("region", "zones"): more would
# run on into the measure the sentence states ("average").
MAX_NAME_NOUNS = 2
# Characters of the question right before its measure word read as part of the measure
# ("planned" before "investment"); more would take in the sides or the year.
MAX_MEASURE_MODIFIER = 4
# Word tags that continue a name: nouns, place and proper names, abbreviations, and
# non-predicate adjectives ("national-level").
_NAME_TAGS = ("n", "j", "b")
# Closing quotes and brackets (Unicode final-quote and close punctuation) end a quoted
# piece of the name, not the name.
_CLOSING = ("Pf", "Pe")


def comparison_answer(index, ctx: Context, covering: list[tuple[Sentence, float]]):
    """Both sides' values, and which is larger; None when a side has no value."""
    sides = comparison_sides(ctx.aq.text)
    if sides is None:
        return None
    measure = _measure_forms(ctx)
    said = _said_measures(comparison_measure(ctx.aq.text), measure)
    # Covering units first, then the rest of their documents' retrieved units: the other
    # side is often stated a sentence away, in words the question does not repeat.
    docs = {s.doc_id for s, _ in covering}
    units = [s for s, _ in covering]
    units += [s for s in ctx.sentences if s.doc_id in docs and s not in units]
    # Two days compared (deadlines): each side's bound day, the later or earlier said.
    if (dated := compared_days(index, ctx.aq.text, units, _side_names)) is not None:
        return dated
    found = []
    for side, other in (sides, sides[::-1]):
        # A side may be named by an abbreviation ("GDP" for "地区生产总值").
        forms = question_forms(side)
        hit, form = next(
            ((h, f) for f in forms if (h := _side_found(f, other, units, measure, said))),
            (None, None),
        )
        if hit is None:
            return None
        # Shown by the question's own words for it, not the run a sentence matched; by the
        # document's words when the question's abbreviation is not in it.
        named = document_name(hit[2], hit[0], side, other, comparison_measure(ctx.aq.text))
        found.append((named or (side if form == forms[0] else hit[0]), *hit[1:]))
    (name_a, value_a, sent_a), (name_b, value_b, sent_b) = found
    if sent_a is sent_b and value_a == value_b:
        return None
    if unit_of(normalize(value_a)) != unit_of(normalize(value_b)):
        return None  # 500万元 and 7% measure different things
    periods = [DURATION.fullmatch(normalize(v)) for v in (value_a, value_b)]
    if any(f.endswith(_PERIOD_NOUNS) for f in measure) and not all(periods):
        return None  # a period compared ("probation") is stated as one, not as a count
    unit = _shared_unit(found)
    parts = [msg("comparison_value", name=n, value=_based(v, s) + unit) for n, v, s in found]
    a, b = _figure(value_a), _figure(value_b)
    if a is not None and b is not None and a != b:
        # Two periods of one unit (two years, three years) compare as lengths of time.
        period = all(DURATION.fullmatch(normalize(v)) for v in (value_a, value_b))
        key = "comparison_longer" if period else "comparison_larger"
        parts.append(msg(key, name=name_a if a > b else name_b))
    quotes = [(sent_a, None)] + ([] if sent_b is sent_a else [(sent_b, None)])
    # Asked as yes/no ("is A more than B?"): the two values decide it.
    verdict = comparison_verdict(ctx.aq.text, a, b) if a is not None and b is not None else ""
    return verdict + "，".join(parts) + "。", quotes


def _shared_unit(found: list[tuple[str, str, Sentence]]) -> str:
    """The word both bare numbers are followed by where they are stated: their unit, when
    the unit list does not hold it (a score's unit). Empty when they differ."""
    after = []
    for _, value, sent in found:
        at = sent.text.find(value)
        if at < 0 or not value[-1:].isdigit():
            return ""
        after.append(sent.text[at + len(value) : at + len(value) + 1])
    unit = after[0]
    if not unit.isalpha() or unit.isascii() or unit in _G.and_tokens or unit in _G.digits:
        return ""
    return unit if all(u == unit for u in after) else ""


def _based(value: str, sent: Sentence) -> str:
    """The value with the rate's base stated right before it ("per mu" of "per mu 5 million
    yuan"): without it the value reads as a total."""
    at = sent.text.find(value)
    base = _G.value_before.search(sent.text, 0, at) if at > 0 else None
    return sent.text[base.start() : at] + value if base else value


def _figure(value: str) -> float | None:
    """A value's amount, also when its numeral is written in characters (three years); a
    fall is below zero."""
    figure = amount(value.removeprefix(_MINUS))
    if figure is not None:
        return -figure if value.startswith(_MINUS) else figure
    numeral = "".join(
        itertools.takewhile(lambda ch: ch in _G.digits or ch in _G.places, normalize(value))
    )
    return numeral_value(numeral) if numeral else None


def _measure_forms(ctx: Context) -> tuple[str, ...]:
    """The question's words for what is compared, after its sides, with their variants."""
    tail = _shared_measure(ctx.aq.text) + comparison_measure(ctx.aq.text)
    # The noun after the asking word names what the sides are ("哪个产业增长更快"), not what
    # they are compared by, unless nothing else is said ("哪个增速更高").
    kind = asked_category(ctx.aq.text)
    forms: list[str] = []
    for t in ctx.terms:
        # A one-character word counts when the lexicon spells it out ("涨" → 增长).
        named = len(t.text) >= MIN_SIDE_CHARS or t.variants
        if t.primary and named and t.text in tail and t.text != kind:
            forms.extend((t.text, *t.variants))
    if not forms and kind:
        forms = [f for t in ctx.terms if t.text == kind for f in (t.text, *t.variants)]
    # A side that fell is stated by the opposite word ("which grew": one "fell 1%").
    forms += [b for a, b in _G.opposites if a in forms and b not in tail and b not in forms]
    return tuple(forms)


def _side_names(side: str, other: str, first_only: bool = False) -> list[str]:
    """Runs of the side's words: how a sentence may name it. Each run holds a word the
    other side lacks (the place word of a region, not the generic region noun both share).
    Runs holding its first and last such words come first, longest first; with
    ``first_only``, only runs holding the first (where the side starts)."""
    tokens = words(side)
    own = [w for w in tokens if w not in other]
    if not own:
        return []
    first, last = own[0], own[-1]
    runs = {
        "".join(tokens[i:j]): set(tokens[i:j])
        for i in range(len(tokens))
        for j in range(i + 1, len(tokens) + 1)
        if set(own) & set(tokens[i:j])
    }
    if first_only:
        runs = {r: ws for r, ws in runs.items() if first in ws}
    return sorted(
        (r for r in runs if len(r) >= MIN_SIDE_CHARS),
        key=lambda r: (-(first in runs[r] and last in runs[r]), -(last in runs[r]), -len(r)),
    )


def _side_found(
    side: str, other: str, units: list[Sentence], measure: tuple[str, ...], said: tuple = ()
):
    # A statement saying the measure as the question does is read before one that does not
    # (a table row of one member of a group, for a figure of the group).
    units = sorted(units, key=lambda u: not any(f in normalize(u.text) for f in said))
    names = _side_names(side, other)
    # The side's figure of the measure asked, stated with the side or under the side a
    # paragraph opens with ("(1) Posts of A. ... The probation is 6 months."), comes before
    # any other figure a statement naming the side gives (its post count).
    for name in names if measure else ():
        for sent in units:
            if value := _side_value(sent, name, other, measure, said, True):
                return name, value, sent
        for sent in units:
            if value := _led_value(sent, name, other, side, measure, said):
                return name, value, sent
    # A statement holding every word that sets the side apart is about the side, though no
    # run of them is said together ("the bureau ... reviews and replies"): its figure first.
    own = [w for w in words(side) if w not in other]
    whole = [u for u in units if all(w in normalize(u.text) for w in own)]
    pairs = itertools.product(whole, names) if len(own) > 1 else ()
    for name, sent in [(n, s) for s, n in pairs] + list(itertools.product(names, units)):
        if value := _side_value(sent, name, other, measure, said):
            return name, value, sent
    return None


def _side_value(
    sent: Sentence, name: str, other: str, measure: tuple, said: tuple, measured: bool = False
) -> str | None:
    """The value a statement naming the side gives it; with ``measured``, only a value of
    the measure asked, stated with it."""
    norm = normalize(sent.text)
    pos = norm.find(name)
    if pos < 0 or (measured and not any(f in norm[pos:] for f in measure)):
        return None
    # The side's statement ends where the other side is named.
    others = [i for o in _side_names(other, name, True) if (i := norm.find(o, pos)) > pos]
    stop = min(others, default=len(norm))
    return _respective_value(sent.text, pos, name) or _value_after(
        sent.text[:stop], pos + len(name), measure, said, measured
    )


def _led_value(
    sent: Sentence, name: str, other: str, side: str, measure: tuple, said: tuple
) -> str | None:
    """The measure's value in a statement naming neither side, in a paragraph whose lead
    statement names this side and no statement the other ("(1) Posts of A. ..."): the
    paragraph is about the side."""
    before, norm = normalize(sent.before), normalize(sent.text)
    end = _STATEMENT_END.search(before)
    lead = before[: end.start() if end else len(before)]
    if name not in lead or any(o in norm or o in before for o in _side_names(other, side)):
        return None
    return _value_after(sent.text, 0, measure, said, True)


def _respective_value(text: str, pos: int, name: str) -> str | None:
    """In an "A, B and C ... were respectively x, y and z" statement, the value at the
    named item's place."""
    end = _STATEMENT_END.search(text, pos)
    stop = end.start() if end else len(text)
    at = min((i for w in _RESPECTIVELY if (i := text.find(w, pos, stop)) >= 0), default=-1)
    if at < 0:
        return None
    # The named things are those of the clause holding the word for "respectively": a side
    # named in an earlier clause is stated there with its own value.
    start = max((m.end() for m in CLAUSE_MARK.finditer(text, 0, at)), default=0)
    if pos < start:
        return None
    names = [n for n in _ITEM_SPLIT.split(text[start:at]) if n.strip()]
    place = next((k for k, n in enumerate(names) if name in normalize(n)), None)
    values = [
        _first_value(text[m.start() : stop]) or m.group(0) for m in NUMBER.finditer(text, at, stop)
    ]
    if place is None or len(names) < 2 or len(values) != len(names):
        return None
    return values[place]


def _shared_measure(question: str) -> str:
    """The words after the second side's modifier end and before the asking ("A and B's
    probation, which is longer" -> "probation"): the measure both sides are compared by."""
    sides = comparison_sides(question)
    if sides is None:
        return ""
    norm = STRIP_PUNCT.sub("", normalize(question))
    tail = comparison_measure(question)
    at = norm.find(sides[1], len(sides[0]))
    shared = norm[at + len(sides[1]) : len(norm) - len(tail)] if at >= 0 else ""
    for word in _G.raw["multipart"]["modifier_end"]:
        shared = shared.removeprefix(word)
    return shared


def _said_measures(tail: str, measure: tuple[str, ...]) -> tuple[str, ...]:
    """The measure with the words the question says right before it ("planned investment"
    for "investment"), longest first: a statement giving several figures of the measure
    ("total investment x, planned investment y") gives the asked one after these."""
    found = {
        tail[i : at + len(f)]
        for f in measure
        if (at := tail.find(f)) >= 0
        for i in range(max(0, at - MAX_MEASURE_MODIFIER), at)
    }
    return tuple(sorted(found, key=len, reverse=True))


def _value_after(
    text: str, pos: int, measure: tuple[str, ...], said: tuple = (), measured: bool = False
) -> str | None:
    """The side's value within its own statement: the first number after the measure asked
    about (a growth rate after the growth word; after the most of the question's words for
    it, ``said``), else the nearest before it (an award amount stated before the award
    word), else the first after the side's name (not with ``measured``)."""
    end = _STATEMENT_END.search(text, pos)
    rest = text[pos : end.start() if end else len(text)]
    norm = normalize(rest)
    longest = next((f for f in said if f in norm), None)
    at = norm.find(longest) if longest else -1
    if at < 0:
        at = min((i for f in measure if (i := norm.find(f)) >= 0), default=-1)
    if at < 0:
        return None if measured else _first_value(rest)
    after = _first_value(rest[at:])
    # The opposite of the asked direction ("fell" for "grew") states a fall: below any rise.
    falling = any(a in measure and b in measure and norm.startswith(b, at) for a, b in _G.opposites)
    if after and falling and not after.startswith(_MINUS):
        return _MINUS + after
    if after:
        return after
    before = [m for m in NUMBER.finditer(rest, 0, at)]
    return _first_value(rest[before[-1].start() : at]) if before else None


def _first_value(text: str) -> str | None:
    """The first amount or period in a span, whole (a count of working days with its unit,
    not the bare count with its classifier)."""
    found = [v for kind in ("number", "duration") if (v := typed_value(text, kind))]
    if not found:
        return None
    return min(found, key=lambda v: (text.find(v), -len(v)))


def document_name(sent: Sentence, run: str, side: str, other: str, asked: str) -> str | None:
    """The side as the sentence names it: from the first of the side's own words before
    the matched run (in the same clause) through the run and the nouns that follow it up
    to the words ``asked`` (the question's measure: "Changsha" -> "the Changsha region's
    zones", not "... zones' average"), when that name holds every word of the side the
    other side lacks; else None (the question's words then name it)."""
    norm = normalize(sent.text)
    pos = norm.find(run)
    if pos < 0:
        return None
    own = [w for w in words(side) if w not in other]
    clause = max((m.end() for m in CLAUSE_MARK.finditer(norm, 0, pos)), default=0)
    starts = [i for w in own if 0 <= (i := norm.find(w, clause, pos + 1)) <= pos]
    start = min(starts, default=pos)
    end, added = pos + len(run), 0
    for word in load_pos_tagger().lcut(norm[end:]):
        closing = all(unicodedata.category(ch) in _CLOSING for ch in word.word)
        named = word.flag.startswith(_NAME_TAGS) and word.word not in asked
        if added == MAX_NAME_NOUNS or not (named or closing):
            break
        added += not closing
        end += len(word.word)
    name = norm[start:end]
    return name if all(w in name for w in own) and not _ITEM_SPLIT.search(name) else None
