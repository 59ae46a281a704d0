"""Composing direct answers that need more than one clause: complete lists (an enumeration, a
lead-in with its items, a section's items) and table rows, and the :class:`Context` every
answerer of one question shares. Documents that disagree on a value are composed in
``conflicts``; the parts of answers (a span as a sentence, a citation, a value's unit and
amount) are in ``answer_parts``.

Module functions over an index and one question's :class:`Context`; no state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.answering.counted import counted_items
from assistant.answering.enumerations import Enumeration, find_enumerations
from assistant.answering.evidence import NUMBER, Sentence, Term, coverage
from assistant.answering.extraction import bigrams, pattern_hit
from assistant.answering.framed import framed_items, kind_led_items
from assistant.answering.grammar import grammar
from assistant.answering.items import colon_items, line_span, numbered_items
from assistant.answering.questions import AnalyzedQuestion, asked_category, plain_asking
from assistant.answering.sections import section_items
from assistant.index import Index
from assistant.messages import msg
from assistant.text import normalize

_G = grammar()
# Candidates within this score of the best may hold the list or a conflicting value.
NEAR_BEST = 0.15
# A lead-in ends with a colon; it opens at least two items.
_LEAD_IN_COLON = re.compile(r"[:：]\s*$")
MIN_LED_ITEMS = 2
# Enumeration choice: its lead-in, its sentence and its items; a stated count equal to
# the asked one wins, another count loses.
ENUM_HEAD, ENUM_SENTENCE, ENUM_ITEMS = 1.0, 0.3, 0.1
ENUM_COUNT_MATCH, ENUM_COUNT_MISMATCH = 0.5, -0.3
# Two things joined by a conjunction alone are a list less surely than a run with enumeration
# commas: they lose this much against one.
ENUM_BY_WORD = -0.2
# A run whose own words name the kind asked ("支票、汇票等非现金形式" for "哪些形式") wins this
# much over a run elsewhere in the sentence that only shares its topic: higher, and a kind
# word said in passing outweighs a lead-in naming the list asked.
ENUM_KIND_NAMED = 0.5
# An enumerated item whose character pairs are more than this share the question's is what
# the question is about, not the one it asks for.
SUBJECT_SHARE = 0.5
# A list holding the very thing a list question is about ("what does field X develop"
# against a list of fields naming X) lists its fellows, not what is asked: it loses this
# much. Items shorter than this are not taken as named (a one-word item inside a longer
# word).
ENUM_NAMES_SUBJECT, MIN_NAMED_ITEM = -0.5, 3
# The unit right after a line that only counts the things starts within this many
# characters of its end (a line break, a paragraph break); its run answers when it holds
# at least this many items (two joined by a word are a pair, not the list).
NEXT_UNIT_CHARS, MIN_RUN_ITEMS = 3, 3
# A quoted name opening an item ("“A” is ...").
_QUOTED_NAME = re.compile(r"[“\"「『]([^”\"」』]{1,16})[”\"」』]")
# Question types a line announcing a count of things answers with those things.
_COUNTED_TYPES = ("list", "definition")


@dataclass
class Context:
    """What one question needs while it is answered (never stored on the answerer)."""

    aq: AnalyzedQuestion
    terms: list[Term]
    phrase: str
    sentences: list[Sentence]
    # Results computed once for this context (its units' scores); a replaced context
    # (other sentences or terms) starts empty.
    kept: dict = field(default_factory=dict, init=False, repr=False, compare=False)


@dataclass
class Extracted:
    """An extractive answer: refused or not, the direct answer and its quoted units."""

    refused: bool
    direct: str = ""
    quotes: list[tuple[Sentence, tuple[int, int] | None]] = field(default_factory=list)
    related: list[Sentence] = field(default_factory=list)
    inline_markers: bool = False  # the direct answer already carries its [n] markers


def list_answer(index: Index, ctx: Context, typed: list[tuple[Sentence, float]], best_score: float):
    aq, terms = ctx.aq, ctx.terms
    top = [s for s, sc in typed if sc >= best_score - NEAR_BEST][:4]
    framed = (
        framed_items(index, ctx.sentences, aq.text, terms)
        or kind_led_items(index, ctx.sentences, aq.text, terms)
        if aq.qtype == "list"
        else None
    )
    if framed is not None:
        # A Q&A pair asking what the user asks, or a line pointing ahead to the kind asked
        # for, leading in to numbered items.
        sent, spans = framed
        items = [index.document(sent.doc_id).text[s:e] for s, e in spans]
        direct = msg("list_answer", count=len(items), items=join_items(items))
        return direct, [_line_quote(index, sent, spans)]
    counted = _asked_count(aq)
    if aq.qtype == "list":
        # Items on numbered lines (materials, steps) or numbered inside an article.
        for sent in top:
            doc_text = index.document(sent.doc_id).text
            spans = (
                numbered_items(doc_text, sent)
                or colon_items(doc_text, sent)
                or counted_items(doc_text, sent, aq.text)
            )
            # A run holding the item asked about lists its siblings, not what is asked of it.
            question = normalize(aq.text)
            if counted is not None and len(spans) != counted:
                continue  # "哪两个" is not answered by three lines
            if (
                spans
                and not any(normalize(doc_text[s:e]) in question for s, e in spans)
                and not _opens_with_asked_name(doc_text, spans, question)
            ):
                items = [doc_text[s:e] for s, e in spans]
                direct = msg("list_answer", count=len(items), items=join_items(items))
                return direct, [_line_quote(index, sent, spans)]
    en = _choose_enumeration(index, top, terms, aq)
    if top and (en is None or en.by_word):
        # A line stating only how many there are ("…和下属单位7个") is followed by the one
        # listing them: the covering unit right after it holds the run.
        after = [
            s
            for s, _ in typed
            if s.doc_id == top[0].doc_id and 0 <= s.start - top[0].end <= NEXT_UNIT_CHARS
        ]
        found = _choose_enumeration(index, after, terms, aq)
        if found is not None and not found.by_word and len(found.items) >= MIN_RUN_ITEMS:
            en = found
    if counted is not None and (en is None or counted not in (en.stated, len(en.items))):
        # "哪九个": an enumeration of that many items anywhere among the covering units
        # answers better than a near one of another size.
        wider = _choose_enumeration(index, [s for s, _ in typed], terms, aq)
        if wider is not None and counted in (wider.stated, len(wider.items)):
            en = wider
    kind = asked_category(aq.text) if aq.qtype == "list" else None
    if kind and (en is None or not _items_of_kind(_en_text(index, en), en.items, kind)):
        # "哪几类物流": a run of that kind's sorts among the covering units answers better
        # than a near run of other things.
        wider = _choose_enumeration(index, [s for s, _ in typed], terms, aq)
        if wider is not None and _items_of_kind(_en_text(index, wider), wider.items, kind):
            en = wider
    if en is None:
        return None
    en_text = index.document(en.sentence.doc_id).text
    if aq.qtype == "list":
        items: list[str] = []
        for s, e in en.items:
            if en_text[s:e] not in items:
                items.append(en_text[s:e])
        if en.label and en.stated == len(items):
            direct = msg("list_answer_labelled", label=en.label, items=join_items(items))
        else:
            direct = msg("list_answer", count=len(items), items=join_items(items))
        return direct, [(en.sentence, (en.items[0][0], en.items[-1][1]))]
    if _G.which_one.search(plain_asking(aq.text)):
        # "北部片区叫什么？": the one item that carries the question's term.
        question = normalize(aq.text)
        for s, e in en.items:
            item = normalize(en_text[s:e])
            if of_another_kind(item, aq.text):
                continue  # "which district" is not answered by a town
            # The item the question itself names is its subject, not its answer: most of
            # its character pairs are the question's ("考核评价工作" in "…考核评价由哪个部门").
            pairs = bigrams(item)
            named = len(pairs & bigrams(question)) > SUBJECT_SHARE * len(pairs)
            if coverage(terms, item) > 0 and item not in question and not named:
                return en_text[s:e] + "。", [(en.sentence, (s, e))]
    return None


# Question types a lead-in holding their value answers itself (a verdict, a period, a
# date), not by the items it opens.
OWN_VALUE_TYPES = ("yesno", "duration", "date")


def states_amount(aq: AnalyzedQuestion, sent: Sentence) -> bool:
    """Does a lead-in of a number question state an amount itself (the most points a bonus
    may add, the reward its conditions earn), beside the numbers the question names? Its
    items are then the conditions, not the value asked."""
    if aq.qtype != "number":
        return False
    text = sent.text
    for n in aq.numbers:
        text = text.replace(n, " ")
    return pattern_hit(NUMBER, text)


def lead_in_answer(
    index: Index, sent: Sentence, aq: AnalyzedQuestion | None = None, typed: bool = False
):
    """A sentence that only leads in (a conditions clause ending in a colon) answers with
    the numbered items it opens, whatever the question's type; so does a line announcing a
    count of the things a list or definition question asks about (what "the three
    major actions" are); None for any other sentence, and for a lead-in ``typed`` for a
    question of OWN_VALUE_TYPES (it holds the value asked)."""
    if typed and aq is not None and (aq.qtype in OWN_VALUE_TYPES or states_amount(aq, sent)):
        return None
    doc_text = index.document(sent.doc_id).text
    if not sent.text.rstrip().endswith((":", "：")):
        if aq is None or aq.qtype not in _COUNTED_TYPES:
            return None
        spans = counted_items(doc_text, sent, aq.text)
    else:
        spans = numbered_items(doc_text, sent)
    if not spans:
        return None
    items = [doc_text[s:e] for s, e in spans]
    return msg("list_answer", count=len(items), items=join_items(items)), [
        _line_quote(index, sent, spans)
    ]


def section_list(index: Index, ctx: Context):
    """A list question answered by the numbered items of the section its asked noun heads
    (a question on the steps of a procedure answered by the items under the procedure
    heading): the items seldom repeat the heading's word."""
    asked = _asked_term(ctx.aq, ctx.terms)
    # The asked kind first (which materials); else the word right before the asking word,
    # which a heading may name (the filing basis, under a heading on the basis).
    found = None
    before = _term_before_asking(ctx)
    for term in [t for t in (asked, before if before is not asked else None) if t is not None]:
        found = section_items(index, ctx.sentences, term, ctx.terms, ctx.aq.text)
        if found is not None:
            break
    if found is None:
        return None
    unit, spans = found
    counted = _asked_count(ctx.aq)
    if counted is not None and counted != len(spans):
        return None  # "哪两项" is not answered by a section of seven items
    if _leads_in_within(index, ctx, unit.doc_id, spans, asked):
        return None  # a lead-in inside the section opens the list asked, not its parts
    items = [index.document(unit.doc_id).text[s:e] for s, e in spans]
    direct = msg("list_answer", count=len(items), items=join_items(items))
    return direct, [(unit, (spans[0][0], spans[-1][1]))]


def _leads_in_within(
    index: Index, ctx: Context, doc_id: str, spans: list[tuple[int, int]], asked: Term | None
) -> bool:
    """Is one of the question's units inside the section's items a lead-in (it ends with a
    colon) holding the asked word and opening items of its own ("the cases below do not
    qualify:" under a section whose parts are meaning, conditions, cases)?"""
    if asked is None:
        return False
    doc_text = index.document(doc_id).text
    return any(
        s.doc_id == doc_id
        and spans[0][0] <= s.start <= line_span(doc_text, spans[-1][1])[1]
        and _LEAD_IN_COLON.search(s.text)
        and asked.found_in(s.norm)
        and len(numbered_items(doc_text, s)) >= MIN_LED_ITEMS
        for s in ctx.sentences
    )


def join_items(items: list[str]) -> str:
    """Items joined for a list answer: by enumeration commas, or by semicolons when an item
    holds an enumeration comma itself (an item naming two papers stays one item)."""
    inner = msg("list_item_joiner")
    wide = any(inner in item for item in items)
    return msg("list_item_joiner_wide" if wide else "list_item_joiner").join(items)


def _term_before_asking(ctx: Context) -> Term | None:
    """The question's own term said last before its asking word (the basis in "the basis is
    which documents")."""
    norm = normalize(ctx.aq.text)
    m = _G.which_asking.search(norm)
    if m is None:
        return None
    before = norm[: m.start()]
    placed = [(before.rfind(t.text), t) for t in ctx.terms if t.primary and t.known]
    placed = [(at, t) for at, t in placed if at >= 0]
    return max(placed, key=lambda x: x[0] + len(x[1].text))[1] if placed else None


def _asked_term(aq: AnalyzedQuestion, terms: list[Term]) -> Term | None:
    """What a list question asks for: the kind after its asking word ("which materials"),
    else its last own term."""
    own = [t for t in terms if t.primary]
    category = asked_category(aq.text)
    named = [t for t in own if t.text == category]
    return named[0] if named else (own[-1] if own else None)


def _line_quote(index: Index, sent: Sentence, spans: list[tuple[int, int]]):
    """The quote of a numbered list: from the lead-in to the last item."""
    doc = index.document(sent.doc_id)
    start, end = min(sent.start, spans[0][0]), max(sent.end, spans[-1][1])
    unit = Sentence(sent.doc_id, sent.title, sent.section, start, end, doc.text[start:end], 0)
    return unit, (spans[0][0], spans[-1][1])


def _asked_count(aq: AnalyzedQuestion) -> int | None:
    """The number of items a list question asks for ("which two" -> 2)."""
    m = _G.asked_count.search(aq.text)
    return _G.small_number(next(g for g in m.groups() if g)) if m else None


def _opens_with_asked_name(doc_text: str, spans: list[tuple[int, int]], question: str) -> bool:
    """Does an item open with a quoted name the question asks about (a layout's parts, each
    item naming one part and what it is)? The question then asks what that item says, not
    for the run of parts."""
    for s, e in spans:
        m = _QUOTED_NAME.match(doc_text, s, e)
        if m is not None and normalize(m.group(1)) in question:
            return True
    return False


def _choose_enumeration(
    index: Index, sentences: list[Sentence], terms: list[Term], aq: AnalyzedQuestion
) -> Enumeration | None:
    asked = _asked_count(aq)
    # A follow-up's own words decide which list it means ("那生物医药方面…").
    terms = [t for t in terms if t.primary] or terms
    best, best_score = None, 0.0
    kind = asked_category(aq.text) if aq.qtype == "list" else None
    question = normalize(aq.text)
    for sent in sentences:
        doc_text = index.document(sent.doc_id).text
        for en in find_enumerations(sent):
            if kind and en.label and kind not in normalize(f"{en.label} {en.head}"):
                # The source names its items' kind ("four priorities"): a list of another
                # kind than the one asked for does not answer.
                continue
            items = normalize(" ".join(doc_text[s:e] for s, e in en.items))
            score = (
                ENUM_HEAD * coverage(terms, normalize(en.head))
                + ENUM_SENTENCE * coverage(terms, sent.norm)
                + ENUM_ITEMS * coverage(terms, items)
            )
            if en.by_word:
                score += ENUM_BY_WORD
            if kind and kind in normalize(en.head) and kind not in items:
                score += ENUM_KIND_NAMED
            elif kind and _items_of_kind(doc_text, en.items, kind):
                score += ENUM_KIND_NAMED  # "国际物流、冷链物流" asked "哪几类物流"
            if aq.qtype == "list" and any(
                len(n := normalize(doc_text[s:e])) >= MIN_NAMED_ITEM and n in question
                for s, e in en.items
            ):
                score += ENUM_NAMES_SUBJECT
            if asked is not None:
                matched = asked in (en.stated, len(en.items))
                score += ENUM_COUNT_MATCH if matched else ENUM_COUNT_MISMATCH
            if score > best_score:
                best, best_score = en, score
    return best


def of_another_kind(item: str, question: str) -> bool:
    """Is one item of a run of another kind than the one a "which X" question asks for (a
    street or a town asked "which district")? Its name does not hold the kind."""
    kind = asked_category(question)
    return bool(kind) and kind not in normalize(item)


def _en_text(index: Index, en: Enumeration) -> str:
    return index.document(en.sentence.doc_id).text


def _items_of_kind(doc_text: str, items: list[tuple[int, int]], kind: str) -> bool:
    """Does every item end with the asked kind, each a sort of it (kinds of logistics
    asked, "international logistics, cold-chain logistics")?"""
    return all(
        (n := normalize(doc_text[s:e])).endswith(kind) and len(n) > len(kind) for s, e in items
    )


def row_answer(sent: Sentence) -> str:
    """A table row as the header's names with the row's cells: every value in its column."""
    pairs = [
        msg("row_cell", name=h, value=c) for h, c in zip(sent.header, sent.cells, strict=False) if c
    ]
    return msg("row_joiner").join(pairs)
