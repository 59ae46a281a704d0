"""One item of a run asked by its kind ("原来属于哪个区"): an item of another kind (a street,
a town the question is about) is not the answer, whatever question word it carries.
Examples and counter-examples."""

import pytest

from assistant.answering.composing import of_another_kind


@pytest.mark.parametrize(
    ("item", "question", "other"),
    [
        ("秀先街道", "经开区托管的镇和街道原来属于哪个区？", True),
        ("蛟桥镇", "经开区托管的镇和街道原来属于哪个区？", True),
        # Counter-examples: an item of the kind asked, and a question naming no kind.
        ("新建区", "经开区托管的镇和街道原来属于哪个区？", False),
        ("星沙产业园", "北部片区叫什么？", False),
    ],
)
def test_an_item_of_another_kind_is_not_the_one_asked(item, question, other):
    assert of_another_kind(item, question) is other
