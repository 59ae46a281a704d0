"""A reply's verdict on a quoted proposal (answering/reported.py): it decides a yes/no
asking the proposal itself, with the reply's later sentence barring the asked matter as
its reason; it does not decide a question asking another act than the proposal's (a bar
on that proposal's act says nothing of it). Table-driven, then end to end over an invented
reply to a deputy's proposals."""

import pytest

from assistant.answering.evidence import Term
from assistant.answering.reported import denies_asked, reported_only
from assistant.messages import msg
from tests.conftest import chain_over


def _terms(*pairs):
    return [Term(w, 1.0, pos=p, known=True) for w, p in pairs]


@pytest.mark.parametrize(
    "text,terms,expected",
    [
        # The question's act (apply) is not the proposal's (sublet): reported only.
        (
            "关于您提出的“允许企业将宿舍转租给实习人员”的建议，不予采纳。",
            _terms(("实习", "n"), ("人员", "n"), ("宿舍", "n"), ("申请", "v")),
            True,
        ),
        # Counter-examples: the question asks the proposal itself; its words said outside.
        (
            "关于您提出的“为职工每月发放交通补贴”的建议，暂不予采纳。",
            _terms(("职工", "n"), ("交通", "n"), ("补贴", "n")),
            False,
        ),
        (
            "实习人员可以申请宿舍，关于“宿舍转租”的建议不予采纳。",
            _terms(("实习", "n"), ("人员", "n"), ("宿舍", "n"), ("申请", "v")),
            False,
        ),
    ],
)
def test_a_verdict_on_another_proposal_is_reported_only(text, terms, expected):
    assert reported_only(text, terms) is expected


def test_a_later_bar_decides_only_of_the_words_it_governs():
    assert denies_asked("河道两侧禁止设置临时摊位。", "河道两边能设摊位吗？")
    assert not denies_asked("宿舍按规定不得转租。", "实习人员可以申请宿舍吗？")


REPLY = (
    "青禾区管委会对区人大代表建议的答复\n\n"
    "关于您提出的“允许企业将整租的职工宿舍转租给实习人员”的建议，不予采纳。"
    "职工宿舍属于保障房源，按规定不得转租。\n\n"
    "关于您提出的“在滨河路两侧施划免费停车位”的建议，目前暂不具备条件。"
    "滨河路承担防汛通道功能，按照交通组织方案，滨河路两侧禁止设置路内停车泊位。\n\n"
    "职工宿舍的入住申请通过青禾区政务服务网办理。\n"
)


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    return chain_over(tmp_path_factory.mktemp("reported"), {"reply.txt": REPLY})


def test_a_refused_proposal_of_another_act_gives_no_no(chain):
    answer = chain.invoke("实习人员可以自己申请职工宿舍吗？")
    assert not answer.direct_answer.startswith(msg("answer_no"))


def test_the_refused_proposal_asked_gives_its_reason(chain):
    answer = chain.invoke("滨河路两边能画免费停车位吗？")
    assert answer.direct_answer.startswith(msg("answer_no"))
    assert "禁止设置路内停车泊位" in answer.direct_answer
