"""Fictional look-alike documents, generated for the distractor evaluation only.

Each is a real document with its places, people and figures changed and its
title marked 虚构. They are written to a temporary folder, never to corpus/: a
good assistant still cites the real document for questions about the real zone.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from assistant.index import StoredDocument

# Real place and person names -> invented ones. Longer names first.
RENAMES = [
    ("山西", "河东"),
    ("太原", "青州"),
    ("晋中", "云中"),
    ("榆次", "临川"),
    ("阳曲", "石岭"),
    ("潇河", "清河"),
    ("朔州", "北塞"),
    ("晋城", "南城"),
    ("大同", "平城"),
    ("侯马", "新田"),
    ("张潇潇", "林晓原"),
]
VARIANTS = 2
_NUMBER = re.compile(r"(?<![\d.])(\d+)(\.\d+)?(?![\d.])")


def _shift_numbers(text: str, variant: int) -> str:
    def repl(m: re.Match[str]) -> str:
        whole, frac = m.group(1), m.group(2) or ""
        after = text[m.end() : m.end() + 1]
        if len(whole) == 4 and after == "年":
            return m.group(0)  # keep years, so that questions about a year stay ambiguous
        value = int(whole)
        changed = value + max(1, round(value * (0.23 + 0.17 * variant)))
        return f"{changed}{frac}"

    return _NUMBER.sub(repl, text)


def fictionalize(text: str, variant: int) -> str:
    for real, fake in RENAMES:
        text = text.replace(real, fake if variant == 0 else f"{fake}{'东西南北'[variant % 4]}")
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
                "title": f"【虚构】{fictionalize(doc.title, v)}",
                "kind": "虚构干扰文档",
                "fictional": True,
            }
            (folder / f"{stem}.meta.json").write_text(
                json.dumps(meta, ensure_ascii=False), encoding="utf-8"
            )
            written.append(path)
    return written
