"""A choice between two named options ("is X a gazelle firm or a candidate gazelle firm?"):
the question names its subject and two options, and the answer is the one option the
documents state of that subject.

The unit must hold the subject itself (a list item, a table row, a sentence naming it); the
option is read from the nearest place that states one — the unit, the earlier sentences of
its paragraph, its table header, its heading, its heading path, its title. A place stating
both options decides nothing, and an option written inside the other ("gazelle firm"
inside "candidate gazelle firm") is not said by itself. The grammar is data: ``resources/choice_grammar.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files

import yaml

from assistant.answering.answer_parts import as_sentence
from assistant.answering.composing import Context
from assistant.answering.evidence import Sentence, Term, coverage
from assistant.text import normalize

# Share of the subject's weighted words the unit itself must hold: nearly all, since the
# option is then read from the unit's surroundings, which speak of many subjects.
SUBJECT_COVERAGE = 0.8


@dataclass(frozen=True)
class ChoiceGrammar:
    joiner: re.Pattern[str]
    introducers: tuple[str, ...]
    trailing: re.Pattern[str]
    max_option_chars: int


@lru_cache(maxsize=1)
def choice_grammar() -> ChoiceGrammar:
    raw = yaml.safe_load(
        files("assistant.resources").joinpath("choice_grammar.yaml").read_text("utf-8")
    )
    ending = "|".join(map(re.escape, raw["trailing"]))
    return ChoiceGrammar(
        joiner=re.compile("|".join(map(re.escape, raw["joiner"]))),
        # Longest first, so that a two-character introducer is not read as a shorter one.
        introducers=tuple(sorted(raw["introducers"], key=len, reverse=True)),
        trailing=re.compile(rf"(?:{ending}|[\s?？!！。.])+$"),
        max_option_chars=int(raw["max_option_chars"]),
    )


@dataclass(frozen=True)
class Choice:
    subject: str
    options: tuple[str, str]


def asked_choice(question: str) -> Choice | None:
    """The subject and the two options of a "X is A or B" question, or None."""
    g = choice_grammar()
    q = g.trailing.sub("", normalize(question).strip())
    joins = list(g.joiner.finditer(q))
    if len(joins) != 1:
        return None
    before, second = q[: joins[0].start()], q[joins[0].end() :]
    found = [(before.rfind(w), w) for w in g.introducers if before.rfind(w) > 0]
    if not found:
        return None
    at, word = max(found, key=lambda x: (x[0] + len(x[1]), len(x[1])))
    subject, first = before[:at], before[at + len(word) :]
    options = (first.strip(), second.strip())
    if not subject.strip() or not all(options) or options[0] == options[1]:
        return None
    if any(len(o) > g.max_option_chars or re.search(r"[,，;；。]", o) for o in options):
        return None
    return Choice(subject=subject.strip(), options=options)


def said(option: str, other: str, text: str) -> bool:
    """Is the option said in the text, apart from where it is part of the other option?"""
    if other and option in other:
        text = text.replace(other, " ")
    return option in text


_CLAUSE = re.compile(r"[,，;；。！？!?]")


def _places(unit: Sentence, subject: list[Term]) -> list[tuple[str, str]]:
    """Where an option may be stated of the unit's subject, nearest first: (kind of place,
    its text). The clauses of the unit holding the subject come first (a sentence may sort
    several subjects under both options); the title is left out: it names what the whole
    document is about, every list it holds included."""
    own = [
        c for c in _CLAUSE.split(unit.text) if coverage(subject, normalize(c)) >= SUBJECT_COVERAGE
    ]
    lines = [h for h in reversed(unit.headings.split("\n")) if h.strip() and h != unit.title]
    if unit.section and unit.section not in lines:
        lines.insert(0, unit.section)
    return [
        ("clause", "\n".join(own)),
        ("unit", unit.text),
        ("before", unit.before),
        ("header", " | ".join(unit.header)),
        *(("heading", line) for line in lines),
    ]


def stated_option(
    unit: Sentence, choice: Choice, subject: list[Term]
) -> tuple[str, str, str] | None:
    """(option, kind of place, its text) from the nearest place stating exactly one option;
    None when the nearest place stating one states both, or none does."""
    a, b = choice.options
    for kind, text in _places(unit, subject):
        norm = normalize(text)
        has = [o for o, other in ((a, b), (b, a)) if said(o, other, norm)]
        if len(has) == 1:
            return has[0], kind, text
        if has:
            return None
    return None


def _quoted_heading(index, unit: Sentence, line: str) -> Sentence | None:
    """The heading line stating the option as a unit of its own document text (quotes stay
    verbatim), or None when the document does not hold it before the unit."""
    line = line.strip()
    at = index.document(unit.doc_id).text.rfind(line, 0, unit.start) if line else -1
    if at < 0:
        return None
    return replace(unit, start=at, end=at + len(line), text=line, header=(), cells=(), before="")


def choice_answer(index, ctx: Context, scoring):
    """(direct answer, quotes) for a choice between two named options, or None when the
    question offers no such choice or no unit holding its subject states one option.
    ``scoring``: the answerer's units of a context with their scores, best first."""
    choice = asked_choice(ctx.aq.text)
    if choice is None:
        return None
    subject: list[Term] = [t for t in ctx.terms if t.primary and t.found_in(choice.subject)]
    if not any(t.is_content for t in subject):
        return None
    for unit, _ in scoring(ctx):
        if coverage(subject, unit.norm) < SUBJECT_COVERAGE:
            continue
        stated = stated_option(unit, choice, subject)
        if stated is None:
            continue
        option, kind, text = stated
        quotes = [(unit, None)]
        if kind == "heading" and (place := _quoted_heading(index, unit, text)) is not None:
            quotes = [(place, None), (unit, None)]
        if kind in ("clause", "unit"):
            # The statement read with its verdict: the option alone does not say whose it is.
            return f"{option}。{as_sentence(text.strip())}", quotes
        return f"{option}。", quotes
    return None
