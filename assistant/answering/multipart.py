"""The parts of a compound question read as whole questions of their own.

A later part often leans on the first: it asks on about the first part's subject with few
words of its own ("what is the revenue, and how much did it grow?"), or names only a new
subject ("…how much? and for new industrial land?"). Each part is given what it leans on, so that it is answered from its own
covering unit with the question's shared subject, year and place. A part's label — the
words that set it apart from the other parts — heads its answer, so that the reader sees
which value answers which part.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from assistant.answering.follow_ups import merge_numerals, substitute_subject
from assistant.answering.grammar import grammar, table_grammar_groups
from assistant.answering.question_words import (
    NOUN_PHRASE_POS,
    asks,
    classify,
    counted_noun,
    key_phrase,
    key_tokens,
    plain_asking,
)
from assistant.text import load_pos_tagger

# A later part with at most this many characters of its own content (one word: "grew",
# "phone") asks on about the first part's subject. Longer, and the part names a thing of its
# own ("valid for how many years") that the first part's words would only outweigh.
LEANING_PART_CHARS = 2
# A later part asking the other extreme names at most the kind of row asked ("which grade")
# besides its extreme word: longer, it asks of a thing of its own.
OWN_KIND_CHARS = 2
# A label longer than this is a whole question, not what sets one part apart.
MAX_LABEL_CHARS = 10
# A head noun two things share is a word: a single character ending both ("区") is too
# often a suffix of unrelated names to mark where the right thing ends.
MIN_HEAD_CHARS = 2


def first_item(items: list[str], right: str) -> tuple[str, str]:
    """(the first of three or more enumerated things, the words before it that every thing
    shares): the first is as long as the others are, one word each ("after getting the
    land: start, completion, production")."""
    rest = [*items[1:], right]
    if len(rest) < 2 or any(len(load_pos_tagger().lcut(x)) != 1 for x in rest):
        return items[0], ""
    first = [p.word for p in load_pos_tagger().lcut(items[0])]
    return first[-1], "".join(first[:-1])


def locative_cut(words: list[tuple[str, str]]) -> int:
    """Where the words before the things end with a locative word ("of the total, exports
    and imports"): what comes before it is shared by every thing; 0 when none does."""
    locatives = tuple(grammar().raw["multipart"]["locative_ends"])
    at = [k for k, (w, _) in enumerate(words) if w in locatives]
    return len("".join(w for w, _ in words[: at[-1] + 1])) if at else 0


def year_cut(words: list[tuple[str, str]]) -> int:
    """Where the words before the things end with a year that more words follow ("zone A's
    2024 GDP and foreign capital"): the place and year before it hold for every thing, not
    for the first alone; 0 when no year does."""
    year = grammar().stated_year
    # The year follows the place or body it dates ("zone A 2024"); a year after a
    # preposition ("in the 2023 version") qualifies the first thing alone.
    at = [
        k
        for k, (w, _) in enumerate(words[:-1])
        if k and year.fullmatch(w) and words[k - 1][1].startswith("n")
    ]
    return len("".join(w for w, _ in words[: at[-1] + 1])) if at else 0


def period_cut(left: str, words: list[str], right: str) -> int:
    """Where a period opening the words before the things ends ("1-9 months' exports and
    imports"): the period holds for every thing, not for the first alone; 0 when none does,
    when it is all the first thing has, when it ends inside a word, or when the right thing
    opens with a period of its own ("2023 revenue and 2024 profit")."""
    opening = grammar().raw["multipart"]["opening_period"]
    m = re.match(opening, left)
    own = re.match(opening, right)
    ends = set(itertools.accumulate(len(w) for w in words))
    if own is not None and own.end() > 0:
        return 0
    return m.end() if m and 0 < m.end() < len(left) and m.end() in ends else 0


def asking_tail(part: str) -> str:
    """The words a part asks with ("is how much" of "... respectively is how much"): from
    after the word for "respectively", else from its asking word; "" when it has none."""
    g = grammar()
    for word in g.raw["multipart"]["respectively"]:
        if word in part:
            return part[part.rfind(word) + len(word) :]
    m = g.wh_words.search(part)
    return part[m.start() :] if m else ""


def asked_together(left: str, right: str) -> bool:
    """Is a joined thing that asks nothing itself asked by the words after the right one's
    "respectively" ("A's time limit and B's deadline respectively how long")?"""
    respectively = grammar().raw["multipart"]["respectively"]
    return any(w in right for w in respectively) and asks(left + asking_tail(right))


def asks_each(tail: str) -> bool:
    """Do the words after "respectively" ask? By an answer type's words, or by an asking
    word of any type ("how is each laid down"): each thing is then asked the same way."""
    return asks(tail) or grammar().wh_words.search(plain_asking(tail)) is not None


def without_count(words: list[tuple[str, str]], things: int) -> str:
    """The words shared by joined things, without a count of those things they open with
    ("A and B, the two zones'…" -> "zones'…"): each part names one of them."""
    if words and words[0][1] == "m":
        g = grammar()
        numeral = words[0][0].rstrip("".join(g.raw["multipart"]["count_classifiers"]))
        if g.small_number(numeral) == things:
            words = words[1:]
    return "".join(w for w, _ in words)


# Part-of-speech flags of verbs (and verbal nouns): stages of a project said as verbs.
VERB_FLAG = "v"


def verb_run(words: list[tuple[str, str]], at: int, stop: int) -> int:
    """How many verbs follow the verb at ``at`` within one joined modifier ("completed and
    put into production" said as two verbs before the shared noun): the noun after them is
    what the modifiers share, the verbs are the last modifier's own."""
    run = 0
    if not words[at][1].startswith(VERB_FLAG):
        return 0
    while at + 1 + run < stop - 1 and words[at + 1 + run][1].startswith(VERB_FLAG):
        run += 1
    return run


def shared_head(words: list[tuple[str, str]], last: int, stop: int) -> int | None:
    """Where the right thing of "A and B ... respectively" ends when each thing is a noun of
    its own with a shared head ("small and large *enterprises*' award ratio"): the index
    after the first word of the right thing that the left thing ends with; what follows it
    is shared by both. None when the left thing ends with no such word (a modifier of the
    noun that follows: "national and provincial zones"), or when a bracket qualifying the
    right thing follows its head (the thing then runs on as before)."""
    left = words[last - 1][0]
    brackets = tuple(grammar().raw["multipart"]["qualifier_openers"])
    for k in range(last + 1, stop):
        word = words[k][0]
        if len(word) >= MIN_HEAD_CHARS and left.endswith(word):
            # A bracket after the head qualifies the right thing alone: it is not shared.
            qualified = k + 1 < len(words) and words[k + 1][0].startswith(brackets)
            return None if qualified else k + 1
    return None


def _words(text: str) -> list[str]:
    return [w for w, _ in merge_numerals([(p.word, p.flag) for p in load_pos_tagger().lcut(text)])]


def part_subject(part: str) -> str:
    """What a part asks about: its words before its asking word, without the verbs that only
    ask (the copula)."""
    g = grammar()
    m = g.wh_words.search(plain_asking(part))
    if m is None:
        return ""
    words = _words(part[: m.start()])
    asking = set(g.raw["ask_tokens"])
    while words and words[-1] in asking:
        words.pop()
    return "".join(words)


def lean_parts(parts: list[str]) -> list[str]:
    """Later parts given what they lean on from the first: its subject, or the first part
    asked again of a new subject."""
    if len(parts) < 2:
        return parts
    g = grammar()
    # A first part stating only its thing ("A's deadline, and B's time limit, respectively
    # how long?") asks as the last part does: the word for "respectively" says the asking
    # is shared; without it the first part asks in words of its own ("when does it start").
    respectively = g.raw["multipart"]["respectively"]
    shared = any(w in parts[-1] for w in respectively)
    if shared and g.wh_words.search(plain_asking(parts[0])) is None:
        tail = asking_tail(parts[-1])
        if tail:
            # Each part now asks one thing: "respectively" stays with none of them.
            last = parts[-1][: len(parts[-1]) - len(tail)]
            for word in g.raw["multipart"]["respectively"]:
                last = last.removesuffix(word)
            parts = [parts[0].rstrip("，,、 ") + tail, *parts[1:-1], last + tail]
    first, out = parts[0], [parts[0]]
    subject = part_subject(first)
    for part in (counting_as_first(first, p) for p in parts[1:]):
        if swapped := _opposite_extreme(first, part):
            out.append(swapped)
        elif g.follow_up_end.search(part.strip()):
            core = g.follow_up_end.sub("", g.follow_up_start.sub("", part.strip())).strip()
            resolved = substitute_subject(first, part, core) if core else None
            out.append(resolved or part)
        elif subject and len(key_phrase(part).replace(" ", "")) <= LEANING_PART_CHARS:
            out.append(_sibling_subject(subject, part) + part.lstrip("，,、 "))
        else:
            out.append(part)
    return out


def _opposite_extreme(first: str, part: str) -> str | None:
    """A later part asking only the other extreme of the first ("which grade is highest?
    which lowest?"): the first part with its extreme word turned round."""
    g = table_grammar_groups()["extremes"]
    if any(w in part for w in table_grammar_groups()["amount_asking"]):
        return None  # the part asks an amount of its own ("the least got how much")
    pairs = [*zip(g["most"], g["least"], strict=True), *zip(g["least"], g["most"], strict=True)]
    for said, other in pairs:
        own = key_phrase(part).replace(" ", "")
        if other in own and said in first and len(own.replace(other, "")) <= OWN_KIND_CHARS:
            return first.replace(said, other)
    return None


def _sibling_subject(subject: str, part: str) -> str:
    """What a short later part leans on of the first part's subject: all of it ("revenue
    ..., grew how much?"), or the words before its last one when the part names a sibling
    of that word — a word as long, ending in the same head character ("exports how much,
    imports how much?", the two words sharing their last character): the part then asks
    the same of its own thing."""
    own = key_phrase(part).replace(" ", "")
    words = _words(subject)
    last = words[-1] if words else ""
    sibling = len(own) == len(last) and own != last and own[-1:] == last[-1:]
    if len(last) >= MIN_HEAD_CHARS and sibling:
        return subject[: len(subject) - len(last)]
    return subject


def part_labels(parts: list[str], longest: int = MAX_LABEL_CHARS) -> list[str | None]:
    """Each part's label: its words after those every part starts with and before those
    every part ends with (the year of "what is the 2025 target"); None when the label would be
    the whole part or is longer than ``longest`` characters."""
    if len(parts) < 2:
        return [None] * len(parts)
    split = [_words(p) for p in parts]
    head = 0
    while all(len(w) > head for w in split) and len({w[head] for w in split}) == 1:
        head += 1
    tail = 0
    while all(len(w) > head + tail for w in split) and len({w[-1 - tail] for w in split}) == 1:
        tail += 1
    labels: list[str | None] = []
    for w in split:
        label = "".join(w[head : len(w) - tail]).strip("，,、 ")
        labels.append(label if label and len(label) <= longest and tail else None)
    return labels


def named_elsewhere(parts: list[str], part: str, names_own: bool) -> str:
    """What the other parts name that this part must not borrow from the whole question:
    all their words when this part names a place or body of its own, else their labels
    (the words that set them apart: "small firms" is no constraint on the part about "large
    firms")."""
    if names_own:
        return "".join(p for p in parts if p != part)
    # A label too long to head an answer still sets its part apart ("the notified projects'
    # time limit" is no constraint on the part about the restricted projects' deadline).
    labels = part_labels(parts, longest=max(map(len, parts)))
    return "".join(x or "" for p, x in zip(parts, labels, strict=True) if p != part)


def adds_ask(clause: str) -> bool:
    """Does the clause open with an adverb saying it asks one thing more about the subject
    of the clause before it (question_grammar.yaml ``multipart.additive_openers``)?"""
    return clause.lstrip().startswith(tuple(grammar().raw["multipart"]["additive_openers"]))


def with_subject(left: str, right: str) -> str:
    """A clause asking one thing more about the subject of the clause before it ("..., and
    by which units is it assisted"), with that subject: the words before the first clause's
    question word, then the second clause from its own question word."""
    wh = grammar().wh_words
    a, b = wh.search(left), wh.search(right)
    return left[: a.start()] + right[b.start() :] if a and b else right


@lru_cache(maxsize=1)
def _listed_entry() -> re.Pattern[str]:
    g = grammar()
    numeral = "[\\d" + re.escape("".join(g.digits) + "".join(g.places)) + "]+"
    counters = "|".join(map(re.escape, g.raw["tables"]["position_counters"]))
    return re.compile(re.escape(g.raw["numerals"]["ordinal_prefix"]) + numeral + f"(?:{counters})")


def names_entry(clause: str) -> bool:
    """Does the clause name an entry of a list by its place ("the first session")? It then
    asks about a thing of its own, though it has no noun for it."""
    return _listed_entry().search(clause) is not None


def repeats_action(left: str, right: str) -> bool:
    """Does a clause without a noun of its own ask another kind of value about the action
    the clause before it names, saying that action's verb again ("after how many missed
    bookings is booking suspended, suspended for how long")? The repeated verb makes it a
    question of its own, not a continuation asking on about the first clause's thing."""
    # Whatever the tagger calls the word (it takes some verbs for adverbs): the clause
    # names no thing, so its words of two characters or more are the action's, and so is a
    # verb of one ("rises from which year, rises how much a year").
    said = [
        t[0]
        for t in key_tokens(right)
        if t is not None and (len(t[0]) >= MIN_HEAD_CHARS or t[1].startswith(VERB_FLAG))
    ]
    return any(w in left for w in said) and classify(left) != classify(right)


def asks_later(piece: str) -> bool:
    """Does a later sentence of a question ask, though no answer type claims its words? One
    naming only a new subject ("…and for new industrial land?") asks the first part again;
    one asking the manner of an action ("how is the rent charged?") a thing of its own."""
    g, plain = grammar(), plain_asking(piece)
    manner = any(w in plain for w in g.raw["multipart"]["manner_asking"])
    return manner or g.follow_up_end.search(piece.strip()) is not None


# Part-of-speech flag of prepositions: the subject of a clause ends before one ("rent
# *from* which year rises").
PREPOSITION_FLAG = "p"


def with_actor(left: str, right: str) -> str:
    """A clause asking on about the first clause's action ("rises how much a year") with the
    first clause's subject: its words before its asking word, up to a preposition ("the
    rent" of "the rent from which year rises"). A clause opening with the action itself
    ("once cancelled, how long …") has it for its subject."""
    opening = load_pos_tagger().lcut(right)[:1]
    if opening and opening[0].flag.startswith(VERB_FLAG) and opening[0].word in left:
        return right
    g = grammar()
    m = g.wh_words.search(plain_asking(left))
    words = load_pos_tagger().lcut(left[: m.start()] if m else "")
    cut = next((k for k, p in enumerate(words) if p.flag == PREPOSITION_FLAG), len(words))
    actor = "".join(p.word for p in words[:cut])
    return right if not actor or actor in right else actor + right


def _period_item(text: str) -> bool:
    return re.fullmatch(grammar().raw["multipart"]["period_item"], text) is not None


def period_item_cut(left: str, words: list[str], right: str) -> int:
    """Where the first of joined reporting periods starts ("…hazards this quarter and the
    second quarter"): the words before it are shared by every period; 0 when the right
    thing is no period or the left one ends with none."""
    if not _period_item(right) or not words:
        return 0
    return len(left) - len(words[-1]) if _period_item(words[-1]) else 0


def period_run(words: list[tuple[str, str]], at: int) -> int:
    """How many words after the period at ``at`` belong to it ("the previous year's *same
    period*"): one when the two make one period, else none."""
    if at + 1 >= len(words) or not _period_item(words[at][0]):
        return 0
    return 1 if _period_item(words[at][0] + words[at + 1][0]) else 0


def counting_as_first(first: str, part: str) -> str:
    """A later part counting with a classifier and no noun after it ("and the withheld
    ones, how many?") counts what the first part counts with that classifier ("how many
    projects were received"): the part with that noun after its classifier. A part naming a
    thing of its own before the count ("makerspaces, how many?") counts that thing."""
    g = grammar()
    asked = counted_noun(first)
    m = g.count_asking.search(part)
    if asked is None or m is None or m.group(1) != asked[0]:
        return part
    stop = g.question_stopwords
    if any(
        t and t[1].startswith(NOUN_PHRASE_POS) and t[0] not in stop
        for t in key_tokens(part[: m.start()])
    ):
        return part
    rest = part[m.end() :].strip("".join(g.raw["counting"]["trailing"]) + "？?，,。 ")
    return part if rest else part[: m.end()] + asked[1] + part[m.end() :]
