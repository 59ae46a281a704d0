"""Which body handles a matter, when the answering clause names the body only in its frame:
the section heading over it or the lead-in its paragraph opens with."""

import pytest

from assistant.answering.framed_bodies import asks_body, leading_body, names_body
from tests.helpers import answered, documents_chain

DUTIES = """临川高新区管理委员会部门职责

更新时间：2024年6月3日

一、企业服务局

企业服务局主要职责：负责企业开办指导和帮办代办；负责惠企政策的集中兑现；负责规模以上企业的走访服务。

办公地点：服务大楼2楼

二、自然资源分局

负责土地供应和用地预审；负责不动产登记的受理；负责耕地保护和违法用地查处。

办公地点：服务大楼5楼

三、人才工作办公室

人才工作办公室主要职责：负责高层次人才的认定和服务；负责人才安居补贴的审核。

人才公寓的分配由市住房保障中心负责，人才工作办公室只负责资格初审。
"""

chain = documents_chain({"duties.txt": DUTIES}, name="framed")


@pytest.mark.parametrize(
    ("question", "body", "wrong"),
    [
        # The body opens the paragraph as its lead-in; the clause says only "负责…".
        ("惠企政策兑现由哪个局负责？", "企业服务局", "负责"),
        ("人才安居补贴由哪个部门审核？", "人才工作办公室", "负责"),
        # The body is the section's heading; its paragraph has no lead-in.
        ("不动产登记去哪个部门办？", "自然资源分局", "负责"),
        ("违法用地查处归哪个单位管？", "自然资源分局", "负责"),
    ],
)
def test_body_in_the_frame_answers(chain, question, body, wrong):
    answer = answered(chain, question, body, absent=wrong)
    quotes = "".join(c.quote for c in answer.citations)
    assert body in quotes and answer.citations[0].quote.find(body) >= 0


def test_a_clause_naming_its_own_body_is_not_overruled_by_its_frame(chain):
    # The sentence names the centre that allocates the flats: the section's office is not it.
    answered(chain, "人才公寓的分配由哪个单位负责？", "市住房保障中心", absent="人才工作办公室。")


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("惠企政策兑现由哪个局负责？", True),
        ("不动产登记去哪个部门办？", True),
        ("违法用地查处归哪个单位管？", True),
        ("企业服务局在哪里办公？", False),
        ("惠企政策兑现由谁负责？", False),
    ],
)
def test_asks_body(question, asks):
    assert asks_body(question) is asks


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("一、企业服务局", "企业服务局"),
        ("企业服务局主要职责", "企业服务局"),
        ("（二）南昌市公安局高新分局", "南昌市公安局高新分局"),
        ("办公地点", None),
        ("三、保障措施", None),
        ("局", None),
    ],
)
def test_leading_body(text, name):
    span = leading_body(text)
    assert (text[span[0] : span[1]] if span else None) == name


@pytest.mark.parametrize(
    ("text", "question", "names"),
    [
        ("由市住房保障中心负责", "人才公寓的分配由哪个单位负责？", True),
        ("负责政府信息公开申请的受理", "政府信息公开申请由哪个部门受理？", False),
        ("负责企业开办指导", "企业开办由哪个局指导？", False),
        ("企业服务局负责企业开办指导", "企业服务局负责什么？", False),
    ],
)
def test_names_body(text, question, names):
    assert names_body(text, question) is names
