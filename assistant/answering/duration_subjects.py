"""A duration stated under its document's subject: "how many days is the talent subsidy's
notice period" is answered by an article of the talent-subsidy rules saying "the notice
period is 5 working days", which names the event (the notice) but leaves the subject
(the subsidy) to the document it belongs to.

A unit of a duration question that misses the question's rarest noun (constraints'
"rarest" rejection) is kept when it names one of the question's event words (a verb the
question says: the notice, the payment) and its own paragraph (the article it opens),
with its document's title and heading, holds every noun of the question: the article is
about the subject, the unit about the event. The document's other paragraphs may speak of
another matter ("filing" where "approval" is asked). Module functions; no state.
"""

from __future__ import annotations

from assistant.answering.evidence import Sentence, Term
from assistant.answering.questions import AnalyzedQuestion
from assistant.index import Index
from assistant.text import normalize

# Parts of speech of an event's word: verbs, and verbal nouns.
EVENT_POS = ("v", "vn", "vd")
# Shortest event word that tells an event (a one-character verb is said everywhere).
MIN_EVENT_CHARS = 2


def subject_in_document(
    index: Index, aq: AnalyzedQuestion, terms: list[Term], unit: Sentence
) -> bool:
    """Is ``unit`` a duration question's event stated under its article's subject: it
    names an event word of the question, and its paragraph (with the document's title and
    the unit's heading) every noun of the question?"""
    if aq.qtype != "duration":
        return False
    events = [
        t
        for t in terms
        if t.primary and t.known and t.pos in EVENT_POS and len(t.text) >= MIN_EVENT_CHARS
    ]
    if not any(t.found_in(unit.norm) for t in events):
        return False
    nouns = [t for t in terms if t.primary and t.known and t.is_content]
    doc = index.document(unit.doc_id)
    if doc is None or not nouns:
        return False
    start = doc.text.rfind("\n\n", 0, unit.start) + 1
    end = doc.text.find("\n\n", unit.end)
    paragraph = doc.text[start : end if end >= 0 else len(doc.text)]
    own = normalize(f"{doc.title}\n{unit.section}\n{paragraph}")
    return all(t.found_in(own) for t in nouns)
