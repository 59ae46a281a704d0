"""Validate development question files against the documents they quote.

Usage (from the repository root):

    .venv/bin/python evals/corpus/build/check_questions.py            # evals/dev_*.jsonl
    .venv/bin/python evals/corpus/build/check_questions.py FILE ...   # given files

Checks, per question: ids unique across every file checked; `type` (and `resolved_type`) valid;
required fields present; each evidence quote found verbatim inside ONE text unit of its document
(a line of txt/md with markup removed, one HTML block or table cell, one DOCX paragraph or cell,
one block of the text a PDF/DOCX was generated from); every `must_include` fact present in the
evidence quotes of answerable questions (or, for a quote that is a whole table cell, in another
cell of that cell's row: table-row questions quote the cell naming the row, not a bare "14" that
any passage would contain); yes/no questions carry a polarity; unanswerable
questions have no evidence; paraphrases point at an existing original with the same facts.
Exit status 1 when anything fails. The held-out test split is never read by default; its t2_*,
t3_*, … documents are found only when such a question file is given explicitly (see `held_out`).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

from assistant.evaluation.runner import REPORTED_TAGS

REPO = Path(__file__).resolve().parents[3]
BUILD_DIR = Path(__file__).resolve().parent
DOC_DIRS = [REPO / "evals" / "corpus", REPO / "corpus"]
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
# The tags the evaluation reports on are the tags a question may carry.
TAGS = set(REPORTED_TAGS)
UNANSWERED = "文档未提及"
# The separators of an aligned plain-text table's cells.
_ALIGNED = re.compile("[\u3000\t]+")
HTML_BLOCKS = {
    "p",
    "li",
    "td",
    "th",
    "caption",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "title",
    "dd",
    "dt",
}


class _BlockText(HTMLParser):
    """Collect the text of each block element (innermost block wins) as one unit."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.units: list[str] = []
        self.rows: list[list[str]] = []
        self._stack: list[list[str]] = []
        self._row: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "tr":
            self._row = []
        if tag in HTML_BLOCKS:
            self._stack.append([])
        elif tag == "br" and self._stack:
            self._flush_line()

    def _flush_line(self) -> None:
        text = "".join(self._stack[-1]).strip()
        if text:
            self.units.append(text)
        self._stack[-1] = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None
        if tag in HTML_BLOCKS and self._stack:
            text = "".join(self._stack.pop()).strip()
            if text:
                self.units.append(text)
            if tag in {"td", "th"} and self._row is not None:
                self._row.append(text)

    def handle_data(self, data: str) -> None:
        if self._stack:
            self._stack[-1].append(data)


def _build_modules() -> list:
    """Every build_*.py generator that exposes source_units(doc_id)."""
    modules = []
    for path in sorted(BUILD_DIR.glob("build_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        # dataclasses look their module up in sys.modules while the module is executed.
        sys.modules[path.stem] = module
        spec.loader.exec_module(module)
        if hasattr(module, "source_units"):
            modules.append(module)
    return modules


def _md_line(line: str) -> str:
    """A markdown line with heading marks, bullets and emphasis removed."""
    line = re.sub(r"^\s{0,3}#{1,6}\s*", "", line)
    line = re.sub(r"^\s*[-*+]\s+", "", line)
    return line.replace("**", "").replace("__", "").strip()


def _docx_units(path: Path) -> tuple[list[str], list[list[str]]]:
    import docx

    document = docx.Document(str(path))
    units = [p.text for p in document.paragraphs]
    rows = []
    for table in document.tables:
        for row in table.rows:
            cells = [cell.text for cell in row.cells]
            units.extend(cells)
            rows.append(cells)
    return units, rows


def _pdf_units(path: Path) -> list[str]:
    import pdfplumber

    units: list[str] = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            units.extend((page.extract_text() or "").splitlines())
    return units


def held_out(doc_id: str) -> Path | None:
    """A held-out document of a later set (t2_*, t3_*, … in evals/corpus-test/), so its own
    question file can be checked; the generated DOCX/PDF are checked against their sources
    through build_t2.source_units."""
    if not re.match(r"t\d+_", doc_id):
        return None
    hits = [p for p in (REPO / "evals" / "corpus-test").glob(f"{doc_id}.*") if p.is_file()]
    return hits[0] if hits else None


class Corpus:
    def __init__(self) -> None:
        self._units: dict[str, list[str]] = {}
        self._rows: dict[str, list[list[str]]] = {}
        self._modules = _build_modules()

    def find(self, doc_id: str) -> Path | None:
        if (found := held_out(doc_id)) is not None:
            return found
        for directory in DOC_DIRS:
            hits = [p for p in directory.glob(f"{doc_id}.*") if not p.name.endswith(".meta.json")]
            if hits:
                return hits[0]
        return None

    def units(self, doc_id: str) -> list[str] | None:
        if doc_id in self._units:
            return self._units[doc_id]
        units: list[str] | None = None
        rows: list[list[str]] = []
        for module in self._modules:
            units = module.source_units(doc_id)
            if units is not None:
                if hasattr(module, "source_rows"):
                    rows = module.source_rows(doc_id) or []
                break
        if units is None:
            path = self.find(doc_id)
            if path is None:
                return None
            suffix = path.suffix.lower()
            if suffix in {".html", ".htm"}:
                parser = _BlockText()
                parser.feed(path.read_text(encoding="utf-8"))
                units, rows = parser.units, parser.rows
            elif suffix == ".md":
                units = [_md_line(x) for x in path.read_text(encoding="utf-8").splitlines()]
            elif suffix == ".docx":
                units, rows = _docx_units(path)
            elif suffix == ".pdf":
                units = _pdf_units(path)
            else:
                lines = path.read_text(encoding="utf-8").splitlines()
                # A plain-text table aligned with ideographic spaces or tabs is read as
                # rows of " | "-separated cells (ingest/text_tables.py): both forms count.
                units = lines + [_ALIGNED.sub(" | ", x.strip()) for x in lines if "\u3000" in x]
        units = [u for u in units if u.strip()]
        self._units[doc_id] = units
        self._rows[doc_id] = rows
        return units

    def rows(self, doc_id: str) -> list[list[str]]:
        """Table rows of a document (empty for formats whose tables are not known here)."""
        self.units(doc_id)
        return self._rows.get(doc_id, [])

    def row_facts(self, doc_id: str, quote: str) -> list[str]:
        """Cells of every table row that has a cell equal to the quote: a table-row question may
        quote only the cell that names its row (a bare "14" would match any passage)."""
        return [cell for row in self.rows(doc_id) if quote in row for cell in row]


def check_records(records: list[tuple[str, int, dict]], corpus: Corpus) -> list[str]:
    errors: list[str] = []
    seen: dict[str, str] = {}
    originals = {r["id"]: r for _, _, r in records if "paraphrase_of" not in r}
    for source, line_no, q in records:
        where = f"{source}:{line_no} ({q.get('id')})"
        for key in ("id", "question", "type", "answer", "must_include", "evidence"):
            if key not in q:
                errors.append(f"{where}: missing field {key}")
        if any(k not in q for k in ("id", "type", "must_include", "evidence")):
            continue
        if q["id"] in seen:
            errors.append(f"{where}: id also used in {seen[q['id']]}")
        seen[q["id"]] = where
        qtype = q["type"]
        if qtype not in TYPES:
            errors.append(f"{where}: unknown type {qtype}")
        bad_tags = set(q.get("tags", [])) - TAGS
        if bad_tags:
            errors.append(f"{where}: unknown tags {sorted(bad_tags)}")
        effective = q.get("resolved_type", qtype) if qtype == "multiturn" else qtype
        if qtype == "multiturn":
            if not q.get("history"):
                errors.append(f"{where}: multiturn without history")
            if effective not in TYPES - {"multiturn"}:
                errors.append(f"{where}: bad resolved_type {effective}")
        if effective == "unanswerable":
            if q["evidence"] or q["must_include"] or q["answer"] != UNANSWERED:
                errors.append(
                    f"{where}: unanswerable must have no evidence/facts and answer {UNANSWERED}"
                )
            continue
        if not q["evidence"]:
            errors.append(f"{where}: answerable question without evidence")
        if not q["must_include"]:
            errors.append(f"{where}: answerable question without must_include")
        if effective == "yesno" and q.get("polarity") not in {"yes", "no"}:
            errors.append(f"{where}: yes/no question without polarity")
        quotes = []
        row_cells: list[str] = []
        for ev in q["evidence"]:
            units = corpus.units(ev.get("doc_id", ""))
            if units is None:
                errors.append(f"{where}: unknown document {ev.get('doc_id')}")
                continue
            quote = ev.get("quote", "")
            if not quote or not any(quote in unit for unit in units):
                errors.append(f"{where}: quote not found in one unit of {ev['doc_id']}: {quote}")
            quotes.append(quote)
            row_cells.extend(corpus.row_facts(ev["doc_id"], quote))
        joined = "\n".join(quotes)
        for fact in q["must_include"]:
            if fact not in joined and fact not in row_cells:
                errors.append(f"{where}: must_include {fact!r} not in the evidence quotes")
        if "conflict" in q.get("tags", []) and len({e["doc_id"] for e in q["evidence"]}) < 2:
            errors.append(f"{where}: conflict question needs evidence from two documents")
        if "paraphrase_of" in q:
            original = originals.get(q["paraphrase_of"])
            if original is None:
                errors.append(f"{where}: paraphrase_of {q['paraphrase_of']} not found")
            elif original["must_include"] != q["must_include"]:
                errors.append(f"{where}: paraphrase facts differ from {q['paraphrase_of']}")
    return errors


def summary(records: list[tuple[str, int, dict]]) -> str:
    types = Counter(r["type"] for _, _, r in records)
    tags = Counter(t for _, _, r in records for t in r.get("tags", []))
    resolved = Counter(r.get("resolved_type") for _, _, r in records if r["type"] == "multiturn")
    unanswerable = sum(
        1
        for _, _, r in records
        if r["type"] == "unanswerable" or r.get("resolved_type") == "unanswerable"
    )
    docs = Counter(e["doc_id"] for _, _, r in records for e in r["evidence"])
    subject = Counter()
    for _, _, r in records:
        if "subject" in r.get("tags", []):
            for doc in {e["doc_id"] for e in r["evidence"]} or {"(unanswerable)"}:
                subject[doc] += 1
    return "\n".join(
        [
            f"questions: {len(records)}  unanswerable (incl. follow-ups): {unanswerable}",
            f"types: {dict(sorted(types.items()))}",
            f"multiturn resolved: {dict(resolved)}",
            f"tags: {dict(sorted(tags.items()))}",
            f"evidence per document: {dict(sorted(docs.items()))}",
            f"subject questions per document: {dict(sorted(subject.items()))}",
        ]
    )


def load(paths: list[Path]) -> list[tuple[str, int, dict]]:
    records = []
    for path in paths:
        for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                records.append((path.name, line_no, json.loads(line)))
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args(argv)
    paths = args.files or sorted((REPO / "evals").glob("dev_*.jsonl"))
    records = load(paths)
    errors = check_records(records, Corpus())
    for error in errors:
        sys.stdout.write(error + "\n")
    for path in paths:
        sys.stdout.write(
            f"\n== {path.name}\n{summary([r for r in records if r[0] == path.name])}\n"
        )
    sys.stdout.write(f"\n{len(errors)} error(s) in {len(records)} question(s)\n")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
