"""A quarter or half-year the question names must be the one the unit reports on: in a
document titled with another period, a unit answers about the asked period only when it
says that period itself (table-driven over titled_periods.period_unstated, which
constraints.rejection applies as the "period" rejection)."""

import pytest

from assistant.answering.evidence import Sentence
from assistant.answering.titled_periods import period_unstated
from assistant.text import normalize

Q3 = "关于2025年第三季度安全检查情况的通报"


def _unit(text: str, title: str, before: str = "") -> Sentence:
    return Sentence("d", title, "", 0, len(text), text, 1, before=before)


# (unit text, title, paragraph before it, asked periods, rejected)
CASES = [
    # The asked quarter only in the paragraph of a report on another quarter.
    (
        "另有27家企业当场改正。",
        Q3,
        "本季度检查企业412家，比第二季度的365家增加47家。",
        ["二季度"],
        True,
    ),
    # The unit says the asked quarter itself.
    ("罚款合计38.6万元，第二季度为29.5万元。", Q3, "", ["二季度"], False),
    # The asked quarter is the title's.
    ("另有27家企业当场改正。", Q3, "本季度检查企业412家。", ["三季度"], False),
    # A title naming no period: the paragraph's mention holds.
    ("另有27家企业当场改正。", "安全检查情况的通报", "第二季度检查企业365家。", ["二季度"], False),
    # Not said at all.
    ("另有27家企业当场改正。", "安全检查情况的通报", "", ["二季度"], True),
    # No period asked.
    ("另有27家企业当场改正。", Q3, "", [], False),
]


@pytest.mark.parametrize(("text", "title", "before", "periods", "rejected"), CASES)
def test_asked_period_is_the_units_own(text, title, before, periods, rejected):
    unit = _unit(text, title, before)
    assert period_unstated(unit, unit.context_norm, [normalize(p) for p in periods]) is rejected
