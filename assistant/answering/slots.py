"""Entity answers as the span that fills the question's slot.

An entity question leaves one place of its statement open ("[slot] is responsible for
interpreting it", "ask [slot] for advice", "apply on [slot]"). A document sentence saying
the same thing has a phrase in that place: it sits between the verb that follows the slot
in the question and the word that opens it in the sentence (an agent, addressee, means or
place marker). That phrase is the answer, not the first name of the sentence. A slot
ending the question (what something is located at) is left to the clause, which often
runs on past the first comma. Words are data in ``resources/question_grammar.yaml``
(group ``entity``); functions without state.
"""

from __future__ import annotations

import re

from assistant.answering.composing import NEAR_BEST, as_sentence
from assistant.answering.evidence import Sentence
from assistant.answering.grammar import grammar
from assistant.answering.questions import asked_category
from assistant.text import load_pos_tagger, normalize, words

_E = grammar().raw["entity"]
_SLOT = re.compile("|".join(map(re.escape, sorted(_E["slot_words"], key=len, reverse=True))))
_PARTICLES = tuple(sorted(_E["slot_particles"], key=len, reverse=True))
_OPENERS = tuple(sorted(_E["slot_openers"], key=len, reverse=True))
_BOUNDARY = re.compile(r"[，,。；;：:、（）()“”\"《》\s]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Part-of-speech tags (first letter) of the words a name may end with.
_NOUN_TAGS = ("n", "j", "e")
# An anchor verb is this many characters of the question next to the slot.
ANCHOR_CHARS = 2
# Units near the best score that are read for a filler.
SLOT_UNITS = 4
# A filler longer than this is a clause, not a name.
MAX_FILLER_CHARS = 30
# A filler this much made of the question's own characters restates what is asked about.
MAX_QUESTION_SHARE = 0.5


def _after_slot(question: str, category: str | None) -> tuple[str, str] | None:
    """The words right before the slot and the anchor right after it (the category noun
    and place particles skipped); the anchor is empty when the slot ends the question."""
    q = normalize(question)
    m = _SLOT.search(q)
    if m is None:
        return None
    before = q[: m.start()]
    rest = q[m.end() :]
    if category and rest.startswith(category):
        rest = rest[len(category) :]
    moved = True
    while moved:
        moved = False
        for p in _PARTICLES:
            if rest.startswith(p):
                rest, moved = rest[len(p) :], True
                break
    anchor = rest[:ANCHOR_CHARS]
    return before, anchor if len(_HAN.findall(anchor)) == ANCHOR_CHARS else ""


def _opened(text: str) -> tuple[str, bool]:
    """The phrase after the last opener that is a word of its own (not the first character
    of a longer word), and whether there was one."""
    pos, cut, found = 0, 0, False
    for word in words(text):
        pos += len(word)
        if word in _OPENERS or any(word == o[-len(word) :] for o in _OPENERS if len(o) > 1):
            cut, found = pos, True
    return text[cut:], found


def _ends_with_opener(text: str) -> bool:
    return any(text.endswith(o) for o in _OPENERS)


def _names_something(filler: str) -> bool:
    """A filler names something: its last word is a noun (or a name, an abbreviation)."""
    tagged = list(load_pos_tagger().cut(filler))
    return bool(tagged) and tagged[-1].flag[:1] in _NOUN_TAGS


def slot_filler(question: str, category: str | None, sent: Sentence) -> tuple[int, int] | None:
    """The document span of ``sent`` that fills the question's slot, or None."""
    found = _after_slot(question, category)
    if found is None:
        return None
    before, anchor = found
    text = normalize(sent.text)
    q = normalize(question)
    candidates: list[tuple[int, int]] = []
    if anchor and anchor in text:
        p = text.find(anchor)
        left = max((m.end() for m in _BOUNDARY.finditer(text, 0, p)), default=0)
        piece, opened = _opened(text[left:p])
        # A slot the question puts after a marker (an addressee, a means) is filled after a
        # marker in the document too; a subject slot may open its clause.
        if not opened and _ends_with_opener(before):
            return None
        start = p - len(piece)
        end = p
        if category and text.startswith(category, p):
            end = p + len(category)  # the kind asked for ends the name
        candidates.append((start, end))
    for s, e in candidates:
        filler = text[s:e].strip()
        if not filler or len(filler) > MAX_FILLER_CHARS or not _HAN.search(filler):
            continue
        if not _names_something(filler):
            continue
        own = sum(1 for ch in filler if ch in q)
        if own / len(filler) > MAX_QUESTION_SHARE:
            continue
        # normalize() keeps offsets for the text it is given (width and script only).
        return sent.start + s, sent.start + e
    return None


def slot_answer(question: str, typed: list[tuple[Sentence, float]], best_score: float):
    """The filler of the question's slot in the best unit that has one, among those
    scoring near the best: (direct answer, quotes), or None."""
    category = asked_category(question)
    for sent, score in typed[:SLOT_UNITS]:
        if score < best_score - NEAR_BEST:
            break
        span = slot_filler(question, category, sent)
        if span is not None:
            filler = sent.text[span[0] - sent.start : span[1] - sent.start]
            return as_sentence(filler), [(sent, span)]
    return None
