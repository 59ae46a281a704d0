"""A yes needs a deciding clause: a deferral denies (question_grammar.yaml ``negation``), a
contrary manner is an opposite (``opposites``: at once against in instalments), and a
statement setting the asked case aside as its exception, with no 的 and no granting word
(catalogue_grammar.yaml ``exceptions``), is a no for that case. Examples and
counter-examples, then invented documents of several layouts end to end."""

import pytest

from assistant.answering.evidence import Term
from assistant.answering.polarity import negated, polarity
from assistant.answering.questions import analyze
from assistant.answering.verdict_cases import plainly_excepted
from assistant.messages import msg
from tests.helpers import documents_chain


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议决定暂缓研究该项目的入园申请。", True),
        ("该条款暂缓实施。", True),
        ("该事项暂时搁置，待调研后再议。", True),
        # Counter-examples: a decision taken, a word for easing that is no deferral.
        ("会议同意该项目入园。", False),
        ("缓解企业融资压力。", False),
    ],
)
def test_deferral_denies(text, expected):
    assert negated(text) is expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("资金按工程进度分期拨付。", False),
        ("奖励资金分批拨付到位。", False),
        # Counter-example: the manner the question asks about.
        ("奖励资金一次性拨付到位。", True),
    ],
)
def test_a_contrary_manner_says_no(clause, expected):
    terms = [Term("资金", 1.0, pos="n"), Term("一次性", 1.0, pos="d"), Term("拨付", 1.0, pos="v")]
    assert polarity(analyze("资金是一次性拨付吗？"), clause, terms) is expected


@pytest.mark.parametrize(
    ("question", "clause", "denied", "expected"),
    [
        (
            "法定节假日服务中心上班吗？",
            "服务时间：工作日上午9:00—12:00，下午14:00—17:00，法定节假日除外。",
            False,
            True,
        ),
        ("周末可以预约参观吗？", "展厅每天开放，周末除外。", False, True),
        # Counter-examples: another case excepted, a statement that already denies, a case
        # the question does not name.
        ("工作日上班吗？", "工作日上午9:00—12:00办公，法定节假日除外。", False, False),
        ("周末可以参观吗？", "展厅不对外开放，周末除外。", True, False),
        ("服务中心上班吗？", "工作日办公，法定节假日除外。", False, False),
    ],
)
def test_plainly_excepted(question, clause, denied, expected):
    assert plainly_excepted(question, clause, denied) is expected


GUIDE = """# 青禾园区企业服务指南

## 办事时间

企业服务中心受理时间：工作日上午9:00—12:00，下午14:00—17:30，法定节假日除外。
"""
MINUTES = """白石经开区主任办公会议纪要

一、会议同意安排8000万元用于园区污水管网建设，资金按工程进度分期拨付。

二、关于冷链物流项目的入园申请，会议决定暂缓研究，待规划调整后再提交会议审议。

三、会议同意光伏组件项目入园。
"""


chain = documents_chain({"guide.md": GUIDE, "minutes.txt": MINUTES}, "deferrals")


@pytest.mark.parametrize(
    "question",
    [
        "青禾园区企业服务中心法定节假日受理业务吗？",
        "白石经开区污水管网的8000万元是一次性拨付吗？",
        "白石经开区会议同意冷链物流项目入园了吗？",
    ],
)
def test_no_yes_without_a_deciding_clause(chain, question):
    answer = chain.invoke(question)
    assert not answer.direct_answer.startswith(msg("answer_yes")), answer.direct_answer


def test_a_decision_taken_is_still_yes(chain):
    answer = chain.invoke("白石经开区会议同意光伏组件项目入园了吗？")
    assert answer.direct_answer.startswith(msg("answer_yes")), answer.direct_answer
