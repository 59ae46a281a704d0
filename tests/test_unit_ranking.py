"""The unit-ranking diagnostic places each question's evidence unit in the answerer's own
ranking and crosses that with the scored outcome. Documents invented for the test; real
index, models and chain."""

import pytest

from assistant.evaluation.runner import Evidence, GoldItem
from assistant.evaluation.unit_ranking import PLACES, measure
from tests.conftest import chain_over

DOCS = {
    "zone.md": """# 示例新区建设情况介绍

## 基本情况

示例新区位于甲市东部，规划面积为48平方公里，常住人口约12万人。

## 产业扶持

对新引进的研发机构，按照实际投入的20%给予补助，最高500万元。

## 人才政策

新区每年安排人才专项资金3000万元，用于引进高层次人才。
""",
}


def _item(qid: str, question: str, facts: list[str], quote: str) -> GoldItem:
    return GoldItem(
        id=qid,
        question=question,
        type="number",
        answer=facts[0],
        must_include=facts,
        evidence=[Evidence(doc_id="zone", quote=quote)],
    )


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    chain = chain_over(tmp_path_factory.mktemp("unitrank"), DOCS)
    items = [
        _item("area", "示例新区的规划面积是多少？", ["48平方公里"], "规划面积为48平方公里"),
        # Gold evidence that is not the answering unit: the answer passes, but the
        # evidence unit is not the one ranked first or cited.
        _item("elsewhere", "示例新区的规划面积是多少？", ["48平方公里"], "人才专项资金3000万元"),
        # A fact the answer does not hold: a wrong answer, from the evidence unit.
        _item("wrong", "示例新区的规划面积是多少？", ["60平方公里"], "规划面积为48平方公里"),
        # Not answerable: left out of the table.
        GoldItem(id="none", question="示例新区的GDP是多少？", type="unanswerable", answer=""),
    ]
    return measure(chain, items)


def test_questions_with_evidence_are_placed(result):
    assert result["questions"] == 3
    assert {r["id"] for r in result["rows"]} == {"area", "elsewhere", "wrong"}
    assert sum(sum(row.values()) for row in result["table"].values()) == 3


def test_evidence_unit_answering_is_first_and_cited(result):
    row = next(r for r in result["rows"] if r["id"] == "area")
    assert (row["outcome"], row["place"], row["cited_evidence"]) == ("passed", "first", True)


def test_evidence_elsewhere_is_not_first(result):
    row = next(r for r in result["rows"] if r["id"] == "elsewhere")
    assert row["outcome"] == "passed"
    assert row["place"] in PLACES and row["place"] != "first"
    assert not row["cited_evidence"]


def test_wrong_answer_from_the_evidence_unit_is_counted(result):
    row = next(r for r in result["rows"] if r["id"] == "wrong")
    assert (row["outcome"], row["place"], row["cited_evidence"]) == ("wrong", "first", True)
    assert result["wrong_citing_evidence"] == 1
    assert result["table"]["wrong"]["first"] == 1
