"""Document metadata read off the text: title, issuing body, date, document number, region,
kind, validity.

Policy documents state these in a header block (title, "label: value" lines, document
number) and a signature block at the end (the issuing body, then the date on its own
line); news carries a byline and a date. Each field is ``None`` when the text does not
state it — never guessed. A person's ``<name>.meta.json`` (or Markdown front matter) wins
over all of this.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from assistant.ingest import grammar as gr
from assistant.ingest.clean import CleanDocument

FIELDS = (
    "title",
    "issuer",
    "date",
    "doc_number",
    "region",
    "kind",
    "valid_until",
    "effective_from",
)
# How far into the document the header block reaches, and how far back the signature.
HEADER_UNITS = 8
SIGNATURE_UNITS = 4
# Joint documents rarely carry more signing bodies than this above their date.
MAX_JOINT_SIGNERS = 4
# A place name is written in CJK ideographs only (a Unicode block, not a word).
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


@dataclass
class DocumentMeta:
    title: str | None = None
    issuer: str | None = None
    date: str | None = None  # YYYY-MM-DD
    doc_number: str | None = None
    region: str | None = None
    kind: str | None = None
    valid_until: str | None = None
    effective_from: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _cn_number(text: str) -> int:
    """A Chinese numeral from one to thirty-one as an int (month and day numerals)."""
    g = gr.grammar()
    if g.cn_ten in text:
        tens, _, ones = text.partition(g.cn_ten)
        return (g.cn_digits.get(tens, 1) if tens else 1) * 10 + g.cn_digits.get(ones, 0)
    return g.cn_digits.get(text, 0)


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as YYYY-MM-DD (Arabic or Chinese numerals), else None."""
    g = gr.grammar()
    found: list[tuple[int, str]] = []
    m = g.date_arabic.search(text)
    if m:
        y, mo, d = (int(x) for x in m.groups())
        found.append((m.start(), f"{y:04d}-{mo:02d}-{d:02d}"))
    m = g.date_chinese.search(text)
    if m:
        y = int("".join(str(g.cn_digits[c]) for c in m.group(1)))
        mo, d = _cn_number(m.group(2)), _cn_number(m.group(3))
        found.append((m.start(), f"{y:04d}-{mo:02d}-{d:02d}"))
    if not found:
        return None
    value = min(found)[1]
    _, mo, d = (int(x) for x in value.split("-"))
    return value if 1 <= mo <= 12 and 1 <= d <= 31 else None


def _label_value(line: str, labels: tuple[str, ...]) -> str | None:
    """The value after "label：" in a line of "label：value" pairs (several may share a line)."""
    for label in labels:
        m = re.search(rf"(?:^|\s){re.escape(label)}\s*[:：]\s*(\S+)", line)
        if m:
            return m.group(1)
    return None


def _issuer_prefix(line: str) -> str | None:
    """An issuing body at the start of a "body date" line (a bureau's name, then the date)."""
    parts = re.split(r"\s+", line.strip(), maxsplit=1)
    head = parts[0] if len(parts) == 2 else ""
    return head if head and gr.is_issuer_name(head) and parse_date(line[len(head) :]) else None


def _signers(lines: list[str]) -> str:
    """The bodies signing on the lines right above the signature's date, in signing
    order: one, or several when the document is issued jointly."""
    names: list[str] = []
    for line in reversed(lines[-MAX_JOINT_SIGNERS:]):
        if not gr.is_issuer_name(line):
            break
        names.insert(0, line.strip())
    return gr.grammar().issuer_joiner.join(names)


def kind_of(title: str | None) -> str | None:
    """The kind named at the end of a title; a notice that issues a measure is a notice."""
    if not title:
        return None
    best: tuple[int, int, str] | None = None
    for kind, words in gr.grammar().kinds.items():
        for word in words:
            at = title.rfind(word)
            if at != -1:
                key = (at + len(word), len(word), kind)
                if best is None or key > best:
                    best = key
    return best[2] if best else None


def _zone_place(title: str) -> str | None:
    """The place a zone is named after, at the start of the title (the city before the zone
    word)."""
    g = gr.grammar()
    hits = [title.find(w) for w in g.zone_words if w in title]
    if not hits:
        return None
    place = title[: min(hits)]
    if place.startswith(g.title_openers):
        return None
    for suffix in g.region_suffixes:
        place = place.removesuffix(suffix)
    if not 2 <= len(place) <= 4 or not _HAN_RUN.fullmatch(place):
        return None
    province = next((r for r in g.regions if place.startswith(r)), None)
    return province or place


def region_of(*texts: str | None) -> str | None:
    """The place a zone in the title is named after, else the first province-level region
    named in the texts (title first, then the issuer)."""
    regions = gr.grammar().regions
    if texts and texts[0] and (place := _zone_place(texts[0])):
        return place
    for text in texts:
        if not text:
            continue
        hits = [(text.find(r), r) for r in regions if r in text]
        if hits:
            return min(hits)[1]
    return None


def extract(doc: CleanDocument, title_hint: str | None = None) -> DocumentMeta:
    """Metadata found in a cleaned document's header and signature blocks."""
    g = gr.grammar()
    units = [u for u in doc.units if u.kind not in ("table_row", "table_header")]
    lines = [doc.text[u.start : u.end] for u in units]
    meta = DocumentMeta(title=doc.title or title_hint)
    body_start = next(
        (i for i, u in enumerate(units) if u.kind == "heading" and u.level > 1), len(units)
    )
    header = lines[: min(HEADER_UNITS, max(body_start, 1))]
    signature = lines[-SIGNATURE_UNITS:]

    for line in header:
        meta.issuer = meta.issuer or _label_value(line, g.labels["issuer"])
        meta.doc_number = meta.doc_number or _label_value(line, g.labels["doc_number"])
        labelled = _label_value(line, g.labels["date"])
        meta.date = meta.date or (parse_date(labelled) if labelled else None)
        if meta.doc_number is None and g.doc_number.fullmatch(line.strip()):
            meta.doc_number = re.sub(r"\s+", "", line.strip())

    # Signature block: the issuing body on its own line, then the date on its own line.
    printed = None
    for i in range(len(signature) - 1, -1, -1):
        line = signature[i].strip()
        if line.endswith(g.print_record_end) and parse_date(line):
            printed = printed or parse_date(line)  # the print record: no signature
            continue
        date = parse_date(line) if gr.is_standalone(line) else None
        if date and meta.date is None:
            meta.date = date
            if meta.issuer is None:
                meta.issuer = _signers(lines[: len(lines) - len(signature) + i]) or None
            break
        body = _issuer_prefix(line)
        if body and meta.date is None:
            meta.date, meta.issuer = parse_date(line), meta.issuer or body
            break

    # Header block without labels: an issuing body on its own line, a date line or a
    # "body date" line right under the title (news and reports carry these).
    for line in header:
        line = line.strip()
        if meta.issuer is None and gr.is_issuer_name(line) and line != meta.title:
            meta.issuer = line
        body = _issuer_prefix(line)
        if body:
            meta.issuer = meta.issuer or body
            meta.date = meta.date or parse_date(line)
        dated = gr.is_standalone(line) or gr.is_byline(line) or g.dated_subtitle.match(line)
        if meta.date is None and dated:
            meta.date = parse_date(line)

    meta.date = meta.date or printed
    # A news report is known by its byline even when its title names no kind.
    meta.kind = kind_of(meta.title) or (g.byline_kind if doc.byline else None)
    meta.region = region_of(meta.title, meta.issuer)
    if meta.kind is None or meta.kind in g.normative_kinds:
        meta.effective_from, meta.valid_until = _validity(doc.text)
    return meta


def _validity(text: str) -> tuple[str | None, str | None]:
    """(effective_from, valid_until): "in force from ...", "valid until ...", or "valid for N
    years" counted from the effective date (the last day before its N-th anniversary);
    the forms are document_grammar.yaml ``effective_from``, ``valid_until``, ``valid_years``."""
    g = gr.grammar()
    m = g.effective_from.search(text)
    start = parse_date(m.group(1)) if m else None
    until = None
    m = g.valid_until.search(text)
    if m:
        until = parse_date(text[m.end() : m.end() + 20])
    elif start and (m := g.valid_years.search(text)):
        years = int(m.group(1)) if m.group(1).isdigit() else _cn_number(m.group(1))
        y, mo, d = (int(x) for x in start.split("-"))
        anniversary = date(y + years, mo, min(d, 28)) + timedelta(days=max(0, d - 28))
        until = (anniversary - timedelta(days=1)).isoformat()
    return start, until
