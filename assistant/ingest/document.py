"""The document model every loader produces, and the units the index keeps.

Loaders emit a flat list of :class:`Part` objects in reading order: raw text (lines the
cleaner rejoins, as cut by a print layout), headings, paragraphs, list items and
:class:`Table` objects. :func:`assistant.ingest.clean.build_document` renders them into
the cleaned text that citations slice, and records one :class:`Unit` per structural
element with its character offsets into that text:

=============  ===========================================================================
``kind``       what ``text[start:end]`` is
=============  ===========================================================================
heading        a heading line (``level`` 1 is the document title, 2..6 below it)
paragraph      a paragraph
item           a list item or numbered clause (document_grammar.yaml ``items``)
byline         a news byline (document_grammar.yaml ``byline``)
question       the question of a Q&A pair (``qa`` markers) — ``question`` holds its text
answer         an answer paragraph; ``question`` is the question it answers
table_row      one table row, cells joined by :data:`CELL_SEP`; ``header`` holds the
               column names for each rendered cell, ``cells`` the cell texts, ``caption``
               the table's caption (or the heading/sentence right before the table),
               ``table`` the table's number in the document and ``row`` the row number
table_header   a header row of a table (same fields; ``header`` is ``None``)
=============  ===========================================================================

Every unit carries ``heading_path``: the headings above it, outermost first, without the
document title. Tables render one row per line (rows of one table are separated by a
single line break, blocks by a blank line), so a row is always one line of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Literal

CELL_SEP = " | "
# Runs of whitespace other than the ideographic space (U+3000), which Chinese documents
# set on purpose between label pairs and in signatures, and which quotes keep.
_SPACES = re.compile(r"[^\S\u3000]+")


def collapse_spaces(text: str) -> str:
    """One line of display text: whitespace runs become one space, U+3000 is kept."""
    return _SPACES.sub(" ", text).strip()


def join_lines(left: str, right: str) -> str:
    """A wrapped line rejoined: Latin words and numbers cut at a line end get their space
    back; Chinese does not."""
    if (
        left
        and right
        and left[-1].isascii()
        and left[-1].isalnum()
        and right[0].isascii()
        and right[0].isalpha()
    ):
        return left + " " + right
    return left + right


# A line break between two CJK characters is layout (a wrapped line or table cell), not a space.
_CJK_BREAK = re.compile(r"(?<=[^\x00-\x7f])[ \t]*\n\s*(?=[^\x00-\x7f])")


def squash(text: str) -> str:
    """Wrapped text as one line: breaks between CJK characters vanish, others become a space."""
    return collapse_spaces(_CJK_BREAK.sub("", text))


PartKind = Literal["raw", "heading", "paragraph", "item", "table"]


@dataclass
class Table:
    """A table as a grid: ``rows[i][j]`` is the text of column ``j``, or ``None`` where the
    cell to the left spans this column. Vertically merged cells repeat their text in every
    row they cover, so each row reads on its own. The first ``header_rows`` rows are the
    header (0: the table has none)."""

    rows: list[list[str | None]]
    header_rows: int = 0
    caption: str | None = None

    def normalised(self) -> Table:
        """Rows padded to one width (ragged rows), cell text on one line, empty rows dropped."""
        width = max((len(r) for r in self.rows), default=0)
        rows: list[list[str | None]] = []
        header_rows = self.header_rows
        for i, row in enumerate(self.rows):
            cells = [None if c is None else collapse_spaces(str(c)) for c in row]
            cells += [None] * (width - len(cells))
            if not any(cells):
                if i < self.header_rows:
                    header_rows -= 1
                continue
            rows.append(cells)
        return Table(rows, max(0, min(header_rows, len(rows) - 1)), self.caption)

    def column_names(self) -> list[str]:
        """One name per grid column, the header rows' texts joined (multi-row headers)."""
        width = len(self.rows[0]) if self.rows else 0
        names: list[str] = []
        for j in range(width):
            parts: list[str] = []
            for row in self.rows[: self.header_rows]:
                k = j
                while k > 0 and row[k] is None:  # a spanning header cell names every column
                    k -= 1
                text = row[k] or ""
                if text and (not parts or parts[-1] != text):
                    parts.append(text)
            names.append(" ".join(parts))
        return names


@dataclass
class Part:
    """One piece of a loaded document, in reading order."""

    kind: PartKind
    text: str = ""
    level: int = 0  # headings: 1 (title) .. 6
    table: Table | None = None


@dataclass
class Unit:
    kind: str
    start: int
    end: int
    heading_path: list[str] = field(default_factory=list)
    level: int = 0
    table: int | None = None
    row: int | None = None
    header: list[str] | None = None
    cells: list[str] | None = None
    caption: str | None = None
    question: str | None = None

    def as_dict(self) -> dict[str, Any]:
        # Shallow copies of the flat fields: dataclasses.asdict deep-copies recursively, which
        # cost as much as tokenising when a document has thousands of units.
        out: dict[str, Any] = {}
        for f in fields(self):
            v = getattr(self, f.name)
            if v is not None:
                out[f.name] = list(v) if isinstance(v, list) else v
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Unit:
        return cls(**data)


class LoaderError(Exception):
    """A file could not be read as a document; the message names the file."""

    def __init__(self, path: Path | str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


@dataclass
class LoadedDocument:
    """What a loader read: the parts in reading order and the metadata found in the file.

    ``raw_text`` is a Markdown-like rendering of the parts (``#`` headings, one line per
    table row) for people and tools that want plain text; the index is built from
    ``parts``."""

    path: Path
    parts: list[Part]
    metadata: dict[str, Any] = field(default_factory=dict)
    infer_title: bool = True  # no markup names the title: a short first line may be it
    # Metadata keys a person wrote (sidecar file, front matter): they win over the text.
    written: set[str] = field(default_factory=set)

    @property
    def raw_text(self) -> str:
        blocks: list[str] = []
        for part in self.parts:
            if part.kind == "heading":
                blocks.append("#" * max(1, part.level) + " " + part.text)
            elif part.kind == "table" and part.table is not None:
                lines = [render_row(r)[0] for r in part.table.normalised().rows]
                blocks.append("\n".join(line for line in lines if line))
            elif part.text:
                blocks.append(part.text)
        return "\n\n".join(b for b in blocks if b)


def render_row(cells: list[str | None]) -> tuple[str, list[int]]:
    """A row as one line, merged-cell continuations skipped; returns the line and the grid
    column of each rendered cell."""
    shown = [(j, c) for j, c in enumerate(cells) if c is not None]
    return CELL_SEP.join(c for _, c in shown), [j for j, _ in shown]


def header_like(row: list[str | None]) -> bool:
    """A row that can be a header: no empty cell, none long, none mostly digits."""
    texts = [c for c in row if c is not None]
    if not texts or any(not t for t in texts):
        return False
    for t in texts:
        digits = sum(ch.isdigit() for ch in t)
        if len(t) > 30 or (digits * 2 > len(t) and not any(ch > "\u2e80" for ch in t)):
            return False
    return True


def guess_header_rows(rows: list[list[str | None]]) -> int:
    """How many leading rows look like a header when the source does not say.

    A header row has no empty cell and no cell that is mostly digits; a first row with
    spanning cells followed by another header-like row makes a two-row header."""
    if len(rows) < 2 or not header_like(rows[0]):
        return 0
    if None in rows[0] and len(rows) > 2 and header_like(rows[1]):
        return 2
    return 1
