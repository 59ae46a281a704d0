"""Qualifiers a question puts on what it asks about (answering/qualifiers.py), group by
group (resources/qualifier_grammar.yaml): examples and counter-examples, then the
constraints they set on small documents of our own."""

import pytest

from assistant.answering.constraints import rejection
from assistant.answering.evidence import Sentence, Term
from assistant.answering.measures import (
    change_stated,
    goal_measure_stated,
    measure_without_amount,
    within_stated_range,
)
from assistant.answering.qualifiers import asked_qualifiers, missing_qualifier, prefixed_run
from assistant.answering.questions import analyze


def unit(text: str, title: str = "", before: str = "", section: str = "") -> Sentence:
    return Sentence("d", title, section, 0, len(text), text, 1, before=before)


@pytest.mark.parametrize(
    "question,named",
    [
        # Relative ordinals, in either written form.
        ("下一次主任办公会议什么时候开？", [("下一次", "下次")]),
        ("下届论坛在哪里举办？", [("下一届", "下届")]),
        ("上一批名单有哪些企业？", [("上一批", "上批")]),
        # Phases written without their ordinal prefix.
        ("产业园一期建了多少厂房？", [("一期", "第一期", "1期", "首期")]),
        ("二期工程总投资多少？", [("二期", "第二期", "2期")]),
        # Counter-examples: a count of instalments, a time word, a plain ordinal, a next step.
        ("资金分三期拨付吗？", []),
        ("同一期间申报几个项目？", []),
        ("本期共有多少家企业？", []),
        ("第五批名单何时公布？", []),
        ("下一步工作重点是什么？", []),
        ("连续三期考核优秀的企业有什么奖励？", []),
    ],
)
def test_asked_qualifiers(question, named):
    assert asked_qualifiers(question) == named


@pytest.mark.parametrize(
    "question,context,missing",
    [
        ("下一次会议何时召开？", "会议决定，下次会议于5月召开", False),
        ("园区一期建了多少厂房？", "首期建设标准厂房8万平方米", False),
        ("园区一期建了多少厂房？", "第一期建设厂房8万平方米", False),
        # Counter-examples: another meeting, another phase.
        ("下一次会议何时召开？", "主任主持召开第6次主任办公会议", True),
        ("园区一期建了多少厂房？", "二期项目建设标准厂房18万平方米", True),
    ],
)
def test_missing_qualifier(question, context, missing):
    assert missing_qualifier(question, context) is missing


@pytest.mark.parametrize(
    "question,own,said",
    [
        (
            "位于生物城的瞪羚企业是哪家？",
            "（二）准瞪羚企业（8家）\n甲医疗有限公司（生物城）",
            "瞪羚企业",
        ),
        ("管委会主任是谁？", "管委会副主任：乙", "主任"),
        ("公有制企业可以申报吗？", "非公有制企业均可申报", "公有制企业"),
        # A modifier cut together with the prefix ("常务副") still makes a deputy.
        ("指挥部由谁担任总指挥？", "常务副总指挥由管委会副主任担任；", "总指挥"),
        # Counter-examples: the prefix closes a word, the plain word is said too, the
        # question says the prefixed word itself.
        ("建了多少厂房？", "建设标准厂房18万平方米", None),
        ("瞪羚企业有哪些？", "准瞪羚企业：甲公司；瞪羚企业：乙公司", None),
        ("瞪羚企业资格有效期多长？", "瞪羚企业和准瞪羚企业资格有效期均为3年", None),
        ("准瞪羚企业有哪些？", "准瞪羚企业：甲公司", None),
        ("哪些企业可以申报？", "并非所有企业均可申报", None),
        # A one-character word before the prefix is no modifier of its own ("批准").
        ("建设项目何时开工？", "经批准建设项目应当按期开工", None),
    ],
)
def test_prefixed_run(question, own, said):
    assert prefixed_run(question, own) == said


def test_prefixed_unit_is_rejected():
    aq = analyze("位于生物城的瞪羚企业是哪家？")
    terms = [Term("生物城", 1.0, pos="ns"), Term("企业", 2.0, pos="n", asked=True)]
    quasi = unit("甲医疗有限公司（生物城）", section="准瞪羚企业")
    real = unit("乙生物科技有限公司（生物城）", section="瞪羚企业")
    assert rejection(quasi, 1.0, aq, terms, ()) == "prefixed"
    assert rejection(real, 1.0, aq, terms, ()) is None


def test_phase_and_meeting_constraints():
    terms = [Term("产业园", 1.0, pos="n"), Term("厂房", 1.0, pos="n")]
    aq = analyze("产业园一期建了多少平方米厂房？")
    second = unit("二期项目规划用地320亩，建设厂房18万平方米", section="关于产业园二期建设")
    first = unit("一期项目建设厂房6万平方米", section="关于产业园建设")
    assert rejection(second, 1.0, aq, terms, ()) == "qualifier"
    assert rejection(first, 1.0, aq, terms, ()) is None


@pytest.mark.parametrize(
    "measure,text,context,stated",
    [
        ("预期增长", "地区生产总值增长6%左右", "主要预期目标是：地区生产总值增长6%左右", True),
        ("计划投资", "项目投资12亿元", "年度计划：项目投资12亿元", True),
        # Counter-examples: no goal word anywhere; a measure opening with no goal word.
        ("预期增长", "地区生产总值增长6%左右", "地区生产总值增长6%左右", False),
        ("实际使用", "实际使用外资3亿美元", "预期目标：实际使用外资3亿美元", False),
    ],
)
def test_goal_measure_stated(measure, text, context, stated):
    assert goal_measure_stated(measure, text, context) is stated


@pytest.mark.parametrize(
    "number,question,text,within",
    [
        ("8", "新建每小时8蒸吨的锅炉能备案吗", "10蒸吨及以下的燃煤锅炉", True),
        ("20", "新建每小时20蒸吨的锅炉能备案吗", "10蒸吨及以下的燃煤锅炉", False),
    ],
)
def test_range_in_steam_tonnes(number, question, text, within):
    assert within_stated_range(number, question, text) is within


@pytest.mark.parametrize(
    "question,text,other",
    [
        # The asked noun's clause states a growth rate; the yuan amount is another measure's.
        ("2024年地区生产总值是多少亿元？", "地区生产总值增长5.1%，一般公共预算收入24.13亿元", True),
        ("规划面积是多少平方公里？", "规划面积调整获国务院批准，建成区35平方公里", True),
        # Counter-examples: the amount in the asked noun's clause, in another unit of its
        # family; a count asked (classifiers are not checked); the noun not said at all.
        ("2024年地区生产总值是多少亿元？", "地区生产总值达到1200亿元，增长5.1%", False),
        ("2024年地区生产总值是多少亿元？", "地区生产总值8500万元", False),
        ("规模以上工业企业有多少家？", "规模以上工业企业增长10%，共284户", False),
        ("2024年地区生产总值是多少亿元？", "一般公共预算收入24.13亿元", False),
    ],
)
def test_measure_without_amount(question, text, other):
    asked = ["地区生产总值", "规划面积", "规模以上工业企业"]
    assert measure_without_amount(question, asked, text) is other


def test_number_question_rejects_the_sentence_of_another_measure():
    aq = analyze("南昌2024年地区生产总值是多少亿元？")
    terms = [Term("南昌", 1.0, pos="ns"), Term("地区生产总值", 2.0, pos="n", asked=True)]
    other = unit("全年地区生产总值增长5.1%，一般公共预算收入24.13亿元", title="南昌概况2024年")
    own = unit("全年地区生产总值达到1200亿元，增长5.1%", title="南昌概况2024年")
    assert rejection(other, 1.0, aq, terms, ()) == "unit_clause"
    assert rejection(own, 1.0, aq, terms, ()) is None


@pytest.mark.parametrize(
    "text,reason",
    [
        # A scope of its own need not repeat the noun asked for: the sentence gives it.
        ("在支持设备更新方面，按照设备投资额的8%给予补助。", None),
        # Counter-example: a scope of its own lacking another word of the question.
        ("在支持人才引进方面，按照年薪的8%给予补助。", "scope"),
    ],
)
def test_scope_of_its_own_and_the_asked_noun(text, reason):
    aq = analyze("对设备更新项目的补助标准是什么？")
    terms = [
        Term("设备", 3.0, pos="n", idf=3.0),
        Term("补助", 2.0, pos="n", idf=2.0),
        Term("标准", 2.5, pos="n", idf=2.5, asked=True),
    ]
    sent = unit(text, before="关于补助标准有关情况。设备更新补助明确。")
    assert rejection(sent, 1.0, aq, terms, ()) == reason


@pytest.mark.parametrize(
    "measure,text,stated",
    [
        # An adverb between the noun and its change; a fall answers how much it grew.
        ("出口增长", "其中出口同比增长2.7%，进口同比下降15.6%", True),
        ("进口增长", "其中出口同比增长2.7%，进口同比下降15.6%", True),
        # Counter-examples: the noun inside a longer word; the change another noun's; a
        # measure without a change word.
        ("出口增长", "进出口同比增长3.2%", False),
        ("出口增长", "出口企业数量达到120家，产值增长8%", False),
        ("出口总额", "出口同比增长2.7%", False),
    ],
)
def test_change_stated(measure, text, stated):
    assert change_stated(measure, text) is stated
