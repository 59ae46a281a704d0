"""Chinese-aware scoring of answers against gold facts.

Normalisation for comparison: NFKC, traditional to simplified, no punctuation or
spaces, Chinese numerals to digits (rank thirty-one written out equals rank 31),
percentages written out equal "5%", and amounts compared by value across the
ten-thousand and hundred-million units (8.3 hundred-million yuan equals 83000
ten-thousand yuan).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from assistant.answering.grammar import grammar
from assistant.text import normalize

# A full stop between digits is a decimal point and stays.
_PUNCT = re.compile(r"[\s，,。．、；;：:！!？?“”\"'‘’（）()【】\[\]《》<>—\-…·]|\.(?!\d)|(?<!\d)\.")
_G = grammar()
_S = _G.raw["scoring"]
_NUM = _G.raw["numerals"]
_CN_DIGIT = _G.digits
_CN_UNIT = _G.places
_CN_BIG = {str(k): float(v) for k, v in _S["big_units"].items()}
_CN_NUM_RE = re.compile("[" + "".join([*_CN_DIGIT, *_CN_UNIT]) + "]+")
_MEASURE = _S["measure_chars"]
_BIG = "|".join(sorted(_CN_BIG, key=len, reverse=True))
_AMOUNT = re.compile(
    rf"(\d+(?:\.\d+)?)({_BIG})?(" + "|".join(re.escape(u) for u in _S["amount_units"]) + ")?"
)
_ORDINAL = _NUM["ordinal_prefix"]
_PERCENT_WORDS = re.compile(
    re.escape(_NUM["percent_words"])
    + r"(\d+(?:\.\d+)?|["
    + "".join([*_CN_DIGIT, *_CN_UNIT])
    + "]+)"
)
_RANK_UNITS = "".join(_NUM["rank_units"])
_RANK_FACT = re.compile(rf"^{_ORDINAL}(\d+)[{_RANK_UNITS}]?$")
_RANK_WORDS = "|".join(sorted(_S["rank_words"], key=len, reverse=True))
_LIST_SPLIT = re.compile(r"[、，,；;]|" + "|".join(_S["list_separators"]))


def cn_to_int(text: str) -> int | None:
    """A Chinese numeral -> its value (thirty-one -> 31, one hundred and five -> 105,
    ten -> 10); None if not a numeral."""
    if not text or any(ch not in _CN_DIGIT and ch not in _CN_UNIT for ch in text):
        return None
    total, digit = 0, None
    for ch in text:
        if ch in _CN_DIGIT:
            digit = _CN_DIGIT[ch]
        else:
            total += (1 if digit is None else digit) * _CN_UNIT[ch]
            digit = None
    return total + (digit or 0)


def _cn_numbers_to_digits(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        s = m.group(0)
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        # Only numerals used as numbers: after 第, or before a measure word. "一网通办" stays.
        if before != _ORDINAL and after not in _MEASURE and after not in _CN_BIG:
            return s
        if len(s) == 1 and s == _NUM["not_amount_first"] and before != _ORDINAL:
            return s
        value = cn_to_int(s)
        return s if value is None else str(value)

    return _CN_NUM_RE.sub(repl, text)


def norm(text: str) -> str:
    text = normalize(unicodedata.normalize("NFKC", text))
    text = _PERCENT_WORDS.sub(
        lambda m: (m.group(1) if m.group(1)[0].isdigit() else str(cn_to_int(m.group(1)))) + "%",
        text,
    )
    return _PUNCT.sub("", _cn_numbers_to_digits(text))


def amounts(text: str) -> set[tuple[float, str]]:
    """(value, unit) pairs, with the ten-thousand and hundred-million units folded into the
    value."""
    out = set()
    for m in _AMOUNT.finditer(norm(text)):
        value = float(m.group(1))
        if m.group(2):
            value *= _CN_BIG[m.group(2)]
        out.add((round(value, 6), m.group(3) or ""))
    return out


def fact_present(fact: str, text: str) -> bool:
    """Is a gold fact stated in the text, allowing for numeral and unit forms?"""
    nf, nt = norm(fact), norm(text)
    if nf and nf in nt:
        return True
    rank = _RANK_FACT.match(nf)
    if rank:
        n = rank.group(1)
        return bool(re.search(rf"({_RANK_WORDS})(?<!\d){n}(?!\d)|(?<!\d){n}[{_RANK_UNITS}]", nt))
    fa = amounts(fact)
    # Only a fact with a unit-bearing amount is matched by its amounts; a bare year or
    # number ("1994年") has nothing to compare by that way and must be found as written.
    if any(a[1] for a in fa) and all(a in amounts(text) for a in fa if a[1]):
        # Every unit-bearing amount of the fact is stated, and the words around it too.
        words = re.sub(rf"\d+(?:\.\d+)?({_BIG})?", "", nf)
        return all(w in nt for w in re.findall(r"[^\d%.]{2,}", words)) if words else True
    return False


def split_list(text: str) -> list[str]:
    """Items of a list answer: the part after a full-width colon if any, split on the
    enumeration comma, commas and conjunctions."""
    body = text.split("：", 1)[1] if "：" in text else text
    body = re.sub(r"\[\d+\]", "", body)
    items = [norm(p) for p in _LIST_SPLIT.split(body)]
    return [i for i in items if i]


@dataclass
class ListScore:
    precision: float
    recall: float
    f1: float
    in_order: float  # share of gold pairs that keep their order in the answer


def score_list(predicted: list[str], gold: list[str]) -> ListScore:
    gold_n = [norm(g) for g in gold]
    matched_gold: set[int] = set()
    correct = 0
    positions: dict[int, int] = {}
    for pos, p in enumerate(predicted):
        hit = next(
            (i for i, g in enumerate(gold_n) if i not in matched_gold and (p == g or g in p)),
            None,
        )
        if hit is not None:
            matched_gold.add(hit)
            positions[hit] = pos
            correct += 1
    precision = correct / len(predicted) if predicted else 0.0
    recall = len(matched_gold) / len(gold_n) if gold_n else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    pairs = [(a, b) for a in positions for b in positions if a < b]
    in_order = sum(positions[a] < positions[b] for a, b in pairs) / len(pairs) if pairs else 1.0
    return ListScore(precision, recall, f1, in_order)


def keyword_recall(keywords: list[str], text: str) -> float:
    if not keywords:
        return 1.0
    return sum(fact_present(k, text) for k in keywords) / len(keywords)
