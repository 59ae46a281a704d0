"""Values given respectively: "A, B and C ranked third, seventh and eighth respectively"
pairs each named thing with the value in its place, so a question about B is answered by
the second value."""

from __future__ import annotations

import re

from assistant.answering.evidence import Sentence
from assistant.answering.grammar import grammar
from assistant.answering.units import clauses
from assistant.text import normalize

_G = grammar()
# A thing at the end of an enumeration is named by at least this many of its characters.
MIN_NAME_CHARS = 2
_RESPECTIVELY = re.compile("|".join(re.escape(w) for w in _G.raw["multipart"]["respectively"]))
_EACH = re.compile("|".join(re.escape(w) for w in _G.raw["multipart"]["each"]))
_JOINERS = re.compile("|".join(re.escape(w) for w in ("、", *sorted(_G.and_tokens, key=len))))


def respective_value(
    doc_text: str, sent: Sentence, question: str, pattern: re.Pattern[str]
) -> tuple[str, str, tuple[int, int]] | None:
    """(the thing the question names, its value, the value's span) from a clause pairing
    things with values by the word for "respectively", or None. The things are the joined
    run right before the word, the values those of the asked type in its clause; both must
    be as many."""
    q = normalize(question)
    if _RESPECTIVELY.search(q) or _EACH.search(q):
        return None  # the question asks every value, not the one of a named thing
    spans = clauses(sent)
    for k, (s, e) in enumerate(spans):
        m = _RESPECTIVELY.search(doc_text, s, e)
        if m is None:
            continue
        names = [n for n in _JOINERS.split(doc_text[s : m.start()]) if n.strip()]
        values = list(pattern.finditer(doc_text, m.end(), e))
        measure = normalize(doc_text[s : m.start()].strip())
        borrowed = len(names) < 2 and k > 0 and len(measure) >= MIN_NAME_CHARS and measure in q
        if borrowed:
            # Only the measure the question asks before the word ("the weights are
            # respectively …"): the things are enumerated in the clause before it.
            names = [n for n in _JOINERS.split(doc_text[slice(*spans[k - 1])]) if n.strip()]
        if len(names) < 2 or len(names) != len(values):
            continue
        asked = [
            (i, x) for i, n in enumerate(names) if (x := _named(n, i, len(names), q, borrowed))
        ]
        if len(asked) != 1:
            continue
        v = values[asked[0][0]]
        return asked[0][1], v.group(0), (v.start(), v.end())
    return None


def _named(name: str, place: int, count: int, question: str, borrowed: bool) -> str | None:
    """The words by which the question names the thing at this place of an enumeration, or
    None. In an enumeration ``borrowed`` from the clause before, the first thing may follow
    the words leading in to the run ("weighted by A, B and C"), and the last may run on
    into the words after it ("C, the three aspects"): they are named by their longest
    ending, or start, the question holds."""
    if normalize(name.strip()) in question:
        return name.strip()
    name = normalize(name.strip())
    if not borrowed:
        return None  # things before the word itself are named whole
    if place == 0:
        pieces = [name[i:] for i in range(1, len(name) - MIN_NAME_CHARS + 1)]
    elif place == count - 1:
        pieces = [name[:i] for i in range(len(name) - 1, MIN_NAME_CHARS - 1, -1)]
    else:
        return None
    return next((p for p in pieces if p in question), None)
