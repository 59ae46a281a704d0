"""How a question's words are matched to the documents' words: where a word starts, and
when an unknown compound may be read as the known words it is built from. The word
lists are data (``resources/term_grammar.yaml``); examples live in tests/test_terms.py."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

import yaml

from assistant.text import FIGURE, load_pos_tagger, search_words, words


@lru_cache(maxsize=1)
def term_grammar() -> dict:
    text = files("assistant.resources").joinpath("term_grammar.yaml").read_text("utf-8")
    return yaml.safe_load(text)


@lru_cache(maxsize=1)
def kept_endings() -> frozenset[str]:
    """Final characters that leave a compound's thing the same (all groups)."""
    return frozenset(c for group in term_grammar()["kept_endings"].values() for c in group)


@lru_cache(maxsize=1)
def kept_openings() -> frozenset[str]:
    """First characters that leave a compound's thing the same (all groups)."""
    return frozenset(c for group in term_grammar()["kept_openings"].values() for c in group)


@lru_cache(maxsize=1)
def first_rank_words() -> tuple[str, ...]:
    return tuple(term_grammar()["first_rank_words"])


def built_from(token: str, parts: list[str]) -> bool:
    """Do the known ``parts`` (words found inside ``token``) make up the whole token, or
    all of it but a kept first or last character?"""
    covered = [False] * len(token)
    for part in parts:
        at = token.find(part)
        while at >= 0:
            covered[at : at + len(part)] = [True] * len(part)
            at = token.find(part, at + 1)
    left = [i for i, c in enumerate(covered) if not c]
    if not left:
        return True
    if len(left) > 1:
        return False
    at = left[0]
    return (at == len(token) - 1 and token[at] in kept_endings()) or (
        at == 0 and token[at] in kept_openings()
    )


# How many characters around a term's occurrence are segmented to tell whether it starts
# a word there: enough for the word it may end, few enough to keep matching cheap.
BOUNDARY_WINDOW = 4
_CJK = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=100_000)
def said_in(form: str, text_norm: str) -> bool:
    """Is ``form`` in the text as a word of its own or the head of a compound, not as
    the tail of another word? Where the character before an occurrence binds the form's
    first character into a word (a "new zone" read inside "high-tech zone", "exports"
    inside "imports and exports"), that occurrence does not count; compounds whose parts
    keep their meaning (a kind of cost inside "R&D cost") do. Examples: tests/test_terms.py."""
    if FIGURE.fullmatch(form):
        return _said_as_figure(form, text_norm)
    at = text_norm.find(form)
    while at >= 0:
        if at == 0 or not _CJK.match(form) or not _bound_before(text_norm, at, len(form)):
            return True
        at = text_norm.find(form, at + 1)
    return False


# A figure written in digits (text.FIGURE) is a whole number of the text, never digits of a
# longer one ("2 years" is not said by "20%" or "12 years").


def _said_as_figure(form: str, text_norm: str) -> bool:
    """Is the figure in the text with no digit, nor a decimal point joined to digits,
    on either side?"""
    pattern = rf"(?<!\d)(?<!\d\.){re.escape(form)}(?!\d)(?!\.\d)"
    return re.search(pattern, text_norm) is not None


def _bound_before(text: str, at: int, length: int) -> bool:
    """Does the character before ``at`` bind the one at ``at`` into another word? The two
    must be a dictionary word and the segmenter must not start a word at ``at``; then the
    occurrence is bound when it ends inside that word unless the word is a compound of a
    word and the form (the part before ``at`` a word of two or more characters), or when
    it runs past that word and is no dictionary word itself."""
    if not _dictionary_word(text[at - 1 : at + 1]):
        return False
    lo = max(0, at - BOUNDARY_WINDOW)
    start = lo
    for w in words(text[lo : at + length + BOUNDARY_WINDOW]):
        end = start + len(w)
        if start == at:
            return False
        if start < at < end:
            if _localizer(text, start, at):
                return False  # "among" the count before it, not a part of this word
            if at + length <= end:
                head = text[start:at]
                return len(head) < 2 or not _dictionary_word(head)
            return not _dictionary_word(text[at : at + length])
        start = end
    return True


def split_localizer(before: str, word: str, after_noun: bool = False) -> tuple[str, str] | None:
    """A word the segmenter opened with a localizer after a count (the top thirty, then
    "among" glued to "the west"), or after a noun (``after_noun``: "among the projects",
    then "among" glued to "total" into a guessed name that is no word at all): the localizer
    and the word it was glued to, else None."""
    group = term_grammar()["localizers"]
    tail = before[-1:]
    if len(word) < 2 or word[0] not in group["words"] or not tail:
        return None
    if not _dictionary_word(word[1:]):
        return None
    if tail.isdigit() or tail in group["after"]:
        return (word[0], word[1:]) if len(word) >= 3 else None
    if after_noun and not _dictionary_word(word):
        return word[0], word[1:]
    return None


def _localizer(text: str, start: int, at: int) -> bool:
    """Is the one character of a word before ``at`` a localizer after a count ("among"
    the top thirty), so that the word really starts at ``at``?"""
    group = term_grammar()["localizers"]
    before = text[start - 1 : start]
    return (
        at - start == 1
        and text[start] in group["words"]
        and bool(before)
        and (before.isdigit() or before in group["after"])
    )


def _dictionary_word(token: str) -> bool:
    return bool(load_pos_tagger().dt.tokenizer.FREQ.get(token))


# How far past an unknown token's ends a corpus word may reach when the token is re-cut:
# the neighbour the segmenter took a character from, or gave one to, is a short word.
RECUT_REACH = 2
# The longest corpus word tried in a re-cut: longer words are names, which the
# segmenter keeps whole, so trying them only costs lookups.
RECUT_LONGEST = 6
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


@lru_cache(maxsize=1)
def spilled_characters() -> frozenset[str]:
    """Characters the segmenter glues to a word from the next one (all groups)."""
    return frozenset(c for group in term_grammar()["spilled_characters"].values() for c in group)


def _spare(char: str, first: bool, last: bool, function_words: frozenset[str]) -> bool:
    """May ``char`` be left out of a re-cut token, at that end of it?"""
    if char in function_words or char in spilled_characters():
        return True
    return (last and char in kept_endings()) or (first and char in kept_openings())


def recut(
    token: str, text: str, df_of, function_words: frozenset[str], at: int | None = None
) -> list[str] | None:
    """The corpus words a question token the documents never hold is read as, where the
    segmenter cut the question differently from the documents ("rank" + "th 4" read as
    one dictionary word, "report" + "to" as "send to"): words of the question ``text``
    (dictionary words, or corpus words of three or more characters: a two-character
    corpus token may be the segmenter's guess) that overlap the token, reaching up to
    :data:`RECUT_REACH` characters into its
    neighbours, longest first, covering all of it or all but one character that may be
    spared (a function word, a character glued on from the next word, a kept ending or
    opening). ``df_of`` counts the documents that hold a word. None when no such cut
    exists: then the token stays what it is, and may make the question unanswerable.
    ``at`` is where the token stands in ``text`` (default: its first occurrence)."""
    spans = recut_spans(token, text, df_of, function_words, at)
    return None if spans is None else [text[a:b] for a, b in spans]


def recut_spans(
    token: str, text: str, df_of, function_words: frozenset[str], at: int | None = None
) -> list[tuple[int, int]] | None:
    """Where in ``text`` the words of :func:`recut` stand (start, end), in order."""
    at = text.find(token) if at is None else at
    if at < 0 or text[at : at + len(token)] != token or not _HAN_RUN.fullmatch(token):
        return None
    end = at + len(token)
    lo, hi = max(0, at - RECUT_REACH), min(len(text), end + RECUT_REACH)
    found: list[tuple[int, int]] = []
    for i in range(lo, end):
        for j in range(max(i + 2, at + 1), min(hi, i + RECUT_LONGEST) + 1):
            piece = text[i:j]
            if (
                piece != token
                and piece not in function_words
                and _HAN_RUN.fullmatch(piece)
                and df_of(piece) > 0
                and (len(piece) > 2 or _dictionary_word(piece))
            ):
                found.append((i, j))
    chosen: list[tuple[int, int]] = []
    for i, j in sorted(found, key=lambda s: (s[0] - s[1], s[0])):
        if all(j <= a or i >= b for a, b in chosen):
            chosen.append((i, j))
    left = [p for p in range(at, end) if not any(a <= p < b for a, b in chosen)]
    if not chosen or len(left) > 1 or len(left) == len(token):
        return None
    if left and not _spare(text[left[0]], left[0] == at, left[0] == end - 1, function_words):
        return None
    return [(a, b) for a, b in sorted(chosen) if a < end and b > at]


def join_single_characters(
    tokens: list[tuple[str, str]], text: str, df_of
) -> list[tuple[str, str]]:
    """Adjacent one-character tokens of a question that together are a dictionary word (the two characters of "summon for a talk" cut apart),
    read as that word when the documents hold it as a token. Alone, each character would be
    dropped as too short to tell. (A word whose characters the documents hold only apart is
    not joined: read whole, a word like "fast" in "progressed fast" would weigh as a term
    the units must hold.)
    The word takes the dictionary's part of speech, else that of its last character."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        joined = None
        for n in (3, 2):
            run = tokens[i : i + n]
            if len(run) < n or any(len(t) != 1 or not _HAN_RUN.fullmatch(t) for t, _ in run):
                continue
            word = "".join(t for t, _ in run)
            # A dictionary word only: the documents' own tokens include the segmenter's
            # guesses at unknown runs, which join a character to its neighbour's word.
            if word in text and df_of(word) > 0 and _dictionary_word(word):
                tags = load_pos_tagger().lcut(word, HMM=False)
                pos = tags[0].flag if len(tags) == 1 else run[-1][1]
                joined = (word, pos, n)
                break
        if joined is None:
            out.append(tokens[i])
            i += 1
        else:
            out.append((joined[0], joined[1]))
            i += joined[2]
    return out


def known_words(
    tokens: list[tuple[str, str]],
    df_of,
    text: str,
    synonyms: dict[str, tuple[str, ...]],
    function_words: frozenset[str],
    name_tags: tuple[str, ...],
) -> list[tuple[str, str]]:
    """A question's (word, tag) tokens read with the words the documents hold: one-character
    tokens joined into the word they spell; a compound the corpus never uses replaced by its
    known parts (a lexicon word is known by its other forms); else a token the documents
    never hold (not a name, nor a lexicon word) re-cut across its edges (:func:`recut`),
    the re-cut words taking the place of the neighbour tokens they cover whole."""
    out: list[tuple[str, str]] = []
    # Where each token kept in ``out`` stands, so that a re-cut word reaching into a
    # neighbour ("report" of "report" + "send to") takes that neighbour's place.
    placed: list[tuple[int, int] | None] = []
    consumed: list[tuple[int, int]] = []
    joined = join_single_characters(tokens, text, df_of)
    for (tok, pos), span in zip(joined, token_spans(joined, text), strict=True):
        if span is not None and any(a <= span[0] and span[1] <= b for a, b in consumed):
            continue  # a re-cut word of the token before already says it
        unknown = df_of(tok) == 0 and tok not in synonyms
        if len(tok) >= 3 and unknown:
            # The known words inside it; an unknown piece ("X" + the first character of
            # the next word) covers nothing.
            parts = [
                w
                for w in search_words(tok)
                if w != tok and len(w) >= 2 and (df_of(w) > 0 or w in synonyms)
            ]
            if parts and built_from(tok, parts):
                parts = list(dict.fromkeys(parts))
                out.extend((w, pos) for w in parts)
                placed.extend([span] * len(parts))
                continue
        if len(tok) >= 2 and unknown and pos not in name_tags:
            pieces = recut_spans(tok, text, df_of, function_words, span and span[0])
            if pieces:
                while (
                    placed
                    and placed[-1]
                    and any(a <= placed[-1][0] and placed[-1][1] <= b for a, b in pieces)
                ):
                    out.pop()
                    placed.pop()
                out.extend((text[a:b], pos) for a, b in pieces)
                placed.extend(pieces)
                consumed.extend(pieces)
                continue
        if unknown and glued_verb(tok):  # no corpus word holds it: the verb it says
            out.append((tok[1:], VERB_TAG))
            placed.append(span)
            continue
        if unknown and pos[:1] != VERB_TAG and verb_with_result(tok):
            # Tagged a thing, yet a verb with its result: the verb, the result dropped.
            out.append((tok[:1], VERB_TAG))
            placed.append(span)
            continue
        out.append((tok, pos))
        placed.append(span)
    return out


# The segmenter's dictionary counts of words it holds rarely: pairs of an adverb and a verb
# sit there at these counts, real compounds ("energy use") far above.
RARE_WORD_COUNT = 5
VERB_TAG = "v"


def glued_verb(token: str) -> bool:
    """Is ``token`` an adverb or negation glued to a one-character verb that the
    segmenter's dictionary holds as a rare word ("first pay")?"""
    if len(token) != 2 or token[0] not in term_grammar()["glued_adverbs"]:
        return False
    count = load_pos_tagger().dt.tokenizer.FREQ.get(token) or 0
    if count > RARE_WORD_COUNT:
        return False
    tags = load_pos_tagger().lcut(token[1], HMM=False)
    return len(tags) == 1 and tags[0].flag == VERB_TAG


def verb_with_result(token: str) -> bool:
    """Is ``token`` a one-character verb with a result or direction complement glued on
    ("attach" + "up"), a pair the documents write as the verb alone?"""
    if len(token) != 2 or token[1] not in term_grammar()["kept_endings"]["verb_results"]:
        return False
    tags = load_pos_tagger().lcut(token[0], HMM=False)
    return len(tags) == 1 and tags[0].flag == VERB_TAG


def token_spans(tokens: list[tuple[str, str]], text: str) -> list[tuple[int, int] | None]:
    """Where each token stands in ``text``, read left to right; None for one not found
    there as written (the segmenter's text differs from it)."""
    out: list[tuple[int, int] | None] = []
    cursor = 0
    for tok, _ in tokens:
        at = text.find(tok, cursor)
        if at < 0:
            out.append(None)
            continue
        out.append((at, at + len(tok)))
        cursor = at + len(tok)
    return out
