"""A question's compound word held by a unit that says its two words apart
(answering/evidence.py ``compound_parts``, ``Term.found_in``)."""

import pytest

from assistant.answering.evidence import Term, compound_parts


@pytest.mark.parametrize(
    "word,parts",
    [
        ("提出异议", ("提出", "异议")),
        ("申请补助", ("申请", "补助")),
        # A word that is no compound of two dictionary words, or too short to be one.
        ("异议", ()),
        ("公示期", ()),
    ],
)
def test_compound_parts(word, parts):
    assert compound_parts(word) == parts


def test_a_compound_is_held_by_its_words_apart():
    term = Term("提出异议", 1.0, parts=("提出", "异议"))
    assert term.found_in("对名单有异议的，可以书面实名提出")
    assert not term.found_in("对名单有异议的，请联系管理部门")
