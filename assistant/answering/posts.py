"""The post a named person holds: "which post does X hold on the committee".

Documents name people with their post written right before the name ("deputy director
of the committee X", an apposition) or, shorter, right after it ("X, deputy director").
A question asking for a person's
post names the person (a word the tagger reads as a personal name) and asks for a kind
of post; the answer is the phrase next to the name ending with a word for a post. Words
are data in ``resources/question_grammar.yaml`` (group ``entity.posts``); examples in
tests/test_posts.py. Functions without state.
"""

from __future__ import annotations

import re

from assistant.answering.answer_parts import as_sentence
from assistant.answering.evidence import Sentence
from assistant.answering.grammar import grammar
from assistant.answering.questions import asked_category
from assistant.text import load_pos_tagger, normalize

_P = grammar().raw["entity"]["posts"]
_KINDS = frozenset(_P["kinds"])
_TITLES = tuple(sorted(_P["titles"], key=len, reverse=True))
# What ends a name or a phrase: punctuation, brackets, quotation and title marks, space.
NAME_BOUNDARY = re.compile(r"[，,。；;：:、（）()“”\"《》\s]")
# A personal name is this many characters long.
NAME_CHARS = (2, 4)
_SUBJECT = re.compile(
    rf"([\u4e00-\u9fff]{{{NAME_CHARS[0]},{NAME_CHARS[1]}}}?)(?:"
    + "|".join(map(re.escape, _P["subject_ends"]))
    + ")"
)
# Part-of-speech tag of a personal name.
PERSON_TAG = "nr"
# A post written before a name is at most this long (a bureau's name and its head's
# title); a longer run before the name is a clause, not a post.
MAX_POST_CHARS = 20
# Units read for the person's post, best first: the name is rare, so the units naming the
# person are among the first.
POST_UNITS = 8


def asked_person(question: str) -> str | None:
    """The person whose post the question asks for, or None when it asks no post."""
    if asked_category(question) not in _KINDS:
        return None
    q = normalize(question)
    names = [w.word for w in load_pos_tagger().cut(q) if w.flag == PERSON_TAG and len(w.word) > 1]
    if names:
        return names[0]
    # A name the tagger does not know: the question's subject, a short run of characters
    # before the verb that asks the post ("X holds…", "X is what post").
    m = _SUBJECT.match(q)
    return m.group(1) if m else None


def post_span(person: str, text: str) -> tuple[int, int, bool] | None:
    """Where ``text`` writes the post of ``person``, and whether before the name: the
    phrase right before the name, else the title right after it; None when neither ends
    with a word for a post."""
    after = None
    for m in re.finditer(re.escape(person), text):
        left = max((b.end() for b in NAME_BOUNDARY.finditer(text, 0, m.start())), default=0)
        phrase = text[left : m.start()]
        if 0 < len(phrase) <= MAX_POST_CHARS and phrase.endswith(_TITLES):
            return left, m.start(), True
        title = next((t for t in _TITLES if text.startswith(t, m.end())), None)
        if title is not None and after is None:
            after = m.end(), m.end() + len(title), False
    return after


def post_answer(question: str, typed: list[tuple[Sentence, float]]):
    """(direct answer, quotes) naming the post of the person the question names: a post
    written before the name (the whole post) in the best unit that has one, else a title
    after it; None when the question asks no post or no unit writes it."""
    person = asked_person(question)
    if person is None:
        return None
    found = [
        (sent, span)
        for sent, _ in typed[:POST_UNITS]
        if (span := post_span(person, normalize(sent.text))) is not None
    ]
    if not found:
        return None
    # normalize() keeps offsets (width and script only).
    sent, (s, e, _) = next((f for f in found if f[1][2]), found[0])
    return as_sentence(sent.text[s:e]), [(sent, (sent.start + s, sent.start + e))]
