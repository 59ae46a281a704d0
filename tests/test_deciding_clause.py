"""Yes/no decided by the clause about what is asked (answering/polarity.py, answering/qa.py):
the contrast words of resources/question_grammar.yaml, examples and counter-examples, and a
Q&A document whose answer's verdict is about another question than ours."""

import pytest

from assistant.answering.evidence import Term
from assistant.answering.grammar import grammar
from assistant.answering.polarity import deciding_side
from tests.helpers import documents_chain


def _terms(asked: str) -> list[Term]:
    return [Term("人才", 1.0, pos="n"), Term(asked, 2.0, pos="n", asked=True)]


@pytest.mark.parametrize(
    "statement,asked,side",
    [
        # Two verdicts joined by a contrast: the side naming the asked noun.
        ("已有住房的人才不得申请公寓,但可以申请购房补贴。", "购房补贴", ",但可以申请购房补贴。"),
        ("已有住房的人才不得申请公寓,但可以申请购房补贴。", "公寓", "已有住房的人才不得申请公寓"),
        ("本项奖励不重复享受,不过可以叠加市级奖励。", "市级奖励", ",不过可以叠加市级奖励。"),
        # No contrast: the whole statement.
        ("已有住房的人才不得申请公寓。", "公寓", "已有住房的人才不得申请公寓。"),
        # Both sides name it: the whole statement.
        ("公寓不得转租,但公寓可以转借。", "公寓", "公寓不得转租,但公寓可以转借。"),
        # "但" inside a word after no clause mark is no contrast.
        ("人才公寓但书条款另行规定。", "公寓", "人才公寓但书条款另行规定。"),
    ],
)
def test_deciding_side(statement, asked, side):
    assert deciding_side(statement, _terms(asked)) == side


def test_contrast_words_are_read():
    assert "但是" in grammar().raw["negation"]["contrast"]


QA = """示例区人才安居政策问答

问：已经在区内买房的人才还能申请人才公寓吗？
答：不能。在本区已有自有住房的人才，不得申请人才公寓，但可以申请购房补贴。

问：购房补贴标准是多少？
答：博士每人一次性补贴15万元，硕士每人8万元。
"""


chain = documents_chain({"qa.txt": QA}, "qa")


@pytest.mark.parametrize(
    "question,verdict",
    [
        # The document's own verdict answers its own question …
        ("区内已有住房的人才可以申请人才公寓吗？", "否"),
        # … not ours about the other thing its answer allows.
        ("已经买了房的人才能申请购房补贴吗？", "是"),
    ],
)
def test_verdict_is_about_what_is_asked(chain, question, verdict):
    answer = chain.ask(question)
    assert not answer.refused
    assert answer.direct_answer.startswith(verdict)
