"""A rank question falling back on a covering unit needs a rank or a move by places in it,
never another figure of a unit that happens to name the ranked subject (a page's view
count, its date)."""

import pytest

from assistant.answering.covering import _PLACES
from assistant.answering.extraction import TYPED, pattern_hit


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("综合排名第21位", True),
        ("较上年上升2位", True),
        ("由第3位降至第5位，降幅最大", True),
        ("位列全省第十名", True),
        # Counter-examples: a view count, a date, an amount.
        ("发布日期：2025年2月17日　浏览次数：1286", False),
        ("总投资12.5亿元", False),
    ],
)
def test_a_rank_statement(text, states):
    assert (pattern_hit(TYPED["ranking"], text) or bool(_PLACES.search(text))) is states
