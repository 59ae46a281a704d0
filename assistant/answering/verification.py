"""Checking generated or composed text against the passages it cites.

Shared by the LLM answerer (which drops sentences it cannot verify) and the evals
(which measure citation support): the numbers, quoted names and list items of a
sentence must be found in the passages it cites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.enumerations import find_enumerations
from assistant.answering.evidence import Sentence
from assistant.text import normalize, sentence_spans

MARKER = re.compile(r"\[(\d{1,3})\]")
_NAMES = re.compile(r"《[^》]{1,40}》|“[^”]{1,30}”")
_DIGIT_NUMBER = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％)?")


def facts_of(sentence: str) -> list[str]:
    """What must be found in a cited passage: numbers, quoted names, list items."""
    facts = [m.group(0).strip() for m in _DIGIT_NUMBER.finditer(sentence)]
    facts += [m.group(0)[1:-1] for m in _NAMES.finditer(sentence)]
    body = MARKER.sub("", sentence)
    if "、" in body:
        for en in find_enumerations(Sentence("", "", "", 0, len(body), body, 0)):
            facts += [body[s:e] for s, e in en.items]
    return list(dict.fromkeys(f for f in facts if f))


# Share of a sentence's character pairs that must occur in the passages it cites:
# a paraphrase keeps most of them, an invented sentence does not.
MIN_GROUNDED = 0.5
_CONTENT = re.compile(r"[\u4e00-\u9fff0-9a-zA-Z.%]")


def grounded_share(sentence: str, cited_norm: str) -> float:
    chars = "".join(_CONTENT.findall(normalize(sentence)))
    if len(chars) < 4:
        return 0.0
    pairs = {chars[i : i + 2] for i in range(len(chars) - 1)}
    return sum(p in cited_norm for p in pairs) / len(pairs)


@dataclass
class CheckedSentence:
    text: str
    markers: list[int]
    facts: list[str]
    verified: bool


def check_answer(text: str, passages: dict[int, str]) -> list[CheckedSentence]:
    """Split generated text into sentences and check each against the passages it cites."""
    out: list[CheckedSentence] = []
    for s, e in sentence_spans(text):
        sentence = text[s:e]
        # A marker right after the sentence end belongs to this sentence.
        while e < len(text) and (m := MARKER.match(text, e)):
            sentence += m.group(0)
            e = m.end()
        markers = [int(n) for n in MARKER.findall(sentence)]
        valid = [n for n in dict.fromkeys(markers) if n in passages]
        clean = MARKER.sub("", sentence).strip()
        if not clean:
            continue
        facts = facts_of(clean)
        cited = normalize(" ".join(passages[n] for n in valid))
        verified = (
            bool(valid)
            and all(normalize(f) in cited for f in facts)
            and grounded_share(clean, cited) >= MIN_GROUNDED
        )
        out.append(CheckedSentence(clean, valid, facts, verified))
    return out


def quote_span(
    doc_text: str, start: int, end: int, facts: list[str], sentence: str
) -> tuple[int, int]:
    """The sentences of a passage that hold a generated sentence's facts."""
    spans = sentence_spans(doc_text, start, end)
    if not spans:
        return start, end
    if facts:
        hit = [
            (s, e) for s, e in spans if any(normalize(f) in normalize(doc_text[s:e]) for f in facts)
        ]
        if hit:
            return hit[0][0], hit[-1][1]
    target = set(normalize(sentence))
    best = max(spans, key=lambda se: len(target & set(normalize(doc_text[se[0] : se[1]]))))
    return best
