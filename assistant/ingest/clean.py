"""Cleaning: loader parts -> the displayed text that citations point into, with its units.

Print layouts and PDF text layers cut sentences, words and even numbers at line
ends (a word cut in two, the second half followed by an amount). The cleaner rejoins a
line with the next when the line does not end a sentence and nothing marks a real
boundary between them; headings, bylines, list items, Q&A markers, header/signature
lines (document numbers, dates, "label: value") and wide gaps (two or more blank lines)
are real boundaries. Markdown heading markers are removed from the display text and kept
as sections; Markdown pipe tables and lines aligned into cells by tabs or ideographic
spaces (:mod:`assistant.ingest.text_tables`) become tables. The model of the result is described in
:mod:`assistant.ingest.document`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.ingest import grammar as gr
from assistant.ingest.document import (
    Part,
    Table,
    Unit,
    collapse_spaces,
    guess_header_rows,
    join_lines,
    render_row,
)
from assistant.ingest.text_tables import find_text_tables, set_apart

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*\S)\s*$")
_PIPE_ROW = re.compile(r"^\|.*\|$")
_PIPE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")
# A title candidate: one short line that is not a sentence.
_TITLE_MAX = 60


@dataclass(frozen=True)
class Section:
    title: str
    level: int
    start: int  # offset of the heading line in the cleaned text
    end: int  # offset where the next section starts


@dataclass
class CleanDocument:
    text: str
    sections: list[Section] = field(default_factory=list)
    byline: str | None = None
    title: str | None = None  # the document title heading (level 1), if any
    units: list[Unit] = field(default_factory=list)

    def section_at(self, offset: int) -> Section | None:
        found = None
        for sec in self.sections:
            if sec.start <= offset:
                found = sec
            else:
                break
        return found


@dataclass
class _Block:
    kind: str  # "heading", "byline", "text", "item", "table"
    text: str
    level: int = 0
    table: Table | None = None
    joinable: bool = False  # raw text that a following cut line may continue


def _classify(line: str) -> _Block:
    m = _MD_HEADING.match(line)
    if m:
        return _Block("heading", m.group(2).strip(), len(m.group(1)))
    note = gr.editor_note(line)
    if note:
        return _Block("heading", note, 2)
    if gr.is_byline(line):
        return _Block("byline", line)
    level = gr.heading_level(line)
    if level:
        return _Block("heading", line, level)
    return _Block("text", line, joinable=True)


def _pipe_table(lines: list[str]) -> Table:
    rows: list[list[str | None]] = []
    header = 0
    for line in lines:
        if _PIPE_RULE.match(line):
            header = len(rows)
            continue
        rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    return Table(rows, header)


def _raw_blocks(raw: str, title_first: bool = False) -> list[_Block]:
    """Blocks of raw text. ``title_first``: a first line that looks like a title is the
    title (level 1), ended by a blank line; a title wrapped onto a second line is rejoined."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[_Block] = []
    title: _Block | None = None
    titled = False
    gap = 99  # blank lines seen since the last non-empty line
    pipe: list[str] = []

    def end_pipe() -> None:
        if pipe:
            blocks.append(_Block("table", "", table=_pipe_table(pipe)))
            pipe.clear()

    lines = raw.split("\n")
    tables = find_text_tables(lines)
    skip_to = 0
    for n, line in enumerate(lines):
        if n < skip_to:
            continue
        if n in tables:
            end_pipe()
            skip_to, table = tables[n]
            if title is not None:
                title.kind, title.level, title.joinable = "heading", 1, False
                title = None
            blocks.append(_Block("table", "", table=table))
            gap = 0
            continue
        # Indents go; an ideographic space inside a line stays (第一条\u3000…), quotes keep it.
        line = collapse_spaces(line)
        if not line:
            gap += 1
            end_pipe()
            continue
        if _PIPE_ROW.match(line):
            pipe.append(line)
            gap = 0
            continue
        end_pipe()
        block = _classify(line)
        prev = blocks[-1] if blocks else None
        if (
            title_first
            and not titled
            and len(blocks) <= _HEADER_LINES
            and all(_header_line(b.text) for b in blocks)
            and block.joinable
            and _looks_like_title(line)
            and not _header_line(line)
        ):
            title, titled = block, True
        elif title is not None:
            if gap == 0 and block.joinable and _looks_like_title(title.text + line):
                title.text = join_lines(title.text, line)
                continue
            title.kind, title.level, title.joinable = "heading", 1, False
            title = None
        if (
            prev is not None
            and prev.joinable
            and block.joinable
            and gap <= 1
            and not gr.ends_paragraph(prev.text)
            and not gr.starts_item(line)
            and not gr.is_question(line)
            and not gr.is_answer(line)
            and not gr.is_standalone(line)
            and not gr.is_standalone(prev.text)
            # A line set apart in pieces by wide gaps stands on its own (a colophon).
            and not set_apart(line)
            and not set_apart(prev.text)
            # Bodies signing one under the other are a signature block, not a wrapped line.
            and not (gr.is_issuer_name(prev.text) and gr.is_issuer_name(line))
            # Masthead lines above the title stand alone.
            and not (title_first and not titled and _header_line(prev.text))
        ):
            prev.text = join_lines(prev.text, line)
        else:
            blocks.append(block)
        gap = 0
    end_pipe()
    if title is not None:
        title.kind, title.level, title.joinable = "heading", 1, False
    return blocks


def _blocks(parts: list[Part], infer_title: bool) -> list[_Block]:
    blocks: list[_Block] = []
    for part in parts:
        if part.kind == "raw":
            title_first = (
                infer_title
                and not blocks
                and not any(
                    (m := _MD_HEADING.match(line.strip())) and len(m.group(1)) == 1
                    for line in part.text.splitlines()
                )
            )
            blocks += _raw_blocks(part.text, title_first)
            continue
        text = collapse_spaces(part.text)
        if part.kind == "table" and part.table is not None:
            blocks.append(_Block("table", "", table=part.table))
        elif text and part.kind == "heading":
            blocks.append(_Block("heading", text, max(1, min(part.level, 6))))
        elif text:
            # Structured sources mark their own paragraphs; numbering still tells headings.
            level = gr.heading_level(text) if part.kind == "paragraph" else 0
            if level:
                blocks.append(_Block("heading", text, level))
            elif gr.is_byline(text):
                blocks.append(_Block("byline", text))
            elif _continues(blocks, part.kind, text):
                # A paragraph cut mid-clause ("…（附件2），") goes on in the next one.
                blocks[-1].text = join_lines(blocks[-1].text, text)
            else:
                blocks.append(_Block("item" if part.kind == "item" else "text", text))
    return blocks


def _continues(blocks: list[_Block], kind: str, text: str) -> bool:
    """Does a structured paragraph continue the block before it: that block stops inside a
    clause and the paragraph opens no item of its own?"""
    prev = blocks[-1] if blocks else None
    return (
        kind == "paragraph"
        and prev is not None
        and prev.kind in ("text", "item")
        and gr.stops_mid_clause(prev.text)
        and not gr.starts_item(text)
    )


# An official document may open with its issuer's name, its document number and labelled
# lines (the masthead) before its title: at most this many such lines are looked past.
_HEADER_LINES = 4


def _header_line(text: str) -> bool:
    """A masthead line: the issuing body's name, a document number (with what follows it on
    the line, a signer), or a standalone "label: value" or date line. Never a title."""
    return (
        gr.is_issuer_name(text)
        or gr.is_standalone(text)
        or gr.grammar().doc_number.match(text) is not None
    )


def _looks_like_title(text: str) -> bool:
    return (
        len(text) <= _TITLE_MAX
        and not gr.ends_paragraph(text)
        and not gr.is_standalone(text)
        and not gr.starts_item(text)
        and not gr.is_question(text)
        and "，" not in text
        and "。" not in text
    )


class _Renderer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.units: list[Unit] = []
        self.path: list[tuple[int, str]] = []  # (level, heading) below the title
        self.tables = 0
        self.question: str | None = None

    def put(self, text: str, sep: str = "\n\n") -> tuple[int, int]:
        if self.parts:
            self.parts.append(sep)
            self.pos += len(sep)
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        return start, self.pos

    def heading_path(self) -> list[str]:
        return [h for _, h in self.path]

    def table(self, table: Table, caption: str | None) -> None:
        table = table.normalised()
        if not table.rows:
            return
        if table.header_rows == 0:
            table.header_rows = guess_header_rows(table.rows)
        names = table.column_names() if table.header_rows else None
        number = self.tables
        self.tables += 1
        caption = table.caption or caption
        first = True
        for i, row in enumerate(table.rows):
            line, columns = render_row(row)
            start, end = self.put(line, "\n\n" if first else "\n")
            first = False
            is_header = i < table.header_rows
            self.units.append(
                Unit(
                    "table_header" if is_header else "table_row",
                    start,
                    end,
                    self.heading_path(),
                    table=number,
                    row=i,
                    header=None if is_header or names is None else [names[j] for j in columns],
                    cells=[row[j] or "" for j in columns],
                    caption=caption,
                )
            )


def build_document(parts: list[Part], *, infer_title: bool = False) -> CleanDocument:
    """Render loader parts into the cleaned text, its sections and its units.

    ``infer_title``: when no level-1 heading is present, a short first line that is not a
    sentence is taken as the title (plain text and PDFs have no markup for it)."""
    blocks = _blocks(parts, infer_title)
    if infer_title and not any(b.kind == "heading" and b.level == 1 for b in blocks):
        first = next((b for b in blocks if b.kind != "table"), None)
        if first is not None and first.kind == "text" and _looks_like_title(first.text):
            first.kind, first.level = "heading", 1
    r = _Renderer()
    heads: list[tuple[str, int, int]] = []  # title, level, start offset
    byline = None
    title = None
    previous: _Block | None = None
    for block in blocks:
        if block.kind == "table":
            caption = None
            if previous is not None and previous.kind in ("heading", "text") and previous.text:
                caption = previous.text
            if block.table is not None:
                r.table(block.table, caption)
            previous = block
            continue
        start, end = r.put(block.text)
        if block.kind == "heading":
            heads.append((block.text, block.level, start))
            if block.level == 1 and title is None:
                title = block.text
                r.path = []
            else:
                while r.path and r.path[-1][0] >= block.level:
                    r.path.pop()
                r.path.append((block.level, block.text))
            r.question = None
            r.units.append(Unit("heading", start, end, r.heading_path()[:-1], level=block.level))
        elif block.kind == "byline":
            byline = byline or block.text
            r.units.append(Unit("byline", start, end, r.heading_path()))
        elif gr.is_question(block.text):
            r.question = block.text
            r.units.append(Unit("question", start, end, r.heading_path(), question=block.text))
        elif gr.is_answer(block.text) or (
            r.question
            and r.units
            and r.units[-1].kind in ("question", "answer")
            and gr.ends_paragraph(block.text)
        ):
            r.units.append(Unit("answer", start, end, r.heading_path(), question=r.question))
        else:
            kind = "item" if block.kind == "item" or gr.starts_item(block.text) else "paragraph"
            r.units.append(Unit(kind, start, end, r.heading_path(), question=r.question))
        previous = block
    text = "".join(r.parts)
    sections = [
        Section(t, lvl, start, heads[i + 1][2] if i + 1 < len(heads) else len(text))
        for i, (t, lvl, start) in enumerate(heads)
    ]
    return CleanDocument(text=text, sections=sections, byline=byline, title=title, units=r.units)


def clean_text(raw: str, *, infer_title: bool = False) -> CleanDocument:
    """Rejoin cut lines, drop heading markers, and record sections and units with offsets."""
    return build_document([Part("raw", raw)], infer_title=infer_title)
