"""Tables as people really make them: ragged rows, merged cells, empty tables, no header,
multi-row headers. Each must ingest without error and without losing text or shifting
columns, in every format."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.ingest.clean import build_document
from assistant.ingest.loaders import load_file
from assistant.ingest.prepare import prepare_document

# Every cell text that must survive, whatever the table's shape.
RAGGED = [["园区", "企业数", "产值"], ["甲园区", "120"], ["乙园区", "95", "80亿元", "备注多出一格"]]
NO_HEADER = [["甲园区", "120家", "80亿元"], ["乙园区", "95家", "60亿元"]]
INTRO = "下表列出各园区情况。"
OUTRO = "以上数据截至2023年底。"


def _cells(rows: list[list[str]]) -> list[str]:
    return [c for r in rows for c in r if c]


def _html(path: Path) -> None:
    path.write_text(
        f"""<html><body><h1>园区统计表</h1><p>{INTRO}</p>
<table><tr><th>园区</th><th>企业数</th><th>产值</th></tr>
<tr><td>甲园区</td><td>120</td></tr>
<tr><td>乙园区</td><td>95</td><td>80亿元</td><td>备注多出一格</td></tr></table>
<table></table><table><tr><td> </td></tr></table>
<table><tr><td>甲园区</td><td>120家</td><td>80亿元</td></tr>
<tr><td>乙园区</td><td>95家</td><td>60亿元</td></tr></table>
<table><thead><tr><th rowspan="2">园区</th><th colspan="2">2023年</th></tr>
<tr><th>收入</th><th>增速</th></tr></thead>
<tbody><tr><td>甲园区</td><td>30亿元</td><td>8%</td></tr>
<tr><td colspan="2">乙园区（合并单元格）</td><td>5%</td></tr></tbody></table>
<p>{OUTRO}</p></body></html>""",
        encoding="utf-8",
    )


def _docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("园区统计表", level=1)
    d.add_paragraph(INTRO)
    t = d.add_table(rows=3, cols=3)
    for i, row in enumerate(
        [["园区", "2023年", ""], ["", "收入", "增速"], ["甲园区", "30亿元", "8%"]]
    ):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    t.cell(0, 1).merge(t.cell(0, 2))  # a header cell over two columns
    t.cell(0, 0).merge(t.cell(1, 0))  # and one over two rows
    d.add_table(rows=0, cols=2)  # an empty table
    t = d.add_table(rows=2, cols=3)  # no header
    for i, row in enumerate(NO_HEADER):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    d.add_paragraph(OUTRO)
    d.save(str(path))


def _pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("b", fontName="STSong-Light", fontSize=11, leading=16)
    title = ParagraphStyle("t", fontName="STSong-Light", fontSize=18, leading=24)
    grid = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("FONT", (0, 0), (-1, -1), "STSong-Light"),
    ]
    merged = Table(
        [["园区", "2023年", ""], ["", "收入", "增速"], ["甲园区", "30亿元", "8%"]],
        style=TableStyle([*grid, ("SPAN", (1, 0), (2, 0)), ("SPAN", (0, 0), (0, 1))]),
    )
    plain = Table(NO_HEADER, style=TableStyle(grid))
    story = [Paragraph("园区统计表", title), Paragraph(INTRO, body), Spacer(1, 8), merged]
    story += [Spacer(1, 12), plain, Spacer(1, 12), Paragraph(OUTRO, body)]
    SimpleDocTemplate(str(path)).build(story)


MAKERS = {"html": _html, "docx": _docx, "pdf": _pdf}
EXPECTED = {
    "html": _cells(RAGGED) + _cells(NO_HEADER) + ["2023年", "收入", "增速", "乙园区（合并单元格）"],
    "docx": ["2023年", "收入", "增速", "甲园区", "30亿元", "8%"] + _cells(NO_HEADER),
    "pdf": ["2023年", "收入", "增速", "甲园区", "30亿元", "8%"] + _cells(NO_HEADER),
}


@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_malformed_tables_ingest_without_loss(tmp_path, fmt):
    path = tmp_path / f"tables.{fmt}"
    MAKERS[fmt](path)
    loaded = load_file(path)
    doc = build_document(loaded.parts, infer_title=loaded.infer_title)
    for text in EXPECTED[fmt] + [INTRO, OUTRO]:
        assert text in doc.text, (fmt, text)
    # Tables stay between the sentences around them.
    rows = [u for u in doc.units if u.kind in ("table_row", "table_header")]
    assert rows
    assert doc.text.find(INTRO) < rows[0].start and rows[-1].end < doc.text.find(OUTRO)
    # Every row is one line, and each body cell is named by its own column.
    for u in rows:
        assert "\n" not in doc.text[u.start : u.end]
        if u.header is not None:
            assert len(u.header) == len(u.cells)
    # The whole file prepares into chunks that reproduce their text.
    prepared = prepare_document(path, 280, 60)
    for c in prepared.chunks:
        assert prepared.text[c.start : c.end]


@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_multi_row_header_names_columns_without_shifting(tmp_path, fmt):
    path = tmp_path / f"tables.{fmt}"
    MAKERS[fmt](path)
    loaded = load_file(path)
    doc = build_document(loaded.parts, infer_title=loaded.infer_title)
    row = next(u for u in doc.units if u.kind == "table_row" and "30亿元" in (u.cells or []))
    named = dict(zip(row.cells, row.header or [], strict=True))
    assert "收入" in named["30亿元"] and "2023年" in named["30亿元"]
    assert "增速" in named["8%"]


def test_nested_table_rows_and_cells_stay_with_their_own_table():
    """A table inside a cell: the outer table has only its own rows and cells (the inner
    table's text is its cell's text), and a row a broken page nests in another row, or a
    cell nested in a cell, still counts, as a reader of the markup would count it."""
    from bs4 import BeautifulSoup

    from assistant.ingest.html_loader import html_table

    markup = (
        "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody>"
        "<tr><td>1</td><td><table><tr><td>x</td><td>y</td></tr></table></td></tr>"
        "<tr><td>2</td><td>3<td>4</td></td></tr>"
        "</tbody></table>"
    )
    soup = BeautifulSoup(markup, "html.parser")  # keeps the nesting as written
    outer = soup.find("table")
    table = html_table(outer)
    assert table.header_rows == 1
    assert table.rows[0] == ["a", "b"]
    assert table.rows[1] == ["1", "xy"]
    assert table.rows[2] == ["2", "34", "4"]
    assert html_table(outer.find("td").find_next("table")).rows == [["x", "y"]]
