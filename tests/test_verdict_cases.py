"""Which case a yes/no verdict holds for (answering/verdict_cases.py, words in
``question_grammar.yaml`` group ``negation``): a granting rule's stated exception, and a
plain negation between a subject and the predicate asked about — examples and
counter-examples, then end to end over small documents of several layouts."""

import pytest

from assistant.answering.evidence import Term
from assistant.answering.polarity import negated, polarity
from assistant.answering.questions import analyze
from assistant.answering.verdict_cases import excepted
from assistant.messages import msg
from tests.conftest import chain_over


@pytest.mark.parametrize(
    ("question", "clause", "expected"),
    [
        (
            "综合排名上升但发生重大环境污染事件的园区还能获得资金倾斜吗",
            "综合排名上升的园区，在资金分配中予以倾斜，但当年发生重大环境污染事件的除外。",
            True,
        ),
        (
            "被列入失信名单的企业可以享受贷款贴息吗",
            "符合条件的企业可以享受贷款贴息，但是被列入失信名单的企业除外。",
            True,
        ),
        # Counter-examples: the question names the granted case, not the exception.
        (
            "综合排名上升的园区能获得资金倾斜吗",
            "综合排名上升的园区，在资金分配中予以倾斜，但当年发生重大环境污染事件的除外。",
            False,
        ),
        # An item of a barred list: its exception is allowed, which the heading says.
        (
            "经批准的热电联产项目可以新建燃煤锅炉吗",
            "新建燃煤锅炉，但经批准的热电联产项目除外。",
            False,
        ),
    ],
)
def test_excepted(question, clause, expected):
    assert excepted(question, clause) is expected


@pytest.mark.parametrize(
    ("clause", "question", "expected"),
    [
        # A subject, then the negation of the predicate asked about: it denies.
        ("评估结果不作为对所在区的考核依据。", "评估结果作为对所在区的考核依据吗", True),
        ("该证明不作为办理施工许可的依据。", "该证明可以作为办理施工许可的依据吗", True),
        # Counter-examples: a negation opening a noun phrase describes a thing.
        ("对不申请政府投资的项目实行备案管理。", "申请政府投资的项目要备案吗", False),
        # The question negates the same words: it asks about that case.
        (
            "新规施行前已受理、尚未拨付的申请，按原规定执行。",
            "已受理还没拨付的申请按什么规定执行",
            False,
        ),
    ],
)
def test_negation_between_subject_and_predicate(clause, question, expected):
    assert negated(clause, question) is expected


RULES = (
    "青禾高新区园区发展考核办法\n\n"
    "第九条　考核结果运用\n\n"
    "（一）综合排名上升的园区，在区级产业资金分配中予以倾斜，但当年发生重大环境污染事件的除外。\n\n"
    "（二）各园区应于每年3月底前报送上年度考核数据，考核结果不作为对园区管理人员的奖惩依据。\n"
)
FAQ = (
    "# 白石经开区贷款贴息政策问答\n\n"
    "## 问：哪些企业可以享受贷款贴息？\n\n"
    "答：在区内注册的制造业企业可以享受贷款贴息，但是被列入严重失信主体名单的企业除外。\n"
)


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    root = tmp_path_factory.mktemp("verdict_cases")
    return chain_over(root, {"rules.txt": RULES, "faq.md": FAQ})


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "综合排名上升但当年发生重大环境污染事件的园区，还能在区级产业资金分配中获得倾斜吗？",
            "no",
        ),
        ("综合排名上升的园区能在区级产业资金分配中获得倾斜吗？", "yes"),
        ("考核结果作为对园区管理人员的奖惩依据吗？", "no"),
    ],
)
def test_verdicts_end_to_end(chain, question, verdict):
    answer = chain.invoke(question)
    assert not answer.refused
    assert answer.direct_answer.startswith(msg(f"answer_{verdict}"))


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("甲区地区生产总值比上年下降1.9%，是唯一负增长的园区。", False),
        # Counter-example: the growth the question asks about.
        ("甲区地区生产总值比上年增长5.2%，继续保持正增长。", True),
    ],
)
def test_signed_growth_is_an_opposite(clause, expected):
    terms = [
        Term("甲区", 1.0, pos="ns"),
        Term("地区生产总值", 1.0, pos="n"),
        Term("正增长", 1.0, pos="n"),
    ]
    assert polarity(analyze("甲区2024年地区生产总值是正增长吗？"), clause, terms) is expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("甲区综合位次为第2位，与上年持平。", False),
        # Counter-example: a change stated.
        ("甲区综合位次由第4位上升至第2位，变化明显。", True),
    ],
)
def test_a_level_value_is_no_change(clause, expected):
    terms = [Term("甲区", 1.0, pos="ns"), Term("综合", 1.0, pos="b"), Term("位次", 1.0, pos="n")]
    assert polarity(analyze("甲区的综合位次比上年有变化吗？"), clause, terms) is expected
