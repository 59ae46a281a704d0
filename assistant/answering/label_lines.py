"""One reader of label lines: "label：value" opening a line, a bracket or a clause.

Minutes, notices, guides and profiles state facts as labelled fields ("deadline: …",
"phone: …", "(responsible unit: …; deadline: …)"). Every answerer reading such lines goes
through here: whether a text holds a label of a group, where, the value a label gives,
and the label a line opens with. The labels are data, one group per kind of line, in
``resources/label_grammar.yaml`` (group ``label_groups``). Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from importlib.resources import files

import yaml

# A field's value is at most this long: longer, it is a sentence, not a value.
MAX_VALUE_CHARS = 40
# A line's own label is a short name: more characters before the colon are a sentence.
MAX_LABEL_CHARS = 12
_LEADING = re.compile(rf"([^:：，,。；;]{{1,{MAX_LABEL_CHARS}}})[:：]")


@cache
def _groups() -> dict[str, list[str]]:
    raw = yaml.safe_load(
        files("assistant.resources").joinpath("label_grammar.yaml").read_text("utf-8")
    )
    return raw["label_groups"]


def labels(group: str) -> tuple[str, ...]:
    """The labels of a group, longest first (a longer label holding a shorter one wins)."""
    return tuple(sorted(_groups()[group], key=len, reverse=True))


@cache
def labelled(group: str) -> re.Pattern[str]:
    """A label of the group with its colon, anywhere in a (normalised) text."""
    return re.compile("(?:" + "|".join(re.escape(w) for w in labels(group)) + ")[:：]")


def field(names: Sequence[str]) -> re.Pattern[str]:
    """The field of one of these labels, opening a line or a bracket or following a
    semicolon or an item's closing bracket (an enumerated "(2) place: ..."); group 1 is
    its value, up to the bracket, semicolon or line closing it."""
    label = "|".join(map(re.escape, names))
    # A value ends where a space opens the next field of the line ("…301室　联系电话：…").
    char = rf"(?![　 \t]+[^:：，,。；;\s]{{1,{MAX_LABEL_CHARS}}}[:：])[^；;）)\n]"
    return re.compile(
        rf"(?:^|(?<=[\n（(）)；;　 ]))(?:{label})[:：]\s*((?:{char}){{1,{MAX_VALUE_CHARS}}})",
        re.MULTILINE,
    )


def leading_label(line: str) -> str | None:
    """The label a (normalised) line opens with: the words before its first colon."""
    m = _LEADING.match(line)
    return m.group(1) if m else None
