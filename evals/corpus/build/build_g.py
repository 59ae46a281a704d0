"""Generate the binary g_* evaluation documents from their plain-text sources.

The sources use the block markup of build_b.py (title, headings, right-aligned lines, tables with
"^" merged cells), so its DOCX and PDF writers are reused here:
  evals/corpus/build/src_g/g_yuebao.docsrc -> evals/corpus/g_yuebao.pdf
  evals/corpus/build/src_g/g_guihua.docsrc -> evals/corpus/g_guihua.docx
g_jigou.html is written by hand and has no source here.

Run: .venv/bin/python evals/corpus/build/build_g.py
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
    BUILD_DIR / "src_g",
    {
        "g_yuebao": (BUILD_DIR.parent / "g_yuebao.pdf", build_b.build_pdf),
        "g_guihua": (BUILD_DIR.parent / "g_guihua.docx", build_b.build_docx),
    },
)


def source_units(doc_id: str) -> list[str] | None:
    """Text units of a g_* document generated here, or None (the checker's interface)."""
    return SOURCES.units(doc_id)


def source_rows(doc_id: str) -> list[list[str]] | None:
    """Table rows of a generated g_* document, merged cells filled from the cell above."""
    return SOURCES.rows(doc_id)


if __name__ == "__main__":
    SOURCES.build_all()
