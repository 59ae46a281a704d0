"""A word right after an adverb of degree grades what a question asks about ("更优惠的比例"
asks for a higher rate): documents state the value ("提高到6%"), not the grade, so the word
is no thing the evidence must name (answering/evidence.py). Documents invented for the test;
real index, models and chain."""

import pytest

from assistant.answering.evidence import GRADED_POS, question_terms
from assistant.answering.questions import analyze
from tests.conftest import chain_over

DOCS = {
    "faq.md": """# 示例区企业研发投入后补助政策问答

问：补助比例是多少？

答：补助比例为上一年度研发费用的5%。有效期内的国家高新技术企业，补助比例提高到6%；入库的科技型中小企业，补助比例提高到7%。

问：补助资金有指定用途吗？

答：补助资金不指定具体用途，由企业统筹用于研发活动。
""",
    "rent.md": """# 示例区人才公寓租金优惠办法

入住人才公寓的企业员工，租金享受市场价七折优惠。
""",
}


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    return chain_over(tmp_path_factory.mktemp("graded"), DOCS)


def test_a_graded_word_is_no_content(chain):
    question = "国家高新技术企业的研发补助有更优惠的比例吗？"
    terms = {t.text: t for t in question_terms(analyze(question, []), chain.index)}
    assert terms["优惠"].pos == GRADED_POS and not terms["优惠"].is_content
    # Said without the adverb, the same word names a thing.
    plain = {t.text: t for t in question_terms(analyze("人才公寓有租金优惠吗？", []), chain.index)}
    assert plain["优惠"].is_content


def test_the_graded_rate_is_answered_by_its_value(chain):
    said = chain.invoke("有效期内的国家高新技术企业，研发后补助是否有更优惠的比例？").direct_answer
    assert "6%" in said
