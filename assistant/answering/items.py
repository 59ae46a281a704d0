"""Items of lists in document text: numbered lines (1. / (1) / circled numbers / Chinese
ordinals), unnumbered lines a lead-in colon opens, items numbered inside one paragraph,
and items a colon opens inside a sentence. The markers are grammar data
(``question_grammar.yaml``, group ``lists``).

Pure functions over document text and :class:`Sentence` units; no state.
"""

from __future__ import annotations

import re

from assistant.answering.evidence import Sentence
from assistant.answering.grammar import grammar
from assistant.text import words

_G = grammar()
# A list item read from a numbered line keeps at most this many characters.
MAX_ITEM_CHARS = 60
ITEM_END = re.compile(r"[。；;]")
# Separators left at the end of an item bounded by the next item's marker.
_ITEM_SEPARATORS = ",，;；、 "
# A line ending with one of these is complete; any other line may wrap onto the next.
_LINE_STOPS = '。；;.!?！？:：)）”"'
_BY_ENUMERATION_COMMA = r"[^、。]+"
_BY_COMMA = r"[^，,；;。]+"
# A comma-separated piece listing things with enumeration commas is one item (two offices
# named together) up to this length; a longer one is a clause saying something of them.
MAX_LISTING_PIECE = 24
# A field value split by enumeration commas alone lists at least this many things: two
# pieces are as often one phrase naming two places ("the province's and the city's plan").
MIN_COMMA_RUN = 3
_LEAD_IN_END = re.compile(r"[:：]\s*$")
# A bracketed aside ("hereinafter called …") points nowhere ahead, whatever its words.
_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")
_FORWARD = re.compile("|".join(re.escape(w) for w in _G.raw["lists"]["forward_pointers"]))


def line_span(doc_text: str, pos: int) -> tuple[int, int]:
    """The line (paragraph) around an offset, whitespace trimmed."""
    s = doc_text.rfind("\n", 0, pos) + 1
    e = doc_text.find("\n", pos)
    e = len(doc_text) if e < 0 else e
    while s < e and doc_text[s].isspace():
        s += 1
    while e > s and doc_text[e - 1].isspace():
        e -= 1
    return s, e


def item_span(
    doc_text: str, s: int, e: int, marker: re.Pattern[str] = _G.item_marker
) -> tuple[int, int] | None:
    """An item's text: after its marker, up to its first full stop or semicolon."""
    m = marker.match(doc_text, s, e)
    if m is None:
        return None
    start = m.end()
    while start < e and doc_text[start] in " \t":
        start += 1
    stop = ITEM_END.search(doc_text, start, e)
    end = stop.start() if stop else e
    if end - start > MAX_ITEM_CHARS:
        end = start + MAX_ITEM_CHARS
        cut = max(doc_text.rfind(ch, start, end) for ch in "，,、")
        end = cut if cut > start else end
        # A gloss cut short ("申请表（在线填报，内容包括…") is left out whole.
        opened = max(doc_text.rfind(ch, start, end) for ch in "（(")
        closed = max(doc_text.rfind(ch, start, end) for ch in "）)")
        if opened > max(closed, start):
            end = opened
    while end > start and doc_text[end - 1] in _ITEM_SEPARATORS:
        end -= 1
    return (start, end) if end > start else None


def unit_item_span(doc_text: str, unit: dict) -> tuple[int, int] | None:
    """A list item's text: after its marker, or — for an item the document marks up as one
    without numbering it (an HTML or Word bullet) — from its start; up to its first full
    stop or semicolon either way."""
    s, e = unit["start"], unit["end"]
    span = item_span(doc_text, s, e)
    if span is not None or unit.get("kind") != "item":
        return span
    stop = ITEM_END.search(doc_text, s, e)
    end = stop.start() if stop else e
    while end > s and doc_text[end - 1] in _ITEM_SEPARATORS:
        end -= 1
    return (s, end) if end > s else None


_MARKER_KINDS = [re.compile(p, re.MULTILINE) for p in _G.raw["lists"]["item_markers"]]
# A lead-in colon with the first numbered item after it, on one line.
# Bare "1." is left out: after a colon it is as often a figure ("比例：1.5倍").
_OPENING_MARKER = re.compile(
    "|".join(
        p.removeprefix("^")
        for p in _G.raw["lists"]["item_markers"]
        if not p.startswith(("^\\d", "^[-"))
    )
)
_OPENED_ITEM = re.compile(f"[:：](?={_OPENING_MARKER.pattern})")


# Unmarked item lines end with an item separator or, the last one, a full stop.
_PLAINITEM_ENDS = ";；,，、。."
_LIST_STOPS = "。."
_ARTICLE = re.compile(_G.raw["lists"]["article_marker"], re.MULTILINE)


def is_article(doc_text: str, s: int, e: int) -> bool:
    """Does the line open a numbered article? Articles are rules, not list items."""
    return _ARTICLE.match(doc_text, s, e) is not None


def opens_items(text: str) -> bool:
    """Does a lead-in colon open a numbered item in this text (a materials list whose first
    item follows the colon)?"""
    return _OPENED_ITEM.search(text) is not None


def marker_kind(doc_text: str, s: int, e: int) -> int | None:
    """Which numbering a line uses (1. / bracketed or circled numerals / article numbers); a
    list keeps one."""
    return next((k for k, p in enumerate(_MARKER_KINDS) if p.match(doc_text, s, e)), None)


def numbered_items(doc_text: str, sent: Sentence) -> list[tuple[int, int]]:
    """Items on the numbered lines a lead-in (a "submit the following materials:" line) opens,
    or the numbered lines around an item the sentence belongs to."""
    ls, le = line_span(doc_text, sent.start)
    inline = inline_items(doc_text, ls, le)
    if inline:
        return inline
    items: list[tuple[int, int]] = []
    opened = _OPENED_ITEM.search(doc_text, ls, le)
    if opened is not None:
        # "需提交以下材料：（1）申报表；" opens a run the next lines continue.
        first = item_span(doc_text, opened.end(), le, _OPENING_MARKER)
        if first is not None:
            items.append(first)
            return _continue_items(doc_text, le + 1, items, None)
    if _LEAD_IN_END.search(doc_text[ls:le]) or _LEAD_IN_END.search(sent.text):
        return _continue_items(doc_text, le + 1, [], None) or _plain_items(doc_text, le + 1)
    if sent.end >= le and _FORWARD.search(_BRACKETED.sub("", sent.text)):
        # A paragraph ending in a sentence that points ahead ("will push the following
        # work.") opens the numbered lines after it, as a colon does.
        return _continue_items(doc_text, le + 1, [], None)
    elif (
        _G.item_marker.match(doc_text, ls, le)
        and not is_article(doc_text, ls, le)
        # A later sentence of a numbered paragraph speaks of that item alone ("2. Displays.
        # Bring in A, B and C."): its own words answer, not the run of items around it.
        and sent.start <= ls
    ):
        # Walk back to the first numbered line of this run.
        pos = ls
        while pos > 0:
            ps, pe = line_span(doc_text, pos - 2)
            # An article above the run is a rule of its own, not the run's first item.
            if (
                ps >= pos
                or not _G.item_marker.match(doc_text, ps, pe)
                or is_article(doc_text, ps, pe)
            ):
                break
            pos = ps
    else:
        return []
    return _continue_items(doc_text, pos, items, None)


def _plain_items(doc_text: str, pos: int) -> list[tuple[int, int]]:
    """Unnumbered items on the lines a lead-in colon opens: short lines that each end with
    an item separator, up to the line that ends the list with a full stop. A line without
    one (a heading) or a long one (a paragraph) ends them."""
    items: list[tuple[int, int]] = []
    while pos < len(doc_text):
        s, e = line_span(doc_text, pos)
        if e <= s:
            pos = max(e, pos) + 1
            continue
        line = doc_text[s:e]
        if e - s > MAX_ITEM_CHARS or line[-1] not in _PLAINITEM_ENDS:
            break
        items.append((s, e - 1))
        if line[-1] in _LIST_STOPS:
            break
        pos = e + 1
    return items if len(items) >= 2 else []


def _continue_items(
    doc_text: str, pos: int, items: list[tuple[int, int]], kind: int | None
) -> list[tuple[int, int]]:
    """Items on the numbered lines from ``pos`` on, while they keep one numbering."""
    prev_end = 0
    while pos < len(doc_text):
        s, e = line_span(doc_text, pos)
        if e <= s:  # blank lines separate paragraphs, not lists
            pos = max(e, pos) + 1
            continue
        span = item_span(doc_text, s, e)
        line_kind = marker_kind(doc_text, s, e)
        if span is None and items and wraps_on(doc_text, prev_end):
            # An item that wraps: its line broke off mid-sentence and this line goes on.
            prev_end, pos = e, e + 1
            continue
        if span is None or (kind is not None and line_kind != kind):
            break
        kind = line_kind
        items.append(span)
        prev_end, pos = e, e + 1
    return items if len(items) >= 2 else []


def wraps_on(doc_text: str, line_end: int) -> bool:
    """Did the line ending here break off mid-sentence (a comma or no stop at all), so that
    the next line continues it?"""
    return line_end > 0 and doc_text[line_end - 1] not in _LINE_STOPS


_INLINE_KINDS = [re.compile(p) for p in _G.raw["lists"]["inline_item_markers"]]


def _series(mark: re.Match[str]) -> tuple[int, bool]:
    """Which numbering an inline marker belongs to: its form (bracketed, circled, ordinal
    word) and whether its numeral is Arabic or Chinese."""
    text = mark.group(0)
    kind = next((k for k, p in enumerate(_INLINE_KINDS) if p.fullmatch(text)), -1)
    return kind, any(ch.isascii() and ch.isdigit() for ch in text)


def _one_series(marks: list[re.Match[str]]) -> list[re.Match[str]]:
    """The markers of the paragraph's list: those of the numbering most of them use. A
    paragraph opening with its own heading number ("(2) Conditions. Both: first ...;
    second ...") numbers the list with another series; that number is no item."""
    if not marks:
        return []
    counts: dict[tuple[int, bool], int] = {}
    for m in marks:
        counts[_series(m)] = counts.get(_series(m), 0) + 1
    # The most used numbering; among equals, the one that comes first.
    kept = max(counts, key=lambda k: counts[k])
    return [m for m in marks if _series(m) == kept]


def inline_items(doc_text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Items numbered inside one paragraph: "...including: (1) ...; (2) ...; (3) ...", by
    the markers of one numbering."""
    marks = _one_series(list(_G.inline_item_marker.finditer(doc_text, s, e)))
    if len(marks) < 2:
        return []
    items = []
    for m, nxt in zip(marks, [*marks[1:], None], strict=True):
        # An item ends where the next one is numbered, whatever separates them.
        bound = nxt.start() if nxt is not None else e
        span = item_span(doc_text, m.start(), bound, _G.inline_item_marker)
        if span:
            a, b = span
            while b > a and doc_text[b - 1] in _ITEM_SEPARATORS:
                b -= 1
            items.append((a, b))
    return items


def colon_items(doc_text: str, sent: Sentence) -> list[tuple[int, int]]:
    """Items a colon opens inside a sentence, separated by commas or semicolons ("those
    attending were: A, B, C."), or by semicolons through the rest of the paragraph, or by
    enumeration commas when no other separator is there."""
    colon = max(sent.text.rfind("："), sent.text.rfind(":"))
    if colon < 0:
        return []
    start = sent.start + colon + 1
    # Items separated by semicolons are sentences of their own: the run goes on to the end
    # of the paragraph, and commas stay inside the items.
    end = line_span(doc_text, sent.start)[1] if sent.text.rstrip()[-1:] in ";；" else sent.end
    said = doc_text[start:end]
    if re.search("[；;]", said):
        separated = r"[^；;。]+"
    elif re.search("[，,]", said):
        separated = _BY_COMMA
    else:
        # A field line's value written with enumeration commas alone ("attending: A, B, C"),
        # up to its full stop; a conjunction inside an item stays (one industry "A and B").
        separated = _BY_ENUMERATION_COMMA
        stop = ITEM_END.search(doc_text, start, end)
        end = stop.start() if stop else end
    items = []
    for m in re.finditer(separated, doc_text[start:end]):
        a, b = start + m.start(), start + m.end()
        if b - a > MAX_ITEM_CHARS:
            return []
        if separated == _BY_COMMA and "、" in doc_text[a:b] and b - a > MAX_LISTING_PIECE:
            # Clauses, one of them listing things and saying something of them ("A, B and
            # C lie in the zone, so ..."): the enumeration inside is the list, read as one
            # elsewhere.
            return []
        items.append((a, b))
    if separated == _BY_ENUMERATION_COMMA:
        # "A, B and C": a conjunction in the last piece may join two items or name one
        # thing; the enumeration reader tells them apart.
        if len(items) < MIN_COMMA_RUN or any(
            tok in _G.and_tokens for tok in words(doc_text[items[-1][0] : items[-1][1]])
        ):
            return []
        items[-1] = _without_tail(doc_text, *items[-1])
    return items if len(items) >= 2 else []


def _without_tail(doc_text: str, a: int, b: int) -> tuple[int, int]:
    """The last item of a run without the words after it ("…and so on, 9 clusters")."""
    pos = a
    for tok in words(doc_text[a:b]):
        if tok in _G.tail_tokens and pos > a:
            return a, pos
        pos += len(tok)
    return a, b
