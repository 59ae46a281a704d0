"""Word documents -> document parts: paragraphs, headings and tables in body order."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table as DocxTable

from assistant.ingest.document import LoadedDocument, LoaderError, Part, Table, collapse_spaces

# A DOCX is a zip: refuse archives that would inflate far beyond any real document.
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_ZIP_RATIO = 200
MAX_ZIP_ENTRIES = 5000
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_zip(path_or_file, name: str) -> None:
    try:
        with zipfile.ZipFile(path_or_file) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise LoaderError(name, f"unreadable DOCX ({exc})") from exc
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if len(infos) > MAX_ZIP_ENTRIES or total > MAX_UNZIPPED_BYTES or total / packed > MAX_ZIP_RATIO:
        raise LoaderError(name, "DOCX expands to an implausible size (possible zip bomb)")


def _cell_text(cell) -> str:
    return " ".join(collapse_spaces(p.text) for p in cell.paragraphs if p.text.strip())


def docx_table(table) -> Table:
    """A Word table as a grid. python-docx lists a merged cell once per grid column it
    covers: a repeat along the row is a column span (None), a repeat down a column a
    row span (its text repeated, so each row reads on its own)."""
    rows: list[list[str | None]] = []
    header_rows = 0
    counting_header = True
    for row in table.rows:
        out: list[str | None] = []
        previous = None
        for cell in row.cells:
            out.append(None if cell._tc is previous else _cell_text(cell))
            previous = cell._tc
        rows.append(out)
        tr_pr = row._tr.trPr
        repeats = tr_pr is not None and tr_pr.find(f"{_W}tblHeader") is not None
        if counting_header and repeats:
            header_rows += 1
        else:
            counting_header = False
    return Table(rows, header_rows)


def _paragraph_part(para) -> Part | None:
    text = collapse_spaces(para.text)
    if not text:
        return None
    style = (para.style.name if para.style is not None else "") or ""
    if style == "Title":
        return Part("heading", text, 1)
    if style.startswith("Heading"):
        digits = style.removeprefix("Heading").strip()
        # Heading 1 is a section: level 1 belongs to the document title.
        return Part("heading", text, min(6, (int(digits) if digits.isdigit() else 1) + 1))
    numbered = para._p.pPr is not None and para._p.pPr.numPr is not None
    if numbered or style.startswith("List"):
        return Part("item", text)
    return Part("paragraph", text)


def load_docx(path: Path) -> LoadedDocument:
    check_zip(path, str(path))
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise LoaderError(path, f"unreadable DOCX ({exc})") from exc
    parts: list[Part] = []
    for block in document.iter_inner_content():
        if isinstance(block, DocxTable):
            parts.append(Part("table", table=docx_table(block)))
        else:
            part = _paragraph_part(block)
            if part is not None:
                parts.append(part)
    meta: dict[str, Any] = {}
    if document.core_properties.title:
        meta["title"] = document.core_properties.title
    return LoadedDocument(path, parts, meta)
