"""Money asked by its plain name (answering/asked_money.py): "补多少钱" is not answered by a
unit whose every figure is a count; an amount in yuan, or a share that may be the money's
rule, still answers."""

import pytest

from assistant.answering.asked_money import asks_money, counts_only
from assistant.answering.constraints import rejection
from assistant.answering.evidence import Sentence, Term
from assistant.answering.questions import analyze


def _unit(text: str) -> Sentence:
    return Sentence("d", "", "", 0, len(text), text, 1)


@pytest.mark.parametrize(
    "question,asked",
    [
        ("公司开通勤班车，管委会一年最多补多少钱？", True),
        ("报名要交几块钱？", True),
        # The verb of granting money right before an asking word that ends the question.
        ("被评为市级智能工厂的企业奖多少？", True),
        ("技改能补多少呢？", True),
        # Counter-examples: a count asked after the granting verb.
        ("补贴多少家企业？", False),
        ("奖多少个名额？", False),
        # Counter-examples: an amount asked without naming money, a count asked.
        ("通勤班车补贴最高多少？", False),
        ("通勤班车线路有多少条？", False),
    ],
)
def test_asks_money(question, asked):
    assert asks_money(question) is asked


@pytest.mark.parametrize(
    "text,only",
    [
        ("目前企业开行的通勤班车线路共38条，日均服务职工约1.1万人次。", True),
        ("2024年共有5家企业开行班车。", True),
        # A change or a share beside the counts is no money either.
        ("新建智能工厂等示范项目20个，技改投资增长10%。", True),
        # An amount in yuan, a share (the rule the money follows), or no figure at all.
        ("每家企业每年最高20万元。", False),
        ("按实际支出的50%给予补贴。", False),
        ("鼓励企业开行通勤班车。", False),
    ],
)
def test_counts_only(text, only):
    assert counts_only(_unit(text)) is only


def test_a_count_does_not_answer_how_much_money():
    question = "公司开通勤班车，管委会一年最多补多少钱？"
    terms = [Term("班车", 1.0, pos="n")]
    counts = _unit("目前通勤班车线路最多共38条，日均服务职工约1.1万人次。")
    money = _unit("对开行通勤班车的企业给予补贴，每家企业每年最多20万元。")
    aq = analyze(question)
    assert rejection(counts, 1.0, aq, terms, ()) == "money"
    assert rejection(money, 1.0, aq, terms, ()) is None
    # Asked without naming money, the count is not ruled out so.
    assert rejection(counts, 1.0, analyze("通勤班车最多多少？"), terms, ()) != "money"
