"""Spoken pointers in a question ("年龄这块能过吗", "打分里头…占多大比重"): the asker's
framing, which documents never write, so they are question stopwords
(``question_grammar.yaml`` question_stopwords) and no term a unit must hold. Words naming
a level ("市里补过了，区里还能再拿吗") are not such pointers."""

import pytest

from assistant.answering.evidence import lexicon


@pytest.mark.parametrize(
    ("word", "pointer"),
    [
        ("这块", True),
        ("那块", True),
        ("里头", True),
        # Counter-examples: a level said with its locative, which the question asks about.
        ("区里", False),
        ("市里", False),
    ],
)
def test_spoken_pointers_are_question_stopwords(word, pointer):
    assert (word in lexicon()[1]) is pointer
