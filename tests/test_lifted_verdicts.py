"""Verdicts a negation character gives the wrong way round (question_grammar.yaml groups
``unimpeded`` and ``sanctions``; answering/lifted.py), and a bar an exception lifts for the
case the question names (catalogue_grammar.yaml ``exceptions``). Invented clauses; examples
and counter-examples."""

import pytest

from assistant.answering.evidence import Term
from assistant.answering.lifted import defines_only, unimpeded_verdict, without_sanctions
from assistant.answering.polarity import deciding_negations, polarity
from assistant.answering.questions import analyze


def _terms(*words: str) -> list[Term]:
    # The first word is what the question asks about.
    return [Term(w, 1.0, pos="n", asked=i == 0) for i, w in enumerate(words)]


@pytest.mark.parametrize(
    ("question", "clause", "terms", "expected"),
    [
        # The case does not stand in the way: the act stays open.
        (
            "没有参加答辩会，还能报名吗？",
            "答辩会自愿参加，未参加答辩会的不影响其报名资格。",
            ("答辩会", "报名"),
            True,
        ),
        (
            "受过警告以后还能申请创新券吗？",
            "警告处分不计入信用记录，不影响企业申请创新券和各类补助。",
            ("警告", "申请", "创新券"),
            True,
        ),
        # Asked whether the case stands in the way: no.
        (
            "没有参加答辩会会影响报名资格吗？",
            "未参加答辩会的不影响其报名资格。",
            ("答辩会", "报名", "资格"),
            False,
        ),
        # "Otherwise" states the sanction for not keeping the rule: the rule requires it.
        (
            "外地在职人员要不要交单位同意证明？",
            "外地在职人员须在面试时提交所在单位出具的同意证明，否则取消其面试资格。",
            ("外地", "在职", "人员", "同意", "证明"),
            True,
        ),
        # A bar the exception lifts for the case the question names.
        (
            "被列入黑名单后，已经批了的社保补贴还能发吗？",
            "不得享受园区各类奖励，已批未付的奖励暂停拨付，但社保补贴、岗位培训补贴等直接发给职工的资金除外。",
            ("社保补贴", "黑名单", "享受"),
            True,
        ),
    ],
)
def test_lifted_verdicts(question, clause, terms, expected):
    assert polarity(analyze(question), clause, _terms(*terms)) is expected


@pytest.mark.parametrize(
    ("question", "clause", "expected"),
    [
        ("没有参加答辩会，还能报名吗", "未参加答辩会的不影响其报名资格。", True),
        # Counter-examples: the act left open is another than the one asked; the question
        # names neither the act nor the case; no such clause.
        ("没有参加答辩会，要交保证金吗", "未参加答辩会的不影响其报名资格。", None),
        ("可以延期吗", "未参加答辩会的不影响其报名资格。", None),
        ("没有参加答辩会，还能报名吗", "未参加答辩会的不得报名。", None),
    ],
)
def test_unimpeded_verdict(question, clause, expected):
    assert unimpeded_verdict(question, clause) is expected


def test_sanction_is_blanked_to_the_sentence_end():
    said = without_sanctions("须提交同意证明，否则取消资格。逾期不予受理。")
    assert "取消" not in said and "须提交同意证明" in said and "逾期不予受理" in said


@pytest.mark.parametrize(
    ("question", "clause", "expected"),
    [
        # The negation opens the predicate after a subject clause: it denies.
        (
            "租用孵化楼的话，还要达到附件里的亩均产值吗",
            "入驻孵化楼的企业，不执行附件中的亩均产值和容积率要求。",
            ["不"],
        ),
        # Counter-examples: a negation opening a noun phrase of its own, and a subject clause
        # the question does not name.
        ("企业可以备案吗", "不申请政府投资的项目，可以备案。", []),
        (
            "还要达到附件里的亩均产值吗",
            "入驻孵化楼的企业，不执行附件中的亩均产值和容积率要求。",
            [],
        ),
    ],
)
def test_a_negation_after_its_subject_clause_denies(question, clause, expected):
    assert deciding_negations(clause, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A repeal says nothing of what a rule grants: no verdict.
        ("我父母可以一起住青年公寓吗？", None),
        # Counter-example: asked whether the earlier rule is still in force.
        ("原来的青年公寓管理暂行办法还有效吗？", False),
    ],
)
def test_a_repeal_decides_only_whether_a_rule_holds(question, expected):
    clause = "《松岭园区青年公寓管理暂行办法》（松管〔2019〕7号）同时废止。"
    assert polarity(analyze(question), clause, _terms("青年公寓", "管理")) is expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # A grant pointing to the conditions listed after it holds for those only.
        ("第九条 入驻满一年的企业，同时符合下列条件的，可以申请续租：", None),
        # Counter-examples: the grant stated whole; a pointer to the things a rule covers.
        ("第九条 入驻满一年的企业，可以申请续租。", True),
        ("下列企业可以申请续租：", True),
    ],
)
def test_a_lead_in_to_listed_conditions_affirms_nothing(clause, expected):
    terms = _terms("续租", "企业", "申请")
    assert polarity(analyze("企业可以申请续租吗？"), clause, terms) is expected


@pytest.mark.parametrize(
    ("question", "clause", "expected"),
    [
        # Asked what may be done, a definition answers nothing.
        ("整改期限可不可以延长？", "本办法所称按期整改，是指在通知载明的期限内完成整改。", True),
        # Counter-examples: asked what a word covers; a rule stating what may be done.
        (
            "按期整改是不是要在通知的期限内完成？",
            "本办法所称按期整改，是指在通知载明的期限内完成整改。",
            False,
        ),
        ("整改期限可不可以延长？", "情况复杂的，经批准整改期限可以延长一次。", False),
    ],
)
def test_a_definition_says_nothing_of_what_may_be_done(question, clause, expected):
    assert defines_only(question, clause) is expected
