"""Evidence units (sentences and clauses of retrieved chunks) and how well they match a question."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.answering.questions import AnalyzedQuestion, key_tokens
from assistant.index import Hit, Index
from assistant.text import STOPWORDS, lexicon_data, normalize, sentence_spans

CLAUSE_SPLIT = re.compile(r"[,，;；:：。！？!?]")
# A Chinese numeral may not start with 一: "一条龙", "一网通办" are names, not amounts.
NUMBER = re.compile(
    r"(?:\d+(?:\.\d+)?|[二三四五六七八九十两百千万][一二三四五六七八九十百千万]*)"
    r"(?:%|％|个百分点|亿元|万元|元|平方公里|公顷|亩|个|家|条|期|位|名|项|年|月|天|倍|人|批|大|座|所|类)"
    r"|\d+(?:\.\d+)?"
)
RANKING = re.compile(r"第[\d一二三四五六七八九十百]+[位名]?|排名[前第]?[\d一二三四五六七八九十]+")
DURATION = re.compile(
    r"(?:[\d一二三四五六七八九十两半]+|一)(?:年|个月|月|周|天|日)(?:左右|以内|内)?(?:的时间)?|为期[^,，。；]{1,6}|\d{4}年"
)


CONTEXT_CHARS = 160
UNKNOWN_WORD_WEIGHT = 1.0
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

    @property
    def norm(self) -> str:
        return _norm(self.text)

    @property
    def context_norm(self) -> str:
        """The sentence read with what precedes it in its paragraph and its section heading."""
        return _norm(f"{self.section}\n{self.before}{self.text}")


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

    @property
    def is_content(self) -> bool:
        """A noun-like term: if the corpus never mentions it, the corpus cannot answer."""
        return (
            self.pos[:1] in ("n", "b", "j")
            or self.pos in ("vn", "eng", "nz")
            or (
                self.pos == "m"
                and not any(ch.isdigit() for ch in self.text)
                and len(self.text) >= 2
            )
        )

    def found_in(self, text_norm: str) -> bool:
        return self.text in text_norm or any(v in text_norm for v in self.variants)


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    data = lexicon_data()
    synonyms = {
        normalize(k): tuple(normalize(v) for v in vs)
        for k, vs in (data.get("synonyms") or {}).items()
    }
    return synonyms, frozenset(normalize(w) for w in data.get("question_stopwords") or [])


_CN_NUM = {
    "一": "1",
    "二": "2",
    "两": "2",
    "三": "3",
    "四": "4",
    "五": "5",
    "六": "6",
    "七": "7",
    "八": "8",
    "九": "9",
    "十": "10",
}
_DIGIT_CN = {v: k for k, v in _CN_NUM.items() if k != "两"}


def term_variants(term: str) -> tuple[str, ...]:
    """Synonyms from the lexicon, and the other way of writing a small number."""
    synonyms, _ = lexicon()
    out = list(synonyms.get(term, ()))
    m = re.fullmatch(r"([一二两三四五六七八九十]|\d{1,2})(个|家|大|项|条|期|年)?", term)
    if m:
        n, unit = m.group(1), m.group(2) or ""
        other = _CN_NUM.get(n) or _DIGIT_CN.get(n)
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

    def idf(term: str) -> float:
        df = df_of(term)
        return math.log(1 + (n_docs - df + 0.5) / (df + 0.5))

    _, q_stop = lexicon()
    terms: dict[str, Term] = {}
    # A quoted name ("“1+3+26”是什么") is one term, however jieba would cut it.
    for quoted in re.findall(r"[“\"「『]([^”\"」』]{1,20})[”\"」』]", aq.text):
        q = normalize(quoted)
        df = df_of(q)
        terms[q] = Term(q, idf(q), (), pos="nz", known=df > 0, idf=idf(q))
    for source, factor in ((aq.text, 1.0), (aq.context, 0.35)):
        if not source:
            continue
        for tok, pos in _expand(
            [t for t in key_tokens(_QUOTED.sub(" ", source) if factor == 1.0 else source) if t],
            df_of,
        ):
            if len(tok) < 2 and not tok.isdigit() and tok not in lexicon()[0]:
                continue
            if tok in STOPWORDS or tok in q_stop:
                continue
            variants = term_variants(tok) + (extra_variants or {}).get(tok, ())
            forms = (tok, *variants)
            # A term is as common as its most common written form.
            known_forms = [v for v in forms if df_of(v) > 0]
            weight = min(idf(v) for v in known_forms or forms) * factor
            if not known_forms and not Term(tok, 0, pos=pos).is_content:
                # An unknown verb or adverb is usually paraphrase; it counts, but modestly.
                weight = UNKNOWN_WORD_WEIGHT * factor
            if pos in ("m", "mq", "t") or tok.isdigit():
                # Dates and amounts frame the question; the numbers check enforces them.
                weight *= 0.5
            known = bool(known_forms)
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
                )
        # The last noun before the question word names what is asked for ("…进口总额是多少").
        last = [t for t in terms.values() if t.primary == (factor == 1.0) and t.is_content]
        if last:
            last[-1].weight *= 2
    return list(terms.values())


def _expand(tokens: list[tuple[str, str]], df_of) -> list[tuple[str, str]]:
    """Replace a compound the corpus never uses ("优势产业") by its known parts."""
    from assistant.text import _get_jieba

    out: list[tuple[str, str]] = []
    for tok, pos in tokens:
        if len(tok) >= 3 and df_of(tok) == 0 and tok not in lexicon()[0]:
            parts = [w for w in _get_jieba().lcut_for_search(tok) if w != tok and len(w) >= 2]
            covered = "".join(dict.fromkeys(parts))
            if parts and all(df_of(w) > 0 for w in parts) and len(covered) >= len(tok) - 1:
                out.extend((w, pos) for w in dict.fromkeys(parts))
                continue
        out.append((tok, pos))
    return out


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


def gather_sentences(index: Index, hits: list[Hit]) -> list[Sentence]:
    seen: set[tuple[str, int]] = set()
    out: list[Sentence] = []
    for rank, hit in enumerate(hits, start=1):
        doc = index.document(hit.doc_id)
        if doc is None:
            continue
        for s, e in sentence_spans(doc.text, hit.start, hit.end):
            if (hit.doc_id, s) in seen:
                continue
            seen.add((hit.doc_id, s))
            para = doc.text.rfind("\n\n", 0, s)
            before = doc.text[max(para + 2 if para >= 0 else 0, s - CONTEXT_CHARS) : s]
            out.append(
                Sentence(hit.doc_id, hit.title, hit.section, s, e, doc.text[s:e], rank, before)
            )
    return out


def clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """Clause spans (document offsets) inside a sentence."""
    spans = []
    pos = 0
    text = sentence.text
    for m in CLAUSE_SPLIT.finditer(text):
        if m.start() > pos:
            spans.append((sentence.start + pos, sentence.start + m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((sentence.start + pos, sentence.start + len(text)))
    return [(s, e) for s, e in spans if e > s]
