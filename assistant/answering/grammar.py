"""The question and document grammar, read once from ``resources/question_grammar.yaml``.

Every Chinese word or pattern the answerers use lives in that file, grouped by the
grammar it encodes; this module only compiles it. The compiled object is immutable
and shared by every thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

import yaml

from assistant.text import normalize_text


def alternation(words: list[str] | tuple[str, ...], patterns: list[str] | None = None) -> str:
    """One regex alternative over literal words (longest first) and raw patterns."""
    escaped = [re.escape(w) for w in sorted(set(words), key=len, reverse=True)]
    return "|".join([*escaped, *(patterns or [])]) or "(?!)"


def _group(data: dict[str, Any] | list | None) -> re.Pattern[str]:
    if isinstance(data, list):
        return re.compile(alternation(data))
    data = data or {}
    return re.compile(alternation(data.get("words") or [], data.get("patterns") or []))


@dataclass(frozen=True)
class Grammar:
    raw: dict[str, Any]
    type_patterns: tuple[tuple[str, re.Pattern[str]], ...]
    number_over_yesno: re.Pattern[str]
    list_over_number: re.Pattern[str]
    multipart_joiners: re.Pattern[str]
    multipart_separators: re.Pattern[str]
    clause_separators: re.Pattern[str]
    respectively: tuple[str, ...]
    ask_tokens: frozenset[str]
    ask_phrases: re.Pattern[str]
    ask_token: re.Pattern[str]
    question_stopwords: frozenset[str]
    kind_nouns: frozenset[str]
    follow_up_start: re.Pattern[str]
    follow_up_end: re.Pattern[str]
    follow_up_short_chars: int
    how_many: re.Pattern[str]
    count_asking: re.Pattern[str]
    negation: re.Pattern[str]
    not_negation: re.Pattern[str]
    plain_negation: re.Pattern[str]
    modifier_mark: str
    opposites: tuple[tuple[str, str], ...]
    larger: tuple[str, ...]
    smaller: tuple[str, ...]
    comparison_joiners: re.Pattern[str]
    number: re.Pattern[str]
    ranking: re.Pattern[str]
    duration: re.Pattern[str]
    date: re.Pattern[str]
    period: re.Pattern[str]
    whole_period: re.Pattern[str]
    ordinal: re.Pattern[str]
    class_label: re.Pattern[str]
    thresholds: dict[str, re.Pattern[str]]  # relation -> its words right before a number
    upper_bound: re.Pattern[str]
    lower_bound: re.Pattern[str]
    identifiers: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]
    not_amount: re.Pattern[str]
    value_before: re.Pattern[str]  # a rate's base read with its value: 每亩300万元
    value_after: re.Pattern[str]  # a bound read with its value: 300万元以上, 6月30日前
    cited_identifier_before: tuple[str, ...]
    book_title: re.Pattern[str]
    threshold: re.Pattern[str]
    stated_year: re.Pattern[str]
    digits: dict[str, int]
    places: dict[str, int]
    big: dict[str, int]
    rank_units: str
    lead_ins: frozenset[str]
    tail_tokens: frozenset[str]
    and_tokens: frozenset[str]
    list_continue: re.Pattern[str]
    count: re.Pattern[str]
    total: re.Pattern[str]
    asked_count: re.Pattern[str]
    label_end: re.Pattern[str]
    item_marker: re.Pattern[str]
    inline_item_marker: re.Pattern[str]
    which_one: re.Pattern[str]
    clause_continuation: re.Pattern[str]
    definition: re.Pattern[str]
    qa_question: re.Pattern[str]
    qa_answer: re.Pattern[str]
    verdict: re.Pattern[str]  # a Q&A answer's bare yes or no: "可以", "不能", "不需要"
    date_opening: re.Pattern[str]
    declines: re.Pattern[str]
    yesno_asking: re.Pattern[str]
    condition_end: re.Pattern[str]
    wh_words: re.Pattern[str]
    which_asking: re.Pattern[str]
    yesno_end: re.Pattern[str]
    choice: re.Pattern[str]

    @property
    def numeral_chars(self) -> str:
        """The Chinese digits and place characters, for a character class of a numeral."""
        return "".join((*self.digits, *self.places))

    @property
    def modal_words(self) -> str:
        """An alternation of a yes/no question's modals and their adverbs (may, still can)."""
        words = [*self.raw["yesno_predicate"]["modals"], *self.raw["yesno_predicate"]["adverbs"]]
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))

    def small_number(self, text: str) -> int | None:
        """A single digit, Arabic or Chinese (including the colloquial form of two) -> its value;
        None otherwise."""
        if text.isdigit():
            return int(text)
        value = self.digits.get(text)
        if value is None and text in self.places:
            return self.places[text]
        return value


def _number_pattern(raw: dict[str, Any]) -> re.Pattern[str]:
    num = raw["numerals"]
    # A numeral does not open with a zero, nor with the digit that usually starts a name.
    first = "".join(
        k
        for k, v in (*num["digits"].items(), *num["places"].items(), *num["big"].items())
        if v and k != num["not_amount_first"]
    )
    rest = "".join((*num["digits"], *num["places"], *num["big"]))
    units = alternation(raw["units"])
    big = "".join(num["big"])
    # That digit does open an amount when a place or big unit follows it (one hundred and
    # twenty firms), which a name never has.
    scales = "".join((*num["places"], *num["big"]))
    one = rf"{re.escape(num['not_amount_first'])}(?=[{scales}])"
    # Score points follow Arabic figures only: a Chinese numeral before the same character
    # is an adverb (very) or a fraction (one third).
    score = alternation([], raw["score_units"])
    # An ordinal ("第五条", "第3位") is a position, not an amount.
    ordinal = re.escape(num["ordinal_prefix"])
    # Nor does an amount start inside an ordinal's numeral ("十七条" in "第二十七条").
    inside = "".join(rf"(?<!{ordinal}[{rest}]{{{n}}})" for n in (1, 2, 3, 4))
    return re.compile(
        rf"{num['running_count']}"
        rf"|(?<!{ordinal})(?<![\d.])(?:\d+(?:\.\d+)?|{inside}(?:[{first}]|{one})[{rest}]*)[{big}]?"
        rf"(?:{units})"
        rf"|(?<!{ordinal})(?<![\d.])\d+(?:\.\d+)?(?:{score})"
        rf"|(?<!{ordinal})(?<![\d.])\d+(?:\.\d+)?[{big}]?"
    )


def _duration_pattern(raw: dict[str, Any]) -> re.Pattern[str]:
    num = raw["numerals"]
    digits = "".join((*num["digits"], *num["places"]))
    units = alternation(raw["time_units"])
    tails = alternation(raw["duration_tails"])
    extra = "|".join(raw["duration_patterns"])
    half = "".join(num["fractions"])
    not_before = alternation(raw["time_unit_not_before"])
    return re.compile(rf"(?:[\d{digits}{half}]+)(?:{units})(?!{not_before})(?:{tails})?|{extra}")


def compile_grammar(raw: dict[str, Any]) -> Grammar:
    types = tuple((t["type"], _group(t)) for t in raw["answer_types"])
    follow = raw["follow_up"]
    lists = raw["lists"]
    num = raw["numerals"]
    comp = raw["comparison"]
    return Grammar(
        raw=raw,
        type_patterns=types,
        number_over_yesno=_group(raw["number_over_yesno"]),
        list_over_number=_group(raw["list_over_number"]),
        multipart_joiners=re.compile(alternation(raw["multipart"]["joiners"])),
        multipart_separators=re.compile(alternation(raw["multipart"]["separators"])),
        clause_separators=re.compile(alternation(raw["multipart"]["clause_separators"])),
        respectively=tuple(raw["multipart"]["respectively"]),
        ask_tokens=frozenset(raw["ask_tokens"]),
        ask_phrases=_group(raw["ask_phrases"]),
        ask_token=re.compile("|".join(raw["ask_token_patterns"])),
        question_stopwords=frozenset(normalize_text(w) for w in raw["question_stopwords"]),
        kind_nouns=frozenset(raw["kind_nouns"]),
        follow_up_start=re.compile("^(?:" + alternation(follow["start_words"]) + ")"),
        follow_up_end=re.compile("|".join(follow["end_patterns"])),
        follow_up_short_chars=int(follow["short_chars"]),
        how_many=re.compile(alternation(raw["how_many"])),
        count_asking=re.compile(raw["counting"]["asking"]),
        negation=re.compile(alternation(raw["negation"]["words"])),
        not_negation=re.compile(alternation(raw["negation"]["not_negation"])),
        plain_negation=re.compile(alternation(raw["negation"]["plain"])),
        modifier_mark=raw["negation"]["modifier_mark"],
        opposites=tuple((a, b) for a, b in raw["opposites"]),
        larger=tuple(comp["larger"]),
        smaller=tuple(comp["smaller"]),
        comparison_joiners=re.compile(alternation(comp["joiners"])),
        number=_number_pattern(raw),
        ranking=re.compile(
            f"(?!{alternation(num['not_positions'])})(?:{'|'.join(num['rank_patterns'])})"
        ),
        duration=_duration_pattern(raw),
        date=re.compile("|".join(raw["dates"]["patterns"])),
        period=re.compile("|".join(raw["period_patterns"])),
        whole_period=re.compile(alternation(raw["whole_period_words"])),
        ordinal=re.compile(num["ordinal_pattern"]),
        class_label=re.compile(raw["class_labels"]),
        thresholds={k: re.compile(f"(?:{alternation(v)})$") for k, v in raw["thresholds"].items()},
        upper_bound=re.compile(alternation(raw["bounds"]["upper"])),
        lower_bound=re.compile(alternation(raw["bounds"]["lower"])),
        identifiers=tuple(
            (tuple(i["words"]), re.compile(i["pattern"])) for i in raw["identifiers"]
        ),
        not_amount=re.compile("|".join(raw["dates"]["not_amount"])),
        value_before=re.compile("(?:" + "|".join(raw["value_bounds"]["before"]) + ")$"),
        value_after=re.compile(alternation(raw["value_bounds"]["after"])),
        cited_identifier_before=tuple(raw["cited_identifier_before"]),
        book_title=re.compile(raw["book_title"]),
        threshold=re.compile("(?:" + alternation(raw["threshold_words"]) + r")\s*(\d+(?:\.\d+)?)"),
        stated_year=re.compile(raw["dates"]["stated_year"]),
        digits={str(k): int(v) for k, v in num["digits"].items()},
        places={str(k): int(v) for k, v in num["places"].items()},
        big={str(k): int(v) for k, v in num["big"].items()},
        rank_units="".join(num["rank_units"]),
        lead_ins=frozenset(lists["lead_ins"]),
        tail_tokens=frozenset(lists["tail_tokens"]),
        and_tokens=frozenset(lists["and_tokens"]),
        list_continue=re.compile("^(?:" + alternation(lists["continue_words"]) + ")"),
        count=re.compile("|".join(lists["count_patterns"])),
        total=re.compile("|".join(lists["total_patterns"])),
        asked_count=re.compile("|".join(lists["asked_count_patterns"])),
        label_end=re.compile("|".join(lists["label_end_patterns"])),
        # Markers open a line: matched at line starts inside a whole document text.
        item_marker=re.compile("|".join(lists["item_markers"]), re.MULTILINE),
        inline_item_marker=re.compile("|".join(lists["inline_item_markers"])),
        which_one=re.compile(alternation(lists["which_one"])),
        clause_continuation=re.compile("^(?:" + alternation(raw["clause_continuation"]) + ")"),
        definition=re.compile(alternation(raw["definitions"]["markers"])),
        qa_question=re.compile(
            "^(?:"
            + "|".join(
                [alternation(raw["qa"]["question_prefixes"]), *raw["qa"]["numbered_question"]]
            )
            + ")",
            re.MULTILINE,
        ),
        verdict=re.compile(
            "(?:"
            + alternation(raw["qa"]["verdict_negations"])
            + ")?(?:"
            + alternation(raw["qa"]["verdict_words"])
            + ")"
        ),
        qa_answer=re.compile(
            "^(?:"
            + "|".join([alternation(raw["qa"]["answer_prefixes"]), *raw["qa"]["numbered_answer"]])
            + ")",
            re.MULTILINE,
        ),
        date_opening=re.compile("|".join(raw["entity"]["date_opening_patterns"])),
        declines=re.compile(alternation(raw["declines"])),
        wh_words=re.compile(alternation(raw["wh_words"])),
        which_asking=_group(raw["which_asking"]),
        yesno_end=re.compile("|".join(raw["yesno_endings"])),
        choice=re.compile(alternation(raw["choice_words"])),
        condition_end=re.compile("(?:" + alternation(raw["condition_endings"]) + r")\s*$"),
        yesno_asking=_group(next(t for t in raw["answer_types"] if t["type"] == "yesno")),
    )


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    text = files("assistant").joinpath("resources/question_grammar.yaml").read_text("utf-8")
    return compile_grammar(yaml.safe_load(text))


@lru_cache(maxsize=1)
def table_grammar_groups() -> dict:
    """table_grammar.yaml as read, once: readers of a group the typed view of
    ``differences`` does not carry take it from here rather than reading the file again."""
    return yaml.safe_load(
        files("assistant.resources").joinpath("table_grammar.yaml").read_text("utf-8")
    )
