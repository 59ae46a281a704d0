"""Generate the binary f_* evaluation documents from their plain-text sources.

The sources use the block markup of build_b.py (title, headings, right-aligned lines, tables with
"^" merged cells), so its DOCX and PDF writers are reused here:
  evals/corpus/build/src_f/f_kaohe.docsrc -> evals/corpus/f_kaohe.docx
  evals/corpus/build/src_f/f_jiyao.docsrc -> evals/corpus/f_jiyao.pdf
f_gaikuang.html is written by hand and has no source here.

Run: .venv/bin/python evals/corpus/build/build_f.py
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
    BUILD_DIR / "src_f",
    {
        "f_kaohe": (BUILD_DIR.parent / "f_kaohe.docx", build_b.build_docx),
        "f_jiyao": (BUILD_DIR.parent / "f_jiyao.pdf", build_b.build_pdf),
    },
)


def source_units(doc_id: str) -> list[str] | None:
    """Text units of an f_* document generated here, or None (the checker's interface)."""
    return SOURCES.units(doc_id)


def source_rows(doc_id: str) -> list[list[str]] | None:
    """Table rows of a generated f_* document, merged cells filled from the cell above."""
    return SOURCES.rows(doc_id)


if __name__ == "__main__":
    SOURCES.build_all()
