"""Question analysis: answer type, key terms, constraints, and rewriting of follow-ups.

The Chinese words it recognises are general question grammar, kept in
``resources/question_grammar.yaml`` (see :mod:`assistant.answering.grammar`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.answering import multipart
from assistant.answering.clause_asks import clause_parts
from assistant.answering.follow_ups import subject_then_ask, substitute_subject
from assistant.answering.grammar import grammar
from assistant.answering.listed_parts import listed_after_ask
from assistant.answering.models import Turn
from assistant.answering.multipart import lean_parts
from assistant.answering.numerals import numeral_value
from assistant.answering.question_words import (
    STRIP_PUNCT,
    asks,
    classify,
    key_phrase,
    key_tokens,
    places_by_measure,
    plain_asking,
)
from assistant.answering.referents import with_referent
from assistant.answering.rephrasing import plain_question, query_expansion
from assistant.answering.respectively import split_respectively
from assistant.retrieval.versions_asked import version_asked
from assistant.text import normalize

QTYPES = (
    "list",
    "number",
    "date",
    "duration",
    "ranking",
    "entity",
    "yesno",
    "definition",
    "comparison",
)

_NUMBER_IN_Q = re.compile(r"\d+(?:\.\d+)?")
# Searched for beside a rank asked without a rank word (question_grammar.yaml, tables).
_RANK_SEARCH_WORDS = tuple(grammar().raw["tables"]["rank_search_words"])


@dataclass
class AnalyzedQuestion:
    original: str
    text: str  # what is asked, without the conversation
    qtype: str
    context: str = ""  # the earlier question a follow-up leans on
    focus: str | None = None  # phrase a bare follow-up asks about; must appear in the evidence
    parts: list[str] = field(default_factory=list)  # sub-questions of a compound question

    @property
    def rewritten(self) -> bool:
        return bool(self.context)

    @property
    def retrieval_query(self) -> str:
        words, norm = _RANK_SEARCH_WORDS, normalize(self.text)
        # A rank asked without a rank word is found in a ranking table by its header's words.
        ranked = self.rank_value is not None and not any(w in norm for w in words)
        ranked = ranked and not places_by_measure(self.text)
        extra = " ".join(words) if ranked else ""
        return f"{self.context} {self.text} {query_expansion(self.text)} {extra}".strip()

    @property
    def numbers(self) -> list[str]:
        """Numbers the question names (years, counts); the evidence must hold them."""
        return _NUMBER_IN_Q.findall(normalize(self.text))

    @property
    def periods(self) -> list[str]:
        """Periods the question names (a quarter, a half-year); the evidence must hold them."""
        return [m.group(0) for m in grammar().period.finditer(normalize(self.text))]

    @property
    def ordinals(self) -> list[tuple[str, ...]]:
        """Ordinals the question names (the fourth batch, the 5th session), each in its written
        forms; the evidence must hold one form (the fifth batch does not answer the fourth)."""
        g = grammar()
        out = []
        for m in g.ordinal.finditer(normalize(self.text)):
            number, unit = m.group(1), m.group(2)
            value = g.small_number(number)
            forms = {m.group(0)}
            if value is not None:
                forms.add(f"{m.group(0)[0]}{value}{unit}")
                cn = next((k for k, v in g.digits.items() if v == value), None)
                if cn:
                    forms.add(f"{m.group(0)[0]}{cn}{unit}")
                if value == 1:
                    forms.add(f"{g.raw['numerals']['first_ordinal_prefix']}{unit}")
            out.append(tuple(forms))
        return out

    @property
    def rank_value(self) -> int | None:
        """The rank a question names ("the one ranked tenth", "No. 18"), as a number."""
        g = grammar()
        # "第五批" names a batch, not a rank: ordinals of batches are blanked first.
        text = g.ordinal.sub(lambda o: " " * len(o.group(0)), normalize(self.text))
        m = g.ranking.search(text)
        prefix = g.raw["numerals"]["ordinal_prefix"]
        if m is None or not m.group(0).startswith(prefix):
            return None
        numeral = m.group(0)[len(prefix) :].rstrip(g.rank_units)
        return numeral_value(numeral)

    @property
    def version(self) -> str | None:
        """'new' or 'old' when the question asks about one version of a rule."""
        return question_version(self.text)


def question_version(question: str) -> str | None:
    # Both versions named reads as the earlier one asked (the reader's 'both').
    asked = version_asked(question)
    return {"older": "old", "both": "old", "newer": "new"}.get(asked or "")


def split_parts(question: str) -> list[str]:
    """Split a question asking several things (two questions in a row, or parts joined by
    "and also") into parts that can each be answered."""
    g = grammar()
    pieces = [p for p in g.multipart_separators.split(question) if p.strip()]
    # A later piece naming only a new subject ("…how much? and new-industry land?") asks too.
    asking = [p for k, p in enumerate(pieces) if asks(p) or (k and multipart.asks_later(p))]
    if len(asking) > 1 and asks(asking[0]):
        return _each_of(asking)
    # "…多少，以及…哪一年": two asks joined by a conjunction.
    for m in g.multipart_joiners.finditer(question):
        left, right = question[: m.start()].rstrip("，,、 "), question[m.end() :]
        own = asks(left) or multipart.asked_together(left, right)
        if own and asks(right) and len(key_phrase(right).replace(" ", "")) >= 2:
            return _each_of([left, right])
    # A respectively-question followed by a clause asking a thing of its own ("A and B's
    # time limits each how long, and to whom is it reported"): the clause is a part too.
    # A later clause asking "respectively" too ("…, phone numbers respectively?") asks of
    # the same things: the whole is one respectively-question.
    clauses = clause_parts([question])
    alone = not any(w in c for c in clauses[1:] for w in g.raw["multipart"]["respectively"])
    if len(clauses) > 1 and alone and split_respectively(clauses[0]):
        return _each_of(clauses)
    # The parts of a respectively-question carry what they share already.
    # Actions listed after a time-asking word are whole questions already.
    listed = split_respectively(question) or listed_after_ask(question)
    return listed or lean_parts(clause_parts([question]))


def _each_of(asking: list[str]) -> list[str]:
    """The parts of asks said apart, each split into its clauses' asks; a part asking of
    several things "respectively" is one part for each."""
    return [
        p for part in lean_parts(clause_parts(asking)) for p in split_respectively(part) or [part]
    ]


def is_follow_up(question: str, history: list[Turn]) -> bool:
    if not any(t.role == "user" for t in history):
        return False
    g = grammar()
    q = question.strip()
    if g.follow_up_start.search(q) or g.follow_up_end.search(q):
        return True
    # Very short questions with little of their own ("督导期是多长？") lean on context.
    return len(key_phrase(q).replace(" ", "")) <= g.follow_up_short_chars


def analyze(question: str, history: list[Turn] | None = None) -> AnalyzedQuestion:
    """Classify a question and, for a follow-up, attach the earlier question as context."""
    g = grammar()
    history = history or []
    original = question.strip()
    # Everyday wording is read in its plain form ("会不会…" as "会…吗").
    q = with_referent(plain_question(original), history)  # "it": the thing just answered
    if not is_follow_up(q, history):
        return AnalyzedQuestion(original, q, classify(q), parts=split_parts(q))
    previous = next(t.content for t in reversed(history) if t.role == "user")
    core = g.follow_up_start.sub("", q)
    core = g.follow_up_end.sub("", core).strip(" ？?，,")
    for word in g.raw["follow_up"]["conditional_openers"]:
        core = core.removeprefix(word)
    if core and not asks(core) and not g.wh_words.search(plain_asking(core)):
        resolved = substitute_subject(previous, q, core)
        if resolved is not None:
            # "And tier C?" after a question on tier B: the earlier question, asked of C.
            return AnalyzedQuestion(
                original,
                resolved,
                classify(resolved),
                context=previous,
                parts=[resolved],
            )
        # "那9个优势特色产业集群呢？": the previous kind of question about a new subject.
        return AnalyzedQuestion(
            original, core, classify(previous), context=previous, focus=core, parts=[core]
        )
    if (named := subject_then_ask(q)) is not None:
        # "那集成电路呢？要引进哪些项目？": the ask is of the new subject, and the earlier
        # question, the context, is read of it too.
        subject, ask = named
        context = substitute_subject(previous, q, subject) or ""  # no counterpart: a new topic
        parts = [p if subject in p else subject + p for p in split_parts(ask)]
        text = subject + ask
        return AnalyzedQuestion(original, text, classify(text), context=context, parts=parts)
    return AnalyzedQuestion(original, q, classify(q), context=previous, parts=split_parts(q))


def asked_identifier(question: str) -> tuple[str, re.Pattern[str]] | None:
    """The identifier kind a question asks for (a document number) and the pattern of its
    instances. A yes/no question asks for one only when it ends with its name ("is there a
    hotline?"); named earlier ("if I ask by phone, ...?") it is a means, not what is asked."""
    norm = normalize(question)
    yesno = classify(question) == "yesno"
    end = grammar().yesno_asking.sub("", norm).rstrip(" ？?") if yesno else None
    for words, pattern in grammar().identifiers:
        for word in words:
            if word in norm and (end is None or end.endswith(word)):
                return word, pattern
    return None


def asked_category(question: str) -> str | None:
    """The noun right after a "which" asking word names the kind of thing asked for;
    documents name its instances ("which enterprises" is answered by company names), not
    the kind."""
    g = grammar()
    norm = normalize(question)
    m = g.which_asking.search(norm)
    if m is None:
        return None
    words = key_tokens(norm[m.end() :])
    first = words[0] if words else None
    return first[0] if first is not None and first[1].startswith("n") else None


def measure_phrase(question: str) -> str | None:
    """The compound a number question measures, when it names one right before its asking
    word: an action noun and a noun ("total exports", "planned area"). A sentence with
    another measure ("total imports", "foreign capital actually used") does not answer it."""
    norm = normalize(question)
    m = grammar().how_many.search(norm)
    if m is None:
        return None
    words = key_tokens(norm[: m.start()])
    while words and words[-1] is None:
        words.pop()
    if len(words) >= 2 and words[-2] is not None and words[-2][1] == "vn" and words[-1][1] == "n":
        return words[-2][0] + words[-1][0]
    return None


def comparison_sides(question: str) -> tuple[str, str] | None:
    """The two things a comparison question sets side by side ("which of A and B is higher")."""
    g = grammar()
    norm = STRIP_PUNCT.sub("", normalize(question))
    head = norm[: _ask_start(norm)]
    m = g.comparison_joiners.search(head)
    if m is None or m.start() == 0 or m.end() >= len(head):
        return None
    # "A和B比，谁高": a joiner closing the second side belongs to the asking.
    second = head[m.end() :]
    end = g.comparison_joiners.search(second, 1)
    while end is not None and end.end() == len(second):
        second = second[: end.start()]
        end = g.comparison_joiners.search(second, 1)
    # "the average score of A and B": what follows the second side's modifier end is the
    # measure of both.
    # Not when the first side has a modifier of its own ("A's X and B's Y"): the sides are
    # parallel, each with its own.
    # The second side ends where the question asks each side's value ("respectively").
    raw = g.raw["multipart"]
    marks = [i for w in (*raw["respectively"], *raw["each"]) if (i := second.find(w)) > 0]
    second = second[: min(marks)] if marks else second
    first, modifiers = head[: m.start()], raw["modifier_end"]
    ends = [i for w in modifiers if (i := second.find(w)) > 0 and w not in first]
    second = second[: min(ends)] if ends else second
    return (first, second) if second else None


def comparison_measure(question: str) -> str:
    """What a comparison asks about, after its sides ("... which grew faster" -> "grew faster")."""
    norm = STRIP_PUNCT.sub("", normalize(question))
    return norm[_ask_start(norm) :]


def _ask_start(norm: str) -> int:
    """Where the asking part of a comparison starts: its first asking word after a joiner
    ("A and B, which is longer"), else where the comparison pattern matched."""
    g = grammar()
    joiner = g.comparison_joiners.search(norm)
    if joiner is not None:
        askers = [
            i for w in g.raw["comparison"]["askers"] if (i := norm.find(w, joiner.end())) >= 0
        ]
        if askers:
            return min(askers)
    asked = dict(g.type_patterns)["comparison"].search(norm)
    return asked.start() if asked else len(norm)
