"""Generate the binary e_* evaluation documents from their plain-text sources.

The sources use the block markup of build_b.py (title, headings, right-aligned lines, tables with
"^" merged cells), so its DOCX and PDF writers are reused here:
  evals/corpus/build/src_e/e_xiuding.docsrc  -> evals/corpus/e_xiuding.docx
  evals/corpus/build/src_e/e_jiance.docsrc   -> evals/corpus/e_jiance.pdf
The PDF writer draws "^" literally, so the PDF source repeats values instead of merging cells.

Run: .venv/bin/python evals/corpus/build/build_e.py
"""

from __future__ import annotations

import sys
from pathlib import Path

BUILD_DIR = Path(__file__).resolve().parent
# The question checker loads every build_*.py by path; importing build_b by name finds that copy
# in sys.modules, or the file next to this one when run as a script.
if str(BUILD_DIR) not in sys.path:
    sys.path.insert(0, str(BUILD_DIR))

import build_b

SOURCES = build_b.SourceSet(
    BUILD_DIR / "src_e",
    {
        "e_xiuding": (BUILD_DIR.parent / "e_xiuding.docx", build_b.build_docx),
        "e_jiance": (BUILD_DIR.parent / "e_jiance.pdf", build_b.build_pdf),
    },
)


def source_units(doc_id: str) -> list[str] | None:
    """Text units of an e_* document generated here, or None (the checker's interface)."""
    return SOURCES.units(doc_id)


def source_rows(doc_id: str) -> list[list[str]] | None:
    """Table rows of a generated e_* document, merged cells filled from the cell above."""
    return SOURCES.rows(doc_id)


if __name__ == "__main__":
    SOURCES.build_all()
