"""A table's header line names columns and states nothing (answering/header_lines.py): a
yes/no sharing the column names gets no verdict from it. End to end over an invented
project plan whose table header repeats the question's words."""

import pytest

from assistant.messages import msg
from tests.conftest import chain_over

PLAN = (
    "# 青禾区2025年重点建设项目计划\n\n"
    "| 序号 | 项目名称 | 建设内容及规模 | 建设起止年限 | 责任单位 |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 1 | 滨河路改造工程 | 改造道路2.1公里 | 2025—2026年 | 区建设局 |\n"
    "| 2 | 青禾科创园 | 新建厂房5万平方米 | 2024—2025年 | 区投资公司 |\n"
)


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    return chain_over(tmp_path_factory.mktemp("header_line"), {"plan.md": PLAN})


def test_column_names_give_no_verdict(chain):
    answer = chain.invoke("责任单位能不能自己改一下项目的建设内容和建设起止年限？")
    assert not answer.direct_answer.startswith((msg("answer_yes"), msg("answer_no")))


def test_a_row_still_answers(chain):
    answer = chain.invoke("滨河路改造工程的责任单位是区建设局吗？")
    assert answer.direct_answer.startswith(msg("answer_yes"))
