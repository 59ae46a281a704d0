"""HTML pages -> document parts: headings, paragraphs, list items and tables in page order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup, NavigableString, Tag

from assistant.ingest.document import (
    LoadedDocument,
    LoaderError,
    Part,
    Table,
    squash,
)

_DROP = ["script", "style", "noscript", "template", "nav", "footer", "head"]
_HEADINGS = {f"h{i}": i for i in range(1, 7)}
_LEAF_BLOCKS = {"p", "li", "blockquote", "pre", "dt", "dd", "figcaption", "address"}
_CONTAINERS = {
    "div", "section", "article", "main", "body", "ul", "ol", "dl", "header", "aside",
    "figure", "form", "fieldset", "center", "html", "span", "font",
}  # fmt: skip
_BLOCKS = set(_HEADINGS) | _LEAF_BLOCKS | {"table", "div", "section", "article", "ul", "ol"}


def read_text_file(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise LoaderError(path, "binary content in a text file")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise LoaderError(path, "not valid UTF-8 or GB18030 text")


def _text(el: Tag | NavigableString) -> str:
    if isinstance(el, NavigableString):
        return squash(str(el))
    return squash(el.get_text(""))


def _span(cell: Tag, name: str) -> int:
    try:
        return max(1, min(int(str(cell.get(name, 1)).strip() or 1), 1000))
    except ValueError:
        return 1


def _fill_carried(row: list[str | None], col: int, carried: dict[int, tuple[str, int]]) -> int:
    """Append the cells that row spans from above carry into ``col`` onwards."""
    while col in carried:
        text, left = carried[col]
        row.append(text)
        if left <= 1:
            del carried[col]
        else:
            carried[col] = (text, left - 1)
        col += 1
    return col


def _own(el: Tag, names: tuple[str, ...], stop: str) -> Iterator[Tag]:
    """The descendants of ``el`` named ``names`` that no ``stop`` element between holds
    (a table's own rows, not a nested table's; a row's own cells), in page order. One walk
    down, where asking each match for its nearest ``stop`` ancestor walks up once per match."""
    for child in el.children:
        if not isinstance(child, Tag):
            continue
        if child.name in names:
            yield child
        if child.name != stop:
            yield from _own(child, names, stop)


def html_table(table: Tag) -> Table:
    """A <table> as a grid: colspan continuations are None, rowspans repeat their text."""
    rows: list[list[str | None]] = []
    carried: dict[int, tuple[str, int]] = {}  # column -> (text, rows still covered)
    header_rows = 0
    counting_header = True
    for tr in _own(table, ("tr",), "table"):
        cells = list(_own(tr, ("td", "th"), "tr"))
        row: list[str | None] = []
        col = 0
        for cell in cells:
            col = _fill_carried(row, col, carried)
            text = _text(cell)
            colspan, rowspan = _span(cell, "colspan"), _span(cell, "rowspan")
            row.append(text)
            if rowspan > 1:
                carried[col] = (text, rowspan - 1)
            for k in range(1, colspan):
                row.append(None)
                if rowspan > 1:
                    carried[col + k] = (text, rowspan - 1)
            col += colspan
        _fill_carried(row, col, carried)
        in_head = tr.find_parent("thead") is not None
        all_th = bool(cells) and all(c.name == "th" for c in cells)
        if counting_header and (in_head or all_th):
            header_rows += 1
        else:
            counting_header = False
        rows.append(row)
    caption = table.find("caption")
    return Table(rows, header_rows, _text(caption) if caption else None)


def _walk(el: Tag, parts: list[Part]) -> None:
    buffer: list[str] = []

    def flush() -> None:
        text = squash("".join(buffer))
        if text:
            parts.append(Part("paragraph", text))
        buffer.clear()

    for child in el.children:
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:  # not comments or doctype
                buffer.append(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name in _DROP or name == "caption":
            continue
        if name == "br":
            flush()
        elif name == "table":
            flush()
            parts.append(Part("table", table=html_table(child)))
        elif name in _HEADINGS:
            flush()
            parts.append(Part("heading", _text(child), _HEADINGS[name]))
        elif name in _LEAF_BLOCKS and not child.find(_BLOCKS):
            flush()
            parts.append(Part("item" if name == "li" else "paragraph", _text(child)))
        elif name in _LEAF_BLOCKS or (name in _CONTAINERS and child.find(_BLOCKS)):
            flush()
            _walk(child, parts)
        else:
            buffer.append(child.get_text(""))
    flush()


def load_html(path: Path) -> LoadedDocument:
    soup = BeautifulSoup(read_text_file(path), "lxml")
    meta: dict[str, Any] = {}
    if soup.title and soup.title.get_text(strip=True):
        meta["title"] = soup.title.get_text(strip=True)
    for tag in soup(_DROP):
        tag.decompose()
    parts: list[Part] = []
    _walk(soup.body or soup, parts)
    return LoadedDocument(path, parts, meta)
