"""A year a question names as the base of a change ("跟2024年底比…增加了多少") is not the
year it asks about: a unit opening with its own later year and stating its change from
that base answers it. Table-driven over holding.said_as_base, then end to end on a tiny
invented report."""

import json

import pytest

from assistant.answering.holding import base_years, said_as_base
from tests.conftest import chain_over


@pytest.mark.parametrize(
    ("year", "text", "base"),
    [
        ("2024", "跟2024年底比，重点企业增加了多少家？", True),
        ("2024", "与2024年相比，收入增长多少？", True),
        ("2024", "重点企业12家，较2024年底增加3家。", True),
        ("2024", "比2024年多了几家？", True),
        # The year asked about, not a base.
        ("2024", "2024年底重点企业有多少家？", False),
        ("2024", "2024年和2025年各有多少家？", False),
        ("2024", "截至2024年底，重点企业共9家。", False),
    ],
)
def test_said_as_base(year, text, base):
    assert said_as_base(year, text) is base


def test_base_years_needs_both_sides():
    asked = {"2024"}
    assert base_years(asked, "跟2024年底比增加了多少家", "较2024年底增加3家") == asked
    assert base_years(asked, "跟2024年底比增加了多少家", "2024年底共9家") == set()
    assert base_years(asked, "2024年底有多少家", "较2024年底增加3家") == set()


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    title = "临川开发区2025年环境风险管理情况"
    body = (
        "截至2025年底，园区纳入重点监管名录的企业共40家，其中重大风险企业9家，较2024年底增加2家。\n"
    )
    files = {
        "r.txt": f"{title}\n\n{body}",
        "r.meta.json": json.dumps({"id": "r", "title": title, "date": "2026-01-15"}),
    }
    return chain_over(tmp_path_factory.mktemp("base_years"), files)


def test_change_from_a_base_year_is_answered(report):
    answer = report.invoke("跟2024年底比，重大风险企业增加了多少家？")
    assert not answer.refused
    assert "2家" in answer.direct_answer


def test_the_base_year_itself_is_still_refused(report):
    assert report.invoke("2024年底重大风险企业有多少家？").refused
