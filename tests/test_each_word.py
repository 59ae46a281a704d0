""" "Each" with its classifier (每个) frames a question the way the bare 每 of documents
does: a question asking "每个季度的房租" is answered by "每季度首月的5日前", though
another clause of the library says 每个 (question_grammar.yaml question_stopwords; real
index over an invented lease)."""

from tests.helpers import answered, documents_chain

LEASE = """红岭区标准厂房租赁合同

第三条　租金及支付

（一）自第三个租赁年度起，每个租赁年度的租金在上一租赁年度基础上递增3%。

（二）租金按季度预付，乙方应在每季度首月的5日前支付当季租金；首期租金于本合同签订之日起7日内支付。
"""

chain = documents_chain({"lease.txt": LEASE}, "each_word")


def test_each_with_its_classifier_is_no_word_to_find(chain):
    answered(chain, "每个季度的房租最晚哪天交？", "5日前")
