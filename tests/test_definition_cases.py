"""A unit stating the opposite case of the question's ("if complete" asked "if incomplete")
is no definition of what the question asks, though its 即 reads like one. Documents
invented for the test; real index, models and chain."""

from tests.conftest import chain_over

DOCS = {
    "filing.md": """# 示例区企业投资项目登记办事指南

## 办理流程

1. 在线填报。项目单位登录在线平台，填写项目信息并上传材料。

2. 受理审查。登记机关对信息是否齐全进行审查。登记信息不齐全的，登记机关一次性告知项目单位需补正的内容。

3. 登记确认。登记信息齐全的，即为登记完成，登记机关出具登记证明。
""",
    "license.txt": """示例港区经营许可办理须知

经营许可申请材料齐全的，即予受理；经营许可申请材料不全的，退回申请人并说明理由。
""",
}


# (question, what the answer says, what the opposite case's unit says)
CASES = [
    ("登记信息不齐全的话，登记机关会怎么处理？", "一次性告知", "即为登记完成"),
    ("经营许可申请材料不全的话怎么处理？", "退回申请人", "即予受理"),
]


def test_the_opposite_case_defines_nothing(tmp_path):
    chain = chain_over(tmp_path, DOCS)
    said = {q: chain.invoke(q).direct_answer for q, _, _ in CASES}
    assert [(q, e in said[q], w in said[q]) for q, e, w in CASES] == [
        (q, True, False) for q, _, _ in CASES
    ]
