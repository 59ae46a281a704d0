"""A row placed down a measure's column ("权重排第二的是哪一项"): the question names the
measure, not a rank, so it is looked for by the measure's words (no rank headers added to
the search)."""

from __future__ import annotations

import pytest

from assistant.answering.question_words import places_by_measure
from assistant.answering.questions import analyze


@pytest.mark.parametrize(
    ("question", "placed"),
    [
        ("六项评价指标里，权重排第二的是哪一项？", True),
        ("12个项目里得分排第二的是哪个？", True),
        ("2025年计划投资排第二的是哪个项目？", True),
        # A rank itself: asked without a measure, or of a named zone, or within a scope.
        ("排第四的是哪个经开区？", False),
        ("附表里排在第4位的是哪个行业？", False),
        ("东侨经济技术开发区排在第26位，它所在的省份是哪个？", False),
        ("在全省排第一的是哪个开发区？", False),
    ],
)
def test_a_place_after_a_measure_places_a_row(question, placed):
    assert places_by_measure(question) is placed
    # The rank headers' words are searched for beside a rank only.
    assert ("位次" in analyze(question).retrieval_query) is not placed
