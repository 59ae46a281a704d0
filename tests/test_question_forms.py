"""Two question forms: actions listed after a time-asking word (each asked on its own, the
first with the shared frame), and reason questions (answered by the unit stating the cause)."""

import pytest

from assistant.answering.causes import asks_reason, states_cause
from assistant.answering.question_words import classify
from assistant.answering.questions import split_parts
from tests.conftest import chain_over

# Invented questions: (question, its parts).
LISTED = [
    (
        "拿到地以后多久要开工、建完、达产？",
        ["拿到地以后多久要开工？", "多久要建完？", "多久要达产？"],
    ),
    ("企业何时须开工和竣工？", ["企业何时须开工？", "何时须竣工？"]),
    ("签约后多长时间要注册及投产？", ["签约后多长时间要注册？", "多长时间要投产？"]),
    # The asked period closes with 内 before the actions.
    (
        "交地后企业须在多长时间内开工、竣工和达产？",
        ["交地后企业须在多长时间内开工？", "多长时间内竣工？", "多长时间内达产？"],
    ),
    # Counter-examples: a yes/no question's joined words are one condition; a list
    # question's items are its answer; a count's joined words are what is counted; one
    # action is one question; a clause with its own asking word is no action.
    ("是否需要开工、竣工验收？", ["是否需要开工、竣工验收？"]),
    ("开工前要准备哪些材料、证照？", ["开工前要准备哪些材料、证照？"]),
    ("园区有多少家企业、机构？", ["园区有多少家企业、机构？"]),
    ("拿到地以后多久要开工？", ["拿到地以后多久要开工？"]),
    # A verb with a joined object is one action.
    ("区科技局什么时候前完成审核和专家评审？", ["区科技局什么时候前完成审核和专家评审？"]),
    ("多久要开工、补贴是多少？", ["多久要开工", "补贴是多少？"]),
]


@pytest.mark.parametrize("question,parts", LISTED)
def test_actions_after_the_asking_word(question, parts):
    assert split_parts(question) == parts


# (question, asks a reason, answer type)
REASONS = [
    ("绍兴某区2024年综合位次为什么下降？", True, "definition"),
    ("收入为何减少？", True, "definition"),
    ("出现这种情况的原因是什么？", True, "definition"),
    ("是什么原因导致排名下滑？", True, "definition"),
    # Counter-examples: a date asked with 为何时, a rank asked, a meaning asked.
    ("有效期截至为何时？", False, "date"),
    ("绍兴某区2024年综合位次是第几？", False, "ranking"),
    ("亩均税收是什么意思？", False, "definition"),
]


@pytest.mark.parametrize("question,reason,qtype", REASONS)
def test_reason_asking_words(question, reason, qtype):
    assert asks_reason(question) is reason
    assert classify(question) == qtype


CAUSES = [
    ("降幅最大，主要原因是实际使用外资下降和研发投入偏低。", True),
    ("由于土地指标收紧，供地面积减少。", True),
    ("受国际市场波动影响，出口额下降5%。", True),
    ("排名下降是因为研发投入不足。", True),
    # Counter-examples: the fact alone, a purpose, a condition.
    ("综合位次由第3位降至第5位。", False),
    ("为推动产业升级，制定本办法。", False),
    ("符合条件的，给予补贴。", False),
]


@pytest.mark.parametrize("text,cause", CAUSES)
def test_cause_markers(text, cause):
    assert states_cause(text) is cause


# Invented reports in three layouts: the cause in the sentence stating the fall, in a
# sentence of its own after a table, and as a "受…影响" lead.
REPORT = (
    "青禾省开发区2024年度考核结果通报\n\n"
    "一、综合位次\n\n"
    "| 开发区 | 2023年位次 | 2024年位次 | 变化 |\n| --- | --- | --- | --- |\n"
    "| 白石开发区 | 2 | 6 | 下降4位 |\n| 青禾开发区 | 5 | 3 | 上升2位 |\n\n"
    "二、主要问题\n\n"
    "白石开发区综合位次由第2位降至第6位，主要原因是新签约项目减少和亩均税收偏低。\n"
)
BULLETIN = (
    "白石区2024年外贸运行情况\n\n"
    "一、总体情况\n\n"
    "2024年全区出口总额86.4亿元，比上年下降7.2%。\n\n"
    "二、原因分析\n\n"
    "出口下降，是因为主要订单转移至区外生产基地。\n"
)
LEAD = (
    "青禾区2024年招商引资工作总结\n\n"
    "受房地产市场调整影响，2024年青禾区土地出让收入比上年减少12.5亿元。\n"
    "全年新引进项目42个。\n"
)


LAND = (
    "白石区工业用地弹性出让办法\n\n"
    "六、监管\n\n"
    "企业须在交地之日起6个月内开工，2年内竣工，竣工后3年内达产。\n"
)


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    files = {"report.md": REPORT, "bulletin.md": BULLETIN, "lead.md": LEAD, "land.md": LAND}
    return chain_over(tmp_path_factory.mktemp("forms"), files)


@pytest.mark.parametrize(
    "question,cause",
    [
        ("白石开发区2024年综合位次为什么下降？", "新签约项目减少"),
        ("白石区2024年出口总额为什么下降？", "订单转移"),
        ("青禾区2024年土地出让收入为何减少？", "房地产市场调整"),
    ],
)
def test_reason_answered_by_the_cause(chain, question, cause):
    answer = chain.invoke(question)
    assert not answer.refused
    assert cause in answer.direct_answer


def test_each_listed_action_is_answered(chain):
    answer = chain.invoke("白石区企业拿到地以后多久要开工、竣工、达产？")
    assert not answer.refused
    assert all(v in answer.direct_answer for v in ("6个月", "2年", "3年"))
