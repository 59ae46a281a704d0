"""Applying a rule or a list to a case, said in everyday words (套用), is what rules call
适用 (lexicon.yaml, everyday; real index over an invented list)."""

from tests.helpers import answered, documents_chain

LIST = """示例区市场监管轻微违法行为不予处罚清单

一、适用范围

本清单适用于示例区市场监管部门办理的行政处罚案件。

二、不适用本清单的情形

有下列情形之一的，不得适用本清单规定的不予处罚：

1. 违法行为造成人身伤害或者较大财产损失的；

2. 在最近24个月内因同一种违法行为受过行政处罚的；

3. 拒绝、阻碍执法人员依法检查的。

三、经营者义务

经营者不得拒绝执法人员查阅经营台账，禁止隐匿、转移有关证据。
"""

chain = documents_chain({"list.txt": LIST}, "everyday_bans")


def test_applying_said_in_everyday_words(chain):
    answered(
        chain,
        "哪些情况下不能套用这个清单的不予处罚？",
        ("人身伤害", "受过行政处罚", "阻碍执法人员"),
    )
