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


chain = documents_chain({"qinwan.txt": ALIGNED}, "text_tables")


def test_a_plain_text_table_answers_a_row_question(chain):
    answered(chain, "青湾园区哪个厂房面积最大？", ["西岭厂房", "15400"])
