"""The clause that answers: a clause restating what the question asks about is followed by
the clause that answers it; a clause that already answers is not grown."""

import pytest

from assistant.answering.evidence import Sentence, Term
from assistant.answering.extraction import TYPED, direct_span
from assistant.answering.items import numbered_items
from assistant.answering.questions import analyze, classify


@pytest.mark.parametrize(
    "text,question,words,answer",
    [
        (
            (
                "第二十九条　综合评价连续两年排名全省后5位的开发区，由省商务主管部门予以警告并"
                "责令限期整改，整改期限为1年。"
            ),
            "综合评价连续两年排名全省后5位的开发区会受到什么处理？",
            ["综合评价", "开发区", "处理"],
            (
                "第二十九条　综合评价连续两年排名全省后5位的开发区，由省商务主管部门予以警告并"
                "责令限期整改"
            ),
        ),
        (
            "窗口咨询：芜湖经济技术开发区政务服务中心二楼投资项目服务窗口。",
            "项目备案的咨询窗口设在哪里？",
            ["项目", "备案", "咨询", "窗口"],
            "窗口咨询：芜湖经济技术开发区政务服务中心二楼投资项目服务窗口",
        ),
        # Counter-example: the clause names the answer itself; the next is not added.
        (
            "本办法由经开区科技创新局负责解释，自发布之日起施行。",
            "本办法由哪个部门负责解释？",
            ["办法", "解释"],
            "本办法由经开区科技创新局负责解释",
        ),
    ],
)
def test_direct_span(text, question, words, answer):
    sent = Sentence("d", "", "", 0, len(text), text, 1)
    terms = [Term(w, 1.0, pos="n") for w in words]
    pieces = direct_span(text, sent, terms, analyze(question), None)
    assert "……".join(text[s:e] for s, e in pieces) == answer


@pytest.mark.parametrize(
    "text,items",
    [
        (
            "答：主要有三个变化。一是对象转向新老企业并重；二是方式转向分期兑现；三是兑现转向政策找企业。",
            ["对象转向新老企业并重", "方式转向分期兑现", "兑现转向政策找企业"],
        ),
        # Counter-examples: 一是 inside a word or a clause is no item marker.
        ("全省统一是基本要求，唯一是指只有一个。", []),
        ("第一是否享受取决于认定。", []),
    ],
)
def test_ordinal_sentence_openings_are_items(text, items):
    sent = Sentence("d", "", "", 0, text.index("。") + 1, text[: text.index("。") + 1], 1)
    assert [text[s:e] for s, e in numbered_items(text, sent)] == items


@pytest.mark.parametrize(
    "question,qtype",
    [
        ("《若干措施》和以往的产业政策相比有哪些新变化？", "list"),
        ("太原片区和晋中片区相比哪个更大？", "comparison"),
    ],
)
def test_a_comparison_asking_which_ones_is_a_list(question, qtype):
    assert classify(question) == qtype


@pytest.mark.parametrize(
    "text,question,answer",
    [
        (
            "12月28日，商务部在其网站上公布了2023年考核评价结果。",
            "商务部是哪天公布2023年考核评价结果的？",
            "12月28日",
        ),
        # Counter-example: the clause holds a value besides the question's own number.
        (
            "该办法于2021年1月12日公布，自2021年3月1日起施行。",
            "该办法2021年哪天起施行？",
            "自2021年3月1日起施行",
        ),
    ],
)
def test_the_question_own_number_is_no_answer(text, question, answer):
    sent = Sentence("d", "", "", 0, len(text), text, 1)
    terms = [Term(w, 1.0, pos="n") for w in ("商务部", "考核评价", "办法", "施行")]
    aq = analyze(question)
    pieces = direct_span(text, sent, terms, aq, TYPED[aq.qtype])
    assert "……".join(text[s:e] for s, e in pieces) == answer
