"""A number asked in all ("一共有多少件") of a table row whose columns split the count (by
kind of applicant) beside a total column is read from the total column. Every document
here is invented for the test; the answers come from the real index, models and chain."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.evidence import Sentence
from assistant.answering.total_columns import asks_total, total_column
from tests.conftest import chain_over
from tests.helpers import answered

REPORT = """# 示例新区2025年信访事项办理年度报告

## 一、办理情况

| 办理情况 | 来信 | 来访 | 总计 |
|---|---|---|---|
| 当场答复 | 21 | 9 | 30 |
| 转办处理 | 14 | 5 | 19 |
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(tmp_path_factory.mktemp("total_columns"), {"report.md": REPORT})


def test_a_count_in_all_reads_the_total_column(chain):
    answered(chain, "转办处理的一共有多少件？", ["19"])


def test_a_named_column_still_answers(chain):
    answered(chain, "转办处理的来信有多少件？", ["14"])


@pytest.mark.parametrize(
    "question,expected",
    [
        ("一共有多少件？", True),
        ("总共多少人？", True),
        ("合计金额是多少？", True),
        ("来信有多少件？", False),
        ("共有几个？", False),  # a bare 共 is not asked in all
    ],
)
def test_asks_total(question, expected):
    assert asks_total(question) is expected


def _row(header, cells):
    return Sentence(
        doc_id="d",
        title="t",
        section="",
        start=0,
        end=1,
        text=" | ".join(cells),
        rank=1,
        header=tuple(header),
        cells=tuple(cells),
    )


def test_total_column():
    header = ["办理情况", "来信", "来访", "总计"]
    row = _row(header, ["转办处理", "14", "5", "19"])
    assert total_column(row, "一共多少件？", {"办理情况"}) == "总计"
    assert total_column(row, "有多少件？", {"办理情况"}) is None  # not asked in all
    no_total = _row(["办理情况", "来信", "来访"], ["转办处理", "14", "5"])
    assert total_column(no_total, "一共多少件？", set()) is None
