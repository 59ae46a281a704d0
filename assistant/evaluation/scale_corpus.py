"""A realistic scale corpus for `zone-assistant bench --realistic`.

Rounds of copies of the development documents (``evals/corpus/``) and the shipped report
are written into a folder until they make about N chunks. A round is a fictional world:
each real place of the gazetteer gets a fictional name, years shift, figures with a unit
are scaled by one factor, the same for every copy of the round. A copy keeps its source's
structure (DOCX and PDF are written as Markdown with the same headings and pipe tables)
and carries the "not real" label in its title block. Development questions are
re-targeted with the same mapping by :mod:`assistant.evaluation.retargeting`.
"""

from __future__ import annotations

import json
import logging
import math
import random
import re
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from assistant.ingest.clean import clean_text
from assistant.ingest.document import CELL_SEP, Part, Table
from assistant.ingest.loaders import META_SUFFIX, SUPPORTED_SUFFIXES, load_file, read_sidecar
from assistant.ingest.prepare import prepare_document

logger = logging.getLogger(__name__)

YEAR_SHIFTS = (-4, -3, -2, -1, 1, 2)
_TAG = re.compile(r"(<[^>]*>)")
_H1 = re.compile(r"(<h1[^>]*>)(.*?)(</h1>)", re.DOTALL)
_BARE_FIGURE = re.compile(r"\d+(?:\.\d+)?")


@dataclass(frozen=True)
class _Data:
    label: str
    title_with_place: str
    question_with_subject: str
    places: tuple[str, ...]
    names: tuple[tuple[str, ...], ...]
    pattern: re.Pattern[str]
    row_unit: re.Pattern[str]  # a table cell naming its row's unit in brackets


@cache
def data() -> _Data:
    raw = yaml.safe_load(
        files("assistant").joinpath("resources/scale_corpus.yaml").read_text(encoding="utf-8")
    )
    places = tuple(dict.fromkeys(p for group in raw["places"].values() for p in group))
    units = "|".join(re.escape(u) for u in sorted(raw["figure_units"], key=len, reverse=True))
    alternation = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
    pattern = re.compile(
        rf"(?P<place>{alternation})"
        # A year: four digits before the year word or inside a document number's brackets.
        rf"|(?<![\d.])(?P<year>(?:19|20)\d\d)(?=[{re.escape(raw['year_after'])}])"
        # A figure: a number before a unit, not an ordinal.
        rf"|(?<![\d.{re.escape(raw['ordinal_before'])}])(?P<figure>\d+(?:\.\d+)?)(?=\s*(?:{units}))"
    )
    chars = raw["name_chars"]
    row_unit = re.compile(rf"[（(](?:{units})[）)]\s*$")
    return _Data(
        raw["label"],
        raw["title_with_place"],
        raw["question_with_subject"],
        places,
        (tuple(chars["first"]), tuple(chars["second"]), tuple(chars["third"])),
        pattern,
        row_unit,
    )


@cache
def _name_pool() -> tuple[str, ...]:
    """Every fictional name: one character from each list of ``name_chars``, the first
    list's changing fastest, without those that contain a real place's name (a second
    and a third character can make a province's name)."""
    first, second, third = data().names
    real = data().places
    combos = (a + b + c for c in third for b in second for a in first)
    return tuple(n for n in combos if not any(p in n for p in real))


def fictional_name(n: int) -> str:
    """The n-th fictional name."""
    return _name_pool()[n]


def name_pool_size() -> int:
    return len(_name_pool())


def _slots() -> int:
    """Names a round gives: one per place of the gazetteer, and the subject's."""
    return len(data().places) + 1


@cache
def _step() -> int:
    """A step through the name pool that changes every character of a name (one more in
    each list), made coprime to the pool so that stepping visits every name once: the
    places of one round get names that share no character position."""
    first, second, _ = data().names
    step = 1 + len(first) + len(first) * len(second)
    # (Names skipped for containing a real place's name shift this a little; the names of
    # one round still differ in most positions.)
    while math.gcd(step, name_pool_size()) != 1:
        step += 1
    return step


def _name_at(slot: int) -> str:
    return fictional_name(slot * _step() % name_pool_size())


def unique_rounds() -> int:
    """How many rounds give names no other round gives; later rounds reuse the names of
    the first ones (a warning says so)."""
    return name_pool_size() // _slots()


@dataclass(frozen=True)
class Mapping:
    """One round's fictional world: place names, a year shift and a figure factor."""

    round: int
    places: dict[str, str]
    subject: str  # the name given to a copy whose title names no place
    year_shift: int
    factor: float

    def apply(self, text: str) -> str:
        def repl(m: re.Match[str]) -> str:
            if m.group("place"):
                return self.places[m.group("place")]
            if m.group("year"):
                return str(int(m.group("year")) + self.year_shift)
            return self.scale(m.group("figure"))

        return data().pattern.sub(repl, "\n".join(map(self._row, text.split("\n"))))

    def _row(self, line: str) -> str:
        """A pipe-table row whose label cell names a unit in brackets (a GDP row "in 100
        million yuan") with its bare figures scaled: the same figures written with their
        unit in prose are, and the copy must not state two values for one figure."""
        if not line.startswith("|"):
            return line
        cells = line.strip().strip("|").split("|")
        if not any(data().row_unit.search(c.strip()) for c in cells):
            return line
        scaled = [
            f" {self.scale(c.strip())} " if _BARE_FIGURE.fullmatch(c.strip()) else c for c in cells
        ]
        return "|" + "|".join(scaled) + "|"

    def scale(self, figure: str) -> str:
        # The factor is above 1 and integers under 10 stay, so distinct figures stay distinct.
        if "." in figure:
            decimals = len(figure.split(".")[1])
            return f"{float(figure) * self.factor:.{decimals}f}"
        value = int(figure)
        return figure if value < 10 else str(round(value * self.factor))


def mapping_for(round_: int, seed: int = 7) -> Mapping:
    """The mapping of one round; the same seed and round always give the same one. A real
    place keeps one fictional name per round and gets a different one in every round."""
    order = list(data().places)
    random.Random(seed).shuffle(order)
    # Each round takes the next block of names, so a name stands for one place in one
    # round: a question naming a copy's place names no other copy's place, as in a real
    # library, where two places do not share a name.
    start = (round_ % unique_rounds()) * _slots()
    names = {p: _name_at(start + i) for i, p in enumerate(order)}
    rng = random.Random(f"{seed}:{round_}")
    return Mapping(
        round_,
        names,
        _name_at(start + len(order)),
        rng.choice(YEAR_SHIFTS),
        round(rng.uniform(1.1, 1.6), 2),
    )


@dataclass
class Source:
    path: Path
    stem: str
    kind: str  # the written form: "txt", "md" or "html"
    text: str  # the file text to map (DOCX and PDF rendered as Markdown)
    clean_text: str  # what the index keeps of the source, to check facts against
    meta: dict[str, Any] = field(default_factory=dict)  # its sidecar, if any
    region: str | None = None  # the region ingest reads off the source


@dataclass
class Copy:
    stem: str
    source: str
    round: int
    path: Path
    title: str
    chunks: int
    text: str  # the copy's cleaned text, as the index keeps it


@dataclass
class ScaleCorpus:
    folder: Path
    copies: list[Copy] = field(default_factory=list)
    mappings: dict[int, Mapping] = field(default_factory=dict)

    @property
    def chunks(self) -> int:
        return sum(c.chunks for c in self.copies)


def _pipe_row(cells: list[str | None]) -> str:
    return "| " + CELL_SEP.join((c or "").replace("|", "/") for c in cells) + " |"


def render_markdown(parts: list[Part]) -> str:
    """Loader parts as Markdown the Markdown loader reads back: headings, paragraphs,
    items, and tables as pipe tables with a rule under the header rows."""
    blocks: list[str] = []
    for part in parts:
        if part.kind == "heading":
            blocks.append("#" * max(1, part.level) + " " + part.text)
        elif part.kind == "table" and part.table is not None:
            table: Table = part.table.normalised()
            if not table.rows:
                continue
            lines = [_pipe_row(r) for r in table.rows]
            header = max(1, table.header_rows)
            lines.insert(header, "| " + " | ".join("---" for _ in table.rows[0]) + " |")
            if table.caption:
                lines.insert(0, table.caption + "\n")
            blocks.append("\n".join(lines))
        elif part.text.strip():
            blocks.append(part.text)
    return "\n\n".join(blocks) + "\n"


def development_sources(corpus_dir: Path, shipped: list[Path]) -> list[Source]:
    """The documents copies are made from: the files directly in the development corpus
    folder (not its README or build scripts) and the shipped documents given."""
    paths = sorted(
        p
        for p in corpus_dir.iterdir()
        if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and p.stem.lower() != "readme"
    )
    sources = []
    for path in [*paths, *shipped]:
        suffix = path.suffix.lower().lstrip(".")
        if suffix in ("docx", "pdf"):
            text, kind = render_markdown(load_file(path).parts), "md"
        else:
            text, kind = path.read_text(encoding="utf-8"), "html" if suffix == "htm" else suffix
            kind = "md" if kind == "markdown" else kind
        doc = prepare_document(path, 280, 60)
        region = (doc.metadata or {}).get("region")
        sources.append(Source(path, path.stem, kind, text, doc.text, read_sidecar(path), region))
    return sources


def _with_label(source: Source, mapping: Mapping) -> str:
    """The mapped text of a copy, its title naming a place and followed by the label."""
    d = data()
    names = set(mapping.places.values())

    def titled(title: str) -> str:
        if any(n in title for n in names):
            return title
        return d.title_with_place.format(title=title, place=mapping.subject)

    if source.kind == "html":
        text = "".join(
            s if _TAG.fullmatch(s) else mapping.apply(s) for s in _TAG.split(source.text)
        )
        m = _H1.search(text)
        if m is None:
            return text.replace("<body>", f"<body>\n<p>{d.label}</p>", 1)
        head = f"{m.group(1)}{titled(m.group(2).strip())}{m.group(3)}\n<p>{d.label}</p>"
        return text[: m.start()] + head + text[m.end() :]
    lines = mapping.apply(source.text).split("\n")
    if source.meta.get("title"):
        # The title is in the sidecar (see _sidecar): the label opens the text.
        return f"{d.label}\n\n" + "\n".join(lines)
    at = next((i for i, line in enumerate(lines) if line.startswith("# ")), None)
    if at is None:
        # The title the cleaner reads, which an official document's masthead may precede.
        title = mapping.apply(clean_text(source.text, infer_title=True).title or "")
        at = next((i for i, line in enumerate(lines) if title and line.strip() == title), None)
    if at is None:
        at = next(i for i, line in enumerate(lines) if line.strip())
    marker = "# " if lines[at].startswith("# ") else ""
    lines[at] = marker + titled(lines[at].removeprefix("# ").strip())
    lines.insert(at + 1, f"\n{d.label}\n")
    return "\n".join(lines)


def _sidecar(source: Source, mapping: Mapping) -> dict[str, Any]:
    """A copy's sidecar: the source's, mapped, without its id (the copy is its own
    document), its title naming a place like every copy's."""
    meta = {k: _mapped(v, mapping) for k, v in source.meta.items() if k != "id"}
    if isinstance(meta.get("year"), int):
        meta["year"] += mapping.year_shift
    if meta.get("title") and not any(n in meta["title"] for n in mapping.places.values()):
        meta["title"] = data().title_with_place.format(title=meta["title"], place=mapping.subject)
    return meta


def _mapped(value: Any, mapping: Mapping) -> Any:
    """A sidecar value with its places, years and figures mapped (lists item by item)."""
    if isinstance(value, str):
        return mapping.apply(value)
    if isinstance(value, list):
        return [_mapped(v, mapping) for v in value]
    return value


def copy_region(source: Source, mapping: Mapping, text: str) -> str | None:
    """The region of a copy, as ingest would read it off a real document: the source's
    region mapped, or the subject its title was given. Ingest knows real provinces from
    its region lexicon (a title opening with a province's name), which cannot know the
    fictional names of a round: without this, a copy of a document about a province
    names no place."""
    if source.region is not None:
        return mapping.places.get(source.region)
    return mapping.subject if mapping.subject in text else None


def build_scale_corpus(
    folder: Path,
    chunks: int,
    sources: list[Source],
    seed: int = 7,
    chunk_size: int = 280,
    overlap: int = 60,
) -> ScaleCorpus:
    """Write rounds of copies into ``folder`` until they make about ``chunks`` chunks
    (counted with the ingest pipeline itself); the last round stops at the target."""
    if not sources:
        raise ValueError("no documents to copy")
    folder.mkdir(parents=True, exist_ok=True)
    corpus = ScaleCorpus(folder)
    round_ = 0
    while corpus.chunks < chunks:
        if round_ == unique_rounds():
            logger.warning(
                "scale corpus: more than %d rounds; from here on, fictional names repeat "
                "those of earlier rounds, naming other places",
                round_,
            )
        mapping = corpus.mappings[round_] = mapping_for(round_, seed)
        for source in sources:
            if corpus.chunks >= chunks:
                break
            stem = f"{source.stem}-r{round_:05d}"
            path = folder / f"{stem}.{source.kind}"
            text = _with_label(source, mapping)
            path.write_text(text, encoding="utf-8")
            meta = _sidecar(source, mapping) if source.meta else {}
            region = copy_region(source, mapping, text)
            if region is not None and not meta.get("region"):
                meta["region"] = region
            if meta:
                sidecar = json.dumps(meta, ensure_ascii=False, indent=1)
                (folder / f"{stem}{META_SUFFIX}").write_text(sidecar, encoding="utf-8")
            doc = prepare_document(path, chunk_size, overlap)
            corpus.copies.append(
                Copy(stem, source.stem, round_, path, doc.title, len(doc.chunks), doc.text)
            )
        round_ += 1
    logger.info("scale corpus: %d copies, %d chunks", len(corpus.copies), corpus.chunks)
    return corpus
