"""Snapshot and compare how documents are read: units (kind, level, heading path, text)
and chunks (heading path, text) per file. Run before and after a change to the loaders
or the cleaner, and justify every difference it prints.

    python scripts/structure_snapshot.py snapshot OUT.json [FOLDER ...]
    python scripts/structure_snapshot.py diff BEFORE.json AFTER.json [--chunks]

Folders default to corpus/ and evals/corpus/; chunks use the default chunking settings.
"""

from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path

from assistant.ingest.chunking import chunk_document
from assistant.ingest.clean import build_document
from assistant.ingest.loaders import SUPPORTED_SUFFIXES, discover, load_file
from assistant.settings import ChunkingSettings

DEFAULT_FOLDERS = ["corpus", "evals/corpus"]


def snapshot(folders: list[str]) -> dict[str, dict[str, list]]:
    chunking = ChunkingSettings()
    out: dict[str, dict[str, list]] = {}
    for path in discover([Path(f) for f in folders]):
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            continue
        loaded = load_file(path)
        doc = build_document(loaded.parts, infer_title=loaded.infer_title)
        units = [
            [u.kind, u.level, " > ".join(u.heading_path), doc.text[u.start : u.end]]
            for u in doc.units
        ]
        chunks = [
            [" > ".join(c.heading_path), c.text]
            for c in chunk_document(doc, "doc", chunking.size, chunking.overlap, context="")
        ]
        out[str(path)] = {"units": units, "chunks": chunks}
    return out


def diff(before: dict, after: dict, show_chunks: bool) -> list[str]:
    lines: list[str] = []
    for name in sorted(set(before) | set(after)):
        for key in ("units", "chunks"):
            old = [json.dumps(x, ensure_ascii=False) for x in before.get(name, {}).get(key, [])]
            new = [json.dumps(x, ensure_ascii=False) for x in after.get(name, {}).get(key, [])]
            if old == new:
                continue
            lines.append(f"== {name} {key}: {len(old)} -> {len(new)}")
            if key == "units" or show_chunks:
                lines += [
                    "   " + d
                    for d in difflib.unified_diff(old, new, lineterm="", n=0)
                    if not d.startswith(("---", "+++"))
                ]
    return lines


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "snapshot":
        data = snapshot(argv[2:] or DEFAULT_FOLDERS)
        Path(argv[1]).write_text(json.dumps(data, ensure_ascii=False, indent=0), "utf-8")
        return 0
    if len(argv) >= 3 and argv[0] == "diff":
        before, after = (json.loads(Path(p).read_text("utf-8")) for p in argv[1:3])
        sys.stdout.write("\n".join(diff(before, after, "--chunks" in argv)) + "\n")
        return 0
    sys.stderr.write(__doc__ or "")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
