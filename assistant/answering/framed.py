"""Lists a lead-in names: a line pointing ahead to "the following <kind>:" where the kind is
the one a list question asks for, and lists a Q&A document answers: the question line that asks what the user asks (most of its
character pairs are the user's), whose answer leads in to numbered items ("the following
conditions:" then 1. 2. 3.). The question line frames the list better than any sentence
the retriever ranks first, which seldom repeats the question's words.

Module functions over an index and one question's context; no state.
"""

from __future__ import annotations

import re

from assistant.answering.evidence import Sentence, coverage
from assistant.answering.extraction import bigrams
from assistant.answering.grammar import grammar
from assistant.answering.items import colon_items, line_span, numbered_items
from assistant.answering.labelled import labelled
from assistant.answering.questions import asked_category
from assistant.answering.rarity import holds_all_rarest
from assistant.answering.units import unit_sentence
from assistant.index import Index
from assistant.text import normalize

_G = grammar()
# Share of a Q&A question line's character pairs the user's question must hold: lower
# matches another question of the same document ("which materials" against "which
# conditions"), higher misses a user question that adds the zone's name.
MIN_FRAME_SHARE = 0.75
# Documents of the retrieved units read for their Q&A lines, best first.
MAX_DOCS = 3
# A lead-in leads to a table that starts at most this many non-blank lines after it (the
# table's header line).
LEAD_TO_TABLE_LINES = 1
_FORWARD = tuple(_G.raw["lists"]["forward_pointers"])
# The asked kind opens the items when a colon follows it within this many characters (a
# copula between them).
MAX_KIND_TO_COLON = 2


def _asked_line(text: str) -> str:
    """A Q&A question line without its marker (a numbered "Q" or an asking label)."""
    m = _G.qa_question.match(text)
    return normalize(text[m.end() :] if m else text)


def framed_items(index: Index, sentences: list[Sentence], question: str, terms: list):
    """(answer unit, item spans) of the Q&A pair whose question line is the user's, or None."""
    asked = bigrams(normalize(question))
    own = [t for t in terms if t.primary and t.known and t.is_content]
    best = None
    for doc_id in list(dict.fromkeys(s.doc_id for s in sentences))[:MAX_DOCS]:
        doc = index.document(doc_id)
        if not holds_all_rarest(own, normalize(f"{doc.title}\n{doc.text}")):
            continue
        units = doc.units
        for i, unit in enumerate(units[:-1]):
            if unit.get("kind") != "question":
                continue
            pairs = bigrams(_asked_line(doc.text[unit["start"] : unit["end"]]))
            share = len(pairs & asked) / len(pairs) if pairs else 0.0
            answer = units[i + 1]
            if share < MIN_FRAME_SHARE or answer.get("kind") != "answer":
                continue
            sent = unit_sentence(doc_id, doc, answer, 1)
            spans = numbered_items(doc.text, sent)
            if spans and (best is None or share > best[0]):
                best = (share, sent, spans)
    return best[1:] if best else None


def _holds_all_rarest(doc, terms: list) -> bool:
    own = [t for t in terms if t.primary and t.known and t.is_content]
    return holds_all_rarest(own, normalize(f"{doc.title}\n{doc.text}"))


def _last_noun(question: str, terms: list) -> str | None:
    """The question's own noun said last ("the main goals" in "what are the main goals"): the
    kind a question asks for when no asking word precedes it."""
    norm = normalize(question)
    placed = [(norm.rfind(t.text), t.text) for t in terms if t.primary and t.known and t.is_content]
    placed = [p for p in placed if p[0] >= 0]
    return max(placed)[1] if placed else None


def kind_led_items(index: Index, sentences: list[Sentence], question: str, terms: list):
    """(lead-in unit, item spans) for the first retrieved line that points ahead to the very
    kind the question asks for ("the following conditions:" for "which conditions") and
    opens numbered items, in a document holding the question's rarest word; or None."""
    kind = asked_category(question) or _last_noun(question, terms)
    if not kind:
        return None
    # A noun phrase ends with its head: "以下机构" points ahead to "哪些市直部门派驻机构" too.
    kinds = {kind, _last_noun(question, terms) or kind}
    pointers = tuple(normalize(f + k) for f in _FORWARD for k in kinds)
    # "主要目标是：A，B，C": the kind right before the colon that opens the items.
    opened = re.compile(re.escape(normalize(kind)) + f".{{0,{MAX_KIND_TO_COLON}}}:")
    best, best_cover = None, -1.0
    for sent in sentences:
        doc = index.document(sent.doc_id)
        # The sentence itself, else its line: items a colon opens end with its sentence.
        ls, le = line_span(doc.text, sent.start)
        for s, e in ((sent.start, sent.end), (ls, le)):
            text = normalize(doc.text[s:e])
            if any(p in text for p in pointers) or opened.search(text) or labelled(text, question):
                break
        else:
            continue
        if not _holds_all_rarest(doc, terms):
            continue
        unit = Sentence(sent.doc_id, doc.title, "", s, e, doc.text[s:e], sent.rank)
        spans = numbered_items(doc.text, unit) or colon_items(doc.text, unit)
        if not spans and any(p in text for p in pointers):
            spans = led_table(doc, e)  # "以下机构…" over a table of them
        # Of several lead-ins to the asked kind (the conditions to be recognised, those to
        # graduate), the one saying most of what the question names with its context; the
        # first retrieved on a tie.
        cover = coverage(terms, normalize(f"{sent.context_norm}\n{text}"))
        if spans and cover > best_cover:
            best, best_cover = (unit, spans), cover
    return best


def led_table(doc, lead_end: int) -> list[tuple[int, int]]:
    """The name cells of the table right after a lead-in ("the following bodies" then a
    table of them): spans of each row's first column that names things rather than numbering
    them; empty when no table follows."""
    rows = sorted(doc.table_rows().items())
    after = [r for start, r in rows if start >= lead_end]
    if not after:
        return []
    between = doc.text[lead_end : after[0]["start"]]
    if len([line for line in between.splitlines() if line.strip()]) > LEAD_TO_TABLE_LINES:
        return []
    table = [r for r in after if r.get("table") == after[0].get("table")]
    columns = len(after[0].get("cells") or ())
    for col in range(columns):
        cells = [(r, (r.get("cells") or [""] * columns)[col].strip()) for r in table]
        if not all(c and not c.isdigit() for _, c in cells):
            continue  # a serial number or an empty cell names nothing
        spans = []
        for r, c in cells:
            at = doc.text.find(c, r["start"], r["end"])
            if at < 0:
                return []
            spans.append((at, at + len(c)))
        return spans
    return []
