"""A value a rule states relative to another it states beside it (the difference made up,
a share of another case's standard): a number answer from the unit with the base also
shows the unit with the relative rule. Documents invented for the test; real index,
models and chain."""

from assistant.answering.measures import _RELATIVE
from tests.conftest import chain_over

DOCS = {
    "grades.md": """# 示例区创业载体运营补贴办法

第六条　创业载体年度评价结果为优秀或者良好的，给予运营补贴：

（一）孵化基地评价为优秀的，每家补贴30万元；

（二）创客工场评价为优秀的，每家补贴6万元；

（三）评价为良好的，按照优秀标准的50%给予补贴。
""",
    "upgrade.txt": """示例港区科技载体奖励细则

第五条　新认定的区级科技载体，给予一次性奖励20万元。区级科技载体被认定为省级的，一次性奖励60万元；已享受区级认定奖励的，晋级奖励按差额补足。

第九条　载体运营单位应当每年报送运营情况。
""",
    "platforms.md": """# 示例区研发平台奖励办法

第八条　新认定的省级研发平台，给予一次性奖励50万元。

第九条　同一平台由省级升级为国家级的，按国家级标准补足差额部分。
""",
}

# (text, states a value relative to another)
RELATIVE = [
    ("晋级奖励按差额补足", True),
    ("按照优秀标准的50%给予补贴", True),
    ("按同类标准的一半执行", True),
    ("补贴标准减半", True),
    ("每家补贴8万元", False),
    ("按设备投资额的10%给予补助", False),  # a share of the applicant's own figure
]


def test_relative_value_forms():
    assert [(t, bool(_RELATIVE.search(t))) for t, _ in RELATIVE] == RELATIVE


def test_relative_rules_join_the_base_value(tmp_path):
    chain = chain_over(tmp_path, DOCS)
    graded = chain.invoke("创客工场评价为良好，能拿多少运营补贴？").direct_answer
    assert "6万元" in graded and "优秀标准的50%" in graded
    upgraded = chain.invoke("区级科技载体被认定为省级的奖励多少？").direct_answer
    assert "60万元" in upgraded and "差额补足" in upgraded
    # An article of its own right after the answered one is another rule …
    platform = chain.invoke("新认定的省级研发平台奖励多少？").direct_answer
    assert "50万元" in platform and "差额" not in platform
    # … and a unit stating no relative rule answers alone.
    assert "差额" not in chain.invoke("新认定的区级科技载体奖励多少？").direct_answer
