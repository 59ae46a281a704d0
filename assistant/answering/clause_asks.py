"""The asks in the comma-separated clauses of one question sentence.

A clause asks a thing of its own when it names a thing, names an entry of a list, says the
first clause's action again to ask another kind of value, opens with an additive adverb, or
asks a later step or how long a started thing lasts. A question of three clauses or more is
split until no clause splits further.
"""

from __future__ import annotations

from assistant.answering import multipart
from assistant.answering.clause_stages import asks_later_step, asks_start_and_length
from assistant.answering.clause_turns import turned_ask
from assistant.answering.grammar import grammar
from assistant.answering.question_words import (
    NOUN_PHRASE_POS,
    asks,
    classify,
    key_tokens,
    plain_asking,
)


def clause_parts(parts: list[str]) -> list[str]:
    """Each part split into the asks of its clauses, until none splits further ("from which
    year does the rent rise, by how much a year, by how much at most over the lease")."""
    out: list[str] = []
    for part in parts:
        more = clause_asks(part)
        out += clause_parts(more) if more else [part]
    return out


def clause_asks(question: str) -> list[str] | None:
    """Two asks in the comma-separated clauses of one sentence ("how much foreign capital
    was used, what share of the nation's is it") -> one part each. Not a comparison or a
    yes/no question, whose clauses ask one thing together ("how much is each, which is
    higher")."""
    if classify(question) in ("comparison", "yesno"):
        return None
    g = grammar()
    cuts = [m for m in g.clause_separators.finditer(question) if m.start() > 0]
    for m in reversed(cuts):
        left, right = question[: m.start()], question[m.end() :]
        # Each clause must hold a question word: a clause stating a rank, then a question
        # about it, is one question.
        questioning = all(g.wh_words.search(plain_asking(c)) for c in (left, right))
        if not (questioning and asks(left)):
            continue
        if (asks(right) and names_thing(right)) or multipart.names_entry(right):
            return [left, right]
        if counts_other(left, right):
            return [left, multipart.with_actor(left, right)]
        if asks(right) and multipart.repeats_action(left, right):
            return [left, multipart.with_actor(left, right)]
        if asks(right) and multipart.adds_ask(right):
            return [left, multipart.with_subject(left, right)]
        if asks_later_step(left, right):
            return [left, right]  # the later step is the right clause's own subject
        if asks_start_and_length(left, right):
            return [left, multipart.with_subject(left, right)]
        if (turned := turned_ask(left, right)) is not None:
            return [left, turned]
    return None


def names_thing(clause: str) -> bool:
    """Does a clause name a thing of its own ("what share of the nation's", "valid until
    when")? One that does not ("down to how much now", "how many years at most") asks on
    about the thing before it, and the two clauses are one question."""
    stop = grammar().question_stopwords
    return any(
        t is not None and t[1].startswith(NOUN_PHRASE_POS) and t[0] not in stop
        for t in key_tokens(clause)
    )


def counts_other(left: str, right: str) -> bool:
    """Does a clause count with a classifier other than the one the clause before counts
    with ("how many *items* of policy documents, how many *pieces* of readings")? It then
    counts a thing of its own, though the tagger may take that thing's noun for a verb."""
    count = grammar().count_asking
    a, b = count.search(left), count.search(right)
    return a is not None and b is not None and a.group(1) != b.group(1)
