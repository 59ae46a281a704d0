"""One sentence stating the same measure for two cases ("法定…3个工作日，承诺…1个工作日"):
a question naming neither case is answered by both clauses, one naming a case by its own
(answering/parallel_values.py). Documents invented for the test; real index, models and
chain."""

import pytest

from assistant.answering.parallel_values import parallel_clause
from tests.conftest import chain_over


@pytest.mark.parametrize(
    "clause,nxt,question,parallel",
    [
        ("法定办结时限为5个工作日", "承诺办结时限为2个工作日", "登记一般几天能办好？", True),
        # The question names one case: its clause alone answers.
        ("法定办结时限为5个工作日", "承诺办结时限为2个工作日", "登记的承诺办结时限是几天？", False),
        # Another measure, or a long clause about something else.
        ("法定办结时限为5个工作日", "公示期为7天", "登记一般几天能办好？", False),
        (
            "法定办结时限为5个工作日",
            "申请人对补正材料有异议的可在办结时限为届满前提出",
            "登记一般几天能办好？",
            False,
        ),
    ],
)
def test_parallel_clause(clause, nxt, question, parallel):
    assert parallel_clause(clause, nxt, question) == parallel


DOCS = {
    "guide.md": """# 示例区企业投资项目登记办事指南

## 一、办理时限

法定办结时限为5个工作日，承诺办结时限为2个工作日；登记信息齐全的即时办结。

## 二、收费标准

不收费。
""",
}


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    return chain_over(tmp_path_factory.mktemp("parallel"), DOCS)


def test_neither_case_named_gives_both(chain):
    said = chain.invoke("项目登记一般几天能办好？").direct_answer
    assert "5个工作日" in said and "2个工作日" in said


def test_a_named_case_gives_its_own(chain):
    said = chain.invoke("项目登记的承诺办结时限是几个工作日？").direct_answer
    assert "2个工作日" in said and "5个工作日" not in said
