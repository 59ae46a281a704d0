"""Rates against counts (answering/rates.py, grammar resources/rate_grammar.yaml): a value
stated per something is not the count a question asks, and a question asking per something
wants such a value. Table-driven examples and counter-examples, then invented documents on
a real index."""

import pytest

from assistant.answering.constraints import states_count
from assistant.answering.measures import states_classifier
from assistant.answering.rates import BASE, RATE, asks_rate, rate_role, says_rate
from tests.helpers import answered, documents_chain


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("每千平方米几家", True),
        ("每家企业补助多少", True),
        ("每培育1家毕业企业", True),
        # Counter-examples: no rate word, or a word that only holds one.
        ("孵化器里得有几家企业", False),
        ("每当企业迁入时", False),
        ("每逢节假日顺延", False),
        ("每每提及", False),
    ],
)
def test_says_rate(text, rate):
    assert says_rate(text) is rate


@pytest.mark.parametrize(
    ("question", "rate"),
    [
        ("每千平方米要几家？", True),
        ("一名企业服务专员最多联系几家企业？", True),
        ("单个项目最多支持几家单位联合申报？", True),
        ("一家企业最多申报几个项目？", True),
        # Counter-examples: a count of the whole, an ordinal, a longer numeral, a total.
        ("孵化器里得有几家企业？", False),
        ("第一个认定的孵化器有几家企业？", False),
        ("十一家企业中有几家获评？", False),
        # "The same one": documents limit it so too ("同一供应商最多只能中标2个采购包").
        ("同一家供应商最多能中几个包？", False),
        ("一共认定了几家企业？", False),
        ("要新培育多少家制造业单项冠军企业？", False),
        ("有几家申报单位通过评审？", False),
    ],
)
def test_asks_rate(question, rate):
    assert asks_rate(question) is rate


@pytest.mark.parametrize(
    ("text", "value", "role"),
    [
        ("每千平方米平均在孵企业不少于4家", "4家", RATE),
        ("每年新增企业不少于10家", "10家", RATE),
        ("孵化器每培育1家毕业企业并留在本区的", "1家", BASE),
        ("每1家企业补助5万元", "1家", BASE),
        # Counter-examples: the rate word is in another clause, or after the value.
        ("在孵企业不少于30家，且每千平方米平均在孵企业不少于4家", "30家", None),
        ("每年申报一次；认定企业不超过10家", "10家", None),
        ("入驻企业20家，每家补助5万元", "20家", None),
        ("每当企业迁入满10家时", "10家", None),
    ],
)
def test_rate_role(text, value, role):
    assert rate_role(text, text.index(value)) == role


@pytest.mark.parametrize(
    ("text", "question", "states"),
    [
        # A count asked as a count: a clause without a rate word states it.
        ("在孵企业不少于30家，且每千平方米平均在孵企业不少于4家", "几家企业", True),
        ("企业数量不少于30家", "几家企业", True),
        # ... and a value per something does not (per firm, per area, per year).
        ("孵化器每培育1家毕业企业并留在本区的，给予5万元奖励", "几家企业", False),
        ("每千平方米平均在孵企业不少于4家", "几家企业", False),
        ("每年新增企业不少于10家", "几家企业", False),
        # A question asking per something wants the value per it.
        ("在孵企业不少于30家，且每千平方米平均在孵企业不少于4家", "每千平方米几家企业", True),
        ("在孵企业不少于30家", "每千平方米几家企业", False),
        ("每名专员联系企业不超过5家", "一名专员最多联系几家企业", True),
        ("每名专员联系企业不超过5家", "共有几家企业", False),
        ("孵化器每培育1家毕业企业并留在本区的，给予5万元奖励", "每千平方米几家企业", False),
    ],
)
def test_states_count_as_asked(text, question, states):
    assert states_count(text, "家", "企业", question) is states


@pytest.mark.parametrize(
    ("text", "question", "states"),
    [
        ("入驻企业不少于20家，且每千平方米平均入驻企业不少于5家", "每千平方米至少几家", True),
        ("入驻企业不少于20家，且每千平方米平均入驻企业不少于5家", "至少要有多少家", True),
        # Counter-examples: only a rate for a count, only a count for a rate.
        ("每千平方米平均入驻企业不少于5家", "至少要有多少家", False),
        ("入驻企业不少于20家", "每千平方米至少几家", False),
        # A value said of the same one thing the question asks per ("单个项目") is per it;
        # the one thing elsewhere, or another one, is not.
        ("单个项目用地面积原则上不少于20亩、不超过300亩", "单个项目最多多少亩", True),
        ("项目用地面积不超过300亩，单个项目补助不超过50万元", "单个项目最多多少亩", False),
        ("单个项目用地面积原则上不超过300亩", "一家企业最多多少亩", False),
    ],
)
def test_states_classifier_as_asked(text, question, states):
    classifiers = ("亩",) if "亩" in question else ("家", "户")
    assert states_classifier(text, classifiers, question) is states


RULES = (
    "青禾高新区科技企业孵化器管理办法\n\n"
    "第八条　孵化器每培育1家毕业企业并留在本区继续发展的，给予孵化器5万元奖励。\n\n"
    "第九条　申请认定区级孵化器，应当具备下列条件：\n\n"
    "（一）孵化场地面积不低于3000平方米；\n\n"
    "（二）在孵企业不少于25家，且每千平方米平均在孵企业不少于6家；\n\n"
    "（三）专职服务人员不少于4名。\n"
)

chain = documents_chain({"incubators.txt": RULES}, "rates")


@pytest.mark.parametrize(
    "question",
    ["区级孵化器在孵企业得有几家？", "认定区级孵化器要有几家企业？"],
)
def test_a_count_is_not_answered_by_a_rate(chain, question):
    answered(chain, question, "25家", absent="1家")


def test_a_rate_is_answered_by_the_value_per_unit(chain):
    answered(chain, "孵化器每千平方米要有几家？", "6家", absent="1家")
