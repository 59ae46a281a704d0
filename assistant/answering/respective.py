"""Values given respectively: "A, B and C ranked third, seventh and eighth respectively"
pairs each named thing with the value in its place, so a question about B is answered by
the second value."""

from __future__ import annotations

import re

from assistant.answering.evidence import Sentence, clauses
from assistant.answering.grammar import grammar
from assistant.text import normalize

_G = grammar()
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
    for s, e in clauses(sent):
        m = _RESPECTIVELY.search(doc_text, s, e)
        if m is None:
            continue
        names = [n for n in _JOINERS.split(doc_text[s : m.start()]) if n.strip()]
        values = list(pattern.finditer(doc_text, m.end(), e))
        if len(names) < 2 or len(names) != len(values):
            continue
        asked = [i for i, n in enumerate(names) if normalize(n.strip()) in q]
        if len(asked) != 1:
            continue
        v = values[asked[0]]
        return names[asked[0]].strip(), v.group(0), (v.start(), v.end())
    return None
