"""Whom to contact: the grammar of contact questions and contact lines (table tests), and
answers from contact blocks in several layouts of invented documents (real index)."""

import pytest

from assistant.answering.contacts import (
    _asking_matter,
    _label_names,
    _names_all,
    asked_contact,
    has_person,
    has_phone,
    is_contact_line,
)
from assistant.answering.evidence import Sentence, Term
from tests.conftest import chain_over
from tests.helpers import answered


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("政策咨询找谁？", (True, False)),
        ("有异议联系谁、电话多少？", (True, True)),
        ("申报科的联系人和电话是什么？", (True, True)),
        ("咨询电话是多少？", (False, True)),
        ("有问题该问哪个部门？", (True, False)),
        ("投诉热线是多少", (False, True)),
        # Counter-examples: asking about a matter, not whom to turn to.
        ("补助资金什么时候拨付？", None),
        ("谁负责审核？", None),
        ("企业之间如何联系合作？", None),
    ],
)
def test_asked_contact(question, asked):
    assert asked_contact(question) == asked


@pytest.mark.parametrize(
    ("line", "contact"),
    [
        ("联系人：企业服务科　赵一鸣", True),
        ("联系电话：0571-86001234", True),
        ("财政局预算科：钱小红，电话0571-86001299", True),
        ("手机：13912345678", True),
        ("咨询电话 025-52110000", True),
        # Counter-examples: contacting mentioned, or numbers that are no phone numbers.
        ("个人提出异议的，须注明有效联系方式。", False),
        ("项目总投资20000000元，占地120亩。", False),
        ("2024年4月1日至4月30日在线填报。", False),
    ],
)
def test_contact_lines(line, contact):
    assert is_contact_line(line) == contact


@pytest.mark.parametrize(
    ("text", "person", "phone"),
    [
        ("联系人：企业服务科　赵一鸣", True, False),
        ("联系电话：0571-86001234", False, True),
        ("财政局预算科：钱小红，电话0571-86001299", True, True),
    ],
)
def test_person_and_phone(text, person, phone):
    assert has_person(text) == person
    assert has_phone(text) == phone


# Invented documents. A notice ending with a contact section (person and number on two
# lines); a guide listing one line per office; a Q&A whose answer names two contacts, each
# with the matter it serves in brackets.
NOTICE = (
    "青禾区关于瞪羚企业拟认定名单的公示\n\n"
    "一、公示期限\n\n"
    "公示期为2024年7月5日至7月11日。\n\n"
    "二、异议处理\n\n"
    "对拟认定企业有异议的，可以书面形式实名提出。个人提出异议的，须注明有效联系方式。\n\n"
    "三、联系方式\n\n"
    "联系人：区科技局企业服务科　赵一鸣\n\n"
    "联系电话：0571-86001234\n"
)
GUIDE = (
    "白石区数字化改造专项资金申报指南\n\n"
    "一、申报方式\n\n"
    "企业在线填报并上传材料，初审通过后报送纸质材料。\n\n"
    "二、联系方式\n\n"
    "白石区经济发展局工业科：孙立，电话0572-66001111\n"
    "白石区财政局预算科：钱小红，电话0572-66002222\n"
)
FAQ = (
    "东港区研发补助政策问答\n\n"
    "Q1：补助比例是多少？\n\n"
    "A：按研发费用的5%给予补助。\n\n"
    "Q2：政策咨询找谁？\n\n"
    "A：区科技局计划科，联系人：周一，电话0573-87001111；"
    "区财政局国库科（资金拨付），联系人：吴二，电话0573-87002222。\n"
)


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    root = tmp_path_factory.mktemp("contacts")
    return chain_over(root, {"notice.txt": NOTICE, "guide.txt": GUIDE, "faq.md": FAQ})


def test_the_office_a_question_names(chain):
    answered(
        chain,
        "白石区财政局预算科的联系人和电话是什么？",
        ["钱小红", "0572-66002222"],
        absent="孙立",
    )


def test_the_matter_a_contact_serves(chain):
    answered(chain, "东港区补助资金拨付的问题问谁？", ["吴二", "0573-87002222"])


def test_the_qa_answer_to_whom_to_ask(chain):
    answered(chain, "东港区研发补助政策咨询找谁？", ["周一", "0573-87001111"])


def test_the_number_on_the_next_line(chain):
    answered(chain, "青禾区瞪羚企业公示的联系人和联系电话是什么？", ["赵一鸣", "0571-86001234"])


def test_a_notices_only_contact_serves_every_matter_it_raises(chain):
    # The objection is raised in another section than the contact block's.
    answer = chain.invoke("对青禾区瞪羚企业公示名单有异议，联系谁、电话多少？")
    assert not answer.refused
    assert "赵一鸣" in answer.direct_answer and "0571-86001234" in answer.direct_answer


def test_an_office_no_document_lists_gets_no_other_office_line(chain):
    answer = chain.invoke("白石区商务局外资科的咨询电话是多少？")
    assert "0572-66001111" not in (answer.direct_answer or "")
    assert "0572-66002222" not in (answer.direct_answer or "")


@pytest.mark.parametrize(
    "line,matter,names",
    [
        # The label names the matter: the line serves it.
        ("投诉电话：0571-86005678", ["投诉"], True),
        ("上市服务咨询电话：0571-86005679", ["上市", "备案"], True),
        # A general label, or a matter word only after the colon.
        ("联系电话：0571-86001234", ["投诉"], False),
        ("电话：0571-86001234（投诉）", ["投诉"], False),
    ],
)
def test_a_label_naming_the_matter(line, matter, names):
    unit = Sentence("d", "t", "", 0, len(line), line, 1)
    assert _label_names(unit, [Term(w, 1.0, pos="v") for w in matter]) is names


GUIDE_WITH_COMPLAINTS = (
    "红岭区企业投资项目备案办事指南\n\n"
    "一、办理方式\n\n"
    "项目单位在线提交备案信息，信息齐全的即时办结。\n\n"
    "二、权利救济\n\n"
    "项目单位对备案结果有异议的，可以依法申请行政复议。\n\n"
    "三、咨询与投诉\n\n"
    "咨询电话：0574-55001111\n"
    "投诉电话：0574-55002222\n"
)


def test_a_labelled_line_answers_the_situation_the_question_describes(tmp_path):
    chain = chain_over(tmp_path, {"guide.md": GUIDE_WITH_COMPLAINTS})
    answer = chain.invoke("对红岭区备案结果有异议，投诉电话打哪个？")
    assert not answer.refused
    assert "0574-55002222" in answer.direct_answer
    assert "0574-55001111" not in answer.direct_answer


@pytest.mark.parametrize(
    "question,words,expected",
    [
        # A situation, then the clause asking for the contact: that clause's matter.
        ("对备案结果有异议，投诉电话打哪个？", ["备案", "异议", "投诉"], ["投诉"]),
        # One clause: no situation to set apart.
        ("备案投诉电话是多少？", ["备案", "投诉"], []),
        # Two asking clauses: no one of them is the ask.
        ("投诉找谁，咨询电话多少？", ["投诉"], []),
    ],
)
def test_the_asking_clause_matter(question, words, expected):
    terms = [Term(w, 1.0, pos="v") for w in words]
    assert [t.text for t in _asking_matter(question, terms)] == expected


# A filing guide whose complaint line names nothing but complaints; another document's
# complaint line, whose note happens to share a word of the question ("工作日" holding
# 工作); a budget note naming the finance bureau's phone in passing.
FILING_GUIDE = (
    "红岭区企业投资项目备案工作指南\n\n"
    "一、办理方式\n\n"
    "项目单位在线提交备案信息，信息齐全的即时办结。\n\n"
    "二、咨询与投诉\n\n"
    "咨询电话：0574-55001111\n"
    "投诉电话：0574-55002222\n"
)
SERVICE_RULES = (
    "红岭区政务服务中心办事须知\n\n"
    "一、监督投诉\n\n"
    "投诉电话：0574-66003333（中心督查室，工作日办公时间受理）\n"
)
BUDGET_NOTE = (
    "红岭区管委会部门预算说明\n\n"
    "对本说明有疑问的，可在工作日拨打管委会财政局预算科电话0574-66004444咨询。\n"
)
DIRECTORY = (
    "红岭区管委会内设机构\n\n"
    "一、财政局\n\n"
    "负责区级预算编制和执行。\n\n"
    "办公地点：行政中心4楼402室　联系电话：0574-66005555\n"
)


@pytest.mark.parametrize(
    ("question", "expected", "absent"),
    [
        # Both complaint lines are labelled as asked: the one whose document is about the
        # filing the question describes serves it.
        ("对备案工作不满意，投诉电话打哪个？", "0574-55002222", "0574-66003333"),
        # The office line under the bureau's own heading, not a line naming it in passing.
        ("财政局在哪里办公，电话是多少？", "0574-66005555", "0574-66004444"),
    ],
)
def test_the_line_whose_context_holds_the_matter(tmp_path, question, expected, absent):
    chain = chain_over(
        tmp_path,
        {
            "guide.md": FILING_GUIDE,
            "rules.md": SERVICE_RULES,
            "budget.md": BUDGET_NOTE,
            "directory.md": DIRECTORY,
        },
    )
    answered(chain, question, expected, absent)


# A tender notice with each party's block under its own heading, and a recruitment notice
# with two phone lines of one block: questions asking two contacts at once.
TWO_PARTIES = (
    "红岭区2025年道路养护服务采购项目招标公告\n\n"
    "一、项目基本情况\n\n"
    "本项目采购道路养护服务，预算金额300万元。\n\n"
    "二、联系方式\n\n"
    "（一）采购人信息\n\n"
    "名称：红岭区建设管理局\n\n"
    "联系电话：0574-77001111\n\n"
    "（二）采购代理机构信息\n\n"
    "名称：红岭恒信招标代理有限公司\n\n"
    "联系电话：0574-77002222\n\n"
    "（三）项目联系方式\n\n"
    "项目联系人：韩女士\n\n"
    "电话：0574-77002222\n"
)
HIRING = (
    "红岭区2025年公开招聘工作人员公告\n\n"
    "一、咨询方式\n\n"
    "政策咨询电话：0574-77003333（人力资源部）\n"
    "报名技术咨询电话：0574-77004444（工作日）\n"
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "红岭区道路养护服务采购项目的采购人和代理机构联系电话分别是多少？",
            ("0574-77001111", "0574-77002222"),
        ),
        (
            "红岭区这次招聘的政策咨询电话和报名技术咨询电话分别是多少？",
            ("0574-77003333", "0574-77004444"),
        ),
    ],
)
def test_each_part_asking_a_contact_gets_its_own_line(tmp_path, question, expected):
    chain = chain_over(tmp_path, {"tender.md": TWO_PARTIES, "hiring.md": HIRING})
    answered(chain, question, expected)


# Invented: a centre's two lines on one line of their own, and a table row placing another
# office in the centre with a phone of its own.
CENTRE = """示例区机构职责与联系方式

一、政务服务中心

政务服务中心设在综合楼1楼，实行一窗受理。

咨询电话：0551-6210001　投诉电话：0551-6210002

二、入驻机构

| 机构 | 职责 | 办公地点 | 联系电话 |
| --- | --- | --- | --- |
| 示例区市场监管分局 | 企业登记注册 | 政务服务中心1楼 | 0551-6210093 |
"""


def test_a_line_holding_both_parts_labels_answers_each(tmp_path):
    chain = chain_over(tmp_path, {"centre.md": CENTRE})
    direct = chain.invoke("示例区政务服务中心的咨询电话和投诉电话分别是多少？").direct_answer
    assert "0551-6210001" in direct and "0551-6210002" in direct
    assert "0551-6210093" not in direct


# Invented: each party's line names it with a word between its words ("政策业务咨询").
TRAINING = """示例区高企培训会通知

八、联系方式

1. 报名及会务联系人：区科技局 王晓明，电话0551-6230011；
2. 政策业务咨询联系人：区科技局 李青山，电话0551-6230022。
"""
ADVICE = """示例区创新政策问答

企业咨询补助资金拨付有关问题，联系人：区财政局 赵海，电话0551-6239999。
"""


def test_a_party_named_with_a_word_between_its_words(tmp_path):
    chain = chain_over(tmp_path, {"training.md": TRAINING, "advice.md": ADVICE})
    question = "示例区高企培训，报名会务和政策咨询分别找谁，电话分别多少？"
    direct = chain.invoke(question).direct_answer
    assert "王晓明" in direct and "0551-6230011" in direct
    assert "李青山" in direct and "0551-6230022" in direct


@pytest.mark.parametrize(
    ("party", "text", "names"),
    [
        ("政策咨询", "2. 政策业务咨询联系人：李青山", True),
        ("报名会务", "1. 报名及会务联系人：王晓明", True),
        # Counter-example: one of the party's words missing.
        ("政策咨询", "1. 报名及会务联系人：王晓明", False),
    ],
)
def test_a_party_is_named_by_all_its_words(party, text, names):
    assert _names_all(party, text) is names
