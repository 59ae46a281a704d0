"""Cleaning: raw loader text -> the displayed text that citations point into.

Print layouts and PDF text layers cut sentences, words and even numbers at line
ends ("实际利用外" / "资8.3亿元"). The cleaner rejoins a line with the next when the
line does not end a sentence and nothing marks a real boundary between them;
headings, bylines, list items and wide gaps (two or more blank lines) are real
boundaries. Markdown heading markers are removed from the display text and kept
as sections with character offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A line ending in one of these ends its paragraph.
_TERMINAL = set("。！？；!?;:：…")
_CLOSERS = set("”’」』）)】》\"'")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*\S)\s*$")
_EDITOR_NOTE = re.compile(r"^(编者按|编者的话|按语)\s*[:：]?\s*(.*)$")
_BYLINE = re.compile(r"^(本报|本刊|新华社)?(特约)?(记者|通讯员|作者|撰稿)[\s:：]*\S.{0,30}$")
# Numbered headings common in Chinese policy documents: 第一章, 一、, （一）.
_CN_NUM = "一二三四五六七八九十百零〇"
_IMPLICIT_HEADING = re.compile(
    rf"^(第[{_CN_NUM}\d]+[章节编部分]|[{_CN_NUM}]+、|[（(][{_CN_NUM}]+[）)])\s*\S.{{0,38}}$"
)
# A list item or numbered clause starts a new block even after an unfinished line.
_ITEM_START = re.compile(
    rf"^([{_CN_NUM}]+、|[（(][{_CN_NUM}\d]+[）)]|\d+[、.．](?!\d)|[•·●▪■◆\-\*]\s|第[{_CN_NUM}\d]+条)"
)
_SENTENCE_PUNCT = re.compile(r"[。！？；!?;,，、]")


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
    title: str | None = None  # the first level-1 heading, if any

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
    kind: str  # "heading", "byline", "text"
    text: str
    level: int = 0


def _ends_paragraph(text: str) -> bool:
    text = text.rstrip()
    while text and text[-1] in _CLOSERS:
        if len(text) >= 2 and text[-2] in _TERMINAL:
            return True
        text = text[:-1]
    return bool(text) and text[-1] in _TERMINAL


def _classify(line: str) -> _Block:
    m = _MD_HEADING.match(line)
    if m:
        return _Block("heading", m.group(2).strip(), len(m.group(1)))
    m = _EDITOR_NOTE.match(line)
    if m and not m.group(2):
        return _Block("heading", m.group(1), 2)
    if _BYLINE.match(line) and not _SENTENCE_PUNCT.search(line):
        return _Block("byline", line)
    if (
        _IMPLICIT_HEADING.match(line)
        and not _ends_paragraph(line)
        and not _SENTENCE_PUNCT.search(line[2:])
    ):
        level = 2 if line.startswith("第") or line[0] in _CN_NUM else 3
        return _Block("heading", line, level)
    return _Block("text", line)


def _join(left: str, right: str) -> str:
    # Latin words and numbers cut at a line end need their space back; Chinese does not.
    if (
        left
        and right
        and left[-1].isascii()
        and left[-1].isalnum()
        and right[0].isascii()
        and right[0].isalpha()
    ):
        return left + " " + right
    return left + right


def _blocks(raw: str) -> list[_Block]:
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " ")
    blocks: list[_Block] = []
    gap = 99  # blank lines seen since the last non-empty line
    for line in raw.split("\n"):
        line = " ".join(line.split()) if line.strip() else ""
        if not line:
            gap += 1
            continue
        block = _classify(line)
        prev = blocks[-1] if blocks else None
        if (
            prev is not None
            and prev.kind == "text"
            and block.kind == "text"
            and gap <= 1
            and not _ends_paragraph(prev.text)
            and not _ITEM_START.match(line)
        ):
            prev.text = _join(prev.text, line)
        else:
            blocks.append(block)
        gap = 0
    return blocks


def clean_text(raw: str) -> CleanDocument:
    """Rejoin cut lines, drop heading markers, and record sections with offsets."""
    blocks = _blocks(raw)
    parts: list[str] = []
    heads: list[tuple[str, int, int]] = []  # title, level, start offset
    byline = None
    title = None
    pos = 0
    for block in blocks:
        if parts:
            parts.append("\n\n")
            pos += 2
        if block.kind == "heading":
            heads.append((block.text, block.level, pos))
            if block.level == 1 and title is None:
                title = block.text
        elif block.kind == "byline" and byline is None:
            byline = block.text
        parts.append(block.text)
        pos += len(block.text)
    text = "".join(parts)
    sections = [
        Section(t, lvl, start, heads[i + 1][2] if i + 1 < len(heads) else len(text))
        for i, (t, lvl, start) in enumerate(heads)
    ]
    return CleanDocument(text=text, sections=sections, byline=byline, title=title)
