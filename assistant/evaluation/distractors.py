"""Fictional look-alike documents, generated for the distractor evaluation only.

Each is a real document with its places, people and figures changed and its
title marked as fictional. They are written to a temporary folder, never to corpus/: a
good assistant still cites the real document for questions about the real zone.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from assistant.evaluation.synthetic_data import synthetic_data
from assistant.index import StoredDocument

_FICTION = synthetic_data()["distractors"]
# Real place and person names -> invented ones. Longer names first.
RENAMES: list[tuple[str, str]] = [(str(real), str(fake)) for real, fake in _FICTION["renames"]]
VARIANTS = 2
_NUMBER = re.compile(r"(?<![\d.])(\d+)(\.\d+)?(?![\d.])")


def _shift_numbers(text: str, variant: int) -> str:
    def repl(m: re.Match[str]) -> str:
        whole, frac = m.group(1), m.group(2) or ""
        after = text[m.end() : m.end() + 1]
        if len(whole) == 4 and after == _FICTION["year_suffix"]:
            return m.group(0)  # keep years, so that questions about a year stay ambiguous
        value = int(whole)
        changed = value + max(1, round(value * (0.23 + 0.17 * variant)))
        return f"{changed}{frac}"

    return _NUMBER.sub(repl, text)


def fictionalize(text: str, variant: int) -> str:
    for real, fake in RENAMES:
        text = text.replace(
            real, fake if variant == 0 else fake + _FICTION["variant_suffixes"][variant % 4]
        )
    return _shift_numbers(text, variant)


def write_distractors(
    documents: list[StoredDocument], folder: Path, variants: int = VARIANTS
) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for doc in documents:
        for v in range(variants):
            stem = f"fiction-{v}-{doc.doc_id}"
            path = folder / f"{stem}.txt"
            path.write_text(fictionalize(doc.text, v), encoding="utf-8")
            meta = {
                "id": stem,
                "title": _FICTION["title"].format(title=fictionalize(doc.title, v)),
                "kind": _FICTION["kind"],
                "fictional": True,
            }
            (folder / f"{stem}.meta.json").write_text(
                json.dumps(meta, ensure_ascii=False), encoding="utf-8"
            )
            written.append(path)
    return written
