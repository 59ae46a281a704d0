"""Follow-up questions naming only a new subject: the earlier question is asked again with
the new subject in place of its counterpart (same final word or character), so that the
earlier place, year and measure hold for it."""

import pytest

from assistant.answering.follow_ups import substitute_subject
from assistant.answering.models import Turn
from assistant.answering.questions import analyze
from tests.conftest import chain_over

# Invented questions: (earlier question, follow-up, the question it stands for or None).
CASES = [
    # A shared final word: the word before it is the counterpart.
    ("青禾区甲类人才购房补贴多少？", "那乙类呢？", "青禾区乙类人才购房补贴多少？"),
    ("青禾区甲类人才购房补贴多少？", "乙类人才的呢？", "青禾区乙类人才购房补贴多少？"),
    # A shared final character: one level, one year, one kind of land for another.
    (
        "白石区对新认定的省级工程中心奖励多少？",
        "市级的呢？",
        "白石区对新认定的市级工程中心奖励多少？",
    ),
    ("白石区到2026年规上企业目标多少家？", "到2031年呢？", "白石区到2031年规上企业目标多少家？"),
    (
        "白石区新出让工业用地容积率下限是多少？",
        "那商业用地呢？",
        "白石区新出让商业用地容积率下限是多少？",
    ),
    # A condition restated with another number ("要是" opening it): it takes the place of
    # the earlier condition, word for word from the number.
    (
        "白石区补贴，享受补贴后不到3年就搬走要退多少？",
        "那要是满4年才搬走呢？",
        "白石区补贴，享受补贴后满4年才搬走要退多少？",
    ),
    # Counter-examples: no counterpart in the earlier question, a part of its whole, or a
    # subject it already names.
    ("青禾区新认定的孵化器奖励多少？", "那众创空间呢？", None),
    ("白石区2024年固定资产投资多少？", "其中工业投资呢？", None),
    ("青禾区甲类人才购房补贴多少？", "甲类呢？", None),
    # An earlier question asking for a number of items: the follow-up names a new set.
    ("青禾区要建设哪三个重点产业园？", "那5个特色产业园呢？", None),
]


@pytest.mark.parametrize("previous,question,expected", CASES)
def test_follow_up_subject_replaces_its_counterpart(previous, question, expected):
    history = [Turn(role="user", content=previous), Turn(role="assistant", content="……")]
    aq = analyze(question, history)
    if expected is None:
        assert aq.text != previous and previous not in aq.text
        assert substitute_subject(previous, question, aq.focus or question) is None
    else:
        assert aq.text == expected
        assert aq.context == previous


def test_a_follow_up_with_a_question_word_asks_its_own_question():
    # "那…有什么要求？" asks with a question word of its own: it is no bare new subject for
    # the earlier question, but a question of its own with the earlier one as context.
    previous = "青禾区招商专员要什么学历？"
    history = [Turn(role="user", content=previous), Turn(role="assistant", content="本科。")]
    aq = analyze("那年龄有什么要求？", history)
    assert aq.focus is None
    assert aq.text == "那年龄有什么要求？"
    assert aq.context == previous


def test_a_new_subject_then_an_ask_is_the_ask_of_that_subject():
    # "那X呢？" then a question of its own: the ask is of X, every part of it; the earlier
    # question, with no counterpart of X, is no context of the new topic.
    history = [Turn(role="user", content="青禾区新型显示领域要推动什么项目投产？")]
    aq = analyze("那生物医药呢？要引进哪些项目？", history)
    assert aq.text == "生物医药要引进哪些项目"
    assert aq.parts == ["生物医药要引进哪些项目"]
    assert aq.context == ""
    aq = analyze("那丙类的呢？首年和次年的比例分别是多少？", history)
    assert all("丙类" in p for p in aq.parts) and len(aq.parts) == 2, aq.parts


# An invented talent policy: the tiers are rows of one table, the targets two years' goals.
TALENT = (
    "青禾经济技术开发区人才安居办法\n\n"
    "第三条　人才分为甲类、乙类、丙类三个层次。\n\n"
    "第五条　购房补贴标准如下：\n\n"
    "| 人才类别 | 购房补贴 | 发放方式 |\n"
    "| --- | --- | --- |\n"
    "| 甲类人才 | 120万元 | 分4年发放 |\n"
    "| 乙类人才 | 80万元 | 分4年发放 |\n"
    "| 丙类人才 | 40万元 | 分2年发放 |\n"
)
PLAN = (
    "白石高新区发展规划解读\n\n"
    "规划期为2022年至2031年，近期至2026年，远期展望到2031年。\n\n"
    "二、发展目标\n\n"
    "到2026年，营业收入突破900亿元，规上工业企业数量达到450家，研发投入强度达到3%。\n\n"
    "到2031年，营业收入突破1500亿元，规上工业企业数量达到700家，研发投入强度达到4%，"
    "在全国高新区评价中进入前20名。\n"
)


def test_follow_up_is_answered_for_the_new_subject(tmp_path):
    chain = chain_over(tmp_path, {"talent.md": TALENT, "plan.txt": PLAN})
    turns = [
        ("青禾经开区乙类人才购房补贴多少？", "那丙类呢？", "40万元", "80万元"),
        ("白石高新区到2026年规上工业企业目标多少家？", "到2031年呢？", "700家", "450家"),
    ]
    for previous, question, expected, earlier in turns:
        history = [{"role": "user", "content": previous}, {"role": "assistant", "content": earlier}]
        answer = chain.invoke({"question": question, "history": history})
        assert not answer.refused, question
        assert expected in answer.direct_answer and earlier not in answer.direct_answer


@pytest.mark.parametrize(
    "question,leans",
    [
        # "Is it given for this case too?": the earlier question's thing is asked of it.
        ("进入创新层的还有吗？", True),
        ("升级为省级的也有吗", True),
        # Counter-examples: questions of their own, one with 还有 inside a longer ending.
        ("创新层企业的挂牌奖励标准现在还有效吗？", False),
        ("研发补助和人才奖励都有上限吗？", False),
    ],
)
def test_asking_whether_it_is_given_too_leans_on_the_earlier_question(question, leans):
    history = [Turn(role="user", content="在新三板挂牌有奖励吗？")]
    assert (analyze(question, history).context != "") is leans
    # Without an earlier question there is nothing to lean on.
    assert analyze(question).context == ""
