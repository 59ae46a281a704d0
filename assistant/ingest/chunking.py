"""Chinese-aware chunking on paragraph and sentence boundaries.

Chunks never cross a section; inside one they pack whole sentences up to the
target size, prefer to end at a paragraph end, and repeat trailing sentences up
to the overlap size. Each chunk is an exact slice ``text[start:end]`` of the
cleaned document.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from assistant.ingest.clean import CleanDocument
from assistant.text import sentence_spans

_CLAUSE_END = re.compile(r"[,，、:：]")


@dataclass(frozen=True)
class Chunk:
    id: str
    doc_id: str
    section: str
    start: int
    end: int
    text: str
    ordinal: int


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


def _units(doc: CleanDocument, start: int, end: int, size: int) -> list[tuple[int, int, bool]]:
    """Sentence spans in [start, end) with a flag: does the unit end a paragraph?"""
    units: list[tuple[int, int, bool]] = []
    text = doc.text
    pos = start
    while pos < end:
        para_end = text.find("\n\n", pos, end)
        para_end = end if para_end == -1 else para_end
        spans = sentence_spans(text, pos, para_end)
        for i, (s, e) in enumerate(spans):
            pieces = _split_long(text, s, e, size)
            for j, (ps, pe) in enumerate(pieces):
                units.append((ps, pe, i == len(spans) - 1 and j == len(pieces) - 1))
        pos = para_end + 2
    return units


def chunk_document(
    doc: CleanDocument, doc_id: str, size: int, overlap: int, context: str = ""
) -> list[Chunk]:
    """Cut a cleaned document into chunks; ``context`` feeds the ids (e.g. the title)."""
    regions: list[tuple[int, int, str]] = []
    if not doc.sections:
        regions.append((0, len(doc.text), ""))
    else:
        if doc.sections[0].start > 0:
            regions.append((0, doc.sections[0].start, ""))
        for sec in doc.sections:
            body = doc.text.find("\n\n", sec.start, sec.end)
            if body != -1:
                regions.append((body + 2, sec.end, sec.title))
    chunks: list[Chunk] = []
    for r_start, r_end, section in regions:
        units = _units(doc, r_start, r_end, size)
        i = 0
        while i < len(units):
            j = i
            while j + 1 < len(units) and units[j + 1][1] - units[i][0] <= size:
                j += 1
                # Stop at a paragraph end once the chunk is reasonably full.
                if units[j][2] and units[j][1] - units[i][0] >= size * 2 // 3:
                    break
            s, e = units[i][0], units[j][1]
            text = doc.text[s:e]
            chunks.append(
                Chunk(
                    id=chunk_id(doc_id, s, text, context + "\x00" + section),
                    doc_id=doc_id,
                    section=section,
                    start=s,
                    end=e,
                    text=text,
                    ordinal=len(chunks),
                )
            )
            if j + 1 >= len(units):
                break
            # Next chunk starts with trailing sentences that fit in the overlap.
            k = j + 1
            while k - 1 > i and units[j][1] - units[k - 1][0] <= overlap:
                k -= 1
            i = k
    return chunks
