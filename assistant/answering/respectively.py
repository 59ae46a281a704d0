"""Questions asking of several things at once ("respectively"): one question per thing."""

from __future__ import annotations

import re

from assistant.answering import multipart
from assistant.answering.clause_stages import each_cut
from assistant.answering.follow_ups import merge_numerals
from assistant.answering.grammar import grammar
from assistant.answering.multipart import first_item, locative_cut, without_count
from assistant.answering.question_words import classify
from assistant.text import load_pos_tagger


def split_respectively(question: str) -> list[str] | None:
    """A question on several things at once ("how much is awarded to national and provincial
    platforms respectively") -> one question per thing: one for national platforms, one for provincial platforms. Things joined
    before the word for "respectively" are either modifiers of one shared noun (the housing
    allowance of doctors and masters, the evaluations of two years) or nouns of their own
    (the investment threshold and the subsidy ratio; start, completion and production)."""
    raw = grammar().raw["multipart"]
    if classify(question) == "comparison":
        return None  # "each is how much, which is higher": both values answer it together
    # The words asking each thing's value ("each is how much") ask as the word for
    # "respectively" does; only their first character is cut, but an adverb all of it.
    marks = [(w, w) for w in raw["respectively"]] + [(w, each_cut(w)) for w in raw["each"]]
    marks += [(m.group(0), each_cut(m.group(0))) for m in re.finditer(raw["each_verb"], question)]
    found = [(i, cut) for w, cut in marks if (i := question.find(w)) > 0]
    if not found:
        return None
    at, word = min(found)
    head, tail = question[:at], question[at + len(word) :]
    joiners = tuple(raw["parallel_joiners"])
    if not multipart.asks_each(tail) or not any(w in head for w in joiners):
        return None
    words = merge_numerals([(p.word, p.flag) for p in load_pos_tagger().lcut(head)])
    joins = [k for k, (w, _) in enumerate(words) if w in joiners]
    if not joins:
        return None  # the joiner is inside a word ("总和"), not between two things
    last = joins[-1]
    if last == 0 or last == len(words) - 1:
        return None
    ends = tuple(raw["modifier_end"])
    clauses = tuple(c for c in raw["clause_separators"] if c not in raw["parallel_joiners"])
    # A clause before the things ("the investment intensity, national and provincial zones
    # each…") is shared by every part, as a phrase an opener starts is.
    openers = (*raw["phrase_openers"], *clauses)
    # The right thing runs to the first opener after it ("芜湖经开区…对首次认定的…"): the
    # rest is shared by every part.
    stop = next((k for k in range(last + 2, len(words)) if words[k][0] in openers), len(words))
    item_start = max(
        (k + 1 for k in range(last) if words[k][0] in (*ends, *openers, *joiners)), default=0
    )
    # Two numerals of one unit joined (foreign capital in 2022 and 2023) modify the words
    # around them.
    (a, flag_a), (b, flag_b) = words[last - 1], words[last + 1]
    numerals = flag_a == "m" == flag_b and a[-1] == b[-1] and not a[-1].isdigit()
    head = multipart.shared_head(words, last, stop)
    # Each thing a modified noun of its own ("the time limit of A and that of B"): the
    # things are whole, not modifiers of one shared noun.
    whole = 2 <= last < len(words) - 2 and {words[last - 2][0], words[last + 2][0]} <= {*ends}
    modifier = (
        not whole
        and head is None
        and (
            numerals
            or (last + 2 < len(words) and words[last + 2][0] in ends)
            or (item_start == last - 1 and stop - (last + 1) >= 2)
        )
    )
    if modifier:
        # Modifiers of one shared noun, one word each, maybe a chain ("国家级、省级和市级").
        items = [last - 1, last + 1]
        k = last - 1
        while k >= 2 and words[k - 1][0] in joiners and (k - 2) >= 0:
            k -= 2
            items.insert(0, k)
        prefix = "".join(w for w, _ in words[: items[0]])
        run = multipart.verb_run(words, last + 1, len(words)) or multipart.period_run(
            words, last + 1
        )
        own = "".join(w for w, _ in words[last + 2 : last + 2 + run])
        shared = without_count(words[last + 2 + run :], len(items))
        return [prefix + words[i][0] + own * (i == last + 1) + shared + tail for i in items]
    # Things of their own: each from after the last modifier end or opener up to the join.
    left = "".join(w for w, _ in words[:last])
    # A modifier end closing the first thing itself ("those of 80 or more 的 and those of
    # 120 or more 的") ends no shared words before it.
    cut_marks = (*openers, *(() if whole else ends))
    bounds = [b for b in (left.rfind(w) + len(w) for w in cut_marks if w in left) if b < len(left)]
    year, period = (
        multipart.year_cut(words[:last]),
        multipart.period_cut(left, [w for w, _ in words], "".join(w for w, _ in words[last + 1 :])),
    )
    periods = multipart.period_item_cut(left, [w for w, _ in words[:last]], words[last + 1][0])
    cut = max(*bounds, locative_cut(words[:last]), year, period, periods, 0)
    prefix = left[:cut]
    # No modifier end in the things: what follows the last one's is shared by all ("A zone
    # and B zone's average score": the score of each).
    if not whole and not any(w in left[cut:] for w in ends):
        stop = next((k for k in range(last + 2, stop) if words[k][0] in ends), stop)
    stop = min(stop, head or stop)
    right = "".join(w for w, _ in words[last + 1 : stop])
    shared = "".join(w for w, _ in words[stop:])
    items = [x for x in re.split("|".join(map(re.escape, joiners)), left[cut:]) if x]
    if not items:
        return None  # every word before the joiner is shared: no thing of its own to ask of
    items[0], lead = first_item(items, right)
    return [prefix + lead + x + shared + tail for x in (*items, right)]
