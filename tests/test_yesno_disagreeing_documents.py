"""Two documents disagreeing on a yes/no the question asks of neither in particular (a
zone's own duties against a province's rule for all zones): both are quoted, without a
verdict, since a wrong one is worse than none. A question naming one zone is answered by
its document's verdict."""

from assistant.messages import msg
from tests.helpers import answered, documents_chain

# Two invented documents: a province's rule for all zones and one zone's duties list.
RULE = (
    "东川省开发区管理条例\n\n"
    "第十二条　开发区管理委员会原则上不承担社会事务管理职能；"
    "开发区内的社会事务，由所在地人民政府及其有关部门负责。\n\n"
    "第十三条　开发区管理委员会应当建立投资项目全程代办制度。\n"
)
DUTIES = (
    "西岭经济技术开发区管理委员会2026年部门预算说明\n\n"
    "一、部门职责\n\n"
    "西岭经济技术开发区管理委员会是西岭市人民政府的派出机构，主要职责是：\n"
    "（一）负责区内经济发展规划和产业政策的组织实施；\n"
    "（二）负责区内安全生产、城市管理和社会事务管理；\n"
    "（三）负责区内招商引资和企业服务。\n"
)

chain = documents_chain({"rule.txt": RULE, "duties.txt": DUTIES}, "yesno_disagreeing")


def test_disagreeing_documents_give_no_verdict(chain):
    answer = answered(chain, "开发区管委会负责社会事务管理吗？", "原则上不承担社会事务管理职能")
    assert not answer.direct_answer.startswith((msg("answer_yes"), msg("answer_no")))


def test_a_question_naming_the_zone_keeps_its_documents_verdict(chain):
    answer = answered(chain, "西岭经开区管委会负责社会事务管理吗？", "社会事务管理")
    assert answer.direct_answer.startswith(msg("answer_yes"))
