"""A list question answered by one sentence stating several things at once, its clauses
joined by a conjunction ("须依法纳税，且已享受加计扣除"): the sentence is the list. A clause
opening with a word that only starts like a conjunction ("及时") joins nothing. Examples and
counter-examples."""

import pytest

from assistant.answering.covering import _joins_clauses


@pytest.mark.parametrize(
    ("text", "joins"),
    [
        ("享受本项奖励的企业须在园区依法纳税，且研发费用已按规定享受加计扣除政策。", True),
        ("申请人应当具有本科以上学历，并取得相应职业资格。", True),
        # Counter-examples: "及时" is a word, not "及"; one clause joins nothing.
        ("各片区要持续跟踪案例实施效果，及时总结提炼，积极申报最佳实践案例。", False),
        ("企业应当在园区依法纳税。", False),
    ],
)
def test_clauses_joined_by_a_conjunction(text, joins):
    assert _joins_clauses(text) is joins
