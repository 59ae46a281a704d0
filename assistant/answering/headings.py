"""Where a unit stands in its document: the headings above it."""

from __future__ import annotations


def heading_path(sections: list[dict], pos: int) -> str:
    """The headings of the sections holding ``pos``, outermost first, one a line: each
    heading before it, unless a later one of its level or higher closed it."""
    path: list[tuple[int, str]] = []
    for sec in sections:
        if sec["start"] > pos:
            break
        path = [p for p in path if p[0] < sec["level"]] + [(sec["level"], sec["title"] or "")]
    return "\n".join(title for _, title in path if title)
