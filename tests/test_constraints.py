"""Constraints a unit must meet to answer a question (answering/constraints.py), group by
group: examples that must hold and counter-examples that must not."""

import pytest

from assistant.answering.composing import Context
from assistant.answering.constraints import (
    is_name,
    named_compounds,
    other_attribute,
    rejection,
    said_as_word,
    stated_ranks,
    states_count,
)
from assistant.answering.covering import (
    asks_rank,
    covering_answer,
    date_states,
    doubted_type,
    fits_question,
    joins_items,
    own_identifier,
)
from assistant.answering.evidence import DATE, DURATION, NUMBER, Sentence, Term
from assistant.answering.extraction import pattern_hit
from assistant.answering.polarity import opposite_case
from assistant.answering.question_words import counted_noun
from assistant.answering.questions import analyze, asked_identifier


def unit(text: str, title: str = "", meta: str = "") -> Sentence:
    return Sentence("d", title, "", 0, len(text), text, 1, meta=meta)


@pytest.mark.parametrize(
    "question,counted",
    [
        ("山西全省目前有多少个国家级高新区？", ("个", "高新区")),
        ("一共备案了多少个企业投资项目？", ("个", "项目")),
        ("全省有几家开发区参加评价？", ("家", "开发区")),
        # After the general classifier only a thing follows, whatever its tag ("包" read as
        # a verb).
        ("同一供应商最多能中几个包？", ("个", "包")),
        # A verb after a classifier of people is what they do, not what is counted; a unit
        # after the general classifier measures ("几个点": percentage points).
        ("有多少人参加？", None),
        ("AI产业涨了几个点？", None),
        # Counter-examples: no classifier after the asking word, or no noun after it.
        ("规划面积是多少？", None),
        ("一共有多少家？", None),
    ],
)
def test_counted_noun(question, counted):
    assert counted_noun(question) == counted


@pytest.mark.parametrize(
    "text,classifier,noun,expected",
    [
        ("其中6个国家级开发区,77个省级开发区", "个", "开发区", True),
        ("共有219家国家级经济技术开发区参评", "家", "经开区", True),
        ("全省有两家高新技术产业开发区", "家", "高新区", True),
        # Counter-examples: a count of another noun, or the noun outside the count's clause.
        ("晋中经济技术开发区4个国家级开发区,太原工业园区", "个", "高新区", False),
        ("新建重大转型项目141个", "个", "项目", True),
        ("项目总投资额变化幅度超过20%", "个", "项目", False),
        ("4个片区，以及高新区", "个", "高新区", False),
        # A noun that is a classifier itself ("几个人") is counted without 个.
        ("联络员限报1人", "个", "人", True),
        ("专家不少于5名", "个", "人", True),
        ("场地不少于1000平方米", "个", "人", False),
    ],
)
def test_states_count(text, classifier, noun, expected):
    assert states_count(text, classifier, noun) is expected


def _terms(*words: str) -> list[Term]:
    return [Term(w, 1.0, pos="n") for w in words]


@pytest.mark.parametrize(
    "question,text,meta,reason",
    [
        # A year holds in the document's metadata when the unit states none.
        ("昆山2023年排名第几？", "昆山经济技术开发区排名第四", "2023-12-29", None),
        # A year the unit states itself decides over its document's year.
        ("太原片区2020年排名第几？", "2019年,太原片区综合排名第31位", "2020", "year"),
        # Counter-example: no year anywhere near the unit.
        ("昆山2023年排名第几？", "昆山经济技术开发区排名第四", "", "number"),
    ],
)
def test_year_constraint(question, text, meta, reason):
    aq = analyze(question)
    words = [w for w in ("昆山", "太原片区") if w in question]
    assert rejection(unit(text, meta=meta), 1.0, aq, _terms(*words), ()) == reason


@pytest.mark.parametrize(
    "question,text,reason",
    [
        # The first of a series is written with 首 as well as 第一 (首次 = 第一次).
        ("第一次签约最少签几年？", "首次签约的期限不得少于3年。", None),
        ("第一批名单有哪些企业？", "首批名单共有12家企业。", None),
        # Counter-examples: another ordinal, or no ordinal at all.
        ("第一次签约最少签几年？", "第二次签约的期限不得少于3年。", "ordinal"),
        ("第二批名单有哪些企业？", "首批名单共有12家企业。", "ordinal"),
    ],
)
def test_first_ordinal_written_with_shou(question, text, reason):
    aq = analyze(question)
    words = [w for w in ("签约", "名单") if w in question]
    assert rejection(unit(text), 1.0, aq, _terms(*words), ()) == reason


def test_counted_noun_constraint():
    aq = analyze("山西有多少个国家级高新区？")
    terms = _terms("山西", "高新区")
    counted = counted_noun(aq.text)
    other = unit("山西4个国家级开发区,其中高新区在太原")
    own = unit("山西有2个国家级高新区")
    assert rejection(other, 1.0, aq, terms, (), counted) == "counted"
    assert rejection(own, 1.0, aq, terms, (), counted) is None


def test_a_table_row_counts_its_item_in_a_column_of_its_own():
    aq = analyze("包4一共要采购多少套监控设备？")
    terms = _terms("监控", "设备")
    counted = counted_noun(aq.text)
    header = ("包号", "名称", "预算金额", "数量")

    def row(*cells: str) -> Sentence:
        text = " | ".join(cells)
        return Sentence("d", "", "", 0, len(text), text, 1, header=header, cells=cells)

    assert (
        rejection(row("包4", "视频监控设备采购", "92.50万元", "120套"), 1.0, aq, terms, (), counted)
        is None
    )
    # Counter-example: the row's count is of another classifier.
    assert (
        rejection(row("包4", "视频监控设备采购", "92.50万元", "3批"), 1.0, aq, terms, (), counted)
        == "counted"
    )


@pytest.mark.parametrize(
    "doc_text,expected",
    [
        ("湖南省人民政府令第306号\n《湖南省开发区管理办法》已经通过", "湖南省人民政府令第306号"),
        # A cited document's number is skipped for the document's own.
        ("依据《条例》（国务院令第673号）制定。\n湘商开〔2023〕15号", "湘商开〔2023〕15号"),
        # Counter-example: only cited numbers, so the document states none of its own.
        ("1. 《企业投资项目核准和备案管理条例》（国务院令第673号）；", None),
    ],
)
def test_own_identifier(doc_text, expected):
    pattern = asked_identifier("文号是什么")[1]
    span = own_identifier(doc_text, pattern)
    assert (doc_text[span[0] : span[1]] if span else None) == expected


@pytest.mark.parametrize(
    "clause,is_amount",
    [
        ("1. 《企业投资项目核准和备案管理条例》", False),
        ("法定办结时限为3个工作日", True),
        ("2019年,山西省开发区新建项目", False),
        # Five digits of a larger amount are no hotline number: the amount stays an amount.
        ("人员经费25310.40万元", True),
    ],
)
def test_list_position_is_no_amount(clause, is_amount):
    assert pattern_hit(NUMBER, clause) is is_amount


@pytest.mark.parametrize(
    "clause,is_period",
    [
        ("法定办结时限为3个工作日", True),
        ("租赁期一般不超过5年", True),
        # A calendar year and an order numbered within its year are no period.
        ("2. 《示例管理办法》（国家发展和改革委员会令2017年第2号）", False),
        ("2019年,示例区新建项目", False),
    ],
)
def test_calendar_years_and_document_numbers_are_no_period(clause, is_period):
    assert pattern_hit(DURATION, clause) is is_period


def test_a_document_number_states_no_date():
    assert not pattern_hit(DATE, "2. 《示例管理办法》（国家发展和改革委员会令2017年第2号）")
    assert pattern_hit(DATE, "本办法自2017年3月1日起施行")


def _row(text: str) -> Sentence:
    return Sentence(
        "t", "2021年考核评价结果", "", 0, len(text), text, 1, header=("排名", "名称", "省份")
    )


@pytest.mark.parametrize(
    "question,units,answered",
    [
        # A list from covering table rows, when no enumeration holds it.
        (
            "前30名中辽宁有哪几家经开区？",
            ["18 | 大连经开区 | 辽宁", "27 | 沈阳经开区 | 辽宁"],
            True,
        ),
        # Counter-examples: one unit is no list; "哪三家" needs three.
        ("前30名中辽宁有哪几家经开区？", ["18 | 大连经开区 | 辽宁"], False),
        (
            "前30名中辽宁有哪三家经开区？",
            ["18 | 大连经开区 | 辽宁", "27 | 沈阳经开区 | 辽宁"],
            False,
        ),
        # An amount question needs a unit that states an amount …
        ("大连经开区排名上升了几位？", ["大连经开区较上一年度上升2位"], True),
        # … and a date question one that states a date or period.
        ("辽宁的条例哪一年出台？", ["出台辽宁条例，优化营商环境"], False),
        # The best unit only announces the date; a near covering one states it.
        ("辽宁的条例哪一年出台？", ["辽宁条例应明确出台时间", "辽宁条例于2019年出台"], True),
        # A cited document number states no date.
        ("辽宁的条例哪一年出台？", ["辽宁条例（辽宁省人民政府令2019年第3号）"], False),
    ],
)
def test_covering_answer(question, units, answered):
    aq = analyze(question)
    nouns = [w for w in ("辽宁", "大连", "条例") if w in question]
    terms = [Term(w, 1.0, pos="n") for w in nouns]
    sentences = [_row(u) if "|" in u else unit(u) for u in units]
    ctx = Context(aq, terms, "", sentences)
    found = covering_answer(ctx, [(s, 1.0) for s in sentences])
    assert (found is not None) is answered
    if found is not None and "2019" in "".join(units):
        assert "2019" in found[0]


@pytest.mark.parametrize(
    "text,title,reason",
    [
        ("出台《山西省开发区条例》,优化营商环境", "", None),
        ("条例自2021年起施行", "山西省开发区条例", None),
        # Counter-example: the named document is neither the unit's nor named in it.
        ("条例自2021年起施行", "湖南省开发区管理办法", "title"),
    ],
)
def test_named_document_constraint(text, title, reason):
    aq = analyze("《山西省开发区条例》是哪一年出台的？")
    assert rejection(unit(text, title=title), 1.0, aq, _terms("条例"), ()) == reason


@pytest.mark.parametrize(
    "text,reason",
    [
        ("“2+9”产业集群总产值目标为1万亿元", None),
        # Counter-example: the amount's noun (目标) is only in the paragraph before.
        ("“2+9”产业集群新格局,产值3000亿元", "asked"),
    ],
)
def test_asked_noun_is_stated_with_the_amount(text, reason):
    aq = analyze("“2+9”产业集群的总产值目标是多少？")
    terms = [Term("产业集群", 1.0, pos="n"), Term("目标", 2.0, pos="n", asked=True)]
    sent = Sentence("d", "", "", 0, len(text), text, 1, before="总产值目标明确。")
    assert rejection(sent, 1.0, aq, terms, ()) == reason


@pytest.mark.parametrize(
    "text,joins",
    [
        ("山西省委组织部和省商务厅共同组织", True),
        ("打造合成生物、电子信息2个产业集群", True),
        # Counter-example: 及 inside 及时 joins nothing.
        ("及时总结提炼，积极申报国家层面最佳实践案例", False),
    ],
)
def test_joins_items(text, joins):
    assert joins_items(text) is joins


@pytest.mark.parametrize(
    "question,rank",
    [
        ("排名第十的是哪家？", 10),
        # Counter-example: "第五批" names a batch, not a rank.
        ("第五批案例名单里序号1是哪个案例？", None),
        # Nor does "第三方", a third party.
        ("第三方机构审核需要多长时间？", None),
        # Nor a serial number: a proposal or an order is named by it.
        ("第0416号建议的答复抄送了哪些单位？", None),
        ("第3号公告是哪天发布的？", None),
        # But an entry of a list named by its number is a rank.
        ("名单中第12号企业是谁？", 12),
    ],
)
def test_rank_value_skips_batches(question, rank):
    assert analyze(question).rank_value == rank


@pytest.mark.parametrize(
    "question,text,reason",
    [
        # The threshold of a yes/no question is compared with, not looked up …
        ("税收收入占比超过80%了吗？", "税收收入占比达到82.4%", None),
        # … but a number a question names as a fact still must hold.
        ("税收收入占比是82.4%吗？", "税收收入占比达到80%", "number"),
    ],
)
def test_yes_no_threshold_is_not_a_fact(question, text, reason):
    assert rejection(unit(text), 1.0, analyze(question), _terms("税收收入"), ()) == reason


@pytest.mark.parametrize(
    "term,name",
    [
        (Term("烟台", 1.0, pos="ns"), True),
        (Term("2+9", 1.0, pos="nz"), True),
        # Counter-examples: a dictionary verb the tagger calls a proper noun, a common noun.
        (Term("印发", 1.0, pos="nz"), False),
        (Term("面积", 1.0, pos="n"), False),
    ],
)
def test_is_name(term, name):
    assert is_name(term) is name


@pytest.mark.parametrize(
    "text,ranks",
    [
        ("昆山经济技术开发区排名第四，江宁经济技术开发区排名第八", {4, 8}),
        ("太原片区综合排名第31位", {31}),
        # Counter-example: a range of ranks states no single rank.
        ("综合评价连续两年排名全省前10位的开发区", set()),
        # The first place said without an ordinal.
        ("省级总部67家，居全省首位", {1}),
        ("这个园区位居榜首", {1}),
        ("位居前列", set()),
        # Words written with an ordinal that name no position.
        ("经企业申报、第三方机构审核，认定6家企业", set()),
        ("问题要在第一时间处置，干部下沉第一线", set()),
        ("经第三方评估，该区排名第三", {3}),
    ],
)
def test_stated_ranks(text, ranks):
    assert stated_ranks(text) == ranks


@pytest.mark.parametrize(
    "text,before,reason",
    [
        # A scope pointing back is the paragraph's scope: the sentence may answer.
        (
            "在这次评价中，青禾园区又一次拿下综合排名第一。",
            "2023年考核评价结果公布。",
            None,
        ),
        # Counter-example: a scope of its own that lacks a word of the question.
        (
            "在对外开放单项评价中，青禾园区排名第一。",
            "2023年考核评价结果公布。",
            "scope",
        ),
    ],
)
def test_scope_pointing_back(text, before, reason):
    sent = Sentence("d", "", "", 0, len(text), text, 1, before=before)
    terms = [
        Term("青禾园区", 3.0, pos="ns", idf=3.0),
        Term("考核", 2.0, pos="vn", idf=2.0),
        Term("评价", 2.5, pos="n", idf=2.5),
    ]
    aq = analyze("青禾园区在2023年的考核评价中还是排第一吗？")
    assert rejection(sent, 1.0, aq, terms, ()) == reason


def _lease_terms() -> list[Term]:
    return [
        Term("长期", 3.9, pos="d"),
        Term("租赁", 3.3, pos="v"),
        Term("方式", 2.9, pos="n"),
        Term("租期", 8.5, ("租赁期",), pos="n", asked=True),
    ]


@pytest.mark.parametrize(
    "question,unit,other",
    [
        # The asked noun said only of another thing.
        ("长期租赁方式的租期最长多少年？", "(二)先租后让的租赁期一般不超过5年。", True),
        # Said of the thing asked about.
        ("长期租赁方式的租期最长多少年？", "长期租赁的租赁期最长不超过20年。", False),
        # Said without an attribute: it may hold for every way.
        ("长期租赁方式的租期最长多少年？", "租赁期一般不超过5年。", False),
        # One mention of it with the question's attribute is enough.
        (
            "长期租赁方式的租期最长多少年？",
            "先租后让的租赁期不超过5年,长期租赁的租赁期不超过20年。",
            False,
        ),
        # The question gives no attribute.
        ("租期最长多少年？", "先租后让的租赁期一般不超过5年。", False),
    ],
)
def test_other_attribute(question, unit, other):
    assert other_attribute(question, unit, _lease_terms()) is other


@pytest.mark.parametrize(
    "question,unit,opposite",
    [
        # The question's condition negates what the unit's condition asserts.
        ("未通过验收的企业能否转为出让？", "通过验收的,企业可申请转为出让。", True),
        ("不符合条件的项目可以备案吗？", "符合条件的项目,可以在线备案。", True),
        # The same case.
        ("未通过验收的企业能否转为出让？", "未通过验收的,企业不得申请转为出让。", False),
        # Both cases in one unit: it decides the asked one too.
        (
            "未通过验收的企业能否转为出让？",
            "通过验收的可转为出让,未通过验收的不得转为出让。",
            False,
        ),
        # A negated predicate is what is asked, not a case: the unit may assert it.
        ("企业是不是不需要申请？", "企业需要申请后方可享受。", False),
        # The negation of an A-not-A asking form selects no case.
        ("第五批案例里有没有中欧班列的？", "5 | 中欧班列(武汉)多式联运 | 贸易便利化", False),
        # The unit does not mention the negated words.
        ("未通过验收的企业能否转为出让？", "转为出让时,已缴纳的租金可以抵扣。", False),
    ],
)
def test_opposite_case(question, unit, opposite):
    assert opposite_case(question, unit) is opposite


@pytest.mark.parametrize(
    "question,asks",
    [
        ("江宁经开区排第几？", True),
        ("苏州工业园区的名次是多少？", True),
        ("进入前30名的有几家？", False),
        # A ranking named, but what it brings is asked.
        ("排名末位的开发区会怎样？", False),
        ("综合排名前3位的开发区有什么奖励？", False),
    ],
)
def test_asks_rank(question, asks):
    assert asks_rank(question) is asks


@pytest.mark.parametrize(
    "question,fits,doubted",
    [
        # The best covering unit states no rank and the question asks for none.
        ("排名末位的开发区会怎样？", False, True),
        # It asks for one: a unit stating a rank answers.
        ("江宁经开区排第几？", False, False),
        # The best covering unit states a rank itself.
        ("排名末位的开发区会怎样？", True, False),
    ],
)
def test_doubted_type(question, fits, doubted):
    aq = analyze(question)
    aq.qtype = "ranking"
    assert doubted_type(aq, fits) is doubted


def test_covering_answer_for_a_question_without_nouns():
    aq = analyze("整改期满还达不到要求呢？")
    terms = [Term("整改", 1.0, pos="v"), Term("期满", 1.0, pos="v")]
    sent = unit("整改期满仍未达到要求的,由省政府核减其面积或者予以撤销。")
    found = covering_answer(Context(aq, terms, "", [sent]), [(sent, 1.0)])
    assert found is not None and "撤销" in found[0]
    other = unit("开发区应当按季度报告工作进展。")
    assert covering_answer(Context(aq, terms, "", [other]), [(other, 1.0)]) is None


@pytest.mark.parametrize(
    "form,text,said",
    [
        ("出口总额", "出口总额达到29.5亿美元", True),
        ("出口总额", "全年出口总额增长5%", True),
        # The tail of a longer word is not the measure asked about.
        ("出口总额", "全市开发区进出口总额达到96.4亿美元", False),
        ("出口总额", "实际使用外资4.2亿美元", False),
    ],
)
def test_said_as_word(form, text, said):
    assert said_as_word(form, text) is said


def _zone_terms() -> list[Term]:
    return [
        Term("红山", 1.0, pos="ns"),
        Term("经开区", 1.0, ("经济技术开发区", "经济开发区"), pos="n"),
        Term("使用外资", 2.0, pos="n", asked=True),
    ]


@pytest.mark.parametrize(
    "text,found",
    [
        ("红山经开区", True),
        ("红山经济技术开发区", True),
        # An administrative suffix between the name and its kind.
        ("红山市经济开发区", True),
        # Another kind of zone of the same city.
        ("红山高新技术产业开发区", False),
        ("红山市", False),
    ],
)
def test_named_compounds_join_a_name_to_its_kind(text, found):
    (pattern,) = named_compounds("红山经开区的实际使用外资是多少？", _zone_terms())
    assert (pattern.search(text) is not None) is found


@pytest.mark.parametrize(
    "text,before,reason",
    [
        # A total for the city's zones, the named zone only in the paragraph before.
        (
            "全市开发区实际使用外资4.2亿美元。",
            "其中,红山经济技术开发区实现产值1210亿元。",
            "whole",
        ),
        # The named zone's own figure.
        ("红山经济技术开发区实际使用外资1.1亿美元。", "", None),
        # The whole named after the figure is the base of a share, not the subject.
        ("红山经济技术开发区实际使用外资1.1亿美元,占全市的26%。", "", None),
    ],
)
def test_a_total_does_not_answer_for_a_named_part(text, before, reason):
    aq = analyze("红山经开区的实际使用外资是多少？")
    sent = Sentence("d", "红山市开发区发展通报", "", 0, len(text), text, 1, before=before)
    assert rejection(sent, 1.0, aq, _zone_terms(), ()) == reason


def test_a_total_answers_a_question_about_the_whole():
    aq = analyze("全市开发区实际使用外资是多少？")
    text = "全市开发区实际使用外资4.2亿美元。"
    sent = Sentence("d", "红山市开发区发展通报", "", 0, len(text), text, 1)
    terms = [Term("开发区", 1.0, pos="n"), Term("使用外资", 2.0, pos="n", asked=True)]
    assert rejection(sent, 1.0, aq, terms, ()) is None


@pytest.mark.parametrize(
    "question,text,fits",
    [
        ("2023年度专项资金的申报截止时间是哪天？", "申报企业于2023年4月30日前提交材料。", True),
        # Only the year the question names, or another bare year: no day is stated.
        (
            "2023年度专项资金的申报截止时间是哪天？",
            "现就组织申报2024年度专项资金有关事项通知如下。",
            False,
        ),
        ("2023年度专项资金的申报截止时间是哪天？", "2023年度专项资金申报工作即将启动。", False),
        # Asking for a year itself: a bare year answers.
        ("2021年考核评价依据的是哪一年的数据？", "评价依据为各经开区2020年度的发展数据。", True),
        # No year named: a month and day.
        ("专项资金的申报截止时间是哪天？", "申报截止于4月30日。", True),
        # No year named, a day asked: a batch's bare year states no day …
        ("这个名单公示到几号？", "拟认定示例公司等12家企业为2024年度第一批区级企业。", False),
        ("公示从哪天开始？", "公示期为2024年7月5日至2024年7月11日。", True),
        # … but asked when in general, a year is an answer.
        ("这个名单是什么时候公示的？", "示例区于2024年公示了第一批名单。", True),
    ],
)
def test_a_date_question_naming_a_year_asks_for_a_day(question, text, fits):
    aq = analyze(question)
    assert aq.qtype == "date"
    assert fits_question(unit(text), aq) is fits


def test_covering_answer_for_a_date_needs_a_day_when_a_year_is_named():
    aq = analyze("2023年度昆山专项资金的申报截止时间是哪天？")
    terms = [Term("昆山", 1.0, pos="ns"), Term("专项资金", 2.0, pos="n")]
    sent = unit("昆山现就组织申报2024年度专项资金有关事项,实施三年行动计划。")
    ctx = Context(aq, terms, "", [sent])
    assert covering_answer(ctx, [(sent, 1.0)], date_states(aq)) is None


_REPEAL = "2010年1月1日起施行的《甲省园区管理暂行办法》同时废止。"


@pytest.mark.parametrize(
    "question,text,title,reason",
    [
        # The question's words stand only in the title of the namesake the unit repeals.
        ("甲省园区面积上限在甲省园区管理办法中是多少？", _REPEAL, "甲省园区管理办法", "cited"),
        # Counter-examples: a word of the question outside the cited title; the unit
        # cites its own document; the question quotes a title; a list item naming a form.
        ("甲省园区管理暂行办法何时废止？", _REPEAL, "甲省园区管理办法", None),
        (
            "甲省园区管理办法何时印发？",
            "现将《甲省园区管理办法》印发给你们。",
            "甲省园区管理办法",
            None,
        ),
        ("《甲省园区管理办法》规定的面积上限是多少？", _REPEAL, "甲省园区管理办法", None),
        (
            "甲省园区管理办法要求提交哪些材料？",
            "1. 《甲省园区管理办法申请表》",
            "甲省园区管理办法",
            None,
        ),
    ],
)
def test_words_only_in_a_cited_title_do_not_answer(question, text, title, reason):
    aq = analyze(question)
    words = ("甲省", "园区", "管理", "办法", "面积", "上限", "废止", "印发", "材料")
    terms = [Term(w, 1.0, pos="n") for w in words if w in question]
    assert rejection(unit(text, title=title), 1.0, aq, terms, ()) == reason


@pytest.mark.parametrize(
    "text,reason",
    [
        # The unit's own case of the same thing (评审) is another value of it.
        ("第五条　园区评审结果为优秀的，给予奖励。", "case"),
        ("园区评审结果为达标的，不予奖励。", None),
        # Counter-example: a unit stating no case of its own.
        ("园区评审后给予奖励。", None),
    ],
)
def test_a_case_set_in_its_own_clause_must_hold(text, reason):
    aq = analyze("园区年度评审达标，是否给予奖励？")
    terms = [Term(w, 1.0, pos="n") for w in ("园区", "评审", "达标", "奖励")]
    assert rejection(unit(text), 1.0, aq, terms, ()) == reason


@pytest.mark.parametrize(
    "text,answered",
    [
        # A period, or the dates bounding one, answers how long.
        ("入驻孵化器的芯片企业孵化期限一般为3年。", True),
        ("芯片企业孵化期为2024年1月1日至2026年12月31日。", True),
        # Counter-example: a phase ("二期") or a count is no period.
        ("推动芯片模组项目二期投产，配套引进芯片企业5家。", False),
    ],
)
def test_a_period_asked_is_answered_by_a_period_only(text, answered):
    aq = analyze("芯片企业能孵化几年？")
    terms = [Term(w, 1.0, pos="n") for w in ("芯片", "企业")]
    sentence = unit(text)
    ctx = Context(aq, terms, "", [sentence])
    assert (covering_answer(ctx, [(sentence, 1.0)]) is not None) is answered


@pytest.mark.parametrize(
    "text,states",
    [
        ("合同期满后，甲方在30日内将押金余额退还乙方。", True),
        # Counter-example: the period is the condition's ("overdue by more than 60 days").
        ("逾期超过60日的，乙方有权解除本合同，甲方应退还全部押金。", False),
    ],
)
def test_a_period_in_a_condition_does_not_date_the_event(text, states):
    assert date_states(analyze("押金什么时候退还？"))(unit(text)) is states


def test_a_row_counts_its_item_by_its_column_name_and_an_alike_classifier():
    # "几份材料" asked; the row counts in 件 under a column naming the materials.
    aq = analyze("办规划许可证得准备几份材料？")
    terms = _terms("规划", "许可证", "材料")
    counted = counted_noun(aq.text)
    header = ("序号", "事项名称", "承诺时限", "申请材料数")

    def row(*cells: str) -> Sentence:
        text = " | ".join(cells)
        return Sentence("d", "", "", 0, len(text), text, 1, header=header, cells=cells)

    assert (
        rejection(row("4", "规划许可证核发", "7个工作日", "11件"), 1.0, aq, terms, (), counted)
        is None
    )
    # Counter-example: a count of another classifier.
    own = row("4", "规划许可证核发", "7个工作日", "11项")
    assert rejection(own, 1.0, aq, terms, (), counted) == "counted"
