"""Chinese-aware chunking over the document's units.

Chunks never cross a heading or a table boundary. In running text they pack whole
sentences up to the target size, prefer to end at a paragraph end, and repeat trailing
sentences up to the overlap size. In a table they pack whole rows (a row is never
split, even when longer than the target) and every chunk of the table carries the
table's header as context. Each chunk is an exact slice ``text[start:end]`` of the
cleaned document, and knows its heading path, its table header and caption, and the
question a Q&A answer in it replies to.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from assistant.ingest.clean import CleanDocument
from assistant.ingest.document import CELL_SEP, Unit
from assistant.text import sentence_spans

_CLAUSE_END = re.compile(r"[,，、:：]")


@dataclass(frozen=True)
class Chunk:
    id: str
    doc_id: str
    section: str  # the innermost heading (below the document title), "" directly under it
    start: int
    end: int
    text: str
    ordinal: int
    heading_path: list[str] = field(default_factory=list)
    table_header: str | None = None  # column names, joined like the cells of a row
    caption: str | None = None  # the table's caption or the line before the table
    question: str | None = None  # the question answered here, when it is not in the chunk

    def context(self, title: str = "") -> str:
        """What the chunk means beyond its words, in one line."""
        return context_line(
            title, self.heading_path, self.caption, self.table_header, self.question
        )


def context_line(
    title: str,
    heading_path: list[str],
    caption: str | None,
    table_header: str | None,
    question: str | None,
) -> str:
    """Title, heading path, table caption and header, and Q&A question, joined by " / "."""
    bits = [title, *heading_path, caption, table_header, question]
    return " / ".join(b for b in bits if b)


def chunk_id(doc_id: str, start: int, text: str, context: str) -> str:
    digest = hashlib.sha1(f"{start}\x00{context}\x00{text}".encode()).hexdigest()[:16]
    return f"{doc_id}:{digest}"


def _split_long(text: str, s: int, e: int, size: int) -> list[tuple[int, int]]:
    """Split a sentence longer than ``size`` at clause punctuation, else hard-cut."""
    pieces: list[tuple[int, int]] = []
    while e - s > size:
        window = text[s : s + size]
        cuts = [m.end() for m in _CLAUSE_END.finditer(window) if m.end() >= size // 3]
        cut = s + (cuts[-1] if cuts else size)
        pieces.append((s, cut))
        s = cut
    pieces.append((s, e))
    return pieces


@dataclass
class _Piece:
    start: int
    end: int
    para_end: bool
    unit: Unit


def _regions(units: list[Unit]) -> list[list[Unit]]:
    """Runs of units under one heading, with each table its own run; headings cut runs."""
    regions: list[list[Unit]] = []
    current: list[Unit] = []
    key: tuple | None = None
    for u in units:
        if u.kind == "heading":
            if current:
                regions.append(current)
            current, key = [], None
            continue
        k = (tuple(u.heading_path), u.table)
        if current and k != key:
            regions.append(current)
            current = []
        current.append(u)
        key = k
    if current:
        regions.append(current)
    return regions


def _pieces(text: str, region: list[Unit], size: int) -> list[_Piece]:
    pieces: list[_Piece] = []
    for u in region:
        if u.table is not None:
            pieces.append(_Piece(u.start, u.end, True, u))
            continue
        spans = sentence_spans(text, u.start, u.end)
        for i, (s, e) in enumerate(spans):
            parts = _split_long(text, s, e, size)
            for j, (ps, pe) in enumerate(parts):
                last = i == len(spans) - 1 and j == len(parts) - 1
                pieces.append(_Piece(ps, pe, last, u))
    return pieces


def _context_of(pieces: list[_Piece]) -> tuple[str | None, str | None, str | None]:
    first = pieces[0].unit
    header = caption = None
    if first.table is not None:
        names = next((p.unit.header for p in pieces if p.unit.header), None)
        header = CELL_SEP.join(names) if names and any(names) else None
        caption = first.caption
    asked = {p.unit.question for p in pieces if p.unit.kind == "question"}
    question = next(
        (p.unit.question for p in pieces if p.unit.question and p.unit.question not in asked),
        None,
    )
    return header, caption, question


def chunk_document(
    doc: CleanDocument, doc_id: str, size: int, overlap: int, context: str = ""
) -> list[Chunk]:
    """Cut a cleaned document into chunks; ``context`` feeds the ids (e.g. the title)."""
    chunks: list[Chunk] = []
    for region in _regions(doc.units):
        is_table = region[0].table is not None
        pieces = _pieces(doc.text, region, size)
        i = 0
        while i < len(pieces):
            j = i
            while j + 1 < len(pieces) and pieces[j + 1].end - pieces[i].start <= size:
                j += 1
                # Stop at a paragraph end once the chunk is reasonably full.
                if (
                    not is_table
                    and pieces[j].para_end
                    and pieces[j].end - pieces[i].start >= size * 2 // 3
                ):
                    break
            s, e = pieces[i].start, pieces[j].end
            text = doc.text[s:e]
            header, caption, question = _context_of(pieces[i : j + 1])
            path = list(region[0].heading_path)
            own = context_line(context, path, caption, header, question)
            chunks.append(
                Chunk(
                    id=chunk_id(doc_id, s, text, own),
                    doc_id=doc_id,
                    section=path[-1] if path else "",
                    start=s,
                    end=e,
                    text=text,
                    ordinal=len(chunks),
                    heading_path=path,
                    table_header=header,
                    caption=caption,
                    question=question,
                )
            )
            if j + 1 >= len(pieces):
                break
            # Next chunk starts with trailing sentences that fit in the overlap (not rows).
            k = j + 1
            while not is_table and k - 1 > i and pieces[j].end - pieces[k - 1].start <= overlap:
                k -= 1
            i = k
    return chunks
