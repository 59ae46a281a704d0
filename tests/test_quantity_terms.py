"""A numeral with its classifier ("一个", "两家") frames a question ("the same *one* stage")
and is no content word the evidence must hold, whatever part-of-speech tag the segmenter
gives it (answering/evidence.py, Term.is_content; classifiers from question_grammar.yaml
``counting``). Table of examples and counter-examples, then a yes/no end to end over an
invented document whose deciding unit says "同一阶段", not "同一个阶段"."""

import pytest

from assistant.answering.evidence import Term
from assistant.messages import msg
from tests.helpers import documents_chain


@pytest.mark.parametrize(
    ("text", "pos", "content"),
    [
        ("一个", "b", False),
        ("两家", "n", False),
        ("3项", "n", False),
        # Counter-examples: words, and a quantity inside a longer noun.
        ("同一", "b", True),
        ("阶段", "n", True),
        ("一个阶段", "n", True),
        ("个人", "n", True),
    ],
)
def test_quantities_are_no_content(text, pos, content):
    assert Term(text=text, weight=1.0, pos=pos).is_content is content


RULES = (
    "# 青禾经开区企业上市奖励办法\n\n"
    "## 第九条 奖励兑现\n\n"
    "奖励按上市进程分阶段兑现，每个阶段为一个兑现周期。\n\n"
    "同一企业同一阶段的奖励只享受一次；已享受市级同类奖励的，按差额补足。\n"
)


chain = documents_chain({"rules.md": RULES}, "quantity")


def test_a_quantity_in_the_question_does_not_refuse(chain):
    answer = chain.invoke("同一个阶段的奖励能重复享受吗？")
    assert not answer.refused
    assert answer.direct_answer.startswith(msg("answer_no")), answer.direct_answer
