"""A document's own identifier (文号) is read from its opening lines, not from a body
passage that cites another document's; its own issue date from where its text states it."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.evidence import Term
from assistant.answering.identifiers import _issue_asked, _title_words, asks_issue_date, in_header
from tests.conftest import chain_over

# Invented documents: a rule and its revision, which cites the rule it replaces.
OLD = """示例区科技创新奖励办法

示例区管理委员会

示经管〔2019〕7号

第一条　为鼓励企业创新，制定本办法。

第二条　对首次认定的高新技术企业给予奖励10万元。

第三条　示例区科技创新局负责本办法的组织实施和考核评价工作。

示例区管理委员会
2019年3月1日
"""
NEW = """示例区科技创新奖励办法（2023年修订）

示经管〔2023〕12号

第一条　为鼓励企业创新，对原办法进行修订，制定本办法。

第二条　对首次认定的高新技术企业给予奖励20万元。

第三条　本办法自2023年5月1日起施行，有效期至2026年4月30日。2019年4月1日起施行的《示例区科技创新奖励办法》（示经管〔2019〕7号）同时废止。

示例区管理委员会
2023年4月20日
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(tmp_path_factory.mktemp("corpus"), {"old.txt": OLD, "new.txt": NEW})


@pytest.mark.parametrize("word,header", [("文号", True), ("发文字号", True), ("电话", False)])
def test_which_identifiers_sit_in_the_header(word, header):
    assert in_header(word) is header


def test_the_revision_has_its_own_number(chain):
    direct = chain.invoke("示例区科技创新奖励办法2023年修订版的文号是什么？").direct_answer
    assert "示经管〔2023〕12号" in direct and "2019" not in direct


def test_a_rule_and_its_revision_named_alike_each_show_their_number(chain):
    direct = chain.invoke("示例区科技创新奖励办法的文号是什么？").direct_answer
    assert "示经管〔2023〕12号" in direct and "示经管〔2019〕7号" in direct
    assert direct.index("〔2023〕") < direct.index("〔2019〕")


def test_a_document_not_held_gets_no_number(chain):
    assert chain.invoke("示例区人才安居办法的文号是什么？").refused


@pytest.mark.parametrize(
    "question,issue",
    [
        ("这个通报是哪天印发的？", True),
        ("工作报告是在哪天作的？", True),
        ("考核结果什么时候发布？", True),
        ("本办法什么时候开始施行？", False),  # the day it takes effect: another date
        ("新闻发布会在哪里召开？", False),  # 发布 inside 发布会
        ("申报截止日期是哪天？", False),
        # A bare verb with its particle, and the signature, ask the document's own date …
        ("这份检查通报是哪天发的？", True),
        ("这份年报是哪天落款的？", True),
        # … but not where the verb closes a longer word.
        ("这个系统是哪天开发的？", False),
        ("这个岗位是哪天工作的？", False),
    ],
)
def test_issue_date_questions(question, issue):
    assert asks_issue_date(question) is issue


@pytest.mark.parametrize(
    "question,asked",
    [
        ("这个办法是谁发布的？", True),
        ("考核结果由哪个部门公布？", True),
        # Published as a later step: who is asked does the earlier verb.
        ("考核结果由谁审定后公布？", False),
        ("名单经谁审核之后印发？", False),
        ("评审结果由专家组评议再公布吗？", False),
    ],
)
def test_an_issue_word_after_a_later_step_marker_is_not_asked(question, asked):
    assert _issue_asked(question) is asked


def test_issue_date_is_the_documents_own(chain):
    answer = chain.invoke("示例区2019年的科技创新奖励办法是哪天印发的？")
    assert "2019年3月1日" in answer.direct_answer


# An invented rule setting a yearly step: its results are published every year.
YEARLY = """示例区企业效益评价办法

第一条　为推动企业提质增效，制定本办法。

第二条　评价工作每年开展一次，评价结果于每年6月30日前在管委会门户网站正式公布。

示例区管理委员会
2024年3月1日
"""


def test_a_step_done_every_year_is_not_the_documents_date(tmp_path):
    # Published every year: a date of the procedure the rule sets, not the rule's own date.
    chain = chain_over(tmp_path, {"yearly.txt": YEARLY})
    direct = chain.invoke("示例区企业效益评价每年的评价结果什么时候公布？").direct_answer
    assert "6月30日" in direct and "2024年3月1日" not in direct, direct


def test_the_issuer_is_the_documents_own(chain):
    direct = chain.invoke("示例区2019年的科技创新奖励办法是哪个部门发布的？").direct_answer
    assert "示例区管理委员会" in direct


def test_who_approves_before_publication_is_not_the_issuer(chain):
    # The document's issuer published it; the question asks who approves it first, which
    # the document does not say (read as an issuer question, the issuer would answer).
    answer = chain.invoke("示例区2019年的科技创新奖励办法由谁审定后公布？")
    assert not (answer.direct_answer or "").startswith("示例区管理委员会")


def test_an_item_the_question_names_is_not_its_answer(chain):
    direct = chain.invoke("示例区科技创新奖励的组织实施和考核评价由哪个部门负责？").direct_answer
    assert "示例区科技创新局" in direct


def test_the_effective_date_is_the_documents_own(chain):
    direct = chain.invoke("示例区科技创新奖励办法（2023年修订）什么时候开始施行？").direct_answer
    assert "2023年5月1日" in direct and "2019年4月1日" not in direct


@pytest.mark.parametrize(
    "term,title,held",
    [
        # A word inserted between the halves of the question's compound.
        ("考核办法", "示例区招商引资工作考核评分办法", True),
        ("科技奖励", "示例区科技创新奖励办法", True),
        # Halves too far apart, in the wrong order, or one missing.
        ("考核办法", "示例区考核工作中关于资金使用的管理办法", False),
        ("考核办法", "示例区办法考核", False),
        ("考核办法", "示例区考核细则", False),
    ],
)
def test_a_title_holding_a_compound_split_by_a_word(term, title, held):
    added = _title_words([Term(term, 1.0, pos="n")], title)
    assert (term in added.split("\n")[1:]) is held


SCORING = """示例区招商引资工作考核评分办法

示经管〔2025〕3号

第一条　考核按照季度监测、年终考核的方式进行。

第二条　本办法自2025年1月1日起施行，有效期至2025年12月31日。2024年印发的《示例区招商引资工作考核办法》同时废止。

示例区管理委员会
2025年3月12日
"""


def test_the_expiry_of_a_document_named_by_a_split_compound(tmp_path):
    chain = chain_over(tmp_path, {"scoring.txt": SCORING})
    direct = chain.invoke("这个考核办法的有效期到什么时候？").direct_answer
    assert direct is not None and direct.startswith("2025年12月31日")


@pytest.fixture(scope="module")
def revision_only(tmp_path_factory) -> AnswerChain:
    return chain_over(tmp_path_factory.mktemp("revision"), {"new.txt": NEW})


@pytest.mark.parametrize(
    "question,number",
    [
        # The former document's number: cited in the revision's body.
        ("原《示例区科技创新奖励办法》的文号是什么？", "示经管〔2019〕7号"),
        ("修订前的《示例区科技创新奖励办法》文号是多少？", "示经管〔2019〕7号"),
        # Counter-example: the revision's own number, in its header.
        ("《示例区科技创新奖励办法（2023年修订）》的文号是什么？", "示经管〔2023〕12号"),
    ],
)
def test_the_former_documents_number_is_cited_in_the_revision(revision_only, question, number):
    assert revision_only.invoke(question).direct_answer.startswith(number)
