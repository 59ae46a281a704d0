from pathlib import Path

import pytest

from assistant.index import Index
from assistant.ingest.loaders import LoaderError, discover, load_file
from assistant.ingest.pipeline import ingest
from assistant.ingest.prepare import prepare_document

BODY = "示范区共有83个开发区。招商引资签约项目541个。"


def make_pdf(path: Path, lines: list[str]) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setTitle("测试PDF")
    c.setFont("STSong-Light", 12)
    y = 760
    for line in lines:
        c.drawString(72, y, line)
        y -= 20
    c.save()


def make_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = "测试DOCX"
    d.add_heading("一号政策", level=1)
    d.add_paragraph(BODY)
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "开发区"
    table.rows[0].cells[1].text = "83个"
    d.save(str(path))


@pytest.fixture
def sample_files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "txt": tmp_path / "a.txt",
        "md": tmp_path / "b.md",
        "html": tmp_path / "c.html",
        "pdf": tmp_path / "d.pdf",
        "docx": tmp_path / "e.docx",
    }
    files["txt"].write_text("# 纯文本标题\n\n" + BODY, encoding="utf-8")
    files["md"].write_text(
        f"---\ntitle: 前言标题\nyear: 2021\n---\n# 小节\n\n{BODY}\n", encoding="utf-8"
    )
    files["html"].write_text(
        f"<html><head><title>网页标题</title><script>var x='不要';</script></head>"
        f"<body><h2>政策要点</h2><p>{BODY}</p><ul><li><p>列表项一。</p></li></ul></body></html>",
        encoding="utf-8",
    )
    make_pdf(files["pdf"], ["示范区共有83个开发区。", "招商引资签约项目541个。"])
    make_docx(files["docx"])
    return files


def test_each_loader_returns_text_and_metadata(sample_files):
    txt = load_file(sample_files["txt"])
    assert BODY in txt.raw_text

    md = load_file(sample_files["md"])
    assert md.metadata["title"] == "前言标题" and md.metadata["year"] == 2021
    assert "---" not in md.raw_text and BODY in md.raw_text

    html = load_file(sample_files["html"])
    assert html.metadata["title"] == "网页标题"
    assert "## 政策要点" in html.raw_text and BODY in html.raw_text
    assert "不要" not in html.raw_text
    assert html.raw_text.count("列表项一") == 1

    pdf = load_file(sample_files["pdf"])
    assert pdf.metadata["title"] == "测试PDF" and pdf.metadata["pages"] == 1
    assert "83个开发区" in pdf.raw_text

    docx = load_file(sample_files["docx"])
    assert docx.metadata["title"] == "测试DOCX"
    assert "# 一号政策" in docx.raw_text and BODY in docx.raw_text and "83个" in docx.raw_text


def test_prepared_documents_are_cleaned(sample_files):
    pdf = prepare_document(sample_files["pdf"], 280, 60)
    assert "示范区共有83个开发区。" in pdf.text
    html = prepare_document(sample_files["html"], 280, 60)
    assert html.sections[0]["title"] == "政策要点"
    assert html.chunks[0].section == "政策要点"


def test_sidecar_metadata_wins(tmp_path):
    f = tmp_path / "doc.txt"
    f.write_text(BODY, encoding="utf-8")
    (tmp_path / "doc.meta.json").write_text('{"title": "旁注标题", "year": 2020}', encoding="utf-8")
    loaded = load_file(f)
    assert loaded.metadata == {"title": "旁注标题", "year": 2020}


@pytest.mark.parametrize(
    "name,content,reason",
    [
        ("x.xlsx", b"PK\x03\x04junk", "unsupported file type"),
        ("broken.pdf", b"%PDF-1.4 this is not a pdf", "PDF"),
        ("broken.docx", b"not a zip at all", "DOCX"),
        ("binary.txt", b"\x00\x01\x02\x03" * 100, "binary"),
        ("gbk.txt", "示范区".encode("gbk"), None),
    ],
)
def test_bad_files_raise_clear_errors(tmp_path, name, content, reason):
    f = tmp_path / name
    f.write_bytes(content)
    if reason is None:
        assert load_file(f).raw_text == "示范区"
        return
    with pytest.raises(LoaderError) as err:
        load_file(f)
    assert name in str(err.value)
    assert reason in str(err.value)


def test_bad_file_among_good_ones(tmp_path, sample_files, settings):
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    index = Index(settings)
    report = ingest(index, [tmp_path])
    failed = sorted(Path(e["file"]).name for e in report.errors)
    assert failed == ["broken.pdf", "empty.txt"]
    assert report.documents == 5
    assert {d.title for d in index.documents.values()} == {
        "纯文本标题",
        "前言标题",
        "网页标题",
        "测试PDF",
        "测试DOCX",
    }


def test_a_folder_readme_is_not_a_document(tmp_path):
    (tmp_path / "docs").mkdir()
    for name in ("README.md", "readme.txt", "policy.md", "sub/README.html"):
        path = tmp_path / "docs" / name
        path.parent.mkdir(exist_ok=True)
        path.write_text("text", encoding="utf-8")
    found = [p.relative_to(tmp_path / "docs").as_posix() for p in discover([tmp_path / "docs"])]
    assert found == ["policy.md"]
    # Named on its own, a README is ingested like any file.
    assert discover([tmp_path / "docs" / "README.md"]) == [tmp_path / "docs" / "README.md"]


def test_pdf_line_that_a_wrapped_figure_left_short_continues_its_paragraph(tmp_path):
    # A figure such as 31.7% wraps whole, so the line before it stops a few characters
    # short of the margin without ending its paragraph; a line that stops further short
    # than the next line's first piece needs does end it.
    full = "第一行写满版心的宽度用来确定右边界的位置" * 2
    short = "其中工业投资比上年增长并且设备投资也在增长之中而且还在继续增长了" + "增长"
    pdf = tmp_path / "wrap.pdf"
    make_pdf(pdf, [full[:36], short[:33], "31.7%；基础设施投资下降。", "新的段落从这里开始。"])
    text = prepare_document(pdf, 280, 60).text
    assert short[:33] + "31.7%；基础设施投资下降。" in text
    assert "下降。\n\n新的段落从这里开始。" in text


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("**Q1：什么是后补助？**", "Q1：什么是后补助？"),
        ("详见[实施细则](https://example.org/x.html)。", "详见实施细则。"),
        ("![园区地图](map.png)", "园区地图"),
        ("代码`A01`适用。", "代码A01适用。"),
        # Not markup: form blanks, a note mark, a lone pair of stars with spaces inside.
        ("申请人：______（签字）", "申请人：______（签字）"),
        ("注*：以上数据为初步核算。", "注*：以上数据为初步核算。"),
        ("a ** b ** c", "a ** b ** c"),
    ],
)
def test_markdown_inline_marks_are_not_text(tmp_path, markdown, plain):
    path = tmp_path / "doc.md"
    path.write_text(f"# 标题\n\n{markdown}\n", encoding="utf-8")
    assert plain in load_file(path).raw_text
    assert plain in prepare_document(path, 280, 60).text


def test_pdf_figure_pushed_past_a_colon_stays_in_its_paragraph(tmp_path):
    # A line ending with a colon or a stop ends its paragraph for the cleaner, unless the
    # layout shows the next line's first piece was pushed down: room for a character was
    # left, but not for the whole figure.
    full = "第一行写满版心的宽度用来确定右边界的位置" * 2
    lead = "会务组联系人张三，电话：0797-8376215；材料组联系人李四，电话："
    pdf = tmp_path / "colon.pdf"
    make_pdf(pdf, [full[:36], lead, "0797-8376230，邮箱另行通知。", "附件：参会回执"])
    text = prepare_document(pdf, 280, 60).text
    assert lead + "0797-8376230，邮箱另行通知。" in text
    # A line that a single character would have fitted after: its colon ends it.
    assert "通知。\n\n附件：参会回执" in text


def test_pdf_table_cell_wrapped_between_chinese_characters_has_no_space(tmp_path):
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("b", fontName="STSong-Light", fontSize=11, leading=16)
    style = TableStyle(
        [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, -1), "STSong-Light")]
    )
    rows = [["项目名称", "签约额"], ["电驱动系统生产\n基地项目", "28.0"], ["Smart\nPark", "3.5"]]
    pdf = tmp_path / "cells.pdf"
    story = [Paragraph("现场签约项目如下。", body), Spacer(1, 8), Table(rows, style=style)]
    SimpleDocTemplate(str(pdf)).build(story + [Spacer(1, 8), Paragraph("以上项目均已审核。", body)])
    text = prepare_document(pdf, 280, 60).text
    assert "电驱动系统生产基地项目 | 28.0" in text
    assert "Smart Park | 3.5" in text
