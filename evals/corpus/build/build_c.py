"""Generate the binary c_* evaluation documents from their plain-text sources.

The sources use the block markup of build_b.py (title, headings, right-aligned lines, tables with
"^" merged cells), so the same DOCX and PDF writers are reused here instead of being copied:
  evals/corpus/build/src_c/c_shenbao.docsrc  -> evals/corpus/c_shenbao.docx
  evals/corpus/build/src_c/c_gongbao.docsrc  -> evals/corpus/c_gongbao.pdf

Run: .venv/bin/python evals/corpus/build/build_c.py
"""

from __future__ import annotations

import importlib.util
import logging
import sys
from pathlib import Path

logger = logging.getLogger(__name__)

BUILD_DIR = Path(__file__).resolve().parent
DEV_DIR = BUILD_DIR.parent
SRC_C = BUILD_DIR / "src_c"


def _build_b():
    """The build_b module (already loaded by the question checker, or loaded from its file)."""
    if "build_b" in sys.modules:
        return sys.modules["build_b"]
    spec = importlib.util.spec_from_file_location("build_b", BUILD_DIR / "build_b.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_b"] = module
    spec.loader.exec_module(module)
    return module


def targets() -> list[tuple[Path, Path, object]]:
    writers = _build_b()
    return [
        (SRC_C / "c_shenbao.docsrc", DEV_DIR / "c_shenbao.docx", writers.build_docx),
        (SRC_C / "c_gongbao.docsrc", DEV_DIR / "c_gongbao.pdf", writers.build_pdf),
    ]


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for src, out, build in targets():
        build(src, out)


def source_units(doc_id: str) -> list[str] | None:
    """Text units of a c_* document generated here, or None (the checker's interface)."""
    path = SRC_C / f"{doc_id}.docsrc"
    return _build_b().units_of_source(path) if path.is_file() else None


def source_rows(doc_id: str) -> list[list[str]] | None:
    """Table rows of a generated c_* document, merged cells filled from the cell above."""
    path = SRC_C / f"{doc_id}.docsrc"
    if not path.is_file():
        return None
    return _build_b().rows_of_source(path)


if __name__ == "__main__":
    main()
