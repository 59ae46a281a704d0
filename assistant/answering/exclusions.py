"""A rule's exclusion ("grants the subsidy ..., not including the injury-insurance fee")
whose case the question names: the case is left out of what the rule states, so a grant
does not reach it and a bar does not bind it. Unlike an exception ("..., except ...") that
lifts a bar, an exclusion after a grant says no to its case. Words are data
(``exclusion_words`` in ``resources/catalogue_grammar.yaml``)."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

import yaml

from assistant.answering.verdict_cases import exception_cases, named_exception_starts


@lru_cache(maxsize=1)
def exclusion_words() -> tuple[str, ...]:
    raw = yaml.safe_load(
        files("assistant.resources").joinpath("catalogue_grammar.yaml").read_text("utf-8")
    )
    return tuple(raw["exclusion_words"])


def named_exclusion_rule(question: str, clause: str) -> str | None:
    """The rule before the first exclusion whose case the question names, with every
    exclusion it states blanked (an exclusion's own negation is no denial by the rule);
    None when the question names no excluded case."""
    words = exclusion_words()
    named = set(named_exception_starts(question, clause))
    spans = [(s, e) for _, s, e in exception_cases(clause) if clause.startswith(words, s)]
    first = next((s for s, _ in spans if s in named), None)
    if first is None:
        return None
    rule = clause[:first]
    for s, e in spans:
        if s < first:
            rule = rule[:s] + " " * (min(e, first) - s) + rule[min(e, first) :]
    return rule
