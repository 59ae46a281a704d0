"""Generate the binary t2_* held-out documents from their plain-text sources.

The sources use the block markup of build_b.py with two additions for tables whose header has
two levels: a cell "<" is merged with the cell to its left, and a line "---" inside a table ends
the header rows (without it, only the first row is a header). The PDF writer of build_b.py is
reused as is; the DOCX writer is extended here for the horizontal merges and header rows:
  evals/corpus-test/src/t2_touzi.docsrc      -> evals/corpus-test/t2_touzi.docx
  evals/corpus-test/src/t2_zhenggai.docsrc   -> evals/corpus-test/t2_zhenggai.pdf

Run: .venv/bin/python evals/corpus/build/build_t2.py
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path

logger = logging.getLogger(__name__)

BUILD_DIR = Path(__file__).resolve().parent
TEST_DIR = BUILD_DIR.parents[1] / "corpus-test"
SRC_TEST = TEST_DIR / "src"
MERGE_LEFT = "<"
HEADER_END = "---"


def _build_b():
    """The build_b module, whose markup parser and writers are shared (the question checker may
    have loaded it already under the same name)."""
    if str(BUILD_DIR) not in sys.path:
        sys.path.insert(0, str(BUILD_DIR))
    import build_b

    return build_b


@dataclass
class Table:
    rows: list[list[str]] = field(default_factory=list)
    header_rows: int = 1


def _tables(path: Path) -> list[Table]:
    """The tables of a source in order, with the number of header rows each declares."""
    tables: list[Table] = []
    current: Table | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line == "[table]":
            current = Table()
        elif line == "[/table]":
            tables.append(current)
            current = None
        elif current is not None and line == HEADER_END:
            current.header_rows = len(current.rows)
        elif current is not None and line:
            current.rows.append([cell.strip() for cell in line.split(" | ")])
    return tables


def _blocks(path: Path) -> list:
    """build_b's blocks, with the header separator line dropped from the table rows."""
    blocks = _build_b().parse_source(path)
    for block in blocks:
        block.rows = [row for row in block.rows if row != [HEADER_END]]
    return blocks


def build_docx(src: Path, out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    writers = _build_b()
    doc = Document()
    doc.core_properties.author = writers.FIXED_AUTHOR
    doc.core_properties.created = writers.FIXED_DATE
    doc.core_properties.modified = writers.FIXED_DATE
    tables = iter(_tables(src))
    for block in _blocks(src):
        if block.kind == "title":
            doc.core_properties.title = block.text
            doc.add_heading(block.text, level=0)
        elif block.kind in ("h1", "h2"):
            doc.add_heading(block.text, level=1 if block.kind == "h1" else 2)
        elif block.kind in ("right", "para"):
            para = doc.add_paragraph()
            if block.kind == "right":
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            writers._set_east_asian_font(para.add_run(block.text), "SimSun")
        else:
            _add_table(doc, next(tables))
    doc.save(str(out))
    writers._fix_zip_times(out)
    logger.info("wrote %s", out)


def _add_table(doc, spec: Table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rows = spec.rows
    width = len(rows[0])
    table = doc.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text in (_build_b().MERGE_UP, MERGE_LEFT):
                continue
            cell = table.cell(r, c)
            cell.text = text
            if r < spec.header_rows:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    # Horizontal merges first ("<" joins the cell on its left), then vertical ones ("^").
    for r, row in enumerate(rows):
        c = 0
        while c < width:
            end = c
            while end + 1 < width and row[end + 1] == MERGE_LEFT:
                end += 1
            if end > c:
                keep = table.cell(r, c).text
                table.cell(r, c).merge(table.cell(r, end)).text = keep
            c = end + 1
    for c in range(width):
        r = 1
        while r < len(rows):
            if rows[r][c] == _build_b().MERGE_UP:
                end = r
                while end + 1 < len(rows) and rows[end + 1][c] == _build_b().MERGE_UP:
                    end += 1
                keep = table.cell(r - 1, c).text
                table.cell(r - 1, c).merge(table.cell(end, c)).text = keep
                r = end + 1
            else:
                r += 1
    # Mark every header row so Word repeats them and readers can tell them apart.
    for r in range(spec.header_rows):
        header = OxmlElement("w:tblHeader")
        header.set(qn("w:val"), "true")
        table.rows[r]._tr.get_or_add_trPr().append(header)


def build_pdf(src: Path, out: Path) -> None:
    _build_b().build_pdf(src, out)


TARGETS = [
    (SRC_TEST / "t2_touzi.docsrc", TEST_DIR / "t2_touzi.docx", build_docx),
    (SRC_TEST / "t2_zhenggai.docsrc", TEST_DIR / "t2_zhenggai.pdf", build_pdf),
]


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for src, out, build in TARGETS:
        build(src, out)


def _source(doc_id: str) -> Path | None:
    path = SRC_TEST / f"{doc_id}.docsrc"
    return path if doc_id.startswith("t2_") and path.is_file() else None


def source_units(doc_id: str) -> list[str] | None:
    """Text units of a t2_* document generated here, or None (the checker's interface)."""
    path = _source(doc_id)
    if path is None:
        return None
    units: list[str] = []
    for block in _blocks(path):
        if block.kind == "table":
            markers = (_build_b().MERGE_UP, MERGE_LEFT)
            units.extend(cell for row in block.rows for cell in row if cell not in markers)
        else:
            units.append(block.text)
    return units


def source_rows(doc_id: str) -> list[list[str]] | None:
    """Table rows of a generated t2_* document, merged cells filled from the cell above/left."""
    path = _source(doc_id)
    if path is None:
        return None
    rows: list[list[str]] = []
    for spec in _tables(path):
        previous: list[str] = []
        for row in spec.rows:
            filled: list[str] = []
            for i, cell in enumerate(row):
                if cell == _build_b().MERGE_UP and i < len(previous):
                    cell = previous[i]
                elif cell == MERGE_LEFT and filled:
                    cell = filled[-1]
                filled.append(cell)
            rows.append(filled)
            previous = filled
    return rows


if __name__ == "__main__":
    main()
