"""Generate the binary d_* evaluation documents from their plain-text sources.

The sources use the block markup of build_b.py; one addition: "<br>" inside a table cell starts a
new paragraph in that cell (the way a Word user lists several units in one cell, one per line).
  evals/corpus/build/src_d/d_fengong.docsrc  -> evals/corpus/d_fengong.docx

Run: .venv/bin/python evals/corpus/build/build_d.py
"""

from __future__ import annotations

import importlib.util
import logging
import sys
from pathlib import Path

logger = logging.getLogger(__name__)

BUILD_DIR = Path(__file__).resolve().parent
DEV_DIR = BUILD_DIR.parent
SRC_D = BUILD_DIR / "src_d"
CELL_BREAK = "<br>"


def _build_b():
    """The build_b module (already loaded by the question checker, or loaded from its file)."""
    if "build_b" in sys.modules:
        return sys.modules["build_b"]
    spec = importlib.util.spec_from_file_location("build_b", BUILD_DIR / "build_b.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_b"] = module
    spec.loader.exec_module(module)
    return module


def build_docx_with_cell_breaks(src: Path, out: Path) -> None:
    """build_b's DOCX writer, then every "<br>" in a table cell becomes a paragraph break."""
    from docx import Document

    writers = _build_b()
    writers.build_docx(src, out)
    document = Document(str(out))
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                if CELL_BREAK not in cell.text:
                    continue
                first, *rest = cell.text.split(CELL_BREAK)
                cell.text = first
                for part in rest:
                    cell.add_paragraph(part)
    document.save(str(out))
    writers._fix_zip_times(out)
    logger.info("wrote %s (cell breaks)", out)


def targets() -> list[tuple[Path, Path, object]]:
    return [(SRC_D / "d_fengong.docsrc", DEV_DIR / "d_fengong.docx", build_docx_with_cell_breaks)]


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for src, out, build in targets():
        build(src, out)


def source_units(doc_id: str) -> list[str] | None:
    """Text units of a d_* document generated here, or None (the checker's interface); a cell
    with line breaks gives one unit per line, since cleaning re-renders those boundaries."""
    path = SRC_D / f"{doc_id}.docsrc"
    if not path.is_file():
        return None
    units: list[str] = []
    for unit in _build_b().units_of_source(path):
        units.extend(part for part in unit.split(CELL_BREAK) if part)
    return units


def source_rows(doc_id: str) -> list[list[str]] | None:
    """Table rows of a generated d_* document, merged cells filled from the cell above."""
    path = SRC_D / f"{doc_id}.docsrc"
    if not path.is_file():
        return None
    rows = _build_b().rows_of_source(path)
    return [[cell.replace(CELL_BREAK, "\n") for cell in row] for row in rows]


if __name__ == "__main__":
    main()
