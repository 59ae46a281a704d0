"""Paraphrased questions read as their plain wording: two measures asked with one asking
word, a date asked by its name, everyday verbs in the documents' forms,
a compound holding a lexicon word, the new version named as a word of its own, and a list
question choosing among several lead-ins to the kind it asks for. Group by group, with
examples and counter-examples; the documents of the last group are invented for the test
and answered by the real index, models and chain."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.evidence import lexicon
from assistant.answering.grammar import grammar
from assistant.answering.questions import analyze, classify
from assistant.answering.rephrasing import plain_question
from assistant.answering.terms import known_words
from tests.conftest import chain_over


@pytest.mark.parametrize(
    "question,parts",
    [
        (
            "示例办法的施行日期和有效期是什么？",
            ["示例办法的施行日期是什么？", "示例办法的有效期是什么？"],
        ),
        (
            "示例园区2023年实际使用外资金额和同比增速是多少？",
            # The place and year opening the question hold for both measures.
            ["示例园区2023年实际使用外资金额是多少？", "示例园区2023年同比增速是多少？"],
        ),
        ("补助比例与最高额度是多少？", ["补助比例是多少？", "最高额度是多少？"]),
    ],
)
def test_two_measures_asked_together_are_asked_each(question, parts):
    assert "分别" in plain_question(question)
    assert analyze(question).parts == parts


@pytest.mark.parametrize(
    "question",
    [
        # Already asked each; a sum of both; a comparison; no measure noun before the joiner.
        "施行日期和有效期分别是什么？",
        "施行日期和有效期各是什么？",
        "两项补助金额的总和是多少？",
        "补助比例和最高额度哪个更高？",
        "孵化器和众创空间是什么？",
    ],
)
def test_joined_measures_counter_examples(question):
    assert plain_question(question).count("分别") == question.count("分别")


@pytest.mark.parametrize(
    "question,qtype",
    [
        ("这项政策的施行日期是什么？", "date"),
        ("申报时间是哪天？", "date"),
        ("有效期截止日期是什么？", "date"),
        # Counter-examples: a meaning, a period, a thing named by its time.
        ("时间价值是什么？", "definition"),
        ("这项政策的有效期是什么？", "duration"),
        ("工作时间内可以办理吗？", "yesno"),
    ],
)
def test_a_date_asked_by_its_name(question, qtype):
    assert classify(question) == qtype


@pytest.mark.parametrize(
    "question,plain",
    [
        # A one-character verb of rising or falling closing its clause, in the documents' form.
        ("基建投资去年涨了没？", "基建投资去年增长了吗？"),
        ("高企数量涨了多少？", "高企数量增长了多少？"),
        ("出口跌了吗？", "出口下降了吗？"),
        # A rank rises or falls.
        ("这几个经开区今年排名谁涨了？", "这些经开区今年排名谁上升了？"),
        ("大连的名次跌了吗？", "大连的名次下降了吗？"),
    ],
)
def test_rising_and_falling_verbs(question, plain):
    assert plain_question(question) == plain


@pytest.mark.parametrize(
    "question",
    [
        # Inside a word, or with its object after it.
        "涨幅是多少？",
        "涨价了吗？",
        "跌幅多大？",
    ],
)
def test_rising_and_falling_verb_counter_examples(question):
    assert plain_question(question) == question


@pytest.mark.parametrize(
    "question,plain",
    [
        # A verb of placing before a named ranking's first place adds nothing.
        ("苏州工业园区连续多少年位居综合排名榜首？", "苏州工业园区连续多少年综合排名第一？"),
        # A place word with the rank it stands for in brackets asks that rank.
        ("2021年榜单最后一名（第30）是谁？", "2021年榜单排名第30是谁？"),
        ("2021年排名末位（第30名）的是谁？", "2021年排名第30的是谁？"),
        # What one hands in is the materials.
        ("示例补助申报要交啥？", "示例补助申报要交哪些材料？"),
        ("申报要准备些什么？", "申报要准备哪些材料？"),
    ],
)
def test_rank_and_material_forms(question, plain):
    assert plain_question(question) == plain


@pytest.mark.parametrize(
    "question",
    [
        # A placing verb before no ranking; brackets holding no rank; what is handed in named.
        "示范区位居全国前列吗？",
        "最后一名（北辰）有奖励吗？",
        "要交什么表格？",
        "交什么材料？",
    ],
)
def test_rank_and_material_form_counter_examples(question):
    assert plain_question(question) == question


@pytest.mark.parametrize(
    "token,known,parts",
    [
        # A compound the documents never write, holding a lexicon word the documents write
        # otherwise: its parts, so that the lexicon word's other forms are looked for.
        ("基建投资", {"投资"}, ["基建", "投资"]),
        ("高企数量", {"数量"}, ["高企", "数量"]),
        # Counter-examples: a compound the documents write stays whole; a piece neither
        # written nor in the lexicon leaves it whole.
        ("基建投资", {"基建投资", "投资"}, ["基建投资"]),
        ("匿名举报", {"匿名"}, ["匿名举报"]),
    ],
)
def test_a_compound_holding_a_lexicon_word(token, known, parts):
    def df_of(word: str) -> int:
        return 1 if word in known else 0

    # No document text: only the compound reading applies, not a re-cut across its edges.
    words = known_words([(token, "n")], df_of, "", lexicon()[0], frozenset(), ())
    assert [w for w, _ in words] == parts


@pytest.mark.parametrize(
    "word,framing",
    [
        ("新版", True),
        ("最新版", True),
        # The old rule keeps being asked by its name.
        ("旧版", False),
        ("老版", False),
        ("版本", False),
    ],
)
def test_the_new_version_named_frames_the_question(word, framing):
    assert (word in grammar().question_stopwords) == framing


# Two lead-ins to conditions in one document: those to be recognised and those of the
# enterprises that graduate; the graduation lead-in repeats the everyday verb 满足.
DOCS = {
    "rules.md": """# 示例新区众创载体管理细则

## 第二章 认定

第三条 申请认定区级众创载体，应当同时具备下列条件：
（一）在本区登记并运营满2年；
（二）载体场地面积不低于2000平方米；
（三）入驻团队不少于20个。

## 第五章 附则

第十二条 本细则所称毕业团队，是指在服务期内满足以下条件之一的团队：
（一）获得风险投资500万元以上；
（二）年营业收入超过1000万元。
""",
    "notice.txt": """示例县工业用地管理办法

第二条 申请设立县级特色园区，须具备以下条件：
1. 规划面积不少于3平方公里；
2. 主导产业明确。

第九条 企业退出园区，须满足以下条件：
1. 结清土地租金；
2. 完成环境评估。
""",
}


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(tmp_path_factory.mktemp("lead_ins"), DOCS)


@pytest.mark.parametrize(
    "question,present,absent",
    [
        (
            "在示例新区想评个区级众创载体，得满足啥条件？",
            ["运营满2年", "不低于2000平方米", "不少于20个"],
            ["风险投资"],
        ),
        (
            "想设个县级特色园区，要满足啥条件？",
            ["不少于3平方公里", "主导产业明确"],
            ["结清土地租金"],
        ),
        # Counter-examples: the lead-in the question does name is still the one chosen.
        (
            "示例新区毕业团队要满足哪些条件？",
            ["风险投资500万元以上", "超过1000万元"],
            ["运营满2年"],
        ),
        (
            "企业退出园区要满足哪些条件？",
            ["结清土地租金", "完成环境评估"],
            ["主导产业明确"],
        ),
    ],
)
def test_the_lead_in_saying_most_of_the_question_opens_the_list(chain, question, present, absent):
    answer = chain.invoke(question).direct_answer
    for item in present:
        assert item in answer, answer
    for item in absent:
        assert item not in answer, answer
