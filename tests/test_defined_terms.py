"""A rule defining its own term ("本计划所称重点项目，是指总投资2亿元以上…") bounds what the
term covers: its amount is no amount of the thing, so a number question asking an amount
reads it lower (measures.defines_term, DEFINITION_PENALTY)."""

import pytest

from assistant.answering.measures import DEFINITION_PENALTY, defines_term, form_score

DEFINING = "本计划所称重点项目，是指总投资2亿元以上、年内有实物工作量的产业项目。"
STATING = "2025年，全区共安排重点项目20个，2025年计划投资62.6亿元。"


@pytest.mark.parametrize(
    "qtype,question,text,defines",
    [
        ("number", "重点项目计划投资多少钱？", DEFINING, True),
        # Counter-examples: a unit stating the amount, a question asking what the term
        # means, another answer type.
        ("number", "重点项目计划投资多少钱？", STATING, False),
        ("number", "重点项目是指总投资多少以上的项目？", DEFINING, False),
        ("definition", "什么是重点项目？", DEFINING, False),
    ],
)
def test_defines_term(qtype, question, text, defines):
    assert defines_term(qtype, question, text) is defines


def test_the_stated_amount_wins_a_near_tie():
    question = "重点项目计划投资多少钱？"
    assert form_score("number", question, DEFINING) == pytest.approx(
        form_score("number", question, STATING) - DEFINITION_PENALTY
    )
