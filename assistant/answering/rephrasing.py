"""Question normalisation: everyday ways of asking rewritten to their plain forms.

A paraphrase asks what its plainer wording asks (an A-not-A question is the same question
with the final yes/no particle; a colloquial "when" is the plain "when"); rewriting it
first lets the answer type, key terms and retrieval query come out as they would for the
plain wording. The forms are data (``resources/question_forms.yaml``); the user's own
question is kept for display.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import yaml

from assistant.answering.grammar import grammar
from assistant.text import (
    lexicon_data,
    load_pos_tagger,
    normalize,
    synonym_table,
    to_simplified,
    tokenize,
)


@dataclass(frozen=True)
class QuestionForms:
    a_not_a: re.Pattern[str]
    a_not_a_plain: dict[str, str]
    a_not_a_patterns: tuple[tuple[re.Pattern[str], str], ...]
    plain: re.Pattern[str]
    plain_forms: dict[str, str]
    question_marks: tuple[str, ...]
    yesno_particle: str
    final_particles: str
    rewrites: tuple[tuple[re.Pattern[str], str], ...]  # word order and ordinal prefixes
    defined_term: tuple[re.Pattern[str], ...]
    separable: re.Pattern[str] | None  # a verb-object word split by an aspect mark
    clause_enders: frozenset[str]  # particles and marks after the last verb of a clause


def _longest_first(words) -> re.Pattern[str]:
    ordered = sorted(words, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in ordered) or "(?!)")


def _rewrites(rules: list[dict[str, str]]) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(r["pattern"]), r["replace"]) for r in rules)


@lru_cache(maxsize=1)
def forms() -> QuestionForms:
    text = files("assistant").joinpath("resources/question_forms.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)
    a_not_a = {str(k): str(v or "") for k, v in raw["a_not_a"].items()}
    plain = {**(grammar().raw.get("colloquial") or {}), **raw["plain_forms"]}
    plain = {str(k): str(v) for k, v in plain.items()}
    return QuestionForms(
        a_not_a=_longest_first(a_not_a),
        a_not_a_plain=a_not_a,
        a_not_a_patterns=_rewrites(raw["a_not_a_patterns"]),
        plain=_longest_first(plain),
        plain_forms=plain,
        question_marks=tuple(raw["question_marks"]),
        yesno_particle=str(raw["yesno_particle"]),
        final_particles="".join(raw["final_particles"]),
        rewrites=_rewrites(
            raw["rank_without_ordinal"]
            + raw["measure_after_verb"]
            + raw["conditions_asked_by_kind"]
            + raw["joined_measures"]
            + raw["framing_rewrites"]
            + raw.get("spoken_rewrites", [])
        ),
        defined_term=tuple(re.compile(p) for p in raw["defined_term"]),
        separable=_separable(raw.get("separable_verbs") or [], raw.get("aspect_marks") or []),
        clause_enders=frozenset(raw.get("clause_enders") or []),
    )


def _separable(words: list[str], marks: list[str]) -> re.Pattern[str] | None:
    """One pattern over the separable verbs, each split after its first character by an
    aspect mark (resources/question_forms.yaml); the groups keep its two halves."""
    if not marks:
        return None
    mark = "(?:" + "|".join(re.escape(m) for m in marks) + ")"
    alternatives = [f"({re.escape(w[0])}){mark}({re.escape(w[1:])})" for w in words if len(w) >= 2]
    return re.compile("|".join(alternatives)) if alternatives else None


def _join_separable(m: re.Match[str]) -> str:
    return "".join(g for g in m.groups() if g)


@lru_cache(maxsize=4096)
def plain_question(question: str) -> str:
    """The question in its plain form: colloquial asking words replaced, a rank given its
    ordinal prefix, the measure asked about kept whole, an A-not-A yes/no question turned
    into its form with the final yes/no particle. Unchanged when nothing applies."""
    f = forms()
    # Traditional characters are read as simplified, so that every form below applies.
    text = to_simplified(question.strip())
    text = f.plain.sub(lambda m: f.plain_forms[m.group(0)], text)
    if f.separable is not None:
        text = f.separable.sub(_join_separable, text)
    for pattern, replacement in f.rewrites:
        text = pattern.sub(replacement, text)
    text = _spell_out_verbs(_spell_out_abbreviations(text))
    return _quote_defined_term(_yesno_form(text, f), f)


# The head word an abbreviation is followed by when a speaker repeats it (the land-use code
# followed by the word for "land" its full name ends with): its last characters.
HEAD_CHARS = 2
# The block of common Chinese characters (CJK Unified Ideographs).
HAN_FIRST, HAN_LAST = 0x4E00, 0x9FFF


@lru_cache(maxsize=1)
def _abbreviation_heads() -> dict[str, str]:
    """The lexicon's abbreviations (group ``synonyms``) followed by the head word their first
    full form ends with (a land-use code followed by "land"), each with that full form. Only
    a full form in Chinese characters, longer than its abbreviation by a head word at least."""
    pairs: dict[str, str] = {}
    for key, variants in (lexicon_data().get("synonyms") or {}).items():
        word, full = normalize(str(key)), normalize(str(variants[0])) if variants else ""
        head = full[-HEAD_CHARS:]
        if (
            len(full) >= len(word) + HEAD_CHARS
            and all(HAN_FIRST <= ord(c) <= HAN_LAST for c in full)
            and not word.endswith(head)
            and word + head != full
        ):
            pairs[word + head] = full
    return pairs


@lru_cache(maxsize=1)
def _abbreviation_pattern() -> re.Pattern[str]:
    return re.compile(
        "|".join(re.escape(k) for k in sorted(_abbreviation_heads(), key=len, reverse=True))
        or "(?!)",
        re.IGNORECASE,
    )


def _spell_out_abbreviations(text: str) -> str:
    """An abbreviation followed by the head word its full form ends with (a land-use code
    and "land") is the full form (examples in tests/test_spoken_forms.py): read apart, the
    head word would be a second term and the pair a phrase no document writes."""
    full = _abbreviation_heads()
    return _abbreviation_pattern().sub(lambda m: full.get(normalize(m.group(0)), m.group(0)), text)


@lru_cache(maxsize=1)
def _one_character_verbs() -> dict[str, str]:
    """The lexicon's everyday one-character verbs and the formal word documents use for
    each (its first form), normalised."""
    everyday = lexicon_data().get("everyday") or {}
    return {
        normalize(str(k)): normalize(str(v[0]))
        for k, v in everyday.items()
        if len(str(k)) == 1 and v
    }


def _spell_out_verbs(text: str) -> str:
    """A one-character verb closing its clause (before a particle or a mark) in its formal
    form (the verb "renew" as "renewal of a term"): the segmenter would otherwise glue it to
    the modal before it ("can-renew") and the question would lose the one word it asks
    about. A character inside a longer word, or with an object after it (which may make it
    another formal word), is left alone; examples in resources/question_forms.yaml."""
    verbs = _one_character_verbs()
    if not verbs or not any(v in text for v in verbs):
        return text
    words = [w.word for w in load_pos_tagger().lcut(text, HMM=False)]
    f = forms()
    out = []
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        closes = not after or after in f.clause_enders or after in f.question_marks
        out.append(verbs[word] if word in verbs and closes else word)
    return "".join(out)


def _quote_defined_term(text: str, f: QuestionForms) -> str:
    """Quote the term a meaning question asks about when the segmenter would leave a piece
    of it a single character, so that it is looked up whole."""
    for pattern in f.defined_term:
        m = pattern.search(text)
        if m is None:
            continue
        term = m.group("term")
        pieces = [w for w in load_pos_tagger().lcut(term, HMM=False)]
        if len(pieces) > 1 and any(len(p.word) == 1 for p in pieces):
            return f"{text[: m.start('term')]}“{term}”{text[m.end('term') :]}"
    return text


def _yesno_form(text: str, f: QuestionForms) -> str:
    g = grammar()
    # A question word or a choice makes it another kind of question ("有没有说多少家").
    if g.wh_words.search(text) or g.choice.search(text):
        return text
    m = f.a_not_a.search(text)
    if m is not None:
        body = text[: m.start()] + f.a_not_a_plain[m.group(0)] + text[m.end() :]
    else:
        body = text
        for pattern, replacement in f.a_not_a_patterns:
            body, n = pattern.subn(replacement, body, count=1)
            if n:
                break
        else:
            return text
    end = len(body)
    while end and body[end - 1] in "".join(f.question_marks):
        end -= 1
    body, mark = body[:end].rstrip().rstrip(f.final_particles), body[end:] or f.question_marks[0]
    if g.yesno_end.search(body + mark):
        return body + mark
    return body + f.yesno_particle + mark


@lru_cache(maxsize=4096)
def query_expansion(question: str) -> str:
    """The lexicon's other names for the domain words the question uses and its evidence
    may write otherwise (an abbreviation and its full form): added to the retrieval query so
    that the keyword search meets documents that only use the full form."""
    norm = normalize(question)
    table = synonym_table()
    # Words of the lexicon's "matching" group are matched in the evidence, never searched for.
    evidence_only = {normalize(str(w)) for w in lexicon_data().get("matching") or {}}
    extra: list[str] = []
    # Whole words of the question, so that "排" is not read inside "安排".
    for word in dict.fromkeys(tokenize(question)):
        variants = () if word in evidence_only else table.get(word, ())
        extra += [v for v in variants if v not in norm and v not in extra]
    return " ".join(extra)
