"""A word right before a kind noun names what is measured ("贴息比例"): when the documents
never use it, no rate of something else answers the question."""

from tests.helpers import answered, documents_chain

RULES = """青禾高新区研发投入后补助办法

第五条　补助比例为企业上一年度研发费用加计扣除额的5%，单个企业每年不超过100万元。

第六条　对有效期内的高新技术企业，补助比例提高到6%。
"""

chain = documents_chain({"rules.txt": RULES}, name="measured_subjects")


def test_an_unknown_measured_subject_refuses(chain):
    assert chain.invoke("贴息比例是多少？").refused


def test_a_known_measured_subject_answers(chain):
    answered(chain, "补助比例是多少？", "5%")
