"""Generate the binary documents of the families written in build_b.py's block markup.

The sources use the block markup of build_b.py (title, headings, right-aligned lines, tables with
"^" merged cells), so its DOCX and PDF writers are reused; one family is one source folder and
its outputs:
  e: evals/corpus/build/src_e/e_xiuding.docsrc -> evals/corpus/e_xiuding.docx
     evals/corpus/build/src_e/e_jiance.docsrc  -> evals/corpus/e_jiance.pdf
  f: evals/corpus/build/src_f/f_kaohe.docsrc   -> evals/corpus/f_kaohe.docx
     evals/corpus/build/src_f/f_jiyao.docsrc   -> evals/corpus/f_jiyao.pdf
  g: evals/corpus/build/src_g/g_yuebao.docsrc -> evals/corpus/g_yuebao.pdf
     evals/corpus/build/src_g/g_guihua.docsrc -> evals/corpus/g_guihua.docx
  h: evals/corpus/build/src_h/h_xiangmu.docsrc -> evals/corpus/h_xiangmu.docx
  o: evals/corpus/build/src_o/o_zufang.docsrc  -> evals/corpus/o_zufang.docx
     evals/corpus/build/src_o/o_tuijie.docsrc  -> evals/corpus/o_tuijie.pdf
The PDF writer draws "^" literally, so a PDF source repeats values instead of merging cells.
f_gaikuang.html and g_jigou.html are written by hand and has no source here. A new family is one more entry.

Run: .venv/bin/python evals/corpus/build/build_families.py [FAMILY ...]   (default: all)
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

DEV_DIR = BUILD_DIR.parent
FAMILIES = {
    "e": build_b.SourceSet(
        BUILD_DIR / "src_e",
        {
            "e_xiuding": (DEV_DIR / "e_xiuding.docx", build_b.build_docx),
            "e_jiance": (DEV_DIR / "e_jiance.pdf", build_b.build_pdf),
        },
    ),
    "f": build_b.SourceSet(
        BUILD_DIR / "src_f",
        {
            "f_kaohe": (DEV_DIR / "f_kaohe.docx", build_b.build_docx),
            "f_jiyao": (DEV_DIR / "f_jiyao.pdf", build_b.build_pdf),
        },
    ),
    "g": build_b.SourceSet(
        BUILD_DIR / "src_g",
        {
            "g_yuebao": (DEV_DIR / "g_yuebao.pdf", build_b.build_pdf),
            "g_guihua": (DEV_DIR / "g_guihua.docx", build_b.build_docx),
        },
    ),
    "h": build_b.SourceSet(
        BUILD_DIR / "src_h",
        {
            "h_xiangmu": (DEV_DIR / "h_xiangmu.docx", build_b.build_docx),
        },
    ),
    "o": build_b.SourceSet(
        BUILD_DIR / "src_o",
        {
            "o_zufang": (DEV_DIR / "o_zufang.docx", build_b.build_docx),
            "o_tuijie": (DEV_DIR / "o_tuijie.pdf", build_b.build_pdf),
        },
    ),
}


def source_units(doc_id: str) -> list[str] | None:
    """Text units of a document generated here, or None (the checker's interface)."""
    found = (sources.units(doc_id) for sources in FAMILIES.values())
    return next((units for units in found if units is not None), None)


def source_rows(doc_id: str) -> list[list[str]] | None:
    """Table rows of a document generated here, merged cells filled from the cell above."""
    found = (sources.rows(doc_id) for sources in FAMILIES.values())
    return next((rows for rows in found if rows is not None), None)


if __name__ == "__main__":
    for name in sys.argv[1:] or FAMILIES:
        FAMILIES[name].build_all()
