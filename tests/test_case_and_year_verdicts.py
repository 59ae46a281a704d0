"""Yes/no questions whose case or year the document states in other words: a condition
opened by a conjunction ("如果…"), a year a stated span holds ("2027年才到期" against
"2025年之后仍有效"), and a statement about two years of which the question names one
(answering/cases.py, measures.within_stated_range, holding.asked_year_parts). Table-driven
examples and counter-examples, and an invented notice over a real index."""

import pytest

from assistant.answering.holding import asked_year_parts
from assistant.answering.measures import within_stated_range
from assistant.messages import msg
from tests.helpers import answered, documents_chain


@pytest.mark.parametrize(
    "number,question,text,within",
    [
        # A year after or before a stated year.
        ("2027", "资格2027年到期的企业能参加吗？", "资格在2025年之后仍有效的企业", True),
        ("2023", "资格2023年到期的企业能参加吗？", "资格在2025年之后仍有效的企业", False),
        ("2023", "2023年成立的企业能申报吗？", "2024年以前成立的企业", True),
        ("2026", "2026年成立的企业能申报吗？", "2024年以前成立的企业", False),
        # A span within a number of years ("毕业3年内").
        ("2", "本科毕业2年的职工有优惠吗？", "毕业3年内的本科职工", True),
        ("4", "本科毕业4年的职工有优惠吗？", "毕业3年内的本科职工", False),
    ],
)
def test_a_year_within_a_stated_span(number, question, text, within):
    assert within_stated_range(number, question, text) is within


@pytest.mark.parametrize(
    "clause,question,kept",
    [
        # The part about another year is left out.
        ("2024年的项目已完成,2025年不再安排。", "2024年的项目完成了吗", "2024年的项目已完成,"),
        # Parts without a year, or with the asked one, stay.
        ("项目已完成,2025年不再安排。", "2025年还安排吗", "项目已完成,2025年不再安排。"),
        # No year asked: the clause as it is.
        (
            "2024年的项目已完成,2025年不再安排。",
            "项目完成了吗",
            "2024年的项目已完成,2025年不再安排。",
        ),
        # Nothing left: the clause as it is.
        ("2025年不再安排。", "2024年的项目完成了吗", "2025年不再安排。"),
    ],
)
def test_asked_year_parts(clause, question, kept):
    assert asked_year_parts(clause, question) == kept


NOTICE = """青禾经开区关于举办2025年企业培训的通知

一、参加对象
企业资格在2025年之后仍在有效期内的，本次原则上不列为参加对象。

二、报送要求
各企业须于每月10日前报送统计报表，逢法定节假日顺延。如果企业逾期未报送，园区将予以通报。

三、资金安排
2024年安排的锅炉改造补助项目已完成，2025年不再安排。
"""

chain = documents_chain({"notice.txt": NOTICE}, "case_year")


@pytest.mark.parametrize(
    "question,verdict,said",
    [
        # "如果" opens the case; it is no word of it.
        ("如果10号正好是法定节假日，统计报表报送能顺延吗？", "answer_yes", "顺延"),
        # 2027 lies after 2025: the case is stated, and barred.
        ("企业资格2027年才到期，是本次培训的参加对象吗？", "answer_no", "不列为参加对象"),
        # The 2025 part denies nothing of the 2024 project.
        ("2024年安排的锅炉改造补助项目已经完成了吗？", "answer_yes", "已完成"),
    ],
)
def test_case_and_year_decide(chain, question, verdict, said):
    direct = answered(chain, question, said).direct_answer
    assert direct.startswith(msg(verdict).rstrip("。")), direct
