"""The parts direct answers are made of: a span as a sentence, a citation of a unit, and the
reading of values (does a unit hold a value of the asked type; a value's unit and amount; a
number standing by itself).

Pure functions; no state.
"""

from __future__ import annotations

import re

from assistant.answering.evidence import Sentence
from assistant.answering.extraction import TYPED, pattern_hit
from assistant.answering.grammar import grammar
from assistant.answering.items import is_article, opens_items
from assistant.answering.models import Citation
from assistant.index import Index

_G = grammar()


def fits_type(sent: Sentence, qtype: str) -> bool:
    """Can this unit hold an answer of the asked type (a number, a date, a list…)?"""
    pattern = TYPED.get(qtype)
    if sent.cells and qtype in ("number", "ranking"):
        # A table row states its numbers in cells: 17 under 排名 is a rank; an amount may
        # be written inside a cell's words ("一次性奖励100万元").
        return any(has_number(c.strip(), c) and c.strip()[:1].isdigit() for c in sent.cells) or (
            qtype == "number" and any(pattern_hit(pattern, c) for c in sent.cells)
        )
    if pattern is not None and qtype == "duration":
        # A year or day of a date ("2025年12月31日前") is no span of time.
        return pattern_hit(pattern, TYPED["date"].sub(" ", sent.text))
    if pattern is not None:
        return pattern_hit(pattern, sent.text)
    if qtype == "list":
        t = sent.text
        return (
            "、" in t
            or any(a in t for a in _G.and_tokens)
            or t.rstrip().endswith((":", "："))
            # A colon opening items separated by semicolons ("in these cases: A; B.").
            or (":" in t or "：" in t)
            and t.rstrip().endswith((";", "；"))
            # A numbered line, but not an article: articles are rules, not items.
            or bool(_G.item_marker.match(t))
            and not is_article(t, 0, len(t))
            or opens_items(t)
        )
    return True


def row_has(sent: Sentence, value: int) -> bool:
    return any(c.strip() == str(value) for c in sent.cells)


def as_sentence(text: str) -> str:
    """A span as a sentence: one full stop, whatever punctuation it ended with."""
    return text.rstrip("。；;，,、：: ") + "。"


def has_number(number: str, text: str) -> bool:
    """The number itself, not a longer one that contains it ("5" is not in "25")."""
    # Trailing zeros of the document's decimals ("520" in "520.00") say the same value.
    zeros = r"0*" if "." in number else r"(?:\.0+)?"
    return re.search(rf"(?<![\d.]){re.escape(number)}{zeros}(?![\d]|\.\d)", text) is not None


def unit_of(value: str) -> str:
    """The unit of a value, without the base and bound it is read with."""
    numerals = "0123456789." + "".join(_G.digits) + "".join(_G.places)
    m = _G.number.search(value)
    core = value[m.start() :] if m else value
    unit = core.lstrip(numerals).lstrip("".join(_G.big))
    bound = _G.value_after.search(unit)
    return unit[: bound.start()] if bound and bound.end() == len(unit) else unit


def amount(value: str) -> float | None:
    m = _G.number.match(value)
    digits = "".join(ch for ch in value if ch.isdigit() or ch == ".")
    if not m or not digits:
        return None
    try:
        number = float(digits)
    except ValueError:
        return None
    for ch, factor in _G.big.items():
        if ch in value:
            number *= factor
    return number


def sentence_citation(
    index: Index, n: int, sent: Sentence, span: tuple[int, int] | None
) -> Citation:
    doc = index.document(sent.doc_id)
    return Citation(
        n=n,
        doc_id=sent.doc_id,
        title=doc.title,
        section=sent.section,
        start=sent.start,
        end=sent.end,
        quote=doc.text[sent.start : sent.end],
        highlight=[span[0], span[1]] if span else None,
    )


def quoted_text(index: Index, quotes: list[tuple[Sentence, tuple[int, int] | None]]) -> str:
    """The document text the quotes of an answer rest on (their spans, else their units)."""
    out = []
    for unit, span in quotes:
        out.append(index.document(unit.doc_id).text[span[0] : span[1]] if span else unit.text)
    return "\n".join(out)
