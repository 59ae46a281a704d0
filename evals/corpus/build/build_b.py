"""Generate the binary b_* and t_* evaluation documents from their plain-text sources.

Sources use a small markup, one block per line:
  "# "  document title       "## " heading level 1       "### " heading level 2
  "> "  right-aligned line (signature / date block)
  "[table]" ... "[/table]"   a table; cells split by " | ", first row is the header,
                             a cell "^" is merged with the cell above it
  anything else              a body paragraph

Outputs (committed next to the other documents):
  evals/corpus/build/src_b/b_ftz.docsrc        -> evals/corpus/b_ftz.docx
  evals/corpus-test/src/t_fund.docsrc          -> evals/corpus-test/t_fund.docx
  evals/corpus-test/src/t_newarea.docsrc       -> evals/corpus-test/t_newarea.pdf

Run: .venv/bin/python evals/corpus/build/build_b.py
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[3]
DEV_DIR = ROOT / "evals" / "corpus"
TEST_DIR = ROOT / "evals" / "corpus-test"
SRC_DEV = DEV_DIR / "build" / "src_b"
SRC_TEST = TEST_DIR / "src"

# Fixed author and timestamps so rebuilding unchanged sources gives the same document properties.
FIXED_DATE = datetime(2024, 1, 1, tzinfo=UTC)
FIXED_AUTHOR = "zone-assistant evaluation corpus"
CJK_FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
MERGE_UP = "^"


@dataclass
class Block:
    kind: str  # title | h1 | h2 | para | right | table
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)


def parse_source(path: Path) -> list[Block]:
    blocks: list[Block] = []
    table: list[list[str]] | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line:
            continue
        if line == "[table]":
            table = []
            continue
        if line == "[/table]":
            blocks.append(Block("table", rows=table or []))
            table = None
            continue
        if table is not None:
            table.append([cell.strip() for cell in line.split(" | ")])
        elif line.startswith("### "):
            blocks.append(Block("h2", line[4:]))
        elif line.startswith("## "):
            blocks.append(Block("h1", line[3:]))
        elif line.startswith("# "):
            blocks.append(Block("title", line[2:]))
        elif line.startswith("> "):
            blocks.append(Block("right", line[2:]))
        else:
            blocks.append(Block("para", line))
    return blocks


def units_of_source(path: Path) -> list[str]:
    """Text units of a source (paragraphs, headings, table cells) that quotes must fall inside."""
    units: list[str] = []
    for block in parse_source(path):
        if block.kind == "table":
            units.extend(cell for row in block.rows for cell in row if cell != MERGE_UP)
        else:
            units.append(block.text)
    return units


def rows_of_source(path: Path) -> list[list[str]]:
    """Table rows of a source, merged ("^") cells filled from the cell above."""
    rows: list[list[str]] = []
    for block in parse_source(path):
        previous: list[str] = []
        for row in block.rows:
            filled = [
                previous[i] if cell == MERGE_UP and i < len(previous) else cell
                for i, cell in enumerate(row)
            ]
            rows.append(filled)
            previous = filled
    return rows


@dataclass(frozen=True)
class SourceSet:
    """One family's generated documents: their sources in one folder, each output with its
    writer. Gives a family's build script its main() and the question checker's interface."""

    src: Path
    outputs: dict[str, tuple[Path, Callable[[Path, Path], None]]]

    def build_all(self) -> None:
        logging.basicConfig(level=logging.INFO, format="%(message)s")
        for doc_id, (out, build) in self.outputs.items():
            build(self.src / f"{doc_id}.docsrc", out)

    def units(self, doc_id: str) -> list[str] | None:
        """Text units of a document generated here, or None."""
        path = self.src / f"{doc_id}.docsrc"
        return units_of_source(path) if path.is_file() else None

    def rows(self, doc_id: str) -> list[list[str]] | None:
        """Table rows of a document generated here, merged cells filled from the cell above."""
        path = self.src / f"{doc_id}.docsrc"
        return rows_of_source(path) if path.is_file() else None


def _set_east_asian_font(run, name: str) -> None:
    from docx.oxml.ns import qn

    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)


def build_docx(src: Path, out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    doc.core_properties.author = FIXED_AUTHOR
    doc.core_properties.created = FIXED_DATE
    doc.core_properties.modified = FIXED_DATE
    for block in parse_source(src):
        if block.kind == "title":
            doc.core_properties.title = block.text
            doc.add_heading(block.text, level=0)
        elif block.kind == "h1":
            doc.add_heading(block.text, level=1)
        elif block.kind == "h2":
            doc.add_heading(block.text, level=2)
        elif block.kind == "right":
            para = doc.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _set_east_asian_font(para.add_run(block.text), "SimSun")
        elif block.kind == "para":
            para = doc.add_paragraph()
            _set_east_asian_font(para.add_run(block.text), "SimSun")
        else:
            _add_docx_table(doc, block.rows)
    doc.save(str(out))
    _fix_zip_times(out)
    logger.info("wrote %s", out)


def _fix_zip_times(path: Path) -> None:
    """Rewrite the .docx zip with fixed entry times so unchanged sources rebuild byte-identically."""
    import zipfile

    with zipfile.ZipFile(path) as src:
        entries = [(info, src.read(info.filename)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, data)


def _add_docx_table(doc, rows: list[list[str]]) -> None:
    width = len(rows[0])
    table = doc.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text == MERGE_UP:
                continue
            cell = table.cell(r, c)
            cell.text = text
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    # Merge "^" cells into the nearest non-marker cell above (vertical merge).
    for c in range(width):
        r = 1
        while r < len(rows):
            if rows[r][c] == MERGE_UP:
                top = r - 1
                end = r
                while end + 1 < len(rows) and rows[end + 1][c] == MERGE_UP:
                    end += 1
                keep = table.cell(top, c).text
                merged = table.cell(top, c).merge(table.cell(end, c))
                merged.text = keep
                r = end + 1
            else:
                r += 1
    # Mark the header row so Word repeats it and readers can tell it apart.
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def build_pdf(src: Path, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("WQY", CJK_FONT_PATH, subfontIndex=0))
    body = ParagraphStyle(
        "body", fontName="WQY", fontSize=10.5, leading=17, firstLineIndent=21, wordWrap="CJK"
    )
    title = ParagraphStyle(
        "title", parent=body, fontSize=16, leading=24, alignment=TA_CENTER, firstLineIndent=0
    )
    meta = ParagraphStyle("meta", parent=body, alignment=TA_CENTER, firstLineIndent=0)
    h1 = ParagraphStyle(
        "h1", parent=body, fontSize=12.5, leading=20, firstLineIndent=0, spaceBefore=6
    )
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT, firstLineIndent=0)
    cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=13, firstLineIndent=0)

    story = []
    blocks = parse_source(src)
    seen_title = False
    for i, block in enumerate(blocks):
        if block.kind == "title":
            story += [Paragraph(block.text, title), Spacer(1, 4 * mm)]
            seen_title = True
        elif block.kind in ("h1", "h2"):
            story.append(Paragraph(block.text, h1))
        elif block.kind == "right":
            story.append(Paragraph(block.text, right))
        elif block.kind == "para":
            # The lines right after the title (issuer, date) form the centred header block.
            in_header = (
                seen_title and all(b.kind in ("title", "para") for b in blocks[:i]) and i <= 2
            )
            story.append(Paragraph(block.text, meta if in_header else body))
        else:
            data = [[Paragraph(text, cell) for text in row] for row in block.rows]
            table = Table(data, repeatRows=1)
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ]
                )
            )
            story += [Spacer(1, 2 * mm), table, Spacer(1, 3 * mm)]
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=blocks[0].text if blocks and blocks[0].kind == "title" else "",
        author=FIXED_AUTHOR,
        invariant=1,
    )
    doc.build(story)
    logger.info("wrote %s", out)


TARGETS = [
    (SRC_DEV / "b_ftz.docsrc", DEV_DIR / "b_ftz.docx", build_docx),
    (SRC_TEST / "t_fund.docsrc", TEST_DIR / "t_fund.docx", build_docx),
    (SRC_TEST / "t_newarea.docsrc", TEST_DIR / "t_newarea.pdf", build_pdf),
]


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for src, out, build in TARGETS:
        build(src, out)


if __name__ == "__main__":
    main()


def source_units(doc_id: str) -> list[str] | None:
    """Text units of a development document generated here, or None (the checker's interface)."""
    path = SRC_DEV / f"{doc_id}.docsrc"
    return units_of_source(path) if path.is_file() else None
