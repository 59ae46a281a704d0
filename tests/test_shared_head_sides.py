"""Two sides of a comparison said with one head noun after the second ("B类和D类人才"):
the first side is read with that head too, and names its row of the table. A document
written for this test, answered by the real chain; and the side reading, table-driven."""

import pytest

from assistant.answering.side_names import with_shared_head
from tests.conftest import chain_over

HOUSING = """青岚新区人才公寓配租办法

第五条　人才公寓按人才类别配租，标准见下表。

人才类别　配租房型　建筑面积　租金优惠
A类人才（首席人才）　三室两厅　130平方米左右　免收租金
B类人才（核心人才）　三室一厅　110平方米左右　按租金标准的40%收取
C类人才（骨干人才）　两室一厅　85平方米左右　按租金标准的60%收取
D类人才（青年人才）　一室一厅　55平方米左右　按租金标准的80%收取
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    return chain_over(tmp_path_factory.mktemp("shared_head_sides"), {"housing.txt": HOUSING})


def test_first_side_takes_the_shared_head(chain):
    answer = chain.invoke("B类和D类人才相比，谁的租金优惠更大？")
    said = answer.direct_answer or ""
    assert "40%" in said and "80%" in said, said


def test_area_of_two_classes(chain):
    answer = chain.invoke("B类和C类人才的公寓建筑面积哪个大？")
    said = answer.direct_answer or ""
    assert "110平方米" in said and "85平方米" in said, said


@pytest.mark.parametrize(
    ("sides", "read"),
    [
        (("b类", "d类人才"), ("b类人才", "d类人才")),
        # No sibling: the first side is a name of its own.
        (("装备制造", "储能项目"), ("装备制造", "储能项目")),
        # The second says nothing after its sibling word.
        (("b类", "d类"), ("b类", "d类")),
        # A head of one character is too often a suffix of unrelated names.
        (("甲市", "乙市区"), ("甲市", "乙市区")),
    ],
)
def test_side_reading(sides, read):
    assert with_shared_head(sides) == read
