"""Reading tables for answers: each table a retrieved row belongs to, whole, and its
cells — a cell's text without its gloss, the rank a row holds, the question as it may name
a cell. Module functions over an index; no state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.evidence import Sentence, lexicon, table_rows
from assistant.answering.grammar import grammar
from assistant.index import Index
from assistant.text import normalize

_G = grammar()
_T = _G.raw["tables"]
_RANK_HEADERS = tuple(_T["rank_headers"])
_BRACKETED = re.compile(r"[（(][^）)]*[）)]")
DIGITS = re.compile(r"\d+(?:\.\d+)?")
# A table longer than this is not read whole for one question (latency); its retrieved
# rows still answer through the sentence path.
MAX_TABLE_ROWS = 300
# A cell shorter than this ("无", "是") names nothing a question could mean.
MIN_CELL_CHARS = 2


@dataclass
class Table:
    doc_id: str
    context: str  # title, section and caption, normalised
    rows: list[Sentence]


def cell_text(row: Sentence, header: str) -> str | None:
    for h, c in zip(row.header, row.cells, strict=False):
        if h == header:
            return c.strip()
    return None


def cell_core(cell: str) -> str:
    """A cell without its bracketed gloss: "Class B (leading talent)" is named "Class B"."""
    return normalize(_BRACKETED.sub("", cell)).strip()


def is_rank_header(header: str) -> bool:
    norm = normalize(header)
    return any(w in norm for w in _RANK_HEADERS)


def rank_of(row: Sentence) -> int | None:
    for h, c in zip(row.header, row.cells, strict=False):
        if is_rank_header(h) and c.strip().isdigit():
            return int(c.strip())
    return None


def overlap(a: str, b: str) -> int:
    """Length of the longest run of characters the two texts share."""
    best = 0
    for i in range(len(a)):
        j = i + best + 1
        while j <= len(a) and a[i:j] in b:
            best = j - i
            j += 1
    return best


def question_forms(text: str) -> list[str]:
    """The question as written and with each domain abbreviation spelt out (lexicon group
    ``synonyms``), all normalised."""
    synonyms, _ = lexicon()
    q = normalize(text)
    forms = [q]
    for word, variants in synonyms.items():
        if len(word) >= MIN_CELL_CHARS and word in q:
            forms.extend(q.replace(word, v) for v in variants)
    return forms


def tables_of(index: Index, sentences: list[Sentence], whole_docs: bool = False) -> list[Table]:
    """Each table a retrieved row belongs to, whole, in order of its best retrieved row;
    with ``whole_docs`` also every table of the retrieved documents (a rank asked for by
    number, "which one is No. 18", is seldom what ranks a row)."""
    out: list[Table] = []
    done: set[tuple[str, int]] = set()
    anchors = [s for s in sentences if s.cells]
    if whole_docs:
        docs = list(dict.fromkeys(s.doc_id for s in sentences))
        for doc_id in docs:
            firsts: dict[int, dict] = {}
            for r in table_rows(index.document(doc_id)).values():
                firsts.setdefault(r.get("table"), r)
            doc = index.document(doc_id)
            rank = min(s.rank for s in sentences if s.doc_id == doc_id)
            anchors += [
                Sentence(doc_id, doc.title, "", r["start"], r["end"], "", rank)
                for r in firsts.values()
            ]
    for sent in anchors:
        doc = index.document(sent.doc_id)
        rows = table_rows(doc)
        row = rows.get(sent.start)
        if row is None or (sent.doc_id, row.get("table")) in done:
            continue
        done.add((sent.doc_id, row.get("table")))
        members = sorted(
            (r for r in rows.values() if r.get("table") == row.get("table")),
            key=lambda r: r["start"],
        )
        if len(members) > MAX_TABLE_ROWS:
            continue
        caption = row.get("caption") or ""
        units = [
            Sentence(
                sent.doc_id,
                sent.title,
                sent.section,
                r["start"],
                r["end"],
                doc.text[r["start"] : r["end"]],
                sent.rank,
                caption + "\n",
                tuple(r.get("header") or ()),
                tuple(r.get("cells") or ()),
            )
            for r in members
            if r.get("cells")
        ]
        context = normalize(f"{sent.title}\n{sent.section}\n{caption}")
        out.append(Table(sent.doc_id, context, units))
    return out
