"""The question and document grammar (resources/question_grammar.yaml), group by group:
examples that must match and counter-examples that must not."""

import pytest

from assistant.answering.enumerations import find_enumerations
from assistant.answering.evidence import DATE, DURATION, NUMBER, RANKING, Sentence, term_variants
from assistant.answering.extraction import TYPED, pattern_hit, qa_answer
from assistant.answering.grammar import grammar
from assistant.answering.items import numbered_items
from assistant.answering.models import Turn
from assistant.answering.polarity import negated, polarity
from assistant.answering.questions import (
    analyze,
    classify,
    comparison_sides,
    key_phrase,
    numeral_value,
    question_version,
    split_parts,
)


def unit(text: str, start: int = 0, end: int | None = None) -> Sentence:
    end = len(text) if end is None else end
    return Sentence("d", "", "", start, end, text[start:end], 1)


@pytest.mark.parametrize(
    "question,qtype",
    [
        ("园区给租金补贴吗？", "yesno"),
        ("企业能不能同时享受两项补助？", "yesno"),
        ("这个办法是否适用于个体户", "yesno"),
        ("太原片区名列第几？", "ranking"),
        ("在全国经开区里排老几啊？", "ranking"),
        # A rank the question gives: the name is asked …
        ("排名第5的是哪家？", "entity"),
        ("排名第一的经开区在哪个省？", "entity"),
        # … unless another asking word asks for a count, a date or a period.
        ("连续几年排名第一了？", "duration"),
        ("排名第一的开发区哪年设立的？", "date"),
        ("排第31位的片区是在多少个经开区里排的？", "number"),
        # A batch's ordinal is no rank given: "第几个" in it asks for one.
        ("该案例在第五批名单里排第几个？", "ranking"),
        # A rank word naming the frame of another noun asked ("位次…的权重是多少") asks a value;
        # a rank asked by "how much" is still a rank.
        ("综合位次计算中开放水平的权重是多少？", "number"),
        ("综合排名中各项指标的权重分别是多少？", "number"),
        ("2023年的排名是多少？", "ranking"),
        # A ranking that only locates what is asked ("…位次中") asks nothing itself; a rank
        # asked after it is still a rank.
        ("综合位次中开放水平的权重是多少？", "number"),
        ("在本次排名中示例区排第几？", "ranking"),
        ("该办法自何时起施行？", "date"),
        ("申报截止日期是哪天？", "date"),
        # A date asked by its name alone, without an asking word …
        ("示例区专项资金网上申报的起止时间？", "date"),
        # … but a period asked with one is a duration.
        ("备案办理需要多长时间？", "duration"),
        ("补贴期限多长？", "duration"),
        ("督导要搞多久？", "duration"),
        ("备案项目的办结时限是多少？", "duration"),
        ("享受优惠的年限为多少？", "duration"),
        # Days counted as 日 as well as 天; a day of a month is a date.
        ("对决定不服的，可以在多少日内申请复议？", "duration"),
        ("公示几日？", "duration"),
        ("申报截止到几月几日？", "date"),
        ("时限内办结的比例是多少？", "number"),
        ("申请需要提交哪些材料？", "list"),
        ("示范区要打造哪两个标志性产业集群？", "list"),
        ("一般公共预算收入是多少？", "number"),
        ("共有几家企业获奖？", "number"),
        ("有没有说一共多少家企业？", "number"),
        ("该办法由哪个部门负责解释？", "entity"),
        # A named kind asked with 什么 is a name, not a meaning …
        ("企业通过什么平台申报补贴？", "entity"),
        ("李明在管委会担任什么职务？", "entity"),
        # … but a list of them is a list, and the kind's own meaning a definition.
        ("企业可以通过什么平台申报哪些项目？", "list"),
        ("一网通办平台是什么？", "definition"),
        ("“2+9”指什么？", "definition"),
        ("太原片区和晋中片区哪个更大？", "comparison"),
        # Which class or kind of two is larger compares them too.
        ("新建项目和在建项目，哪类今年计划投资更多？", "comparison"),
        ("公务接待费和出国费，哪个预算多些？", "comparison"),
    ],
)
def test_answer_types(question, qtype):
    assert classify(question) == qtype


@pytest.mark.parametrize(
    "question,kept,dropped",
    [
        ("请问示范区的规划面积是多少？", ["示范区", "规划面积"], ["请问", "多少"]),
        ("能不能告诉我补贴标准是什么", ["补贴标准"], ["告诉", "什么"]),
        ("申报材料有哪些呢", ["申报材料"], ["哪些", "呢"]),
        # "排第几名" is asked as one phrase: "评价中排第几名" leaves no "中排".
        ("芜湖经开区在考核评价中排第几名？", ["考核评价"], ["中排", "第几"]),
        # "在哪里" asks for a place as one phrase: "设在哪里" leaves no "设在".
        ("咨询窗口设在哪里？", ["咨询窗口"], ["设在", "哪里"]),
        # "多大" asks as one phrase: "多大面积" leaves the noun whole, no "大面积".
        ("入驻企业最多能用多大面积的场地？", ["面积", "场地"], ["大面积"]),
        # A count of copies or times asks as one token: "几份" is no word of the evidence.
        ("纸质材料要交几份？", ["纸质材料"], ["几份"]),
        # A date asked by year and month at once is one asking phrase.
        ("示例经开区是哪年哪月奠基的？", ["奠基"], ["哪年哪月"]),
        ("材料几月几号之前要交？", ["材料"], ["几月几号"]),
    ],
)
def test_asking_words_are_not_content(question, kept, dropped):
    phrase = key_phrase(question)
    for word in kept:
        assert word in phrase
    for word in dropped:
        assert word not in phrase


@pytest.mark.parametrize(
    "text,expected",
    [
        ("已享受其他同类政策的，不再重复享受。", True),
        ("不得将补助资金用于发放工资。", True),
        ("禁止转租。", True),
        ("暂停受理新的申请。", True),
        ("该项目未纳入年度计划。", True),
        # A consequence ending an application: it is deemed given up or withdrawn.
        ("逾期未提交的，视为自动放弃。", True),
        ("逾期未补齐的，视为撤回申报。", True),
        # Counter-examples: the character is part of another word.
        ("经济持续不断增长。", False),
        ("无锡高新区位列第三。", False),
        ("年度研发费用不低于300万元。", False),
        ("未来三年重点发展新能源。", False),
        # Force majeure is a noun ("不可抗力"): it names a cause, it denies nothing.
        ("因不可抗力原因停产的企业，可申请延期。", False),
        # A plain negation inside a noun's modifier (before 的) describes, it does not deny.
        ("非企业组织利用自有资金、不申请政府投资建设的项目，参照本指南办理。", False),
        ("没有营业执照的企业，不予受理。", True),
    ],
)
def test_negation_and_prohibition(text, expected):
    assert negated(text) is expected


@pytest.mark.parametrize(
    "text,question,expected",
    [
        # The question repeats the negated phrase: it is what is asked about, not a verdict.
        ("属于禁止准入事项的项目。", "属于禁止准入的项目能备案吗", False),
        ("不符合产业政策的项目。", "能新建不符合产业政策的项目吗", False),
        # Counter-example: the clause's own prohibition still decides.
        ("不得新建不符合产业政策的项目。", "能新建不符合产业政策的项目吗", True),
    ],
)
def test_negation_shared_with_the_question(text, question, expected):
    assert negated(text, question) is expected


@pytest.mark.parametrize(
    "question,clause,expected",
    [
        ("一季度进口总额同比增长了吗？", "进口总额同比下降1.6%", False),
        ("太原片区是否高于全国平均值？", "太原片区475亿元,高于全国平均值435亿元", True),
        ("企业能重复享受奖励吗？", "同一项目不再重复享受奖励", False),
        ("补助资金可以用于发放工资吗？", "补助资金不得用于发放工资", False),
        # Nothing in the clause decides: no verdict, never a default yes.
        ("园区给租金补贴吗？", "园区设立产业发展基金", None),
        # A single character of a pair inside a word decides nothing (高 in 高新区).
        ("高新区的收入多吗？", "高新区收入475亿元", None),
    ],
)
def test_polarity(question, clause, expected):
    from assistant.answering.evidence import Term

    aq = analyze(question)
    terms = [Term("租金补贴", 1.0, known=True)] if "租金" in question else []
    assert polarity(aq, clause, terms) is expected


@pytest.mark.parametrize(
    "question,clause,words,expected",
    [
        (
            "开发区能新建不符合国家产业政策的高耗能项目吗？",
            "开发区内不得新建、扩建不符合国家产业政策的高耗能、高排放项目。",
            ["新建", "高耗能"],
            False,
        ),
        (
            "属于负面清单禁止准入的项目还能备案吗？",
            "属于负面清单禁止准入事项的项目，不予备案。",
            ["备案"],
            False,
        ),
        (
            "事业单位的项目能参照这个指南办备案吗？",
            "事业单位等非企业组织利用自有资金、不申请政府投资建设的项目，参照本指南办理。",
            ["事业单位", "指南"],
            True,
        ),
        # 还是 before 吗 is "still", not a choice between two answers.
        (
            "苏州工业园区还是排第一吗？",
            "苏州工业园区又一次拿下综合排名第一",
            ["苏州工业园区", "第一"],
            True,
        ),
        ("同一阶段的奖励可以重复领取吗？", "同一企业同一阶段的奖励只享受一次。", ["奖励"], False),
    ],
)
def test_polarity_decided_by_the_verdict(question, clause, words, expected):
    from assistant.answering.evidence import Term

    terms = [Term(w, 1.0, pos="n") for w in words]
    assert polarity(analyze(question), clause, terms) is expected


@pytest.mark.parametrize(
    "pattern,text,found",
    [
        (NUMBER, "实际利用外资8.3亿元", "8.3亿元"),
        (NUMBER, "规划面积约600平方公里", "600平方公里"),
        (NUMBER, "同比增长12.5%", "12.5%"),
        (NUMBER, "高出7.3个百分点", "7.3个百分点"),
        (NUMBER, "共有三十一家", "三十一家"),
        (NUMBER, "依照第二十七条，评价了二十七家", "二十七家"),
        (RANKING, "综合排名第31位", "第31位"),
        (RANKING, "位列第三名", "第三名"),
        (DATE, "自2021年3月1日起施行", "2021年3月1日"),
        (DATE, "截至2022年底", "2022年底"),
        # A part of a month: its end or a third of it, with or without the year.
        (DATE, "确保2025年9月底前竣工交付", "2025年9月底"),
        (DATE, "于6月底前完成挂牌出让", "6月底"),
        (DATE, "当年10月中旬拨付", "10月中旬"),
        (DATE, "2024年3月下旬开工", "2024年3月下旬"),
        (DURATION, "为期一年", "为期一年"),
        (DURATION, "用三年左右时间", "三年左右"),
        (DURATION, "在15个工作日内办结", "15个工作日内"),
        (DURATION, "参会人员需提前15分钟签到", "15分钟"),
        # Minutes are a period; an age in years is none.
        (DURATION, "排队等候时间不超过30分钟", "30分钟"),
        (DURATION, "70周岁以上老年人在3日内办结", "3日内"),
    ],
)
def test_typed_spans(pattern, text, found):
    assert pattern.search(text).group(0) == found


@pytest.mark.parametrize(
    "pattern,text",
    [
        (NUMBER, "推行一网通办"),  # 一 opens a name, not an amount
        # An ordinal's numeral holds no amount, however far into it one reads.
        (NUMBER, "根据第二十七条的规定"),
        (NUMBER, "依照第三十五条执行"),
        (RANKING, "排名靠前"),
        (DATE, "三年行动计划"),
        # A duration in months is no date, whatever follows it.
        (DATE, "满16个月底薪不变"),
    ],
)
def test_typed_spans_counter_examples(pattern, text):
    assert pattern.search(text) is None


def test_numeral_variants():
    assert "二个" in term_variants("2个")
    assert "2家" in term_variants("两家")
    assert term_variants("经开区") == ("经济技术开发区",)


def test_inline_enumeration_with_count():
    text = "加快培育高端装备制造、新材料、生物医药等3个产业集群。"
    (en,) = find_enumerations(unit(text))
    assert [text[s:e] for s, e in en.items] == ["高端装备制造", "新材料", "生物医药"]
    assert en.stated == 3


def test_numbered_lines_after_a_lead_in():
    text = "申请时需提交以下材料：\n1. 营业执照复印件；\n2. 项目可行性报告；\n3. 承诺书。\n附则"
    lead = unit(text, 0, text.index("\n"))
    items = [text[s:e] for s, e in numbered_items(text, lead)]
    assert items == ["营业执照复印件", "项目可行性报告", "承诺书"]


def test_items_numbered_inside_an_article():
    text = "第五条 支持范围包括：（一）厂房租金；（二）设备购置；（三）人才引进。"
    items = [text[s:e] for s, e in numbered_items(text, unit(text))]
    assert items == ["厂房租金", "设备购置", "人才引进"]


def test_a_paragraph_without_markers_has_no_items():
    text = "园区对入驻企业给予租金补贴。"
    assert numbered_items(text, unit(text)) == []


def test_qa_question_line_points_to_its_answer():
    text = "问：租金补贴标准是多少？\n答：按每平方米每月10元补贴。最长三年。"
    s, e = qa_answer(text, unit(text, 0, text.index("\n")))
    assert text[s:e] == "按每平方米每月10元补贴。"
    assert qa_answer(text, unit(text, text.index("答"), len(text))) is None


@pytest.mark.parametrize(
    "question,parts",
    [
        ("一共多少家开发区参加？分几期？", 2),
        ("实际使用外资多少，以及占全国比重多少？", 2),
        ("示范区规划面积是多少？", 1),
        # Clauses of one sentence that each ask about a thing of their own.
        ("2022年经开区用了多少外资，占全国多少？", 2),
        ("计划实施多少个重点项目，年度计划投资多少？", 2),
        ("办法什么时候施行，有效期到什么时候？", 2),
        # A clause opening with "又" asks one thing more about the same subject.
        ("这项任务由哪些单位牵头，又由哪些单位配合？", 2),
        # A clause naming an entry by its place asks of that entry.
        ("培训当天中午几点休息，下午第一场讲什么？", 2),
        # Counter-examples: a clause that asks on about the same thing, a stated clause,
        # a comparison or a yes/no question read whole.
        ("投资门槛原来是多少，现在降到了多少？", 1),
        ("一般出让多少年，最长多少年？", 1),
        ("东侨经开区排在第26位，它所在的省份是哪个？", 1),
        ("B类和C类各是多少，哪个更高？", 1),
        ("拿了安家补贴，还能领租房补贴吗？", 1),
    ],
)
def test_multipart(question, parts):
    assert len(split_parts(question)) == parts


def test_an_added_ask_carries_the_subject_of_the_clause_before_it():
    parts = split_parts("这项任务由哪些单位牵头，又由哪些单位配合？")
    assert parts[1].startswith("这项任务由哪些单位配合")


@pytest.mark.parametrize(
    "question,parts",
    [
        # A later part naming a sibling of the first part's thing (a word as long, with the
        # same head) asks the same of its own thing: the rest of the subject is shared.
        ("出口多少，进口多少？", ["出口多少", "进口多少？"]),
        ("示例区出口多少，进口多少？", ["示例区出口多少", "示例区进口多少？"]),
        # A later part asking on about the first part's thing leans on all of it.
        ("示例区财政收入多少、增长了多少？", ["示例区财政收入多少", "示例区财政收入增长了多少？"]),
        ("GDP多少，增速多少？", ["GDP多少", "GDP增速多少？"]),
    ],
)
def test_later_parts_lean_on_the_subject(question, parts):
    assert split_parts(question) == parts


def test_comparison_sides():
    assert comparison_sides("太原片区和晋中片区哪个更大？") == ("太原片区", "晋中片区")
    assert comparison_sides("太原片区面积多大？") is None


def test_versions():
    assert question_version("新版办法的奖励是多少？") == "new"
    assert question_version("原办法的奖励是多少？") == "old"
    assert question_version("办法的奖励是多少？") is None


def test_follow_ups():
    history = [Turn(role="user", content="示范区要打造哪两个标志性产业集群？")]
    aq = analyze("那9个优势特色产业集群呢？", history)
    assert aq.rewritten and aq.qtype == "list" and aq.focus
    assert not analyze("示范区规划面积是多少？", history).rewritten


def test_every_group_is_read():
    g = grammar()
    assert g.ask_tokens and g.question_stopwords and g.opposites and g.lead_ins
    assert g.qa_question.match("问：") and g.qa_answer.match("答：")
    assert g.definition.search("所谓“六最”，是指") and not g.definition.search("推进改革")


@pytest.mark.parametrize(
    "question,text,found",
    [
        (
            "这个通报的文号是什么？",
            "湖南省商务厅 湘商开〔2023〕15号",
            "湖南省商务厅 湘商开〔2023〕15号",
        ),
        ("管理办法以什么令号公布？", "湖南省人民政府令第306号", "湖南省人民政府令第306号"),
        # A ministry's order numbered within its year.
        ("办法的令号是什么？", "国家发展和改革委员会令2017年第2号", "令2017年第2号"),
        ("咨询电话是多少？", "咨询电话：0553-5840000", "0553-5840000"),
        # An e-mail address and a web address are identifiers too.
        ("回执表发到哪个邮箱？", "发送至电子邮箱 qh_kj2026@163.com，", "qh_kj2026@163.com"),
        (
            "申报系统的网址是什么？",
            "登录 https://kj.qinghe.gov.cn/sb 填报",
            "https://kj.qinghe.gov.cn/sb",
        ),
    ],
)
def test_identifiers(question, text, found):
    from assistant.answering.questions import asked_identifier

    _, pattern = asked_identifier(question)
    assert pattern.search(text).group(0).endswith(found[-8:])


def test_identifier_counter_examples():
    from assistant.answering.questions import asked_identifier

    assert asked_identifier("示范区规划面积是多少？") is None
    _, pattern = asked_identifier("文号是什么？")
    assert pattern.search("2023年5月1日起施行") is None
    _, pattern = asked_identifier("热线电话是多少？")
    assert pattern.search("热线12345") is not None
    assert pattern.search("人员经费25310.40万元") is None
    # A yes/no question asks for a number only when it ends with its name; named earlier,
    # the phone is a means ("if I consult by phone, ...?").
    assert asked_identifier("有没有咨询电话？") is not None
    assert asked_identifier("打电话咨询的话，也能一次性告知吗？") is None


def test_rank_values():
    assert analyze("2021年综合排名第十的国家级经开区是哪家？").rank_value == 10
    assert analyze("第二十八位的是哪个经开区？").rank_value == 28
    assert analyze("排名前5位的是哪些？").rank_value is None
    # An instalment of a payment says which one in time, not a rank; the evidence must hold
    # the ordinal in one of its forms (首笔 for the first).
    first = analyze("示范项目第一笔资金是什么时候拨付的？")
    assert first.rank_value is None and "首笔" in first.ordinals[0]


@pytest.mark.parametrize(
    "text,value",
    [
        ("18", 18),
        ("十", 10),
        ("二十八", 28),
        ("第十", None),
        ("", None),
        # A digit ending a numeral right after a place counts one place lower …
        ("两千五", 2500),
        ("三百五", 350),
        ("一万二", 12000),
        # … but not after a zero, nor after ten.
        ("一百零五", 105),
        ("十五", 15),
        ("一百二十", 120),
        ("两万五千", 25000),
        ("二〇二三", 2023),
        ("三亿", 300000000),
        ("几十", None),
    ],
)
def test_numeral_values(text, value):
    assert numeral_value(text) == value


@pytest.mark.parametrize(
    "text,amounts",
    [
        # A leading one opens an amount when a place or big unit follows it …
        ("区内共有一百二十家企业", ["一百二十家"]),
        ("奖励一万元", ["一万元"]),
        ("奖励两千五百元", ["两千五百元"]),
        # … never a name or a single thing.
        ("提供一条龙服务", []),
        ("推行一网通办", []),
        ("给予一次性奖励", []),
        # Score points after Arabic figures; not an adverb, a fraction or minutes.
        ("须提交材料一式两份", ["两份"]),
        ("平均得分78.6分", ["78.6分"]),
        ("得分90分以上的", ["90分"]),
        ("这一点十分重要", []),
        ("占三分之一", []),
        ("用时5分钟", ["5"]),
        # An ordinal's numeral is a position, however long.
        ("排在第一百二十位", []),
        ("第一千零五十位", []),
        ("依照第二十七条", []),
        # … except an ordinal counting a run ("the eighth year running").
        ("这已经是它连续第八年位居榜首", ["连续第八年"]),
        ("连续第3次获评", ["连续第3次"]),
        ("第八年", []),
    ],
)
def test_amounts(text, amounts):
    assert [m.group(0) for m in grammar().number.finditer(text)] == amounts


@pytest.mark.parametrize("text,value", [("9", 9), ("九", 9), ("两", 2), ("几", None)])
def test_small_numbers(text, value):
    assert grammar().small_number(text) == value


def test_class_labels_are_terms():
    g = grammar()
    assert [m.group(0) for m in g.class_label.finditer("e类人才和a级企业")] == ["e类", "a级"]
    assert g.class_label.search("人才分类") is None


@pytest.mark.parametrize(
    "text,upper,lower",
    [
        ("规划面积最大不能超过多少", True, False),
        ("规划面积一般不少于5平方公里", False, True),
        ("单个产品最高100万元", True, False),
        ("规划面积是多少", False, False),
        ("在孵企业场地面积不大于1000平方米", True, False),
        ("研发费用至少要多少", False, True),
        ("每人至多申报两项", True, False),
        ("超过100万元的部分", False, False),
    ],
)
def test_bounds(text, upper, lower):
    g = grammar()
    assert bool(g.upper_bound.search(text)) is upper
    assert bool(g.lower_bound.search(text)) is lower


def test_choice_questions_get_no_yes_or_no():
    from assistant.answering.evidence import Term

    aq = analyze("跟去年同期比是涨了还是跌了？")
    assert polarity(aq, "进口总额同比下降1.6%", [Term("同比", 1.0)]) is None


@pytest.mark.parametrize(
    "text,years",
    [
        ("2019年,商务部对219个国家级经济技术开发区考核评价", ["2019"]),
        ("2020年一季度,实际利用外资8.3亿元", ["2020"]),
        # Counter-examples: amounts and durations of years are no stated year.
        ("总规划面积600平方公里", []),
        ("有效期3年", []),
        ("资金2000万元", []),
    ],
)
def test_stated_year(text, years):
    assert grammar().stated_year.findall(text) == years


@pytest.mark.parametrize(
    "word,is_kind",
    [
        ("时限", True),
        ("性质", True),
        ("比例", True),
        ("职务", True),
        ("联系人", True),
        ("电话", True),
        ("面积", False),
        ("补贴", False),
    ],
)
def test_kind_nouns(word, is_kind):
    assert (word in grammar().kind_nouns) is is_kind


@pytest.mark.parametrize(
    "clause,kind,hit",
    [
        # A figure inside a quoted name is part of the name, not a value stated …
        ("企业开办“一网通办、一日办结”", "duration", False),
        ("推行“3个工作日办结”改革", "duration", False),
        ("构建“1+3+26”产业体系", "number", False),
        # … while the same figure outside the quotes is one.
        ("企业开办一日办结", "duration", True),
        ("“一网通办”改革后3个工作日办结", "duration", True),
        ("“专精特新”企业奖励50万元", "number", True),
    ],
)
def test_figures_in_quoted_names(clause, kind, hit):
    assert pattern_hit(TYPED[kind], clause) is hit
