"""The terms a clause must hold to affirm a yes/no (verdict_cases.clause_terms): the names of
places and bodies that its document's title or section heading holds are said there."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.evidence import Term
from assistant.answering.verdict_cases import clause_terms
from assistant.messages import msg
from assistant.text import normalize
from tests.conftest import chain_over


@pytest.mark.parametrize(
    "term,pos,heading,clause,kept",
    [
        # A place or body the heading names and the clause leaves out.
        ("青禾", "ns", "青禾示例区考核办法", "优秀单位奖励20万元", False),
        ("商务局", "nt", "示例市商务局关于考核的通知", "优秀单位奖励20万元", False),
        # Counter-examples: a place the heading does not name, a common noun it holds, a
        # name the clause says too (it counts for the clause).
        ("白石", "ns", "青禾示例区考核办法", "优秀单位奖励20万元", True),
        ("考核", "vn", "青禾示例区考核办法", "优秀单位奖励20万元", True),
        ("青禾", "ns", "", "优秀单位奖励20万元", True),
        ("青禾", "ns", "青禾示例区考核办法", "青禾示例区优秀单位奖励20万元", True),
    ],
)
def test_clause_terms(term, pos, heading, clause, kept):
    terms = [Term(term, 1.0, pos=pos), Term("奖励", 1.0, pos="vn")]
    assert (terms[0] in clause_terms(terms, normalize(heading), normalize(clause))) == kept


def test_only_names_left_are_kept():
    terms = [Term("青禾", 1.0, pos="ns")]
    assert clause_terms(terms, "青禾示例区", "奖励") == terms


# Invented rules of an invented zone.
RULES = """# 青禾经济技术开发区2025年度招商工作考核办法

## 七、考核等次和结果运用

考核结果分为优秀、良好、合格、不合格四个等次。优秀等次单位奖励20万元；良好等次单位奖励10万元。
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(tmp_path_factory.mktemp("corpus"), {"rules.md": RULES})


def test_a_zone_the_title_names_need_not_be_in_the_clause(chain):
    direct = chain.invoke("青禾经开区考核为良好等次的单位有奖励吗？").direct_answer
    assert direct.startswith(msg("answer_yes")) and "10万元" in direct


def test_a_case_the_clause_does_not_name_gets_no_yes(chain):
    # The rule rewards the excellent and the good; a qualified unit is neither.
    direct = chain.invoke("青禾经开区考核为合格等次的单位有奖励吗？").direct_answer
    assert not direct.startswith(msg("answer_yes"))
