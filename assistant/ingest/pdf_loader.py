"""PDF text layers -> document parts. pdfplumber finds tables (ruled grids) and font
sizes (a line set larger than the body is a heading); pypdf's plain text is the
fallback when pdfplumber cannot read the file."""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path
from statistics import median
from typing import Any

import pdfplumber
from pdfminer.psexceptions import PSException
from pdfplumber.utils.exceptions import PdfminerException
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from assistant.ingest import grammar as gr
from assistant.ingest.document import (
    LoadedDocument,
    LoaderError,
    Part,
    Table,
    join_lines,
    squash,
)

logger = logging.getLogger(__name__)

# A line at least this much larger than the body text is a heading.
HEADING_SIZE_RATIO = 1.15
# A vertical gap this many line heights wide, or a first-line indent, starts a paragraph.
PARAGRAPH_GAP = 1.8
INDENT_CHARS = 1.5
# A line that stops at least this many characters short of the right margin ends its
# paragraph, unless the next line's first piece (a figure wraps whole) was too wide to fit.
SHORT_LINE_CHARS = 2


def _pdf_table(found) -> Table:
    """pdfplumber marks cells covered by a merged cell as None; a None that a cell to its
    left in the same row spans stays None (column span), any other repeats the text
    above it (row span)."""
    rows = found.extract()
    grid: list[list[str | None]] = []
    for i, row in enumerate(rows):
        cells = found.rows[i].cells if i < len(found.rows) else [None] * len(row)
        out: list[str | None] = []
        for j, value in enumerate(row):
            if value is not None:
                out.append(squash(str(value)))
                continue
            left = next((k for k in range(j - 1, -1, -1) if cells[k] is not None), None)
            mid = _column_middle(found, j)
            spans_left = (
                left is not None and mid is not None and cells[left] is not None
                and cells[left][2] > mid
            )  # fmt: skip
            if spans_left or not grid:
                out.append(None)
            else:
                out.append(grid[-1][j] if j < len(grid[-1]) else None)
        grid.append(out)
    return Table(grid)


def _column_middle(found, j: int) -> float | None:
    for row in found.rows:
        if j < len(row.cells) and row.cells[j] is not None:
            x0, _, x1, _ = row.cells[j]
            return (x0 + x1) / 2
    return None


def _lead_width(line: dict[str, Any]) -> float:
    """The width of a line's first unbreakable piece: a run of Latin letters, digits and
    signs (a figure such as 31.7% wraps whole), or else its first character, together
    with the punctuation that may not begin a line after it. A line that stops short by
    less than this did so because this piece did not fit, not because its paragraph ended."""
    chars = [c for c in line.get("chars", []) if str(c.get("text", "")).strip()]
    if not chars:
        return 0.0
    end = 0
    while end < len(chars) and ord(str(chars[end]["text"])[0]) < 0x2E80:
        end += 1
    end = max(end, 1)
    while end < len(chars) and _closing(str(chars[end]["text"])):
        end += 1
    return float(chars[end - 1]["x1"] - chars[0]["x0"])


def _closing(char: str) -> bool:
    # CJK symbols and punctuation, and the full-width forms block: never a line's first piece.
    code = ord(char[0])
    return 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFF65


def _wraps_on(previous: str, line: str) -> bool:
    """A line the cleaner would start afresh after its previous one (which ends a sentence
    or a lead-in) though it starts no item, heading or question of its own."""
    return (
        gr.ends_paragraph(previous)
        and not gr.starts_item(line)
        and not gr.heading_level(line)
        and not gr.is_question(line)
        and not gr.is_answer(line)
        and not gr.is_standalone(line)
        and not gr.is_byline(line)
    )


def _line_size(line: dict[str, Any]) -> float:
    sizes = [c.get("size", 0) for c in line.get("chars", []) if str(c.get("text", "")).strip()]
    return median(sizes) if sizes else 0.0


def _plumber_parts(path: Path) -> tuple[list[Part], int]:
    pages: list[tuple[list[dict[str, Any]], list[tuple[float, Table]]]] = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            tables = page.find_tables()
            boxes = [t.bbox for t in tables]
            lines = [
                ln
                for ln in page.extract_text_lines(return_chars=True)
                if ln["text"].strip()
                and not any(
                    b[0] - 1 <= (ln["x0"] + ln["x1"]) / 2 <= b[2] + 1
                    and b[1] - 1 <= (ln["top"] + ln["bottom"]) / 2 <= b[3] + 1
                    for b in boxes
                )
            ]
            pages.append((lines, [(t.bbox[1], _pdf_table(t)) for t in tables]))
        n_pages = len(pdf.pages)
    weights: Counter[float] = Counter()
    for lines, _ in pages:
        for ln in lines:
            weights[round(_line_size(ln), 1)] += len(ln["text"])
    if not weights:
        return [], n_pages
    body = weights.most_common(1)[0][0]
    big = sorted({s for s in weights if s >= body * HEADING_SIZE_RATIO}, reverse=True)
    left = min((ln["x0"] for lines, _ in pages for ln in lines), default=0.0)
    right = max((ln["x1"] for lines, _ in pages for ln in lines), default=0.0)
    parts: list[Part] = []
    raw: list[str] = []
    last_bottom: float | None = None
    last_height = body
    last_room = 0.0

    def flush() -> None:
        if raw:
            parts.append(Part("raw", "\n".join(raw)))
            raw.clear()

    for lines, tables in pages:
        events: list[tuple[float, int, Any]] = [(ln["top"], 1, ln) for ln in lines]
        events += [(top, 0, table) for top, table in tables]
        last_bottom = None
        for _, is_line, item in sorted(events, key=lambda e: (e[0], e[1])):
            if not is_line:
                flush()
                parts.append(Part("table", table=item))
                last_bottom = None
                continue
            size = _line_size(item)
            text = " ".join(item["text"].split())
            if round(size, 1) in big:
                flush()
                parts.append(Part("heading", text, min(3, 1 + big.index(round(size, 1)))))
                last_bottom = item["bottom"]
                continue
            gap = item["top"] - last_bottom if last_bottom is not None else 0.0
            indented = item["x0"] - left >= INDENT_CHARS * size
            # The line before stopped short of the margin by more than this line's first
            # piece needs: its paragraph ended there.
            short = last_room >= max(SHORT_LINE_CHARS * size, _lead_width(item) + size)
            if raw and (gap > PARAGRAPH_GAP * last_height or indented or short):
                # Two blank lines: a paragraph boundary the cleaner keeps.
                raw.append("\n")
            elif (
                raw
                and raw[-1] != "\n"
                and size <= last_room < _lead_width(item)
                and _wraps_on(raw[-1], text)
            ):
                # The line before left room for a character but not for this line's first
                # piece (a figure wraps whole): the piece was pushed down, so the paragraph
                # goes on here though the words before end like a sentence or a lead-in.
                raw[-1] = join_lines(raw[-1], text)
                text = ""
            if text:
                raw.append(text)
            last_bottom, last_height = item["bottom"], max(1.0, item["bottom"] - item["top"])
            last_room = right - item["x1"]
    flush()
    return parts, n_pages


def _pypdf_parts(path: Path) -> tuple[list[Part], int, str | None]:
    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise LoaderError(path, f"unreadable PDF ({exc})") from exc
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    title = str(info.title) if info is not None and info.title else None
    return ([Part("raw", text)] if text else []), len(pages), title


def load_pdf(path: Path) -> LoadedDocument:
    fallback, n_pages, title = _pypdf_parts(path)
    try:
        parts, n_pages = _plumber_parts(path)
    except (PSException, PdfminerException, ValueError, KeyError, TypeError, IndexError) as exc:
        logger.warning("pdfplumber could not read %s (%s); using plain text", path, exc)
        parts = []
    if not any(p.kind == "raw" or p.kind == "heading" for p in parts):
        parts = fallback
    if not parts:
        raise LoaderError(path, "PDF has no text layer (scanned images need OCR first)")
    meta: dict[str, Any] = {"pages": n_pages}
    if title:
        meta["title"] = title
    return LoadedDocument(path, parts, meta)
