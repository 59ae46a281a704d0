"""Where a unit stands in its document: the headings above it."""

from __future__ import annotations


def open_sections(sections: list[dict], pos: int) -> list[dict]:
    """The sections holding ``pos``, outermost first: each one starting before it, unless a
    later one of its level or higher closed it."""
    path: list[dict] = []
    for sec in sections:
        if sec["start"] > pos:
            break
        path = [p for p in path if p["level"] < sec["level"]] + [sec]
    return path


def heading_path(sections: list[dict], pos: int) -> str:
    """The headings of the sections holding ``pos``, outermost first, one a line."""
    return "\n".join(s["title"] for s in open_sections(sections, pos) if s["title"])
