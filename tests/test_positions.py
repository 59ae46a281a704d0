"""The entry at a place of a list: which questions ask for one, and which rows hold it."""

import pytest

from assistant.answering.evidence import Sentence
from assistant.answering.positions import (
    listed_position,
    listed_positions,
    position_of,
    rows_at,
)
from assistant.answering.questions import analyze


@pytest.mark.parametrize(
    "question,position",
    [
        ("名单上第3家是哪个企业？", 3),
        ("公示名单里第十二个是哪家单位？", 12),
        ("清单中第2项是什么任务？", 2),
        # Counter-examples: a rank of merit, an article, a batch, a third party.
        ("综合排名第3家的是哪个开发区？", None),
        ("第三条规定了什么？", None),
        ("第五批名单有哪些企业？", None),
        ("第三方机构是哪个？", None),
        ("第3位是哪个开发区？", None),
    ],
)
def test_listed_position(question, position):
    assert listed_position(analyze(question)) == position


def _row(header, cells, title="拟认定名单的公示"):
    text = " | ".join(cells)
    return Sentence("d", title, "", 0, len(text), text, 1, header=header, cells=cells)


@pytest.mark.parametrize(
    "row,position",
    [
        # A serial column numbers a list of names, whatever its title says.
        (_row(("序号", "企业名称"), ("3", "甲公司")), 3),
        (_row(("编号", "项目"), ("12", "乙项目")), 12),
        # A rank column is a place too.
        (_row(("排名", "开发区"), ("5", "丙开发区"), title="综合排名"), 5),
        # Counter-examples: no column numbers the entries, or the cell is no number.
        (_row(("企业名称", "所在园区"), ("甲公司", "科技园")), None),
        (_row(("序号", "企业名称"), ("（三）", "甲公司")), None),
    ],
)
def test_position_of(row, position):
    assert position_of(row) == position


@pytest.mark.parametrize(
    "question,places",
    [
        # Counted from the end (tables.last_words, tables.from_end).
        ("名单最后一家是哪个企业？", [-1]),
        ("清单最末一项是什么？", [-1]),
        ("名单倒数第2家是哪家？", [-2]),
        ("公示名单倒数第三个是哪家单位？", [-3]),
        # Named by the serial number (tables.serial_headers, tables.serial_joiners).
        ("序号28的企业是哪家？", [28]),
        ("编号为12的项目是什么？", [12]),
        # Several places of one entry.
        ("名单最后一家、序号28的企业是哪家？", [-1, 28]),
        # Counter-examples: a deadline, a last time, a rank of merit, a serial with no number.
        ("申报的最后期限是哪天？", []),
        ("最后一次申报是什么时候？", []),
        ("综合排名倒数第2家是哪个开发区？", []),
        ("序号是怎么编的？", []),
    ],
)
def test_listed_positions(question, places):
    assert listed_positions(analyze(question)) == places


TABLE = [
    _row(("序号", "企业名称"), (str(n), name)) for n, name in ((1, "甲"), (2, "乙"), (3, "丙"))
]


@pytest.mark.parametrize(
    "places,expected",
    [
        ([-1], ["丙"]),
        ([-3], ["甲"]),
        ([2], ["乙"]),
        ([-1, 3], ["丙"]),
        # Counter-examples: places of two entries, a place beyond the list.
        ([-1, 2], []),
        ([-4], []),
        ([5], []),
    ],
)
def test_rows_at(places, expected):
    assert [r.cells[1] for r in rows_at(TABLE, TABLE, places)] == expected
