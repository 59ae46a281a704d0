"""The words of a question: its asking words in their plain forms, its answer type, and
the key tokens it is about. The lowest layer of question analysis
(:mod:`assistant.answering.questions` builds on it); the Chinese it recognises is general
question grammar kept in ``resources/question_grammar.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.grammar import grammar, table_grammar_groups
from assistant.answering.terms import split_localizer
from assistant.text import load_pos_tagger, normalize

# Part-of-speech tags of nouns open with this letter (n, nr, ns, nt, nz, vn is a verb).
NOUN_TAG = "n"
STRIP_PUNCT = re.compile(r"[？?！!。，,、；;：:“”\"'（）()《》\s]+")


@lru_cache(maxsize=4096)
def plain_asking(text: str) -> str:
    """Colloquial asking words in their plain forms (question_grammar.yaml ``colloquial``),
    longest first."""
    mapping = grammar().raw.get("colloquial") or {}
    for word in sorted(mapping, key=len, reverse=True):
        text = text.replace(word, mapping[word])
    return text


def _ranked_by_other(q: str, ranking: re.Pattern[str]) -> bool:
    """Does a "how much" after the question's last rank word ask for another noun, joined by
    the modifier mark after the rank word (the weight of a part in computing the rank)?"""
    g = grammar()
    last = None
    for last in ranking.finditer(q):
        pass
    if last is None:
        return False
    asking = g.how_many.search(q, last.end())
    return asking is not None and g.modifier_mark in q[last.end() : asking.start()]


def classify(question: str) -> str:
    g = grammar()
    q = plain_asking(normalize(question))
    if g.yesno_end.search(q) and not g.wh_words.search(q):
        return "yesno"
    for qtype, pattern in g.type_patterns:
        if not pattern.search(q):
            continue
        if qtype == "ranking" and (scoped := _after_scope(q, pattern)) is not None:
            # "in the overall ranking, what is the weight of X": the ranking only locates.
            return classify(scoped)
        if qtype == "ranking":
            if _ranked_by_other(q, pattern):
                continue  # "位次计算中…的权重是多少": the rank names the frame, a value is asked
            if dict(g.type_patterns)["list"].search(q):
                return "list"  # "排名前5位的是哪些": the names within a range of ranks
            rank = g.ranking.search(g.ordinal.sub(" ", q))  # not a batch: 第五批
            if rank and rank.group(0).startswith(g.raw["numerals"]["ordinal_prefix"]):
                # "排名第5的是哪家": the rank is given, the name is asked; but "连续几年排名
                # 第一" asks for the count, date or period its other asking words ask for.
                rest = pattern.sub(" ", g.ranking.sub(" ", q))
                other = classify(rest)
                return other if other in ("date", "duration", "number") else "entity"
        if (
            qtype in ("yesno", "list")
            and g.number_over_yesno.search(q)
            and not g.list_over_number.search(q)
        ):
            continue
        return qtype
    return "definition"


def _after_scope(q: str, pattern: re.Pattern[str]) -> str | None:
    """The words after a phrase that locates the question in a ranking ("in the overall
    ranking, ..."): a ranking word closed by a locative word. None when there is none, or
    when those words ask nothing of another type."""
    m = pattern.search(q)
    locatives = tuple(grammar().raw["multipart"]["locative_ends"])
    end = next((m.end() + len(w) for w in locatives if m and q.startswith(w, m.end())), None)
    if end is None or not (rest := q[end:]).strip() or pattern.search(rest):
        return None
    return rest if classify(rest) != "definition" else None


@lru_cache(maxsize=4096)
def _key_tokens(question: str) -> tuple[tuple[str, str] | None, ...]:
    g = grammar()
    pseg = load_pos_tagger()
    out: list[tuple[str, str] | None] = []
    for piece in STRIP_PUNCT.split(g.ask_phrases.sub(" ", normalize(question))):
        before, noun = "", False
        for p in pseg.lcut(piece):
            w = p.word.strip()
            split = split_localizer(before, w, noun)
            before, noun = w, p.flag.startswith(NOUN_TAG)
            if split is not None:
                # "among" the count before it: the word it was glued to is the one asked about
                out += [None, (split[1], pseg.lcut(split[1])[0].flag)]
            elif not w or w in g.ask_tokens or g.ask_token.match(w):
                out.append(None)
            else:
                out.append((w, p.flag))
        out.append(None)
    return tuple(out)


def key_tokens(question: str) -> list[tuple[str, str] | None]:
    """(word, part of speech) of what the question is about; None where an asking word was."""
    return list(_key_tokens(question))


def key_phrase(question: str) -> str:
    """The question with asking words and punctuation removed: what it is about."""
    words = [t[0] if t else " " for t in _key_tokens(question)]
    return " ".join("".join(words).split())


def asks(text: str) -> bool:
    norm = normalize(text)
    return any(p.search(norm) for _, p in grammar().type_patterns)


# Parts of speech that continue the noun phrase a count question counts ("enterprise
# investment projects").
NOUN_PHRASE_POS = ("n", "b", "j", "vn", "nz", "ns", "nt")
# Numerals and measure words: after a classifier they name a unit ("how many points",
# "how many months"), not a thing counted.
MEASURE_POS = ("m", "q")


def counted_noun(question: str) -> tuple[str, str] | None:
    """The classifier and head noun a counting question counts ("how many national
    high-tech zones" -> (classifier, "high-tech zone")): the last word of the noun phrase
    right after the classifier. After a general classifier only a thing can follow, so its
    first word is read as a noun whatever the tagger makes of it (a one-character word it
    takes for a verb), unless it is a unit of measure."""
    g = grammar()
    norm = normalize(question)
    m = g.count_asking.search(norm)
    if m is None:
        return None
    general = m.group(1) in g.raw["counting"]["general_classifiers"]
    run: list[str] = []
    for tok in key_tokens(norm[m.end() :]):
        if tok is None:
            break
        first = not run and general and not tok[1].startswith(MEASURE_POS)
        if not (first or tok[1].startswith(NOUN_PHRASE_POS)):
            break
        run.append(tok[0])
    return (m.group(1), run[-1]) if run else None


# Tags of a word naming a measure a column holds: a common noun, a verbal noun or a verb
# (weight, investment, score); not a name (a zone placed by its rank) nor a scope after a
# preposition (first within the province).
MEASURE_TAGS = ("n", "vn", "v")
PREPOSITION_TAG = "p"


def places_by_measure(question: str) -> bool:
    """Does the question place the row it asks for down a measure's column ("the one
    second by weight"), naming the measure right before the place and a relative clause
    after it, rather than asking for a rank a ranking's own column states?"""
    places = table_grammar_groups()["extremes"]
    q = normalize(question)
    rank = re.compile(rf"[\d{grammar().numeral_chars}]+[{grammar().rank_units}]?")
    for w in places["places"]:
        at = q.find(w)
        m = rank.match(q, at + len(w)) if at > 0 else None
        if m is None or not q.startswith(places["place_relative"], m.end()):
            continue
        before = [(p.word, p.flag) for p in load_pos_tagger().cut(q[:at])]
        if before and before[-1][1] in MEASURE_TAGS:
            return len(before) < 2 or before[-2][1] != PREPOSITION_TAG
    return False
