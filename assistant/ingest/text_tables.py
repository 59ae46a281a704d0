"""Tables typed as plain text: consecutive lines whose cells are set apart by tabs or by
ideographic spaces (U+3000), the way a table is kept in a .txt file or a text layer.

A run is a table only when it looks like one: at least :data:`MIN_ROWS` consecutive lines
that each split into at least :data:`MIN_CELLS` short cells, most of them into the same
number of cells and none into more, and no line reading as a sentence. One ideographic
space after a clause number or between label pairs never makes three cells on three lines
in a row, so prose, headers and signatures stay prose.
"""

from __future__ import annotations

import re
from collections import Counter

from assistant.ingest.document import Table

# Three rows (a header and two rows, or three rows) are the least that reads as a table;
# two lines with gaps may be a pair of labelled lines.
MIN_ROWS = 3
# Two cells on a line are a label and its value or a clause number and its text.
MIN_CELLS = 3
# A cell is a name, a figure or a short phrase; a longer piece is prose.
MAX_CELL_CHARS = 40
# One separator between cells; two in a row leave an empty cell (a total row), unless the
# table pads its columns with several separators throughout (then runs are one gap).
_ONE_GAP = re.compile(r"[\t\u3000]")
_GAP_RUN = re.compile(r"[\t\u3000]+")
# A line that ends a sentence is prose, whatever its spacing.
_SENTENCE_END = ("\u3002", "\uff1b", "\uff01", "\uff1f")


def _cells(line: str, pattern: re.Pattern[str]) -> list[str]:
    return [c.strip(" ") for c in pattern.split(line.strip(" \t\u3000"))]


def _row_like(line: str) -> bool:
    text = line.strip()
    if not text or text.endswith(_SENTENCE_END):
        return False
    cells = _cells(text, _ONE_GAP)
    filled = [c for c in cells if c]
    return (
        len(cells) >= MIN_CELLS
        and len(filled) >= MIN_CELLS - 1
        and all(len(c) <= MAX_CELL_CHARS for c in filled)
    )


def _grid(lines: list[str]) -> list[list[str | None]] | None:
    """The run as a grid of one width, or None when its rows do not agree on a width.

    Rows that agree when every run of separators is one gap are padded columns (or have no
    empty cell); otherwise each separator is one gap and two in a row leave an empty cell,
    and the shorter rows (a total row) are padded at the end."""
    runs = [_cells(line, _GAP_RUN) for line in lines]
    if len({len(r) for r in runs}) == 1 and len(runs[0]) >= MIN_CELLS:
        return [list(r) for r in runs]
    rows = [_cells(line, _ONE_GAP) for line in lines]
    counts = Counter(len(r) for r in rows)
    width, most = counts.most_common(1)[0]
    if width < MIN_CELLS or most < MIN_ROWS - 1 or max(counts) != width:
        return None
    if any(len(c) > MAX_CELL_CHARS for r in rows for c in r):
        return None
    return [list(r) + [""] * (width - len(r)) for r in rows]


def find_text_tables(lines: list[str]) -> dict[int, tuple[int, Table]]:
    """Tables among raw lines: first line index -> (index after the last line, table)."""
    found: dict[int, tuple[int, Table]] = {}
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _row_like(lines[j]):
            j += 1
        if j - i >= MIN_ROWS:
            grid = _grid(lines[i:j])
            if grid is not None:
                found[i] = (j, Table(grid))
        i = max(j, i + 1)
    return found
