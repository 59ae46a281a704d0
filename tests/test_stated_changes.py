"""Values stated only as changes (answering/stated_changes.py): a unit saying how much a
thing grew states no amount of it, so a question asking the amount reads it lower."""

import pytest

from assistant.answering.measures import CHANGE_PENALTY, form_score
from assistant.answering.stated_changes import states_change_only


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
