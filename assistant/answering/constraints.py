"""Whether a unit may answer a question: its cover, and the constraints the question
sets (years, periods, ordinals, bounds, ranks, the measure, places and bodies) holding
in the unit or its context.

:func:`rejection` names the first constraint a unit breaks (logged, each tested alone).
"""

from __future__ import annotations

import re

from assistant.answering.answer_parts import has_number, row_has
from assistant.answering.asked_money import asks_money, counts_only
from assistant.answering.cited_titles import only_cited
from assistant.answering.compared_values import compared_values
from assistant.answering.event_durations import untied_event
from assistant.answering.evidence import Sentence, Term, coverage, dictionary_word, term_variants
from assistant.answering.firm_names import only_in_firm_names
from assistant.answering.grammar import grammar
from assistant.answering.holding import asked_years, base_years, other_zone, year_elsewhere
from assistant.answering.measures import (
    asked_classifier,
    change_stated,
    goal_measure_stated,
    measure_without_amount,
    other_level,
    row_counts,
    row_counts_in,
    states_classifier,
    states_named_bound,
    within_stated_range,
)
from assistant.answering.polarity import opposite_case, unnamed_case
from assistant.answering.qualifiers import missing_qualifier, prefixed_run
from assistant.answering.questions import AnalyzedQuestion, numeral_value
from assistant.answering.rarity import holds_rarest
from assistant.answering.rates import states_as_asked
from assistant.answering.terms import first_rank_words
from assistant.answering.titled_periods import period_unstated
from assistant.text import normalize, words

_G = grammar()
SCOPE_FRAME = re.compile("|".join(_G.raw["scope_frames"]))
_ADMIN_SUFFIX = "[" + "".join(_G.raw["admin_suffixes"]) + "]"
WHOLE_SCOPE = re.compile("|".join(map(re.escape, _G.raw["whole_scope"])))
SCOPE_POINTER = re.compile("|".join(map(re.escape, _G.raw["scope_pointers"])))
# Parts of speech of places, people, organisations and other names.
NAMED_POS = ("ns", "nr", "nt", "nz")
OTHER_NAME_POS = "nz"
COMMON_NOUN_POS = "n"
# Calibrated on evals/gold.jsonl (see evals/README.md): below this share of the
# question's weighted key terms, no sentence is taken to answer the question.
MIN_COVERAGE = 0.6
# A unit also covers a question when its context (title, heading, table header, metadata)
# and the unit together hold this share of the question's weighted terms, the unit itself
# at least OWN_COVERAGE of it: a table row or a document-number line says little alone.
CONTEXT_COVERAGE = 0.8
OWN_COVERAGE = 0.15
# Question types whose value a unit states next to the noun asked about.
STATED_WITH_NOUN = ("number",)
# Question types whose evidence must name the level of government the question names.
LEVELLED_TYPES = ("number", "entity")
# A year within this many characters of a unit's start frames the whole statement.
_YEAR_OPENING = 8
# What follows a year's digits when it is written as a year.
_YEAR_SUFFIX = _G.raw["dates"]["year_suffix"]


def stated_ranks(text: str) -> set[int]:
    """The ranks a text states with an ordinal marker, in Chinese or Arabic numerals."""
    prefix = _G.raw["numerals"]["ordinal_prefix"]
    out = {1} if any(w in text for w in first_rank_words()) else set()
    for m in _G.ranking.finditer(normalize(text)):
        if m.group(0).startswith(prefix):
            value = numeral_value(m.group(0)[len(prefix) :].rstrip(_G.rank_units))
            if value is not None:
                out.add(value)
    return out


def is_name(term: Term) -> bool:
    """A place, person or organisation; the tagger's "other proper noun" only when it is no
    dictionary word (a quoted name, a class label like "A" with its class word), since it
    also tags common verbs so."""
    if term.pos == OTHER_NAME_POS:
        return not dictionary_word(term.text)
    return term.pos in NAMED_POS


def whole_subject(text_norm: str, terms: list[Term]) -> bool:
    """Does the unit speak of a whole: a whole-scope word before what is asked about (its
    subject, not the base of a share stated after it)?"""
    whole = WHOLE_SCOPE.search(text_norm)
    if whole is None:
        return False
    asked = [
        text_norm.find(f) for t in terms if t.asked for f in (t.text, *t.variants) if f in text_norm
    ]
    return bool(asked) and whole.start() < min(asked)


def named_compounds(question: str, terms: list[Term]) -> list[re.Pattern[str]]:
    """The names the question gives, as patterns of their written forms: a place or body
    joined to the kind noun that follows it in the question (a city's name and "zone",
    with the kind's variants, an administrative suffix allowed between them); a lone name
    as itself."""
    out = []
    for t in terms:
        if not (is_name(t) and t.primary):
            continue
        at = question.find(t.text)
        kind = next(
            (
                k
                for k in terms
                if k is not t and k.is_content and question.startswith(k.text, at + len(t.text))
            ),
            None,
        )
        names = "|".join(map(re.escape, (t.text, *t.variants)))
        if kind is None:
            out.append(re.compile(f"(?:{names})"))
            continue
        kinds = "|".join(map(re.escape, (kind.text, *kind.variants)))
        out.append(re.compile(f"(?:{names}){_ADMIN_SUFFIX}?(?:{kinds})"))
    return out


def said_as_word(form: str, text_norm: str) -> bool:
    """Is ``form`` in the text where a word starts, not as the tail of a longer word (the
    exports total inside the imports-and-exports total)?"""
    if form not in text_norm:
        return False
    starts, pos = {0}, 0
    for w in words(text_norm):
        pos += len(w)
        starts.add(pos)
    return any(m.start() in starts for m in re.finditer(re.escape(form), text_norm))


def states_count(text_norm: str, classifier: str, noun: str, question_norm: str = "") -> bool:
    """Does the text count the noun, with the count before it or after it, in any of its
    forms, as a rate exactly when the question asks one (rates.states_as_asked)?"""
    counting = _G.raw["counting"]
    forms = "|".join(re.escape(f) for f in (noun, *term_variants(noun)))
    gap = rf"[^，,。；;：:]{{0,{counting['max_gap']}}}?"
    count = rf"{counting['numeral']}{re.escape(classifier)}"
    # Either order: "6个国家级开发区" and "新建重大转型项目141个".
    pattern = rf"{count}{gap}(?:{forms})|(?:{forms}){gap}{count}"
    # A noun that is itself a classifier ("几个人") is counted without the general one: "2人".
    alike = next((g for g in counting["alike_classifiers"] if noun in g), None)
    if alike:
        bare = rf"{counting['numeral']}(?:{'|'.join(map(re.escape, alike))})"
        pattern, count = rf"{pattern}|{bare}", rf"{count}|{bare}"
    return states_as_asked(pattern, count, text_norm, question_norm)


_MODIFIER_STOP = re.compile(r"[，,。；;：:、（）()\s？?]")


def modifier(text: str, at: int) -> str | None:
    """The attribute before a noun at ``at`` (the phrase joined to it by the modifier
    mark) back to the clause mark, or None when the noun has no attribute of its own."""
    mark = _G.modifier_mark
    if not text.startswith(mark, at - len(mark)):
        return None
    end = at - len(mark)
    start = max((m.end() for m in _MODIFIER_STOP.finditer(text, 0, end)), default=0)
    return text[start:end]


def other_attribute(question: str, sent_norm: str, terms: list[Term]) -> bool:
    """Does the unit state the asked noun only of another thing (the lease term of one
    supply method, asked about another's)?

    The question's attribute of the noun it asks for names terms; every mention of that
    noun in the unit carries an attribute of its own holding none of them.
    """
    asked = next((t for t in terms if t.asked and t.primary and t.known), None)
    if asked is None:
        return False
    at = question.find(asked.text)
    mod = modifier(question, at) if at > 0 else None
    if not mod:
        return False
    named = [t for t in terms if t.primary and t.known and t is not asked and t.text in mod]
    if not named:
        return False
    mentions = [
        m.start()
        for form in (asked.text, *asked.variants)
        for m in re.finditer(re.escape(form), sent_norm)
    ]
    if not mentions:
        return False
    for pos in mentions:
        theirs = modifier(sent_norm, pos)
        if theirs is None or any(t.found_in(theirs) for t in named):
            return False
    return True


def asked_unstated(qtype: str, terms: list[Term], frame: str, text_norm: str) -> bool:
    """Does a number question's asked noun miss from the unit with its frame (a table row
    with its caption and header: GDP asked, the row of another measure)?"""
    return qtype in STATED_WITH_NOUN and any(
        t.asked
        and t.known
        and not t.category
        and not t.found_in(frame)
        and not states_named_bound(t.text, text_norm)
        for t in terms
    )


def rejection(
    sent: Sentence,
    score: float,
    aq: AnalyzedQuestion,
    terms: list[Term],
    measure: tuple,
    counted: tuple[str, str] | None = None,
) -> str | None:
    """Why ``sent`` cannot answer the question, or None when it can. ``measure``: the
    forms of the measure a number question names; ``counted``: the classifier and noun
    a counting question counts."""
    ctx, frame = sent.context_norm, sent.frame_norm
    question = normalize(aq.text)
    # The heading a unit sits right under is the unit's own subject: "“两区”即…" under
    # "建好“两区一港”开放平台" says what 两区一港 is; the title and metadata are not.
    own = f"{normalize(sent.section)}\n{sent.norm}" if sent.section else sent.norm
    if score < MIN_COVERAGE and not (
        coverage(terms, ctx) >= CONTEXT_COVERAGE and coverage(terms, own) >= OWN_COVERAGE
    ):
        return "coverage"
    # Numbers, years and periods the question names must be in the evidence or its context.
    # A yes/no question's threshold ("超过80%了吗") is compared with, not looked up.
    thresholds = set(_G.threshold.findall(question)) if aq.qtype == "yesno" else set()
    if aq.qtype == "yesno":
        # A value the unit compares with a bound ("不低于500万元") is not looked up, nor a
        # value asked about that the unit states otherwise for its measure (deciding no).
        thresholds |= compared_values(question, sent.norm)
    # A case's amount ("投资额8000万元的项目") may fall in the unit's range ("5000万元以上").
    if not all(
        has_number(n, ctx) or within_stated_range(n, aq.text, ctx)
        for n in aq.numbers
        if n not in thresholds
    ):
        return "number"
    # A year the unit opens with decides over the year of its title or document date:
    # "2019年,…排名第31位" does not answer a question about 2020 in a report of 2020.
    stated = set(_G.stated_year.findall(normalize(sent.text)[:_YEAR_OPENING]))
    # A year given for the question's case that falls in the span the unit states for its
    # case ("2027年才到期" against "2025年之后仍有效") sets the case, not the year asked about.
    asked = {y for y in asked_years(aq.numbers) if not within_stated_range(y, aq.text, ctx)}
    if stated and asked and not stated & asked and asked - base_years(asked, question, sent.norm):
        return "year"
    # "2024年…" is not answered by a report on 2023 issued in 2024.
    if year_elsewhere(sent, asked):
        return "year"
    if period_unstated(sent, ctx, aq.periods):  # said, and of the unit's own report
        return "period"
    if not all(any(f in ctx for f in forms) for forms in aq.ordinals):
        return "ordinal"
    # "下一次会议", "一期": which one of a series the question means must hold too.
    if missing_qualifier(aq.text, ctx):
        return "qualifier"
    # "瞪羚企业" is not named by "准瞪羚企业" alone.
    if prefixed_run(question, normalize(f"{sent.section}\n{sent.text}")):
        return "prefixed"
    # "…领导小组的组长是谁": a unit naming no 组长 names no one as one. A kind asked for
    # ("哪个部门") is answered by its instances instead; only a common noun is a role or
    # thing asked for (the last term may be a verb the tagger misreads: "由谁申报").
    if aq.qtype == "entity" and any(
        t.asked
        and t.pos == COMMON_NOUN_POS
        and t.primary
        and t.known
        and not t.category
        and not t.found_in(ctx)
        for t in terms
    ):
        return "asked"
    # "最大…多少" is not answered by "不少于…": the bound must point the same way.
    for asked, other in ((_G.upper_bound, _G.lower_bound), (_G.lower_bound, _G.upper_bound)):
        if asked.search(question) and other.search(sent.norm) and not asked.search(sent.norm):
            return "bound"
    # "排名第十的是哪家": a row with that rank in a cell, a sentence stating it, not "前10位".
    if aq.rank_value is not None:
        if sent.cells and not row_has(sent, aq.rank_value):
            return "rank"
        if not sent.cells and aq.rank_value not in stated_ranks(sent.text):
            return "rank"
    # "全年…多少" is not answered by a figure for a quarter or half of the year.
    if _G.whole_period.search(question) and _G.period.search(normalize(sent.before + sent.text)):
        return "whole_period"
    # "出口总额是多少" is not answered by "进口总额"; a goal's may be split ("预期目标…增长").
    if (
        measure
        and not any(said_as_word(v, sent.norm) for v in measure)
        and not goal_measure_stated(measure[0], sent.norm, ctx)
        and not change_stated(measure[0], sent.norm)
    ):
        return "measure"
    # "地区生产总值是多少亿元" is not answered by a sentence whose 亿元 is another measure's.
    if aq.qtype == "number" and not sent.cells:
        asked_forms = [f for t in terms if t.asked and t.primary for f in (t.text, *t.variants)]
        if measure_without_amount(question, asked_forms, sent.norm):
            return "unit_clause"
    # "多少个国家级高新区" is answered by a count of 高新区, not of 开发区.
    if (
        counted is not None
        and not states_count(sent.norm, *counted, question)
        and not (
            sent.cells and row_counts(sent, counted[0], (counted[1], *term_variants(counted[1])))
        )
    ):
        return "counted"
    # A count asked by its classifier alone ("...at least how many <firms>") is answered by
    # a count of that classifier, not by a share or an area in the same rule.
    alike = asked_classifier(question) if aq.qtype == "number" and counted is None else None
    # A table row's bare figures are counted in the unit its caption or header names.
    if (
        alike
        and not states_classifier(sent.norm, alike, question)
        and not row_counts_in(sent, alike)
    ):
        return "classifier"
    # "补多少钱" is not answered by a unit stating only counts (lines, people) near its words.
    if aq.qtype == "number" and asks_money(aq.original) and counts_only(sent):
        return "money"
    # A length asked of an event is a period stated with that event, not with another.
    if untied_event(aq, terms, sent.text, sent.cells):
        return "event"
    # A unit about the case the question's condition rules out does not answer it.
    if opposite_case(question, sent.norm):
        return "opposite_case"
    # "国家级…奖励多少" is not answered by a unit naming only 省级.
    if aq.qtype in LEVELLED_TYPES and other_level(question, ctx):
        return "level"
    if aq.qtype == "yesno" and unnamed_case(aq.text, ctx, terms):
        return "case"
    # The asked noun said of another thing than the question's does not answer it.
    if other_attribute(question, sent.norm, terms):
        return "attribute"
    # An amount is stated with what it measures: "…总产值目标是多少" is not answered by a
    # unit without 目标, whatever its paragraph says.
    # A threshold is stated by a bound ("above 5m"), seldom by its noun.
    if asked_unstated(aq.qtype, terms, frame, sent.norm):
        return "asked"
    # A bare follow-up ("那晋中片区呢？") must find each of its own words.
    if aq.focus and not all(t.found_in(ctx) for t in terms if t.primary and t.known):
        return "focus"
    # The question's rarest term, and any place or organisation it names, must be there.
    primary = [t for t in terms if t.primary and t.known]
    content = [t for t in primary if t.is_content]
    # A follow-up asking only with verbs ("and when was it founded?") borrows its nouns
    # from the earlier question: its own rarest word is what it asks about.
    if aq.context and primary and not content and not holds_rarest(primary, ctx):
        return "follow_up"
    if content:
        # Verbs are paraphrased freely (参加/参评); the rarest noun is not. Of nouns the
        # library makes equally rare, any one tells the unit's subject.
        if not holds_rarest(content, ctx, aq.qtype == "yesno"):
            return "rarest"
        scope = SCOPE_FRAME.match(sent.text)
        if scope and not SCOPE_POINTER.search(scope.group(0)):
            # A sentence with its own scope is not about an earlier sentence's scope. The
            # noun asked for is what the sentence gives, seldom by its name ("补助标准").
            own = normalize(f"{sent.title}\n{sent.section}\n{sent.text}")
            if not all(t.found_in(own) for t in content if not t.asked):
                return "scope"
    # A document the question names by its title ("《山西省开发区条例》…") must be the unit's
    # own, or named in it: another statement of the paragraph does not make it so.
    if any(normalize(name) not in frame for name in _G.book_title.findall(aq.text)):
        return "title"
    if only_cited(question, aq.qtype, sent.norm, normalize(sent.title), terms):
        return "cited"
    # A follow-up keeps the places of the earlier question ("同比增长了多少？" after a
    # question about 山西), unless it names a new subject ("那晋中片区呢？").
    named = primary if aq.focus else [t for t in terms if t.known]
    if any(is_name(t) and not t.found_in(ctx) for t in named):
        return "named"
    # A name said only as the trade name of a firm elsewhere is not named by the unit.
    asked_text = normalize(f"{aq.context}\n{aq.text}")  # a follow-up's earlier question too
    if any(t.pos in NAMED_POS and only_in_firm_names(t, ctx, asked_text) for t in named):
        return "named"
    # "X development zone" is not answered by a unit about X's high-tech zone.
    if other_zone(sent, question, terms):
        return "zone"
    # A total for the whole the unit names ("the city's zones") is not the figure of the
    # part the question names, which only its paragraph mentions.
    if (
        whole_subject(sent.norm, terms)
        and not WHOLE_SCOPE.search(question)
        and any(not p.search(frame) for p in named_compounds(question, named))
    ):
        return "whole"
    return None
