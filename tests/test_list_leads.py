"""Lists and their lead-ins: words the segmenter glues, place words, label lines, field
lines listing with enumeration commas. Tables of examples and counter-examples, then lists under sub-headings of documents written for this
test (bullets with a bracketed place, numbered lines), answered by the real chain."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.evidence import Sentence, Term
from assistant.answering.glued import pieces, said_apart
from assistant.answering.grammar import grammar
from assistant.answering.items import colon_items
from assistant.answering.labelled import asked_phrase, label, labelled
from tests.conftest import chain_over
from tests.helpers import answered


@pytest.mark.parametrize(
    "word,text,said",
    [
        # A glued word is said by its pieces apart.
        ("企业名单", "关于公布示范企业认定名单的通知", True),
        ("项目名单", "拟支持项目的公示名单", True),
        # The whole word is said.
        ("企业名单", "附件：企业名单", True),
        # Counter-examples: a piece missing, or a word of no whole pieces.
        ("企业名单", "关于公布示范企业的通知", False),
        ("加分项", "加分的项目", False),
    ],
)
def test_a_glued_word_is_said_by_its_pieces(word, text, said):
    assert said_apart(Term(word, 1.0), text) is said


def test_a_word_of_one_piece_is_no_compound():
    assert pieces("企业") == []
    assert set(pieces("企业名单")) == {"企业", "名单"}


@pytest.mark.parametrize(
    "word,listed",
    [("位于", True), ("地处", True), ("坐落于", True), ("园区", False), ("所在", False)],
)
def test_place_words(word, listed):
    assert (word in grammar().raw["lists"]["place_words"]) is listed


DOCS = {
    "roster.md": """# 关于公布2023年度示范企业认定名单的通知

经企业申报、专家评审和社会公示，现将认定名单公布如下。

## 一、认定名单

### （一）示范企业（3家）

- 甲乙精密机械有限公司（东区）
- 丙丁新材料有限公司（西区）
- 戊己电子科技有限公司（东区）

### （二）准示范企业（4家）

- 庚辛生物制药有限公司（西区）
- 壬癸软件开发有限公司（东区）
- 子丑环保设备有限公司（南区）
- 寅卯光电技术有限公司（东区）

## 二、支持政策

对示范企业给予一次性奖励30万元。
""",
    # A profile that says where things are and uses the glued word whole: both are known to
    # the corpus, as they are to any real one, but not said in the roster.
    "profile.md": """# 示例港区概况

示例港区位于滨海新城东部，规划面积12平方公里，下设北园和南园两个片区。港区每季度公布一次失信企业名单。

主导产业：海洋装备及船舶配套、绿色化工、冷链物流
""",
    "credit.md": """# 示例高新区企业信用评价办法

## 三、评分规则

（一）加分情形。加分合计不超过15分：

1．获得省级以上质量奖的，加5分；

2．主动披露环境信息的，加3分；

3．参与行业标准制定的，加2分。

（二）减分情形。减分不设下限：

1．被列入经营异常名录的，减10分；

2．拖欠职工工资被查处的，减8分。

4. 否决事项。出现下列情形之一的，评价等级直接定为D级：
- 发生重大安全生产事故；
- 提供虚假申报材料；
- 被司法机关立案查处。
""",
    "minutes.md": """# 示例新区管委会第3次主任办公会议纪要

时间：2024年9月2日下午
主持：管委会主任 张志远
出席：管委会副主任 李文博、赵海燕、孙立群
列席：财政局、规划局负责同志

会议研究了园区道路改造、企业奖补资金兑现等事项。
""",
    "press.md": """# 示例新区举行优化营商环境新闻发布会

出席发布会的有：新区管委会副主任周明，新区财政局局长吴峰，新区规划局副局长郑涛。
""",
    "park.md": """# 示例港区2024年度重点实验室认定结果

## 认定结果

### 省级重点实验室

1. 海洋装备重点实验室（北园）
2. 绿色化工重点实验室（南园）
3. 智能港口重点实验室（北园）

### 市级重点实验室

1. 船舶涂料重点实验室（南园）
2. 冷链物流重点实验室（北园）
""",
}


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(tmp_path_factory.mktemp("list_kinds"), DOCS)


@pytest.mark.parametrize(
    "question,expected,absent",
    [
        # "企业名单" is one word to the segmenter; the title says "企业认定名单".
        (
            "2023年度准示范企业名单里有哪些企业？",
            [
                "庚辛生物制药有限公司",
                "壬癸软件开发有限公司",
                "子丑环保设备有限公司",
                "寅卯光电技术有限公司",
            ],
            ["甲乙精密机械有限公司"],
        ),
        # The place is each item's bracketed note; the question says "位于".
        (
            "位于东区的准示范企业有哪些？",
            ["壬癸软件开发有限公司", "寅卯光电技术有限公司"],
            ["子丑环保设备有限公司", "戊己电子科技有限公司"],
        ),
        (
            "位于北园的省级重点实验室有哪些？",
            ["海洋装备重点实验室", "智能港口重点实验室"],
            ["绿色化工重点实验室", "冷链物流重点实验室"],
        ),
    ],
)
def test_a_list_under_the_sub_heading_the_question_names(chain, question, expected, absent):
    answered(chain, question, expected, absent)


@pytest.mark.parametrize(
    "question,phrase",
    [
        # The verb between the named thing and the asking word is left out.
        ("考核加分项有哪些？", "考核加分项"),
        ("申报条件包括哪些？", "申报条件"),
        ("主要任务主要有哪些", "主要任务"),
        # The noun after the asking word, when there is one.
        ("考核有哪些加分项？", "加分项"),
        # Counter-example: no asking word.
        ("加分项最高多少分？", ""),
    ],
)
def test_what_a_list_question_names(question, phrase):
    assert asked_phrase(question) == phrase


@pytest.mark.parametrize(
    "line,name",
    [
        # A short label, then the sentence whose colon opens the items.
        ("(一)加分项。加分累计最高不超过10分:", "加分项"),
        ("2.申报条件。申报企业应当同时符合下列条件:", "申报条件"),
        ("扣分项。扣分不设上限:", "扣分项"),
        # Counter-examples: no colon at the end, no full stop, a long first sentence.
        ("(一)加分项。加分累计最高不超过10分。", ""),
        ("申报企业应当同时符合下列条件:", ""),
        ("企业在开发区内注册登记并依法纳税满三年。具体条件如下:", ""),
    ],
)
def test_the_label_a_lead_in_line_opens_with(line, name):
    assert label(line) == name


def test_a_label_must_end_what_the_question_names():
    line = "(二)扣分项。扣分不设上限:"
    assert labelled(line, "考核扣分项有哪些？")
    assert not labelled(line, "考核加分项有哪些？")


@pytest.mark.parametrize(
    "question,expected,absent",
    [
        (
            "信用评价的加分情形有哪些？",
            ["获得省级以上质量奖的", "主动披露环境信息的", "参与行业标准制定的"],
            ["被列入经营异常名录的"],
        ),
        (
            "信用评价有哪些减分情形？",
            ["被列入经营异常名录的", "拖欠职工工资被查处的"],
            ["获得省级以上质量奖的"],
        ),
        # Bullets after a numbered label line.
        (
            "信用评价的否决事项有哪些？",
            ["发生重大安全生产事故", "提供虚假申报材料", "被司法机关立案查处"],
            ["被列入经营异常名录的"],
        ),
    ],
)
def test_a_lead_in_labelled_with_what_the_question_names(chain, question, expected, absent):
    answered(chain, question, expected, absent)


@pytest.mark.parametrize(
    "text,items",
    [
        # Enumeration commas alone after a field's colon.
        ("出席：管委会副主任 黄立新、陈晓燕、罗文斌", ["管委会副主任 黄立新", "陈晓燕", "罗文斌"]),
        # A conjunction inside an item keeps it whole.
        (
            "主导产业：新能源汽车及动力电池、电子信息、装备制造",
            ["新能源汽车及动力电池", "电子信息", "装备制造"],
        ),
        # The tail after the last item is left out.
        ("重点培育：电子信息、生物医药、新材料等9个产业集群。", ["电子信息", "生物医药", "新材料"]),
        # Commas still separate when there are some; semicolons first.
        ("参会单位：甲局、乙局，丙中心，丁公司", ["甲局、乙局", "丙中心", "丁公司"]),
        # Counter-examples: a conjunction in the last piece (left to the enumeration reader),
        # two pieces only, one value, no colon.
        ("分为3大片区:北部园区、中部整合区和南部园区。重点布局信息技术、先进制造等产业。", []),
        ("依据：省、市关于优化营商环境的部署", []),
        ("时间：2025年4月16日上午", []),
        ("主导产业为电子信息、装备制造", []),
    ],
)
def test_items_a_field_colon_opens(text, items):
    sent = Sentence("d", "t", "", 0, len(text), text, 1)
    assert [text[a:b] for a, b in colon_items(text, sent)] == items


@pytest.mark.parametrize(
    "question,expected,absent",
    [
        ("出席会议的管委会副主任有哪几位？", ["李文博", "赵海燕", "孙立群"], ["周明", "吴峰"]),
        ("示例港区的主导产业有哪些？", ["海洋装备及船舶配套", "绿色化工", "冷链物流"], []),
    ],
)
def test_a_field_line_listing_with_enumeration_commas(chain, question, expected, absent):
    answered(chain, question, expected, absent)


# Invented: a lead-in pointing ahead to a table of the bodies it names, one row each, and a
# numbered table whose first column is a serial number.
STATIONED = """青溪经开区机构名录

三、派驻机构

以下机构由市级部门派驻，日常工作接受管委会协调。

| 机构名称 | 主要事项 | 联系电话 |
| --- | --- | --- |
| 青溪市税务局经开区税务所 | 税费申报、发票领用 | 0791-1234501 |
| 青溪市自然资源局经开区分局 | 用地预审、不动产登记 | 0791-1234502 |

四、服务平台

下列平台面向区内企业开放：

| 序号 | 平台名称 | 运营单位 |
| --- | --- | --- |
| 1 | 青溪检验检测公共服务平台 | 青溪质检院 |
| 2 | 青溪工业设计中心 | 青溪设计集团 |
"""


@pytest.fixture(scope="module")
def stationed(tmp_path_factory) -> AnswerChain:
    return chain_over(tmp_path_factory.mktemp("stationed"), {"stationed.md": STATIONED})


def test_a_lead_in_to_a_table_lists_its_name_column(stationed):
    # The head noun of "市级部门派驻机构" is what "以下机构" points ahead to.
    answered(
        stationed,
        "有哪些市级部门派驻机构？",
        ["青溪市税务局经开区税务所", "青溪市自然资源局经开区分局"],
        absent="联系电话",
    )
    # A serial-number column names nothing: the platforms' names are listed.
    answered(
        stationed,
        "面向区内企业开放的平台有哪些？",
        ["青溪检验检测公共服务平台", "青溪工业设计中心"],
    )
