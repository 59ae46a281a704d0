"""The gap between two values a comparison sets side by side ("by how much higher"):
figures read with their sign, and the gap said in their unit (percentage points for two
percentages). Module functions; no state. The words are data:
``resources/table_grammar.yaml``; examples in tests/test_table_grammar.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.answering.answer_parts import amount
from assistant.answering.grammar import table_grammar_groups
from assistant.messages import msg
from assistant.text import normalize


@dataclass(frozen=True)
class TableGrammar:
    by_how_much: tuple[str, ...]
    minus_signs: tuple[str, ...]
    plus_signs: tuple[str, ...]
    percent_units: tuple[str, ...]
    point_unit: str
    old_columns: tuple[str, ...]
    new_columns: tuple[str, ...]
    none_cells: frozenset[str]
    # Direction words of a change cell or question, by kind (up, down, same, asks_change).
    changes: dict[str, tuple[str, ...]]
    # Extreme words and total-row labels (most, least, total_labels); which-words whose
    # noun names the kind of two compared sides.
    extremes: dict[str, tuple[str, ...]]
    side_kinds: tuple[str, ...]
    amount_asking: tuple[str, ...]


@lru_cache(maxsize=1)
def table_grammar() -> TableGrammar:
    raw = table_grammar_groups()
    return TableGrammar(
        by_how_much=tuple(raw["by_how_much"]["words"]),
        minus_signs=tuple(raw["minus_signs"]),
        plus_signs=tuple(raw["plus_signs"]),
        percent_units=tuple(raw["percent_units"]),
        point_unit=raw["point_unit"],
        old_columns=tuple(raw["old_columns"]),
        new_columns=tuple(raw["new_columns"]),
        none_cells=frozenset(raw["none_cells"]),
        changes={k: tuple(v) for k, v in raw["changes"].items()},
        extremes={k: tuple(v) for k, v in raw["extremes"].items()},
        side_kinds=tuple(raw["side_kinds"]),
        amount_asking=tuple(raw["amount_asking"]),
    )


def asks_gap(question: str) -> bool:
    """Does the question ask by how much two values differ?"""
    q = normalize(question)
    return any(w in q for w in table_grammar().by_how_much)


def signed_amount(value: str) -> float | None:
    """A cell's figure with its sign: -1.9% is below 5.0% (amount() reads digits only)."""
    g = table_grammar()
    text = normalize(value).strip()
    number = amount(text.lstrip("".join(g.minus_signs + g.plus_signs)).strip())
    if number is None:
        return None
    return -number if text.startswith(g.minus_signs) else number


_FIGURE = re.compile(r"(\d+(?:\.\d+)?)\s*(\S*)")


def _written(value: str) -> tuple[float, int, str] | None:
    """A cell's figure as written: its signed number, its decimals and the unit after it
    (a unit of ten thousand yuan is kept whole, not folded into the figure)."""
    g = table_grammar()
    text = normalize(value).strip()
    sign = -1.0 if text.startswith(g.minus_signs) else 1.0
    m = _FIGURE.fullmatch(text.lstrip("".join(g.minus_signs + g.plus_signs)).strip())
    if m is None:
        return None
    digits = m.group(1)
    places = len(digits.split(".", 1)[1]) if "." in digits else 0
    return sign * float(digits), places, m.group(2)


def gap(value_a: str, value_b: str) -> str | None:
    """The gap between two values of one unit, written with as many decimals as the more
    precise value (9.1% and 5.2% differ by 3.9 percentage points); None when either is not a bare
    figure with a unit or their units differ."""
    a, b = _written(value_a), _written(value_b)
    if a is None or b is None or a[0] == b[0] or a[2] != b[2]:
        return None
    g = table_grammar()
    figure = f"{abs(a[0] - b[0]):.{max(a[1], b[1])}f}"
    return figure + (g.point_unit if a[2] in g.percent_units else a[2])


def gap_clause(question: str, value_a: str, value_b: str) -> str | None:
    """The clause stating the gap, when the question asks by how much; else None."""
    if not asks_gap(question):
        return None
    difference = gap(value_a, value_b)
    return msg("comparison_difference", difference=difference) if difference else None
