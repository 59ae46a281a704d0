"""A Q&A answer opening with a modal and the verb its own question asks about ("可以申请，
但…" to "还能申请…吗") gives its yes or no, as a bare modal does, to a question asking the
same in other words (answering/qa.py). Documents invented for the test; real index, models
and chain."""

import pytest

from tests.conftest import chain_over

DOCS = {
    "faq.md": """# 示例区研发投入后补助政策问答

问：已经享受了市级研发投入补助，还能申请区里的后补助吗？

答：可以申请，但区级补助按就高不重复原则核定，扣除市级已补助金额后按差额拨付。

问：分支机构在区外发生的研发费用，能申报后补助吗？

答：不能申报，区外分支机构发生的研发费用不予支持。
""",
}


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    return chain_over(tmp_path_factory.mktemp("verdict_verbs"), DOCS)


@pytest.mark.parametrize(
    "question,verdict",
    [
        ("市里补过了，区里还能再拿吗？", "是"),
        ("区外分支机构的研发费用还能拿补助吗？", "否"),
    ],
)
def test_a_modal_with_their_verb_is_the_verdict(chain, question, verdict):
    said = chain.invoke(question).direct_answer
    assert said.startswith(verdict), said
