"""A question asking for a value is not answered by a passage that states none: items led
in by a covering sentence (a date question), a follow-up asking only with verbs whose verb
no passage says. Table-driven, then end to end on a real index of small documents."""

import json

import pytest

from assistant.answering.covering import states_asked
from assistant.answering.questions import analyze
from tests.conftest import chain_over

# (question, the items found without typing, state what is asked)
STATES = [
    (
        "运营补贴每年几月份拨付？",
        "（一）优秀的每家补贴20万元；\n（二）良好的每家补贴10万元。",
        False,
    ),
    (
        "运营补贴每年几月份拨付？",
        "（一）上半年补贴于6月30日前拨付；\n（二）下半年补贴于12月31日前拨付。",
        True,
    ),
    ("优秀的孵化器补贴多少？", "（一）孵化器每家补贴20万元；\n（二）众创空间每家补贴8万元。", True),
    ("优秀的孵化器补贴多少？", "（一）提交申请表；\n（二）提交营业执照。", False),
    ("孵化期最长多久？", "（一）一般企业36个月；\n（二）特殊领域企业48个月。", True),
    # A list or a definition asks for no value: any items answer.
    ("申请补贴要交哪些材料？", "（一）申请表；\n（二）营业执照复印件。", True),
]


@pytest.mark.parametrize(("question", "answer", "states"), STATES)
def test_states_asked(question, answer, states):
    assert states_asked(analyze(question, []), answer) is states


@pytest.fixture(scope="module")
def follow_ups(tmp_path_factory):
    docs = {
        "list": (
            "优质企业名单公示",
            "拟认定宜昌星河微电子科技有限公司等3家企业为2024年度第一批区级优质中小企业。",
        ),
        "intro": ("宜昌云帆电子有限公司简介", "宜昌云帆电子有限公司成立于2015年，主营传感器。"),
    }
    files = {}
    for name, (title, body) in docs.items():
        files[f"{name}.txt"] = f"{title}\n\n{body}\n"
        files[f"{name}.meta.json"] = json.dumps({"id": name, "title": title})
    return chain_over(tmp_path_factory.mktemp("follow_ups"), files)


@pytest.mark.parametrize(
    ("earlier", "refused"),
    [
        # No passage says when the listed company was founded.
        ("宜昌星河微电子科技有限公司被认定为哪一批区级优质中小企业？", True),
        ("宜昌云帆电子有限公司主营什么？", False),
    ],
)
def test_follow_up_asking_with_a_verb(follow_ups, earlier, refused):
    history = [{"role": "user", "content": earlier}]
    answer = follow_ups.invoke({"question": "那它成立于哪一年？", "history": history})
    assert answer.refused is refused
