"""A negation inside a clause of time ("公示无异议后，…拨付至企业账户") sets when the
statement holds and denies nothing it says; words only ending like a time clause ("排名不分
先后。") are no such clause."""

import pytest

from assistant.answering.cases import time_clause
from assistant.messages import msg
from tests.helpers import answered, documents_chain

# An invented paragraph of a support-fund notice.
NOTICE = (
    "青川经开区研发补助兑现说明\n\n"
    "审核结果公示5个工作日无异议后，补助资金直接拨付至企业基本账户。\n"
)
chain = documents_chain({"notice.txt": NOTICE}, "time_clauses")


def test_a_negation_of_time_does_not_say_no(chain):
    answer = answered(chain, "青川经开区的研发补助资金拨付至企业基本账户吗？", "基本账户")
    assert not answer.direct_answer.startswith(msg("answer_no"))


@pytest.mark.parametrize(
    "clause,stop,timed",
    [
        ("异议后", "，", True),
        ("取得许可前", "，", True),
        ("分先后", "。", False),  # ends its sentence
        ("分先后", "，", False),  # 先后 is a word, not a time clause
        ("进度不滞后", "，", False),
        ("得转租", "，", False),
    ],
)
def test_which_clauses_are_of_time(clause, stop, timed):
    assert time_clause(clause, stop) is timed
