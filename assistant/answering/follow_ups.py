"""Follow-up questions that name only a new subject ("and the C tier?", "and by 2030?"):
the earlier question asked again with its counterpart of that subject replaced.

Chinese compounds put their head last, so a thing and its counterpart in the earlier
question share their final word or character (a tier and another tier, one year and another
year, one level and another level). The earlier question's place, measure and asking words
then hold for the new subject, and the answer type is the earlier question's.
"""

from __future__ import annotations

from assistant.answering.grammar import grammar
from assistant.answering.question_words import asks
from assistant.text import load_pos_tagger

# A counterpart shorter than this many characters is a function word or a lone letter
# (the letter of a lettered tier), only replaced when the words after it match too.
MIN_COUNTERPART_CHARS = 2
# Words at most between the number of an earlier question's condition and the words the
# follow-up shares with it ("3 years, then | moves out"): further, the number states
# something else.
MAX_NUMERAL_GAP = 2


# Tag of a Latin-letter word and of a classifier: a lone capital letter and the classifier
# after it (the tier letter and its grade word) name a lettered tier, one thing as a
# numeral and its unit are.
LETTER_FLAG = "eng"
CLASSIFIER_FLAG = "q"


def _lettered_tier(previous: tuple[str, str], flag: str) -> bool:
    word, tag = previous
    return tag == LETTER_FLAG and len(word) == 1 and word.isupper() and flag == CLASSIFIER_FLAG


def merge_numerals(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A year numeral and its unit word are one thing; so are a tier's letter and its
    classifier ("grade C")."""
    out: list[tuple[str, str]] = []
    for w, flag in words:
        numeral = out and out[-1][1] == "m" and flag in ("m", "q", "t")
        if (numeral and out[-1][0][-1:].isdigit()) or (out and _lettered_tier(out[-1], flag)):
            out[-1] = (out[-1][0] + w, "m")
        else:
            out.append((w, flag))
    return out


def _words(text: str) -> list[str]:
    return [w for w, _ in merge_numerals([(p.word, p.flag) for p in load_pos_tagger().lcut(text)])]


def substitute_subject(previous: str, question: str, focus: str) -> str | None:
    """The earlier question with the focus's counterpart replaced by the focus, or None when
    the earlier question holds no counterpart (the focus is then another kind of thing) or
    the question asks about a part of the earlier whole."""
    if question.strip().startswith(tuple(grammar().raw["follow_up"]["part_of_whole"])):
        return None
    if grammar().asked_count.search(previous):
        # "Which two flagship clusters? And the nine others?": a new set, listed on its own.
        return None
    ends = tuple(grammar().raw["multipart"]["modifier_end"])
    subject = focus.strip()
    while subject.endswith(ends):
        subject = subject[: -len(next(e for e in ends if subject.endswith(e)))]
    if not subject or subject in previous:
        return None
    mine, theirs = _words(subject), _words(previous)
    # The longest run of final words the two share (the tier word of "tier C" and "tier B
    # talents"): the word right before it in the earlier question is the counterpart of the
    # focus's own words.
    best: tuple[int, int] | None = None  # (shared words, index of the counterpart)
    for k in range(len(mine) - 1, 0, -1):
        tail = mine[-k:]
        at = next(
            (j for j in range(len(theirs) - k + 1) if theirs[j : j + k] == tail),
            None,
        )
        if at is not None:
            best = (k, at - 1)
            break
    if best is not None:
        k, j = best
        head = mine[:-k]
        if (start := _numeral_start(head, theirs, j)) is not None:
            # "And if one moves out after *4 years*?" for "moves out *within 3 years*": the
            # focus's condition takes the place of the earlier one, word for word from
            # where each states its number.
            return "".join(theirs[:start] + head + theirs[j + 1 :])
        if j < 0:
            # The earlier question names the thing bare ("projects, once producing…"): the focus
            # qualifies it.
            return "".join(head + theirs)
        # Words the focus repeats from before the counterpart ("by" of "by 2030") stay once.
        while len(head) > 1 and j > 0 and head[0] == theirs[j - 1]:
            head = head[1:]
        return "".join(theirs[:j] + head + theirs[j + 1 :])
    # No shared word: the word of the earlier question ending as the focus ends (a national
    # level for a city level, 2025 for 2030, industrial land for M0 land), longest ending first.
    found = max(
        ((_shared_end(word, subject), j) for j, word in enumerate(theirs)),
        key=lambda x: (x[0], -x[1]),
        default=(0, 0),
    )
    shared, j = found
    if shared == 0 or len(theirs[j]) < MIN_COUNTERPART_CHARS or theirs[j] == mine[-1]:
        return None
    head = mine
    while len(head) > 1 and j > 0 and head[0] == theirs[j - 1]:
        head = head[1:]
    return "".join(theirs[:j] + head + theirs[j + 1 :])


def _numeral(word: str) -> bool:
    g = grammar()
    return word[:1].isdigit() or (word[:1] in g.digits and word[-1:] not in g.digits)


def _numeral_start(head: list[str], theirs: list[str], j: int) -> int | None:
    """Where the earlier question's condition starts that the focus's own words before the
    shared words restate with another number ("after full 4 years" for "within 3 years"):
    both hold one number, the earlier one at most MAX_NUMERAL_GAP words before the shared
    words, and as many words precede each number; None otherwise."""
    ours = [k for k, w in enumerate(head) if _numeral(w)]
    earlier = [k for k in range(max(0, j - MAX_NUMERAL_GAP), j + 1) if _numeral(theirs[k])]
    if len(ours) != 1 or len(earlier) != 1 or len(head) < 2:
        return None
    start = earlier[0] - ours[0]
    clause = grammar().raw["multipart"]["clause_separators"]
    if start < 0 or any(w in clause for w in theirs[start : j + 1]):
        return None
    return start


def _shared_end(word: str, subject: str) -> int:
    """How many final characters a word shares with the subject; none for punctuation."""
    n = 0
    while n < min(len(word), len(subject)) and word[-1 - n] == subject[-1 - n]:
        n += 1
    return n if word[-1:].isalnum() else 0


def subject_then_ask(question: str) -> tuple[str, str] | None:
    """(the new subject, the question then asked) of a follow-up whose first sentence
    names only a new subject and whose next sentence asks ("and integrated circuits? which
    projects are to be brought in?"); None for any other question."""
    g = grammar()
    pieces = [p for p in g.multipart_separators.split(question) if p.strip()]
    if len(pieces) != 2 or not g.follow_up_end.search(pieces[0].strip() + "？"):
        return None
    subject = g.follow_up_end.sub("", g.follow_up_start.sub("", pieces[0].strip())).strip()
    ask = pieces[1].strip()
    if not subject or asks(subject) or not asks(ask) or subject in ask:
        return None
    return subject, ask.lstrip("，,、 ")
