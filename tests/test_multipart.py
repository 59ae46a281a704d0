"""Compound questions: a later part that leans on the first gets its subject (or is the
first part asked of a new subject), parts split on two years keep the words around them,
and each part's answer is headed by what sets the part apart."""

import pytest

from assistant.answering.multipart import lean_parts, part_labels
from assistant.answering.questions import split_parts
from tests.conftest import chain_over

# Invented questions: (question, its parts).
SPLITS = [
    # A later part with few words of its own asks on about the first part's subject.
    (
        "2024年全区税收收入是多少，增长多少？",
        ["2024年全区税收收入是多少", "2024年全区税收收入增长多少？"],
    ),
    # A later part naming only a new subject is the first part asked of it.
    (
        "厂房项目投产后亩均产值要达到多少？研发用房项目呢？",
        ["厂房项目投产后亩均产值要达到多少", "研发用房项目投产后亩均产值要达到多少"],
    ),
    # Two years joined: the measure before them is shared.
    ("进口总额2023年和2024年分别是多少？", ["进口总额2023年是多少？", "进口总额2024年是多少？"]),
    # Three one-word things after a shared lead: the lead holds for each.
    (
        "企业签约后注册、投产、纳税分别有什么时间要求？",
        [
            "企业签约后注册有什么时间要求？",
            "企业签约后投产有什么时间要求？",
            "企业签约后纳税有什么时间要求？",
        ],
    ),
    # A locating phrase before the things is shared by each; a respectively-part is whole
    # already and leans on nothing.
    (
        "出让总面积中工业和仓储分别是多少？",
        ["出让总面积中工业是多少？", "出让总面积中仓储是多少？"],
    ),
    ("园区里博士和硕士分别奖多少？", ["园区里博士奖多少？", "园区里硕士奖多少？"]),
    # A count restating the joined things is dropped from each part; another count stays.
    ("甲区和乙区两个园区分别奖多少？", ["甲区园区奖多少？", "乙区园区奖多少？"]),
    ("甲区和乙区三个园区分别奖多少？", ["甲区三个园区奖多少？", "乙区三个园区奖多少？"]),
    # A one-word part inherits the first part's subject.
    ("白石区有多少家孵化器？电话是多少？", ["白石区有多少家孵化器", "白石区电话是多少"]),
    # Counter-examples: a later part naming a thing of its own keeps its words; two
    # numerals of different units are not two years.
    ("白石区有多少家孵化器？众创空间有几家？", ["白石区有多少家孵化器", "众创空间有几家"]),
    ("这个办法什么时候施行？有效期几年？", ["这个办法什么时候施行", "有效期几年"]),
    ("排前三和第4到10名的分别奖多少？", ["排前三的奖多少？", "第4到10名的奖多少？"]),
    # Two measures joined by 以及 and asked together at the end: the first asks as the last
    # does, and neither keeps "respectively".
    (
        "备案类项目的办理期限以及核准类项目的审批时限分别是多久？",
        ["备案类项目的办理期限是多久？", "核准类项目的审批时限是多久？"],
    ),
    (
        "租金减免比例以及减免期限分别是多少？",
        ["租金减免比例是多少？", "减免期限是多少？"],
    ),
    # A first part that names only a thing ("时限" asks nothing alone) is asked by the words
    # after "respectively".
    (
        "核准类项目的办结时限以及备案类项目的审批期限分别是多久？",
        ["核准类项目的办结时限是多久？", "备案类项目的审批期限是多久？"],
    ),
    # Counter-examples: without "respectively" a first part asks in its own words.
    (
        "孵化载体同一事项能否同时享受本区几项扶持政策？",
        ["孵化载体同一事项能否", "享受本区几项扶持政策？"],
    ),
    ("核准类项目的办结时限以及流程是什么？", ["核准类项目的办结时限以及流程是什么？"]),
    # Counter-example: a first part asking of its own keeps its own words.
    (
        "首年租金减免多少，以及第二年减免多少？",
        ["首年租金减免多少", "第二年减免多少？"],
    ),
    # A clause with no noun that says the first clause's action again and asks another kind
    # of value (how many times, then how long) is a question of its own.
    (
        "一个月里几次预约没去会被暂停线上预约，暂停多长时间？",
        ["一个月里几次预约没去会被暂停线上预约", "一个月里暂停多长时间？"],
    ),
    # Counter-example: the same kind asked again about the same thing is one question.
    ("租金下降到多少，降了多少？", ["租金下降到多少，降了多少？"]),
    # A later sentence asking the manner of an action asks a thing of its own, though no
    # answer type claims its asking word; one asking what by is no sentence of its own.
    (
        "期满后最长能延期多久？延期期间费用怎么算？",
        ["期满后最长能延期多久", "延期期间费用怎么算"],
    ),
    ("厂房面积有没有上限？按什么算？", ["厂房面积有没有上限？按什么算？"]),
    # A clause saying the first clause's one-character verb again asks another kind of
    # value of the first clause's subject (the words before its preposition).
    ("押金从第几个月开始退、每月退多少？", ["押金从第几个月开始退", "押金每月退多少？"]),
    ("年检什么时候做，由哪些单位来做？", ["年检什么时候做", "年检由哪些单位来做？"]),
    # Counter-example: a clause opening with the action has it for its subject.
    (
        "累计放弃几次会被取消资格，取消后多久不能再申请？",
        ["累计放弃几次会被取消资格", "取消后多久不能再申请？"],
    ),
    # Joined reporting periods: the words before the first are shared by each, and "同期"
    # after a year is that year's own.
    (
        "甲类事故本季度和第二季度分别有多少起？",
        ["甲类事故本季度有多少起？", "甲类事故第二季度有多少起？"],
    ),
    (
        "本月、上月和上年同期的出勤率分别是多少？",
        ["本月的出勤率是多少？", "上月的出勤率是多少？", "上年同期的出勤率是多少？"],
    ),
    # A later part counting with the first part's classifier and no noun counts the first
    # part's noun; one counting a noun of its own keeps it.
    (
        "今年共受理了多少个项目？通过的又是多少个？",
        ["今年共受理了多少个项目", "通过的又是多少个项目"],
    ),
    ("今年共受理了多少个项目？涉及多少家企业？", ["今年共受理了多少个项目", "涉及多少家企业"]),
    # A clause counting with a classifier of its own counts a thing of its own, though the
    # tagger takes that thing's noun for a verb; it shares the first clause's subject.
    (
        "青禾区去年发了多少件通知、多少篇解读？",
        ["青禾区去年发了多少件通知", "青禾区去年发了多少篇解读？"],
    ),
    # Parts joined by a conjunction are split into their clauses' asks, and a part asking of
    # several things "each" into one part for each thing, as parts said apart are.
    (
        "2024年新签项目里内资和外资各有多少个，另外从上一年续签过来的有几个？",
        [
            "2024年新签项目里内资有多少个",
            "2024年新签项目里外资有多少个",
            "从上一年续签过来的有几个？",
        ],
    ),
    # A stretch of dates asked whole asks, as a day does.
    (
        "补贴的申报时间是什么时候，以及能报哪段时间付的房租？",
        ["补贴的申报时间是什么时候", "能报哪段时间付的房租？"],
    ),
    # Parts joined by a conjunction are split into their clauses' asks too.
    (
        "这个办法哪天开始施行、有效期多久，同时废止了哪个文件？",
        ["这个办法哪天开始施行", "有效期多久", "废止了哪个文件？"],
    ),
]


@pytest.mark.parametrize("question,parts", SPLITS)
def test_parts_lean_on_the_first(question, parts):
    assert split_parts(question) == parts


LABELS = [
    (["2025年的企业数量是多少？", "2030年的企业数量是多少？"], ["2025年", "2030年"]),
    (["补贴的投资门槛是多少？", "补贴的补贴比例是多少？"], ["投资门槛", "补贴比例"]),
    # Two questions with nothing in common at their end: no labels.
    (["白石区有多少家孵化器", "众创空间有几家"], [None, None]),
]


@pytest.mark.parametrize("parts,labels", LABELS)
def test_part_labels(parts, labels):
    assert part_labels(parts) == labels


def test_lean_parts_keeps_a_single_part():
    assert lean_parts(["增长多少？"]) == ["增长多少？"]


# Invented figures: two zones' bulletins, each with its own growth rate.
QINGHE = (
    "青禾区2024年国民经济和社会发展统计公报\n\n"
    "一、财政\n\n"
    "2024年全区完成一般公共预算收入52.3亿元，其中税收收入占比为81.5%。"
    "一般公共预算收入比上年增长4.2%，增速居全市第二。\n\n"
    "二、投资\n\n"
    "全年固定资产投资增长9.7%。\n"
)
BAISHI = "白石区2024年工作报告\n\n过去一年，全区地区生产总值增长6.3%，一般公共预算收入增长7.5%。\n"
PLAN = (
    "青禾区产业发展规划\n\n"
    "二、发展目标\n\n"
    "到2026年，规上工业企业数量达到450家，研发投入强度达到3%。\n\n"
    "到2031年，规上工业企业数量达到700家，研发投入强度达到4%。\n"
)

# Invented figures: one measure per kind of enterprise, the measure named after the kind.
LOANS = (
    "青禾区企业贷款贴息办法\n\n"
    "第五条 小微企业的贷款贴息比例为贷款利息的50%。\n\n"
    "第六条 大型企业的贷款贴息比例为贷款利息的30%。\n"
)


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    root = tmp_path_factory.mktemp("multipart")
    return chain_over(
        root, {"qinghe.txt": QINGHE, "baishi.txt": BAISHI, "plan.txt": PLAN, "loans.txt": LOANS}
    )


def test_each_part_is_answered_with_the_shared_subject(chain):
    answer = chain.invoke("青禾区一般公共预算收入是多少，增长多少？")
    assert not answer.refused
    assert "52.3亿元" in answer.direct_answer and "4.2%" in answer.direct_answer
    assert "7.5%" not in answer.direct_answer  # the other zone's growth


def test_each_part_is_headed_by_its_label(chain):
    answer = chain.invoke("2026年和2031年的规上工业企业数量目标分别是多少？")
    assert not answer.refused
    direct = answer.direct_answer
    assert "2026年" in direct and "2031年" in direct
    assert direct.index("450家") < direct.index("2031年") < direct.index("700家")


def test_joined_subjects_share_the_measure_after_them(chain):
    # "小微企业和大型企业": two kinds of enterprise, each with the shared measure.
    answer = chain.invoke("小微企业和大型企业贷款贴息比例分别是多少？")
    assert not answer.refused
    direct = answer.direct_answer
    assert direct.index("50%") < direct.index("30%")
