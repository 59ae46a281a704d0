"""Question normalisation (resources/question_forms.yaml) and the domain lexicon's
synonyms (resources/lexicon.yaml), group by group: examples and counter-examples."""

import pytest

from assistant.answering.evidence import term_variants
from assistant.answering.grammar import grammar
from assistant.answering.questions import analyze, classify
from assistant.answering.rephrasing import plain_question, query_expansion
from assistant.text import domain_words, normalize


@pytest.mark.parametrize(
    "question,plain",
    [
        ("商务部会不会约谈排名末位的经开区？", "商务部会约谈排名末位的经开区吗？"),
        ("是不是得先备案？", "得先备案吗？"),
        ("企业能不能同时享受两项补助", "企业能同时享受两项补助吗？"),
        ("未通过验收的企业，能否申请转为出让？", "未通过验收的企业，能申请转为出让吗？"),
        ("这个办法是否适用于个体户？", "这个办法适用于个体户吗？"),
        ("需不需要提交营业执照？", "需要提交营业执照吗？"),
        ("太原片区GDP比全国平均高不高？", "太原片区GDP比全国平均高吗？"),
        # The everyday verb closing its clause is read in its formal form as well.
        ("进口比去年同期涨了没？", "进口比去年同期增长了吗？"),
        ("改革经验推广到全省了没有？", "改革经验推广到全省了吗？"),
        ("比全国平均高不？", "比全国平均高吗？"),
        ("备案收不收费啊？", "备案收费吗？"),
        ("有无年龄限制？", "有年龄限制吗？"),
        ("线上提交行不行？", "线上提交可以吗？"),
        # The spoken 么 of a yes/no question.
        ("个体户能申请么？", "个体户能申请吗？"),
    ],
)
def test_a_not_a_questions_take_their_yes_no_form(question, plain):
    assert plain_question(question) == plain
    assert classify(plain) == "yesno"


@pytest.mark.parametrize(
    "question",
    [
        # A question word makes it another kind of question.
        "有没有说一共多少家企业？",
        "是否需要材料，需要哪些？",
        # A choice is not answered yes or no.
        "是不是升了还是降了？",
        # Already plain.
        "园区给租金补贴吗？",
        # 不 between two different words, or inside a word, asks nothing.
        "示范区在不断推进改革吗？",
        "对不符合条件的企业不予支持吗？",
        # 么 of an asking word is no yes/no particle.
        "补贴为什么？",
        "要么申请要么放弃？",
        # 排 inside a word (安排) before an ordinal is no rank.
        "安排第2次培训是什么时候？",
    ],
)
def test_other_questions_keep_their_form(question):
    assert plain_question(question) == question


@pytest.mark.parametrize(
    "question,plain,qtype",
    [
        ("上市奖励啥时候能报？", "上市奖励什么时候能申报？", "date"),
        ("哪家经开区位列综合排名首位？", "哪家经开区位列综合排名第一？", "entity"),
        ("哪家企业居榜首？", "哪家企业居第一？", "entity"),
        ("排18的是谁？", "排名第18的是谁？", "entity"),
        # A bare 排 before its ordinal is a rank too.
        ("排第20的是哪家？", "排名第20的是哪家？", "entity"),
        ("位列5的是哪家？", "位列第5的是哪家？", "entity"),
        ("综改示范区一共规划了多大面积？", "综改示范区一共规划面积多大？", "number"),
        ("排名5的是哪家？", "排名第5的是哪家？", "entity"),
        # Unsigned is anonymous.
        ("不署名提交的异议材料是否受理？", "匿名提交的异议材料受理吗？", "yesno"),
        # Traditional characters are read as simplified before any form applies.
        ("這篇報導是哪位記者寫的？", "这篇报导是哪位记者写的？", "entity"),
        ("佛山高新區的地還能不能續？", "佛山高新区的地还能续期吗？", "yesno"),
        ("企业怎样才算从孵化器毕业了？", "企业从孵化器毕业要满足哪些条件？", "list"),
        # What one does to be punished: the cases a rule names.
        ("孵化器干了啥会被摘牌？", "孵化器什么情况下会被摘牌？", "list"),
        # The ordinary case named as such is a rule's general case: no case to find.
        ("普通情况下提前退租，租金要补交吗？", "提前退租，租金要补交吗？", "yesno"),
        # A demonstrative before 几 points at things already named: no number is asked.
        ("免租期那几个月是不是物业费也不用交？", "免租期那些月物业费也不用交吗？", "yesno"),
        ("这几年是不是都减半收取？", "这些年都减半收取吗？", "yesno"),
        (
            "青岛经开区和烟台经开区谁排得靠前？",
            "青岛经开区和烟台经开区谁排名更靠前？",
            "comparison",
        ),
    ],
)
def test_plain_forms(question, plain, qtype):
    assert plain_question(question) == plain
    assert classify(plain) == qtype


@pytest.mark.parametrize(
    "question",
    # 首位 outside a rank phrase is no rank ("放在首位" puts a thing first in priority).
    [
        "把什么放在首位？",
        "各级政府有什么职责？",
        # A range, a count, an allotment: no single rank.
        "排名前10的有哪些？",
        "一共排了18个项目吗？",
        "每年安排5000万元吗？",
        # A count of things keeps its classifier after the asking word.
        "湖南2022年评了多少家开发区？",
        "2023年一共出让了多少亩工业用地？",
        # 什么样的 without a rule that follows asks for a description; 怎样才能 asks how.
        "示范区营造的是什么样的营商环境？",
        "怎样才能申请？",
        "干了什么工作？",
        # 几 without a demonstrative asks a number.
        "免租期有几个月？",
    ],
)
def test_plain_form_counter_examples(question):
    assert plain_question(question) == question


def test_analysis_keeps_the_users_words():
    aq = analyze("商务部会不会约谈末位的经开区？")
    assert aq.original == "商务部会不会约谈末位的经开区？"
    assert aq.text == "商务部会约谈末位的经开区吗？" and aq.qtype == "yesno"


@pytest.mark.parametrize(
    "question,qtype",
    [
        ("备案一般几天能办好？", "duration"),
        ("审批要几个工作日？", "duration"),
        ("2021年经开区前三名是谁？", "list"),
        ("前十都有谁？", "list"),
        ("A区和B区谁排名靠后？", "comparison"),
        ("什么情况下扩区申请会被暂停？", "list"),
        ("集中受理时间是每年哪几个时段？", "date"),
        ("窗口在什么时段开放？", "date"),
        # Which N things, by any classifier.
        ("示范区分成哪三块片区？", "list"),
        ("出席的是哪三位领导？", "list"),
        # Counter-examples: a single rank asks for one name; a count is a number.
        ("排名第三的是谁？", "entity"),
        ("在全国排多少？", "ranking"),
        ("专项资金每年安排多少？", "number"),
        ("有几家企业上榜？", "number"),
        # What to hand in is a list of materials.
        ("研发补助申报要交什么？", "list"),
        ("申请时要提交什么？", "list"),
        # A term's meaning.
        ("什么叫在孵企业？", "definition"),
        ("请解释一下“飞地园区”这个概念。", "definition"),
        ("在孵企业是怎么定义的？", "definition"),
    ],
)
def test_colloquial_answer_types(question, qtype):
    assert classify(question) == qtype


@pytest.mark.parametrize(
    "word,variant",
    [
        # Abbreviations of policy documents.
        ("管委会", "管理委员会"),
        ("规上", "规模以上"),
        ("高企", "高新技术企业"),
        ("外企", "外资企业"),
        ("国企", "国有企业"),
        ("民企", "民营企业"),
        ("技改", "技术改造"),
        ("科创", "科技创新"),
        ("双创", "创新创业"),
        ("外贸", "对外贸易"),
        ("经开区", "经济技术开发区"),
        # The two names of foreign investment actually used.
        ("利用外资", "使用外资"),
        ("使用外资", "利用外资"),
        # Everyday words for formal ones.
        ("倒数", "末位"),
        ("叠加", "重复"),
        ("加起来", "累计"),
        ("管用", "有效"),
        ("步骤", "流程"),
        ("上报", "报送"),
        ("到期", "期满"),
        ("一起", "同时"),
        ("办好", "办结"),
        ("转成", "转为"),
        ("合起来", "整合"),
        ("打分", "评价"),
        ("房租", "租金"),
        ("工业地", "工业用地"),
        ("拿地", "供地"),
        ("榜单", "排名"),
        ("上榜", "排名"),
        ("生效", "施行"),
        # The short name of industrial output and its statistical name.
        ("工业产值", "工业总产值"),
        ("ai", "人工智能"),
        ("基建", "基础设施"),
        ("园子", "园区"),
        ("到账", "拨付"),
        ("封顶", "最高"),
        ("增加", "增长"),
        ("到期", "有效期至"),
        ("摘牌", "取消"),
        ("公司", "企业"),
        ("加在一起", "累加"),
        ("退租", "解除合同"),
    ],
)
def test_lexicon_synonyms(word, variant):
    assert variant in term_variants(normalize(word))
    assert variant in query_expansion(f"{word}是什么")


@pytest.mark.parametrize("word,variant", [("报", "申报"), ("涨", "增长"), ("跌", "下降")])
def test_one_character_verbs_have_their_formal_forms(word, variant):
    # Matched in the evidence; the retrieval tokenizer keeps no one-character words.
    assert variant in term_variants(word)


def test_expansion_reads_whole_words():
    assert "增长" in query_expansion("高企数量涨了多少")
    # "排" (rank) is no word of "安排" (allot).
    assert "排名" in query_expansion("在全国排多少")
    assert query_expansion("专项资金每年安排多少") == ""


@pytest.mark.parametrize("word", ["开发区", "企业", "补贴", "办法"])
def test_lexicon_counter_examples(word):
    # Ordinary words of the documents have no stand-ins; the query is left as asked.
    assert term_variants(word) == ()
    assert query_expansion(f"{word}是什么") == ""


def test_expansion_skips_forms_the_question_already_has():
    assert query_expansion("经济技术开发区和经开区") == ""


@pytest.mark.parametrize(
    "word,framing",
    [
        ("拨打", True),
        ("事宜", True),
        ("稿子", True),
        ("电话", False),
        ("咨询", False),
        ("备案", False),
        # The word for a meaning.
        ("概念", True),
        # Who interprets a rule is asked with 解释: a word of the evidence.
        ("解释", False),
    ],
)
def test_framing_words_of_questions(word, framing):
    assert (word in grammar().question_stopwords) == framing


def test_everyday_words_stay_whole_but_their_formal_forms_keep_their_tags():
    assert "加起来" in domain_words()
    assert "报送" not in domain_words()


@pytest.mark.parametrize(
    "question,plain",
    [
        # 好几 counts, it does not ask (one matter fitting rules is the same matter, and 拿
        # closing the yes/no question is 享受);
        # a one-character verb's 个; past the date is overdue.
        ("一件事符合好几个政策，能都拿吗？", "同一事项符合多个政策，能重复享受吗？"),
        ("想评个区级孵化器要什么条件？", "评区级孵化器要哪些条件？"),
        ("纸质材料过了期限再交可以吗？", "纸质材料逾期再交可以吗？"),
        # 几 after a verb of result in a yes/no question is "several".
        ("可以把一个项目拆成几个项目来申报吗？", "可以把一个项目拆成多个项目来申报吗？"),
        ("能分成几期支付吗？", "能分成多期支付吗？"),
        # More or less than last year is a rise or a fall from it.
        ("公务接待费比去年多了吗？", "公务接待费比去年增加了吗？"),
        ("运行费比上年少了吗？", "运行费比上年减少了吗？"),
        # The same as last year is level with it.
        ("出国费和上年一样吗？", "出国费与上年持平吗？"),
    ],
)
def test_framing_rewrites(question, plain):
    assert plain_question(question) == plain


@pytest.mark.parametrize(
    "question",
    [
        # 个 after a verb of two characters or after no modal; 过了 of other things.
        "要个说法吗？",
        "申请个数有限制吗？",
        "过了初审以后呢？",
        # 几 asking how many: no yes/no, or no verb of result before it.
        "园区分成几个片区？",
        "拆成几个项目申报？",
        "有几个项目入选吗？",
        # How much more is asked, or another side compared.
        "比去年多了多少？",
        "东区比西区多了吗？",
        "东区和西区一样吗？",
    ],
)
def test_framing_rewrite_counter_examples(question):
    assert plain_question(question) == question


@pytest.mark.parametrize(
    "question,plain",
    [
        # The term whose meaning is asked, cut by the segmenter into single characters, is
        # looked up whole.
        ("啥叫在孵企业？", "什么叫“在孵企业”？"),
        ("链长制是啥意思？", "“链长制”是什么意思？"),
        ("什么是先租后让？", "什么是“先租后让”？"),
    ],
)
def test_defined_term_is_quoted(question, plain):
    assert plain_question(question) == plain


@pytest.mark.parametrize(
    "question",
    [
        # Terms the segmenter keeps whole, a phrase with 的, another kind of question.
        "什么是综改区？",
        "飞地园区是什么意思？",
        "示范区的规划面积是什么？",
        "链长制由谁牵头？",
    ],
)
def test_defined_term_counter_examples(question):
    assert "“" not in plain_question(question)
