"""The entry at a place of a list: which questions ask for one, and which rows hold it."""

import pytest

from assistant.answering.evidence import Sentence
from assistant.answering.positions import listed_position, position_of
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
