"""The one reader of a marked slot (answering/marked_slots.py; words in
question_grammar.yaml ``marked_slots``): a marker, a filler, a closing verb. Examples and
counter-examples per slot, then the pairing of an asked and a said filling."""

import pytest

from assistant.answering.marked_slots import Filled, filled, paired, same_verb


@pytest.mark.parametrize(
    ("slot", "text", "expected"),
    [
        # A slot with listed verbs: a bounded filler, adverbs cut off.
        ("holder", "补助资金由区财政局统一拨付。", [Filled("区财政局", "拨付")]),
        (
            "holder",
            "由管委会审批，由住建局组织实施",
            [Filled("管委会", "审批"), Filled("住建局", "组织实施")],
        ),
        # Counter-examples: a word opened by the marker, two joined holders, no verb.
        ("holder", "由于资金紧张，由此暂停。", []),
        ("holder", "由区政府和管委会负责", []),
        ("holder", "由管委会研究决定", []),
        # A slot without listed verbs: the stretch after the clause's last marker.
        ("standard", "按照规定按新标准执行", [Filled("新标准执行")]),
        ("standard", "参照本指南办理，依据合同结算", [Filled("本指南办理"), Filled("合同结算")]),
        # Counter-examples: no marker word in the clause.
        ("standard", "租金每季度缴纳一次", []),
        ("standard", "由管委会负责", []),
    ],
)
def test_filled(slot, text, expected):
    assert filled(text, slot) == expected


@pytest.mark.parametrize(
    ("asked", "said", "expected"),
    [
        (Filled("经开区", "负责"), Filled("新建区", "负责"), ("经开区", "新建区")),
        (Filled("原办法的标准执行"), Filled("新办法执行"), ("原办法的标准", "新办法")),
        # Counter-examples: another verb, an ending too short to be a verb, nothing before it.
        (Filled("经开区", "负责"), Filled("新建区", "审批"), None),
        (Filled("季度缴纳吗"), Filled("年度缴费了"), None),
        (Filled("原办法执行"), Filled("办法执行"), None),
        (Filled("办法执行"), Filled("原办法执行"), None),
    ],
)
def test_same_verb(asked, said, expected):
    pairing = same_verb(asked, said)
    assert (pairing and (pairing.mine, pairing.theirs)) == expected


def test_paired_keeps_only_fillings_before_the_same_verb():
    pairs = paired(Filled("经开区", "负责"), "由新建区负责，由市局审批，由邻县负责", "holder")
    assert [(p.mine, p.theirs) for p in pairs] == [("经开区", "新建区"), ("经开区", "邻县")]
