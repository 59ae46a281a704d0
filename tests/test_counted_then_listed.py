"""A line stating only how many things there are ("…包括本级和下属单位5个") is followed by
the line listing them ("下属单位分别为：A、B、C…"): a list question is answered by that run,
not by the pair the counting line joins (real index over an invented budget notice)."""

from tests.helpers import answered, documents_chain

BUDGET = """示例经开区管委会2025年部门预算公开说明

一、部门基本情况

（一）机构设置

管委会机关设内设机构12个。纳入2025年部门预算编制范围的单位共6个，包括管委会本级和下属单位5个。
下属单位分别为：示例经开区政务服务中心、示例经开区招商服务中心、示例经开区企业服务中心、示例经开区城市管理中心、示例经开区园区发展中心。

（二）人员情况

本部门核定编制210名，实有在职人员198人。
"""

chain = documents_chain({"budget.txt": BUDGET}, "counted_then_listed")


def test_the_run_after_a_counting_line_answers(chain):
    answered(
        chain,
        "纳入部门预算的下属单位有哪些？",
        ("政务服务中心", "招商服务中心", "园区发展中心"),
        absent=("管委会本级",),
    )
