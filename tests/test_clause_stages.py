"""Two clauses of one question asking two facts though the second names no noun: a later
step ("审核通过后公示几天") or when a thing starts and how long it lasts. Each clause is a
part of its own. A document written for this test, answered by the real chain; and the
splitting, table-driven."""

import pytest

from assistant.answering.questions import split_parts
from tests.conftest import chain_over

RULES = """青岚新区人才驿站入住管理办法

第九条　管委会人才服务中心应当自收到申请材料之日起7个工作日内完成审核。审核通过的，在青岚新区门户网站公示3个工作日；公示无异议的，安排入住。

第十条　自2024年3月1日起，在全区开展为期2个月的人才驿站安全隐患排查行动，重点检查消防设施和用电安全。
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    return chain_over(tmp_path_factory.mktemp("clause_stages"), {"rules.txt": RULES})


def test_later_step_is_answered_on_its_own(chain):
    answer = chain.invoke("人才服务中心审核要多少天，审核通过后公示几天？")
    said = answer.direct_answer or ""
    assert "7个工作日" in said and "3个工作日" in said, said


def test_start_and_length_are_both_answered(chain):
    answer = chain.invoke("人才驿站隐患排查行动什么时候开始，要搞多长时间？")
    said = answer.direct_answer or ""
    assert "2024年3月1日" in said and "2个月" in said, said


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("人才服务中心审核要多少天，审核通过后公示几天？", 2),
        ("排查行动什么时候开始，要搞多长时间？", 2),
        # One asking clause, then the value it asks on about: one question.
        ("贷款利率是多少，现在降到多少了？", 1),
    ],
)
def test_splitting(question, parts):
    assert len(split_parts(question)) == parts
