"""Parts of a compound question whose own words all retrieve one document first are read
from it, though the whole question's words retrieve another (answering.part_units.part_hits):
with room for one chunk, the asks together ("when", "by which offices") retrieve a notice
on offices' duties, each ask alone the rule it is about."""

import pytest

from tests.helpers import narrow_chain

# Invented documents: the rule answering both asks, and a notice full of the asking words.
RULE = (
    "青禾区产业项目达产复核规定\n\n"
    "第五条　项目竣工投产满2年后，由经济发展局会同税务部门进行达产复核。\n"
)
NOTICE = (
    "青禾区机关部门工作安排\n\n"
    + "各项工作什么时候做、由谁来做、做到什么程度，由办公室统筹安排。" * 4
    + "\n"
)


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    root = tmp_path_factory.mktemp("agreed_parts")
    return narrow_chain(root, {"rule.txt": RULE, "notice.txt": NOTICE})


def test_parts_agreeing_on_a_document_are_read_from_it(chain):
    answer = chain.invoke("达产复核什么时候做，由哪些部门来做？")
    assert not answer.refused
    assert "满2年" in answer.direct_answer or "经济发展局" in answer.direct_answer
