"""Words by which an asker frames the case of a question (resources/question_grammar.yaml,
question_stopwords): a spoken condition's conjunction, a modal of obligation, the asker's
manner and intention, a reflexive or pointing pronoun, a quantifier of a whole.
Documents state the rule in their own words, so these need not be found. Examples and
counter-examples."""

import pytest

from assistant.answering.grammar import grammar


@pytest.mark.parametrize(
    "word,framing",
    [
        ("要是", True),
        ("必须", True),
        ("直接", True),
        ("打算", True),
        ("自己", True),
        ("这块", True),
        ("拿到", False),
        # Quantifiers of a whole, read by the universal check from the question itself.
        ("所有", True),
        ("一律", True),
        ("专门", True),
        # Counter-examples: what a rule states or a case is named by.
        ("奖励", False),
        ("条件", False),
        ("年龄", False),
        # The plain conjunction keeps its weight (see the grammar file).
        ("如果", False),
    ],
)
def test_the_askers_framing_words(word, framing):
    assert (word in grammar().question_stopwords) == framing
