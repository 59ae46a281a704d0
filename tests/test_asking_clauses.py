"""The asking clause of a yes/no question must be said by the statement that affirms it
(answering/asking_clauses.py): its own words, or the lexicon's other form of one of them
("交钱" said by a document as "收费")."""

import pytest

from assistant.answering.asking_clauses import asking_clause_held
from assistant.answering.grammar import grammar
from assistant.text import normalize


@pytest.mark.parametrize(
    "question,text,held",
    [
        # The asking clause's word said in the lexicon's form.
        ("在园区临时占用绿地，要不要交钱？", "临时占用绿地审批 | 收费：补偿费每月12元", True),
        # Its own words.
        ("材料晚交了，还能补交吗？", "材料可在5日内补交", True),
        # Counter-example: only the case is said, nothing of what is asked.
        ("在园区临时占用绿地，要不要交钱？", "临时占用绿地审批 | 城市管理处 | 20个工作日", False),
    ],
)
def test_the_asking_clause_is_said(question, text, held):
    q = grammar().yesno_asking.sub(" ", normalize(question))
    assert asking_clause_held(q, normalize(text)) is held
