"""Text normalisation and tokenisation used for matching, never for display.

Display text (what citations point into) is left alone; these functions produce
the forms that embedders and the keyword index see, so that full-width and
half-width forms, and traditional and simplified characters, match each other.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import opencc

logger = logging.getLogger(__name__)

# Sentence-final punctuation, full and half width. A closing quote or bracket
# right after it still belongs to the sentence.
SENTENCE_END = "。！？；!?;"
CLOSERS = "”’」』）)】》"
# A line break also ends a sentence: headings, bylines and captions have no punctuation.
_SENT_RE = re.compile(rf"[^{SENTENCE_END}\n]*(?:[{SENTENCE_END}]+[{CLOSERS}]*|\n|$)")

# The official OpenCC bindings (C++): about fifty times faster than the pure-Python
# port on a page of text, with the same output, so every text goes through them.
_converter: opencc.OpenCC | None = None
_converter_lock = threading.Lock()


def _t2s() -> opencc.OpenCC:
    global _converter
    if _converter is None:
        with _converter_lock:
            if _converter is None:
                _converter = opencc.OpenCC("t2s")
    return _converter


@lru_cache(maxsize=8192)
def normalize(text: str) -> str:
    """NFKC, traditional to simplified, lower case, keeping the text's length (so that an
    offset into the normalized text is one into the text).

    Cached for the short strings that repeat (questions, terms, headings); bulk
    document text goes through :func:`normalize_text`, which keeps no copy."""
    return normalize_text(text)


def normalize_text(text: str) -> str:
    return to_simplified(_compatible(text)).lower()


def _compatible(text: str) -> str:
    """NFKC of the text, but a character whose compatibility form is longer or shorter
    (a Roman numeral written as one character, a unit symbol, an ellipsis) stays as it is:
    offsets into the normalized text then hold in the text, and the numeral two is not
    read inside the numeral three."""
    out = unicodedata.normalize("NFKC", text)
    if len(out) == len(text):
        return out
    return "".join(c if len(n := unicodedata.normalize("NFKC", c)) != 1 else n for c in text)


def to_simplified(text: str) -> str:
    """Traditional characters and phrases to simplified; everything else as it was."""
    return _t2s().convert(text)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Character spans of sentences in ``text[start:end]``, whitespace trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for m in _SENT_RE.finditer(text, start, end):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


_segmenter_instance = None
_segmenter_lock = threading.Lock()
_TOKEN_OK = re.compile(r"[\w\u4e00-\u9fff]")


def _load_stopwords() -> frozenset[str]:
    """Function words that carry no meaning for keyword search, grouped by the grammar they
    encode in ``assistant/resources/stopwords.yaml``."""
    from importlib.resources import files

    import yaml

    raw = yaml.safe_load(
        files("assistant").joinpath("resources/stopwords.yaml").read_text(encoding="utf-8")
    )
    return frozenset(str(w) for words in raw["groups"].values() for w in words)


STOPWORDS = _load_stopwords()


# Bump when tokenisation changes in a way the words below do not capture.
_TOKENIZER_REVISION = 3


@lru_cache(maxsize=1)
def lexicon_data() -> dict:
    """The domain lexicon as written (``assistant/resources/lexicon.yaml``), read once."""
    from importlib.resources import files

    import yaml

    return (
        yaml.safe_load(
            files("assistant").joinpath("resources/lexicon.yaml").read_text(encoding="utf-8")
        )
        or {}
    )


@lru_cache(maxsize=1)
def place_names() -> tuple[str, ...]:
    """Provinces and prefecture-level cities (``assistant/resources/place_names.yaml``)."""
    from importlib.resources import files

    import yaml

    text = files("assistant").joinpath("resources/place_names.yaml").read_text(encoding="utf-8")
    rows = yaml.safe_load(text)["places"]
    return tuple(dict.fromkeys(str(name) for row in rows for name in row))


@lru_cache(maxsize=1)
def synonym_table() -> dict[str, tuple[str, ...]]:
    """Every word of the lexicon with the other forms it matches, normalised: the domain
    synonyms and the everyday words of questions."""
    data = lexicon_data()
    table: dict[str, tuple[str, ...]] = {}
    # "matching" words are matched in the evidence only (see rephrasing.query_expansion);
    # "verbs" are matched and searched, and neither is taught to the segmenter.
    for group in ("synonyms", "everyday", "matching", "verbs"):
        for key, variants in (data.get(group) or {}).items():
            word = normalize_text(str(key))
            forms = (*table.get(word, ()), *(normalize_text(str(v)) for v in variants))
            table[word] = tuple(dict.fromkeys(forms))
    return table


@lru_cache(maxsize=4096)
def lexicon_forms(text: str) -> tuple[str, ...]:
    """The other forms of every lexicon word of two or more characters the (normalised)
    text holds: what a reader may find it said as elsewhere ("pay" as "fee"). Cached: the
    texts are questions and their pieces, read again for every candidate unit."""
    return tuple(f for w, fs in synonym_table().items() if len(w) > 1 and w in text for f in fs)


@lru_cache(maxsize=1)
def domain_words() -> tuple[str, ...]:
    """The lexicon's words, taught to jieba so that the abbreviation of "economic development
    zone" is not cut in two."""
    data = lexicon_data()
    words = {
        normalize_text(str(w))
        for key, variants in (data.get("synonyms") or {}).items()
        for w in (key, *variants)
    }
    # Everyday words are kept whole ("加起来"); their formal forms keep their own tags.
    words |= {normalize_text(str(w)) for w in data.get("everyday") or {}}
    return tuple(sorted(w for w in words if len(w) >= 2 and not w.isascii()))


@lru_cache(maxsize=1)
def tokenizer_signature() -> str:
    """Changes whenever keyword tokens could: jieba's version, its extra words, the
    stopwords. Stored chunk tokens and keyword indexes carry it, so a change re-tokenises
    (without re-embedding) on the next ingest."""
    from importlib.metadata import version

    h = hashlib.sha1()
    for part in (
        str(_TOKENIZER_REVISION),
        version("rjieba"),
        *domain_words(),
        "|",
        *sorted(STOPWORDS),
    ):
        h.update(part.encode())
        h.update(b"\n")
    return h.hexdigest()[:16]


def load_segmenter():
    """The segmenter, initialised once per process, always with the same dictionary: tokens
    must not depend on what else the process has done (an index built before any question was
    asked and one built after must agree). jieba-rs (the ``rjieba`` binding) runs jieba's
    algorithm on jieba's dictionary about 20x faster than jieba's pure-Python DAG search, which
    was most of the cost of preparing a document for the index."""
    global _segmenter_instance
    if _segmenter_instance is None:
        with _segmenter_lock:
            if _segmenter_instance is None:
                import rjieba

                segmenter = rjieba.Jieba()
                for word in domain_words():
                    segmenter.add_word(word, 2000, "n")
                _segmenter_instance = segmenter
    return _segmenter_instance


_pos_lock = threading.Lock()
# Texts whose tags the tagger keeps (short texts: a few hundred bytes each at most).
TAGGED_TEXTS = 20000


class KeptTags:
    """jieba's tagger with each text's tags kept. The answerer tags the same short texts
    again and again (a table's cells for every question that reads the table, a question's
    pieces in several analyses), and jieba's HMM over unknown words was most of an answer's
    time on a library of 10k chunks. The dictionary is fixed once loaded, so a text's tags
    never change. Everything but ``cut``/``lcut`` is jieba.posseg's own."""

    def __init__(self, posseg: Any):
        self._posseg = posseg
        self._tags = lru_cache(maxsize=TAGGED_TEXTS)(self._tag)

    def _tag(self, text: str, hmm: bool) -> tuple[Any, ...]:
        return tuple(self._posseg.cut(text, HMM=hmm))

    def cut(self, sentence: str, HMM: bool = True) -> Iterator[Any]:
        return iter(self._tags(sentence, HMM))

    def lcut(self, sentence: str, HMM: bool = True) -> list[Any]:
        return list(self._tags(sentence, HMM))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._posseg, name)


@lru_cache(maxsize=1)
def load_pos_tagger() -> KeptTags:
    """jieba's part-of-speech tagger (``jieba.posseg``), with the same domain words, keeping
    each text's tags (see :class:`KeptTags`). It tags questions and short units; its HMM for
    unknown words is what question analysis was written against, so it stays jieba's own."""
    with _pos_lock:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        for word in domain_words():
            jieba.add_word(word, freq=2000, tag="n")
        # A city the dictionary tags as another word ("Dalian" as an adverb) is a place;
        # its frequency, and so how texts are cut, stays the dictionary's.
        for name in place_names():
            if freq := jieba.get_FREQ(name):
                jieba.add_word(name, freq=freq, tag="ns")
        return KeptTags(jieba.posseg)


# jieba-rs keeps a run such as "027-87235061" or "zh-cn" whole where jieba cuts it at the
# punctuation; cutting it the same way lets a question's "2023" meet a document's "WJK-2023-3".
# A figure written in digits, with its decimal part ("2", "20.5").
FIGURE = re.compile(r"\d+(?:\.\d+)?")
_HAN = re.compile(r"[\u4e00-\u9fd5]")
_ALNUM = re.compile(r"[a-zA-Z0-9]+")
_ALNUM_PARTS = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")


def _parts(word: str) -> list[str]:
    # isalnum() holds for Chinese words as well: only mixed runs go on to the regexes.
    if len(word) < 2 or word.isalnum() or _HAN.search(word) or _ALNUM.fullmatch(word):
        return [word]
    return [p for p in _ALNUM_PARTS.split(word) if p]


def _expand(segmenter, cut: str) -> list[str]:
    """The search-mode words of one accurate-mode word: its parts, each preceded by the
    dictionary words of two and three characters inside it."""
    known = segmenter.has_word
    out: list[str] = []
    for word in _parts(cut):
        n = len(word)
        if n > 2:
            out += [word[i : i + 2] for i in range(n - 1) if known(word[i : i + 2])]
        if n > 3:
            out += [word[i : i + 3] for i in range(n - 2) if known(word[i : i + 3])]
        out.append(word)
    return out


def _cut_for_search(segmenter, text: str) -> list[str]:
    """jieba's search mode: each word, preceded by the dictionary words of two and three
    characters inside it, so the full name of an economic and technological development
    zone is found by its "development zone" part as well."""
    out: list[str] = []
    for cut in segmenter.cut(text, True):
        out += _expand(segmenter, cut)
    return out


def words(text: str) -> list[str]:
    """jieba's accurate-mode words of ``text`` as given (not normalised)."""
    return [p for w in load_segmenter().cut(text, True) for p in _parts(w)]


def search_words(text: str) -> list[str]:
    """jieba's search-mode words of ``text`` as given (not normalised)."""
    return _cut_for_search(load_segmenter(), text)


@lru_cache(maxsize=4096)
def tokenize(text: str) -> tuple[str, ...]:
    """Keyword tokens of a question (cached: questions repeat)."""
    return tokenize_text(text)


# Keyword tokens by accurate-mode word. A word's tokens do not depend on its neighbours,
# and a corpus repeats a small vocabulary (Zipf): looking them up instead of expanding
# and filtering every occurrence again makes tokenising, most of the cost of preparing a
# document besides reading it, several times faster. Cleared when full, so it stays bounded.
_WORD_TOKENS_MAX = 200_000
_word_tokens: dict[str, tuple[str, ...]] = {}


def _tokens_of_word(segmenter, cut: str) -> tuple[str, ...]:
    found = _word_tokens.get(cut)
    if found is None:
        kept = (t.strip() for t in _expand(segmenter, cut))
        found = tuple(t for t in kept if t and _TOKEN_OK.search(t) and t not in STOPWORDS)
        if len(_word_tokens) >= _WORD_TOKENS_MAX:
            _word_tokens.clear()
        _word_tokens[cut] = found
    return found


def tokenize_text(text: str) -> tuple[str, ...]:
    """Keyword tokens: jieba search-mode words of the normalised text, minus stopwords."""
    segmenter = load_segmenter()
    tokens: list[str] = []
    for cut in segmenter.cut(normalize_text(text), True):
        tokens += _tokens_of_word(segmenter, cut)
    return tuple(tokens)
