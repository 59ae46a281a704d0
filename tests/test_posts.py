"""The post a named person holds (answering/posts.py), and the ``entity.posts`` words of
resources/question_grammar.yaml: examples and counter-examples."""

import pytest

from assistant.answering.evidence import Sentence
from assistant.answering.grammar import grammar
from assistant.answering.posts import asked_person, post_answer, post_span
from tests.helpers import documents_chain

_P = grammar().raw["entity"]["posts"]


@pytest.mark.parametrize(
    "question,person",
    [
        ("李明在管委会担任什么职务？", "李明"),
        ("张晓红是什么职务？", "张晓红"),
        ("赵强担任什么职位？", "赵强"),
        # A name the tagger does not know: the subject before the asking verb.
        ("孙立新在示例区担任什么职务？", "孙立新"),
    ],
)
def test_asked_person(question, person):
    assert asked_person(question) == person


@pytest.mark.parametrize(
    "question",
    [
        # No post asked for: who holds it, or what the body does.
        ("示例区管委会主任是谁？"),
        ("李明负责什么工作？"),
        # A post asked, but no person named.
        ("管委会设有哪些职务？"),
        # A post as the subject is no name.
        ("管委会主任担任什么职务？"),
    ],
)
def test_no_asked_person(question):
    assert asked_person(question) is None


def span_of(person: str, text: str) -> str | None:
    found = post_span(person, text)
    return text[found[0] : found[1]] if found else None


@pytest.mark.parametrize(
    "person,text,expected",
    [
        # Written before the name (apposition), after a colon or a comma.
        (
            "李明",
            "出席会议的有：示例区管委会副主任李明，示例区商务局局长王芳。",
            "示例区管委会副主任",
        ),
        (
            "王芳",
            "出席会议的有：示例区管委会副主任李明，示例区商务局局长王芳。",
            "示例区商务局局长",
        ),
        ("赵强", "会议由示例区新闻发言人赵强主持。", "会议由示例区新闻发言人"),
        # Written after the name: the title alone.
        ("李明", "答：李明副主任回答。", "副主任"),
        ("张晓红", "请张晓红处长介绍有关情况。", "处长"),
    ],
)
def test_post_span(person, text, expected):
    assert span_of(person, text) == expected


@pytest.mark.parametrize(
    "person,text",
    [
        # The name without a post next to it.
        ("李明", "李明介绍了政策的主要内容。"),
        # Words before the name that end with no post.
        ("李明", "下面请李明介绍政策。"),
        # A post of someone else.
        ("李明", "示例区商务局局长王芳出席会议。"),
    ],
)
def test_no_post_span(person, text):
    assert span_of(person, text) is None


def test_post_before_the_name_over_a_title_after_it():
    """The whole post, written before the name in a later unit, is taken over the short
    title after the name in the best one."""
    first = Sentence("d", "t", "", 0, 10, "李明副主任回答。", 1)
    text = "出席会议的有：示例区管委会副主任李明。"
    second = Sentence("d", "t", "", 100, 100 + len(text), text, 2)
    found = post_answer("李明担任什么职务？", [(first, 1.0), (second, 0.9)])
    assert found is not None and found[0] == "示例区管委会副主任。"
    assert found[1][0][1] == (107, 116)
    found = post_answer("李明担任什么职务？", [(first, 1.0)])
    assert found is not None and found[0] == "副主任。"
    assert post_answer("李明负责什么？", [(first, 1.0), (second, 0.9)]) is None


def test_post_words_are_read():
    assert "职务" in _P["kinds"] and "局长" in _P["titles"] and "发言人" in _P["titles"]


DOC = """示例区促进消费若干措施新闻发布会实录

出席发布会的有：示例区管委会副主任孙立新，示例区商务局局长何雪梅。

孙立新：《若干措施》共10条，重点支持商贸企业扩大经营。

记者：外资企业能否享受？
答：何雪梅局长回答。可以，内外资企业一视同仁。
"""


chain = documents_chain({"press.txt": DOC}, "posts")


@pytest.mark.parametrize(
    "question,expected",
    [
        ("孙立新在示例区担任什么职务？", "示例区管委会副主任"),
        ("何雪梅是什么职务？", "示例区商务局局长"),
    ],
)
def test_post_answered_end_to_end(chain, question, expected):
    answer = chain.ask(question)
    assert not answer.refused
    assert answer.direct_answer.startswith(expected)
