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

from assistant.answering.answer_parts import as_sentence
from assistant.answering.composing import NEAR_BEST
from assistant.answering.evidence import DATE, Sentence, term_variants
from assistant.answering.grammar import grammar
from assistant.answering.posts import NAME_BOUNDARY, post_answer
from assistant.answering.questions import asked_category
from assistant.text import load_pos_tagger, normalize, words

_E = grammar().raw["entity"]
_SLOT = re.compile("|".join(map(re.escape, sorted(_E["slot_words"], key=len, reverse=True))))
_PARTICLES = tuple(sorted(_E["slot_particles"], key=len, reverse=True))
_OPENERS = tuple(sorted(_E["slot_openers"], key=len, reverse=True))
_BODY_KINDS = frozenset(_E["body_kinds"])
_DOCUMENT_KINDS = tuple(_E["document_kinds"])
# A slot asking for a document: the slot word, at most this many characters, a kind.
DOCUMENT_KIND_GAP = 4
_ASKS_DOCUMENT = re.compile(
    f"(?:{_SLOT.pattern})[^，,。？?]{{0,{DOCUMENT_KIND_GAP}}}?(?:"
    + "|".join(map(re.escape, _DOCUMENT_KINDS))
    + ")"
)
_TITLE = re.compile(grammar().raw["book_title"])
_TITLE_NUMBER = re.compile(_E["title_number"])
BODY_SUFFIXES = tuple(sorted(_E["body_suffixes"], key=len, reverse=True))
_BOUNDARY = NAME_BOUNDARY
# A clause, or a name inside quotation marks: a run between boundaries.
_CLAUSE = re.compile(_BOUNDARY.pattern.replace("[", "[^", 1) + "+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Part-of-speech tags (first letter) of the words a name may end with.
_NOUN_TAGS = ("n", "j", "e")
# An anchor verb is this many characters of the question next to the slot.
ANCHOR_CHARS = 2
# Units near the best score that are read for a filler …
SLOT_UNITS = 4
# … when they score within this of the best (within NEAR_BEST for a filler no marker
# opens): a phrase a marker puts in the question's slot is stronger evidence than a small
# gap in cover, but a unit far below the best is about something else.
SLOT_MARGIN = 0.25
# Units near the best score read for a name of the asked kind (one ending with the kind's
# noun is seldom there by chance, so reading further down costs little).
KIND_UNITS = 8
# Kinds of at least this many characters are read as the ending of a name.
MIN_KIND_CHARS = 2
# A filler longer than this is a clause, not a name.
MAX_FILLER_CHARS = 30
# A name in quotation marks ending right where a later phrase starts (the verb).
_QUOTED_BEFORE = re.compile(rf"[“\"]([^“”\"，,。；;]{{1,{MAX_FILLER_CHARS}}})[”\"]$")
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
    # A word ending like a body's name is a name whatever its tag ("发展局" is tagged as a
    # set phrase).
    return bool(tagged) and (
        tagged[-1].flag[:1] in _NOUN_TAGS or tagged[-1].word.endswith(BODY_SUFFIXES)
    )


def slot_filler(question: str, category: str | None, sent: Sentence) -> tuple[int, int] | None:
    """The document span of ``sent`` that fills the question's slot, or None."""
    found = _slot_span(question, category, sent)
    return found[0] if found else None


def _slot_span(question: str, category: str | None, sent: Sentence):
    """(span, opened): the filler's document span and whether a marker opens it."""
    found = _after_slot(question, category)
    if found is None:
        return None
    before, anchor = found
    text = normalize(sent.text)
    q = normalize(question)
    candidates: list[tuple[int, int]] = []
    if anchor and anchor in text:
        p = text.find(anchor)
        quoted = _QUOTED_BEFORE.search(text, 0, p)
        if quoted is not None and _is_quoted_name(quoted.group(1), q):
            # A name in quotation marks right before the verb (a quoted platform, then
            # "fill in online") fills the slot whole; the marks are a boundary, not the
            # end of a phrase.
            opened = _ends_with_opener(text[: quoted.start()])
            if opened or not _ends_with_opener(before):
                return (sent.start + quoted.start(), sent.start + quoted.end()), opened
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
        elif category and len(category) >= MIN_KIND_CHARS:
            # The anchor may be a word inside the name (a platform named "…online
            # approval platform" asked "which platform is used online"): the kind asked
            # for, later in the clause, ends it.
            stop = _BOUNDARY.search(text, p)
            kind = text.find(category, p, stop.start() if stop else len(text))
            if kind > p:
                end = kind + len(category)
        candidates.append((start, end, opened))
    for s, e, opened in candidates:
        if _is_name(text[s:e].strip(), q):
            # normalize() keeps offsets for the text it is given (width and script only).
            return (sent.start + s, sent.start + e), opened
    return None


def _is_name(filler: str, question: str) -> bool:
    """A filler names something (its last word a noun) in a few words and does not only
    restate the question."""
    # A date inside a phrase ("in October 1984, approved by…") makes it a clause: a
    # segmenter may join a month's character with an opener and hide the opener.
    return (
        _is_quoted_name(filler, question) and not DATE.search(filler) and _names_something(filler)
    )


def _is_quoted_name(filler: str, question: str) -> bool:
    """A name in quotation marks: the marks say it is a name, whatever its last word."""
    if not filler or len(filler) > MAX_FILLER_CHARS or not _HAN.search(filler):
        return False
    return sum(1 for ch in filler if ch in question) / len(filler) <= MAX_QUESTION_SHARE


def _kind_ends(word: str, category: str) -> bool:
    """Does a word end a name of the asked kind? A word shorter than the kind ends it only
    as a body's suffix (a segmenter may or may not cut the kind off the word before it)."""
    if category in _BODY_KINDS:
        return word.endswith(BODY_SUFFIXES)
    return len(word) >= len(category) and word.endswith(category)


def kind_name(question: str, category: str | None, sent: Sentence) -> tuple[int, int] | None:
    """The document span of ``sent`` naming a thing of the kind the question asks for
    (a platform by a name ending with the word for platform, a department by a name ending
    like a body's, a document by a title in title marks and its number): in a clause (or
    inside quotation marks), the words after
    the clause's last opener up to the last word ending with the kind (for a body, only
    after an opener); None when no such name is there or it restates the question."""
    text = normalize(sent.text)
    q = normalize(question)
    if _ASKS_DOCUMENT.search(q):
        return _titled(text, q, sent.start)
    # A one-character kind (省, 市) ends nearly every place name: the clause that names
    # the place says why it is the one asked for, and is the answer.
    if not category or len(category) < MIN_KIND_CHARS:
        return None
    named = _quoted_of_kind(text, q, category)
    if named is not None:
        return sent.start + named[0], sent.start + named[1]
    # The question's own verb before its slot ending with an opener ("设在哪个部门") opens
    # the name too, and its clause is read first.
    found = _after_slot(question, category)
    asked = list(words(found[0]))[-1:] if found and found[0] else []
    verb = asked[0] if asked and _ends_with_opener(asked[0]) else None
    pieces = sorted(_CLAUSE.finditer(text), key=lambda p: not (verb and verb in p.group(0)))
    for piece in pieces:
        left, clause = piece.start(), piece.group(0)
        start, end, pos, opened = 0, None, 0, False
        for word in words(clause):
            pos += len(word)
            if word in _OPENERS or word == verb:
                start, end, opened = pos, None, True
            elif _kind_ends(word, category):
                end = pos
        if end is None or end - start <= len(category):
            continue
        # Most sentences name some body as their subject: a body fills the slot only
        # where a marker opens it (to, by, through whom).
        if category in _BODY_KINDS and not opened:
            continue
        if _is_name(clause[start:end], q):
            end += _alias(text, left + end, category)
            return sent.start + left + start, sent.start + left + end
    return None


_ALIAS = re.compile(rf"[（(]([^（）()，,。；;]{{1,{MAX_FILLER_CHARS}}})[）)]")


def _alias(text: str, end: int, category: str) -> int:
    """The length of a bracket right after a name that holds another name of the same
    kind (a department with its other name in brackets: one body under two names), 0
    when none follows."""
    m = _ALIAS.match(text, end)
    if m is None:
        return 0
    last = list(words(m.group(1)))[-1:]
    return len(m.group(0)) if last and _kind_ends(last[0], category) else 0


_KIND_FORMS = grammar().raw["entity"]["kind_forms"]


def unkind_row(aq, row: Sentence) -> bool:
    """Does an entity question ask for a kind of thing ("which company") that no cell of
    this table row names, nor any column of its table? Such a row describes the subject but
    does not say the entity asked for."""
    category = asked_category(aq.text) if aq.qtype == "entity" and row.cells else None
    if not category or len(category) < MIN_KIND_CHARS:
        return False
    forms = (category, *term_variants(category), *_KIND_FORMS.get(category, ()))
    cells = [normalize(c) for c in row.cells]
    return not any(_kind_ends(c, f) for c in cells for f in forms) and not any(
        f in normalize(h) for h in row.header for f in forms
    )


def _quoted_of_kind(text: str, question: str, category: str) -> tuple[int, int] | None:
    """A name in quotation marks followed by the kind asked for (a platform's name in
    quotation marks, then the word for platform), marks and kind included; a body's name
    only where a marker opens it."""
    pattern = rf"[“\"]([^“”\"，,。；;]{{1,{MAX_FILLER_CHARS}}})[”\"]{re.escape(category)}"
    for m in re.finditer(pattern, text):
        if category in _BODY_KINDS and not _ends_with_opener(text[: m.start()]):
            continue
        if _is_quoted_name(m.group(1), question):
            return m.start(), m.end()
    return None


def _titled(text: str, question: str, offset: int) -> tuple[int, int] | None:
    """The first title in title marks that does not only restate the question, with the
    document number right after it."""
    for m in _TITLE.finditer(text):
        end = m.end()
        number = _TITLE_NUMBER.match(text, end)
        if number is not None:
            end = number.end()
        title = text[m.start() : end]
        if sum(1 for ch in title if ch in question) / len(title) <= MAX_QUESTION_SHARE:
            return offset + m.start(), offset + end
    return None


def slot_answer(question: str, typed: list[tuple[Sentence, float]], best_score: float):
    """The filler of the question's slot in the best unit that has one, among those
    scoring near the best; failing that, a name of the kind the question asks for:
    (direct answer, quotes), or None."""
    posted = post_answer(question, typed)
    if posted is not None:
        return posted
    category = asked_category(question)
    near = [(s, sc) for s, sc in typed[:SLOT_UNITS] if sc >= best_score - SLOT_MARGIN]
    found = None
    # A document asked for is named by its title: a phrase in the slot would be a piece.
    asks_document = bool(_ASKS_DOCUMENT.search(normalize(question)))
    for sent, score in () if asks_document else near:
        filled = _slot_span(question, category, sent)
        # A unit further below the best answers only with a filler a marker opens.
        if filled is not None and (filled[1] or score >= best_score - NEAR_BEST):
            found = sent, filled[0]
            break
    # A name of the asked kind is rarer than a phrase in a slot: more units are read for it.
    named = [(s, sc) for s, sc in typed[:KIND_UNITS] if sc >= best_score - SLOT_MARGIN]
    for sent, _ in named if found is None else ():
        span = kind_name(question, category, sent)
        if span is not None:
            found = sent, span
            break
    if found is None:
        return None
    sent, span = found
    filler = sent.text[span[0] - sent.start : span[1] - sent.start]
    return as_sentence(filler), [(sent, span)]
