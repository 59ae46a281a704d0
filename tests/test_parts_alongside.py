"""A part of a compound question that no unit answered on its own is read from the units
that answered the other parts (answering.part_units.answered_alongside): a clause with a
value of its type, its classifier when it counts, and its words. Parts the documents do
not answer are still said to be missing, never given a neighbour's value."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.messages import msg
from tests.conftest import chain_over
from tests.helpers import answered

# Invented work plan, subsidy rule and meeting minutes of one invented zone.
PLAN = (
    "青禾经济技术开发区2026年工作要点\n\n"
    "三、培育新兴产业\n\n"
    "新能源领域：建成充电站5座，推广新能源公交车、环卫车等示范车辆120辆。\n"
)
SUBSIDY = (
    "青禾经济技术开发区关于支持制造业升级的若干措施\n\n"
    "（三）技术改造补贴：对企业实施数字化技术改造，当年设备投资额在300万元以上的，"
    "按设备投资额的6%给予补贴，单个项目最高200万元。\n"
)
MINUTES = (
    "青禾经济技术开发区管委会办公会议纪要\n\n"
    "一、关于2025年度奖补资金兑现问题\n\n"
    "经企业申报、部门初审，共有5家企业的7个项目符合兑现条件，拟兑现奖补资金合计830万元。\n"
)
VOUCHER = (
    "青禾经济技术开发区科技创新券管理办法\n\n"
    "第十条 科技局自受理之日起10个工作日内完成审核，审核结果在平台公示5个工作日。\n"
)
# Another zone: what it states is never lent to a part it does not hold.
REPORT = (
    "白石经济技术开发区2025年工作总结\n\n"
    "全年推广氢燃料电池物流车80辆，加氢站建设完成投资1.2亿元。\n\n"
    "全年实现营业收入52亿元，同比增长8%，研发人员3200人。\n"
)


# How the answer opens the sentence naming a missing part.
MISSING = msg("part_missing", part="\0").split("\0")[0]


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(
        tmp_path_factory.mktemp("alongside"),
        {
            "plan.txt": PLAN,
            "subsidy.txt": SUBSIDY,
            "minutes.txt": MINUTES,
            "report.txt": REPORT,
            "voucher.txt": VOUCHER,
        },
    )


@pytest.mark.parametrize(
    "question,expected,absent",
    [
        # The first part's words rank the unit below the second's: read alongside it.
        ("青禾经开区新能源领域要建成几座充电站、推广多少辆示范车辆？", ["5座", "120辆"], "80辆"),
        # "Threshold" is a kind word no document writes: the bound stated beside the rate.
        (
            "青禾经开区技术改造补贴的投资门槛和补贴比例分别是多少？",
            ["300万元以上", "6%"],
            "1.2亿元",
        ),
        # A count of firms is no amount of money: the unit's clause that counts them.
        ("青禾经开区这次奖补资金兑现涉及几家企业、几个项目？", ["5家企业", "7个项目"], "830万元"),
        # Both parts first read the same clause: the other part's value is read beside it.
        ("青禾经开区创新券提交申领后，审核要多久，审核结果公示几天？", ["10个", "5个"], "830万元"),
    ],
)
def test_a_part_is_read_from_the_unit_of_another(chain, question, expected, absent):
    answered(chain, question, expected, absent=[absent, MISSING])


@pytest.mark.parametrize(
    "question,given",
    [
        # The stations' clause states an amount of money, no count of stations.
        ("白石经开区要建成几座加氢站、推广多少辆物流车？", "80辆"),
        # The unit holds the revenue and the R&D staff, not the R&D spending.
        ("白石经开区研发投入总额和营业收入分别是多少？", "52亿元"),
    ],
)
def test_a_part_the_units_do_not_hold_is_still_missing(chain, question, given):
    answered(chain, question, [given, MISSING])
