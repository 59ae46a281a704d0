"""A question naming its subject in the attribute of the noun it asks for ("X的Y") is
not answered by a document that never names X (answering/subjects.py; invented
documents, real index)."""

import pytest

from assistant.answering.evidence import Term
from assistant.answering.subjects import subject_terms
from tests.helpers import answered, documents_chain


def _asked(text: str) -> Term:
    term = Term(text, 4.0, pos="n")
    term.asked = True
    return term


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("人才公寓的物业费每月多少钱", ["人才", "公寓"]),
        # Counter-examples: no attribute joined to the asked noun.
        ("物业费每月多少钱", []),
        ("人才公寓物业费每月多少钱", []),
    ],
)
def test_subject_terms(question, subject):
    terms = [Term("人才", 2.7, pos="n"), Term("公寓", 3.2, pos="n"), _asked("物业费")]
    assert [t.text for t in subject_terms(question, terms)] == subject


LEASE = (
    "青禾高新区标准厂房租赁合同\n\n"
    "第五条 租金与物业费\n\n"
    "厂房租金及物业费按下表执行：\n\n"
    "| 楼层 | 每月租金 | 每月物业费 |\n"
    "| --- | --- | --- |\n"
    "| 首层 | 每平方米18.0元 | 每平方米2.0元 |\n"
    "| 二层 | 每平方米14.0元 | 每平方米1.8元 |\n"
)
FLATS = (
    "青禾高新区人才公寓管理办法\n\n"
    "第三条 人才公寓面向在区内企业全职工作的高层次人才配租。\n\n"
    "第四条 人才公寓按房型分为一居室和两居室，承租人应当按时缴纳租金。\n"
)

# Other documents about talent and flats make their words common in the library.
OTHERS = {
    f"talent{n}.txt": (
        f"青禾高新区第{n}批人才公寓配租名单公示\n\n"
        f"经审核，第{n}批共{n + 10}名人才符合人才公寓配租条件，现予公示。\n"
    )
    for n in range(1, 5)
}

chain = documents_chain({"lease.md": LEASE, "flats.txt": FLATS, **OTHERS}, "subjects")


def test_a_document_never_naming_the_subject_does_not_answer(chain):
    answer = chain.invoke("人才公寓的物业费每平方米每月要交多少钱？")
    assert answer.refused, answer.direct_answer


def test_the_subject_s_own_document_answers(chain):
    answered(chain, "标准厂房的物业费每平方米每月要交多少钱？", "2.0元")
