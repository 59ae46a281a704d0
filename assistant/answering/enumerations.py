"""Enumerations in documents: runs separated by the enumeration comma inside a sentence,
with the source's own count phrase ("9 ... industry clusters"), and totals over several
runs (a "N in all" phrase)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.evidence import Sentence, dictionary_word
from assistant.answering.grammar import grammar
from assistant.text import load_pos_tagger, normalize, words

_G = grammar()
_RESPECTIVELY = tuple(_G.raw["multipart"]["respectively"])
# Items that share an ending this long ("开发区") name things of one kind.
MIN_SHARED_SUFFIX = 2
# A last item running this many characters past the ending its fellow items share runs on
# into the predicate they share.
RUN_ON_EXTRA = 4
# Shortest item kept (a run-on last item cut short, a piece of a run); longest item.
MIN_ITEM_CHARS = 2
MAX_ENUM_ITEM_CHARS = 24
# Items joined by a word only drop a lead-in word at least this long (not a particle).
MIN_LEAD_IN_WORD = 2
# A count phrase after a run names the run's number only when it counts at least two.
MIN_LIST_COUNT = 2
# A quoted name with the copula after it: "“三园”为…".
_NAMED_AS = re.compile(
    '[“"「『][^”"」』]+[”"」』](?:'
    + "|".join(re.escape(w) for w in _G.raw["lists"]["copulas"])
    + ")"
)
# A run of enumeration-comma items inside one pair of quotation marks.
_QUOTED_RUN = re.compile('[“"「]([^”"」、]+(?:、[^”"」、]+)+)[”"」]')
_PER_UNIT_TAILS = frozenset(_G.raw["lists"]["per_unit_tails"])
# Part-of-speech tag of a verb.
_VERB_POS = "v"
# Clause punctuation, and the bar between a table row's cells: a list never runs from one
# cell into the next.
_CLAUSE_PUNCT = re.compile(r"[,，;；:：。！？!?|]")
_AND_SPLIT = re.compile(
    "|".join(re.escape(w) for w in sorted(_G.and_tokens, key=len, reverse=True))
)


def _label(text: str) -> str | None:
    """The source's count phrase, trimmed to "N + classifier + noun" without the verb after it."""
    text = _G.label_end.sub("", text)
    return text if _G.count.match(text) and len(text) <= 20 else None


def _to_int(s: str) -> int | None:
    return _G.small_number(s)


@dataclass
class Enumeration:
    sentence: Sentence
    items: list[tuple[int, int]]  # document offsets of each item
    head: str  # the enumeration's context: lead-in and what follows the items
    stated: int | None = None
    label: str | None = None  # the source's own count phrase, e.g. "9个优势特色产业集群"
    by_word: bool = False  # joined by a conjunction alone, no enumeration comma


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    out = []
    pos = start
    for tok in words(text[start:end]):
        if tok[:1] in _G.and_tokens and len(tok) > 1 and not dictionary_word(tok):
            # A conjunction the segmenter glued to the next item's first characters ("和"
            # with a place name it does not know) still joins two items.
            out.append((pos, pos + 1, tok[:1]))
            pos, tok = pos + 1, tok[1:]
        out.append((pos, pos + len(tok), tok))
        pos += len(tok)
    return out


def _after_last_verb(text: str, s: int, e: int) -> int:
    """Where the words after the last verb of text[s:e] begin (s when no verb leaves an
    item of at least MIN_ITEM_CHARS after it)."""
    at, pos = s, s
    for tok in load_pos_tagger().lcut(text[s:e]):
        pos += len(tok.word)
        if tok.flag.startswith(_VERB_POS) and e - pos >= MIN_ITEM_CHARS:
            at = pos
    return at


def _per_unit(cur: list[tuple[int, int, str]], start: int, tok: str) -> bool:
    """Is the token the end of a per-unit word ("per mu") the segmenter cut apart: a tail
    adverb right after an item's one-character first word, not after a whole item?"""
    if tok not in _PER_UNIT_TAILS or len(cur) != 1:
        return False
    _, end, word = cur[0]
    return end == start and len(word) == 1 and not word.isascii()


def _strip_item(
    text: str, s: int, e: int, first: bool, by_word: bool = False
) -> list[tuple[int, int]]:
    """One enumeration-comma piece -> its item(s): lead-in dropped (first piece), tails and
    conjunctions split. Items joined by a conjunction only keep their modifiers: only a
    lead-in word of its own (not a one-character particle) before the first conjunction
    is dropped."""
    if first and (named := _NAMED_AS.match(text, s, e)) is not None:
        # "“B” is X, Y and Z": the quoted name and its copula lead in, however the
        # segmenter glues the copula to the first item.
        s = named.end()
    toks = _tokens(text, s, e)
    if first:
        cut = None
        for i, (_, te, tok) in enumerate(toks[:-1]):
            if by_word and tok in _G.and_tokens:
                break
            if tok in _G.lead_ins and (not by_word or len(tok) >= MIN_LEAD_IN_WORD):
                cut = i
        if cut is not None:
            toks = toks[cut + 1 :]
    items: list[tuple[int, int]] = []
    cur: list[tuple[int, int, str]] = []
    skipping = False
    for ts, te, tok in toks:
        if not tok.strip():
            continue  # spaces (around a table row's cell bar) belong to no item
        if tok in _G.and_tokens:
            if cur:
                items.append((cur[0][0], cur[-1][1]))
            cur, skipping = [], False
            continue
        if skipping:
            continue
        if _per_unit(cur, ts, tok):
            cur.append((ts, te, tok))  # "亩均": the item goes on
            continue
        if tok in _G.tail_tokens or (cur and _G.count.match(text[ts:e])):
            skipping = True
            continue
        cur.append((ts, te, tok))
    if cur:
        items.append((cur[0][0], cur[-1][1]))
    if first and items and items[0][1] - items[0][0] > MAX_ENUM_ITEM_CHARS:
        # No lead-in word ends the clause's own words before the first item ("via the
        # platform, report to the office last month's progress"): its last verb does.
        items[0] = (_after_last_verb(text, *items[0]), items[0][1])
    # A one-letter class label (grades A, B, C and D) is an item; another single character
    # is a fragment.
    return [
        (a, b)
        for a, b in items
        if (b - a >= MIN_ITEM_CHARS or text[a:b].isascii() and text[a:b].isalnum())
        and b - a <= MAX_ENUM_ITEM_CHARS
    ]


def _split_respectively(text: str, cs: int, ce: int) -> list[tuple[int, int]]:
    at = min((i for w in _RESPECTIVELY if (i := text.find(w, cs, ce)) >= 0), default=-1)
    if at < 0:
        return [(cs, ce)]
    word = next(w for w in _RESPECTIVELY if text.startswith(w, at))
    return [(cs, at), (at + len(word), ce)]


def _shared_ending(text: str, items: list[tuple[int, int]]) -> str:
    """The longest ending all the items' texts share ("" when none)."""
    texts = [text[s:e] for s, e in items]
    suffix = texts[0]
    for t in texts[1:]:
        while suffix and not t.endswith(suffix):
            suffix = suffix[1:]
    return suffix


def _trim_last(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The last item of a run runs on into the predicate the items share (the last zone
    name followed by the ranking phrase): when the others end alike (the same zone word),
    it ends there too."""
    if len(items) < 3:
        return items
    suffix = _shared_ending(text, items[:-1])
    if len(suffix) < MIN_SHARED_SUFFIX:
        return items
    s, e = items[-1]
    at = text.find(suffix, s, e)
    if at < 0 or at + len(suffix) == e:
        return items
    return [*items[:-1], (s, at + len(suffix))]


def _end_alike(text: str, items: list[tuple[int, int]]) -> bool:
    """Do the items end with one word (two kinds of award, both ending in "award")? Two
    things joined by a conjunction alone are a list only then: an organisation's name with
    the conjunction inside, or two things of different kinds, are not."""
    ends = {text[e - MIN_SHARED_SUFFIX : e] for _, e in items}
    return len(ends) == 1 and all(e - s > MIN_SHARED_SUFFIX for s, e in items)


def _trim_run_on(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The last of a few names runs on into what is said of them (two zone names, then
    "ranked last two years running"): when the other items end alike (the same last
    characters) and the last item holds that ending well before its own end, it ends there."""
    if len(items) < 2:
        return items
    suffix = _shared_ending(text, items[:-1])
    # The last character of the shared ending: names of one kind end with one word
    # ("...zone", "...park"), whose last character is the surest part.
    ending = suffix[-1:]
    if not ending:
        return items
    s, e = items[-1]
    at = text.find(ending, s + MIN_ITEM_CHARS, e)
    if at < 0 or e - (at + 1) < RUN_ON_EXTRA:
        return items
    return [*items[:-1], (s, at + 1)]


def find_enumerations(sent: Sentence) -> list[Enumeration]:
    """Runs of '、'-separated items in a sentence, and totals over several runs."""
    text = sent.text
    clause_spans: list[tuple[int, int]] = []
    pos = 0
    for m in _CLAUSE_PUNCT.finditer(text + "。"):
        clause_spans.append((pos, m.start()))
        pos = m.end()
    # "A、B、C…分别提升21位、17位和15位": the names before 分别 and the values after it are
    # two runs, not one.
    clause_spans = [part for cs, ce in clause_spans for part in _split_respectively(text, cs, ce)]
    # "…“产业基金+项目”,以及优势嫁接等…": a clause opening with 以及 continues the list.
    merged: list[tuple[int, int]] = []
    for cs, ce in clause_spans:
        if (
            merged
            and _G.list_continue.match(text[cs:ce])
            and "、" in text[merged[-1][0] : merged[-1][1]]
        ):
            merged[-1] = (merged[-1][0], ce)
        else:
            merged.append((cs, ce))
    enums: list[Enumeration] = []
    runs: list[list[tuple[int, int]]] = []  # every '、' run, in sentence offsets
    for cs, ce in merged:
        # Two items joined by a conjunction alone, with no enumeration comma, are a list too.
        by_word = "、" not in text[cs:ce]
        if by_word and not any(w in _G.and_tokens for w in words(text[cs:ce])):
            continue
        pieces: list[tuple[int, int]] = []
        # A run quoted whole ("实行“A、B、C”管理"): its items are the quote's; the words
        # around it are what is said of them, no lead-in of the first or tail of the last.
        quoted = _QUOTED_RUN.search(text, cs, ce)
        ps, pe = (quoted.start(1), quoted.end(1)) if quoted else (cs, ce)
        p = ps
        for m in re.finditer(r"[、,，]", text[ps:pe]):
            pieces.append((p, ps + m.start()))
            p = ps + m.end()
        pieces.append((p, pe))
        items: list[tuple[int, int]] = []
        for i, (s, e) in enumerate(pieces):
            first = i == 0 and quoted is None
            items.extend(_strip_item(text, s, e, first=first, by_word=by_word))
        if len(items) < 2 or (by_word and not _end_alike(text, items)):
            continue
        items = _trim_run_on(text, _trim_last(text, items))
        runs.append(items)
        # "…山西科技创新城3个省级开发区以及山西大学城产业园区": a count phrase inside the
        # run closes a group of its own.
        groups: list[tuple[list[tuple[int, int]], int]] = []
        begin = 0
        for k, (_, e) in enumerate(items[:-1]):
            if _G.count.match(text[e : e + 8]):
                groups.append((items[begin : k + 1], e))
                begin = k + 1
        groups.append((items[begin:], items[-1][1]))
        for group, end in groups:
            if len(group) < 2:
                continue
            stated, label = None, None
            after = text[end:ce]
            if after[:1] in _G.tail_tokens:
                after = after[1:]
            m = _G.count.match(after)
            # "…合并为一个环节": a count of one after the items is what they become, not
            # their number.
            if m and (_to_int(m.group(1)) or 0) >= MIN_LIST_COUNT:
                stated = _to_int(m.group(1))
                label = _label(_AND_SPLIT.split(after)[0])
            # The lead-in is the clause's own text before the items, or the clause a colon opens.
            lead_from = cs
            if cs > 0 and text[cs - 1] in ":：":
                lead_from = max(0, text.rfind("，", 0, cs - 1) + 1, text.rfind(",", 0, cs - 1) + 1)
            head = text[lead_from : group[0][0]] + " " + text[end:ce]
            if by_word and not text[lead_from : group[0][0]].strip():
                # Two things joined by a conjunction that open their clause are its subject:
                # what is said of them follows in the next clause.
                stop = _CLAUSE_PUNCT.search(text, ce + 1)
                head += " " + text[ce + 1 : stop.start() if stop else len(text)]
            enums.append(
                Enumeration(
                    sent,
                    [(sent.start + a, sent.start + b) for a, b in group],
                    head,
                    stated,
                    label,
                    by_word,
                )
            )
    # "…4个国家级开发区,…3个省级开发区以及…,共8个产学研园区": a total over several runs.
    for cs, ce in clause_spans:
        m = _G.total.match(text[cs:ce])
        total = _to_int(m.group(1)) if m else None
        if not total:
            continue
        taken: list[tuple[int, int]] = []
        for run in reversed([r for r in runs if r[-1][1] <= cs]):
            taken = run + taken
            if len(taken) >= total:
                break
        if len(taken) == total:
            first = taken[0][0]
            head = text[cs:ce] + " " + text[max(0, first - 12) : first]
            label = _label(text[cs:ce].removeprefix(m.group(0)[: -len(m.group(1))]))
            items = [(sent.start + a, sent.start + b) for a, b in taken]
            enums.append(Enumeration(sent, items, head, total, label))
    return enums


def _kind(label: str | None) -> str:
    """The kind a count phrase names: the noun after "N + classifier" (e.g. national-level
    development zones)."""
    m = _G.count.match(label or "")
    return normalize(label[m.end() :]) if m and label else ""


def membership(sent: Sentence, doc_text: str, question: str) -> tuple[bool, tuple[int, int]] | None:
    """A yes/no question on whether a zone is of a kind (provincial-level, say): the
    enumeration naming the question's subject, with the kind its count phrase gives,
    decides. Yes when that kind is the one asked; no when the kind asked belongs to another
    enumeration of the sentence. Returns the verdict and the span of the subject's
    enumeration with its count phrase."""
    enums = [e for e in find_enumerations(sent) if e.label]
    q = normalize(question)
    for en in enums:
        subject = next(
            (normalize(doc_text[a:b]) for a, b in en.items if normalize(doc_text[a:b]) in q), None
        )
        kind = _kind(en.label)
        if subject is None or not kind:
            continue
        rest = q.replace(subject, " ")
        end = doc_text.find(en.label, en.items[-1][1], sent.end)
        if end < 0:
            continue
        span = (en.items[0][0], end + len(en.label))
        if kind in rest:
            return True, span
        others = [
            _kind(o.label)
            for o in enums
            if o is not en and not any(normalize(doc_text[a:b]) == subject for a, b in o.items)
        ]
        if any(k and k in rest for k in others):
            return False, span
    return None
