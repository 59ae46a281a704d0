"""A document's own identifier (its document number or order number), read from its opening
lines, and its own date (the signature date, the publication date) and issuer, found where
its text states what its metadata holds, and the body that interprets it, named in its
final provisions.

A question asking for a document's identifier names the document by its subject ("under
what number was the development-zone measure of the province published"); the identifier
sits under the title, seldom in a retrieved passage, and an identifier cited further down
names another document (the rule a revision replaces). Module functions over an index and
one question's context; no state.
"""

from __future__ import annotations

import re

from assistant.answering.composing import Context
from assistant.answering.conflicts import dated_conflict, doc_date
from assistant.answering.evidence import Sentence, coverage, dictionary_word
from assistant.answering.extraction import line_span
from assistant.answering.grammar import grammar
from assistant.answering.questions import asked_category, asked_identifier
from assistant.index import Index, StoredDocument
from assistant.text import normalize, words

_G = grammar()
# Characters after the title that count as a document's opening lines (文号, issuer, date).
HEADER_CHARS = 240
_ISSUE_WORDS = tuple(_G.raw["dates"]["issue_words"])
_ISSUER_KINDS = tuple(_G.raw["dates"]["issuer_kinds"])
_WHO = tuple(_G.raw["dates"]["issuer_asking"])
_LATER_STEP = tuple(_G.raw["dates"]["later_step_markers"])
_RECURRING = tuple(_G.raw["dates"]["recurring_words"])
_FORMER = tuple(_G.raw["former_document"])
# Which date a question asks for, by its words: expiry before effect before issue
# ("有效期至" is not "发布").
_DOCUMENT_DATES = (
    ("valid_until", tuple(_G.raw["dates"]["valid_until_words"])),
    ("effective_from", tuple(_G.raw["dates"]["effective_words"])),
    ("date", _ISSUE_WORDS),
)
_YMD = re.compile(r"(\d{4})\D(\d{1,2})\D(\d{1,2})")
# Share of the question's weighted own terms the document's title must hold: the question
# names the document whose identifier it asks for.
MIN_TITLE_COVERAGE = 0.5
# A compound of the question found in a title with a word inserted between its halves
# (two characters each): at most this many characters inserted, one or two words.
SPLIT_HALF, MAX_INSERTED = 2, 4


def in_header(word: str) -> bool:
    """Is this kind of identifier one a document states in its opening lines?"""
    return any(word in i["words"] and i.get("in_header") for i in _G.raw["identifiers"])


def _says(question: str, vocabulary: tuple[str, ...]) -> list[str]:
    """The words of ``vocabulary`` the question says, in its order — as words, not inside a
    longer one (the word for "publish" is not said by the word for "press conference")."""
    q = normalize(question)
    tokens = words(q)
    said = [
        w
        for w in vocabulary
        if w in q
        and (w in tokens or not any(w in t and w != t for t in tokens))
        and (w in tokens or any(not _ends_word(q, m.start()) for m in re.finditer(w, q)))
    ]
    return sorted(said, key=q.find)


def _ends_word(q: str, at: int) -> bool:
    """Does the character at ``at`` close a dictionary word begun by the one before it (the
    verb of "developed" holds the one of "sent"), so that a word starting there is inside
    a longer one even where the segmenter cut the text otherwise?"""
    return at > 0 and dictionary_word(q[at - 1 : at + 1])


def asks_issue_date(question: str) -> bool:
    """A question asking on which day the document itself was issued: a question about the
    document's own issue."""
    return bool(_says(question, _ISSUE_WORDS))


def document_fact(index: Index, ctx: Context, offset: int = 0):
    """(direct answer, quotes, has markers) when the question asks for a fact a document
    states about itself: when it was issued, takes effect or expires (each date it asks
    for, in its order), who issued it, or its identifier; else None."""
    aq = ctx.aq
    if aq.qtype == "date" and not _says(aq.text, _RECURRING):
        asked = sorted(
            ((key, _says(aq.text, vocab)) for key, vocab in _DOCUMENT_DATES),
            key=lambda x: normalize(aq.text).find(x[1][0]) if x[1] else 0,
        )
        found = [document_date(index, ctx, key) for key, said in asked if said]
        if found and all(f is not None for f in found):
            quotes = [q for f in found for q in f[1]]
            return "；".join(f[0].rstrip("。") for f in found) + "。", quotes, False
    if aq.qtype == "entity" and _issue_asked(aq.text) and _asks_issuer(aq.text):
        found = issuer(index, ctx)
        if found is not None:
            return (*found, False)
    if aq.qtype == "entity" and _asks_interpreter(aq.text):
        found = interpreter(index, ctx)
        if found is not None:
            return (*found, False)
    ident = asked_identifier(aq.text)
    # The former document's identifier is cited in its revision's body, not its header.
    former = any(w in normalize(aq.text) for w in _FORMER)
    if ident is not None and in_header(ident[0]) and not former:
        return header_identifier(index, ctx, ident[1], offset)
    return None


def _issue_asked(question: str) -> bool:
    """The question says an issue word that is not a later step after another verb ("by
    whom is it approved and then published" asks who approves, not who publishes)."""
    q = normalize(question)
    return any(
        not any(q[: m.start()].endswith(s) for s in _LATER_STEP)
        for w in _says(question, _ISSUE_WORDS)
        for m in re.finditer(re.escape(w), q)
    )


def _asks_issuer(question: str) -> bool:
    """A question asking which department published it: the asked kind is a body that
    issues documents."""
    return asked_category(question) in _ISSUER_KINDS or bool(_says(question, _WHO))


def issuer(index: Index, ctx: Context):
    """(direct answer, quotes) for who issued the document the question names ("which
    department published the results"): where its text states the issuer its metadata holds."""
    named = _named_documents(index, ctx)
    if not named:
        return None
    _, doc = max(named, key=lambda x: x[0])
    name = (doc.metadata or {}).get("issuer")
    at = doc.text.find(name) if name else -1
    if at < 0:
        return None
    m = re.compile(re.escape(name)).search(doc.text, at)
    return name + "。", [_quote(ctx, doc, m)]


_INTERPRETATION = _G.raw["interpretation"]
_INTERPRETER = re.compile(_INTERPRETATION["clause"])


def _asks_interpreter(question: str) -> bool:
    """Does the question ask which body interprets a document (not a meaning explained)?"""
    q = normalize(question)
    return any(w in q for w in _INTERPRETATION["asking"]) and not any(
        w in q for w in _INTERPRETATION["not_asking"]
    )


def interpreter(index: Index, ctx: Context):
    """(direct answer, quotes) for which body interprets the document the question names:
    the body its final provisions name, pointing at the document itself."""
    named = _named_documents(index, ctx)
    if not named:
        return None
    _, doc = max(named, key=lambda x: x[0])
    # A Q&A's question ("who interprets this policy?") names no body: an asking word in it.
    asking = tuple(_G.raw["wh_words"])
    m = next(
        (m for m in _INTERPRETER.finditer(doc.text) if not any(w in m.group(1) for w in asking)),
        None,
    )
    if m is None:
        return None
    return m.group(1).strip() + "。", [_quote(ctx, doc, m)]


def _named_documents(index: Index, ctx: Context) -> list[tuple[float, StoredDocument]]:
    """Retrieved documents whose title the question names (with any year it names)."""
    # A title names things, not actions: the question's nouns must be in it (its verbs —
    # 印发, 施行 — ask what happened to the document).
    # Nor are the words asking for its dates ("有效期" of "有效期至").
    asking = [w for _, vocab in _DOCUMENT_DATES for w in vocab]
    own = [
        t for t in ctx.terms if t.primary and t.is_content and not any(t.text in w for w in asking)
    ]
    out = []
    for doc_id in dict.fromkeys(s.doc_id for s in ctx.sentences):
        doc = index.document(doc_id)
        head = doc.text[: len(doc.title) + HEADER_CHARS]
        named = normalize(f"{doc.title}\n{head}")
        # Years and versions the question names must be the document's ("2023年修订版").
        if not all(n in named for n in ctx.aq.numbers):
            continue
        cover = coverage(own, _title_words(own, normalize(doc.title)))
        if cover >= MIN_TITLE_COVERAGE:
            # A year the title itself holds, or its own date's, names the version better
            # than one in its opening lines ("对2019年印发的办法进行修订").
            in_title = all(n in normalize(doc.title) for n in ctx.aq.numbers)
            year = (doc_date(doc) or "")[:4]
            dated = bool(ctx.aq.numbers) and year in ctx.aq.numbers
            out.append((cover + in_title + dated, doc))
    return out


def _title_words(terms, title: str) -> str:
    """The title, with each term it holds split by a modifier (an "assessment measures"
    titled "assessment scoring measures") added whole: a title often inserts a word into
    the compound a question names."""
    found = []
    for t in terms:
        if len(t.text) < 2 * SPLIT_HALF or t.found_in(title):
            continue
        head, tail = t.text[:SPLIT_HALF], t.text[SPLIT_HALF:]
        at = title.find(head)
        if at >= 0 and 0 <= title.find(tail, at + len(head)) - at - len(head) <= MAX_INSERTED:
            found.append(t.text)
    return "\n".join([title, *found])


def _quote(ctx: Context, doc: StoredDocument, m: re.Match[str]):
    s, e = line_span(doc.text, m.start())
    first = next(x for x in ctx.sentences if x.doc_id == doc.doc_id)
    unit = Sentence(doc.doc_id, doc.title, first.section, s, e, doc.text[s:e], 0)
    return unit, (m.start(), m.end())


def document_date(index: Index, ctx: Context, key: str = "date"):
    """(direct answer, quotes) for when the document the question names was issued, takes
    effect or expires: the place its text states the date its metadata holds under ``key``,
    the last such place (the signature, the final provisions) first."""
    named = _named_documents(index, ctx)
    if not named:
        return None
    _, doc = max(named, key=lambda x: x[0])
    value = doc_date(doc) if key == "date" else str((doc.metadata or {}).get(key) or "")
    date = _YMD.match(value or "")
    if date is None:
        return None
    wanted = tuple(int(g) for g in date.groups())
    stated = [
        m
        for m in _G.date.finditer(doc.text)
        if (d := _YMD.match(m.group(0))) and tuple(int(g) for g in d.groups()) == wanted
    ]
    if not stated:
        return None
    m = stated[-1]
    return m.group(0) + "。", [_quote(ctx, doc, m)]


def header_identifier(index: Index, ctx: Context, pattern: re.Pattern[str], offset: int = 0):
    """(direct answer, quotes, has markers) from the opening lines of the document the
    question names; documents it names equally well (a rule and its revision) are each
    shown with their number, newest first."""
    found: list[tuple[float, StoredDocument, re.Match[str]]] = []
    for cover, doc in _named_documents(index, ctx):
        m = pattern.search(doc.text[: len(doc.title) + HEADER_CHARS])
        if m is not None:
            found.append((cover, doc, m))
    if not found:
        return None
    top = max(c for c, _, _ in found)
    best = [(doc, m) for c, doc, m in found if c == top]
    quotes = [_quote(ctx, doc, m) for doc, m in best]
    if len({m.group(0) for _, m in best}) == 1:
        return best[0][1].group(0) + "。", quotes[:1], False
    entries = [(doc, m.group(0), q) for (doc, m), q in zip(best, quotes, strict=True)]
    return (*dated_conflict(entries, offset, intro="conflict_intro"), True)
