"""Yes/no answers that keep what decides them: a Q&A verdict that goes on with its condition
("可以，但须…") is said whole, and a question asking for something more ("还有额外奖励吗")
is decided by the clause granting it in the document's own words ("再给予…"); a later part
naming only a count ("两年各多少") asks about what the whole question names."""

import pytest

from assistant.messages import msg
from tests.conftest import chain_over

# Invented documents in three layouts: a Q&A with bold numbered questions, a Q&A with
# question and answer markers, and a rule with articles.
FAQ = (
    "东港区研发补助政策问答\n\n"
    "**Q1：哪些企业可以申请补助？**\n\n"
    "A：在本区登记注册、研发费用加计扣除额达到50万元的企业。\n\n"
    "**Q2：成立不满一年的新企业可以申请补助吗？**\n\n"
    "A：可以，但须满足Q1所列全部条件。新设立企业按实际经营期间的研发费用计算，"
    "补助比例与其他企业相同。\n"
)
PRESS = (
    "白石区人才政策新闻发布会答记者问\n\n"
    "问：外地引进的博士能享受安家补贴吗？\n"
    "答：能，但须在本区连续工作满三年。补贴分三年发放，每年发放三分之一。\n"
)
RULE = (
    "青禾区科技企业孵化器管理办法\n\n"
    "第十条　孵化器每培育1家毕业企业并留在本区的，给予孵化器5万元奖励；"
    "毕业企业当年被认定为国家高新技术企业的，再给予孵化器3万元奖励。\n\n"
    "第十一条　孵化器年度考核不合格的，取消当年奖励资格。\n"
)


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    root = tmp_path_factory.mktemp("yesno_conditions")
    return chain_over(root, {"faq.md": FAQ, "press.txt": PRESS, "rule.txt": RULE})


@pytest.mark.parametrize(
    "question,condition",
    [
        ("东港区成立不满一年的新企业可以申请研发补助吗？", "须满足Q1所列全部条件"),
        ("外地引进的博士能不能享受白石区的安家补贴？", "须在本区连续工作满三年"),
    ],
)
def test_a_verdict_keeps_its_condition(chain, question, condition):
    answer = chain.invoke(question)
    assert not answer.refused
    assert answer.direct_answer.startswith(msg("answer_yes"))
    assert condition in answer.direct_answer


def test_something_more_is_found_in_the_documents_words(chain):
    answer = chain.invoke("毕业企业被认定为国家高新技术企业的，孵化器还有额外奖励吗？")
    assert not answer.refused
    assert "再给予孵化器3万元奖励" in answer.direct_answer
    assert not answer.direct_answer.startswith(msg("answer_no"))


# Invented bulletin with an indicator table over two years.
BULLETIN = (
    "松川区2023年国民经济和社会发展统计公报\n\n"
    "| 指标 | 2022年 | 2023年 | 2023年增速（%） |\n"
    "| --- | --- | --- | --- |\n"
    "| 地区生产总值（亿元） | 812.4 | 856.1 | 5.4 |\n"
    "| 社会消费品零售总额（亿元） | 301.7 | 322.9 | 7.0 |\n"
    "| 一般公共预算收入（亿元） | 66.2 | 69.8 | 5.4 |\n"
)


def test_a_part_naming_only_a_count_asks_about_the_whole_questions_subject(tmp_path):
    # "How much in each of the two years?" names nothing of its own: it asks about the
    # indicator the first part names, not about another row.
    chain = chain_over(tmp_path, {"bulletin.md": BULLETIN})
    answer = chain.invoke("松川区社会消费品零售总额2023年比2022年多吗？两年各多少？")
    assert not answer.refused
    assert "301.7" in answer.direct_answer and "322.9" in answer.direct_answer
    assert "812.4" not in answer.direct_answer and "66.2" not in answer.direct_answer
