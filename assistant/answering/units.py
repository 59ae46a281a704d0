"""Evidence units gathered from retrieved chunks: the sentences of each hit, run on to the
sentence's end, each read with what frames it (the paragraph before it, its article's
lead-in, its Q&A question, its table row's header and caption, its document's metadata),
and the clauses of a unit. What a unit is (``Sentence``) and how well it covers a question's
terms is in ``evidence``.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from assistant.answering.evidence import Sentence
from assistant.answering.grammar import grammar
from assistant.answering.headings import heading_path
from assistant.index import Hit, Index
from assistant.text import sentence_spans

_G = grammar()
# A colon between digits is a time of day (8:45), not a clause break.
CLAUSE_SPLIT = re.compile(r"[,，;；。！？!?]|(?<!\d)[:：]|[:：](?!\d)")
# How much of a paragraph before a sentence is read as its context.
CONTEXT_CHARS = 160
# An article's lead-in ("Article 9: zones rated excellent get an operating subsidy:") is
# the context of the paragraphs it leads into up to this far after it: further, a chapter
# or a loose paragraph may have begun that the lead-in does not govern.
ARTICLE_SCOPE_CHARS = 600
_ARTICLE = re.compile(_G.raw["lists"]["article_marker"], re.MULTILINE)
_LEAD_END = re.compile(r"[:：]\s*$")
# An article line that is only its caption ("Article 11  Early termination"): no clause
# mark in it and at most this many characters after its marker. It names the matter of
# every paragraph of the article, as a lead-in ending with a colon does.
ARTICLE_CAPTION_CHARS = 16
_CLAUSE_MARK = re.compile(r"[,，;；。！？!?:：]")


def unit_sentence(doc_id: str, doc, unit: dict, rank: int) -> Sentence:
    """One stored unit of a document as a sentence to quote, without its section path."""
    s, e = unit["start"], unit["end"]
    return Sentence(doc_id, doc.title, "", s, e, doc.text[s:e], rank)


def gather_sentences(index: Index, hits: list[Hit]) -> list[Sentence]:
    seen: set[tuple[str, int]] = set()
    out: list[Sentence] = []
    for rank, hit in enumerate(hits, start=1):
        doc = index.document(hit.doc_id)
        if doc is None:
            continue
        spans = sentence_spans(doc.text, hit.start, _sentence_end(doc.text, hit.end))
        for s, e in _whole_rows(table_rows(doc), spans):
            if (hit.doc_id, s) in seen:
                continue
            seen.add((hit.doc_id, s))
            para = doc.text.rfind("\n\n", 0, s)
            before = doc.text[max(para + 2 if para >= 0 else 0, s - CONTEXT_CHARS) : s]
            frame = qa_question_before(doc.text, s)
            before = frame + article_lead(doc.text, s, para) + before
            row = table_rows(doc).get(s)
            if row is not None and row.get("end") == e:
                before = frame = (row.get("caption") or "") + "\n"
                header, cells = tuple(row.get("header") or ()), tuple(row.get("cells") or ())
            else:
                header, cells = (), ()
            out.append(
                Sentence(
                    hit.doc_id,
                    hit.title,
                    hit.section,
                    s,
                    e,
                    doc.text[s:e],
                    rank,
                    before,
                    header,
                    cells,
                    document_context(doc.metadata),
                    frame,
                    heading_path(doc.sections, s),
                )
            )
    return out


def _whole_rows(rows: dict[int, dict], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans with each piece of a table row made the whole row: a cell holding a
    sentence stop (items of a cell set apart by semicolons) does not cut its row, which
    is read with its header and cells as one unit."""
    if not rows:
        return spans
    starts = sorted(rows)
    out: list[tuple[int, int]] = []
    for s, e in spans:
        at = bisect_right(starts, s) - 1
        if at >= 0 and s < rows[starts[at]]["end"]:
            s, e = starts[at], max(e, rows[starts[at]]["end"])
        if not out or out[-1] != (s, e):
            out.append((s, e))
    return out


# Metadata fields that say when, by whom and where a document speaks: a question's year,
# body or place holds for a unit when its document's metadata names it.
CONTEXT_METADATA = ("date", "year", "issuer", "region")


def document_context(metadata: dict | None) -> str:
    """The metadata a unit's constraints may be found in, as one line."""
    meta = metadata or {}
    return " ".join(str(meta[k]) for k in CONTEXT_METADATA if meta.get(k))


def table_rows(doc) -> dict[int, dict]:
    """A document's table rows by start offset (kept with the document's record)."""
    return doc.table_rows()


_SENTENCE_STOP = re.compile(r"[。！？；!?;\n]")
# A chunk may end inside a sentence; its units run on to the sentence's end, this far at most.
MAX_SENTENCE_RUN = 300


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence running at ``pos`` ends (a chunk boundary may cut it)."""
    if pos <= 0 or pos >= len(text) or _SENTENCE_STOP.match(text, pos - 1):
        return pos
    m = _SENTENCE_STOP.search(text, pos, pos + MAX_SENTENCE_RUN)
    return m.end() if m else pos


def article_lead(text: str, pos: int, para: int) -> str:
    """The lead-in of the article a paragraph belongs to, when that lead-in ends with a
    colon or is the article's bare caption (either governs the paragraphs after it) and is
    another paragraph than the unit's."""
    last = None
    for m in _ARTICLE.finditer(text, max(0, pos - ARTICLE_SCOPE_CHARS), pos):
        last = m
    if last is None or last.start() > para:
        return ""
    end = text.find("\n", last.start())
    lead = text[last.start() : end if 0 <= end < pos else pos]
    caption = lead[last.end() - last.start() :].strip() if 0 <= end < pos else ""
    return lead + "\n" if _LEAD_END.search(lead) or _caption_only(caption) else ""


def _caption_only(caption: str) -> bool:
    """Is what follows an article's marker on its line only the article's caption?"""
    return 0 < len(caption) <= ARTICLE_CAPTION_CHARS and not _CLAUSE_MARK.search(caption)


def qa_question_before(text: str, pos: int) -> str:
    """For a sentence of a Q&A answer (after an answer marker), the question line it answers:
    its context."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not _G.qa_answer.match(text, line_start):
        return ""
    prev_end = line_start - 1
    while prev_end > 0 and text[prev_end - 1] == "\n":
        prev_end -= 1
    prev_start = text.rfind("\n", 0, prev_end) + 1
    if _G.qa_question.match(text, prev_start):
        return text[prev_start:prev_end] + "\n"
    return ""


def clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """Clause spans (document offsets) inside a sentence."""
    spans = []
    pos = 0
    text = sentence.text
    for m in CLAUSE_SPLIT.finditer(text):
        if m.start() > pos:
            spans.append((sentence.start + pos, sentence.start + m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((sentence.start + pos, sentence.start + len(text)))
    return [(s, e) for s, e in spans if e > s]
