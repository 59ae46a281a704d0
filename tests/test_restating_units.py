"""A unit that only restates the question answers with the heading it is listed under."""

from types import SimpleNamespace

import pytest

from assistant.answering.definitions import own_or_heading, restates
from assistant.answering.evidence import Sentence

TEXT = (
    "（一）领军企业（2家）\n\n甲科技有限公司（南区）\n\n乙材料有限公司（西区）\n\n"
    "（二）培育库企业（1家）\n\n丙生物有限公司（北区）\n\n培育库企业实行一企一策。"
)


def _unit(part: str, section: str) -> Sentence:
    start = TEXT.index(part)
    return Sentence("d", "名单", section, start, start + len(part), part, 1)


class _Index:
    """Only the document text the answer quotes from."""

    def document(self, doc_id):
        return SimpleNamespace(text=TEXT)


@pytest.mark.parametrize(
    "part,question,said",
    [
        ("丙生物有限公司（北区）", "丙生物有限公司被列入了什么名单？", True),
        ("甲科技有限公司（南区）", "甲科技有限公司属于哪一类？", True),
        # Counter-examples: a unit saying more than the question, another company.
        ("培育库企业实行一企一策。", "培育库企业有什么政策？", False),
        ("乙材料有限公司（西区）", "甲科技有限公司属于哪一类？", False),
    ],
)
def test_restates(part, question, said):
    assert restates(_unit(part, ""), question) is said


def test_restating_unit_answers_with_its_heading():
    unit = _unit("丙生物有限公司（北区）", "（二）培育库企业（1家）")
    direct, quotes, _ = own_or_heading(_Index(), unit, "丙生物有限公司被列入了什么名单？")
    assert direct == "（二）培育库企业（1家）。"
    quoted = quotes[0][0]
    assert TEXT[quoted.start : quoted.end] == "（二）培育库企业（1家）"
    # Counter-example: a unit saying more answers with its own text.
    unit = _unit("培育库企业实行一企一策。", "（二）培育库企业（1家）")
    direct, quotes, _ = own_or_heading(_Index(), unit, "培育库企业有什么政策？")
    assert direct == "培育库企业实行一企一策。" and quotes[0][0] is unit
