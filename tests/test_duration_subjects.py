"""A duration stated under its document's subject: "how many days is the talent subsidy's
notice period" is answered by the rules' article "the notice period is 5 working days",
which leaves the subsidy to its document (duration_subjects.py). The documents are
invented; the answers come from the real index, models and chain."""

from tests.helpers import answered, documents_chain

RULES = """示例新区高层次人才引进办法

第十条　本办法所称人才，分为A类人才、B类人才、C类人才和青年人才。

第十一条　人才认定每年集中受理两次，受理时间分别为3月1日至3月31日和9月1日至9月30日。

第十二条　区人才办对人才申报材料进行审核，审核结果在区政府门户网站公示。

第十三条　公示期为5个工作日。公示无异议的，由区财政局在公示结束后30个工作日内将补贴拨付至个人账户。

第十四条　人才服务专员负责人才政策的宣传和解读。
"""

OTHER = """示例新区标准厂房租赁管理办法

第五条　首次签约的租赁期限不得少于3年，最长不超过5年，人才企业优先。

第六条　租赁期满需续租的，承租人应当在期满前3个月提出书面申请。
"""

chain = documents_chain({"rules.txt": RULES, "other.txt": OTHER}, "duration_subjects")


def test_a_period_named_under_the_documents_subject_answers(chain):
    answered(chain, "人才补贴的公示期是几天？", "5个工作日", absent="30个工作日")


def test_a_document_without_the_subject_still_refuses(chain):
    answer = chain.invoke("标准厂房租赁补贴的公示期是几天？")
    assert answer.refused or "5个工作日" not in answer.direct_answer, answer.direct_answer
