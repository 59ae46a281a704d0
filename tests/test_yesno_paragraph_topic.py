"""A sentence leaves out the topic its paragraph's earlier sentences name ("人才公寓…。外包人员
…可以个人名义直接申请。"): asked about that topic, the sentence affirms what it says of it,
as a sentence leaves out the zone its document's title names."""

import pytest

from assistant.answering.verdict_cases import paragraph_topic
from assistant.messages import msg
from tests.helpers import answered, documents_chain

# An invented reply to a deputy's proposal on talent flats.
REPLY = (
    "关于市人大代表第0211号建议的答复\n\n"
    "一、关于人才公寓配租\n\n"
    "关于您提出的“允许企业将整租的人才公寓转租给外包人员”的建议，不予采纳。"
    "人才公寓属于政策性保障房源，按规定不得转租。"
    "外包、劳务派遣人员符合申请条件的，可以个人名义直接申请。\n\n"
    "二、关于通勤班车\n\n"
    "园区将于2026年开通两条通勤班车线路。\n"
)

chain = documents_chain({"reply.txt": REPLY}, "yesno_paragraph_topic")


@pytest.mark.parametrize(
    "question", ["外包人员能申请人才公寓吗？", "劳务派遣人员可以申请人才公寓吗？"]
)
def test_the_paragraphs_topic_need_not_be_said_again(chain, question):
    answer = answered(chain, question, "可以个人名义直接申请")
    assert answer.direct_answer.startswith(msg("answer_yes"))


@pytest.mark.parametrize(
    "before,said,topic",
    [
        (
            "人才公寓属于政策性保障房源，按规定不得转租。",
            "外包人员可以个人名义直接申请。",
            "人才公寓",
        ),
        # A clause of the unit's own sentence is not its topic ...
        ("对数字化车间，给予一次性奖励；", "对智能工厂，给予贷款贴息支持。", ""),
        # ... nor a sentence opening as the unit does: a parallel rule on another matter.
        ("对数字化车间，给予一次性奖励。", "对智能工厂，给予贷款贴息支持。", ""),
    ],
)
def test_paragraph_topic(before, said, topic):
    found = paragraph_topic(before, said)
    assert (topic in found) if topic else not found
