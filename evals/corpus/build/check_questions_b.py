"""Validate the evaluation question files before they are committed.

Checks, for every question file given (default: every question file under evals/):
  - each line is a JSON object with the required fields; ids are unique across all files;
  - `type` (and `resolved_type` for multiturn) is a known answer type;
  - yes/no questions outside the original gold set carry `polarity` ("yes" | "no");
  - unanswerable questions answer "文档未提及" with no evidence and no facts;
  - every evidence quote is a verbatim slice of ONE text unit of its document (paragraph, line,
    list item, table cell, heading), so it survives re-rendering of line and cell boundaries;
  - every must_include fact of an answerable question appears in its evidence quotes;
  - a paraphrase points at an existing question and keeps its answer fields.
Prints counts per type and tag for each file; exits 1 when any check fails.

Run: .venv/bin/python evals/corpus/build/check_questions_b.py [files...]
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DOC_DIRS = [ROOT / "corpus", ROOT / "evals" / "corpus", ROOT / "evals" / "corpus-test"]
SOURCE_DIRS = [
    ROOT / "evals" / "corpus" / "build" / "src_b",
    ROOT / "evals" / "corpus-test" / "src",
]
QUESTION_GLOBS = ["gold*.jsonl", "dev*.jsonl", "test*.jsonl"]

TYPES = {
    "list",
    "number",
    "date",
    "duration",
    "ranking",
    "entity",
    "definition",
    "yesno",
    "comparison",
    "multipart",
    "multiturn",
    "unanswerable",
}
TAGS = {
    "subject",
    "table-row",
    "colloquial",
    "traditional",
    "paraphrase",
    "conflict",
    "cross-doc",
    "follow-up",
}
REQUIRED = ("id", "question", "type", "answer", "must_include", "evidence")
UNANSWERED = "文档未提及"
# The original gold set predates the polarity field; only newer files must carry it.
POLARITY_EXEMPT = {"gold.jsonl"}
ANSWER_FIELDS = ("type", "answer", "must_include", "evidence", "resolved_type", "polarity")

BLOCK_TAGS = {
    "p",
    "li",
    "td",
    "th",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "caption",
    "title",
    "div",
    "dt",
    "dd",
}


class _BlockText(HTMLParser):
    """Collect the text of each block-level element as its own unit."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.units: list[str] = []
        self._buf: list[str] = []

    def _flush(self) -> None:
        text = "".join(self._buf).strip()
        if text:
            self.units.append(text)
        self._buf = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_TAGS or tag in ("br", "tr"):
            self._flush()

    def handle_endtag(self, tag):
        if tag in BLOCK_TAGS or tag == "tr":
            self._flush()

    def handle_data(self, data):
        self._buf.append(data)

    def close(self):
        super().close()
        self._flush()


def _cleaned(raw: str) -> str:
    try:
        from assistant.ingest.clean import clean_text
    except ImportError:  # the cleaner moved or is absent: compare with the raw lines
        return raw
    return clean_text(raw).text


def _docx_units(path: Path) -> list[str]:
    from docx import Document

    doc = Document(str(path))
    units = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            units.extend(cell.text for cell in row.cells)
    return units


def _source_units(stem: str) -> list[str] | None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from build_b import source_units

    for folder in SOURCE_DIRS:
        src = folder / f"{stem}.docsrc"
        if src.exists():
            return source_units(src)
    return None


def document_units(doc_id: str) -> list[str] | None:
    for folder in DOC_DIRS:
        for path in sorted(folder.glob(f"{doc_id}.*")):
            if path.name.endswith(".meta.json"):
                continue
            suffix = path.suffix.lower()
            if suffix in (".txt", ".md"):
                text = path.read_text(encoding="utf-8")
                if folder == DOC_DIRS[0]:
                    # The shipped report has lines cut mid-sentence; quotes follow the cleaned text.
                    text = _cleaned(text)
                return text.splitlines()
            if suffix in (".html", ".htm"):
                parser = _BlockText()
                parser.feed(path.read_text(encoding="utf-8"))
                parser.close()
                return parser.units
            if suffix == ".docx":
                return _docx_units(path)
            if suffix == ".pdf":
                # PDF text wraps at page width, so quotes are checked against the generating source.
                return _source_units(doc_id)
    return None


def norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def default_files() -> list[Path]:
    files: list[Path] = []
    for pattern in QUESTION_GLOBS:
        files.extend(sorted((ROOT / "evals").glob(pattern)))
    return sorted(set(files))


def check(files: list[Path]) -> int:
    errors: list[str] = []
    all_items: dict[str, dict] = {}
    per_file: dict[Path, list[dict]] = {}
    units_cache: dict[str, list[str] | None] = {}

    for path in files:
        items = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{n}"
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: bad JSON ({exc})")
                continue
            missing = [k for k in REQUIRED if k not in item]
            if missing:
                errors.append(f"{where}: missing {missing}")
                continue
            if item["id"] in all_items:
                errors.append(f"{where}: duplicate id {item['id']}")
            all_items[item["id"]] = item
            item["_where"] = where
            item["_file"] = path.name
            items.append(item)
        per_file[path] = items

    for path, items in per_file.items():
        for item in items:
            where, qtype = item["_where"], item["type"]
            if qtype not in TYPES:
                errors.append(f"{where}: unknown type {qtype}")
            effective = qtype
            if qtype == "multiturn":
                if not item.get("history") or item.get("resolved_type") not in TYPES - {
                    "multiturn"
                }:
                    errors.append(f"{where}: multiturn needs history and a valid resolved_type")
                effective = item.get("resolved_type")
            for tag in item.get("tags", []):
                if tag not in TAGS:
                    errors.append(f"{where}: unknown tag {tag}")
            needs_polarity = effective == "yesno" and item["_file"] not in POLARITY_EXEMPT
            if needs_polarity and item.get("polarity") not in ("yes", "no"):
                errors.append(f"{where}: yes/no question without polarity")
            if effective == "unanswerable":
                if item["answer"] != UNANSWERED or item["evidence"] or item["must_include"]:
                    errors.append(
                        f"{where}: unanswerable must answer {UNANSWERED} with no evidence/facts"
                    )
                continue
            if not item["evidence"] or not item["must_include"]:
                errors.append(f"{where}: answerable question without evidence or must_include")
            quotes = []
            for ev in item["evidence"]:
                doc_id, quote = ev.get("doc_id"), ev.get("quote", "")
                if doc_id not in units_cache:
                    units_cache[doc_id] = document_units(doc_id)
                units = units_cache[doc_id]
                if units is None:
                    errors.append(f"{where}: unknown document {doc_id}")
                    continue
                if not quote or not any(quote in unit for unit in units):
                    errors.append(f"{where}: quote not in one unit of {doc_id}: {quote[:40]}")
                quotes.append(norm(quote))
            joined = "\n".join(quotes)
            for fact in item["must_include"]:
                if norm(fact) not in joined:
                    errors.append(f"{where}: fact {fact!r} not in the evidence quotes")
            if "paraphrase_of" in item:
                orig = all_items.get(item["paraphrase_of"])
                if orig is None:
                    errors.append(f"{where}: paraphrase of unknown id {item['paraphrase_of']}")
                else:
                    for key in ANSWER_FIELDS:
                        if key in orig and key != "polarity" and orig.get(key) != item.get(key):
                            errors.append(f"{where}: paraphrase changes {key}")
        for item in items:
            if item["type"] == "unanswerable" and "paraphrase_of" in item:
                orig = all_items.get(item["paraphrase_of"])
                if orig is None or orig["type"] != "unanswerable":
                    errors.append(f"{item['_where']}: paraphrase type differs from its original")

    for path, items in per_file.items():
        types = Counter(i["type"] for i in items)
        tags = Counter(t for i in items for t in i.get("tags", []))
        docs = Counter(ev["doc_id"] for i in items for ev in i["evidence"][:1])
        polar = Counter(i.get("polarity") for i in items if i.get("polarity"))
        print(f"{path.name}: {len(items)} questions")
        print(f"  types: {dict(sorted(types.items()))}")
        print(f"  tags: {dict(sorted(tags.items()))}")
        print(f"  first-evidence docs: {dict(sorted(docs.items()))}")
        if polar:
            print(f"  polarity: {dict(polar)}")
        subj = Counter(
            ev["doc_id"]
            for i in items
            if "subject" in i.get("tags", [])
            for ev in i["evidence"][:1]
        )
        subj_un = sum(1 for i in items if "subject" in i.get("tags", []) and not i["evidence"])
        if subj or subj_un:
            print(f"  subject per doc: {dict(sorted(subj.items()))} (+{subj_un} unanswerable)")

    for err in errors:
        print("ERROR", err)
    print(f"{len(all_items)} questions, {len(errors)} errors")
    return 1 if errors else 0


def main() -> None:
    files = [Path(a) for a in sys.argv[1:]] or default_files()
    sys.exit(check(files))


if __name__ == "__main__":
    main()
