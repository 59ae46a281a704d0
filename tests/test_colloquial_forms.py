"""Colloquial question forms (resources/question_forms.yaml) and everyday words of the
lexicon (resources/lexicon.yaml) added for paraphrased questions: each group with examples
and counter-examples, and the answer type the plain form is read as."""

import pytest

from assistant.answering.evidence import term_variants
from assistant.answering.question_words import key_phrase
from assistant.answering.questions import classify, split_parts
from assistant.answering.rephrasing import plain_question, query_expansion
from assistant.text import domain_words, normalize


@pytest.mark.parametrize(
    "question,plain,qtype",
    [
        # 些什么 asks for several things.
        ("园区都管些什么？", "园区都管哪些？", "list"),
        ("园区都有些啥配套？", "园区都有哪些配套？", "list"),
        # A blunt "what is it".
        ("研发后补助到底是个啥？", "研发后补助是什么？", "definition"),
        ("链长制是个什么？", "链长制是什么？", "definition"),
        # The conditions to meet are listed.
        ("想设省级开发区，要满足啥条件？", "设省级开发区，要满足哪些条件？", "list"),
        ("众创空间要什么条件才能认定？", "众创空间要哪些条件才能认定？", "list"),
        # Until when a rule is used is its validity.
        ("新办法用到哪天？", "新办法有效期到哪天？", "date"),
        ("这个政策用到啥时候？", "这个政策有效期到什么时候？", "date"),
        ("新政管到啥时候？", "新政有效期到什么时候？", "date"),
    ],
)
def test_plain_asking_forms(question, plain, qtype):
    assert plain_question(question) == plain
    assert classify(plain) == qtype


@pytest.mark.parametrize(
    "question,plain",
    [
        # The kind of thing a rule lets do something: the rule's conditions.
        ("啥样的项目才能备案？", "备案的项目要满足哪些条件？"),
        ("什么样的企业可以申请补贴？", "申请补贴的企业要满足哪些条件？"),
        ("补贴政策里，怎样的企业能够落户？", "补贴政策里，落户的企业要满足哪些条件？"),
        # Who may apply is asked of the eligibility conditions.
        ("哪些企业可以申报技改专项资金？", "申报技改专项资金的企业要满足哪些条件？"),
        ("哪些项目能申请用地指标？", "申请用地指标的项目要满足哪些条件？"),
    ],
)
def test_conditions_asked_by_kind(question, plain):
    assert plain_question(question) == plain
    assert classify(plain) == "list"


@pytest.mark.parametrize(
    "question",
    [
        # A description, not a rule's conditions: no modal follows.
        "示范区营造的是什么样的营商环境？",
        "什么样的企业入选了名单？",
        # Names asked without a modal, or of a verb that is not applying.
        "哪些企业入选了名单？",
        "哪些企业可以享受免申即享？",
        "哪些企业获得了奖励？",
    ],
)
def test_conditions_asked_by_kind_counter_examples(question):
    assert plain_question(question) == question


@pytest.mark.parametrize(
    "question,plain",
    [
        ("备了案一直不开工，会被撤销吗？", "备案一直不开工，会被撤销吗？"),
        ("项目立过项了吗？", "项目立项了吗？"),
        ("开了工以后要报送什么？", "开工后要报送什么？"),
        ("企业毕了业还能留在孵化器吗？", "企业毕业还能留在孵化器吗？"),
        ("上了市的公司迁入有奖励吗？", "上市的公司迁入有奖励吗？"),
    ],
)
def test_separable_verbs_are_joined(question, plain):
    assert plain_question(question) == plain


@pytest.mark.parametrize(
    "question",
    [
        # The two halves apart, or another verb split by 了.
        "备用了案卷吗？",
        "开了会吗？",
        "注了意吗？",
        "签了合同吗？",
    ],
)
def test_separable_verb_counter_examples(question):
    assert plain_question(question) == question


@pytest.mark.parametrize(
    "question,plain",
    [
        # A range of last places.
        ("连续两年倒数后5名的开发区会被警告吗？", "连续两年后5名的开发区会被警告吗？"),
        ("倒数三位的园区有哪些？", "后三位的园区有哪些？"),
        # Newly gaining a status is the first time.
        ("新认定高企奖多少？", "首次认定高企奖多少？"),
        ("刚进规上的企业有奖励吗？", "首次进规上的企业有奖励吗？"),
        ("新纳入统计的企业有几家？", "首次纳入统计的企业有几家？"),
        # Twice, or all of them, is repeatedly.
        ("同一阶段的奖励能领两次吗？", "同一阶段的奖励能重复领吗？"),
        ("两项补贴能都拿吗？", "两项补贴能重复享受吗？"),
        # Calling with a question is the consulting phone.
        ("备案有问题打哪个电话问？", "备案有问题咨询电话是哪个？"),
        # What a thing is done by is its basis.
        ("备案是按哪些文件办的？", "备案是依据哪些文件？"),
        ("审批按什么规定执行？", "审批依据什么规定？"),
        # Who came is who attended.
        ("发布会都来了谁？", "发布会出席的有谁？"),
        # What a place mainly works on is its leading industries.
        ("烟台经开区主要搞哪几个产业？", "烟台经开区主导产业是哪几个？"),
        # What a body takes care of is its duties.
        ("管委会都管些什么事？", "管委会的职责有哪些？"),
        ("区科技局管什么事情？", "区科技局的职责有什么？"),
        # What a term refers to is its meaning.
        ("“一核”指的是哪个区域？", "“一核”指的是什么？"),
        # Which class one counts as; the whole of a place as a range.
        ("博士毕业能算几类人才？", "博士属于哪一类人才？"),
        ("案例要在全省范围内推广吗？", "案例要在全省推广吗？"),
        # Wanting to frames the verb it precedes.
        ("想申请租房补贴找谁？", "申请租房补贴找谁？"),
        ("企业想要落户需要什么手续？", "企业落户需要什么手续？"),
    ],
)
def test_everyday_phrasings(question, plain):
    assert plain_question(question) == plain


@pytest.mark.parametrize(
    "question",
    [
        # The last place itself is left to the lexicon (末位).
        "倒数第一是哪家？",
        # 新 and 刚 inside other words, or before other verbs.
        "重新认定的高企奖多少？",
        "创新认定的标准是什么？",
        "最新认定名单有哪些？",
        "新建项目有几个？",
        # Twice as a fact, not as receiving twice.
        "每年受理两次吗？",
        "都有哪些奖励？",
        # A phone asked for plainly; 按 of a measure; 来了 of other things.
        "咨询电话是多少？",
        "按季度报送吗？",
        "来了几家企业？",
        "主要产业有哪些？",
        # How many classes there are; a range that is not a whole place.
        "人才一共有几类？",
        "适用范围是什么？",
        # Who takes care of a matter; the thing a term refers to, named further.
        "这件事归哪个部门管？",
        "“一核”指的是哪个区域的企业？",
        # 想 inside another word.
        "纲要的发展思想是什么？",
        "设想的空间布局是什么？",
        "企业的想法有人收集吗？",
    ],
)
def test_everyday_phrasing_counter_examples(question):
    assert plain_question(question) == question


@pytest.mark.parametrize(
    "word,variant",
    [
        # Domain names of the same thing.
        ("m0", "新型产业用地"),
        # Everyday words and the documents' formal ones.
        ("在线", "网上"),
        ("线上", "网上"),
        ("门槛", "要求"),
        ("撤掉", "撤销"),
        ("大事", "重点任务"),
        ("主攻", "聚焦"),
        # A level of government said in everyday words.
        ("市里", "市级"),
        ("区里", "区级"),
        ("区里", "区内"),
        ("省里", "省级"),
        # A household registration.
        ("户口", "户籍"),
        # Paying is a fee, or a fee charged.
        ("交钱", "收费"),
        ("交钱", "收取"),
        # 交费 is 缴费 spelt otherwise, the same charge.
        ("交费", "缴费"),
        ("交费", "收费"),
        # Not getting a benefit is not being granted it, or not enjoying it.
        ("拿不到", "不予"),
        ("领不到", "不得享受"),
        # Charging a fee, said in the two words a question uses.
        ("收取费用", "收费"),
        # Subletting is letting out.
        ("转租", "出租"),
        # Expiring is the end of a validity period.
        ("到期", "有效期"),
        # A discount is a reduction.
        ("优惠", "减免"),
        # The next or the last issue of a periodical, as its own pages say it.
        ("下一期", "下期"),
        ("上一期", "上期"),
        # Meals, and a parking space in a plan's words.
        ("午饭", "午餐"),
        ("晚饭", "晚餐"),
        ("停车位", "泊位"),
        # "在什么地方办" asks the venue a notice labels 地点.
        ("地方", "地点"),
        # A fee's everyday name and a colleague, in the documents' words.
        ("物业费", "物业服务费"),
        ("同事", "本单位其他人员"),
        # Coming late, a booking made void, premises handed over, in the rules' words.
        ("迟到", "未到"),
        ("作废", "取消"),
        ("交房", "交付"),
        # A long holiday is what rules call 节假日.
        ("长假", "节假日"),
        # A share of a whole, stated by a scoring table as its weight; social insurance
        # by its everyday short name.
        ("比重", "权重"),
        ("占比", "权重"),
        ("社保", "社会保险"),
        # Everyday nouns of a spoken question, in the documents' words.
        ("房子", "房屋"),
        ("事情", "事项"),
        ("事儿", "事项"),
        ("平均分", "平均得分"),
        ("资讯", "信息"),
        ("分公司", "分支机构"),
        ("签合同", "签订合同"),
    ],
)
def test_everyday_and_domain_words(word, variant):
    assert variant in term_variants(normalize(word))
    assert variant in query_expansion(f"{word}是什么")


def test_a_whole_is_not_its_part():
    # Fiscal revenue is wider than its general-budget part: one figure does not answer the other.
    assert "一般公共预算收入" not in term_variants(normalize("财政收入"))


@pytest.mark.parametrize(
    "question,plain",
    [
        # A one-character verb standing alone takes its formal form.
        ("佛山高新区的地到期了还能续吗？", "佛山高新区的地到期了还能续期吗？"),
        ("上市奖励什么时候能报？", "上市奖励什么时候能申报？"),
        ("材料什么时候报？", "材料什么时候申报？"),
    ],
)
def test_one_character_verbs_are_spelt_out(question, plain):
    assert plain_question(question) == plain


@pytest.mark.parametrize(
    "question",
    # Inside a longer word, the character is no verb of its own.
    [
        "日报记者是谁？",
        "报送材料有哪些？",
        "在哪报名？",
        "续期要交什么表格？",
        # With an object after it the verb may mean another formal word (报省里: 报送).
        "每年几月前要报省自贸办？",
        "骗补贴会怎样？",
    ],
)
def test_one_character_verb_counter_examples(question):
    assert plain_question(question) == question


@pytest.mark.parametrize(
    "question,plain",
    [
        # A range of top places asked on its own.
        ("2020年前十都有谁？", "2020年前十名都有谁？"),
        ("前三是谁？", "前三名是谁？"),
        ("前10的有哪些？", "前10名的有哪些？"),
    ],
)
def test_top_places_are_ranks(question, plain):
    assert plain_question(question) == plain
    assert classify(plain) == "list"


@pytest.mark.parametrize(
    "question",
    [
        "排名前10的有哪些？",
        "位列前十的有哪些？",
        # A classifier of its own, or another range.
        "单项评价前3位是哪些？",
        "前3个月增长多少？",
        "前两年的数据有吗？",
    ],
)
def test_top_places_counter_examples(question):
    assert plain_question(question) == question


@pytest.mark.parametrize("word,variant", [("续", "续期"), ("骗", "骗取")])
def test_one_character_everyday_verbs(word, variant):
    assert variant in term_variants(word)


@pytest.mark.parametrize("word", ["设立", "网上", "收入", "产业用地", "任务"])
def test_formal_words_gain_no_stand_ins(word):
    # The lexicon maps the everyday word to the formal one, not back, and leaves the
    # documents' plain words alone.
    assert query_expansion(f"{word}是什么") == ""


@pytest.mark.parametrize(
    "question,asked",
    [
        # The periods asked for are answered by dates: the asking phrase is no term.
        ("上市奖励每年哪几个时段受理？", True),
        ("窗口什么时段开放？", True),
        # A period named, not asked, stays a term.
        ("受理时段有变化吗？", False),
    ],
)
def test_asked_periods_are_no_terms(question, asked):
    assert ("时段" not in key_phrase(question)) == asked


@pytest.mark.parametrize(
    "question,qtype",
    [
        # How many ways or kinds: named with their count.
        ("工业用地有几种供应方式？", "list"),
        ("企业有几种申报途径？", "list"),
        # What to report is a list of items.
        ("开工以后要报送什么信息？", "list"),
        ("项目单位要往平台上报什么？", "list"),
        # Counter-examples: a count alone, kinds without a way, a report's date.
        ("有几家企业上榜？", "number"),
        ("一共有几种？", "number"),
        ("企业什么时候报送？", "date"),
    ],
)
def test_list_asked_colloquially(question, qtype):
    assert classify(question) == qtype


@pytest.mark.parametrize(
    "word,variant",
    [
        ("满足", "具备"),
        ("满足", "符合"),
        ("租期", "租赁期限"),
        ("参加", "参与"),
        ("造成", "导致"),
        ("扩产", "扩大产能"),
        ("搬进", "迁入"),
    ],
)
def test_matching_group(word, variant):
    assert variant in term_variants(word)
    assert query_expansion(f"{word}是什么") == ""
    # Not taught to the segmenter: it keeps its own reading of the word.
    assert word not in domain_words()


@pytest.mark.parametrize("word,variant", [("成立", "设立")])
def test_verbs_group(word, variant):
    # Matched and searched by the formal verb ...
    assert variant in term_variants(word)
    assert query_expansion(f"{word}于哪一年") == variant
    # ... but not taught to the segmenter, nor its formal verb.
    assert word not in domain_words()
    assert variant not in domain_words()


@pytest.mark.parametrize("word", ["建完"])
def test_finishing_a_building_is_completion(word):
    assert {"竣工", "建成"} <= set(term_variants(word))
    # Still a verb: the actions listed after "how long" are asked one by one.
    assert split_parts(f"拿到地后多久要开工、{word}、达产？") == [
        "拿到地后多久要开工？",
        f"多久要{word}？",
        "多久要达产？",
    ]


def test_matching_words_are_matched_in_the_evidence_but_not_searched():
    # Meeting a condition is what rules write as having or fitting it ...
    assert {"具备", "符合"} <= set(term_variants("满足"))
    # ... but those common verbs are not added to the retrieval query.
    assert query_expansion("入驻孵化器需要满足哪些条件？") == ""
    # The other groups still expand the query.
    assert "高新技术企业" in query_expansion("高企需要满足哪些条件？")
