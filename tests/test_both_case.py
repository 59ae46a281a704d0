"""A yes/no question naming the case of holding two statuses at once in other words than
the document's condition (answering/cases.both_case; the both_case group of
resources/question_grammar.yaml): examples and counter-examples, then end to end over a
small Q&A beside a rule whose condition names the case in yet other words."""

import pytest

from assistant.answering.cases import both_case
from assistant.messages import msg
from tests.conftest import chain_over


@pytest.mark.parametrize(
    "condition,question",
    [
        ("同时具备两种身份的", "既是高企又是科技型中小企业，两个比例能加在一起吗"),
        ("同时符合两项条件的", "两项条件都满足，奖励能叠加吗"),
        ("兼有两种资质的", "既有甲级资质又有乙级资质，补贴能一起拿吗"),
        ("同时属于总部企业和上市企业的", "两个身份都有，奖励能加在一起吗"),
    ],
)
def test_both_case_named_either_way(condition, question):
    assert both_case(condition, question)


@pytest.mark.parametrize(
    "condition,question",
    [
        # The document's condition is one status only.
        ("首次认定的", "既是高企又是科技型中小企业，两个比例能加在一起吗"),
        # The question names one status only.
        ("同时具备两种身份的", "高企的补助比例能提高吗"),
    ],
)
def test_one_status_is_not_both(condition, question):
    assert not both_case(condition, question)


# Invented documents: a Q&A and a rule with articles, each writing the case its own way.
# The Q&A's own question asks whether there is more award, not whether rates add up: its
# opening yes is no verdict on ours.
FAQ = (
    "东港区研发后补助政策问答\n\n"
    "**Q3：总部企业和上市企业有额外奖励吗？**\n\n"
    "A：有。总部企业奖励比例为8%；上市企业奖励比例为10%。"
    "同时具备两种身份的，按较高比例计算，不累加。\n"
)
RULE = (
    "青禾区人才企业扶持办法\n\n"
    "第六条　领军人才企业给予办公用房补贴；高成长企业给予贷款贴息。\n\n"
    "第七条　兼有两种资质的，可以同时享受办公用房补贴和贷款贴息。\n"
)


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    root = tmp_path_factory.mktemp("both_case")
    return chain_over(root, {"faq.md": FAQ, "rule.txt": RULE})


def test_a_no_for_both_statuses(chain):
    answer = chain.invoke("既是总部企业又是上市企业，两个奖励比例能加在一起吗？")
    assert answer.direct_answer.startswith(msg("answer_no"))
    assert "不累加" in answer.direct_answer
