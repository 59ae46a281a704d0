"""A table whose columns are labelled by years (a base year, targets for later years)
gives each value for its column's year. A question about a year no column names, and no
cell states, is not answered by such a row: the row's values are for other years.
Examples: tests/test_column_years.py.
"""

from __future__ import annotations

from assistant.answering.evidence import Sentence
from assistant.answering.grammar import grammar
from assistant.text import normalize

_G = grammar()
# Columns labelled by years a row must have before its years are taken as the only ones
# it speaks of: one year in a header may be a label of the whole table ("2024年目标"),
# two or more split the row's values by year.
MIN_YEAR_COLUMNS = 2


def other_year_columns(sent: Sentence, years: set[str]) -> bool:
    """Does the table row split its values into columns of years, none of them (and no
    cell) the year the question asks about?"""
    if not years or not sent.header:
        return False
    labelled = [set(_G.stated_year.findall(normalize(name))) for name in sent.header]
    if sum(1 for found in labelled if found) < MIN_YEAR_COLUMNS:
        return False
    said = set().union(*labelled) | set(_G.stated_year.findall(normalize(" ".join(sent.cells))))
    return not said & years
