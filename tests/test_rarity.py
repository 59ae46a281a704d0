"""The question's rarest terms (answering/rarity.py): of words the library makes equally
rare, a unit holding any one is about the question; a unit holding none is not."""

import pytest

from assistant.answering.evidence import Term
from assistant.answering.rarity import (
    RAREST_TIE_MARGIN,
    holds_all_rarest,
    holds_rarest,
    rarest_terms,
)
from tests.helpers import answered, documents_chain


def _term(text: str, idf: float, pos: str = "n") -> Term:
    return Term(text, idf, pos=pos, idf=idf)


@pytest.mark.parametrize(
    ("idfs", "rarest"),
    [
        ({"财政": 2.0, "收入": 2.0, "园区": 0.5}, ["财政", "收入"]),
        ({"财政": 2.0, "收入": 2.0 - RAREST_TIE_MARGIN / 2}, ["财政", "收入"]),
        # Counter-examples: a word rarer by more than the margin stands alone.
        ({"财政": 2.0, "收入": 1.9, "园区": 0.5}, ["财政"]),
        ({"收入": 1.0, "孵化器": 3.0}, ["孵化器"]),
        ({}, []),
    ],
)
def test_rarest_terms(idfs, rarest):
    terms = [_term(w, v) for w, v in idfs.items()]
    assert [t.text for t in rarest_terms(terms)] == rarest


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("全年完成一般公共预算收入41.1亿元", True),
        ("区财政局负责资金拨付", True),
        # Counter-example: neither of the tied words.
        ("园区生产总值增长5%", False),
    ],
)
def test_holds_any_tied_rarest_term(text, holds):
    terms = [_term("财政", 2.0), _term("收入", 2.0), _term("园区", 0.5)]
    assert holds_rarest(terms, text) is holds


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("进口总额103.5亿元，同比下降1.6%", True),
        # Counter-example: the claim's words without the subject's.
        ("实际利用外资8.3亿元，同比增长189.6%", False),
    ],
)
def test_a_yes_no_question_keeps_its_subject_among_tied_terms(text, holds):
    terms = [_term("进口", 1.8, "vn"), _term("总额", 1.8), _term("同比", 1.8), _term("增长", 1.8)]
    assert holds_rarest(terms, text, claim_follows=True) is holds
    assert holds_rarest(terms, text)


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("港区主要目标是货物吞吐量增长5%", True),
        # Counter-examples: a broad text holding only one of the tied words.
        ("明确目标企业清单", False),
        ("港区新开国际航线3条", False),
    ],
)
def test_a_broad_text_holds_every_tied_rarest_term(text, holds):
    terms = [_term("港区", 2.0), _term("目标", 2.0), _term("主要", 0.5)]
    assert holds_all_rarest(terms, text) is holds


def test_holds_rarest_without_terms():
    assert holds_rarest([], "任何文字")
    assert holds_all_rarest([], "任何文字")


# Two invented documents in which the question's two nouns are equally rare: each says
# one of them and not the other.
REPORT = (
    "青禾园区2023年统计公报\n\n一、综合\n\n全年完成一般公共预算收入41.1亿元，同口径增长6.1%。\n"
)
NOTICE = (
    "青禾园区管委会关于加强专项资金管理的通知\n\n"
    "专项资金由园区财政统筹安排，按季度拨付到项目单位。\n"
)

chain = documents_chain({"report.txt": REPORT, "notice.txt": NOTICE}, "rarity")


def test_a_unit_holding_one_of_two_equally_rare_words_answers(chain):
    answered(chain, "园区财政收入多少？", "41.1亿元")
