"""A relief word the question asks about ("是免费的吗") affirmed by a clause stating it with
no negation of its own: the prohibitions in the statement's other clauses agree with it
(answering/cases.py relief_affirmed, read by answering/polarity.py); and a negation about
only the case of an act not done that the question sets (cases.py about_case_only)."""

import pytest

from assistant.answering.evidence import Term, term_variants
from assistant.answering.grammar import grammar
from assistant.answering.polarity import polarity, scoped_negations
from assistant.answering.question_words import classify
from assistant.answering.questions import analyze
from assistant.text import normalize

FREE = "帮办代办服务全程免费，代办员不得收取任何费用，不得接受宴请。"
PAID = "帮办代办服务按标准收费，代办员不得另行收取其他费用。"


@pytest.mark.parametrize(
    "question,clause,expected",
    [
        ("帮办代办是免费的吗？", FREE, True),
        ("帮办代办免费吗？", FREE, True),
        # Counter-examples: the clause does not state the relief; a relief word modifying
        # the thing asked about is no relief asked.
        ("帮办代办是免费的吗？", PAID, False),
        ("主干道能画免费停车位吗？", "关于“施划免费停车位”的建议，主干道禁止设置停车泊位。", False),
    ],
)
def test_a_relief_asked_and_stated(question, clause, expected):
    words = ("帮办", "代办", "免费", "停车位", "主干道")
    terms = [Term(w, 1.0, pos="n", known=True) for w in words]
    assert polarity(analyze(question), clause, terms) is expected


@pytest.mark.parametrize(
    "question,clause,expected",
    [
        # The document's negation restates the question's case of an act not done (no site
        # visit held); it says nothing of the act asked (bidding).
        ("没去参加现场踏勘，还能投这个项目吗？", "包4不组织现场踏勘。", []),
        # Counter-examples: a negation of the asked act decides; a case of an act done,
        # the asked act paraphrased, is decided too.
        ("企业没有环评批复，能开工吗？", "未取得环评批复的项目，不得开工。", ["不得"]),
        (
            "资格初审已经通过了，发现别的岗位更合适，还能换过去吗？",
            "资格初审通过后不得改报其他岗位。",
            ["不得"],
        ),
    ],
)
def test_a_negation_about_the_case_only(question, clause, expected):
    q = grammar().yesno_asking.sub(" ", normalize(question))
    assert scoped_negations(normalize(clause), q) == expected


@pytest.mark.parametrize(
    "question,clause,expected",
    [
        # The relief said in the lexicon's form ("charges nothing"), asked with a tag
        # question's particle too.
        ("信用修复是免费的吧？", "信用修复不收取任何费用。", True),
        ("信用修复免费吗？", "信用修复不收取任何费用。", True),
        # Counter-example: the form stated with a negation of its own is no relief.
        ("信用修复是免费的吧？", "信用修复并非不收取费用，按标准收取。", False),
    ],
)
def test_a_relief_stated_in_the_lexicons_form(question, clause, expected):
    terms = [Term(w, 1.0, term_variants(w), pos="n", known=True) for w in ("信用", "修复", "免费")]
    assert polarity(analyze(question), clause, terms) is expected


@pytest.mark.parametrize(
    "question,qtype",
    [
        ("申请信用修复是免费的吧？", "yesno"),
        ("钱可以不用退吧？", "yesno"),
        # Counter-examples: a wh-word asks for a value; a bare 吧 closes a suggestion.
        ("信用修复收多少钱吧？", "number"),
        ("介绍一下信用修复吧", "definition"),
    ],
)
def test_a_tag_question_asks_yes_or_no(question, qtype):
    assert classify(question) == qtype
