"""Lists and definitions over layouts of our own: inline numbered items, items on their own
lines, sequence words (首先…其次…最后), sub-headings under the heading a question names, a
table's name column, and the constructions that define a term. Every document here is
invented for the test; the answers come from the real index, models and chain."""

import pytest

from assistant.answering.chain import AnswerChain, build_chain
from assistant.answering.definitions import asks_definition, defines
from assistant.answering.enumerations import find_enumerations
from assistant.answering.items import inline_items, numbered_items
from assistant.answering.questions import analyze, classify
from assistant.index import Index
from assistant.ingest.pipeline import ingest
from tests.conftest import chain_over, make_settings
from tests.helpers import answered, documents_chain
from tests.test_grammar import unit

DOCS = {
    "kinds.md": """# 示例开发区项目扶持办法

开发区重点支持三类项目：一是先进制造业项目，二是现代服务业项目，三是科技创新项目。

## 申报程序

1）企业在线提交申请；
2）管委会组织专家评审；
3）评审结果公示5个工作日。
""",
    "focus.md": """# 示例港区2024年工作安排

港区将聚焦“项目建设、产业升级、民生改善”三项重点，推动高质量发展。
""",
    "plan.md": """# 示例滨海新区2025年工作要点

## 重点任务

滨海新区将重点推进以下工作。

（一）建设创新平台。布局建设一批重点实验室和中试基地。

（二）培育市场主体。实施企业梯度培育计划，新增规上企业50家。

（三）优化营商环境。深化“放管服”改革，推行告知承诺制。

## 保障措施

加强组织领导，压实工作责任。
""",
    "apply.md": """# 示例园区企业入园申请指南

## 所需材料

1. 营业执照、税务登记证复印件；
2. 法定代表人身份证复印件；
3. 项目投资计划书。

## 审核标准

入园项目的审核标准包括但不限于：投资强度不低于每亩300万元；亩均税收不低于每年20万元；符合园区产业定位。
""",
    "qa.md": """# 示例区惠企新政问答

问：新政策有哪些亮点？

答：主要有三个亮点。一是扩大支持范围，将服务业企业纳入支持；二是提高奖励标准，单项奖励最高提高到200万元；三是简化兑现流程，实行网上一次办结。

问：办理流程是怎样的？

答：办理流程分为三步：第一步，网上提交申请；第二步，部门联合审核；第三步，财政直达拨付。
""",
    "support.md": """# 示例区支持新兴产业发展的若干措施

对新能源、新材料、生物医药、高端装备、数字经济等5类企业给予重点支持。

企业研发投入奖励按照“先投后补”的方式兑现，即企业先行投入研发资金，经审核后按比例给予补助。

本措施所称新兴产业企业，指主营业务属于本措施支持领域、在示例区登记注册的企业。

园区全面推行“一网通办”，企业办理各类事项只需登录一个平台、提交一次材料。
""",
    "apartment.md": """# 示例区人才公寓申请须知

## 申请材料

申请人应当提交下列材料：

人才公寓申请表；

身份证明复印件；

劳动合同及社保缴纳证明。

## 受理时间

每月1日至10日受理申请。
""",
    "bullets.md": """# 示例区孵化器入驻指南

## 入驻条件

- 注册地在示例区
- 成立时间不超过3年
- 拥有自主知识产权

## 支持内容

入驻孵化器的企业享有以下支持：

1. 免费办公场地，
   期限最长2年；
2. 创业导师辅导；
3. 投融资对接。
""",
    "notice.txt": """示例区关于开展2024年度科技项目申报工作的通知

各有关单位：

现将2024年度科技项目申报工作有关事项通知如下。

一、申报范围
本次申报包括重大科技专项、科技成果转化项目以及科技型企业培育项目。

二、申报条件
（一）申报单位在示例区注册并依法纳税；
（二）项目具有明确的技术创新点，
且已形成阶段性成果；
（三）申报单位近三年无严重失信行为。

三、申报时间
2024年3月1日至3月31日。
""",
    "rules.md": """# 示例省园区管理条例

## 第二章 设立

第五条 设立园区应当具备下列条件：

（一）符合国土空间规划；

（二）主导产业明确。

第六条 申请设立园区应当提交下列材料：

（一）设立申请书；

（二）可行性研究报告。

## 第三章 评价

第七条 园区评价结果分为优秀、良好、合格和不合格四个等次。
""",
    "fund.md": """# 示例市产业园区扶持资金管理办法

第一条 为规范示例市产业园区扶持资金（以下简称扶持资金）的使用和管理，制定本办法。

第二条 本办法所称产业园区，是指经市人民政府批准设立、实行统一规划和管理的工业集聚区域。

第三条 扶持资金重点支持以下方向：（一）园区基础设施建设；（二）公共服务平台建设；（三）重大产业项目引进；（四）人才公寓建设；（五）园区数字化改造。

第四条 申请扶持资金的企业应当同时符合下列条件：

（一）在本市登记注册并具有独立法人资格；

（二）近三年无重大安全生产事故；

（三）财务管理制度健全。

第五条 有下列情形之一的，不予支持：

（一）弄虚作假骗取资金的；

（二）被列入严重失信主体名单的。

第六条 本办法由市工业和信息化局负责解释。

第七条 首次入库企业奖励和研发平台认定奖励，实行“免申即享”，企业无需提出申请。

第八条 园区企业按信用状况分为A、B、C、D四个等级，实行分级监管。

第九条 获得扶持的项目须在签约之日起6个月内开工，2年内竣工，竣工后3年内达产。
""",
    "report.md": """# 示例高新区2023年工作总结

## 一、主要成效

今年以来，高新区围绕三项重点任务推进工作。一是加快项目建设，全年新开工项目42个；二是优化营商环境，企业开办时间压缩至1个工作日；三是强化人才引进，新引进高层次人才120名。

园区已形成电子信息、智能装备、生物医药以及新能源汽车四大主导产业。

园区服务企业的方式主要有上门走访、线上平台和政策宣讲会等。

## 二、存在问题

首先，产业链条不够完整；其次，创新平台数量偏少；最后，土地要素保障压力较大。

## 三、下一步打算

### （一）推进重点项目

全力推进智能装备产业园、生物医药孵化器两个项目建设。

### （二）深化体制改革

推行“管委会+公司”运营模式。
""",
    "guide.md": """# 示例经开区企业服务指南

## 服务事项

企业可以申请以下服务：

①政策咨询：解答企业关于税收、用地、人才等方面的政策问题；

②项目代办：为重点项目提供从立项到竣工验收的全流程代办服务；

③融资对接：组织银行、担保机构与企业开展对接。

## 办理依据

1. 《示例经开区企业服务管理办法》；
2. 《示例经开区营商环境优化措施》。

## 名词解释

“标准地”：指在完成区域评估的基础上，事先明确规划条件和控制性指标的国有建设用地。

“承诺制”，即企业作出书面承诺后，审批部门先行办理审批手续的制度。

所谓“亩均论英雄”，是以单位土地面积产出为核心指标评价企业效益的改革。
""",
    "list.md": """# 2023年度示例区创新型企业名单

| 序号 | 企业名称 | 所属行业 |
| --- | --- | --- |
| 1 | 甲科技有限公司 | 电子信息 |
| 2 | 乙材料股份有限公司 | 新材料 |
| 3 | 丙生物医药有限公司 | 生物医药 |
""",
}


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(tmp_path_factory.mktemp("layouts"), DOCS)


@pytest.mark.parametrize(
    "question,expected",
    [
        (
            "扶持资金重点支持哪些方向？",
            [
                "园区基础设施建设",
                "公共服务平台建设",
                "重大产业项目引进",
                "人才公寓建设",
                "园区数字化改造",
            ],
        ),
        (
            "申请扶持资金的企业要符合哪些条件？",
            ["在本市登记注册并具有独立法人资格", "近三年无重大安全生产事故", "财务管理制度健全"],
        ),
        ("哪些奖励实行“免申即享”？", ["首次入库企业奖励", "研发平台认定奖励"]),
        ("园区企业按信用状况分为哪几个等级？", ["A、B、C、D"]),
        # One question asking several values at once: each clause holding one is read.
        (
            "获得扶持的项目须在多长时间内开工、竣工和达产？",
            ["6个月内开工", "2年内竣工", "3年内达产"],
        ),
        # Unnumbered lines a lead-in colon opens, bullets, a numbered item that wraps onto
        # its next line, an inline run with 以及, numbered clauses of a plain-text notice.
        (
            "申请人才公寓需要提交哪些材料？",
            ["人才公寓申请表", "身份证明复印件", "劳动合同及社保缴纳证明"],
        ),
        (
            "入驻孵化器需要满足哪些条件？",
            ["注册地在示例区", "成立时间不超过3年", "拥有自主知识产权"],
        ),
        ("入驻孵化器的企业享有哪些支持？", ["免费办公场地", "创业导师辅导", "投融资对接"]),
        (
            "2024年度科技项目申报包括哪些项目？",
            ["重大科技专项", "科技成果转化项目", "科技型企业培育项目"],
        ),
        (
            "科技项目的申报条件有哪些？",
            ["在示例区注册并依法纳税", "明确的技术创新点", "近三年无严重失信行为"],
        ),
        # Ordinal clauses in a Q&A answer, steps numbered 第一步, a run after 对 closed by a
        # count, a term explained by 即 after a short phrase, definition asking words.
        ("新政策有哪些亮点？", ["扩大支持范围", "提高奖励标准", "简化兑现流程"]),
        ("惠企新政办理流程分哪几步？", ["网上提交申请", "部门联合审核", "财政直达拨付"]),
        ("对哪几类企业给予重点支持？", ["新能源", "新材料", "生物医药", "高端装备", "数字经济"]),
        ("什么是先投后补？", ["企业先行投入研发资金", "经审核后按比例给予补助"]),
        ("新兴产业企业的定义是什么？", ["主营业务属于本措施支持领域", "在示例区登记注册的企业"]),
        ("什么叫新兴产业企业？", ["主营业务属于本措施支持领域", "在示例区登记注册的企业"]),
        ("先投后补是啥意思？", ["企业先行投入研发资金"]),
        ("一网通办是什么？", ["只需登录一个平台", "提交一次材料"]),
        # A sentence pointing ahead to numbered lines, an item holding an enumeration comma,
        # items a colon opens and semicolons separate through the paragraph.
        ("滨海新区将重点推进哪些工作？", ["建设创新平台", "培育市场主体", "优化营商环境"]),
        (
            "入园申请需要哪些材料？",
            ["营业执照、税务登记证复印件", "法定代表人身份证复印件", "项目投资计划书"],
        ),
        (
            "入园项目的审核标准有哪些？",
            ["投资强度不低于每亩300万元", "亩均税收不低于每年20万元", "符合园区产业定位"],
        ),
        # Ordinals after commas, and "1)" lines the ingest keeps as paragraphs.
        ("开发区重点支持哪三类项目？", ["先进制造业项目", "现代服务业项目", "科技创新项目"]),
        (
            "项目扶持的申报程序是什么？",
            ["企业在线提交申请", "管委会组织专家评审", "评审结果公示5个工作日"],
        ),
        ("什么情形不予支持？", ["弄虚作假骗取资金", "被列入严重失信主体名单"]),
        ("产业园区是指什么？", ["经市人民政府批准设立", "实行统一规划和管理的工业集聚区域"]),
        ("扶持资金指的是什么？", ["示例市产业园区扶持资金"]),
        ("高新区今年推进了哪几项重点任务？", ["加快项目建设", "优化营商环境", "强化人才引进"]),
        ("园区有哪些主导产业？", ["电子信息", "智能装备", "生物医药", "新能源汽车"]),
        ("园区通过哪些方式服务企业？", ["上门走访", "线上平台", "政策宣讲会"]),
        ("高新区存在哪些问题？", ["产业链条不够完整", "创新平台数量偏少", "土地要素保障压力较大"]),
        ("高新区下一步有哪些打算？", ["推进重点项目", "深化体制改革"]),
        ("企业可以申请哪些服务？", ["政策咨询", "项目代办", "融资对接"]),
        # The heading names the word said right before the asking word, not the asked kind.
        ("经开区企业服务依据的是哪些文件？", ["企业服务管理办法", "营商环境优化措施"]),
        (
            "什么是标准地？",
            ["在完成区域评估的基础上", "事先明确规划条件和控制性指标的国有建设用地"],
        ),
        ("承诺制是什么意思？", ["企业作出书面承诺后", "审批部门先行办理审批手续的制度"]),
        ("亩均论英雄是什么？", ["以单位土地面积产出为核心指标评价企业效益的改革"]),
        (
            "哪些企业入选了2023年度创新型企业名单？",
            ["甲科技有限公司", "乙材料股份有限公司", "丙生物医药有限公司"],
        ),
        (
            "扶持资金重点支持哪些方向，以及办法由哪个部门负责解释？",
            ["园区基础设施建设", "园区数字化改造", "市工业和信息化局"],
        ),
    ],
)
def test_every_item_or_defining_fact_is_in_the_direct_answer(chain, question, expected):
    answer = chain.invoke(question)
    assert not answer.refused, question
    missing = [e for e in expected if e not in answer.direct_answer]
    assert missing == [], answer.direct_answer


@pytest.mark.parametrize(
    "question,absent",
    [
        # A section's list ends at the next heading of its level: no padding from the next one.
        ("高新区下一步有哪些打算？", ["产业链条", "主要成效"]),
        # Items of one article end where the next article begins, under one chapter heading.
        ("设立园区应当具备哪些条件？", ["设立申请书", "可行性研究报告"]),
        ("申请设立园区要提交哪些材料？", ["符合国土空间规划", "主导产业明确"]),
        ("高新区存在哪些问题？", ["推进重点项目", "新开工项目"]),
        ("企业可以申请哪些服务？", ["标准地", "承诺制"]),
        # Asked one value, the answer does not run on to the others.
        ("获得扶持的项目须在多长时间内开工？", ["2年内竣工"]),
        # A definition answers with the defining article, not the one that only uses the term.
        ("产业园区是指什么？", ["为规范"]),
    ],
)
def test_a_list_or_definition_stays_in_its_scope(chain, question, absent):
    answer = chain.invoke(question)
    assert not answer.refused
    assert [a for a in absent if a in answer.direct_answer] == []


@pytest.mark.parametrize(
    "text,term,found",
    [
        ("本办法所称产业园区,是指经市人民政府批准设立的区域。", "产业园区", True),
        ("“标准地”:指在完成区域评估的基础上出让的国有建设用地。", "标准地", True),
        ("“承诺制”,即企业作出书面承诺后先行办理审批手续的制度。", "承诺制", True),
        ("所谓“亩均论英雄”,是以单位土地面积产出评价企业效益的改革。", "亩均论英雄", True),
        ("为规范示例市产业园区扶持资金(以下简称扶持资金)的使用,制定本办法。", "扶持资金", True),
        ("飞地经济指的是两地合作共建园区的模式。", "飞地经济", True),
        ("园区全面推行“一网通办”,企业只需登录一个平台。", "一网通办", True),
        ("1. 链主企业:在产业链中居于核心地位的企业。", "链主企业", True),
        ("(二)中试基地:为科技成果提供中试服务的平台。", "中试基地", True),
        # Counter-examples: the term is used, not defined.
        ("产业园区应当加快基础设施建设。", "产业园区", False),
        ("申请扶持资金的企业应当符合下列条件:", "扶持资金", False),
        ("推进标准地出让改革。", "标准地", False),
        ("推进“一网通办”改革。", "一网通办", False),
        ("2. 支持链主企业:给予100万元奖励。", "链主企业", False),
    ],
)
def test_definition_constructions(text, term, found):
    assert defines(text, term) is found


@pytest.mark.parametrize(
    "question,asks",
    [
        ("产业园区是指什么？", True),
        ("办法里说的开发区指哪些？", True),
        ("开发区包括哪些？", True),
        # Counter-examples: a list of things, not what a term covers.
        ("园区有哪些主导产业？", False),
        ("需要提交哪些材料？", False),
    ],
)
def test_questions_asking_what_a_term_covers(question, asks):
    assert asks_definition(analyze(question)) is asks


@pytest.mark.parametrize(
    "text,items",
    [
        (
            "首先，链条不完整；其次，平台偏少；最后，用地紧张。",
            ["链条不完整", "平台偏少", "用地紧张"],
        ),
        ("第一，降成本；第二，优服务。", ["降成本", "优服务"]),
        ("支持三类项目：一是制造业项目，二是服务业项目。", ["制造业项目", "服务业项目"]),
        ("主要有三项：一是建项目；二是优环境；三是引人才。", ["建项目", "优环境", "引人才"]),
        ("支持以下方向：（一）基础设施；（二）公共平台。", ["基础设施", "公共平台"]),
        # A paragraph under its own heading number numbers its list with another series:
        # the heading is no item, nor is an inner list of the other numbering.
        (
            "（二）入住条件。申请人须同时满足：一是在园区工作；二是本人无住房。",
            ["在园区工作", "本人无住房"],
        ),
        ("（1）申报要求。包括：①信用良好；②按时纳税。", ["信用良好", "按时纳税"]),
        # Counter-examples: one sequence word, or one inside a clause, numbers no list.
        ("最后，会议强调要抓好落实。", []),
        ("会议首先听取了汇报，最后作出部署。", []),
    ],
)
def test_items_numbered_inside_a_paragraph(text, items):
    assert [text[s:e] for s, e in inline_items(text, 0, len(text))] == items


@pytest.mark.parametrize(
    "text,items",
    [
        # The last name runs on into what is said of the names: it ends at the predicate.
        (
            "甲经济开发区、乙工业集中区连续两年综合排名位于全省后5位，予以警告。",
            ["甲经济开发区", "乙工业集中区"],
        ),
        # Counter-examples: items of even length, and a last item that is a name itself.
        (
            "全力推进智能装备产业园、生物医药孵化器两个项目建设。",
            ["智能装备产业园", "生物医药孵化器"],
        ),
        ("企业可在税收、用地、人才等方面享受优惠政策。", ["税收", "用地", "人才"]),
        # Two things joined by 和 alone keep their modifiers; one-letter class labels count.
        (
            "首次入库企业奖励和研发平台认定奖励，实行“免申即享”。",
            ["首次入库企业奖励", "研发平台认定奖励"],
        ),
        ("园区企业按信用状况分为A、B、C、D四个等级。", ["A", "B", "C", "D"]),
    ],
)
def test_a_run_on_last_item_ends_at_the_predicate(text, items):
    assert [[text[s:e] for s, e in en.items] for en in find_enumerations(unit(text))] == [items]


def test_articles_around_an_article_are_no_list():
    text = "第二十八条 排名靠前的开发区予以支持。\n\n第二十九条 排名靠后的开发区予以警告。\n\n第三十条 本办法自公布之日起施行。"
    line = text.index("第二十九条")
    assert numbered_items(text, unit(text, line, text.index("\n", line))) == []
    # Counter-example: numbered items under a lead-in are gathered from any of them.
    items = "应当具备下列条件：\n（一）依法登记；\n（二）无失信记录。"
    second = items.index("（二）")
    found = numbered_items(items, unit(items, second, len(items)))
    assert [items[s:e] for s, e in found] == ["依法登记", "无失信记录"]


def test_a_part_no_document_answers_is_said_to_be_missing(chain):
    answer = chain.invoke("扶持资金重点支持哪些方向，以及扶持资金的总额是多少？")
    assert not answer.refused
    assert "园区基础设施建设" in answer.direct_answer
    assert "文档中没有找到“扶持资金的总额是多少？”的答案" in answer.direct_answer
    # Counter-example: a question none of whose parts is answered is still refused.
    assert chain.invoke("扶持资金的总额是多少，以及受理窗口在几楼？").refused


@pytest.mark.parametrize(
    "text",
    [
        # Counter-examples: a name with 和 inside, things of different kinds joined by 和,
        # 及 inside a word (及时), and no joiner at all make no list.
        "本办法由市工业和信息化局负责解释。",
        "继续加大招商引资和科技创新力度。",
        "企业应当及时报送建设信息。",
        "园区实行分级监管。",
    ],
)
def test_no_list_without_things_of_one_kind(text):
    assert find_enumerations(unit(text)) == []


@pytest.mark.parametrize(
    "question,qtype",
    [
        ("新兴产业企业的定义是什么？", "definition"),
        ("什么叫标准地？", "definition"),
        ("拿地即开工是咋回事？", "definition"),
        ("何谓亩均论英雄？", "definition"),
        # A procedure asked as a whole is a list of its steps.
        ("项目扶持的申报程序是什么？", "list"),
        # Counter-examples: lists, amounts and yes/no keep their types.
        ("园区有哪些主导产业？", "list"),
        ("是否需要履行审批程序？", "yesno"),
        ("扶持资金的总额是多少？", "number"),
    ],
)
def test_definition_asking_words(question, qtype):
    assert classify(question) == qtype


def test_an_item_holding_an_enumeration_comma_stays_one_item(chain):
    answer = chain.invoke("入园申请需要哪些材料？")
    assert "共3项" in answer.direct_answer
    assert "营业执照、税务登记证复印件；法定代表人身份证复印件" in answer.direct_answer


def test_a_list_of_another_kind_is_not_the_answer(chain):
    # The source counts its items as priorities; the question asks for industries.
    answer = chain.invoke("示例港区主要发展哪几个产业？")
    assert not answer.direct_answer.startswith(("共3项", "共三项"))


# A Word file whose numbered items wrap onto paragraphs of their own, as a print layout
# converted to paragraphs leaves them: the loader keeps every paragraph.
WRAPPED = [
    ("heading", "示例区技改资金申报通知"),
    ("heading2", "申报材料"),
    ("p", "申报单位须提交以下材料："),
    ("p", "1. 技改资金申请表，"),
    ("p", "须加盖单位公章；"),
    ("p", "2. 项目可行性研究报告及"),
    ("p", "项目备案证明；"),
    ("p", "3. 近一年财务审计报告。"),
    ("heading2", "申报时间"),
    ("p", "2024年6月1日至6月30日。"),
]


def test_numbered_items_that_wrap_onto_their_own_paragraphs(tmp_path):
    import docx

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    d = docx.Document()
    for kind, text in WRAPPED:
        if kind == "p":
            d.add_paragraph(text)
        else:
            d.add_heading(text, level=1 if kind == "heading" else 2)
    d.save(str(corpus / "wrapped.docx"))
    settings = make_settings(tmp_path / "index")
    index = Index(settings)
    assert not ingest(index, [corpus]).errors
    answer = build_chain(settings, index=index).invoke("技改资金申报须提交哪些材料？")
    for item in ("技改资金申请表", "项目可行性研究报告", "近一年财务审计报告"):
        assert item in answer.direct_answer, answer.direct_answer
    assert "申报时间" not in answer.direct_answer


@pytest.mark.parametrize(
    "text,items",
    [
        # A sentence pointing ahead opens the numbered lines after it, as a colon does.
        ("将重点推进以下工作。\n（一）建平台；\n（二）育主体。", ["建平台", "育主体"]),
        ("具体安排如下。\n1. 网上申请；\n2. 部门审核。", ["网上申请", "部门审核"]),
        # Counter-example: a sentence that points nowhere opens nothing.
        ("将重点推进相关工作。\n（一）建平台；\n（二）育主体。", []),
    ],
)
def test_a_sentence_pointing_ahead_opens_numbered_lines(text, items):
    lead = unit(text, 0, text.index("\n"))
    assert [text[s:e] for s, e in numbered_items(text, lead)] == items


# Invented: a body's duties in semicolon-separated clauses mention the wards it serves; the
# zone's opening paragraph names the two wards it administers.
WARDS = """青溪经开区管委会机构职责

青溪经开区于1996年经省政府批准设立，规划面积56平方公里，托管桃源街道和柳岸街道。

一、社会事务局

社会事务局主要职责：负责托管街道的教育和卫生工作；负责就业服务和技能培训；负责劳动保障监察。
"""

wards = documents_chain({"wards.txt": WARDS}, "wards")


def test_an_asked_count_rules_out_a_run_of_another_size(wards):
    # "哪两个": the three duty clauses under the bureau are no answer; the two wards are.
    answered(wards, "托管街道是哪两个？", ["桃源街道", "柳岸街道"], absent="负责")


# Invented: a catalogue section of numbered items, and a note saying which two items left it.
CATALOGUE = """青溪经开区产业准入清单（2025年版）

一、禁止类项目

1. 新建燃煤发电项目。
2. 新建农药原药生产项目。
3. 新建独立炼焦项目。
4. 新建含汞电池生产项目。

二、修订说明

与2022年版相比，调出禁止类的2项（新建小型铸造项目、新建印染项目）改按限制类管理。
"""

catalogue = documents_chain({"catalogue.txt": CATALOGUE}, "catalogue")


def test_an_asked_count_rules_out_a_section_of_another_size(catalogue):
    # "哪两项": the four items of the section are no answer; the two the note names are.
    answered(
        catalogue, "哪两项被调出了禁止类？", ["新建小型铸造项目", "新建印染项目"], absent="燃煤"
    )
