"""The verb an entity question asks with picks the clause that states the answer, over a
clause sharing more of the question's subject (answering/asked_verbs.py; invented
documents, real index)."""

import pytest

from assistant.answering.asked_verbs import asked_verb
from tests.helpers import answered, documents_chain


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("领导小组办公室设在哪个单位？", "设在"),
        ("企业通过什么平台申报？", "通过"),
        ("这家企业属于哪个产业？", "属于"),
        # Counter-examples: an opening asking word, the copula, a modal.
        ("谁负责解释本办法？", None),
        ("牵头单位是哪个？", None),
        ("申请表需要谁签字？", None),
    ],
)
def test_asked_verb(question, verb):
    assert asked_verb(question) == verb


PLAN = (
    "青禾高新区2024年招商引资工作方案\n\n"
    "四、保障措施\n\n"
    "青禾高新区招商引资工作领导小组统筹推进本方案实施，领导小组办公室设在区投资促进局，负责日常调度。\n\n"
    "五、申报方式\n\n"
    "项目方填写青禾高新区招商项目登记表，通过青禾政务服务平台提交登记表和项目计划书。\n"
)


chain = documents_chain({"plan.txt": PLAN}, "asked_verbs")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("青禾高新区招商引资工作领导小组办公室设在哪个单位？", "区投资促进局"),
        ("项目方通过什么平台提交招商项目登记表？", "青禾政务服务平台"),
    ],
)
def test_the_clause_with_the_asked_verb_answers(chain, question, answer):
    answered(chain, question, answer)
