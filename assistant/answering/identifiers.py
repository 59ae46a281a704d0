"""A document's own identifier (文号, 令号), read from its opening lines.

A question asking for a document's identifier names the document by its subject
("湖南省开发区管理办法是以什么文号公布的"); the identifier sits under the title, seldom in a
retrieved passage, and an identifier cited further down names another document (the rule
a revision replaces). Module functions over an index and one question's context; no state.
"""

from __future__ import annotations

import re

from assistant.answering.composing import Context, doc_date
from assistant.answering.evidence import Sentence, coverage
from assistant.answering.extraction import line_span
from assistant.answering.grammar import grammar
from assistant.answering.rendering import render_conflict
from assistant.index import Index, StoredDocument
from assistant.text import normalize

_G = grammar()
# Characters after the title that count as a document's opening lines (文号, issuer, date).
HEADER_CHARS = 240
# Share of the question's weighted own terms the document's title must hold: the question
# names the document whose identifier it asks for.
MIN_TITLE_COVERAGE = 0.5


def in_header(word: str) -> bool:
    """Is this kind of identifier one a document states in its opening lines?"""
    return any(word in i["words"] and i.get("in_header") for i in _G.raw["identifiers"])


def header_identifier(index: Index, ctx: Context, pattern: re.Pattern[str], offset: int = 0):
    """(direct answer, quotes, has markers) from the opening lines of the document the
    question names; documents it names equally well (a rule and its revision) are each
    shown with their number, newest first."""
    own = [t for t in ctx.terms if t.primary and not t.category]
    found: list[tuple[float, StoredDocument, re.Match[str]]] = []
    for doc_id in dict.fromkeys(s.doc_id for s in ctx.sentences):
        doc = index.document(doc_id)
        head = doc.text[: len(doc.title) + HEADER_CHARS]
        named = normalize(f"{doc.title}\n{head}")
        # Years and versions the question names must be the document's ("2023年修订版").
        if not all(n in named for n in ctx.aq.numbers):
            continue
        cover = coverage(own, normalize(doc.title))
        m = pattern.search(head)
        if m is not None and cover >= MIN_TITLE_COVERAGE:
            found.append((cover, doc, m))
    if not found:
        return None
    top = max(c for c, _, _ in found)
    best = [(doc, m) for c, doc, m in found if c == top]
    quotes = []
    for doc, m in best:
        s, e = line_span(doc.text, m.start())
        first = next(x for x in ctx.sentences if x.doc_id == doc.doc_id)
        unit = Sentence(doc.doc_id, doc.title, first.section, s, e, doc.text[s:e], 0)
        quotes.append((unit, (m.start(), m.end())))
    if len({m.group(0) for _, m in best}) == 1:
        return best[0][1].group(0) + "。", quotes[:1], False
    dated = sorted(
        zip(best, quotes, strict=True), key=lambda x: doc_date(x[0][0]) or "", reverse=True
    )
    rows = [
        (m.group(0), doc.title, doc_date(doc), n)
        for n, ((doc, m), _) in enumerate(dated, start=offset + 1)
    ]
    return render_conflict(rows), [q for _, q in dated], True
