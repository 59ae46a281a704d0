"""A choice between two named options: the subject and the options read from the question,
the option read from the nearest place stating one of the subject (invented documents of
several layouts, real index)."""

import pytest

from assistant.answering.choices import asked_choice, said
from tests.conftest import chain_over


@pytest.mark.parametrize(
    ("question", "subject", "options"),
    [
        ("甲公司是瞪羚企业还是准瞪羚企业？", "甲公司", ("瞪羚企业", "准瞪羚企业")),
        ("青禾园区属于国家级还是省级开发区？", "青禾园区", ("国家级", "省级开发区")),
        ("这个项目列入重点项目还是一般项目呢", "这个项目", ("重点项目", "一般项目")),
        ("乙公司算高新技术企业还是科技型中小企业", "乙公司", ("高新技术企业", "科技型中小企业")),
    ],
)
def test_asked_choice(question, subject, options):
    choice = asked_choice(question)
    assert choice is not None
    assert (choice.subject, choice.options) == (subject, options)


@pytest.mark.parametrize(
    "question",
    [
        # Counter-examples: a choice of predicates, no choice, an option that is a clause.
        "跟去年同期比涨了还是跌了？",
        "新版比旧版多了还是少了？",
        "甲公司是瞪羚企业吗？",
        "还是这个问题，奖励是多少？",
        "甲公司是按照第一批名单认定的企业，还是按照第二批名单补充认定的企业？",
    ],
)
def test_no_choice(question):
    assert asked_choice(question) is None


@pytest.mark.parametrize(
    ("option", "other", "text", "found"),
    [
        ("准瞪羚企业", "瞪羚企业", "（二）准瞪羚企业（8家）", True),
        ("瞪羚企业", "准瞪羚企业", "（二）准瞪羚企业（8家）", False),
        ("瞪羚企业", "准瞪羚企业", "（一）瞪羚企业（6家）", True),
        ("省级", "国家级", "3个省级开发区", True),
    ],
)
def test_option_inside_the_other_is_not_said(option, other, text, found):
    assert said(option, other, text) is found


NOTICE = (
    "青禾高新区关于公布2024年度成长型企业认定名单的通知\n\n"
    "各有关单位：\n\n"
    "经企业申报、专家评审和社会公示，现将认定名单公布如下。\n\n"
    "一、领军企业（2家）\n\n"
    "青禾星河光电有限公司（东园）\n\n"
    "青禾北辰新材料有限公司（西园）\n\n"
    "二、培育企业（2家）\n\n"
    "青禾远帆机器人有限公司（东园）\n\n"
    "青禾蓝湾生物科技有限公司（南园）\n"
)
TABLE = (
    "# 白石经开区2024年重点项目清单\n\n"
    "| 序号 | 项目名称 | 类别 | 总投资（亿元） |\n"
    "| --- | --- | --- | --- |\n"
    "| 1 | 白石云岭数据中心 | 续建项目 | 12 |\n"
    "| 2 | 白石松涛储能电站 | 新开工项目 | 8 |\n"
)
REPORT = (
    "松川开发区发展概况\n\n"
    "松川开发区下辖松川高新技术产业开发区、松川经济技术开发区2个国家级开发区，"
    "松川滨江工业园区、松川临港产业园区2个省级开发区，共同构成产业核心区。\n"
)


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    root = tmp_path_factory.mktemp("choices")
    return chain_over(root, {"notice.txt": NOTICE, "projects.md": TABLE, "report.txt": REPORT})


@pytest.mark.parametrize(
    ("question", "option", "wrong"),
    [
        # The option in the heading above a list item.
        ("青禾远帆机器人有限公司是领军企业还是培育企业？", "培育企业", "领军企业"),
        ("青禾星河光电有限公司是培育企业还是领军企业？", "领军企业", "培育企业"),
        # The option in a table row's cell.
        ("白石松涛储能电站是续建项目还是新开工项目？", "新开工项目", "续建项目"),
        # The option in the clause naming the subject, the other in another clause.
        ("松川滨江工业园区属于国家级还是省级开发区？", "省级开发区", "国家级"),
    ],
)
def test_the_option_stated_of_the_subject(chain, question, option, wrong):
    answer = chain.invoke(question)
    assert not answer.refused
    assert answer.direct_answer.startswith(option)
    assert not answer.direct_answer.startswith(wrong)
    assert any(option in c.quote for c in answer.citations)


def test_a_subject_no_document_names_gets_no_option(chain):
    answer = chain.invoke("青禾金石电子有限公司是领军企业还是培育企业？")
    assert not answer.direct_answer.startswith(("领军企业", "培育企业"))
