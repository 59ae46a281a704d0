"""Number answers with a bound (answering/measures.py, the ``bounds`` group of
resources/question_grammar.yaml): a question asking for an upper or a lower bound is
answered by a value stated with a word of the same bound, in documents of several layouts."""

import pytest

from assistant.answering.evidence import Sentence
from assistant.answering.measures import (
    bound_variants,
    break_ties,
    other_level,
    target_mismatch,
    within_stated_range,
)
from tests.conftest import chain_over


@pytest.mark.parametrize(
    "question,word,matched,not_matched",
    [
        ("最多能用多大面积？", "最多", "不大于", "不低于"),
        ("奖励上限是多少？", "上限", "最高", "至少"),
        ("研发费用至少要多少？", "至少", "不低于", "最高"),
        ("最少要招几个人？", "最少", "不少于", "不超过"),
        # A goal word is matched by the other ways of stating a goal.
        ("产量的目标是多少？", "目标", "力争", "至少"),
    ],
)
def test_bound_variants(question, word, matched, not_matched):
    variants = bound_variants(question)
    assert matched in variants[word]
    assert not_matched not in variants[word]


def test_no_bound_no_variants():
    assert bound_variants("规划面积是多少？") == {}


@pytest.mark.parametrize(
    "question,unit,mismatch",
    [
        ("2023年新能源汽车产量多少？", "力争新能源汽车产量达到18万辆；", True),
        ("2023年新能源汽车产量多少？", "新能源汽车产量突破12万辆，同比增长35.2%。", False),
        # A question asking for the goal is answered by it.
        ("新能源汽车产量目标是多少？", "力争新能源汽车产量达到18万辆；", False),
        ("明年计划投资多少？", "年度计划投资380亿元。", False),
    ],
)
def test_target_mismatch(question, unit, mismatch):
    assert target_mismatch(question, unit) is mismatch


REPORT = """示例经开区2023年工作报告

一、2023年工作回顾

（一）产业结构持续优化

智能装备、新材料两大主导产业实现产值860.5亿元。工业机器人产量突破3.6万台，同比增长21.5%。

二、2024年工作安排

（一）加快产业转型升级

推动装备产业向智能化方向转型，力争工业机器人产量达到5万台；新增数字化车间15个。
"""

PLAN = """示例高新区2023年发展情况

一、重点任务

推动集成电路产业集聚发展，预计晶圆产量达到120万片；扩大开放合作。

二、完成情况

集成电路产业规模持续扩大，晶圆产量达到96万片，同比增长12%。
"""


ARTICLES = """示例区研发补助办法

第三条　申请研发后补助的企业，应当同时符合下列条件：
1. 在示例区注册满一年；
2. 上一年度研发费用不低于80万元；
3. 无不良信用记录。

第四条　按企业上一年度研发费用的6%给予补助，单个企业每年最高150万元。
"""

PARAGRAPHS = """示例园区孵化载体管理规定

入驻企业使用的办公场地面积一般不大于800平方米，从事新材料、高端装备等特殊领域的不大于2500平方米。

孵化载体场地面积不低于5000平方米，其中入驻企业使用的面积占比不低于70%。
"""

TABLE = """示例开发区上市奖励标准

阶段 | 条件 | 奖励
股改 | 完成股份制改造 | 奖励50万元
辅导 | 报送辅导备案材料 | 奖励100万元

以上各阶段奖励累计，单家企业最高不超过400万元。
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    return chain_over(
        tmp_path_factory.mktemp("measures"),
        {"articles.txt": ARTICLES, "paragraphs.txt": PARAGRAPHS, "table.txt": TABLE},
    )


@pytest.mark.parametrize(
    "question,expected,wrong",
    [
        # A lower bound in a list of conditions, not the cap of the article after it.
        ("申请研发后补助，上一年度研发费用至少要多少？", "80万元", "150万元"),
        # An upper bound said as 不大于, not the lower bound of the carrier's area.
        ("新材料领域的入驻企业最多能用多大面积的场地？", "2500平方米", "5000平方米"),
        # The cap stated under a table of stage awards.
        ("上市各阶段奖励累计最多能拿多少？", "400万元", None),
    ],
)
def test_bound_answered_by_the_same_bound(chain, question, expected, wrong):
    answer = chain.ask(question)
    assert not answer.refused
    assert expected in answer.direct_answer
    if wrong:
        assert wrong not in answer.direct_answer


@pytest.fixture(scope="module")
def goal_chain(tmp_path_factory):
    return chain_over(tmp_path_factory.mktemp("goals"), {"report.txt": REPORT, "plan.txt": PLAN})


@pytest.mark.parametrize(
    "question,expected,wrong",
    [
        # The value achieved, not the goal of the next year's plan or of a task list.
        ("2023年工业机器人产量是多少？", "3.6万台", "5万台"),
        ("2023年晶圆产量多少？", "96万片", "120万片"),
        # Asked for the goal, the goal answers.
        ("工业机器人产量的目标是多少？", "5万台", "3.6万台"),
    ],
)
def test_achieved_value_over_goal(goal_chain, question, expected, wrong):
    answer = goal_chain.ask(question)
    assert not answer.refused
    assert expected in answer.direct_answer
    assert wrong not in answer.direct_answer


@pytest.mark.parametrize(
    "question,unit,other",
    [
        ("获评国家级示范工厂另外奖励多少？", "获评省级示范工厂的，奖励50万元。", True),
        ("获评国家级示范工厂另外奖励多少？", "获评国家级示范工厂的，奖励200万元。", False),
        # A unit naming both levels may answer; one naming none is left to other checks.
        ("省级示范车间奖励多少？", "国家级奖励100万元，省级奖励50万元。", False),
        ("省级示范车间奖励多少？", "示范车间奖励50万元。", False),
        # "省级以上" spans the levels above it: asked or stated, it decides nothing.
        ("省级以上开发区有多少个？", "全省共有6个国家级开发区。", False),
        ("国家级开发区有多少个？", "省级以上开发区83个。", False),
    ],
)
def test_other_level(question, unit, other):
    assert other_level(question, unit) is other


def test_ties_broken_by_the_longest_run():
    shared = "智能工厂和智能车间"
    rows = [
        Sentence("d", "t", "", 0, 30, f"{shared} | 示范工厂 | 获评省级示范工厂 | 奖励100万元", 1),
        Sentence("d", "t", "", 40, 70, f"{shared} | 示范车间 | 获评省级示范车间 | 奖励50万元", 1),
        Sentence("d", "t", "", 80, 99, "其他 | 奖励10万元", 1),
    ]
    scored = [(rows[0], 1.5), (rows[1], 1.5), (rows[2], 0.4)]
    ordered = break_ties(scored, "省级示范车间奖励")
    assert [s.start for s, _ in ordered] == [40, 0, 80]
    # A short shared run is chance: the order is kept.
    assert [s.start for s, _ in break_ties(scored, "车间奖")] == [0, 40, 80]


LEVELS = """示例区智能制造奖励措施

第五条　获评国家级智能制造示范工厂的，另给予一次性奖励300万元。

第六条　获评省级智能制造示范工厂的，另给予一次性奖励80万元。
"""

LEVEL_TABLE = """<html><head><title>示例市智能化改造资金补贴标准</title></head><body>
<h1>示例市智能化改造资金补贴标准</h1>
<table>
<tr><th>支持方向</th><th>档次</th><th>条件</th><th>补贴标准</th></tr>
<tr><td>智能工厂和智能车间</td><td>示范工厂</td><td>获评省级智能制造示范工厂</td><td>一次性奖励120万元</td></tr>
<tr><td>智能工厂和智能车间</td><td>示范车间</td><td>获评省级智能制造示范车间</td><td>一次性奖励60万元</td></tr>
</table>
</body></html>
"""


@pytest.fixture(scope="module")
def level_chain(tmp_path_factory):
    return chain_over(
        tmp_path_factory.mktemp("levels"), {"articles.txt": LEVELS, "table.html": LEVEL_TABLE}
    )


@pytest.mark.parametrize(
    "question,expected,wrong",
    [
        # The table's row names only the provincial level: the article answers.
        ("获评国家级智能制造示范工厂另外奖励多少？", "300万元", "120万元"),
        # The row whose own cell names the asked workshop, not its neighbour sharing the
        # group cell; the amount is read from a cell's words.
        ("示例市省级智能制造示范车间奖励多少？", "60万元", "120万元"),
        ("示例市获评省级智能制造示范工厂奖励多少？", "120万元", "60万元"),
    ],
)
def test_level_and_table_cell(level_chain, question, expected, wrong):
    answer = level_chain.ask(question)
    assert not answer.refused
    assert expected in answer.direct_answer
    assert wrong not in answer.direct_answer


@pytest.mark.parametrize(
    "number,question,text,within",
    [
        ("8000", "投资额8000万元的项目补多少？", "设备投资额5000万元以上", True),
        ("8000", "投资额8000万元的项目补多少？", "设备投资额1000万元（含）至5000万元", False),
        ("3000", "投资额3000万元的项目补多少？", "设备投资额1000万元（含）至5000万元", True),
        ("3000", "投资额3000万元的项目补多少？", "投资额1000-5000万元的项目", True),
        ("120", "场地120平方米能入驻吗？", "场地面积不超过200平方米", True),
        ("120", "场地120平方米能入驻吗？", "场地面积不低于200平方米", False),
        # Another unit does not hold the amount, nor does a number given without a unit.
        ("8000", "投资额8000万元的项目补多少？", "投入5000亿元以上", False),
        ("2023", "2023年投资多少？", "投资额1000万元以上", False),
    ],
)
def test_within_stated_range(number, question, text, within):
    assert within_stated_range(number, question, text) is within


RANGES = """<html><head><title>示例区技术改造项目补贴标准</title></head><body>
<h1>示例区技术改造项目补贴标准</h1>
<table>
<tr><th>档次</th><th>条件</th><th>补贴标准</th></tr>
<tr><td>一档</td><td>设备投资额3000万元以上</td><td>按设备投资额的12%给予补贴，最高600万元</td></tr>
<tr><td>二档</td><td>设备投资额500万元（含）至3000万元</td><td>按设备投资额的9%给予补贴，最高200万元</td></tr>
</table>
</body></html>
"""


def test_amount_of_the_case_within_a_stated_range(tmp_path):
    chain = chain_over(tmp_path, {"ranges.html": RANGES})
    answer = chain.ask("设备投资额6000万元的技术改造项目能拿多少补贴？")
    assert not answer.refused
    assert "12%" in answer.direct_answer and "9%" not in answer.direct_answer
    answer = chain.ask("设备投资额800万元的技术改造项目能拿多少补贴？")
    assert not answer.refused
    assert "9%" in answer.direct_answer and "12%" not in answer.direct_answer
