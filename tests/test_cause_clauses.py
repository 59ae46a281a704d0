"""An amount asked of a measure is not answered by a unit naming that measure only in the
cause it gives for another figure (table-driven over cited_titles.only_cited, which
constraints.rejection applies as the "cited" rejection)."""

import pytest

from assistant.answering.cited_titles import only_cited
from assistant.answering.evidence import Term
from assistant.text import normalize

MEETINGS = [Term("会议费", 5.0, (), pos="n"), Term("预算", 2.0, (), pos="v")]
IMPORTS = [Term("进口", 4.4, (), pos="vn"), Term("平均水平", 5.0, (), pos="n")]

# (question type, terms, unit text, rejected)
CASES = [
    # The measure only in the cause of another figure's fall.
    ("number", MEETINGS, "公共服务支出2万元，比上年减少1万元，主要原因是压减会议费等支出。", True),
    # The unit states the measure's own amount.
    ("number", MEETINGS, "会议费预算5万元，主要原因是压减会议费。", False),
    # A framed cause ("受…影响") holds its cause within itself: the rest is the unit's own.
    (
        "number",
        IMPORTS,
        "进口总额103.5亿元，受疫情影响同比下降1.6%，比全省平均水平高7.3个百分点。",
        False,
    ),
    # A reason asked is answered by the cause.
    ("reason", MEETINGS, "公共服务支出2万元，主要原因是压减会议费等支出。", False),
    # No figure outside the cause: left to the other rules.
    ("number", MEETINGS, "支出减少，主要原因是压减会议费等支出。", False),
]


@pytest.mark.parametrize(("qtype", "terms", "text", "rejected"), CASES)
def test_measure_named_only_in_a_cause(qtype, terms, text, rejected):
    assert only_cited("会议费预算是多少？", qtype, normalize(text), "", terms) is rejected
