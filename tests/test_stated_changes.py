"""Values stated only as changes (answering/stated_changes.py): a unit saying how much a
thing grew states no amount of it, so a question asking the amount reads it lower."""

import pytest

from assistant.answering.evidence import Sentence, Term
from assistant.answering.extraction import TYPED, direct_span
from assistant.answering.measures import CHANGE_PENALTY, form_score
from assistant.answering.questions import analyze
from assistant.answering.stated_changes import other_kind_blanked, states_change_only


@pytest.mark.parametrize(
    "question,unit,only",
    [
        # An amount asked, a unit stating growth rates alone (its months are no amounts).
        ("出口多少？", "1—9月累计下降3.2%，其中出口同比增长2.7%，进口同比下降15.6%。", True),
        ("示例区营业收入是多少？", "营业收入比上年增长12.5%。", True),
        # The unit states the amount too, whatever its unit ("辆", "亿元").
        ("新能源汽车产量多少？", "新能源汽车产量突破12万辆，同比增长35.2%。", False),
        ("出口多少？", "其中出口总额3482.5亿元，同比增长5.2%。", False),
        # The question asks the change, a rate or a share itself.
        ("出口增长了多少？", "其中出口同比增长2.7%。", False),
        ("出口涨了多少？", "其中出口同比增长2.7%。", False),
        ("出口增速是多少？", "其中出口同比增长2.7%。", False),
        ("出口占比多少？", "其中出口同比增长2.7%。", False),
        # No change stated at all.
        ("出口多少？", "出口形势总体平稳。", False),
    ],
)
def test_states_change_only(question, unit, only):
    assert states_change_only(question, unit) == only


def test_an_amount_asked_prefers_the_unit_stating_it():
    rate = "其中出口同比增长2.7%，进口同比下降15.6%。"
    amount = "其中出口总额3482.5亿元，进口总额2587.2亿元。"
    assert form_score("number", "出口多少？", rate) == pytest.approx(
        form_score("number", "出口多少？", amount) - CHANGE_PENALTY
    )
    # Other answer types are not asking an amount.
    assert form_score("yesno", "出口增长了吗？", rate) == form_score(
        "yesno", "出口增长了吗？", amount
    )


@pytest.mark.parametrize(
    "question,text,kept",
    [
        # An amount asked: a share of the total and a change are no amount of it.
        ("重点项目的总投资是多少？", "总投资166.4亿元，占全部重点项目总投资的68.0%", "166.4亿元"),
        ("年均浓度是多少？", "年均浓度较上年下降3%，新建监测点位40个", "40个"),
        # A move to a level ("提高到7%") states the level reached.
        ("补助比例是多少？", "补助比例提高到7%", "提高到7%"),
        ("补助上限是多少？", "补助提高到7%", "提高到7%"),
        # The question asks the share or the change itself: nothing is blanked.
        ("在总产值中占多少？", "占规模以上工业总产值的比重为73.9%", "73.9%"),
        ("投资增长了多少？", "投资比上年增长25.3%", "25.3%"),
    ],
)
def test_other_kinds_are_blanked_when_an_amount_is_asked(question, text, kept):
    blanked = other_kind_blanked(question, text)
    assert len(blanked) == len(text)
    assert kept in blanked


@pytest.mark.parametrize(
    "question,text,gone",
    [
        ("重点项目的总投资是多少？", "总投资166.4亿元，占全部重点项目总投资的68.0%", "68.0%"),
        ("年均浓度是多少？", "年均浓度较上年下降3%，新建监测点位40个", "3%"),
    ],
)
def test_blanked_values_are_gone(question, text, gone):
    assert gone not in other_kind_blanked(question, text)


def test_a_share_clause_does_not_answer_for_the_total():
    """The clause naming the total only as a share's base is passed over for the amount."""
    text = "汽车领域项目10个，总投资166.4亿元，占全部重点项目总投资的68.0%。"
    sent = Sentence("d", "", "", 0, len(text), text, 1)
    terms = [Term(w, 1.0, pos="n") for w in ("重点项目", "总投资")]
    question = "重点项目的总投资是多少？"
    pieces = direct_span(text, sent, terms, analyze(question), TYPED["number"])
    assert "166.4亿元" in text[pieces[0][0] : pieces[-1][1]]
    # A question asking the share is answered by it.
    share = "重点项目总投资中汽车领域占多少？"
    pieces = direct_span(text, sent, terms, analyze(share), TYPED["number"])
    assert "68.0%" in text[pieces[0][0] : pieces[-1][1]]
