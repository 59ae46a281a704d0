"""A condition opening with a word pointing back ("上述项目位于…的", words in
``question_grammar.yaml`` group ``negation.case_back_references``): the noun after the
pointer is the matter every case shares, so a question naming only that noun does not
name the condition's case — examples and counter-examples, then end to end over small
documents of several layouts."""

import pytest

from assistant.answering.polarity import scoped_negations
from assistant.answering.verdict_cases import case_words, names_condition
from assistant.messages import msg
from tests.conftest import chain_over


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("上述项目位于生态保护红线内的", "    位于生态保护红线内的"),
        ("该企业被列入失信名单的", "   被列入失信名单的"),
        ("前述单位未按期报送材料的", "    未按期报送材料的"),
        ("这些园区连续两年排名下降的", "    连续两年排名下降的"),
        # Counter-examples: no pointer, or a pointer inside the condition, keeps every word.
        ("位于生态保护红线内的", "位于生态保护红线内的"),
        ("企业应该按期报送材料的", "企业应该按期报送材料的"),
        ("获得上述补助的", "获得上述补助的"),
    ],
)
def test_case_words(case, expected):
    assert case_words(case) == expected


@pytest.mark.parametrize(
    ("clause", "question", "expected"),
    [
        # The question names the projects only: the pointed-back case does not decide.
        (
            "上述项目位于饮用水水源保护区内的，不适用简易审批，按一般程序办理。",
            "软件开发项目可以适用简易审批吗？",
            False,
        ),
        ("该企业发生安全事故的，不再享受租金减免。", "孵化企业能享受租金减免吗？", False),
        # A condition ruling several clauses: its word inside the denied matter of a later
        # clause ("承诺" of "容缺承诺制") names no case for the first clause either.
        (
            "所作承诺未履行的，取消资格，两年内不得再申请容缺承诺制。",
            "生物医药企业可以申请容缺承诺制吗？",
            False,
        ),
        (
            "所作承诺未履行的，取消资格，两年内不得再申请容缺承诺制。",
            "所作承诺未履行的企业还能申请容缺承诺制吗？",
            True,
        ),
        # Counter-examples: the question names the case itself, so the negation decides.
        (
            "上述项目位于饮用水水源保护区内的，不适用简易审批，按一般程序办理。",
            "位于饮用水水源保护区内的软件开发项目可以适用简易审批吗？",
            True,
        ),
        (
            "该企业发生安全事故的，不再享受租金减免。",
            "发生安全事故的企业还能享受租金减免吗？",
            True,
        ),
        # A condition without a pointer still counts its subject as named.
        (
            "孵化企业迁出园区的，不再享受租金减免。",
            "迁出园区的孵化企业还能享受租金减免吗？",
            True,
        ),
    ],
)
def test_pointed_back_condition_scope(clause, question, expected):
    assert bool(scoped_negations(clause, question)) is expected


@pytest.mark.parametrize(
    ("case", "question", "denied", "expected"),
    [
        # A piece of the denied matter ("承诺" of "告知承诺制") names no case.
        ("承诺内容不实的", "集成电路设计项目可以适用告知承诺制吗", "不得再适用告知承诺制", False),
        ("租金减免期满的", "孵化企业能享受租金减免吗", "不再享受租金减免", False),
        # Counter-examples: the question repeats the case's own words.
        ("承诺内容不实的", "承诺内容不实的企业还能适用告知承诺制吗", "不得再适用告知承诺制", True),
        ("迁出园区的", "迁出园区后还能享受租金减免吗", "不再享受租金减免", True),
    ],
)
def test_condition_named_outside_denied_matter(case, question, denied, expected):
    assert names_condition(case, question, denied) is expected


RULES = (
    "松江湾新区投资项目审批改革实施办法\n\n"
    "第六条　简易审批\n\n"
    "软件开发、工业设计类项目实行简易审批，材料齐全的当场出具批复。"
    "上述项目位于饮用水水源保护区内的，不适用简易审批，按一般程序办理。\n"
)
FAQ = (
    "# 青苗孵化器入驻政策问答\n\n"
    "## 问：入驻企业有哪些优惠？\n\n"
    "- 入驻的孵化企业享受前两年租金减免。\n"
    "- 该企业发生较大安全事故的，不再享受租金减免。\n"
)


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    root = tmp_path_factory.mktemp("case_reference")
    return chain_over(root, {"rules.txt": RULES, "faq.md": FAQ})


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("软件开发项目可以适用简易审批吗？", "not no"),
        ("位于饮用水水源保护区内的软件开发项目可以适用简易审批吗？", "no"),
        ("入驻的孵化企业能享受租金减免吗？", "not no"),
        ("发生较大安全事故的孵化企业还能享受租金减免吗？", "no"),
    ],
)
def test_pointed_back_condition_end_to_end(chain, question, verdict):
    """The case's own question is answered no; the general one is never answered no by
    the case's negation (a yes, or the passages shown without a verdict)."""
    answer = chain.invoke(question)
    assert not answer.refused
    if verdict == "no":
        assert answer.direct_answer.startswith(msg("answer_no"))
    else:
        assert not answer.direct_answer.startswith(msg("answer_no"))
