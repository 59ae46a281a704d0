"""Negations about another case or modality than the question asks (answering/lapses.py,
question_grammar.yaml ``lapses`` and ``need_negations``):
- a lapse clause ("…可于…提出补充申请，逾期不再受理") bars only the late act: it does not
  say no to "may we still apply?" unless the question names a lapse or states a figure;
- "need not" (无需提交申请材料) relieves a duty: it does not say no to "may we apply?".
Invented documents and clauses."""

import pytest

from assistant.answering.lapses import relief_only, without_lapses
from assistant.messages import msg
from tests.helpers import answered, documents_chain

NOTICE = (
    "青川经开区2026年就业补贴补充申报通知\n\n"
    "三、补充申报。未列入初审名单但认为自身符合条件的企业，"
    "可于2026年8月1日至8月20日向区就业服务中心提出补充申报，逾期不再受理。\n"
)
chain = documents_chain({"notice.txt": NOTICE}, "yesno_lapses")


def _decided(answer) -> bool:
    return answer.direct_answer.startswith((msg("answer_yes"), msg("answer_no")))


def test_a_lapse_clause_does_not_say_no_to_may_we_still_apply(chain):
    answer = answered(
        chain, "青川经开区就业补贴，我们企业不在初审名单里，还可以补充申报吗？", "补充申报"
    )
    assert not answer.direct_answer.startswith(msg("answer_no"))


def test_a_question_naming_the_lapse_is_answered_no(chain):
    answer = answered(chain, "青川经开区就业补贴补充申报，逾期了还可以申报吗？", "逾期")
    assert answer.direct_answer.startswith(msg("answer_no"))


@pytest.mark.parametrize(
    "question,clause,kept",
    [
        # A permission asked, no lapse named: the lapse clause is blanked.
        ("还可以补充申报吗", "可于8月提出补充申报，逾期不再受理。", False),
        # Counter-examples: a lapse named, a figure stated, a duty asked.
        ("晚交了还可以申报吗", "可于8月提出补充申报，逾期不再受理。", True),
        ("9月1日还可以申报吗", "可于8月提出补充申报，逾期不再受理。", True),
        ("还受理吗", "可于8月提出补充申报，逾期不再受理。", True),
    ],
)
def test_without_lapses(question, clause, kept):
    assert ("逾期不再受理" in without_lapses(question, clause)) is kept


@pytest.mark.parametrize(
    "question,negations,expected",
    [
        ("符合条件的单位还可以申请吗", ["无需"], True),
        # Counter-examples: a duty asked, a prohibition, no permission asked.
        ("符合条件的单位还要申请吗", ["无需"], False),
        ("符合条件的单位还可以申请吗", ["不得"], False),
        ("符合条件的单位申请了吗", ["无需"], False),
    ],
)
def test_relief_only(question, negations, expected):
    assert relief_only(question, negations) is expected
