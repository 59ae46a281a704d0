"""Tables typed as plain text: consecutive lines whose cells are set apart by tabs or by
ideographic spaces (U+3000), the way a table is kept in a .txt file or a text layer.

A run is a table only when it looks like one: at least :data:`MIN_ROWS` consecutive lines
that each split into at least :data:`MIN_CELLS` short cells, most of them into the same
number of cells and none into more, and no line reading as a sentence. One ideographic
space after a clause number or between label pairs never makes three cells on three lines
in a row, so prose, headers and signatures stay prose.

Two narrower shapes are tables too: two columns set apart by a wide gap (a tab or a run of
ideographic spaces) on every line, and a header over a single row of figures (a header row
of names, then a row that cannot be a header). A short line of one cell between two runs of
one width, the second without a header of its own, is a group row of the same table (a
statistics table that names its groups on lines of their own).
"""

from __future__ import annotations

import re
from collections import Counter

from assistant.ingest.document import Table, header_like

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
# A wide gap: a tab or two ideographic spaces and more; a clause number or a label pair is
# set apart by one space, a column of a typed table by a wide gap.
_WIDE_GAP = re.compile(r"\t[\t\u3000]*|\u3000{2,}[\t\u3000]*")
# Two columns are enough when every line sets them apart by a wide gap.
MIN_WIDE_CELLS = 2
# A header over one row of figures is the shortest table.
MIN_HEADED_ROWS = 2
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
    wide = _cells(text, _WIDE_GAP)
    return all(len(c) <= MAX_CELL_CHARS for c in filled) and (
        (len(cells) >= MIN_CELLS and len(filled) >= MIN_CELLS - 1)
        or (len(wide) >= MIN_WIDE_CELLS and all(wide))
    )


def set_apart(line: str) -> bool:
    """A line whose pieces are set apart by a wide gap (cells, a sender and a date in a
    colophon): typed to stand on its own, never a line cut from a sentence."""
    return _WIDE_GAP.search(line.strip(" \t\u3000")) is not None


def _single_cell(line: str) -> bool:
    """A short line of one cell that does not end a sentence (a group's name)."""
    text = line.strip(" \t\u3000")
    return (
        bool(text)
        and len(text) <= MAX_CELL_CHARS
        and not text.endswith(_SENTENCE_END)
        and _GAP_RUN.search(text) is None
    )


def _grid(lines: list[str]) -> list[list[str | None]] | None:
    """The run as a grid of one width, or None when its rows do not agree on a width.

    Rows that agree when every run of separators is one gap are padded columns (or have no
    empty cell); otherwise each separator is one gap and two in a row leave an empty cell,
    and the shorter rows (a total row) are padded at the end."""
    runs = [_cells(line, _GAP_RUN) for line in lines]
    if len({len(r) for r in runs}) == 1 and (
        len(runs[0]) >= MIN_CELLS
        or (len(runs[0]) >= MIN_WIDE_CELLS and all(_WIDE_GAP.search(line) for line in lines))
    ):
        return [list(r) for r in runs]
    rows = [_cells(line, _ONE_GAP) for line in lines]
    counts = Counter(len(r) for r in rows)
    width, most = counts.most_common(1)[0]
    if width < MIN_CELLS or most < MIN_HEADED_ROWS - 1 or max(counts) != width:
        return None
    if any(len(c) > MAX_CELL_CHARS for r in rows for c in r):
        return None
    return [list(r) + [""] * (width - len(r)) for r in rows]


def _run_end(lines: list[str], i: int) -> int:
    j = i
    while j < len(lines) and _row_like(lines[j]):
        j += 1
    return j


def _table_grid(lines: list[str]) -> list[list[str | None]] | None:
    """The grid of a run that reads as a table on its own, else None."""
    if len(lines) < MIN_HEADED_ROWS:
        return None
    grid = _grid(lines)
    if grid is None:
        return None
    if len(lines) < MIN_ROWS and not (header_like(grid[0]) and not header_like(grid[1])):
        return None
    return grid


def _group_rows(
    lines: list[str], j: int, grid: list[list[str | None]]
) -> tuple[int, list[list[str | None]]]:
    """Extend a table over group rows: a one-cell line, then rows of the same width that
    do not open with a header of their own."""
    width = len(grid[0])
    while j + 1 < len(lines) and _single_cell(lines[j]):
        end = _run_end(lines, j + 1)
        more = _grid(lines[j + 1 : end]) if end > j + 1 else None
        if more is None or len(more[0]) != width or header_like(more[0]):
            break
        label: list[str | None] = [lines[j].strip(" \t\u3000")]
        grid = grid + [label + [None] * (width - 1)] + more
        j = end
    return j, grid


def find_text_tables(lines: list[str]) -> dict[int, tuple[int, Table]]:
    """Tables among raw lines: first line index -> (index after the last line, table)."""
    found: dict[int, tuple[int, Table]] = {}
    i = 0
    while i < len(lines):
        j = _run_end(lines, i)
        grid = _table_grid(lines[i:j])
        if grid is not None:
            j, grid = _group_rows(lines, j, grid)
            found[i] = (j, Table(grid))
        i = max(j, i + 1)
    return found
