"""Money asked by its plain name (answering/asked_money.py): "补多少钱" is not answered by a
unit whose every figure is a count, nor by an answer stating no money at all (a date, a
list item's number); an amount in yuan, or a share that may be the money's rule, still
answers."""

import pytest

from assistant.answering.asked_money import asks_money, counts_only, states_money
from assistant.answering.constraints import rejection
from assistant.answering.evidence import Sentence, Term
from assistant.answering.person_names import answers_asked
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


@pytest.mark.parametrize(
    "text,money",
    [
        ("拟兑现扶持资金共计1948.80万元。", True),
        ("金额（万元）：420.00", True),  # a row's column names the unit
        ("按实际设备投资额的5%给予奖励。", True),  # a share: the money's rule
        ("单个项目最高补助100万。", True),
        ("给予一次性奖励五十万元。", True),
        # Any other figure may be money the patterns miss (counts are turned down earlier).
        ("共开通班车线路12条。", True),
        # Counter-examples: a list item's number and a year, a date and an ordinal.
        ("附件：1. 示例开发区2025年度产业扶持资金拟兑现项目明细表。", False),
        ("《实施细则》已经2026年3月12日管委会第9次常务会议审议通过。", False),
    ],
)
def test_states_money(text, money):
    assert states_money(text) is money


@pytest.mark.parametrize(
    "question,direct,fits",
    [
        ("这批扶持资金一共打算兑现多少钱？", "附件：1. 扶持资金拟兑现项目明细表。", False),
        ("这批扶持资金一共打算兑现多少钱？", "拟兑现扶持资金共计1948.80万元。", True),
        # A number not asked as money: any figure may answer.
        ("这批一共兑现了多少个项目？", "附件：1. 扶持资金拟兑现项目明细表。", True),
    ],
)
def test_money_asked_is_answered_by_money(question, direct, fits):
    assert answers_asked(analyze(question), direct) is fits
