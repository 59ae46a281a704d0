"""A later clause naming its own subject before an additive adverb ("整改期又是多长"), or
opening with a year other than the earlier clause's, asks a fact of its own: it is a part,
kept in the setting of the clause before it. Table-driven over split_parts."""

import pytest

from assistant.answering.clause_turns import turned_ask
from assistant.answering.questions import split_parts


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        # An additive adverb after the clause's own subject: the setting clause is kept.
        (
            "项目被评为差后，要在多少天内提交整改方案，整改期又是多长？",
            ["项目被评为差后，要在多少天内提交整改方案", "项目被评为差后，整改期又是多长？"],
        ),
        (
            "发生较大事故时，现场处置由谁负责，区指挥部又做什么？",
            ["发生较大事故时，现场处置由谁负责", "发生较大事故时，区指挥部又做什么？"],
        ),
        # A year of its own: what both years are asked of is shared.
        (
            "示例区图解解读2024年占比多少，2025年计划提到多少？",
            ["示例区图解解读2024年占比多少", "示例区图解解读2025年计划提到多少？"],
        ),
    ],
)
def test_a_turned_clause_is_a_part(question, parts):
    assert split_parts(question) == parts


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("贷款利率是多少", "现在降到多少了？"),  # asks on about the same thing
        ("这项任务由哪些单位牵头", "又由哪些单位配合？"),  # an opening adverb: adds_ask's
        ("2024年出口多少", "2025年呢？"),  # nothing named before the earlier year
        ("示例区2024年出口多少", "2024年进口多少？"),  # the same year
    ],
)
def test_other_clauses_are_not_turned(left, right):
    assert turned_ask(left, right) is None
