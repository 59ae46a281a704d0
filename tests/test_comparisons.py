"""Comparisons in prose (assistant/answering/comparisons.py): each side's value where the
side is named, by position in a 分别 statement, after or before the measure asked about;
the comparison grammar (askers, the comparison type) and scope frames: examples and
counter-examples."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.comparisons import document_name
from assistant.answering.constraints import SCOPE_FRAME
from assistant.answering.evidence import Sentence
from assistant.answering.extraction import typed_value
from assistant.answering.questions import classify, comparison_measure, comparison_sides
from assistant.messages import msg
from tests.conftest import chain_over

# An invented work report and an invented policy.
REPORT = """示例区2022年工作报告

一、经济运行

全年实现地区生产总值860.5亿元，同比增长6.4%，增速高于全省平均水平0.8个百分点；规模以上工业总产值2150.3亿元，同比增长8.1%；
从分区域看，东片区开发区综合得分平均为81.2分；西片区、南片区、北片区开发区平均得分分别为74.5分、69.8分和77.0分。
"""
POLICY = """示例区支持企业创新的若干措施

第五条　对新认定的国家级专精特新“小巨人”企业给予60万元奖励，对新认定的省级专精特新中小企业给予15万元奖励。

第六条　项目备案的法定办结时限为5个工作日，承诺办结时限为2个工作日。
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(
        tmp_path_factory.mktemp("corpus"), {"report.txt": REPORT, "policy.txt": POLICY}
    )


@pytest.mark.parametrize(
    "question,qtype",
    [
        ("东片区和西片区平均得分谁高？", "comparison"),
        ("法定办结时限和承诺办结时限，哪个更长？", "comparison"),
        ("国家级和省级企业哪个奖励多？", "comparison"),
        # Counter-examples: one thing asked about, or the top of many.
        ("由哪个单位发放多少？", "number"),
        ("哪个片区排名最高？", "ranking"),
    ],
)
def test_comparison_questions(question, qtype):
    assert classify(question) == qtype


@pytest.mark.parametrize(
    "question,sides,measure",
    [
        (
            "地区生产总值和规上工业总产值哪个增速更快？",
            ("地区生产总值", "规上工业总产值"),
            "哪个增速更快",
        ),
        ("甲区的收入和全省平均值比，谁高？", ("甲区的收入", "全省平均值"), "谁高"),
        ("办结时限和承诺时限，哪个更长？", ("办结时限", "承诺时限"), "哪个更长"),
        # What follows the second side's modifier end is the measure of both sides.
        ("甲区与乙区的园区平均得分哪个更高？", ("甲区", "乙区"), "哪个更高"),
        (
            "甲类企业和乙类企业的认定有效期分别是多久，哪个更长？",
            ("甲类企业", "乙类企业"),
            "哪个更长",
        ),
    ],
)
def test_sides_and_measure(question, sides, measure):
    assert comparison_sides(question) == sides
    assert comparison_measure(question) == measure


def test_values_after_the_measure(chain):
    direct = chain.invoke("2022年地区生产总值和规模以上工业总产值哪个增速更快？").direct_answer
    assert "6.4%" in direct and "8.1%" in direct
    assert "规模以上工业总产值较大" in direct


def test_a_side_named_by_its_abbreviation(chain):
    # "GDP" is the lexicon's name for 地区生产总值; "涨" asks for the growth (增长).
    direct = chain.invoke("2022年GDP和规模以上工业总产值哪个涨得快？").direct_answer
    assert "6.4%" in direct and "8.1%" in direct
    assert "地区生产总值" in direct


def test_a_respectively_statement_gives_each_its_value(chain):
    direct = chain.invoke("东片区和北片区开发区平均得分谁高？").direct_answer
    # The winner is named as the document names it, not by the question's short words.
    assert "81.2" in direct and "77.0" in direct and "东片区开发区较大" in direct


def test_a_value_before_the_measure_in_its_own_clause(chain):
    direct = chain.invoke("国家级“小巨人”和省级专精特新中小企业，哪个奖励多？").direct_answer
    assert "60万元" in direct and "15万元" in direct


def test_periods_are_read_whole(chain):
    direct = chain.invoke("项目备案的法定办结时限和承诺办结时限，哪个更长？").direct_answer
    assert "5个工作日" in direct and "2个工作日" in direct


@pytest.mark.parametrize(
    "text,value",
    [
        ("审核结果公示7个工作日", "7个工作日"),
        ("给予一次性奖励50万元", "50万元"),
        ("共有12个案例", "12个"),
    ],
)
def test_values_are_read_whole(text, value):
    assert typed_value(text, "number") == value


@pytest.mark.parametrize(
    "text,scoped",
    [
        ("在对外开放水平单项评价中，甲区位列前3位；", True),
        ("从分区域看，东片区得分最高。", True),
        ("在培育优质企业方面，对新认定企业给予奖励。", True),
        # Counter-examples: no scope of its own.
        ("甲区在评价中位列第3位。", False),
        ("全年实现地区生产总值860.5亿元。", False),
    ],
)
def test_scope_frames(text, scoped):
    assert bool(SCOPE_FRAME.match(text)) is scoped


def test_a_scoped_sentence_does_not_answer_another_scope(tmp_path):
    report = (
        "示例省开发区评价通报\n\n"
        "在科技创新能力单项评价中，甲高新区、乙高新区、丙经开区位列前3位；"
        "在对外开放水平单项评价中，丁经开区、戊综保区、己经开区位列前3位。\n"
    )
    chain = chain_over(tmp_path, {"report.txt": report})
    assert chain.invoke("戊综保区在科技创新能力单项评价中排第几？").refused
    assert "戊综保区" in chain.invoke("戊综保区在对外开放水平单项评价中排第几？").direct_answer


# An invented roster: rows named by company with their kind, and the kinds' valid periods
# stated in prose after the table.
ROSTER = """示例区优质企业拟认定名单公示

一、拟认定名单

| 序号 | 企业名称 | 所在园区 | 认定类别 |
| --- | --- | --- | --- |
| 1 | 示例甲科技有限公司 | 东区 | 甲类企业 |
| 2 | 示例乙科技有限公司 | 西区 | 甲类企业 |
| 3 | 示例丙科技有限公司 | 东区 | 乙类企业 |
| 4 | 示例丁科技有限公司 | 北区 | 乙类企业 |

二、有关说明

甲类企业认定有效期为两年，乙类企业认定有效期为三年，有效期内享受相应扶持政策。
"""


def test_a_table_comparison_needs_figures(tmp_path):
    """Rows naming the sides, but no column with a figure for them: the names in another
    column are no values to compare."""
    chain = chain_over(tmp_path, {"roster.md": ROSTER})
    answer = chain.invoke("甲类企业和乙类企业的认定有效期分别是多久，哪个更长？")
    assert "科技有限公司" not in answer.direct_answer
    # The periods the prose states, the longer one said as such (numerals in characters).
    assert "两年" in answer.direct_answer and "三年" in answer.direct_answer
    assert msg("comparison_longer", name="乙类企业") in answer.direct_answer


# Invented scores: a unit the unit list does not hold, stated after each number.
SCORES = """示例省开发区综合评价结果通报

从区域看，东部片区开发区平均得分为81.2分，西部片区、北部片区开发区平均得分分别为70.5分和64.3分。
"""


def test_values_keep_the_unit_they_share(tmp_path):
    chain = chain_over(tmp_path, {"scores.txt": SCORES})
    direct = chain.invoke("东部片区和北部片区开发区平均得分谁高？").direct_answer
    assert "81.2分" in direct and "64.3分" in direct


INDICATORS = """示例区2023年统计公报

| 指标 | 2022年 | 2023年 | 2023年增速（%） |
| --- | --- | --- | --- |
| 地区生产总值（亿元） | 812.4 | 856.1 | 5.4 |
| 一般公共预算收入（亿元） | 66.2 | 69.8 | 5.9 |
"""


def test_a_table_side_read_in_a_column_with_its_own_unit_names_that_column(tmp_path):
    # The growth rates are percentages, not amounts in the rows' own unit.
    chain = chain_over(tmp_path, {"indicators.md": INDICATORS})
    answer = chain.invoke("示例区2023年地区生产总值和一般公共预算收入哪个增速更快？")
    assert not answer.refused
    direct = answer.direct_answer
    assert "5.4" in direct and "5.9" in direct
    assert "（亿元）为" not in direct and "增速（%）为5.4" in direct


# Invented: two industries' output and growth, and a table whose header for the cumulative
# amount shares a word with the growth column's.
INDUSTRIES = """示例区2024年1—6月经济运行简报

一、重点产业

1—6月，新材料产业实现产值126.4亿元，同比增长9.7%。生物医药产业实现产值88.2亿元，同比增长13.5%。

二、主要指标

| 指标 | 1—6月累计 | 累计同比增长（%） |
| --- | --- | --- |
| 规模工业总产值 | 512.6 | 7.4 |
| 税收收入 | 30.8 | 2.2 |
"""


def test_the_kind_asked_for_is_not_the_measure(tmp_path):
    """Asked "哪个产业增长更快": 产业 names what the sides are; growth is compared, not output."""
    chain = chain_over(tmp_path, {"brief.md": INDUSTRIES})
    direct = chain.invoke("新材料和生物医药哪个产业增长更快？").direct_answer
    assert "9.7%" in direct and "13.5%" in direct and "126.4" not in direct
    assert msg("comparison_larger", name="生物医药") in direct
    # A column tie on "累计" goes to the header that also says growth (增速 → 增长).
    direct = chain.invoke("规模工业总产值和税收收入，哪个累计增速高？").direct_answer
    assert "7.4" in direct and "2.2" in direct and "512.6" not in direct


@pytest.mark.parametrize(
    "sentence,run,side,other,asked,name",
    [
        # The side's first word before the matched run, and the nouns after it.
        (
            "对新认定的国家级专精特新“小巨人”企业给予60万元奖励",
            "小巨人",
            "国家级小巨人",
            "省级专精特新中小企业",
            "哪个奖励多",
            "国家级专精特新“小巨人”企业",
        ),
        (
            "东片区开发区综合得分平均为81.2分",
            "东片区",
            "东片区",
            "西片区",
            "谁得分高",
            "东片区开发区",
        ),
        # Counter-examples: the measure asked about ends the name; a name missing a word
        # that sets the side apart is no name of it.
        (
            "北片区开发区平均得分为77.0分",
            "北片区",
            "北片区",
            "东片区",
            "平均得分谁高",
            "北片区开发区",
        ),
        (
            "全年地区生产总值增长6.4%",
            "地区生产总值",
            "2022年地区生产总值",
            "工业总产值",
            "增速",
            None,
        ),
    ],
)
def test_a_side_is_named_as_the_document_names_it(sentence, run, side, other, asked, name):
    sent = Sentence("d", "", "", 0, len(sentence), sentence, 1)
    assert document_name(sent, run, side, other, asked) == name


# Invented: the posts are counted in one statement naming both kinds; each kind's terms
# are stated in a paragraph its lead names, without naming the kind again.
POSTS = """示例区2025年公开招聘工作人员公告

一、招聘岗位

本次共设岗位6个，其中甲类岗位4个、乙类岗位2个。

二、聘用待遇

（一）甲类岗位。拟聘人员按规定办理聘用手续。试用期为6个月，最低服务年限为5年。

（二）乙类岗位。拟聘人员与用人单位签订劳动合同，试用期为3个月，合同期3年。

三、用地标准

新供应工业用地的投资强度不低于每亩300万元，其中智能装备项目不低于每亩450万元。
"""


def test_a_side_read_under_the_paragraph_its_lead_names(tmp_path):
    """The probation of each kind, not the post count the statement naming both gives."""
    chain = chain_over(tmp_path, {"posts.txt": POSTS})
    direct = chain.invoke("甲类岗位和乙类岗位的试用期，哪个长？").direct_answer
    assert "6个月" in direct and "3个月" in direct and "4个" not in direct
    assert msg("comparison_longer", name="甲类岗位") in direct


def test_a_rate_is_shown_with_its_base(tmp_path):
    chain = chain_over(tmp_path, {"posts.txt": POSTS})
    direct = chain.invoke("智能装备项目和一般工业项目，哪个投资强度要求更高？").direct_answer
    assert "每亩450万元" in direct and "每亩300万元" in direct


# Invented appeal steps: the bureau's review is stated with all the side's own words but
# not as one run; another step's statement holds one of them ("答复") before its own figure.
APPEALS = """示例区企业评价实施方案

七、异议申诉

（一）企业对评价结果有异议的，应在公示期内向发展局提交书面申诉。

（二）发展局自受理之日起10个工作日内完成复核并书面答复企业。

（三）企业对复核结果仍有异议的，可在收到答复之日起5个工作日内向管委会申请复议。管委会在15个工作日内作出决定。
"""


def test_a_side_is_read_in_the_statement_holding_all_its_words(tmp_path):
    chain = chain_over(tmp_path, {"appeals.txt": APPEALS})
    question = "发展局的复核答复期限和管委会复议作出决定的期限，哪个更长？"
    direct = chain.invoke(question).direct_answer
    assert "10个工作日" in direct and "15个工作日" in direct, direct
    assert "5个工作日" not in direct.replace("15个工作日", "")
