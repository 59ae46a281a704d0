"""Formulas of counts: "2+9" names a group of 2 and a group of 9 that the document counts
near where it uses the formula ("build A and B, 2 clusters; grow C, D ... 9 clusters",
then the quoted formula). A question asking what one member stands for is answered by
the enumeration with that stated count nearest the formula's mention."""

from __future__ import annotations

import re

from assistant.answering.composing import Context
from assistant.answering.enumerations import Enumeration, find_enumerations
from assistant.answering.grammar import grammar
from assistant.index import Index
from assistant.messages import msg
from assistant.text import normalize

_G = grammar()
_MEMBER = re.compile(_G.raw["formulas"]["member"])


def formula_member(question: str) -> tuple[str, int] | None:
    """The formula a question names and the member it asks about: ("2+9", 2)."""
    m = _MEMBER.search(normalize(question))
    if m is None or m.group(2) not in m.group(1).split("+"):
        return None
    return m.group(1), int(m.group(2))


def formula_answer(index: Index, ctx: Context):
    """The counted enumeration a formula's member stands for, or None."""
    asked = formula_member(ctx.aq.text)
    if asked is None:
        return None
    formula, member = asked
    for mention in (s for s in ctx.sentences if formula in normalize(s.text)):
        counted: list[Enumeration] = [
            en
            for s in ctx.sentences
            if s.doc_id == mention.doc_id
            for en in find_enumerations(s)
            if en.stated == member and en.label
        ]
        if not counted:
            continue
        en = min(counted, key=lambda e: abs(e.sentence.start - mention.start))
        text = index.document(en.sentence.doc_id).text
        items = list(dict.fromkeys(text[s:e] for s, e in en.items))
        direct = msg("list_answer_labelled", label=en.label, items="、".join(items))
        return direct, [(en.sentence, (en.items[0][0], en.items[-1][1]))]
    return None
