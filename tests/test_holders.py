"""Whose value a unit states (answering/holders.py, class_holders in subject_grammar.yaml):
examples and counter-examples per group, and the rule on units of several layouts."""

import pytest

from assistant.answering.evidence import Sentence, Term
from assistant.answering.holders import class_holder, names_zone, other_holder
from assistant.text import normalize
from tests.conftest import chain_over


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("2022年国家级经开区的地区生产总值达到14万亿元。", "国家级经开区"),
        ("全省143家开发区实现技工贸总收入6.8万亿元。", "全省143家开发区"),
        ("全国高新区营业收入突破50万亿元。", "全国高新区"),
        ("省级工业园区平均投资强度为300万元/亩。", "省级工业园区"),
        # Counter-examples: no class before the value, or the class only after it.
        ("全年实现地区生产总值3686.0亿元。", None),
        ("园区实现一般公共预算收入420亿元，居全国经开区首位。", None),
        ("从全国面上看，增速为5.2%。", None),
        ("对新认定的国家级专精特新企业给予奖励100万元。", None),
    ],
)
def test_class_holder(text, holder):
    assert class_holder(normalize(text)) == holder


@pytest.mark.parametrize(
    ("word", "zone"),
    [
        ("园区", True),  # the tail of 工业园区
        ("经开区", True),
        ("高新区", True),
        ("苏州工业园区", True),
        # Counter-examples: words that are no zone.
        ("企业", False),
        ("地区", False),
        ("区", False),
    ],
)
def test_names_zone(word, zone):
    assert names_zone(Term(word, 1.0)) == zone


def unit(text: str, title: str, **kw) -> Sentence:
    fields = {"section": "", "headings": "", "before": "", "frame": "", **kw}
    return Sentence(doc_id="d", title=title, start=0, end=len(text), text=text, rank=1, **fields)


NEWS = "某某工业园区综合排名第一 本省9家国家级经开区跻身前30"
BULLETIN = "某某工业园区2023年国民经济和社会发展统计公报"


@pytest.mark.parametrize(
    ("sent", "question", "word", "other"),
    [
        # The title names the park, the unit a class of zones: not the park's figure.
        (unit("2022年国家级经开区的地区生产总值达到14万亿元。", NEWS), "园区GDP多少", "园区", True),
        # The same with the title repeated as the page's heading.
        (
            unit("全省开发区实现税收1200亿元。", NEWS, headings=NEWS),
            "园区税收多少",
            "园区",
            True,
        ),
        # Counter-examples: the park's own bulletin, the park in the unit's heading or
        # its own words, or a question asking about the class itself.
        (unit("全年实现地区生产总值3686.0亿元。", BULLETIN), "园区GDP多少", "园区", False),
        (
            unit("国家级经开区平均增速为5.2%。", NEWS, section="某某工业园区经济运行"),
            "园区增速多少",
            "园区",
            False,
        ),
        (
            unit("园区地区生产总值占国家级经开区的3%。", NEWS),
            "园区GDP占比多少",
            "园区",
            False,
        ),
        (
            unit("2022年国家级经开区的地区生产总值达到14万亿元。", NEWS),
            "全国经开区GDP多少",
            "经开区",
            False,
        ),
    ],
)
def test_other_holder(sent, question, word, other):
    assert other_holder(sent, normalize(question), [Term(word, 1.0)]) is other


NEWS_PAGE = """<html><head><title>青岚工业园区综合排名再进一位 全国国家级经开区稳中有进</title></head>
<body><h1>青岚工业园区综合排名再进一位 全国国家级经开区稳中有进</h1>
<p>商务部近日公布国家级经开区综合发展水平考核评价结果。</p>
<p>从全国面上看，2023年国家级经开区实现地区生产总值15.2万亿元，占全国的比重约为12%。</p>
<p>在实际使用外资单项中，青岚工业园区位列第五。</p>
</body></html>
"""

BULLETIN_TEXT = """青岚工业园区2023年国民经济和社会发展统计公报

青岚工业园区统计局

一、综合

初步核算，全年实现地区生产总值812.4亿元，比上年增长6.1%。

二、工业

全年规模以上工业总产值2150.3亿元，比上年增长7.2%。
"""

PROVINCE_NOTICE = """# 青岚工业园区关于开发区发展情况的通报

## 一、总体情况

全省126家开发区实现规模以上工业总产值5.3万亿元，同比增长8.0%。

## 二、园区情况

本园区实现规模以上工业总产值2150.3亿元。
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    return chain_over(
        tmp_path_factory.mktemp("holders"),
        {
            "news.html": NEWS_PAGE,
            "bulletin.txt": BULLETIN_TEXT,
            "notice.md": PROVINCE_NOTICE,
        },
    )


@pytest.mark.parametrize(
    ("question", "expected", "not_expected"),
    [
        ("园区地区生产总值是多少？", "812.4亿元", "15.2万亿元"),
        ("园区2023年GDP多少？", "812.4亿元", "15.2万亿元"),
        ("园区规模以上工业总产值是多少？", "2150.3亿元", "5.3万亿元"),
    ],
)
def test_the_zone_asked_holds_the_value(chain, question, expected, not_expected):
    answer = chain.invoke(question)
    assert not_expected not in answer.direct_answer
    assert expected in answer.direct_answer


def test_a_question_about_the_class_is_answered_by_it(chain):
    answer = chain.invoke("2023年全国国家级经开区地区生产总值是多少？")
    assert "15.2万亿元" in answer.direct_answer
