"""A person's name asked for: the answer must hold one; a place asked for, one too.

"The head of the inspection office is called what?" is not answered by a sentence on
the head's approval of an extension, whatever words it shares with the question. The
question asks for a name when a person noun comes before a word asking for one
(``question_grammar.yaml`` group ``person_names``); an answer names a person when the
tagger tags a word of it as a person's name. Likewise "where was the press conference
held" is not answered by the sentence saying it was held without saying where (group
``asked_places``). Pure functions.
"""

from __future__ import annotations

import re

from assistant.answering.asked_money import asks_money, states_money
from assistant.answering.grammar import grammar
from assistant.answering.questions import AnalyzedQuestion
from assistant.text import load_pos_tagger, normalize

_GROUP = grammar().raw["person_names"]


def asks_person_name(question: str) -> bool:
    """Does the question ask for a person's name: a person noun before a naming ask, or
    after a word asking which person?"""
    norm = normalize(question)
    if any(a + p in norm for a in _GROUP["asking_before"] for p in _GROUP["persons"]):
        return True  # "which representative"
    held = (p + w for p in _GROUP["held_by_persons"] for w in _GROUP["asking_who"])
    if any(phrase in norm for phrase in held):
        return True  # "who is the group's head"
    asks = [i for w in _GROUP["asking"] if (i := norm.find(w)) >= 0]
    return bool(asks) and any(0 <= norm.find(p) < min(asks) for p in _GROUP["persons"])


def names_person(text: str) -> bool:
    """Does the text hold a word the tagger reads as a person's name?"""
    tags = set(_GROUP["name_tags"])
    return any(w.flag in tags for w in load_pos_tagger().cut(text))


def answers_person(question: str, direct: str) -> bool:
    """Is an answer fit for the question as far as names go: it names a person whenever
    the question asks for one's name?"""
    return not asks_person_name(question) or names_person(direct)


_PLACES = grammar().raw["asked_places"]
_LOCATIVE = re.compile(_PLACES["locative"])
_WHERE = re.compile(_PLACES["asking"])


def asks_place(question: str) -> bool:
    """Does the question ask where an event took place or a body has its office: a
    where-word with an event or office verb, or with a place noun?"""
    norm = normalize(question)
    if _WHERE.search(norm) is None:
        return False
    return any(w in norm for w in (*_PLACES["events"], *_PLACES["nouns"]))


def states_place(text: str) -> bool:
    """Does the text state a place: a place label, a locative before an event's verb, or a
    noun of a room, building or street?"""
    norm = normalize(text)
    if any(w in norm for w in (*_PLACES["labels"], *_PLACES["suffixes"])):
        return True
    return _LOCATIVE.search(norm) is not None


def answers_asked(aq: AnalyzedQuestion, direct: str) -> bool:
    """Is an answer fit for what the question asks of persons, places and money: a name when
    a person's name is asked, a place when an event's or office's place is, money when a
    number question asks how much money?"""
    question = aq.text
    if aq.qtype == "number" and asks_money(aq.original) and not states_money(direct):
        return False
    return answers_person(question, direct) and (not asks_place(question) or states_place(direct))
