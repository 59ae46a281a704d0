"""What a question says about the document it is asking about, beside the passage's words.

A passage often does not name its own subject: a measure's articles say "this zone", a
work report's table says "the park", and the place, the year and the version are in the
title and the metadata. This module reads those per document (:class:`DocumentSubject`),
reads the matching cues off a question (:class:`QuestionCues`) and compares them
(:func:`subject_features`): whether the question names the document's place, its year,
the words of its title, and — when several documents are versions of one rule — whether
this version is the one the question means. :mod:`.fusion` turns the features into
score, with weights from the settings.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib.resources import files
from typing import Any

import yaml

from assistant.ingest.grammar import grammar as document_grammar
from assistant.retrieval.versions_asked import Version, version_asked
from assistant.text import normalize, tokenize

# A document's date says less about what it is about than a year in its title does.
DATE_YEAR_MATCH = 0.5


@dataclass(frozen=True)
class SubjectGrammar:
    year: re.Pattern[str]
    title_version_marks: tuple[re.Pattern[str], ...]
    # Words before a zone word that make it a class of zones (see answering/holders.py).
    class_qualifiers: tuple[str, ...]
    class_span: int


@lru_cache(maxsize=1)
def subject_grammar() -> SubjectGrammar:
    raw: dict[str, Any] = yaml.safe_load(
        files("assistant.resources").joinpath("subject_grammar.yaml").read_text(encoding="utf-8")
    )
    return SubjectGrammar(
        year=re.compile(raw["year"]),
        title_version_marks=tuple(re.compile(p) for p in raw["title_version_marks"]),
        class_qualifiers=tuple(normalize(w) for w in raw["class_holders"]["qualifiers"]),
        class_span=int(raw["class_holders"]["span"]),
    )


def years_named(text: str) -> frozenset[int]:
    """The years a text names as years (a year with its year or edition word; not an amount
    that happens to have four digits)."""
    return frozenset(int(m.group(1)) for m in subject_grammar().year.finditer(normalize(text)))


def rule_name(title: str) -> str:
    """A title without its year and version marks: the name all versions of a rule share
    (a measure with its "revised in 2023" mark and the same measure without it are one rule)."""
    name = normalize(title)
    for mark in subject_grammar().title_version_marks:
        name = mark.sub("", name)
    return re.sub(r"\s+", "", name)


@lru_cache(maxsize=1)
def provinces() -> frozenset[str]:
    """Province-level region names, as the metadata writes them."""
    return frozenset(normalize(r) for r in document_grammar().regions)


def topic_tokens(text: str, region: str | None = None) -> frozenset[str]:
    """Keyword tokens of a title or question minus years and places: those count once,
    through the year and place features, not again as title words."""
    places = provinces() | ({region} if region else set())
    text = subject_grammar().year.sub(" ", normalize(text))
    return frozenset(
        t for t in tokenize(text) if not t.isdigit() and not any(p in t for p in places)
    )


def _year(value: Any) -> int | None:
    text = str(value or "")
    return int(text[:4]) if text[:4].isdigit() else None


@dataclass(frozen=True)
class DocumentSubject:
    """What names a document apart from its passages' words.

    ``title_years`` are the years its title names; ``date_year`` the year it is dated
    (a weaker sign of what it is about: a measure of 2021 is not "the 2021 ranking").
    ``rule`` is its title without years and version marks; ``issued`` orders versions
    (date, else effective date; "" unknown); ``in_force`` is False only when its
    effective date is still to come. ``province`` says whether its region is a
    province-level one (else a city or a zone's place)."""

    doc_id: str
    region: str | None
    province: bool
    title_years: frozenset[int]
    date_year: int | None
    title_tokens: frozenset[str]
    rule: str
    issued: str
    in_force: bool

    @property
    def years(self) -> frozenset[int]:
        """The years it is about: its title's, else its date's."""
        if self.title_years or self.date_year is None:
            return self.title_years
        return frozenset({self.date_year})

    @classmethod
    def of(cls, doc_id: str, meta: Mapping[str, Any], today: date) -> DocumentSubject:
        title = str(meta.get("title") or "")
        effective = str(meta.get("effective_from") or "")
        region = normalize(str(meta["region"])) if meta.get("region") else None
        return cls(
            doc_id=doc_id,
            region=region,
            province=region in provinces(),
            title_years=years_named(title),
            date_year=_year(meta.get("date")),
            title_tokens=topic_tokens(title, region),
            rule=rule_name(title),
            issued=str(meta.get("date") or effective),
            in_force=not effective or effective <= today.isoformat(),
        )


@dataclass(frozen=True)
class QuestionCues:
    text: str  # normalised
    tokens: frozenset[str]
    years: frozenset[int]
    version: Version | None

    @classmethod
    def of(cls, question: str) -> QuestionCues:
        return cls(
            text=normalize(question),
            tokens=topic_tokens(question),
            years=years_named(question),
            version=version_asked(question),
        )


@dataclass(frozen=True)
class SubjectFeatures:
    """How far a question names one document, each in [0, 1]."""

    # 1: the question names the document's region; -1: it names another region of the
    # same level (two provinces, or two cities) and not this one's.
    place: float = 0.0
    # 1: the question names a year the document's title names; DATE_YEAR_MATCH: the
    # year it is dated, when its title names none.
    year: float = 0.0
    title: float = 0.0  # the question's words that are specific to this document's title
    superseded: float = 0.0  # another version of the same rule is the one asked about


def title_specificity(subjects: Iterable[DocumentSubject]) -> dict[str, float]:
    """How much a title token points at few documents: 1 - log(df) / log(N), so 1 for a
    token in one title and 0 for one in every title; nothing at all with one document."""
    subjects = list(subjects)
    n = len(subjects)
    if n < 2:
        return {}
    df = Counter(t for s in subjects for t in s.title_tokens)
    return {t: 1.0 - math.log(c) / math.log(n) for t, c in df.items()}


def chosen_versions(group: list[DocumentSubject], cues: QuestionCues) -> set[str]:
    """The versions of one rule a question asks about."""
    # A year that names a version already counts through the year feature; penalising
    # the other versions again would push out their passages that speak of it ("the
    # 2019 rule is repealed").
    if cues.years and any(s.years & cues.years for s in group):
        return {s.doc_id for s in group}
    if cues.version == "both":
        return {s.doc_id for s in group}
    by_age = sorted(group, key=lambda s: s.issued)
    in_force = [s for s in by_age if s.in_force] or by_age
    newest = in_force[-1]
    if cues.version == "older":
        earlier = [s for s in by_age if s.issued < newest.issued]
        return {earlier[-1].doc_id} if earlier else {newest.doc_id}
    return {newest.doc_id}


def _with_title_region(subject: DocumentSubject, known: frozenset[str]) -> DocumentSubject:
    """A document whose metadata names no region but whose title names a region other
    documents of the library have is about that place (a results title with the place in
    brackets, a provincial department's notice): the first, longest such name becomes its
    region."""
    title = subject.rule
    longest = max(map(len, known), default=0)
    for start in range(len(title)):
        for size in range(min(longest, len(title) - start), 1, -1):
            name = title[start : start + size]
            if name in known:
                return replace(
                    subject,
                    region=name,
                    province=name in provinces(),
                    title_tokens=frozenset(t for t in subject.title_tokens if name not in t),
                )
    return subject


@dataclass(frozen=True)
class SubjectTable:
    """The subjects of an index's documents, with what every question compares against:
    the specificity of title words, the regions, and the groups of versions of one rule.
    Built once per state of the documents, so a question costs only its candidates."""

    by_id: Mapping[str, DocumentSubject]
    specificity: Mapping[str, float]
    regions: frozenset[str]
    versions: Mapping[str, list[DocumentSubject]]  # rule name -> its versions (2 or more)
    # Inverted lists, so that the documents a question names are found without
    # comparing it with every document: title token -> documents, region -> documents.
    by_token: Mapping[str, frozenset[str]]
    by_region: Mapping[str, frozenset[str]]
    longest_region: int  # characters

    @classmethod
    def of(cls, subjects: Iterable[DocumentSubject]) -> SubjectTable:
        subjects = list(subjects)
        known = frozenset(s.region for s in subjects if s.region)
        subjects = [s if s.region else _with_title_region(s, known) for s in subjects]
        groups: dict[str, list[DocumentSubject]] = {}
        by_token: dict[str, set[str]] = {}
        by_region: dict[str, set[str]] = {}
        for s in subjects:
            if s.rule:
                groups.setdefault(s.rule, []).append(s)
            for t in s.title_tokens:
                by_token.setdefault(t, set()).add(s.doc_id)
            if s.region:
                by_region.setdefault(s.region, set()).add(s.doc_id)
        return cls(
            by_id={s.doc_id: s for s in subjects},
            specificity=title_specificity(subjects),
            regions=frozenset(by_region),
            versions={rule: group for rule, group in groups.items() if len(group) > 1},
            by_token={t: frozenset(d) for t, d in by_token.items()},
            by_region={r: frozenset(d) for r, d in by_region.items()},
            longest_region=max(map(len, by_region), default=0),
        )

    def named_regions(self, cues: QuestionCues) -> set[str]:
        """The regions a question names. A region whose every mention lies inside a longer
        named one is not named (a short place word inside the name of a high-tech zone names
        only the latter)."""
        # The question's substrings looked up, not every region searched for: a library
        # knows thousands of regions, a question has a few hundred short substrings.
        text = cues.text
        found = {
            text[i : i + n]
            for i in range(len(text))
            for n in range(1, min(self.longest_region, len(text) - i) + 1)
            if text[i : i + n] in self.regions
        }
        longer = sorted((r for r in found if any(r != o and r in o for o in found)), key=len)
        for r in longer:
            rest = cues.text
            for o in found:
                if o != r and r in o:
                    rest = rest.replace(o, "")
            if r not in rest:
                found.discard(r)
        return found

    def naming_tokens(
        self, cues: QuestionCues, docs: Iterable[str], tokens: Iterable[str]
    ) -> set[str]:
        """The question's ``tokens`` that name the region of one of the given documents
        (the region named, or part of it). Title words are kept: they are often what the
        question asks about as well as what names the document."""
        regions = {s.region for d in docs if (s := self.by_id.get(d)) is not None and s.region}
        regions &= self.named_regions(cues)
        return {t for t in tokens if any(t in r or r in t for r in regions)}

    def mentioned(self, cues: QuestionCues, min_specificity: float) -> set[str]:
        """The documents whose region the question names, or a title word of theirs at
        least ``min_specificity`` specific: a word in most titles names none of them."""
        docs: set[str] = set()
        for r in self.named_regions(cues):
            docs |= self.by_region[r]
        for t in cues.tokens:
            if self.specificity.get(t, 0.0) >= min_specificity:
                docs |= self.by_token[t]
        return docs


def subject_features(
    cues: QuestionCues, table: SubjectTable, doc_ids: Iterable[str] | None = None
) -> dict[str, SubjectFeatures]:
    """The features of the documents (all, or ``doc_ids``) that the question names in
    some way; documents it does not name are left out."""
    named = table.named_regions(cues)
    chosen: dict[str, set[str]] = {}
    out: dict[str, SubjectFeatures] = {}
    for doc_id in table.by_id if doc_ids is None else doc_ids:
        s = table.by_id.get(doc_id)
        if s is None:
            continue
        place = 0.0
        if s.region in named:
            place = 1.0
        elif s.region and any((r in provinces()) == s.province for r in named):
            place = -1.0
        year = 0.0
        if cues.years and s.title_years:
            year = 1.0 if s.title_years & cues.years else -1.0
        elif cues.years and s.date_year is not None:
            year = DATE_YEAR_MATCH if s.date_year in cues.years else -DATE_YEAR_MATCH
        # Soft OR: one specific word names the title as well as several vague ones.
        miss = 1.0
        for t in cues.tokens & s.title_tokens:
            miss *= 1.0 - table.specificity.get(t, 0.0)
        title = 1.0 - miss
        old = 0.0
        if s.rule in table.versions:
            if s.rule not in chosen:
                chosen[s.rule] = chosen_versions(table.versions[s.rule], cues)
            old = 0.0 if s.doc_id in chosen[s.rule] else 1.0
        if place or year or title or old:
            out[s.doc_id] = SubjectFeatures(place=place, year=year, title=title, superseded=old)
    return out
