"""分别 questions split into one question per thing asked about (questions.split_respectively),
and the multipart grammar group that drives it: examples and counter-examples."""

import pytest

from assistant.answering.questions import split_parts, split_respectively


@pytest.mark.parametrize(
    "question,parts",
    [
        # Modifiers of one shared noun.
        # The last modifier said as two verbs keeps both; the noun after them is shared.
        (
            "示例港区今年的项目中，新开工、续建、竣工投产项目分别有多少个？",
            [
                "示例港区今年的项目中，新开工项目有多少个？",
                "示例港区今年的项目中，续建项目有多少个？",
                "示例港区今年的项目中，竣工投产项目有多少个？",
            ],
        ),
        (
            "园区对国家级和省级孵化器分别奖励多少？",
            ["园区对国家级孵化器奖励多少？", "园区对省级孵化器奖励多少？"],
        ),
        (
            "引进博士和硕士的生活补贴分别是多少？",
            ["引进博士的生活补贴是多少？", "引进硕士的生活补贴是多少？"],
        ),
        (
            "该区在2020年和2022年的评价中分别排第几？",
            ["该区在2020年的评价中排第几？", "该区在2022年的评价中排第几？"],
        ),
        (
            "国家级、省级和市级平台分别奖励多少？",
            ["国家级平台奖励多少？", "省级平台奖励多少？", "市级平台奖励多少？"],
        ),
        # Whole 的-phrases, the first one's 的 closing the thing itself, not shared words.
        (
            "面积50亩以上不满100亩的和100亩以上的，分别奖励多少？",
            ["面积50亩以上不满100亩的，奖励多少？", "100亩以上的，奖励多少？"],
        ),
        (
            "去年受理的200件投诉里，办结的和未办结的分别有几件？",
            ["去年受理的200件投诉里，办结的有几件？", "去年受理的200件投诉里，未办结的有几件？"],
        ),
        # Things of their own, with what follows them shared.
        (
            "设备补贴的投资门槛和补贴比例分别是多少？",
            ["设备补贴的投资门槛是多少？", "设备补贴的补贴比例是多少？"],
        ),
        (
            "甲区和乙区对新认定企业分别奖励多少？",
            ["甲区对新认定企业奖励多少？", "乙区对新认定企业奖励多少？"],
        ),
        (
            "项目开工、竣工、投产分别有什么时间要求？",
            ["项目开工有什么时间要求？", "项目竣工有什么时间要求？", "项目投产有什么时间要求？"],
        ),
        # What follows the last thing's 的 is shared when nothing comes before the things.
        (
            "甲区开发区和乙区开发区的平均得分分别是多少？",
            ["甲区开发区的平均得分是多少？", "乙区开发区的平均得分是多少？"],
        ),
        # A clause before the things is shared by every part.
        (
            "投资强度，国家级和省级开发区分别是多少？",
            ["投资强度，国家级开发区是多少？", "投资强度，省级开发区是多少？"],
        ),
        # Each thing a noun of its own sharing a head noun ("企业"): the right thing ends at
        # the head, and the measure after it is shared.
        (
            "中小企业和大型企业分别能拿多少补贴？",
            ["中小企业能拿多少补贴？", "大型企业能拿多少补贴？"],
        ),
        (
            "小微企业和大型企业研发投入奖励比例分别是多少？",
            ["小微企业研发投入奖励比例是多少？", "大型企业研发投入奖励比例是多少？"],
        ),
        (
            "园区对科技型企业和制造业企业分别补贴多少？",
            ["园区对科技型企业补贴多少？", "园区对制造业企业补贴多少？"],
        ),
        (
            "中小企业和大型企业的贷款贴息比例分别是多少？",
            ["中小企业的贷款贴息比例是多少？", "大型企业的贷款贴息比例是多少？"],
        ),
        # A bracket after the right thing qualifies it alone.
        (
            "青禾经开区和白石经开区（2023年修订版）对新认定企业分别奖励多少？",
            [
                "青禾经开区对新认定企业奖励多少？",
                "白石经开区（2023年修订版）对新认定企业奖励多少？",
            ],
        ),
        # A place and year before the things hold for each thing, not for the first alone.
        (
            "白石区2024年税收收入和进口总额分别是多少？",
            ["白石区2024年税收收入是多少？", "白石区2024年进口总额是多少？"],
        ),
        (
            "青禾经开区2023年工业增加值与新增就业分别是多少？",
            ["青禾经开区2023年工业增加值是多少？", "青禾经开区2023年新增就业是多少？"],
        ),
        # What follows the last thing's 的 is shared when the things hold no 的 of their own,
        # after a locating phrase as after nothing.
        (
            "年度考核中营商环境和安全生产的分值分别是多少？",
            ["年度考核中营商环境的分值是多少？", "年度考核中安全生产的分值是多少？"],
        ),
        # Asked by an asking word of no answer type ("怎样规定"): each thing is asked so.
        (
            "修订后的受理时间和审核时限分别是怎样规定的？",
            ["修订后的受理时间是怎样规定的？", "修订后的审核时限是怎样规定的？"],
        ),
        (
            "国家级和省级孵化器分别怎么认定？",
            ["国家级孵化器怎么认定？", "省级孵化器怎么认定？"],
        ),
        # 各 asks each thing's value as 分别 does.
        (
            "国家级开发区和省级开发区的平均得分各是多少？",
            ["国家级开发区的平均得分是多少？", "省级开发区的平均得分是多少？"],
        ),
        (
            "首次认定的高新技术企业，甲区和乙区各奖励多少？",
            ["首次认定的高新技术企业，甲区奖励多少？", "首次认定的高新技术企业，乙区奖励多少？"],
        ),
    ],
)
def test_respectively_splits_per_thing(question, parts):
    assert split_respectively(question) == parts
    assert split_parts(question) == parts


@pytest.mark.parametrize(
    "question",
    [
        "示范区总规划面积是多少？",  # no 分别
        "两项补贴分别是多少？",  # 分别 but only one thing named
        "和平区分别",  # nothing asked after 分别
        "甲区和乙区分别开展了专项行动。",  # a statement: no asking word after 分别
        "各地开发区和园区有多少？",  # 各 of 各地 asks nothing of each
        "B类和C类各是多少，哪个更高？",  # a comparison is answered with both values
    ],
)
def test_no_split_without_two_things_and_an_ask(question):
    assert split_respectively(question) is None


@pytest.mark.parametrize(
    "question,first_only",
    [
        # A year after a preposition qualifies the first thing alone: not shared.
        ("青禾区孵化器的奖励在2023年修订版和2019年版中分别是多少？", "2023年"),
        # A year opening the things dates no place before it: it stays with the first.
        ("2023年营业收入和2024年利润分别是多少？", "2023年"),
    ],
)
def test_a_year_of_the_first_thing_is_not_shared(question, first_only):
    parts = split_parts(question)
    assert len(parts) == 2
    assert first_only in parts[0] and first_only not in parts[1]


@pytest.mark.parametrize(
    "question,parts",
    [
        # A period opening the question holds for every thing.
        ("1—9月出口和进口分别增长多少？", ["1—9月出口增长多少？", "1—9月进口增长多少？"]),
        (
            "2024年上半年营收和利润分别增长多少？",
            ["2024年上半年营收增长多少？", "2024年上半年利润增长多少？"],
        ),
        ("一季度营收和利润分别是多少", ["一季度营收是多少", "一季度利润是多少"]),
    ],
)
def test_an_opening_period_is_shared(question, parts):
    assert split_parts(question) == parts
