"""Typed extraction from a covering unit: the answering clause, Q&A answers, and typed
values (list items are read by :mod:`assistant.answering.items`).

Pure functions over document text and :class:`Sentence` units; no state.
"""

from __future__ import annotations

import re

from assistant.answering.asked_verbs import asked_verb
from assistant.answering.bounds import asks_reach, states_lower_bound
from assistant.answering.evidence import DATE, DURATION, NUMBER, RANKING, Sentence, Term, coverage
from assistant.answering.grammar import grammar
from assistant.answering.items import ITEM_END, line_span
from assistant.answering.parallel_values import parallel_clause
from assistant.answering.periods import period_clauses, states_asked_period
from assistant.answering.questions import AnalyzedQuestion, key_phrase
from assistant.answering.stated_changes import other_kind_blanked
from assistant.answering.units import clauses
from assistant.text import normalize

_G = grammar()
# A direct answer grows by following clauses up to about this many characters.
MAX_DIRECT_CHARS = 90
# A value right before a term of the question is read as this many characters further
# away than one right after it: documents put the measure first ("面积600平方公里").
BEFORE_PENALTY = 2
# A yes/no is answered by the whole statement when it is at most this long.
MAX_STATEMENT_CHARS = 120
# Longest opening clause taken as the actor of an entity question.
MAX_ACTOR_CHARS = 40
# Clause choice: the clause's own cover, the cover read with the clause before it, and
# the share of the question's character pairs it repeats (favours the tightest clause).
CLAUSE_COVER, CLAUSE_CONTEXT, CLAUSE_DENSITY = 1.0, 0.3, 0.5
# An entity question's clause holding its asking verb ("is located in" before "which
# unit") is taken over one sharing more of its subject: the verb introduces the answer.
CLAUSE_VERB = 0.5
# A number question asking what a requirement must reach takes the clause stating a lower
# bound ("在300万元以上") over one sharing as much of it with a rate ("…的15%给予奖励").
CLAUSE_BOUND = 0.5
BOOK_TITLE = re.compile(r"《[^》]{2,40}》")
TYPED = {"number": NUMBER, "ranking": RANKING, "duration": DURATION, "date": DATE}
_RATIO_ASKED = re.compile("|".join(re.escape(w) for w in _G.raw["ratio"]["words"]))
RATIO = re.compile(_G.raw["ratio"]["value"])


def asked_pattern(aq: AnalyzedQuestion) -> re.Pattern[str] | None:
    """The pattern of the value a question asks for: a share when a number question asks
    for a ratio, else its type's."""
    if aq.qtype == "number" and _RATIO_ASKED.search(normalize(aq.text)):
        return RATIO
    return TYPED.get(aq.qtype)


# Share of a clause's character pairs found in the question above which the clause only
# restates what is asked about.
RESTATE_SHARE = 0.6
# Answer types asking a value: one stated for two cases the question does not choose
# between is given for both (parallel_values).
_VALUE_TYPES = ("number", "duration", "date")
# A colon between digits is a time of day (8:45), not a clause break.
CLAUSE_MARK = re.compile(r"[,，;；。]|(?<!\d)[:：]|[:：](?!\d)")
# A name in quotation marks, short enough to be a name (a slogan, a case, a model).
_QUOTED_NAME = re.compile(r"“[^”]{1,20}”")


def bigrams(text: str) -> set[str]:
    text = re.sub(r"\s+", "", text)
    return {text[i : i + 2] for i in range(len(text) - 1)}


def pattern_hit(pattern: re.Pattern[str] | None, clause: str) -> bool:
    if pattern is None:
        return True
    if pattern not in (NUMBER, DURATION, DATE):
        return bool(pattern.search(clause))
    # A document number is an identifier, never the amount, period or date asked for
    # (a rank question may ask for its number).
    rest = clause
    for _, identifier in _G.identifiers:
        rest = identifier.sub("", rest)
    if pattern is NUMBER or pattern is DURATION:
        # A bare year or quarter is a date: not the amount or the period asked for.
        # A list item's number ("1. 《…》") is its position, not an amount either, nor is
        # a figure inside a quoted name ("“一网通办、一日办结”").
        rest = _G.not_amount.sub("", _G.item_marker.sub("", _QUOTED_NAME.sub(" ", rest)))
    return bool(pattern.search(rest))


def typed_cover(terms: list[Term], sent: Sentence, qtype: str, question: str) -> float:
    """The cover of the best clause of the unit holding a value of the asked type (for a
    number question asking an amount, not only a change or share: other_kind_blanked)."""
    pattern = TYPED.get(qtype)
    if pattern is None:
        return 0.0
    best = 0.0
    for s, e in clauses(sent):
        clause = sent.text[s - sent.start : e - sent.start]
        typed = other_kind_blanked(question, clause) if qtype == "number" else clause
        if pattern_hit(pattern, typed):
            best = max(best, coverage(terms, normalize(clause)))
    return best


def longest_run(phrase: str, text_norm: str) -> int:
    """The length of the longest run of the phrase's characters found verbatim."""
    best = 0
    for seg in phrase.split():
        for i in range(len(seg)):
            j = i + best + 1
            while j <= len(seg) and seg[i:j] in text_norm:
                best = j - i
                j += 1
    return best


def phrase_bonus(phrase: str, text_norm: str) -> float:
    """A bonus for a run of four or more characters of the question found verbatim."""
    best = longest_run(phrase, text_norm)
    return min(0.15, 0.05 * (best - 3)) if best >= 4 else 0.0


def typed_value(text: str, qtype: str, named: list[str] | tuple = ()) -> str | None:
    """The first value of the asked type in a span (an amount, a rank, a date), skipping the
    numbers the question itself names (a "within the top 30" question is not answered by 30)."""
    pattern = TYPED.get(qtype)
    if pattern is None:
        return None
    source = _G.not_amount.sub(lambda m: " " * len(m.group(0)), text) if qtype == "number" else text
    for m in pattern.finditer(source):
        digits = "".join(ch for ch in m.group(0) if ch.isdigit() or ch == ".")
        if digits and digits in named:
            continue
        return text[m.start() : _whole_end(text, m)]
    return None


def _whole_end(text: str, m: re.Match[str]) -> int:
    """Where a value ends, read whole: a count of working days with its unit, not the bare
    count an amount pattern stops at."""
    period = DURATION.match(text, m.start())
    return max(m.end(), period.end()) if period else m.end()


def nearest_value(
    text: str, qtype: str, terms: list[Term], named: list[str] | tuple = (), lower: bool = False
) -> str | None:
    """The value of the asked type nearest the question's nouns in a span (the planned area
    for an area question, not the count of zones before it); ``lower``: the question asks
    what a requirement must reach, and a value stated as a lower bound comes first."""
    pattern = TYPED.get(qtype)
    if pattern is None:
        return None
    norm = normalize(text)
    anchors = [
        (m.start(), m.end())
        for t in terms
        if t.primary and t.is_content
        for form in (t.text, *t.variants)
        for m in re.finditer(re.escape(form), norm)
    ]
    nouns = [t for t in terms if t.primary and t.is_content]
    source = _G.not_amount.sub(lambda m: " " * len(m.group(0)), text) if qtype == "number" else text
    best, best_distance = None, None
    for m in pattern.finditer(source):
        digits = "".join(ch for ch in m.group(0) if ch.isdigit() or ch == ".")
        if digits and digits in named:
            continue
        # Distance to the nearest term: a value after it ("面积600平方公里") a little closer
        # than one before it ("8个产学研园区").
        gaps = [
            m.start() - e if e <= m.start() else s - m.end() + BEFORE_PENALTY
            for s, e in anchors
            if e <= m.start() or m.end() <= s
        ]
        distance = min(gaps) if gaps else len(text) + m.start()
        # The value in the clause naming most of the question comes first ("国家级…300万元，
        # 省级…200万元" asked about 省级), then the nearest.
        left = max((c.end() for c in CLAUSE_MARK.finditer(norm, 0, m.start())), default=0)
        right = CLAUSE_MARK.search(norm, m.end())
        cover = coverage(nouns, norm[left : right.start() if right else len(norm)])
        whole = _read_whole(text, m.start(), _whole_end(text, m))
        bounded = lower and (
            states_lower_bound(normalize(whole)) or states_lower_bound(norm[left : m.start()])
        )
        key = (not bounded, -cover, distance)
        if best_distance is None or key < best_distance:
            best, best_distance = whole, key
    return best


def asked_value(text: str, aq: AnalyzedQuestion, terms: list[Term]) -> str | None:
    """The value a question asks for in a span: the nearest of its type, a lower bound
    first when it asks what a requirement must reach."""
    return nearest_value(text, aq.qtype, terms, aq.numbers, asks_reach(aq))


def _read_whole(text: str, start: int, end: int) -> str:
    """A value with its rate's base and its bound (a yearly deadline, an amount "or more")."""
    before = _G.value_before.search(text, 0, start)
    after = _G.value_after.match(text, end)
    return text[before.start() if before else start : after.end() if after else end]


def direct_span(
    doc_text: str,
    sent: Sentence,
    terms: list[Term],
    aq: AnalyzedQuestion,
    pattern: re.Pattern[str] | None,
) -> list[tuple[int, int]]:
    """The clause that answers, grown by the clauses that continue it.

    Usually one span; for "who" questions the sentence's opening clause (the actor)
    comes first as a second span, shown with an ellipsis between them.
    """
    spans = clauses(sent)
    q_bigrams = bigrams(key_phrase(aq.text))
    # A clause whose only value is one the question names ("…公布了2023年…结果" asked
    # "哪天公布2023年…") does not answer it.
    named = re.compile("|".join(re.escape(n) for n in aq.numbers)) if aq.numbers else None
    best, best_score = None, -1.0
    verb = asked_verb(aq.text) if aq.qtype == "entity" else None
    threshold = asks_reach(aq)
    stated = period_clauses(doc_text, spans, aq.text) if aq.qtype == "duration" else set()
    for i, (s, e) in enumerate(spans):
        clause = doc_text[s:e]
        typed = named.sub(" ", clause) if named is not None else clause
        typed = other_kind_blanked(aq.text, typed) if aq.qtype == "number" else typed
        if stated and i not in stated:
            continue  # a period stated with its noun answers before one in a condition
        if pattern is not None and not stated and not pattern_hit(pattern, typed):
            continue
        norm = normalize(clause)
        ctx = normalize(doc_text[spans[i - 1][0] : e]) if i else norm
        shared = q_bigrams & bigrams(norm)
        density = len(shared) / max(1, len(q_bigrams)) + len(shared) / max(1, len(norm) - 1)
        score = (
            CLAUSE_COVER * coverage(terms, norm)
            + CLAUSE_CONTEXT * coverage(terms, ctx)
            + CLAUSE_DENSITY * density
            + (CLAUSE_VERB if verb is not None and verb in norm else 0.0)
            + (CLAUSE_BOUND if threshold and states_lower_bound(norm) else 0.0)
        )
        if score > best_score:
            best, best_score = i, score
    if best is None or (aq.qtype == "yesno" and len(sent.text) <= MAX_STATEMENT_CHARS):
        # A short statement is read whole for a yes/no: its subject and its verdict.
        return [(sent.start, sent.end)]
    s, e = spans[best]
    own = bigrams(normalize(doc_text[s:e]))
    # A clause saying mostly what the question says ("…排名全省后5位的开发区，" asked
    # "…后5位的开发区会受到什么处理") names what is asked about: the answer follows it.
    restates = bool(own) and len(own & q_bigrams) / len(own) >= RESTATE_SHARE
    for ns, ne in spans[best + 1 :]:
        nxt = doc_text[ns:ne]
        grows = (
            # A yes/no is decided by the whole statement, whose verdict often comes last.
            aq.qtype == "yesno"
            or restates
            # A condition ("…的") is answered by the clause after it.
            or _G.condition_end.search(doc_text[s:e])
            or _G.clause_continuation.match(nxt)
            or (aq.qtype in ("number", "ranking") and pattern is not None and NUMBER.search(nxt))
            # The same measure stated for another case the question does not choose.
            or (
                aq.qtype in _VALUE_TYPES
                and pattern_hit(pattern, nxt)
                and parallel_clause(doc_text[s:e], nxt, aq.text)
            )
            # A question asking several things at once ("how long until work starts, ends
            # and output is reached") grows by each clause holding another of them.
            or _answers_more(
                doc_text[s:e], named.sub(" ", nxt) if named is not None else nxt, terms, pattern
            )
        )
        if not grows or ne - s > MAX_DIRECT_CHARS:
            break
        e, restates = ne, False
    prev = doc_text[spans[best - 1][0] : spans[best - 1][1]] if best > 0 else ""
    span_norm = normalize(doc_text[s:e])
    bare = stated and prev and not states_asked_period(span_norm, aq.text)
    if bare and coverage(terms, normalize(prev)) > coverage(terms, span_norm):
        # A bare period noun ("期限不超过1年") is the period of what the clause before names.
        s = spans[best - 1][0]
    if aq.qtype == "ranking" and NUMBER.search(prev):
        # "在219个…中,…排名第31位": the ranking needs the field it was ranked in.
        s = spans[best - 1][0]
    if aq.qtype == "entity" and best > 0:
        # The actor usually opens the sentence; a date may precede it.
        opening = doc_text[spans[0][0] : spans[0][1]]
        lead = 1 if best > 1 and _G.date_opening.fullmatch(opening) else 0
        if lead < best and spans[lead][1] - spans[lead][0] <= MAX_ACTOR_CHARS:
            if lead + 1 == best:
                return [(spans[lead][0], e)]
            return [spans[lead], (s, e)]
    return [(s, e)]


def _answers_more(span: str, nxt: str, terms: list[Term], pattern: re.Pattern[str] | None) -> bool:
    """Does the next clause (the question's own values blanked) hold a value of the asked
    type for a word of the question the span so far does not name?"""
    if pattern is None or not pattern_hit(pattern, nxt):
        return False
    said, new = normalize(span), normalize(nxt)
    return any(
        t.primary and t.known and not t.category and t.found_in(new) and not t.found_in(said)
        for t in terms
    )


def qa_answer(doc_text: str, sent: Sentence) -> tuple[int, int] | None:
    """For a question line (a question marker, or a reporter's line ending with a question
    mark), the answer's first sentence: the line asks, the next paragraph answers."""
    ls, le = line_span(doc_text, sent.start)
    asks = doc_text[ls:le].rstrip().endswith(("？", "?"))
    if not (_G.qa_question.match(doc_text, ls, le) or asks):
        return None
    pos = le + 1
    while pos < len(doc_text):
        s, e = line_span(doc_text, pos)
        if e > s:
            m = _G.qa_answer.match(doc_text, s, e)
            start = m.end() if m else s
            stop = ITEM_END.search(doc_text, start, e)
            return start, (stop.end() if stop else e)
        pos = e + 1
    return None
