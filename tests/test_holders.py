"""Yes/no on who holds a duty (answering/holders.py; words in question_grammar.yaml
``marked_slots.holder``): "由X负责吗" against a clause giving the duty to another body with the
same verb answers no. Examples and counter-examples (the same body, a body that may be the
same under another name, another verb, a marker opening another word), then invented
documents of three layouts end to end."""

import pytest

from assistant.answering.holders import holders, other_holder
from assistant.messages import msg
from tests.helpers import documents_chain


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("托管区域的户籍事务仍由新建区负责。", [("新建区", "负责")]),
        ("补助资金由区财政局统一拨付。", [("区财政局", "拨付")]),
        ("由管委会审批", [("管委会", "审批")]),
        # Counter-examples: the marker opens another word, or no closing verb follows.
        ("由于资金管理不善，项目暂停。", []),
        ("由此产生的费用自理。", []),
        ("由第3位降至第5位。", []),
    ],
)
def test_holders(text, expected):
    assert holders(text) == expected


@pytest.mark.parametrize(
    ("question", "clause", "expected"),
    [
        (
            "托管镇的户籍事务由经开区负责吗？",
            "托管区域的户籍、民政和选举事务仍由新建区负责。",
            True,
        ),
        ("补贴由区财政拨付吗？", "补贴资金由市财政统一拨付。", False),
        ("补贴由区财政局拨付吗？", "补贴资金由市人社局拨付。", True),
        ("园区道路由管委会管理吗？", "园区道路由平台公司管理。", True),
        # Counter-examples.
        ("户籍事务由新建区负责吗？", "户籍事务仍由新建区负责。", False),
        ("由经开区负责吗？", "由开发区管委会统一负责。", False),  # maybe one body
        ("由经开区负责吗？", "由新建区审批。", False),  # another verb
        ("户籍事务由经开区负责吗？", "户籍事务归新建区管理。", False),  # no marker
        ("经开区负责户籍吗？", "户籍由新建区负责。", False),  # the question names no holder
    ],
)
def test_other_holder(question, clause, expected):
    assert other_holder(question, clause) is expected


PROFILE = """# 青禾经开区概况

青禾经开区托管邻县的两个镇，负责辖区内的招商和城市管理。托管镇的户籍、民政事务仍由邻县负责。
"""
MINUTES = """白石园区主任办公会议纪要

一、会议同意建设园区环路，道路建成后由平台公司负责日常养护。

二、会议同意园区绿化提升方案，由管委会负责组织验收。
"""
TABLE = """# 红岭开发区事项分工表

| 事项 | 责任主体 |
| --- | --- |
| 消防验收 | 由住建局负责 |
| 规划许可 | 由自然资源局负责 |
"""


chain = documents_chain(
    {"profile.md": PROFILE, "minutes.txt": MINUTES, "table.md": TABLE}, "holders"
)


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("青禾经开区托管镇的户籍事务由经开区负责吗？", "邻县"),
        ("白石园区环路建成后由管委会负责日常养护吗？", "平台公司"),
        ("红岭开发区消防验收由自然资源局负责吗？", "住建局"),
    ],
)
def test_another_holder_says_no(chain, question, holder):
    answer = chain.invoke(question)
    assert answer.direct_answer.startswith(msg("answer_no")), answer.direct_answer
    assert holder in answer.direct_answer


def test_the_same_holder_is_no_no(chain):
    answer = chain.invoke("白石园区环路建成后由平台公司负责日常养护吗？")
    assert not answer.direct_answer.startswith(msg("answer_no")), answer.direct_answer
