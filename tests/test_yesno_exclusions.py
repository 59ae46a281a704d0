"""A rule's exclusion ("…给予补贴，不包括…") whose case the question names: left out of a
grant, the case is not granted (no); left out of a bar, it is not barred (yes). The words
are catalogue_grammar.yaml ``exclusion_words``. Invented documents."""

import pytest

from assistant.answering.exclusions import exclusion_words, named_exclusion_rule
from assistant.messages import msg
from tests.helpers import answered, documents_chain

RULES = (
    "青川经开区吸纳就业补贴实施细则\n\n"
    "第五条　补贴范围。按企业为新招用员工实际缴纳的基本养老保险费和失业保险费给予补贴，"
    "不包括个人应缴纳部分，也不包括工伤保险费和住房公积金。\n\n"
    "第八条　受到行政处罚的企业不得享受本细则扶持，不包括已经整改销号的轻微违法企业。\n"
)
chain = documents_chain({"rules.txt": RULES}, "yesno_exclusions")


@pytest.mark.parametrize(
    "question,yes",
    [
        ("青川经开区吸纳就业补贴里，企业交的住房公积金也算在补贴范围内吗？", False),
        ("青川经开区受过行政处罚但已经整改销号的轻微违法企业，还能享受扶持吗？", True),
    ],
)
def test_the_excluded_case_is_left_out(chain, question, yes):
    answer = answered(chain, question, "不包括")
    assert answer.direct_answer.startswith(msg("answer_yes" if yes else "answer_no"))


def test_the_words():
    assert "不包括" in exclusion_words()


@pytest.mark.parametrize(
    "question,clause,rule",
    [
        # The case named: the rule before it, its other exclusions blanked.
        (
            "企业年金算在补贴里吗",
            "给予补贴，不包括个人部分，也不包括企业年金。",
            "给予补贴，       ，也",
        ),
        # An exception of another form, or an exclusion the question does not name: none.
        ("企业年金算在补贴里吗", "给予补贴，但企业年金除外。", None),
        ("企业年金算在补贴里吗", "给予补贴，不包括个人部分。", None),
    ],
)
def test_the_rule_of_a_named_exclusion(question, clause, rule):
    assert named_exclusion_rule(question, clause) == rule
