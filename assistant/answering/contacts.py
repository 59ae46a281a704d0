"""Whom to contact: a question asking for a person or a number to call is answered by the
contact line of the matter it names (an office, its person and number on one line; a person
label with the number on the next line), not by a sentence that merely mentions contacting.

Contact blocks say little of the matter they serve: its words are in the document's title,
the section or the Q&A question above the block, or the line's own bracketed note.
So a contact line is taken when the question's matter is found in the line read with its
context, and the words that only ask for the contact (contact, phone, whom) are never required.
The grammar is data: ``resources/contact_grammar.yaml``, and the contact lines' labels are
groups of the one reader of label lines (``label_lines``, ``resources/label_grammar.yaml``);
examples in tests/test_contacts.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files
from itertools import pairwise

import yaml

from assistant.answering.answer_parts import as_sentence
from assistant.answering.composing import Context
from assistant.answering.constraints import is_name
from assistant.answering.evidence import Sentence, Term, coverage
from assistant.answering.grammar import grammar
from assistant.answering.items import line_span
from assistant.answering.label_lines import labelled, leading_label
from assistant.answering.multipart import part_labels
from assistant.answering.question_words import key_phrase
from assistant.messages import msg
from assistant.text import load_pos_tagger, normalize, words

# Share of the weighted matter words (the question's words other than its contact-asking
# ones) a contact line read with its context must hold: as much as any covering unit
# (constraints.MIN_COVERAGE); lower, and another office's line would answer.
CONTACT_COVERAGE = 0.6
_CLAUSES = re.compile(r"[，,；;]")
# Lines of a contact block looked at on each side of the best line for the person or the
# number it lacks: a block names one contact in two or three lines.
BLOCK_LINES = 2
PERSON_POS = "nr"


@dataclass(frozen=True)
class ContactGrammar:
    asks_person: re.Pattern[str]
    asks_phone: re.Pattern[str]
    asking_terms: frozenset[str]
    phone: re.Pattern[str]


def _words(group: dict) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(group["words"], key=len, reverse=True)))


@lru_cache(maxsize=1)
def contact_grammar() -> ContactGrammar:
    raw = yaml.safe_load(
        files("assistant.resources").joinpath("contact_grammar.yaml").read_text("utf-8")
    )
    return ContactGrammar(
        asks_person=_words(raw["asks_person"]),
        asks_phone=_words(raw["asks_phone"]),
        asking_terms=frozenset(raw["asking_terms"]),
        phone=re.compile("|".join(raw["phone_patterns"])),
    )


def asked_contact(question: str) -> tuple[bool, bool] | None:
    """(asks for a person, asks for a number), or None when the question asks for neither."""
    g, q = contact_grammar(), normalize(question)
    person, phone = bool(g.asks_person.search(q)), bool(g.asks_phone.search(q))
    return (person, phone) if person or phone else None


def has_phone(text: str) -> bool:
    return bool(contact_grammar().phone.search(normalize(text)))


def has_person(text: str) -> bool:
    """A person's name, or a contact-person label followed by whom to turn to."""
    marked = labelled("contact_persons").finditer(normalize(text))
    return any(m.end() < len(text) for m in marked) or any(
        p.flag == PERSON_POS for p in load_pos_tagger().lcut(text)
    )


def is_contact_line(text: str) -> bool:
    """A line of a contact block: it gives a phone number or a contact label."""
    return has_phone(text) or bool(labelled("contact_lines").search(normalize(text)))


def _matter(terms: list[Term]) -> list[Term]:
    asking = contact_grammar().asking_terms
    return [t for t in terms if t.primary and t.known and t.text not in asking]


def _local(unit: Sentence) -> str:
    """The unit with what frames it but the document-wide title and metadata."""
    return normalize(f"{unit.section}\n{unit.frame}\n{unit.before}\n{unit.text}")


def _line_unit(doc_text: str, unit: Sentence, s: int, e: int) -> Sentence:
    return replace(unit, start=s, end=e, text=doc_text[s:e], before="", frame="")


def _next_line(doc_text: str, at: int, step: int) -> tuple[int, int] | None:
    """The next non-blank line after (step 1) or before (step -1) the offset's line."""
    while True:
        cut = doc_text.find("\n", at) if step > 0 else doc_text.rfind("\n", 0, at)
        if cut < 0 or (step < 0 and cut == 0):
            return None
        s, e = line_span(doc_text, cut + 1 if step > 0 else cut - 1)
        if e > s:
            return s, e
        at = cut + 1 if step > 0 else cut


def _block(doc_text: str, best: Sentence) -> list[Sentence]:
    """The contact lines next to the best one, nearest first on each side."""
    out: list[Sentence] = []
    for step in (1, -1):
        at = best.end if step > 0 else best.start
        for _ in range(BLOCK_LINES):
            span = _next_line(doc_text, at, step)
            if span is None or not is_contact_line(doc_text[span[0] : span[1]]):
                break
            out.append(_line_unit(doc_text, best, *span))
            at = span[1] if step > 0 else span[0]
    return out


def _own_contact(unit: Sentence, matter: list[Term]) -> Sentence:
    """The one contact of a unit listing several (each ending with its number) that names
    most of the question's matter; the whole unit when it lists one."""
    ends = [m.end() for m in contact_grammar().phone.finditer(unit.text)]
    if len(ends) < 2:
        return unit
    cuts = [0, *ends[:-1], len(unit.text)]
    pieces = list(pairwise(cuts))
    a, b = max(pieces, key=lambda p: coverage(matter, normalize(unit.text[p[0] : p[1]])))
    text = unit.text[a:b]
    lead = len(text) - len(text.lstrip("，,；;。 　"))
    text = text.strip("，,；;。 　")
    return replace(
        unit, start=unit.start + a + lead, end=unit.start + a + lead + len(text), text=text
    )


def _serves_document(doc_text: str, unit: Sentence, specific: list[Term]) -> bool:
    """Is the unit's block the document's only contact, serving every matter the document
    raises (a notice ending with one contact section)? Then the question's matter may be
    named anywhere in the document; a name of an office or place must still be said near
    the line, or another office's contact would answer."""
    if any(is_name(t) for t in specific):
        return False
    block = {(x.start, x.end) for x in _block(doc_text, unit)}
    s, e = line_span(doc_text, unit.start)
    block.add((s, e))
    at = 0
    while at < len(doc_text):
        ls, le = line_span(doc_text, at)
        if le > ls and is_contact_line(doc_text[ls:le]) and (ls, le) not in block:
            return False
        nl = doc_text.find("\n", at)
        at = len(doc_text) if nl < 0 else nl + 1
    text = normalize(doc_text)
    return coverage(specific, text) >= CONTACT_COVERAGE


def _asking_matter(question: str, matter: list[Term]) -> list[Term]:
    """The matter words of the question's clause that asks for the contact, when other
    clauses describe a situation; empty for a question of one clause."""
    parts = [p for p in _CLAUSES.split(normalize(question)) if p.strip()]
    g = contact_grammar()
    own = [p for p in parts if g.asks_phone.search(p) or g.asks_person.search(p)]
    if len(parts) < 2 or len(own) != 1:
        return []
    return [t for t in matter if t.found_in(own[0])]


def _label_names(unit: Sentence, matter: list[Term]) -> bool:
    """Does the line's own label (before its colon) name a word of the matter? A label
    naming the matter of the question's asking clause (a complaint line asked "which
    complaint number to call") says what the line serves: the situation the question
    describes in its other clauses ("unhappy with the filing work") need not be written
    near it."""
    label = leading_label(normalize(unit.text))
    return label is not None and any(t.found_in(label) for t in matter)


def contact_answer(index, ctx: Context, scoring):
    """``scoring``: the answerer's units of a context with their scores, best first.
    The contact line answering a question asking whom to contact, with the next line of
    its block when that holds the person or number the line lacks; None when the question
    asks for no contact, a word it asks about is in no document, or no contact line covers
    its matter. Returns (direct answer, quotes)."""
    asked = asked_contact(ctx.aq.text)
    if asked is None:
        return None
    asking = contact_grammar().asking_terms
    if any(not t.known and t.is_content and t.text not in asking for t in ctx.terms if t.primary):
        return None
    matter = _matter(ctx.terms)
    asked_matter = _asking_matter(ctx.aq.text, matter)
    best, best_key = None, None
    for unit, score in scoring(ctx):
        if not is_contact_line(unit.text):
            continue
        whole = unit.context_norm + "\n" + unit.frame_norm
        if any(is_name(t) and not t.found_in(whole) for t in matter):
            continue
        # Words the document's title does not explain must be said near the line.
        title = normalize(f"{unit.title}\n{unit.meta}")
        specific = [t for t in matter if not t.found_in(title)]
        # A label serving the asking clause's matter stands for the situation's words.
        labelled = (
            bool(asked_matter)
            and _label_names(unit, asked_matter)
            and coverage(asked_matter, whole) >= CONTACT_COVERAGE
        )
        if not labelled and matter and coverage(matter, whole) < CONTACT_COVERAGE:
            continue
        if (
            not labelled
            and specific
            and coverage(specific, _local(unit)) < CONTACT_COVERAGE
            and not _serves_document(index.document(unit.doc_id).text, unit, specific)
        ):
            continue
        # The line read with all that frames it first: of two lines both labelled as asked
        # (two offices' complaint numbers), the one whose document speaks of the question's
        # matter serves it, whatever words the bare line happens to share.
        # Then the line read with its own section and paragraph: of two blocks of one
        # notice, the one under the heading naming the party asked about.
        key = (
            coverage(matter, f"{whole}\n{title}") if matter else 0.0,
            coverage(matter, _local(unit)) if matter else 0.0,
            coverage(matter, unit.norm) if matter else 0.0,
            score,
        )
        if best_key is None or key > best_key:
            best, best_key = unit, key
    if best is None:
        return None
    doc_text = index.document(best.doc_id).text
    best = _own_contact(best, matter)
    lines = [best]
    want_person, want_phone = asked[0], True
    for line in _block(doc_text, best):
        said = "".join(x.text for x in lines)
        if (want_person and not has_person(said) and has_person(line.text)) or (
            want_phone and not has_phone(said) and has_phone(line.text)
        ):
            lines.append(line)
    lines.sort(key=lambda x: x.start)
    direct = as_sentence("；".join(x.text.strip().rstrip("。；;") for x in lines))
    return direct, [(x, None) for x in lines]


def parts_contact_answer(index, ctx: Context, scoring):
    """A question asking two contacts at once ("the policy line and the technical line,
    respectively"; "the buyer's and the agency's phone"): each part's own contact line,
    headed by the part's label. A part naming only its party borrows the contact word the
    other part asks with. None unless every part finds a line of its own."""
    parts = ctx.aq.parts
    asked = asked_contact(ctx.aq.text)
    if len(parts) < 2 or asked is None:
        return None
    g = contact_grammar()
    norm = normalize(ctx.aq.text)
    word = (g.asks_phone if asked[1] else g.asks_person).search(norm).group(0)
    # Only parts asked "respectively" share the contact word ("the phone of A and B,
    # respectively"); a part asking something else (where an office is) leaves the
    # question to be answered whole.
    shared = any(w in norm for w in grammar().raw["multipart"]["respectively"])
    directs: list[str] = []
    quotes: list = []
    labels = part_labels(parts)
    # What sets each part apart, without the contact word every part asks.
    marks = [normalize(g.asks_person.sub("", g.asks_phone.sub("", x or ""))) for x in labels]
    for part, label, mark in zip(parts, labels, marks, strict=True):
        # A line under another part's party (its heading or its own label) is that part's;
        # lines naming the part's own party, when there are any, are the ones to read.
        others = [m for m in marks if m and m != mark]

        # A line naming this part's own label ("consult line: …; complaints line: …") is
        # its own, though it names another part's too.
        said = normalize(label or "")

        def own_lines(c, mark=mark, others=others, said=said):
            units = [
                (u, sc)
                for u, sc in scoring(c)
                if (said and said in u.norm) or not any(m in _local(u) for m in others)
            ]
            key = mark or said  # the party, else the line's own label
            named = [(u, sc) for u, sc in units if key and _names_all(key, _local(u))]
            return named if any(is_contact_line(u.text) for u, _ in named) else units

        if asked_contact(part) is None and not shared:
            return None
        text = part if asked_contact(part) else _with_contact(part, word)
        own = normalize(text)
        terms = [t for t in ctx.terms if not t.primary or t.found_in(own)]
        sub = replace(ctx.aq, original=text, text=text, parts=[text])
        part_ctx = Context(sub, terms, key_phrase(text), ctx.sentences)
        found = contact_answer(index, part_ctx, own_lines)
        if found is None:
            return None
        direct, lines = found
        if any((x.doc_id, x.start) == (y.doc_id, y.start) for x, _ in lines for y, _ in quotes):
            return None  # two parts answered by one line: not each its own
        if label and normalize(label) not in normalize(direct):
            direct = msg("part_answer", label=mark or label, answer=direct)
        directs.append(direct.rstrip("。"))
        quotes += lines
    return as_sentence("；".join(directs)), quotes


def _names_all(party: str, text: str) -> bool:
    """Does the text name the party by all its words, maybe with others between them
    ("policy consulting" in "policy and business consulting")?"""
    return all(w in text for w in words(party))


def _with_contact(part: str, word: str) -> str:
    """A part naming only its party ("the buyer is what") with the contact word asked."""
    g = grammar()
    m = g.wh_words.search(part)
    at = m.start() if m else len(part.rstrip("？?"))
    # Before the copula that asks with it ("the buyer is how much" -> "the buyer's phone
    # is how much").
    copula = next((c for c in g.raw["measured_phrase_copulas"] if part[:at].endswith(c)), "")
    at -= len(copula)
    return part[:at] + word + part[at:]
