"""How a question's words are matched to the documents' words: where a word starts, and
when an unknown compound may be read as the known words it is built from. The word
lists are data (``resources/term_grammar.yaml``); examples live in tests/test_terms.py."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

import yaml

from assistant.text import load_pos_tagger, words


@lru_cache(maxsize=1)
def term_grammar() -> dict:
    text = files("assistant.resources").joinpath("term_grammar.yaml").read_text("utf-8")
    return yaml.safe_load(text)


@lru_cache(maxsize=1)
def kept_endings() -> frozenset[str]:
    """Final characters that leave a compound's thing the same (all groups)."""
    return frozenset(c for group in term_grammar()["kept_endings"].values() for c in group)


@lru_cache(maxsize=1)
def kept_openings() -> frozenset[str]:
    """First characters that leave a compound's thing the same (all groups)."""
    return frozenset(c for group in term_grammar()["kept_openings"].values() for c in group)


@lru_cache(maxsize=1)
def first_rank_words() -> tuple[str, ...]:
    return tuple(term_grammar()["first_rank_words"])


def built_from(token: str, parts: list[str]) -> bool:
    """Do the known ``parts`` (words found inside ``token``) make up the whole token, or
    all of it but a kept first or last character?"""
    covered = [False] * len(token)
    for part in parts:
        at = token.find(part)
        while at >= 0:
            covered[at : at + len(part)] = [True] * len(part)
            at = token.find(part, at + 1)
    left = [i for i, c in enumerate(covered) if not c]
    if not left:
        return True
    if len(left) > 1:
        return False
    at = left[0]
    return (at == len(token) - 1 and token[at] in kept_endings()) or (
        at == 0 and token[at] in kept_openings()
    )


# How many characters around a term's occurrence are segmented to tell whether it starts
# a word there: enough for the word it may end, few enough to keep matching cheap.
BOUNDARY_WINDOW = 4
_CJK = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=100_000)
def said_in(form: str, text_norm: str) -> bool:
    """Is ``form`` in the text as a word of its own or the head of a compound, not as
    the tail of another word? Where the character before an occurrence binds the form's
    first character into a word (a "new zone" read inside "high-tech zone", "exports"
    inside "imports and exports"), that occurrence does not count; compounds whose parts
    keep their meaning (a kind of cost inside "R&D cost") do. Examples: tests/test_terms.py."""
    at = text_norm.find(form)
    while at >= 0:
        if at == 0 or not _CJK.match(form) or not _bound_before(text_norm, at, len(form)):
            return True
        at = text_norm.find(form, at + 1)
    return False


def _bound_before(text: str, at: int, length: int) -> bool:
    """Does the character before ``at`` bind the one at ``at`` into another word? The two
    must be a dictionary word and the segmenter must not start a word at ``at``; then the
    occurrence is bound when it ends inside that word unless the word is a compound of a
    word and the form (the part before ``at`` a word of two or more characters), or when
    it runs past that word and is no dictionary word itself."""
    if not _dictionary_word(text[at - 1 : at + 1]):
        return False
    lo = max(0, at - BOUNDARY_WINDOW)
    start = lo
    for w in words(text[lo : at + length + BOUNDARY_WINDOW]):
        end = start + len(w)
        if start == at:
            return False
        if start < at < end:
            if _localizer(text, start, at):
                return False  # "among" the count before it, not a part of this word
            if at + length <= end:
                head = text[start:at]
                return len(head) < 2 or not _dictionary_word(head)
            return not _dictionary_word(text[at : at + length])
        start = end
    return True


def split_localizer(before: str, word: str) -> tuple[str, str] | None:
    """A word the segmenter opened with a localizer after a count (the top thirty, then
    "among" glued to "the west"): the localizer and the word it was glued to, else None."""
    group = term_grammar()["localizers"]
    tail = before[-1:]
    if len(word) < 3 or word[0] not in group["words"] or not tail:
        return None
    if not (tail.isdigit() or tail in group["after"]) or not _dictionary_word(word[1:]):
        return None
    return word[0], word[1:]


def _localizer(text: str, start: int, at: int) -> bool:
    """Is the one character of a word before ``at`` a localizer after a count ("among"
    the top thirty), so that the word really starts at ``at``?"""
    group = term_grammar()["localizers"]
    before = text[start - 1 : start]
    return (
        at - start == 1
        and text[start] in group["words"]
        and bool(before)
        and (before.isdigit() or before in group["after"])
    )


def _dictionary_word(token: str) -> bool:
    return bool(load_pos_tagger().dt.tokenizer.FREQ.get(token))
