"""Yes/no verdicts and the case each clause speaks of:

- a bracketed exception after a statement ("（法定节假日除外）") sets that case aside;
- a question's case negating an act ("一直不开工") and the rule's condition negating it in
  other words ("未开工建设的") name one case, so the rule's consequence ("备案自动失效")
  decides;
- a bracketed remark on another matter ("（排名不分先后）") does not make a list's lead-in
  deny its members.
"""

import pytest

from assistant.messages import msg
from tests.helpers import answered, documents_chain

# Two invented documents: a service guide and a list of recognised firms.
GUIDE = (
    "云溪经开区企业投资项目备案办事指南\n\n"
    "一、办理地点\n\n"
    "云溪经开区政务服务中心一楼综合窗口，对外办公时间为工作日上午9:00—12:00，"
    "下午13:30—17:00（法定节假日除外）。\n\n"
    "二、注意事项\n\n"
    "项目备案后2年内未开工建设的，备案自动失效。项目法人发生变化的，应当通过平台办理变更手续。\n"
)
LIST = (
    "2026年云溪经开区瞪羚企业名单\n\n"
    "经企业申报、专家评审和公示，认定以下3家企业为2026年云溪经开区瞪羚企业（排名不分先后）：\n\n"
    "| 序号 | 企业名称 | 所属行业 |\n"
    "| --- | --- | --- |\n"
    "| 1 | 云溪智控科技有限公司 | 智能装备 |\n"
    "| 2 | 湘云新材料股份有限公司 | 新材料 |\n"
    "| 3 | 溪岸生物医药有限公司 | 生物医药 |\n"
)

chain = documents_chain({"guide.txt": GUIDE, "list.md": LIST}, "yesno_cases_and_remarks")


@pytest.mark.parametrize(
    "question,yes,said",
    [
        ("法定节假日云溪经开区政务服务中心综合窗口办公吗？", False, "法定节假日除外"),
        ("云溪经开区项目备案后一直不开工，备案还有效吗？", False, "备案自动失效"),
        ("湘云新材料是2026年云溪经开区瞪羚企业吗？", True, "湘云新材料股份有限公司"),
    ],
)
def test_the_case_a_clause_speaks_of(chain, question, yes, said):
    answer = answered(chain, question, said)
    assert answer.direct_answer.startswith(msg("answer_yes" if yes else "answer_no"))
