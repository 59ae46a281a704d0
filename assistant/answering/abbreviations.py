"""Reading a question's short form in the documents' full wording.

Chinese abbreviations are built one way: the first character of each word of the full
form, in order, some words skipped, the last character sometimes the end of the last
word (examples in tests/test_abbreviations.py). A question term no document uses is looked
for that way in the retrieved units, so that a reader's short form finds the passage that
spells it out. Only the segmenter's word boundaries are used: no
word list, nothing about any document.

Functions without state beyond a cache of segmented texts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.evidence import ASKED_NOUN_FACTOR, Sentence, Term, word_rarity
from assistant.index import Index
from assistant.text import load_segmenter, normalize

# Shortest and longest abbreviations read this way: one character is no abbreviation, and
# past four the short form is a phrase of its own.
MIN_CHARS, MAX_CHARS = 2, 4
# Most characters between two letters of an abbreviation in its full form: a skipped word
# of two characters and the rest of the word before it.
MAX_GAP = 4
# A term the documents use is read as an abbreviation too only from this length on: two
# characters are mostly ordinary words.
MIN_KNOWN_CHARS = 3
# Shortest word whose last character may stand for it in an abbreviation.
MIN_SUFFIX_WORD = 3
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")


@lru_cache(maxsize=4096)
def _boundaries(text: str) -> tuple[frozenset[int], dict[int, int]]:
    """Where the segmenter's words (search mode: also the words inside longer ones) start,
    and for each start the end of the longest word starting there."""
    starts: set[int] = set()
    longest: dict[int, int] = {}
    for _word, s, e in load_segmenter().tokenize(text, "search"):
        starts.add(s)
        longest[s] = max(longest.get(s, s), e)
    return frozenset(starts), longest


def can_abbreviate(term: str) -> bool:
    """Only a short run of Chinese characters may be an abbreviation."""
    return MIN_CHARS <= len(term) <= MAX_CHARS and _HAN_ONLY.fullmatch(term) is not None


def full_forms(term: str, text: str) -> list[str]:
    """The spans of ``text`` that ``term`` abbreviates, shortest reading of each start.

    Every character but the last starts a word, each after the one before and at most
    ``MAX_GAP`` characters on; the last starts a word or ends a long one. The span
    runs to the end of the last word. A span that holds the term as written is not an
    expansion of it.
    """
    if not can_abbreviate(term) or term[0] not in text:
        return []
    starts, longest = _boundaries(text)
    # Only a long word's last character stands for it (a three-character word such as
    # "development zone"): the second character of a two-character word is no
    # abbreviation of it.
    ends = {e for s, e in longest.items() if e - s >= MIN_SUFFIX_WORD}
    found: list[str] = []
    for first in (i for i, ch in enumerate(text) if ch == term[0] and i in starts):
        pos, end = first, None
        for k, ch in enumerate(term[1:], start=1):
            last = k == len(term) - 1
            nxt = next(
                (
                    j
                    for j in range(pos + 1, min(len(text), pos + 1 + MAX_GAP))
                    if text[j] == ch and (j in starts or (last and j + 1 in ends))
                ),
                None,
            )
            if nxt is None:
                break
            pos = nxt
            if last:
                end = longest.get(pos, pos + 1) if pos in starts else pos + 1
        if end is None:
            continue
        span = text[first:end]
        if len(span) > len(term) and term not in span and span not in found:
            found.append(span)
    return found


def spell_out(index: Index, terms: list[Term], sentences: list[Sentence]) -> None:
    """A question's short form is known by the full forms the retrieved units spell out:
    those become its variants. A short form no document uses then weighs what its full
    forms weigh (an unknown word's rarity would outweigh the rest of the question); one
    some document uses keeps its weight, and also finds the documents that spell it out
    (a zone's abbreviation used in one policy, spelt out in another's report)."""
    for t in terms:
        if not t.primary or not can_abbreviate(t.text):
            continue
        if t.known and (len(t.text) < MIN_KNOWN_CHARS or not t.is_content):
            continue
        forms: list[str] = []
        for s in sentences:
            for text in (s.title, s.section, s.text):
                forms += [
                    f
                    for f in full_forms(t.text, normalize(text))
                    if f not in forms and f not in t.variants
                ]
        if not forms:
            continue
        was_known = t.known
        t.variants, t.known = (*t.variants, *forms), True
        if was_known:
            continue
        rarity = max((r for f in forms if (r := word_rarity(index, f)) is not None), default=None)
        if rarity is not None:
            t.idf = rarity
            t.weight = rarity * (ASKED_NOUN_FACTOR if t.asked else 1.0)
