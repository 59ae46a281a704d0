"""The answer text shown to users: a direct answer with [n] markers, then the quotes.

Pure functions over citations; the chain and both answerers call them.
"""

from __future__ import annotations

from assistant.answering.models import Citation
from assistant.messages import msg


def citation_source(c: Citation) -> str:
    """《title》·section, without the section when it only repeats the title."""
    where = f"《{c.title}》"
    if c.section and c.section != c.title:
        where += f"·{c.section}"
    return where


def render_answer(direct: str, citations: list[Citation], markers: bool = True) -> str:
    """The answer text: the direct answer with [n] markers, then each quoted passage.

    ``markers=False`` when the direct answer already carries its own markers.
    """
    marks = "".join(f"[{c.n}]" for c in citations) if markers else ""
    lines = [f"{direct}{marks}", "", msg("evidence_heading") + "："]
    for c in citations:
        lines.append(f"[{c.n}] {citation_source(c)}：“{c.quote}”")
    return "\n".join(lines)


def render_refusal(related: list[Citation], head: str | None = None) -> str:
    """The refusal, then the nearest passages (the related-content section) so the user can
    judge.

    ``head`` replaces the standard refusal sentence: the place for a text saying what
    the assistant covers (a refusal module of the interfaces), when one is given.
    """
    head = head or (msg("refusal_with_related") if related else msg("refusal"))
    lines = [head]
    for c in related:
        lines.append(f"- {citation_source(c)}：“{c.quote}”")
    return "\n".join(lines)


def render_conflict(
    values: list[tuple[str, str, str | None, int]], intro: str = "conflict_intro"
) -> str:
    """Documents that give different values: (value, title, date, n) each, already newest
    first. ``intro`` names the message that says whether they disagree about one subject
    or may speak of different ones."""
    lines = [msg(intro)]
    for value, title, date, n in values:
        when = msg("conflict_date", date=date) if date else ""
        lines.append(msg("conflict_item", title=title, date=when, value=value, n=n))
    return "\n".join(lines)
