"""One thing named on several table rows (a company with two grants, a park with two
projects): a value asked of it is every row's value with what tells the rows apart, not the
first row's alone; a group's own cell stating its amount in brackets answers a question
asking for that unit of the group. Invented tables in several layouts (Markdown, HTML, Word),
real index."""

from __future__ import annotations

import pytest

from tests.conftest import chain_over
from tests.test_side_kinds import assert_compared
from tests.test_table_extremes import PAYOUT, docx_table

PROJECTS = """<html><head><meta charset="utf-8"><title>白石区2025年重点项目表</title></head><body>
<h1>白石区2025年重点项目表</h1>
<table>
<tr><th>园区</th><th>项目名称</th><th>总投资（亿元）</th><th>计划开工</th></tr>
<tr><td>白石临港园</td><td>冷链物流基地</td><td>12.5</td><td>2025年3月</td></tr>
<tr><td>白石科创园</td><td>智能传感器产线</td><td>20.0</td><td>2025年5月</td></tr>
<tr><td>白石临港园</td><td>港口装备制造</td><td>8.4</td><td>2025年9月</td></tr>
</table>
</body></html>"""


# A scoring sheet whose category cell states the category's points; a list of zones whose
# region cell states how many zones the region has.
SHEET_MD = """# 青禾区2025年度园区工作考核评分表

| 一级指标 | 二级指标 | 分值 |
|---|---|---|
| 经济发展（35分） | 营业收入增速 | 25 |
| 经济发展（35分） | 新增规上企业 | 10 |
| 创新发展（15分） | 研发投入强度 | 10 |
| 创新发展（15分） | 新增高新技术企业 | 5 |
"""
ZONES_HTML = """<html><head><meta charset="utf-8"><title>红枫省开发区分布</title></head><body>
<h1>红枫省开发区分布</h1>
<table>
<tr><th>区域</th><th>开发区</th><th>综合得分</th></tr>
<tr><td>东部片区（3家）</td><td>临江开发区</td><td>86.5</td></tr>
<tr><td>东部片区（3家）</td><td>望海开发区</td><td>82.1</td></tr>
<tr><td>东部片区（3家）</td><td>东岭开发区</td><td>79.4</td></tr>
<tr><td>西部片区（2家）</td><td>云岭开发区</td><td>74.0</td></tr>
<tr><td>西部片区（2家）</td><td>雪峰开发区</td><td>70.3</td></tr>
</table>
</body></html>"""

# Land supplied to parks, one park on two rows.
LAND = [
    ("地块编号", "所在园区", "面积（亩）"),
    ("HF-01", "红枫东区", "120"),
    ("HF-02", "红枫西区", "85"),
    ("HF-03", "红枫东区", "64"),
]


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    files = {
        "payout.md": PAYOUT,
        "projects.html": PROJECTS,
        "land.docx": docx_table("红枫市2025年第一批工业用地供应计划", LAND),
        "sheet.md": SHEET_MD,
        "zones.html": ZONES_HTML,
    }
    return chain_over(tmp_path_factory.mktemp("shared_rows"), files)


@pytest.mark.parametrize(
    ("question", "facts", "absent"),
    [
        (
            "青禾晨光材料有限公司获得的奖补金额是多少？",
            ["技术改造奖励", "90", "研发费用补助", "80"],
            "150",
        ),
        ("白石临港园的项目总投资是多少？", ["冷链物流基地", "12.5", "港口装备制造", "8.4"], "20.0"),
        ("红枫东区的供地面积是多少亩？", ["HF-01", "120", "HF-03", "64"], "85"),
        # No header names the amount: the one column of figures holds it.
        (
            "青禾晨光材料有限公司获得了哪些奖补，各多少钱？",
            ["技术改造奖励", "90", "研发费用补助", "80"],
            "150",
        ),
        # The group's own amount, in the unit asked.
        ("青禾区考核中经济发展类指标一共多少分？", ["35分"], "营业收入增速"),
        ("红枫省东部片区一共有几家开发区？", ["3家"], "临江开发区"),
        # Counter-example: a name on one row answers with that row alone.
        ("青禾远航科技有限公司获得的奖补金额是多少？", ["150"], "90"),
    ],
)
def test_every_row_of_the_named_thing(chain, question, facts, absent):
    answer = chain.invoke(question)
    assert not answer.refused, question
    for fact in facts:
        assert fact in answer.direct_answer, answer.direct_answer
    assert absent not in answer.direct_answer, answer.direct_answer


def test_a_matter_one_row_mentions_is_not_every_row(chain):
    # The park stands on two rows; the question asks how long one project takes, which no
    # column states: not both rows said whole.
    answer = chain.invoke("白石临港园冷链项目多长时间能建成？")
    said = answer.direct_answer or ""
    assert not ("12.5" in said and "8.4" in said), said


def test_a_figure_the_table_does_not_hold_is_not_its_figure_column(chain):
    # Staff are no matter of the grants table: its amounts do not answer.
    said = chain.invoke("青禾晨光材料有限公司有多少员工？").direct_answer or ""
    assert not ("90" in said and "80" in said), said


@pytest.mark.parametrize(
    ("question", "facts", "larger"),
    [
        ("青禾区考核中经济发展和创新发展哪类指标分值高？", ["35分", "15分"], "经济发展较大"),
        ("红枫省东部片区和西部片区哪个开发区多？", ["3家", "2家"], "东部片区较大"),
    ],
)
def test_two_groups_by_their_own_amounts(chain, question, facts, larger):
    assert_compared(chain, question, facts, larger)
