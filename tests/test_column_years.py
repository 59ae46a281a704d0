"""A table row whose columns are labelled by years gives its values for those years: a
question about another year is not answered by it (table-driven over year_elsewhere,
which constraints.rejection applies as the "year" rejection)."""

import pytest

from assistant.answering.evidence import Sentence
from assistant.answering.holding import year_elsewhere


def _row(header: tuple[str, ...], cells: tuple[str, ...], title: str = "") -> Sentence:
    text = " | ".join(cells)
    return Sentence("d", title, "", 0, len(text), text, 1, header=header, cells=cells)


TARGETS = ("类别", "指标", "2023年（基期）", "2026年", "2030年")
TARGET_CELLS = ("集约发展", "工业用地亩均税收（万元）", "18.6", "22", "30")

# (header, cells, title, asked years, rejected)
ROWS = [
    # The asked year is no column's: the row's values are for other years.
    (TARGETS, TARGET_CELLS, "", {"2024"}, True),
    # The asked year is a column's (a target or the base year).
    (TARGETS, TARGET_CELLS, "", {"2026"}, False),
    (TARGETS, TARGET_CELLS, "", {"2023"}, False),
    # A cell states the asked year: the row speaks of it.
    (
        ("项目", "2023年", "2024年", "备注"),
        ("园区道路", "5", "8", "2025年完工"),
        "",
        {"2025"},
        False,
    ),
    # One year in the header labels the table, it does not split the row by years.
    (("指标", "2024年目标"), ("亩均税收", "20"), "", {"2025"}, False),
    # No year asked, or no header: nothing to hold.
    (TARGETS, TARGET_CELLS, "", set(), False),
    ((), TARGET_CELLS, "", {"2024"}, False),
]


@pytest.mark.parametrize(("header", "cells", "title", "years", "rejected"), ROWS)
def test_year_columns_hold_the_asked_year(header, cells, title, years, rejected):
    assert year_elsewhere(_row(header, cells, title), years) is rejected
