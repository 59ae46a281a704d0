"""A list read from a table column holds only for the place the question names: a
question on another city's firms is not answered with this city's list. Two development
documents: a recognition list of Wuxi firms and a Chengdu project plan (so that Chengdu is
a place the library knows); the answers come from the real index, models and chain."""

from tests.conftest import ROOT
from tests.helpers import answered, documents_chain

CORPUS = ROOT / "evals" / "corpus"
DOCS = {name: (CORPUS / name).read_bytes() for name in ("c_gongshi.html", "h_xiangmu.docx")}

chain = documents_chain(DOCS, "table_list_places")


def test_a_list_of_the_documents_zone_is_answered(chain):
    answered(chain, "无锡高新区2024年度专精特新中小企业有哪些？", ["无锡精航轴承科技有限公司"])


def test_a_list_asked_of_another_city_is_refused(chain):
    answer = chain.invoke("成都高新区2024年度专精特新中小企业有哪些？")
    assert answer.refused, answer.direct_answer
