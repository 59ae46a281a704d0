"""A follow-up pointing back with a pronoun at the one thing the earlier answer named ("and
which department is *it* under?" after "which project was rated poor?" was answered with a
project's name): the pronoun is read as that name, so the question is asked of the thing
itself. Only when the earlier question asked which thing (a which-word) and its answer
opens with a short name. Module functions; no state.
"""

from __future__ import annotations

import re

from assistant.answering.grammar import grammar
from assistant.answering.models import Turn
from assistant.answering.multipart import part_subject
from assistant.text import load_pos_tagger

# Part-of-speech flags of nouns and names (place, person, other proper names).
NOUN_FLAG = "n"


def with_referent(question: str, history: list[Turn]) -> str:
    """The question with its pronoun replaced by the name the earlier answer opens with,
    or the question unchanged."""
    g = grammar()
    follow = g.raw["follow_up"]
    question = _with_tier(question, history, follow)
    question = _with_item(question, history, follow)
    pronouns = set(follow["referring_pronouns"])
    words = [p.word for p in load_pos_tagger().lcut(question)]
    # The tagger may glue the pronoun to the word opening a follow-up ("and it" as one).
    openers = set(follow["start_words"])
    at = next(
        (
            k
            for k, w in enumerate(words)
            if w in pronouns or (w[-1:] in pronouns and w[:-1] in openers)
        ),
        None,
    )
    if at is None or len(history) < 2:
        return question
    asked, answer = history[-2], history[-1]
    if asked.role != "user" or answer.role != "assistant":
        return question
    if not g.which_asking.search(asked.content):
        return question
    name = _opening_name(answer.content, follow)
    if name is None or name in question:
        return question
    kept = "" if words[at] in pronouns else words[at][:-1]
    return "".join(words[:at]) + kept + name + "".join(words[at + 1 :])


def _opening_name(answer: str, follow: dict) -> str | None:
    """The answer's words up to its first mark, when short enough to be a name."""
    text = answer.strip()
    cut = min((i for i in (text.find(m) for m in follow["answer_name_ends"]) if i >= 0), default=-1)
    name = text[:cut] if cut >= 0 else ""
    if not 1 < len(name) <= int(follow["answer_name_chars"]):
        return None
    # A name opens and ends with a noun; a clause ("according to the results") does not.
    flags = [p.flag for p in load_pos_tagger().lcut(name)]
    return name if flags[0].startswith(NOUN_FLAG) and flags[-1].startswith(NOUN_FLAG) else None


def _with_tier(question: str, history: list[Turn], follow: dict) -> str:
    """The question with "this tier" read as the one tier the earlier question named ("this
    class of firms" after a question on class C firms), or the question unchanged (no
    earlier question, or one naming no tier or several of that classifier)."""
    asked = [t.content for t in history if t.role == "user"]
    alt = "|".join(map(re.escape, follow["tier_classifiers"]))
    dems = "|".join(map(re.escape, follow["tier_demonstratives"]))
    m = re.search(f"(?:{dems})({alt})", question)
    if m is None or not asked:
        return question
    tiers = set(re.findall(f"({follow['tier_mark']}){re.escape(m.group(1))}", asked[-1]))
    if len(tiers) != 1:
        return question
    return question[: m.start()] + tiers.pop() + m.group(1) + question[m.end() :]


def _with_item(question: str, history: list[Turn], follow: dict) -> str:
    """The question with "this item" read as the thing the earlier question asked about
    (its words before its asking word), or the question unchanged (no earlier question, or
    one whose asking word opens it)."""
    asked = [t.content for t in history if t.role == "user"]
    m = re.search(follow["item_referents"], question)
    if m is None or not asked:
        return question
    subject = part_subject(asked[-1])
    if not subject or subject in question:
        return question
    return question[: m.start()] + subject + question[m.end() :]
