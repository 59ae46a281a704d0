"""A count asked by its classifier alone is answered by a count of that classifier, not by
a share or an area stated in the same rule (grammar: ``question_grammar.yaml`` group
``counting``; invented documents, real index)."""

import pytest

from assistant.answering.measures import asked_classifier, names_unit, states_classifier
from tests.helpers import documents_chain


@pytest.mark.parametrize(
    ("question", "classifiers"),
    [
        ("认定区级孵化器，在孵企业至少要有多少家？", ("家", "户")),
        ("每千平方米至少几家", ("家", "户")),
        ("专家组由几位专家组成？", None),  # a noun after the classifier: the counted noun
        ("评审专家至少要几名呢？", ("名", "位", "人")),
        ("全区建成几座加氢站", None),
        ("这类项目有多少个？", None),  # a general classifier counts anything
        ("补贴比例是多少？", None),
        # People, vehicles and land are counted by their classifiers too.
        ("管委会今年新招录了多少人？", ("名", "位", "人")),
        ("新能源车有几辆？", ("辆",)),
        ("测试场占地多少亩？", ("亩",)),
        # Copies are counted as items of papers too ("11件"); buildings have their own.
        ("申请材料一共要交几份？", ("份", "件")),
        ("园区有几栋？", ("栋",)),
    ],
)
def test_asked_classifier(question, classifiers):
    assert asked_classifier(question) == classifiers


@pytest.mark.parametrize(
    ("text", "classifiers", "states"),
    [
        ("在孵企业不少于30家", ("家", "户"), True),
        ("认定企业三家", ("家", "户"), True),
        ("评审专家不少于5位", ("名", "位", "人"), True),
        # Counter-examples: no count of the classifier.
        ("场地面积占比不低于60%", ("家", "户"), False),
        ("企业名单另行公布，每家企业一份", ("家", "户"), False),
    ],
)
def test_states_classifier(text, classifiers, states):
    assert states_classifier(text, classifiers) is states


@pytest.mark.parametrize(
    ("frame", "classifiers", "names"),
    [
        ("表6 车辆占有情况(单位:辆)\n车辆类别 | 数量", ("辆",), True),
        ("车辆类别 | 数量(辆)", ("辆",), True),
        # A caption naming another unit, or none.
        ("表2 用地情况(单位:公顷)\n项目 | 面积", ("亩",), False),
        ("车辆类别 | 数量", ("辆",), False),
    ],
)
def test_a_table_names_its_unit(frame, classifiers, names):
    assert names_unit(frame, classifiers) is names


RULES = (
    "青禾高新区众创空间认定办法\n\n"
    "第五条　申请认定区级众创空间，应当具备下列条件：\n\n"
    "（一）运营场地面积不低于1000平方米，其中入驻企业使用的场地面积占比不低于70%；\n\n"
    "（二）入驻企业不少于20家，且每千平方米平均入驻企业不少于5家；\n\n"
    "（三）专职服务人员不少于3名，服务人员占运营人员的比例不低于50%。\n"
)


chain = documents_chain({"rules.txt": RULES}, "classifiers")


@pytest.mark.parametrize(
    ("question", "value", "not_value"),
    [
        ("认定区级众创空间，入驻企业至少要有多少家？", "20家", "70%"),
        ("认定区级众创空间，服务人员至少要有几名？", "3名", "50%"),
    ],
)
def test_a_count_of_the_classifier_answers(chain, question, value, not_value):
    answer = chain.invoke(question)
    assert not answer.refused
    assert value in answer.direct_answer
    assert not answer.direct_answer.startswith(not_value)


@pytest.mark.parametrize(
    "question",
    [
        # An area in square metres does not answer one asked in mu.
        "申请认定区级众创空间，运营场地面积至少多少亩？",
    ],
)
def test_a_count_of_another_classifier_is_no_answer(chain, question):
    assert chain.invoke(question).refused


EXAM = {
    "exam.txt": """示例经开区2025年公开招聘工作人员公告

笔试内容：考试科目为《公共基础知识》，满分100分，考试时间120分钟。

报名时需提交申请表一式三份。
""",
}

exam_chain = documents_chain(EXAM, "exam")


def test_a_count_of_questions_is_not_answered_by_a_score(exam_chain):
    answer = exam_chain.invoke("这次笔试《公共基础知识》有多少道题？")
    assert answer.refused, answer.direct_answer


def test_a_count_of_copies_is_answered_by_copies(exam_chain):
    answer = exam_chain.invoke("报名申请表要交几份？")
    assert not answer.refused and "三份" in answer.direct_answer, answer.direct_answer
