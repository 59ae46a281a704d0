"""Tables typed in plain text: lines whose cells are set apart by ideographic spaces or
tabs are read as table rows with their header, not run together into one paragraph; prose
with an ideographic space after a clause number or between labels stays prose."""

from __future__ import annotations

import pytest

from assistant.ingest.clean import clean_text
from tests.helpers import answered, documents_chain

S = "\u3000"

ALIGNED = "\n".join(
    [
        "关于青湾园区标准厂房情况的说明",
        "",
        "一、厂房情况",
        "截至2024年底，园区共建成标准厂房3栋。具体如下：",
        f"序号{S}厂房名称{S}面积（平方米）{S}层数",
        f"1{S}东湖一号厂房{S}12000{S}4层",
        f"2{S}东湖二号厂房{S}8600{S}3层",
        f"3{S}西岭厂房{S}15400{S}5层",
        f"合计{S}{S}36000",
        "",
        "二、出租规定",
        f"第一条{S}厂房只租不售，承租企业不得转租。",
        f"联系人：王明{S}电话：0571-1234567",
    ]
)

TABBED = "各园区入驻企业如下：\n园区\t企业数（家）\t从业人员（人）\n北园\t42\t3100\n南园\t37\t2650"

PADDED = "\n".join(
    [
        "各类补贴标准如下：",
        f"类别{S}{S}{S}标准{S}{S}期限",
        f"租房补贴{S}每月800元{S}{S}{S}3年",
        f"购房补贴{S}{S}5万元{S}{S}{S}一次性",
    ]
)


def _rows(text: str) -> list[tuple[str, list[str], list[str] | None]]:
    doc = clean_text(text, infer_title=True)
    return [(u.kind, u.cells, u.header) for u in doc.units if u.kind.startswith("table")]


def test_ideographic_space_columns_are_table_rows_with_their_header():
    rows = _rows(ALIGNED)
    assert rows[0] == ("table_header", ["序号", "厂房名称", "面积（平方米）", "层数"], None)
    assert rows[2][1] == ["2", "东湖二号厂房", "8600", "3层"]
    assert rows[2][2] == ["序号", "厂房名称", "面积（平方米）", "层数"]
    # An empty cell (two separators in a row) keeps the total under its own column.
    assert rows[-1][1] == ["合计", "", "36000", ""]
    doc = clean_text(ALIGNED, infer_title=True)
    prose = [doc.text[u.start : u.end] for u in doc.units if not u.kind.startswith("table")]
    assert f"第一条{S}厂房只租不售，承租企业不得转租。" in prose
    assert any(p.startswith("联系人") for p in prose)


@pytest.mark.parametrize(
    "text, second",
    [
        (TABBED, ["南园", "37", "2650"]),
        # Columns padded with several separators throughout: a run is one gap.
        (PADDED, ["购房补贴", "5万元", "一次性"]),
    ],
)
def test_tabs_and_padded_columns_are_table_rows(text, second):
    rows = _rows(text)
    assert len(rows) == 3
    assert rows[-1][1] == second


@pytest.mark.parametrize(
    "text",
    [
        # Two lines of cells are a pair of labelled lines, not a table.
        f"联系人：王明{S}电话：1{S}传真：2\n联系人：李华{S}电话：3{S}传真：4",
        # Lines that end a sentence are prose, whatever their spacing.
        "\n".join(f"第{n}条{S}企业应当申报{S}逾期不予受理。" for n in "一二三"),
    ],
)
def test_prose_with_ideographic_spaces_stays_prose(text):
    assert _rows(text) == []


# A statistics report: a header over one row of figures, two columns set apart by a wide
# gap, group names on lines of their own inside a table, and a colophon after a list.
REPORT = "\n".join(
    [
        "青湾区2025年政务公开工作年度报告",
        "",
        "一、处理决定",
        "第（五）项",
        f"信息内容{S}{S}本年收费金额（单位：万元）",
        f"行政事业性收费{S}{S}58.6",
        "第（六）项",
        f"信息内容{S}{S}本年处理决定数量",
        f"行政处罚{S}{S}132",
        f"行政强制{S}{S}9",
        "",
        "三、复议情况",
        f"类别{S}{S}结果维持{S}{S}结果纠正{S}{S}总计",
        f"行政复议{S}{S}4{S}{S}2{S}{S}6",
        f"行政诉讼{S}{S}1{S}{S}0{S}{S}1",
        "",
        "二、申请办理情况",
        f"申请人情况{S}{S}自然人{S}{S}法人{S}{S}总计",
        f"一、本年新收申请数量{S}{S}20{S}{S}5{S}{S}25",
        "二、本年度办理结果",
        f"（一）予以公开{S}{S}11{S}{S}2{S}{S}13",
        f"（二）不予公开{S}{S}4{S}{S}1{S}{S}5",
        "",
        "附件：1．年度数据表",
        f"{S}{S}{S}2．典型案例汇编",
        "",
        f"青湾区管理委员会办公室{S}{S}{S}{S}2026年1月20日印发",
    ]
)


def test_narrow_tables_and_group_rows_are_read():
    doc = clean_text(REPORT, infer_title=True)
    rows = [(u.kind, u.cells, u.header) for u in doc.units if u.kind.startswith("table")]
    # A header over one row of figures, its unit in the header.
    assert rows[0] == ("table_header", ["信息内容", "本年收费金额（单位：万元）"], None)
    assert rows[1][1] == ["行政事业性收费", "58.6"]
    # Two columns set apart by a wide gap: no empty middle column.
    assert ("table_row", ["行政强制", "9"], ["信息内容", "本年处理决定数量"]) in rows
    # A group name inside a table is a row of it; the rows after it keep the header.
    assert ("table_row", ["二、本年度办理结果"], ["申请人情况"]) in rows
    assert (
        "table_row",
        ["（一）予以公开", "11", "2", "13"],
        ["申请人情况", "自然人", "法人", "总计"],
    ) in rows
    # A colophon set apart by a wide gap is not joined to the list item before it.
    texts = [doc.text[u.start : u.end] for u in doc.units]
    assert "2．典型案例汇编" in texts
    assert f"青湾区管理委员会办公室{S}{S}{S}{S}2026年1月20日印发" in texts


chain = documents_chain({"qinwan.txt": ALIGNED, "report.txt": REPORT}, "text_tables")


def test_a_plain_text_table_answers_a_row_question(chain):
    answered(chain, "青湾园区哪个厂房面积最大？", ["西岭厂房", "15400"])


def test_a_column_unit_is_said_and_its_header_quoted(chain):
    answer = answered(chain, "青湾区2025年行政事业性收费收了多少钱？", ["58.6万元"], ["58.6单位"])
    quotes = [c.quote for c in answer.citations]
    assert any("本年收费金额（单位：万元）" in q for q in quotes), quotes


def test_a_statistics_row_of_bare_whole_numbers_answers_a_count(chain):
    # The table names no unit: its whole numbers count what its rows name, in any classifier.
    answered(chain, "青湾区不予公开的申请有几件？", ["5"])


def test_each_part_reads_its_column_and_the_header_is_quoted(chain):
    # A part of a question counting one column of a statistics row; the header line is
    # quoted, since the row alone does not say which figure is which.
    answer = answered(
        chain, "青湾区行政复议，结果维持和结果纠正的各有几件？", ["结果维持：4", "结果纠正：2"]
    )
    quotes = [c.quote for c in answer.citations]
    assert any("结果维持 | 结果纠正" in q for q in quotes), quotes


def test_a_question_pointing_at_the_table_reads_it(chain):
    # "表里" points at the document's table (the segmenter makes it one word): no subject
    # of its own that no document names.
    answered(chain, "青湾园区标准厂房表里有哪几个厂房？", ["东湖一号厂房", "西岭厂房"])
