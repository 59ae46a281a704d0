"""Where a list begins and ends, and which one a list question means: a heading named by a
one-character word inside a longer one is another section; an enumeration whose clause has
no lead-in word starts after its verb. Every document here is invented for the test; the
answers come from the real index, models and chain."""

import pytest

from assistant.answering.enumerations import find_enumerations
from tests.helpers import answered, documents_chain
from tests.test_grammar import unit

DOCS = {
    "progress.md": """# 示例开发区2025年重点项目推进办法

## 一、按月报送进度

各责任单位须于每月5日前通过项目调度平台向项目办报送上月项目形象进度、投资完成情况和存在问题，逢节假日顺延。

## 二、督查考核

项目推进情况纳入年度目标考核。
""",
    "training.md": """# 示例园区关于举办申报培训会的通知

## 一、培训时间和内容

2025年6月10日上午9:00，内容为政策解读和申报辅导。

## 二、报名方式

1. 报名截止时间：2025年6月5日17:00。

2. 每家企业限报2人。

3. 报名成功后将发送短信确认。
""",
    "duties.md": """# 示例经开区管委会主要职责

示例经开区管委会的主要职责是：

（一）拟订经开区发展规划和年度计划并组织实施；

（二）负责区内招商引资和投资促进工作；

（三）负责区内产业发展工作，培育壮大轨道交通、新材料、生物医药、智能装备四大主导产业；

（四）负责区内规划建设和市政设施管理；

（五）承办市政府交办的其他事项。
""",
    "layout.md": """# 示例新区产业空间布局规划

按照“一核三园”布局推进产业集聚：“一核”为东湖片区科技创新核心区，集中布局研发总部和公共服务平台；“三园”为北山装备产业园、南湖医药产业园和西岭物流产业园。新引进工业项目原则上进入“三园”。

区内形成“一区三口岸”格局：示例综合保税区、示例国际机场、示例港码头和临港铁路物流园均位于新区或紧邻新区，多种运输方式可以在区内衔接。
""",
    "lease.txt": """示例经济技术开发区标准厂房租赁管理办法

第一条 为规范标准厂房租赁管理，提高厂房使用效率，制定本办法。

第二条 本办法适用于示例经济技术开发区管委会投资建设的标准厂房。

第三条 承租企业应当符合下列条件：
（一）属于开发区主导产业或者配套产业；
（二）在开发区注册登记，具有独立法人资格；
（三）投资强度不低于每平方米3000元。

第四条 厂房租金标准为每月每平方米12元。符合下列情形的企业，租金予以减免：首次入驻的企业，第一年免收租金；年纳税额超过500万元的企业，租金减半收取。

第五条 承租企业不得有下列行为：擅自转租、分租厂房；改变厂房主体结构；存放易燃易爆危险品。

第六条 开发区综合服务中心负责标准厂房的日常管理，经济发展局负责承租企业的准入审核，财政局负责租金收缴。
""",
    "plan.md": """# 示例高新区2024年工作总结和2025年工作安排

## 一、2025年主要目标

| 指标 | 2024年完成 | 2025年目标 |
| --- | --- | --- |
| 规上工业营业收入（亿元） | 512.3 | 560 |
| 高新技术企业（家） | 215 | 250 |

## 二、2025年重点工作

（一）实施强链行动。围绕电子信息产业链，引进配套企业不少于15家。

（二）实施扩园行动。推进东区扩区调规，新增工业用地1500亩。

（三）实施育才行动。引进博士等高层次人才50名。
""",
    "grant.md": """# 关于组织申报2025年度示例开发区数字化车间奖补资金的通知

## 一、支持对象

在示例开发区注册登记、上一年度营业收入2000万元以上的工业企业。

## 二、申报条件

申报企业须同时具备以下条件：

（一）生产经营正常，财务管理制度健全；

（二）车间主要生产设备数控化率不低于70%；

（三）近两年未发生较大及以上安全生产事故。

## 三、奖补标准

| 类别 | 认定条件 | 奖补标准 |
| --- | --- | --- |
| 市级数字化车间 | 通过市级认定 | 一次性奖励30万元 |
| 省级数字化车间 | 通过省级认定 | 一次性奖励60万元 |
""",
    "listing.md": """# 示例工业园区支持企业上市挂牌的若干措施

## 一、奖励标准

（一）分阶段奖励

1. 完成股份制改造的，奖励50万元；
2. 在证监局辅导备案的，奖励100万元。

（二）上市奖励

1. 在主板上市的，奖励500万元；
2. 在北京证券交易所上市的，奖励300万元；
3. 在境外主要资本市场上市的，奖励200万元。

## 二、服务保障

园区建立上市后备企业库，实行“一企一策”服务。
""",
    "roster.html": """<html><head><title>示例高新区2025年度专精特新中小企业拟认定名单公示</title></head><body>
<h1>示例高新区2025年度专精特新中小企业拟认定名单公示</h1>
<p>根据企业申报、园区初审和专家评审结果，现将拟认定名单予以公示。</p>
<table>
<tr><th>序号</th><th>企业名称</th><th>所属园区</th><th>主导产品</th></tr>
<tr><td>1</td><td>示例华锐精密机械有限公司</td><td>东区</td><td>数控刀具</td></tr>
<tr><td>2</td><td>示例新源电子科技有限公司</td><td>西区</td><td>电源模块</td></tr>
<tr><td>3</td><td>示例绿康生物制品有限公司</td><td>东区</td><td>兽用疫苗</td></tr>
</table>
</body></html>
""",
}

chain = documents_chain(DOCS, "list_scope")

# A budget's table alone: its kinds column is read by the kind asked ("哪几项").
BUDGET = {
    "budget.md": """# 示例高新区管委会2025年部门预算说明

## 一、“三公”经费预算情况

2025年“三公”经费预算122.60万元。

| 项目 | 2025年预算数（万元） | 2024年预算数（万元） |
| --- | --- | --- |
| 因公出国（境）费 | 12.00 | 12.00 |
| 公务接待费 | 30.50 | 33.20 |
| 公务用车购置及运行费 | 80.10 | 85.60 |
| 合计 | 122.60 | 130.80 |
""",
}

budget_chain = documents_chain(BUDGET, "list_scope_budget")


def test_a_total_row_is_no_kind_of_its_own(budget_chain):
    answered(
        budget_chain,
        "“三公”经费包括哪几项？",
        ["因公出国（境）费", "公务接待费", "公务用车购置及运行费"],
        ["合计"],
    )


def test_a_one_character_word_inside_a_heading_word_names_no_section(chain):
    # "报" (report) is read inside the heading's "报名" (sign up): that section is another.
    answered(
        chain,
        "每月报送进度的时候，要报哪些内容？",
        ["形象进度", "投资完成情况", "存在问题"],
        ["报名截止"],
    )


@pytest.mark.parametrize(
    "text,items",
    [
        # No lead-in word before the first item: the clause's words end with its verb.
        (
            "各责任单位须通过项目调度平台向项目办报送上月项目形象进度、投资完成情况和存在问题。",
            ["上月项目形象进度", "投资完成情况", "存在问题"],
        ),
        # A quoted name and its copula lead in, however the segmenter cuts the copula.
        (
            "“三园”为大冲科技园、南湖医药产业园和西岭物流产业园。",
            ["大冲科技园", "南湖医药产业园", "西岭物流产业园"],
        ),
        # A conjunction glued to the next name still joins two items; an adverb saying
        # something of all the items ends the last one.
        (
            "示例综合保税区、示例国际机场、白沙码头和昌南铁路物流园均位于新区。",
            ["示例综合保税区", "示例国际机场", "白沙码头", "昌南铁路物流园"],
        ),
        ("甲码头、乙机场和丙物流园都在新区。", ["甲码头", "乙机场", "丙物流园"]),
        # Counter-example: a short first piece keeps its words.
        ("企业可在税收、用地、人才等方面享受优惠政策。", ["税收", "用地", "人才"]),
    ],
)
def test_a_first_item_without_lead_in_starts_after_the_verb(text, items):
    assert [[text[s:e] for s, e in en.items] for en in find_enumerations(unit(text))] == [items]


@pytest.mark.parametrize(
    "question,expected,absent",
    [
        # The count the question names its things by picks the enumeration of that many,
        # not the numbered run of duties one of which holds it.
        (
            "示例经开区的四大主导产业是哪些？",
            ["轨道交通", "新材料", "生物医药", "智能装备"],
            ["招商引资"],
        ),
        # A run of clauses, each opening with a quoted part's name, is not the parts asked
        # for: the asked part's own clause lists them.
        (
            "规划中的“三园”是哪三个园区？",
            ["北山装备产业园", "南湖医药产业园", "西岭物流产业园"],
            ["一核"],
        ),
        # Clauses after a colon that list things and say something of them: the list is the
        # enumeration inside, which ends where what is said of the items begins.
        (
            "新区的“一区三口岸”包括哪些？",
            ["示例综合保税区", "示例国际机场", "示例港码头", "临港铁路物流园"],
            ["位于", "衔接"],
        ),
        # A colon inside an article's sentence opens items separated by semicolons: they
        # are the list, not the article lines around it.
        (
            "示例经开区标准厂房租金在哪些情况下可以减免？",
            ["首次入驻", "年纳税额超过500万元"],
            ["财政局", "第六条"],
        ),
        # Asked with a negation, the items a barring lead-in opens answer, not the
        # conditions a granting one lists.
        (
            "承租示例经开区标准厂房后不能做哪些事？",
            ["擅自转租", "改变厂房主体结构", "存放易燃易爆危险品"],
            ["主导产业"],
        ),
        # One table row's one value is no list: the section's items are.
        ("示例高新区2025年有哪些重点工作？", ["强链行动", "扩园行动", "育才行动"], ["250"]),
        # A column naming the asked kind with a qualifier the question does not say holds
        # another kind, when a heading names it with the question's own words.
        (
            "示例开发区数字化车间奖补申报需要满足哪些条件？",
            ["生产经营正常", "数控化率不低于70%", "安全生产事故"],
            ["通过市级认定"],
        ),
        # The question names one sub-heading of the section its asked word heads: that
        # sub-heading's items answer, not the run of sub-headings.
        (
            "示例工业园区的上市奖励标准有哪几档？",
            ["主板上市", "北京证券交易所上市", "境外主要资本市场上市"],
            ["股份制改造", "分阶段奖励"],
        ),
        # The kind asked by the question's subject ("the firms ... are which") names the
        # table column whose values answer.
        (
            "示例高新区拟认定的专精特新企业有哪些？",
            ["示例华锐精密机械有限公司", "示例新源电子科技有限公司", "示例绿康生物制品有限公司"],
            ["专家评审"],
        ),
    ],
)
def test_the_list_asked_for_and_no_more(chain, question, expected, absent):
    answered(chain, question, expected, absent)
