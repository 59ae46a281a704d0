"""Which clause decides a yes/no question, and how far its negation reaches
(answering/polarity.py, answering/qa.py; words in resources/question_grammar.yaml):
negations inside quoted names, negations about another matter or another case, opposite
directions, the verb a question asks about, numbered Q&A markers — each with examples and
counter-examples, then end to end over small documents of several layouts."""

import pytest

from assistant.answering.evidence import Term
from assistant.answering.grammar import grammar
from assistant.answering.polarity import (
    bound_verdict,
    compared_numbers,
    deciding_negations,
    negated,
    polarity,
    scoped_negations,
    unnamed_case,
)
from assistant.answering.qa import asked_predicate, same_predicate
from assistant.answering.questions import analyze
from assistant.answering.units import article_lead
from assistant.messages import msg
from tests.conftest import chain_over
from tests.helpers import answered, documents_chain


@pytest.mark.parametrize(
    "text,expected",
    [
        # A quoted principle's own negation is part of its name.
        ("区级补助按“就高不重复”原则核定。", False),
        ("实行「非必要不见面」审批。", False),
        # Counter-examples: the same words outside quotes deny.
        ("区级补助不重复享受。", True),
        ("按“就高”原则执行，不重复享受。", True),
    ],
)
def test_quoted_negation_denies_nothing(text, expected):
    assert negated(text) is expected


@pytest.mark.parametrize(
    "clause,question,decides",
    [
        # The question's matter only describes the subject; the negation denies another verb.
        ("享受场地补贴的房屋不得转借、出租", "园区给场地补贴吗", False),
        # Counter-example: the negated stretch holds the question's word.
        ("享受场地补贴的房屋不得再享受场地补贴", "园区给场地补贴吗", True),
        # A negation after a case the question does not name holds for that case only.
        ("改变用途的，停止补贴并收回资金", "园区给场地补贴吗", False),
        ("考核结果为合格的，不予奖励", "考核结果为合格的企业能拿到奖励吗", True),
        # No modifier and no case: a paraphrased verb is still denied.
        ("同一项目只能选择一个方向申报，不得重复申报", "同一个项目两头都报行吗", True),
        ("补助资金不得用于发放工资", "补助资金可以用于发工资吗", True),
        # A time clause frames the sentence, it is not a case.
        ("初审通过后，请于5月10日前报送纸质材料，逾期不予受理", "纸质材料晚交还受理吗", True),
    ],
)
def test_negation_scope(clause, question, decides):
    assert bool(scoped_negations(clause, question)) is decides


@pytest.mark.parametrize(
    "clause,question,decides",
    [
        # A table row's cell ends at its mark: a later cell's attributive particle does not
        # turn the cell's own negation into a modifier.
        (
            "1 | 项目登记 | 5个工作日 | 不收费 | 网上办理 | 当场核对的即时登记",
            "项目登记要交钱吗",
            True,
        ),
        # Counter-example: the particle in the negation's own cell still marks a modifier.
        ("1 | 不收费的项目登记 | 5个工作日", "项目登记要交钱吗", False),
    ],
)
def test_a_cell_ends_a_negations_clause(clause, question, decides):
    assert bool(deciding_negations(clause, question)) is decides


@pytest.mark.parametrize(
    "question,clause,words,expected",
    [
        # A negation aside from the question's matter: no verdict rather than a wrong one.
        ("园区给场地补贴吗？", "享受场地补贴的房屋不得转借、出租。", ["场地补贴"], None),
        ("园区给场地补贴吗？", "改变用途的，停止补贴并收回资金。", ["场地补贴"], None),
        (
            "考核结果为合格的企业能拿到奖励吗？",
            "考核结果为合格的，不予奖励。",
            ["合格", "奖励"],
            False,
        ),
        # Growth asked, decline stated, in either pair of words.
        (
            "园区去年固定资产投资是否比上年增加？",
            "固定资产投资12亿元，下降3.1%。",
            ["固定资产投资"],
            False,
        ),
        ("出口额是否增长？", "出口额减少2.5%。", ["出口额"], False),
        ("出口额是否增长？", "出口额增长2.5%。", ["出口额"], True),
    ],
)
def test_polarity_with_scope(question, clause, words, expected):
    terms = [Term(w, 1.0, known=True) for w in words]
    assert polarity(analyze(question), clause, terms) is expected


@pytest.mark.parametrize(
    "clause,expected",
    [
        # Sharing only a count and a kind word with the question affirms nothing.
        ("“共建园区”即由两个地区合作建设、按约定比例分享税收的园区。", None),
        # Counter-example: the content word the question asks about is stated.
        ("两个身份都具备的企业，补助比例可以叠加计算。", True),
    ],
)
def test_yes_needs_a_content_word(clause, expected):
    terms = [
        Term("两个", 1.0, pos="m"),
        Term("身份", 1.0, pos="n", category=True),
        Term("比例", 1.0, pos="n", category=True),
        Term("叠加", 1.0, pos="vn"),
    ]
    assert polarity(analyze("两个身份都有，比例能叠加吗？"), clause, terms) is expected


def test_growth_and_decline_pairs_are_read():
    pairs = {tuple(p) for p in grammar().raw["opposites"]}
    assert ("增加", "下降") in pairs and ("增长", "减少") in pairs


@pytest.mark.parametrize(
    "question,verb",
    [
        ("已获得市级补助的企业，能否再申请区级补助？", "申请"),
        ("境外上市的企业可以享受奖励吗？", "享受"),
        ("补助比例叠加吗？", "叠加"),
        # Counter-examples: the modal is the whole predicate, or no word follows it.
        ("这样可以吗？", None),
        ("外地的费用能算吗？", None),
    ],
)
def test_asked_predicate(question, verb):
    assert asked_predicate(question) == verb


@pytest.mark.parametrize(
    "ours,theirs,same",
    [
        ("两种身份的比例能叠加吗？", "高新技术企业有额外支持吗？", False),
        # Their question's last word said in ours as a noun: our modal's verb decides.
        ("两个奖励比例能加在一起吗？", "总部企业有额外奖励吗？", False),
        ("境外上市的企业可以享受奖励吗？", "在境外上市的企业能不能享受？", True),
        # A document question whose verb is no word is given the benefit.
        ("区外的研发费用是否纳入计算？", "外地的研发费用能算吗？", True),
    ],
)
def test_same_predicate(ours, theirs, same):
    assert same_predicate(ours, theirs) is same


@pytest.mark.parametrize(
    "line,question,answer",
    [
        ("Q4：高新技术企业有额外支持吗？", True, False),
        ("问3：申报要交哪些材料？", True, False),
        ("A4：有。", False, True),
        ("答12：可以。", False, True),
        # Counter-examples: a line merely starting with a letter or a number.
        ("QC小组活动成果。", False, False),
        ("4月：完成评审。", False, False),
    ],
)
def test_numbered_qa_markers(line, question, answer):
    g = grammar()
    assert bool(g.qa_question.match(line)) is question
    assert bool(g.qa_answer.match(line)) is answer


BOUNDS = "申报企业注册资本不低于500万元，且上年度研发费用不超过200万元。"


@pytest.mark.parametrize(
    "question,verdict,compared",
    [
        # A stated value missing the bound on its own measure: no.
        ("注册资本300万元的企业能申报吗？", False, {"300"}),
        ("上年研发费用300万元的企业能申报吗？", False, {"300"}),
        # Meeting one bound decides nothing: the rule's other conditions still apply.
        ("注册资本800万元的企业能申报吗？", None, {"800"}),
        # Counter-examples: a bound on another measure, a question naming its own relation.
        ("去年营收300万元的企业能申报吗？", None, set()),
        ("注册资本超过300万元吗？", None, set()),
    ],
)
def test_value_against_a_bound(question, verdict, compared):
    assert bound_verdict(question, BOUNDS) is verdict
    assert compared_numbers(question, BOUNDS) == compared


SHARES = "包1允许分包，分包金额不得超过合同金额的30%，且承接方应为中小企业。"


@pytest.mark.parametrize(
    "question,verdict,compared",
    [
        # A share bounded of its base ("not more than the contract amount's 30%"): the
        # relation word stands before the base.
        ("想把合同金额35%的活分包出去，行吗？", False, {"35"}),
        ("想把合同金额20%的活分包出去，行吗？", None, {"20"}),
        # Counter-example: a share of another measure.
        ("想把营业收入35%的活分包出去，行吗？", None, set()),
    ],
)
def test_share_against_a_bound_of_its_base(question, verdict, compared):
    assert bound_verdict(question, SHARES) is verdict
    assert compared_numbers(question, SHARES) == compared


ARTICLES = """第五条　考核结果为优秀或者良好的，给予运营补贴：

（一）优秀的，补贴10万元；

（二）良好的，补贴5万元。

考核结果为合格的，不予补贴。

第六条　入驻企业应当按时报送统计数据。

已报送数据的企业，可以申请复核。

第七条　提前解约

（一）乙方要求提前解除合同的，应支付违约金。

（二）乙方因扩大产能迁入自建厂房的，免于支付前款违约金。

第八条　入驻企业名单由管委会另行在门户网站统一公布

入驻满一年的企业可以续租。
"""


@pytest.mark.parametrize(
    "needle,lead",
    [
        # A paragraph after an article's lead-in ending with a colon is governed by it.
        ("考核结果为合格的", "第五条　考核结果为优秀或者良好的，给予运营补贴："),
        ("（二）良好的", "第五条　考核结果为优秀或者良好的，给予运营补贴："),
        # Counter-examples: a lead-in ending with a full stop governs nothing after it, and
        # the article's own paragraph needs no lead-in.
        ("已报送数据的企业", ""),
        ("第五条", ""),
        # An article line that is only its caption names the matter of its paragraphs.
        ("（二）乙方因扩大产能", "第七条　提前解约"),
        # Counter-example: a caption longer than a caption is a statement of its own.
        ("入驻满一年的企业", ""),
    ],
)
def test_article_lead_is_context(needle, lead):
    pos = ARTICLES.index(needle)
    para = ARTICLES.rfind("\n\n", 0, pos)
    assert article_lead(ARTICLES, pos, para).strip() == lead


@pytest.mark.parametrize(
    "question,context,expected",
    [
        # The question's case (before its first attributive particle) must all be there.
        ("考核结果为合格的园区能拿到补贴吗？", "考核结果为优秀或者良好的，给予运营补贴", True),
        ("考核结果为合格的园区能拿到补贴吗？", "运营补贴\n考核结果为合格的，不予补贴", False),
        # A case set in a clause of its own, where the unit states a case of the same
        # thing (考核) its own way.
        ("园区考核合格，能拿到补贴吗？", "考核结果为优秀或者良好的，给予运营补贴", True),
        # Counter-examples: a question naming no case; a unit stating no case of its own.
        ("园区能拿到补贴吗？", "考核结果为优秀或者良好的，给予运营补贴", False),
        ("园区考核合格，能拿到补贴吗？", "考核后给予运营补贴", False),
        # A modifier after the modal describes what is asked for ("apply for the firm's
        # post"), not a case; before it, a case.
        ("今年38岁，还能报合格公司的岗位吗？", "岗位 | 40周岁以下", False),
        ("今年38岁，能报合格公司的岗位吗？", "岗位 | 40周岁以下", False),
        ("考核合格的公司能报岗位吗？", "岗位 | 40周岁以下", True),
        # A one-character modal said as a word after its subject ("合格公司能参加…的评审")
        # opens the predicate too, not only at the clause's start; inside another word
        # ("功能") it is none.
        ("合格公司能参加补贴的评审吗？", "评审 | 小型企业可参与", False),
        ("合格功能区参加补贴的评审吗？", "评审 | 小型企业可参与", True),
    ],
)
def test_unnamed_case(question, context, expected):
    terms = [Term(w, 1.0, pos="n", known=True) for w in ("考核", "结果", "合格", "补贴")]
    assert unnamed_case(question, context, terms) is expected


FAQ = """示范区人才安居补贴常见问题

Q1：人才安居补贴的标准是多少？

A1：博士每月补贴3000元，硕士每月补贴2000元，本科每月补贴1000元。

Q2：引进的人才有额外支持吗？

A2：有。入选省级人才计划的，补贴标准提高20%；入选市级人才计划的，补贴标准提高10%。同时入选省级和市级计划的，按较高标准执行，不叠加。

Q3：已经领取市级租房补贴的人才，还能申请区里的安居补贴吗？

A3：可以申请，但按“就高不重复”原则核定：已领取市级同类补贴的，区级补贴扣除已领取金额后按差额发放。
"""

RULES = """示范区众创空间扶持办法

第六条　众创空间年度考核结果为优秀或者良好的，给予运营补贴：

（一）考核为优秀的，每家补贴20万元；

（二）考核为良好的，每家补贴10万元。

年度考核结果为合格的，不予补贴。

第七条　众创空间享受场地补贴的房屋不得转借、出租，改变用途的，停止补贴并收回已拨付资金。

第八条　众创空间的场地补贴按实际租金的30%给予，最长三年。
"""

CALL = """关于组织申报2025年度示范区研发中心的通知

一、申报条件

申报企业须在示范区注册，注册资本不低于500万元，上年度研发投入占营业收入比重不低于3%。

二、申报时间

2025年3月1日至3月31日。
"""

NOTICE = """关于2024年度示范区经济运行情况的通报

2024年，示范区实现地区生产总值320亿元，增长6.1%。固定资产投资85亿元，下降3.4%。外贸进出口总额41亿元，增长12.0%。
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    return chain_over(
        tmp_path_factory.mktemp("polar"),
        {"faq.md": FAQ, "rules.txt": RULES, "notice.txt": NOTICE, "call.txt": CALL},
    )


@pytest.mark.parametrize(
    "question,opening",
    [
        # A numbered Q&A's verdict about another verb is not ours: the clause decides.
        ("同时入选省级和市级计划的人才，补贴标准是否叠加？", "否"),
        ("已经领取市级租房补贴，还能申请区里的安居补贴吗？", "是"),
        ("示范区2024年固定资产投资比上年增加了吗？", "否"),
        ("示范区2024年外贸进出口总额是否比上年增长？", "是"),
        # A case the article's lead-in does not name is decided by the paragraph that does.
        ("年度考核结果为合格的众创空间，能拿到运营补贴吗？", "否"),
        # A value under the call's bound on the same measure.
        ("注册资本300万元的企业能申报示范区研发中心吗？", "否"),
    ],
)
def test_yes_no_end_to_end(chain, question, opening):
    answer = chain.ask(question)
    assert not answer.refused
    assert answer.direct_answer.startswith(opening), answer.direct_answer


def test_a_negation_about_another_matter_is_no_verdict(chain):
    # The covering clause is shown, never a wrong 否 (nor a default 是).
    answer = chain.ask("众创空间享受场地补贴的房屋可以出租吗？")
    assert not answer.refused
    assert answer.direct_answer.startswith("否"), answer.direct_answer
    # The unit deciding the question is found past the aside: the article granting it.
    other = chain.ask("示范区给众创空间场地补贴吗？")
    assert not other.refused
    assert other.direct_answer.startswith("是"), other.direct_answer
    assert "实际租金的30%" in other.direct_answer


@pytest.mark.parametrize(
    "question",
    [
        # Another year, another measure: refused, not answered yes or no.
        "示范区2019年固定资产投资比上年增加了吗？",
        "示范区给众创空间发放人才公寓补贴吗？",
    ],
)
def test_unanswerable_yes_no_is_refused(chain, question):
    assert chain.ask(question).refused


# Invented: one measure below its target, another reaching it.
TARGETS = """示例区2024年上半年经济运行分析

一、存在的问题

一是税收收入增速低于年度预期目标，主要受减税政策影响。

二、亮点

规模工业增加值增速达到年度预期目标，同比增长8.2%。
"""

targets = documents_chain({"targets.txt": TARGETS}, "targets")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Falling short of a target is the opposite of reaching it.
        ("税收收入增速达到年度预期目标了吗？", "answer_no"),
        ("规模工业增加值增速达到年度预期目标了吗？", "answer_yes"),
    ],
)
def test_below_a_target_is_not_reaching_it(targets, question, verdict):
    direct = answered(targets, question).direct_answer
    assert direct.startswith(msg(verdict).rstrip("。")), direct


def test_whether_or_not_denies_nothing():
    # "Whether or not one attends" names both cases: its negation character denies nothing.
    assert deciding_negations("参加与否均可申报认定。") == []
    assert deciding_negations("未参加培训的不得申报。") != []
