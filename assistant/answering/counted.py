"""Items a counting line announces, and the parts of a named layout. A counting line: a heading or paragraph that names a count of things
("carry out the three major actions", "grow four new growth points") followed by exactly
that many numbered paragraphs, one
per thing, each opening with the thing's name. The count is the source's own promise of
completeness: the run is taken only when it holds that many items.

Pure functions over document text and :class:`Sentence` units; no state.
"""

from __future__ import annotations

import re

from assistant.answering.evidence import Sentence
from assistant.answering.grammar import grammar
from assistant.answering.items import is_article, item_span, line_span, marker_kind, wraps_on
from assistant.text import normalize

_G = grammar()
# The count patterns of the lists grammar, found anywhere in a line rather than at its start.
_COUNT = re.compile("|".join(p.removeprefix("^") for p in _G.raw["lists"]["count_patterns"]))
_ENUMERATION_COMMA = "、"
_CLAUSE_STOPS = "，,。；;：:"
# A count this small is a pair, not an announced list; larger ones are seldom spelt out
# item by item in numbered paragraphs.
MIN_COUNT, MAX_COUNT = 2, 12
# Paragraphs of other text allowed between the counting line and its first item (a lead-in
# sentence that repeats the count).
MAX_GAP_LINES = 1
# The noun a count names is read up to this many characters after the classifier, and
# the question names it by at least this many of its opening characters.
MAX_NOUN_CHARS, MIN_NOUN_CHARS = 6, 2


def _counts(line: str) -> list[tuple[int, str, str]]:
    """The counts a line states, each with its classifier and the noun after it ("three
    major actions" -> 3, the classifier, "actions")."""
    out = []
    for m in _COUNT.finditer(line):
        digits = next((g for g in m.groups() if g), None)
        if digits is None:
            continue
        n = int(digits) if digits.isdigit() else _G.small_number(digits)
        # A clause that lists the things itself ("A, B, C and D, the four industries") is an enumeration,
        # read as one elsewhere.
        start = max(line.rfind(p, 0, m.start()) for p in _CLAUSE_STOPS) + 1
        stops = [i for p in _CLAUSE_STOPS if (i := line.find(p, m.end())) >= 0]
        listed = _ENUMERATION_COMMA in line[start : min(stops, default=len(line))]
        if n is not None and MIN_COUNT <= n <= MAX_COUNT and not listed:
            classifier = m.group(0)[len(digits) :]
            noun = re.split(r"[，,。；;：:、“”\"\s]", line[m.end() : m.end() + MAX_NOUN_CHARS])[0]
            out.append((n, classifier, noun))
    return out


def _asks_about(asked: str, classifier: str, noun: str) -> bool:
    """Does the question name what the count counts: its noun (or the noun's opening words,
    when the line runs on after it), or a classifier that is a noun itself ("five aspects")?"""
    if len(classifier) >= MIN_NOUN_CHARS and classifier in asked:
        return True
    return any(noun[:k] in asked for k in range(len(noun), MIN_NOUN_CHARS - 1, -1))


def _run_after(doc_text: str, pos: int, limit: int) -> list[tuple[int, int]]:
    """The numbered paragraphs of one numbering from ``pos`` on (after at most
    MAX_GAP_LINES other paragraphs), at most ``limit`` + 1 of them so a longer run shows."""
    items: list[tuple[int, int]] = []
    kind, gap, prev_end = None, 0, 0
    while pos < len(doc_text) and len(items) <= limit:
        s, e = line_span(doc_text, pos)
        if e <= s:
            pos = max(e, pos) + 1
            continue
        span = item_span(doc_text, s, e)
        line_kind = marker_kind(doc_text, s, e)
        if span is None or is_article(doc_text, s, e):
            if items and wraps_on(doc_text, prev_end):
                prev_end, pos = e, e + 1  # the item's paragraph goes on on this line
                continue
            if items or gap >= MAX_GAP_LINES:
                break
            gap += 1
        elif kind is not None and line_kind != kind:
            break
        else:
            kind = line_kind
            items.append(span)
        prev_end, pos = e, e + 1
    return items


def counted_items(doc_text: str, sent: Sentence, question: str) -> list[tuple[int, int]]:
    """The items the counting line of this unit announces, when the question asks about
    what it counts (names the counted noun) and the numbered paragraphs after the line hold
    exactly that many items; [] otherwise."""
    ls, le = line_span(doc_text, sent.start)
    asked = normalize(question)
    for n, classifier, noun in _counts(doc_text[ls:le]):
        if not _asks_about(asked, normalize(classifier), normalize(noun)):
            continue
        items = _run_after(doc_text, le + 1, n)
        if len(items) == n:
            return items
    return layout_parts(doc_text, sent, question)


_NUMERALS = "".join(k for k in _G.digits if _G.digits[k]) + "".join(_G.places)
# A named layout: two or more parts, each a numeral and a noun of one or two characters.
_LAYOUT = re.compile(f"(?:[{_NUMERALS}][^{_NUMERALS}\\s\\W\\d]{{1,2}}){{2,}}")
_PART = re.compile(f"([{_NUMERALS}])([^{_NUMERALS}\\s\\W\\d]{{1,2}})")
_GLOSSES = sorted(_G.raw["lists"]["part_glosses"], key=len, reverse=True)
_AND = "|".join(re.escape(w) for w in sorted(_G.and_tokens, key=len, reverse=True))
_PART_ITEMS = re.compile(f"[、]|{_AND}")
# The parts' explanations follow the layout's line within this many lines.
MAX_PART_LINES = 8
_PART_END = re.compile(r"[，,。；;：:]")


def _parts(layout: str) -> list[tuple[int, str]]:
    parts = []
    for m in _PART.finditer(layout):
        n = _G.small_number(m.group(1))
        if n is None:
            return []
        parts.append((n, m.group(0)))
    return parts


def _explained(doc_text: str, s: int, e: int, name: str, n: int) -> list[tuple[int, int]]:
    """The n items a line explaining one part gives ("the two belts are A and B" -> A, B), or []."""
    pos = s
    while pos < e and doc_text[pos] in '“"「':
        pos += 1
    if not doc_text.startswith(name, pos):
        return []
    pos += len(name)
    while pos < e and doc_text[pos] in '”"」':
        pos += 1
    gloss = next((g for g in _GLOSSES if doc_text.startswith(g, pos)), None)
    if gloss is None:
        return []
    start = pos + len(gloss)
    stop = _PART_END.search(doc_text, start, e)
    end = stop.start() if stop else e
    items, at = [], start
    for m in _PART_ITEMS.finditer(doc_text, start, end) if n > 1 else ():
        items.append((at, m.start()))
        at = m.end()
    items.append((at, end))
    items = [(a, b) for a, b in items if b > a]
    return items if len(items) == n else []


def layout_parts(doc_text: str, sent: Sentence, question: str) -> list[tuple[int, int]]:
    """The items of the named layout both the question and this unit's line name, read
    from the lines after it that explain each part with as many items as its numeral says;
    [] when any part is missing or holds another number of items."""
    ls, le = line_span(doc_text, sent.start)
    asked = normalize(question)
    for m in _LAYOUT.finditer(doc_text, ls, le):
        parts = _parts(m.group(0))
        if len(parts) < 2 or normalize(m.group(0)) not in asked:
            continue
        items: list[tuple[int, int]] = []
        pos, lines = le + 1, 0
        for n, name in parts:
            found: list[tuple[int, int]] = []
            while not found and pos < len(doc_text) and lines < MAX_PART_LINES:
                s, e = line_span(doc_text, pos)
                pos, lines = max(e, pos) + 1, lines + (e > s)
                found = _explained(doc_text, s, e, name, n) if e > s else []
            if not found:
                break
            items += found
        else:
            return items
    return []
