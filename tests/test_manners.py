"""Yes/no on the standard a rule is applied by (answering/manners.py; words in
question_grammar.yaml ``marked_slots.standard``, version_grammar.yaml ``asked_versions``): a
clause applying another standard with the same verb answers no. Examples and
counter-examples (the same standard in other words, a one-character difference, a version
against a year), then invented documents of two layouts end to end."""

import pytest

from assistant.answering.manners import other_standard
from assistant.messages import msg
from tests.helpers import documents_chain


@pytest.mark.parametrize(
    ("question", "clause", "expected"),
    [
        # The new and the old version of a rule.
        (
            "施行前已受理的申请，按新办法的标准执行吗？",
            "施行前已受理的申请，按原办法的标准执行。",
            True,
        ),
        # Another standard sharing no word with the asked one.
        ("项目变更建设地点，还按原备案办理吗？", "变更建设地点的，按本目录重新办理。", True),
        ("厂房租金按评估价格计算吗？", "厂房租金按照合同约定计算。", True),
        # Counter-examples.
        ("能参照这个指南办理备案吗？", "参照本指南办理。", False),
        ("能按新类别补差额吗？", "可申请按新类别补差额享受。", False),
        ("租金按老办法执行吗？", "租金按原办法执行。", False),
        ("租金按季度缴纳吗？", "租金按年度缴纳。", False),
        ("按最新标准执行吗？", "按2024年版标准执行。", False),
        ("可以按照市场价格续租吗？", "可以按照市场价续租。", False),
        ("按原办法执行吗？", "按原办法的标准执行。", False),
    ],
)
def test_other_standard(question, clause, expected):
    assert other_standard(question, clause) is expected


RULES = """白石经开区科技项目资助办法（2025年修订）

第二十条 新旧衔接

本办法施行前已受理、尚未拨付的资助申请，按原办法的标准执行。
"""
GUIDE = """# 青禾园区项目备案指南

## 备案变更

- 已备案项目变更项目单位名称的，在平台直接修改。
- 已备案项目变更建设地点的，按本指南重新办理。
"""


chain = documents_chain({"rules.txt": RULES, "guide.md": GUIDE}, "manners")


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("白石经开区办法施行前已受理、还没拨付的资助申请，按新办法的标准执行吗？", "原办法"),
        ("青禾园区已备案项目变更建设地点，还按原备案办理吗？", "重新办理"),
    ],
)
def test_another_standard_says_no(chain, question, words):
    answer = chain.invoke(question)
    assert answer.direct_answer.startswith(msg("answer_no")), answer.direct_answer
    assert words in answer.direct_answer


def test_the_same_standard_is_no_no(chain):
    answer = chain.invoke("白石经开区办法施行前已受理、还没拨付的资助申请，按原办法的标准执行吗？")
    assert not answer.direct_answer.startswith(msg("answer_no")), answer.direct_answer
