"""A rule's exception turns its verdict for the case it names:
- an exception in a sentence of its own ("…不少于20亩。但…企业投资的项目除外。") is read
  with the rule before it on the same line, and a question naming the excepted case gets
  the rule's verdict turned;
- an exception listing alternatives ("接到举报投诉或者发生生产安全事故的") is named by a
  question naming one of them;
- a rule's verdict shows the exception its next sentence makes;
- a question repeating only some words of the excepted case gets the rule and its exception
  without a verdict;
- a denial lifted for the named case ("原则上不再列入…，但…除外") says yes to it.
"""

import pytest

from assistant.answering.verdict_cases import excepted_rule_start, names_exception
from assistant.messages import msg
from tests.helpers import answered, documents_chain

# An invented land-supply rule and an invented inspection bulletin.
RULES = (
    "青川经开区工业项目供地实施细则\n\n"
    "第六条　新建独立供地工业项目单个项目用地面积原则上不少于30亩。"
    "但列入省级重点项目清单的项目和国家级专精特新企业投资的项目除外。\n\n"
    "第九条　超过约定开工日期满1年未动工的，按土地出让价款的15%征收土地闲置费。"
    "但因政府原因造成动工延迟的除外。\n"
)
BULLETIN = (
    "青川经开区2026年第一季度安全生产检查情况通报\n\n"
    "受表扬企业在2026年第二季度原则上不再列入随机抽查范围，"
    "但接到举报投诉或者发生生产安全事故的除外。\n"
)
chain = documents_chain({"rules.txt": RULES, "bulletin.txt": BULLETIN}, "yesno_exceptions")


@pytest.mark.parametrize(
    "question,yes,quoted",
    [
        ("青川经开区的工业项目，用地面积可以少于30亩吗？", False, "不少于30亩"),
        ("青川经开区国家级专精特新企业投资的项目，用地面积可以少于30亩吗？", True, "除外"),
        ("青川经开区的项目拖了一年多没动工，要交土地闲置费吗？", True, "征收土地闲置费"),
        ("青川经开区的项目因为政府原因一年多没动工，还要交土地闲置费吗？", False, "除外"),
        ("青川经开区受表扬的企业第二季度还会被抽查吗？", False, "不再列入"),
        ("青川经开区受表扬的企业要是被人举报了，第二季度还会被抽查吗？", True, "除外"),
    ],
)
def test_the_excepted_case_turns_the_rule(chain, question, yes, quoted):
    answer = answered(chain, question, quoted)
    assert answer.direct_answer.startswith(msg("answer_yes" if yes else "answer_no"))


@pytest.mark.parametrize(
    "question,yes",
    [
        ("青川经开区的工业项目，用地面积可以少于30亩吗？", False),
        ("青川经开区的项目拖了一年多没动工，要交土地闲置费吗？", True),
    ],
)
def test_the_rule_is_shown_with_its_exception(chain, question, yes):
    """A verdict from a rule whose next sentence makes an exception shows that exception:
    the reader sees the cases the verdict does not cover."""
    answer = answered(chain, question, "除外")
    assert answer.direct_answer.startswith(msg("answer_yes" if yes else "answer_no"))


def test_a_case_half_named_gets_the_passage_without_a_verdict(chain):
    """ "政府的原因" repeats a word of the excepted case but too few to name it: the rule
    and its exception are shown, and neither yes nor no is said."""
    question = "因为政府的原因，青川经开区的项目一年多没动工，还要交土地闲置费吗？"
    answer = answered(chain, question, ("征收土地闲置费", "除外"))
    assert not answer.direct_answer.startswith((msg("answer_yes"), msg("answer_no")))


@pytest.mark.parametrize(
    "line,sentence,rule",
    [
        ("用地不少于30亩。但重点项目除外。", "但重点项目除外。", "用地不少于30亩。"),
        (
            "第九条　用地不少于30亩。但重点项目除外。",
            "但重点项目除外。",
            "第九条　用地不少于30亩。",
        ),
        # Not an exception alone: the sentence goes on after it, or nothing precedes it.
        ("用地不少于30亩。但重点项目除外，另行审批。", "但重点项目除外，另行审批。", None),
        ("但重点项目除外。", "但重点项目除外。", None),
        ("用地不少于30亩。重点项目另行审批。", "重点项目另行审批。", None),
    ],
)
def test_an_exception_sentence_finds_its_rule(line, sentence, rule):
    doc = "标题\n" + line + "\n"
    start = doc.index(sentence)
    at = excepted_rule_start(doc, start, sentence)
    assert (doc[at:start] if at is not None else None) == rule


@pytest.mark.parametrize(
    "question,named",
    [
        ("被人举报了还会被抽查吗", True),
        ("发生了安全事故还会被抽查吗", True),
        ("第二季度还会被抽查吗", False),
    ],
)
def test_one_alternative_names_the_exception(question, named):
    clause = "原则上不再列入随机抽查范围，但接到举报投诉或者发生生产安全事故的除外。"
    assert names_exception(question, clause) is named
