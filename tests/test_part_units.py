"""Each part of a compound question adds the chunks retrieved for its own words
(answering.part_units): with room for one chunk, the whole question's retrieval holds the
passage of one part only, and the other part is answered from its own chunk — from the
question's documents only."""

import pytest

from tests.helpers import answered, narrow_chain

FILLER = "本规定所称项目，是指在本区行政区域内投资建设的各类产业项目。" * 6

# Invented rules: the two limits asked together stand in sections far apart.
RULES = (
    "青禾区产业项目审批管理规定\n\n"
    "一、限制类项目\n\n"
    f"{FILLER}\n\n"
    "限制类项目审批部门应自受理之日起20个工作日内作出决定。\n\n"
    "二、告知承诺制项目\n\n"
    f"{FILLER}\n\n"
    "实行告知承诺制的项目，由区政务服务办在5个工作日内办结备案。\n"
)
# Another zone's rule on the same kind of project: no part may be answered from it.
OTHER = "白石区企业投资项目管理办法\n\n备案类项目由区发展改革局在3个工作日内办结。\n"


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    root = tmp_path_factory.mktemp("part_units")
    return narrow_chain(root, {"rules.txt": RULES, "other.txt": OTHER})


@pytest.mark.parametrize(
    "question",
    [
        "限制类项目的审批期限以及告知承诺制项目的办结时限分别是多少？",
        "告知承诺制项目的办结时限以及限制类项目的审批期限分别是多久？",
    ],
)
def test_each_part_reads_its_own_chunk(chain, question):
    answered(chain, question, ["20个工作日", "5个工作日"], absent="3个工作日")


def test_a_part_stays_on_the_question_documents(chain):
    # The second part's own words retrieve only the other zone's rule: it is said to be
    # missing, not answered from another zone.
    answer = chain.invoke("青禾区限制类项目的审批期限以及备案类项目的办结时限分别是多少？")
    assert "20个工作日" in answer.direct_answer
    assert "3个工作日" not in answer.direct_answer


# Invented reports of two years: the whole question's words retrieve the first year's
# results only; the part on the other year is answered from that year's own report.
RESULTS_2021 = (
    "国家级经开区2021年考核评价结果\n\n"
    + "青禾经开区考核评价结果按综合发展水平排序，考核评价指标涵盖产业基础和开放水平。" * 4
    + "\n\n2021年考核评价中，青禾经开区排名第6位，白石经开区排名第9位。\n"
)
NEWS_2023 = "江东省经开区跻身全国30强\n\n2023年，青禾经开区排名第八，较上一轮前移。\n"


@pytest.fixture(scope="module")
def yearly_chain(tmp_path_factory):
    root = tmp_path_factory.mktemp("year_parts")
    return narrow_chain(root, {"results.txt": RESULTS_2021, "news.txt": NEWS_2023})


def test_a_part_naming_its_own_year_reads_that_years_document(yearly_chain):
    answered(yearly_chain, "青禾经开区2021年和2023年各排第几？", ["第6位", "第八"])
