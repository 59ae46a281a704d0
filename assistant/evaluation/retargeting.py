"""Development questions re-targeted to the copies of the realistic scale corpus
(:mod:`assistant.evaluation.scale_corpus`): each asks about one copy, names its subject,
and carries that copy's facts and evidence quotes; dropped when the round's mapping
cannot follow it."""

from __future__ import annotations

import logging
import random
import re
from pathlib import Path

from assistant.evaluation.runner import Evidence, GoldItem, load_gold
from assistant.evaluation.scale_corpus import Copy, Mapping, ScaleCorpus, Source, data
from assistant.text import normalize

logger = logging.getLogger(__name__)

# Question files of the development split; the held-out split is never read.
DEV_QUESTIONS = ("dev_a.jsonl", "dev_b.jsonl", "dev_seed.jsonl")
_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")


def followable(item: GoldItem, source_text: str) -> bool:
    """Can a copy's mapping carry this question over? One document, answerable, no
    history, and every gold fact and quote stated in the source as written."""
    docs = {e.doc_id for e in item.evidence}
    return (
        item.answerable
        and not item.history
        and len(docs) == 1
        and all(e.quote in source_text for e in item.evidence)
        and all(_stated(f, source_text) for f in item.must_include)
    )


def _names_real_place(text: str) -> bool:
    return any(m.group("place") for m in data().pattern.finditer(text))


def _stated(fact: str, text: str) -> bool:
    # Verbatim: a fact written another way (a sum, another numeral form) may not follow
    # the mapping, which sees only the figures as written.
    return fact in text


def subject_names(copy: Copy, mapping: Mapping) -> list[str]:
    """The fictional places a copy's title names, first named first."""
    names = [n for n in [*mapping.places.values(), mapping.subject] if n in copy.title]
    return sorted(names, key=copy.title.index) or [mapping.subject]


def retarget(item: GoldItem, copy: Copy, mapping: Mapping) -> GoldItem | None:
    """The question asked of one copy, with that copy's facts; None when a mapped fact or
    quote is not in the copy's text."""
    question = mapping.apply(item.question)
    if not any(n in question for n in subject_names(copy, mapping)):
        place = subject_names(copy, mapping)[0]
        question = data().question_with_subject.format(place=place, question=question)
    if _names_real_place(normalize(question)):
        return None  # a place in a form the mapping does not see (traditional script)
    if stale_figures(question, copy.text, mapping):
        return None  # the question states a figure its copy varied, in a form not mapped
    facts = [mapping.apply(f) for f in item.must_include]
    evidence = [Evidence(doc_id=copy.stem, quote=mapping.apply(e.quote)) for e in item.evidence]
    if not all(e.quote in copy.text for e in evidence) or not all(
        _stated(f, copy.text) for f in facts
    ):
        return None
    return item.model_copy(
        update={
            "id": f"{item.id}@{copy.stem}",
            "question": question,
            "answer": mapping.apply(item.answer),
            "must_include": facts,
            "evidence": evidence,
            "paraphrase_of": None,
        }
    )


def stale_figures(question: str, copy_text: str, mapping: Mapping) -> list[str]:
    """Numbers a re-targeted question still states as the source wrote them while its copy
    states them varied: the question's figure was written in a form the mapping does not
    see (a salary of "40-odd" ten-thousand beside the document's threshold of 40
    ten-thousand yuan, scaled in the copy), so on the copy it no longer asks
    about the case the gold answer is for."""
    stale = []
    for n in _NUMBER.findall(question):
        varied = mapping.scale(n)
        if varied != n and not _holds(copy_text, n) and _holds(copy_text, varied):
            stale.append(n)
    return stale


def _holds(text: str, number: str) -> bool:
    return re.search(rf"(?<![\d.]){re.escape(number)}(?![\d.])", text) is not None


def dev_questions(evals_dir: Path) -> list[GoldItem]:
    return [item for name in DEV_QUESTIONS for item in load_gold(evals_dir / name)]


def retargeted_questions(
    corpus: ScaleCorpus,
    sources: list[Source],
    items: list[GoldItem],
    n: int,
    seed: int = 11,
) -> list[GoldItem]:
    """Up to ``n`` re-targeted questions, each asked of a copy drawn at random (the same
    seed gives the same questions)."""
    by_source = {s.stem: s for s in sources}
    usable: dict[str, list[GoldItem]] = {}
    for item in items:
        stem = item.evidence[0].doc_id if item.evidence else ""
        if stem in by_source and followable(item, by_source[stem].clean_text):
            usable.setdefault(stem, []).append(item)
    rng = random.Random(seed)
    pairs = [(c, q) for c in corpus.copies for q in usable.get(c.source, [])]
    rng.shuffle(pairs)
    out: list[GoldItem] = []
    for copy, item in pairs:
        moved = retarget(item, copy, corpus.mappings[copy.round])
        if moved is not None:
            out.append(moved)
            if len(out) >= n:
                break
    logger.info(
        "re-targeted %d questions (%d of %d followable)",
        len(out),
        sum(map(len, usable.values())),
        len(items),
    )
    return out
