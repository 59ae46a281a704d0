"""Metadata filters over documents: ``region=<province>``, ``year>=2021``, ``kind=<kind>``.

A filter is a list of conditions, all of which a document must meet. Conditions are
written ``field op value`` and joined by commas (or given as several ``--filter``
options). Fields are the document metadata of :mod:`assistant.ingest.metadata` plus
``year`` (of the date) and ``doc_id``. Text fields match by containment after
normalisation (a province name matches a region naming the province and a city in it);
``kind`` and ``doc_id`` match exactly; ``year`` and the dates compare in order. A
document whose field is unknown (null) does not meet a condition on it: a filter never
guesses.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from assistant.ingest.grammar import grammar
from assistant.text import normalize

FILTER_HELP = (
    "keep documents whose metadata match, e.g. region=<province>, year>=2021, kind=<kind>, "
    "issuer=..., date<=2023-06; repeat or join with commas (all must hold)"
)
TEXT_FIELDS = ("region", "issuer", "title", "doc_number")
EXACT_FIELDS = ("kind", "doc_id")
ORDERED_FIELDS = ("year", "date", "valid_until", "effective_from")
FIELDS = TEXT_FIELDS + EXACT_FIELDS + ORDERED_FIELDS

_OPS: dict[str, Callable[[Any, Any], bool]] = {
    ">=": operator.ge,
    "<=": operator.le,
    "!=": operator.ne,
    ">": operator.gt,
    "<": operator.lt,
    "=": operator.eq,
}
_CONDITION = re.compile(r"^\s*([a-z_]+|[^\W\d_]+?)\s*(>=|<=|!=|>|<|=)\s*(.+?)\s*$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class FilterError(ValueError):
    """A filter that cannot be read; the message says which part and why (English)."""


@dataclass(frozen=True)
class Condition:
    field: str
    op: str
    value: str

    def matches(self, meta: dict[str, Any]) -> bool:
        if self.field == "year":
            date = meta.get("date")
            have: Any = int(str(date)[:4]) if date else meta.get("year")
            if have is None:
                return False
            return _OPS[self.op](int(have), int(self.value))
        have = meta.get(self.field)
        if have is None or have == "":
            return False
        have = str(have)
        if self.field in ORDERED_FIELDS:
            # A shorter value compares by its prefix: date>=2021-06 means from June 2021.
            return _OPS[self.op](have[: len(self.value)], self.value)
        if self.field in EXACT_FIELDS:
            same = have == self.value
        else:
            a, b = normalize(have), normalize(self.value)
            same = b in a or (self.field == "region" and a in b)
        return same if self.op == "=" else not same


@dataclass(frozen=True)
class DocumentFilter:
    conditions: tuple[Condition, ...]

    def matches(self, meta: dict[str, Any]) -> bool:
        return all(c.matches(meta) for c in self.conditions)

    def __str__(self) -> str:
        return ",".join(f"{c.field}{c.op}{c.value}" for c in self.conditions)


def parse_filter(spec: str | Iterable[str] | None) -> DocumentFilter | None:
    """Read filter expressions; None or only blanks is no filter. Raises FilterError."""
    if spec is None:
        return None
    specs = [spec] if isinstance(spec, str) else list(spec)
    conditions: list[Condition] = []
    for part in (p for s in specs for p in re.split(r"[,，;；]", s)):
        if not part.strip():
            continue
        # Full-width operators and spaces (＞＝, ＝) read as their ASCII forms.
        m = _CONDITION.match(unicodedata.normalize("NFKC", part))
        if m is None:
            raise FilterError(f"cannot read filter condition '{part.strip()}' (use field=value)")
        field, op, value = m.groups()
        field = grammar().filter_fields.get(field, field)
        if field not in FIELDS:
            raise FilterError(f"unknown filter field '{field}' (known: {', '.join(FIELDS)})")
        if field == "year" and not value.isdigit():
            raise FilterError(f"year must be a number, not '{value}'")
        if field in ORDERED_FIELDS[1:] and not _DATE.match(value):
            raise FilterError(f"{field} must be a date like 2021-03-01, not '{value}'")
        if field not in ORDERED_FIELDS and op not in ("=", "!="):
            raise FilterError(f"'{op}' needs an ordered field (year or a date), not '{field}'")
        conditions.append(Condition(field, op, value))
    return DocumentFilter(tuple(conditions)) if conditions else None
