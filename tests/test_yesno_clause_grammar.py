"""Yes/no verdicts read off the grammar of the deciding clause:

- a restriction and a prohibition joined in parallel ("仅限用于A，不得用于B") are two
  verdicts, the clause whose object the question names decides;
- a question asking whether a penalty follows ("会被取消申报资格吗") is affirmed by the
  rule imposing it, though words sit between its verb and object ("取消其3年内申报资格");
- a rule stated "in principle" ("原则上一次性拨付") does not hold for all cases.
"""

import pytest

from assistant.messages import msg
from tests.helpers import answered, documents_chain

# An invented support measure.
RULE = (
    "云溪经济技术开发区科技企业扶持办法\n\n"
    "第一条　为加快培育科技型企业，制定本办法。\n\n"
    "第五条　奖励资金仅限用于企业研发活动，不得用于发放职工福利。\n\n"
    "第九条　企业有弄虚作假行为的，取消其3年内申报资格，并追回已拨付资金。\n\n"
    "第十条　奖励资金原则上采取一次性拨付方式；金额超过100万元的，分两年拨付。\n"
)

chain = documents_chain({"rule.txt": RULE}, "yesno_clause_grammar")


@pytest.mark.parametrize(
    "question,yes,said",
    [
        ("云溪经开区的奖励资金能用于研发活动吗？", True, "仅限用于企业研发活动"),
        ("云溪经开区的奖励资金可以用来发职工福利吗？", False, "不得用于发放职工福利"),
        ("云溪经开区企业弄虚作假会被取消申报资格吗？", True, "取消其3年内申报资格"),
        ("云溪经开区的奖励资金都是一次性拨付吗？", False, "原则上"),
    ],
)
def test_the_deciding_clauses_grammar(chain, question, yes, said):
    answer = answered(chain, question, said)
    assert answer.direct_answer.startswith(msg("answer_yes" if yes else "answer_no"))
