"""Names said inside an enterprise's registered name.

A firm's name is built of a place, a trade name, its trade and its legal form; a place or
a zone's short name can be the trade name of a firm elsewhere. Such a mention names the
firm, not the place: a question about the place is not answered by it, unless the
question says the name glued to the same characters the firm's name has (it asks about
the firm).
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.evidence import Term
from assistant.answering.grammar import alternation, grammar

# How many characters may lie between a name and the legal form ending the firm's name:
# its trade and the rest of its trade name; more is no longer one name.
FIRM_NAME_TAIL = 12
_CJK = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _firm_end() -> re.Pattern[str]:
    ends = alternation(grammar().raw["firm_name_ends"])
    return re.compile(rf"[\u4e00-\u9fff]{{0,{FIRM_NAME_TAIL}}}?(?:{ends})")


def inside_firm_name(text_norm: str, at: int, length: int) -> bool:
    """Is the mention at ``at`` glued to a character before it and followed, within one
    run of characters, by a firm's legal form?"""
    return (
        at > 0
        and _CJK.match(text_norm[at - 1]) is not None
        and _firm_end().match(text_norm, at + length) is not None
    )


def only_in_firm_names(term: Term, text_norm: str, question_norm: str) -> bool:
    """Is every mention of the name in the text inside a firm's name the question does not
    say (with the character before or after the name there)? False when not mentioned."""
    found = False
    for form in (term.text, *term.variants):
        for m in re.finditer(re.escape(form), text_norm):
            at, end = m.start(), m.end()
            glued = (text_norm[at - 1 : end], text_norm[at : end + 1])
            if not inside_firm_name(text_norm, at, len(form)) or any(
                g in question_norm for g in glued
            ):
                return False
            found = True
    return found
