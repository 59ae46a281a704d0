"""Evidence: its units (sentences and clauses of retrieved chunks, and the typed spans they
state values in) and the question's weighted terms, and how well a unit covers them. How the
units are gathered from retrieved chunks, each with what frames it, is in ``units``."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from assistant.answering.grammar import grammar
from assistant.answering.grammar_words import grammar_word_weight
from assistant.answering.locatives import locative_pos
from assistant.answering.premises import premise_only
from assistant.answering.questions import AnalyzedQuestion, key_tokens
from assistant.answering.terms import known_words, said_in
from assistant.index import Index
from assistant.text import (
    STOPWORDS,
    load_pos_tagger,
    normalize,
    search_words,
    synonym_table,
)

_G = grammar()
# A numeral with a classifier a count is asked with ("一个", "两家").
_COUNTING = _G.raw["counting"]
_QUANTITY = re.compile(
    f"(?:{_COUNTING['numeral']}){re.search(r'[(][^()]*[)]$', _COUNTING['asking']).group(0)}"
)
# Typed spans of documents, compiled from the grammar file.
NUMBER = _G.number
RANKING = _G.ranking
DURATION = _G.duration
DATE = _G.date


# An unknown verb or adverb of the question is usually paraphrase: it counts, but modestly.
UNKNOWN_WORD_WEIGHT = 1.0
# ...and at most this share of what a word only one indexed chunk holds weighs. In a corpus of
# a few chunks every known word's idf is small, and the fixed weight above would let the
# question's unreadable guesses outweigh the words the documents hold (a guess re-cut into
# the name it spells would then weigh less than the guess did). Higher: unknown words
# decide more in small corpora; lower: they stop counting there. Large corpora are unchanged.
UNKNOWN_SHARE_OF_RAREST = 0.5
# Parts of speech of names: an unknown name is a real subject the documents lack.
NAME_POS = ("nr", "ns", "nt")
# ...and with other proper nouns (a programme, a product line), the tags a premise word may not have.
PROPER_POS = (*NAME_POS, "nz")
# Terms of the earlier question in a follow-up weigh this much of the question's own.
CONTEXT_TERM_FACTOR = 0.35
# Dates and amounts frame a question; the numbers check enforces them, so they weigh less.
FRAMING_TERM_FACTOR = 0.5
# The last noun before the asking word names what is asked for ("…进口总额是多少").
ASKED_NOUN_FACTOR = 2.0
# Adverbs of degree ("更"), and the tag of the word after one: an adjective, which grades.
_DEGREE = tuple(_G.raw["comparison"]["degree_adverbs"])
GRADED_POS = "a"
_QUOTED = re.compile(r"[“\"「『][^”\"」』]{1,20}[”\"」』]")


@dataclass
class Sentence:
    doc_id: str
    title: str
    section: str
    start: int
    end: int
    text: str
    rank: int  # rank of the chunk it came from (1 = best)
    before: str = ""  # earlier sentences of the same paragraph, which often hold its subject
    header: tuple[str, ...] = ()  # a table row's column names
    cells: tuple[str, ...] = ()  # a table row's cells, in column order
    meta: str = ""  # the document's date, issuer and region: where and when it speaks
    frame: str = ""  # what the unit answers or fills in: its Q&A question, its table caption
    headings: str = ""  # the headings above the unit, outermost first (its heading path)

    @property
    def norm(self) -> str:
        """The unit's own words; a table row is read with its header, which it means nothing
        without."""
        if self.header:
            return _norm(" | ".join(self.header) + "\n" + self.text)
        return _norm(self.text)

    @property
    def frame_norm(self) -> str:
        """The unit read with what frames it (title, metadata, heading, Q&A question, table
        caption and header), but not the other statements of its paragraph."""
        head = " | ".join(self.header)
        return _norm(f"{self.title}\n{self.meta}\n{self.section}\n{self.frame}{head}\n{self.text}")

    @property
    def context_norm(self) -> str:
        """The sentence read with what precedes it in its paragraph and its section heading."""
        head = " | ".join(self.header)
        return _norm(f"{self.title}\n{self.meta}\n{self.section}\n{self.before}{head}\n{self.text}")


@lru_cache(maxsize=20000)
def _norm(text: str) -> str:
    return normalize(text)


@dataclass
class Term:
    text: str
    weight: float
    variants: tuple[str, ...] = ()
    pos: str = ""
    known: bool = True  # appears in the index vocabulary (itself or a variant)
    idf: float = 0.0  # rarity before any emphasis
    primary: bool = True  # from the question itself, not the earlier turn
    category: bool = False  # the kind of thing asked for ("哪些企业"): instances answer it
    asked: bool = False  # the last noun before the asking word: what is asked for
    locates: bool = False  # names the place of a document read: which document, not passage
    # The question itself says it as the tail of a longer word: so may the documents.
    bound: bool = False
    # The two dictionary words a compound is made of ("提出异议"): documents often say them
    # apart ("有异议的，…实名提出"); both in a unit hold the term too.
    parts: tuple[str, ...] = ()
    # Said only in the clauses stating the asker's case (premises.premise_only).
    premise: bool = False

    @property
    def is_content(self) -> bool:
        """A noun-like term: if the corpus never mentions it, the corpus cannot answer."""
        # Quantities ("一半", "两个") frame a question, whatever tag the segmenter gives a
        # numeral with its classifier; the numbers check enforces digits.
        return (
            not self.category
            and not _QUANTITY.fullmatch(self.text)
            and (self.pos[:1] in ("n", "b", "j") or self.pos in ("vn", "eng", "nz"))
        )

    def found_in(self, text_norm: str) -> bool:
        forms = (self.text, *self.variants)
        if self.bound:
            return any(f in text_norm for f in forms)
        # The plain test first: most terms are not in most units.
        if any(f in text_norm and said_in(f, text_norm) for f in forms):
            return True
        return bool(self.parts) and all(p in text_norm for p in self.parts)


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """Domain synonyms (lexicon.yaml) and the question's framing words (grammar file)."""
    return synonym_table(), _G.question_stopwords


@lru_cache(maxsize=1)
def _small_numeral() -> re.Pattern[str]:
    numerals = "".join(k for k, v in (*_G.digits.items(), *_G.places.items()) if 0 < v <= 10)
    units = "|".join(re.escape(u) for u in _G.raw["units"] if len(u) == 1)
    return re.compile(rf"([{numerals}]|\d{{1,2}})({units})?")


def term_variants(term: str) -> tuple[str, ...]:
    """Synonyms from the lexicon, and the other way of writing a small number."""
    synonyms, _ = lexicon()
    out = list(synonyms.get(term, ()))
    m = _small_numeral().fullmatch(term)
    if m:
        n, unit = m.group(1), m.group(2) or ""
        value = _G.small_number(n)
        if n.isdigit():
            other = next(
                (k for k, v in (*_G.digits.items(), *_G.places.items()) if v == value), None
            )
        else:
            other = str(value) if value is not None else None
        if other:
            out.append(other + unit)
    return tuple(out)


def question_terms(
    aq: AnalyzedQuestion, index: Index, extra_variants: dict[str, tuple[str, ...]] | None = None
) -> list[Term]:
    """Weighted key terms: the question's own at full weight, the earlier question's lower."""
    kw = index.keyword
    n_docs = max(1, len(kw.ids))
    df_of = _doc_freqs(kw)

    def idf_at(df: int) -> float:
        return math.log(1 + (n_docs - df + 0.5) / (df + 0.5))

    def idf(term: str) -> float:
        return idf_at(df_of(term))

    _, q_stop = lexicon()
    unknown_weight = min(UNKNOWN_WORD_WEIGHT, UNKNOWN_SHARE_OF_RAREST * idf_at(1))
    terms: dict[str, Term] = {}
    # A quoted name ("“1+3+26”是什么") is one term, however jieba would cut it.
    labels = [m.group(0) for m in _G.class_label.finditer(normalize(aq.text))]
    for quoted in re.findall(r"[“\"「『]([^”\"」』]{1,20})[”\"」』]", aq.text) + labels:
        q = normalize(quoted)
        df = df_of(q)
        terms[q] = Term(q, idf(q), (), pos="nz", known=df > 0, idf=idf(q))
    for source, factor in ((aq.text, 1.0), (aq.context, CONTEXT_TERM_FACTOR)):
        if not source:
            continue
        said = _QUOTED.sub(" ", source) if factor == 1.0 else source
        said_norm = normalize(said)
        raw = key_tokens(said)
        tokens = [t for t in raw if t]
        # A word right after an adverb of degree grades ("更优惠的比例"): no thing to find.
        graded = {b[0] for a, b in pairwise(raw) if a and b and a[0] in _DEGREE}
        spare = STOPWORDS | q_stop
        for tok, pos in known_words(tokens, df_of, said_norm, lexicon()[0], spare, NAME_POS):
            if len(tok) < 2 and not tok.isdigit() and tok not in lexicon()[0]:
                continue
            pos = locative_pos(tok, pos)  # "in the table": where the asker looks
            if tok in STOPWORDS or tok in q_stop:
                continue
            variants = term_variants(tok) + (extra_variants or {}).get(tok, ())
            forms = (tok, *variants)
            # A term is as common as its most common written form.
            known_forms = [v for v in forms if df_of(v) > 0]
            weight = min(idf(v) for v in known_forms or forms) * factor
            if not known_forms and not Term(tok, 0, pos=pos).is_content:
                weight = unknown_weight * factor
            if pos in ("m", "mq", "t") or tok.isdigit():
                weight *= FRAMING_TERM_FACTOR
            if tok in graded:
                pos = GRADED_POS
            known = bool(known_forms)
            # A name the library lacks (another zone, another firm) still refuses.
            premise = pos not in PROPER_POS and factor == 1.0 and premise_only(tok, aq.text)
            weight = grammar_word_weight(pos, weight, unknown_weight * factor, aq.qtype, premise)
            if not known and premise:
                # The asker's own word for the case: the documents name cases otherwise.
                weight = unknown_weight
            if not known and not dictionary_word(tok) and pos not in NAME_POS:
                # Neither the documents nor the dictionary know it: the segmenter's guess
                # ("能领多久" cut as "能领"), not a thing the question is about.
                pos, weight = "x", unknown_weight * factor
            old = terms.get(tok)
            if old is None or old.weight < weight:
                terms[tok] = Term(
                    tok,
                    weight,
                    variants,
                    pos=pos,
                    known=known,
                    idf=weight / factor,
                    primary=factor == 1.0,
                    bound=not said_in(tok, said_norm),
                    parts=() if pos in NAME_POS or variants else compound_parts(tok),
                    premise=premise,
                )
        if factor == 1.0:
            measured_subjects(terms.values(), said_norm)
            measured_phrases(terms.values(), said_norm)
        last = [t for t in terms.values() if t.primary == (factor == 1.0) and t.is_content]
        if last:
            last[-1].weight *= ASKED_NOUN_FACTOR
            last[-1].asked = factor == 1.0
    return list(terms.values())


def measured_subjects(terms, question_norm: str) -> None:
    """A word right before a kind noun names what is measured (the interest subsidy of an
    "interest subsidy rate"): it reads as a noun the evidence must hold, whatever its tag.
    Only words the documents never use are re-read, so an unknown subject refuses the
    question instead of letting any rate answer it."""
    # "贴息比例是多少" is not answered by "补助比例提高到6%".
    kinds = _G.kind_nouns
    for t in terms:
        if t.known or t.pos in NAME_POS or t.is_content or not dictionary_word(t.text):
            continue
        if any(t.text + kind in question_norm for kind in kinds):
            t.pos = MEASURED_SUBJECT_POS


# The tag a measured subject is re-read with: a verb used as a noun.
MEASURED_SUBJECT_POS = "vn"
# The tagger's tag of a fixed phrase (a "total budget"), which says nothing of its word
# class.
FIXED_PHRASE_POS = "l"
# A fixed phrase re-read as what a question measures is a noun.
MEASURED_PHRASE_POS = "n"


def measured_phrases(terms, question_norm: str) -> None:
    """A fixed phrase right before the words asking how much ("the total budget is how
    much") is what the question measures: a noun the evidence must hold and the value's
    own, whatever its tag. Without it, any amount in a unit sharing the question's other nouns (the
    project's name line) would answer."""
    copulas = "|".join(map(re.escape, _G.raw["measured_phrase_copulas"]))
    for t in terms:
        if t.pos != FIXED_PHRASE_POS:
            continue
        after = rf"{re.escape(t.text)}(?:{copulas})?(?:{_G.how_many.pattern})"
        if re.search(after, question_norm):
            t.pos = MEASURED_PHRASE_POS


def word_rarity(index: Index, text: str) -> float | None:
    """The rarity (idf) of the rarest indexed word of a text, None when none is indexed:
    how much a spelt-out form of an abbreviation tells, as the question's own terms are weighed."""
    df_of = _doc_freqs(index.keyword)
    n_docs = max(1, len(index.keyword.ids))
    dfs = [df for w in search_words(text) if len(w) >= 2 and (df := df_of(w)) > 0]
    if not dfs:
        return None
    df = min(dfs)
    return math.log(1 + (n_docs - df + 0.5) / (df + 0.5))


# A compound is split only when both its words are at least this long.
MIN_PART_CHARS = 2


def compound_parts(token: str) -> tuple[str, ...]:
    """The two dictionary words a compound word is made of, else ()."""
    for i in range(MIN_PART_CHARS, len(token) - MIN_PART_CHARS + 1):
        if dictionary_word(token[:i]) and dictionary_word(token[i:]):
            return token[:i], token[i:]
    return ()


def dictionary_word(token: str) -> bool:
    """Is the token a word of the segmenter's dictionary, not a guess of its own?"""
    return bool(load_pos_tagger().dt.tokenizer.FREQ.get(token))


def _doc_freqs(kw):
    bm25 = kw.bm25
    if bm25 is None:
        return lambda term: 0
    indptr = bm25.scores["indptr"]
    vocab = kw.vocab

    def df(term: str) -> int:
        tid = vocab.get(term)
        if tid is None:
            # Not a whole token anywhere: count the tokens that contain it instead.
            return 0
        return int(indptr[tid + 1] - indptr[tid])

    return df


def coverage(terms: list[Term], text_norm: str) -> float:
    total = sum(t.weight for t in terms)
    if total <= 0:
        return 0.0
    return sum(t.weight for t in terms if t.found_in(text_norm)) / total
