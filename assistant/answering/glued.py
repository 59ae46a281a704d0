"""Words the segmenter glues together: a question's "enterprise list" is one word to jieba,
while a document says "the list of recognised enterprises". A glued term is said by a text
when the whole term is, or when each of the words it is built from is.

Pure functions over a term and normalised text; no state.
"""

from __future__ import annotations

from assistant.answering.evidence import Term
from assistant.answering.terms import built_from
from assistant.text import search_words

# Pieces shorter than this (one character) say nothing on their own.
MIN_PIECE_CHARS = 2


def pieces(word: str) -> list[str]:
    """The words a glued word is built from (search-mode words that make up all of it), or
    [] when it is no compound of whole words."""
    parts = [w for w in search_words(word) if w != word and len(w) >= MIN_PIECE_CHARS]
    parts = list(dict.fromkeys(parts))
    return parts if len(parts) >= 2 and built_from(word, parts) else []


def said_apart(term: Term, text_norm: str) -> bool:
    """Does the text say the term, whole or as the words it is glued from?"""
    if term.found_in(text_norm):
        return True
    parts = pieces(term.text)
    return bool(parts) and all(p in text_norm for p in parts)
