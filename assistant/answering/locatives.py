"""A colloquial locative phrase of a question ("in the district", "in the table"): a
one-character noun with a locative suffix frames where the asker looks, not a subject the
documents must name. It is tagged as a place word, which is no content term: the unit
need not hold it, and the library not knowing it refuses nothing. Words are
``locatives`` in resources/term_grammar.yaml; examples in tests/test_locatives.py.
"""

from __future__ import annotations

from assistant.answering.terms import term_grammar
from assistant.text import load_pos_tagger

# The tag a locative phrase is read with: jieba's place word, no content tag.
LOCATIVE_POS = "s"
# Characters of a locative phrase: the noun and its suffix.
LOCATIVE_CHARS = 2


def locative_pos(token: str, pos: str) -> str:
    """The tag of a question token: LOCATIVE_POS for a locative phrase, else ``pos``."""
    g = term_grammar()["locatives"]
    if len(token) != LOCATIVE_CHARS or token[-1] not in g["suffixes"]:
        return pos
    first = next(iter(load_pos_tagger().cut(token[0])), None)
    if first is None or first.flag[:1] in g["not_first_tags"]:
        return pos
    return LOCATIVE_POS
