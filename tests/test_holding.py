"""The zone and the year a question names must be the evidence's: table-driven over the
rules (tests/test_holding.py examples and counter-examples), then end to end on a real
index of small documents written for this test."""

import json

import pytest

from assistant.answering.evidence import Sentence, Term
from assistant.answering.headings import heading_path
from assistant.answering.holding import asked_zones, other_zone, year_elsewhere
from tests.conftest import chain_over


def _unit(text: str, title: str = "", section: str = "", headings: str = "", meta: str = ""):
    return Sentence("d", title, section, 0, len(text), text, 1, meta=meta, headings=headings)


def _terms(*spec):
    """(text, pos, variants) → question terms."""
    return [Term(t, 1.0, v, pos=p) for t, p, v in spec]


HEFEI = _terms(("合肥", "ns", ()), ("经开区", "n", ("经济技术开发区",)), ("孵化器", "n", ()))
TIANJIN = _terms(("天津", "ns", ()), ("开发区", "n", ()), ("发布会", "n", ()))

# (question, terms, unit title, unit text, another zone)
ZONES = [
    # The place's other zone, and never the asked one: another zone.
    (
        "合肥经开区孵化器奖励多少？",
        HEFEI,
        "合肥高新区孵化器认定细则",
        "给予孵化器5万元奖励。",
        True,
    ),
    ("合肥经开区孵化器奖励多少？", HEFEI, "", "合肥高新技术产业开发区孵化器奖励5万元。", True),
    # The asked zone, by its full name or its short one.
    ("合肥经开区孵化器奖励多少？", HEFEI, "合肥经济技术开发区政策", "孵化器奖励5万元。", False),
    ("合肥经开区孵化器奖励多少？", HEFEI, "合肥经开区政策", "合肥高新区的孵化器不在此列。", False),
    # No zone of the place named at all: left to the other rules.
    ("合肥经开区孵化器奖励多少？", HEFEI, "合肥市孵化器政策", "孵化器奖励5万元。", False),
    # A zone word holding the asked one is the same zone.
    ("天津开发区发布会在哪开？", TIANJIN, "天津经济技术开发区发布会", "发布会今日召开。", False),
]


@pytest.mark.parametrize(("question", "terms", "title", "text", "other"), ZONES)
def test_other_zone(question, terms, title, text, other):
    assert other_zone(_unit(text, title=title), question, terms) is other


def test_asked_zones_needs_the_zone_word_right_after_the_place():
    assert [(p.text, k.text) for p, k in asked_zones("合肥经开区孵化器？", HEFEI)] == [
        ("合肥", "经开区")
    ]
    assert asked_zones("合肥的孵化器在经开区吗？", HEFEI) == []


# (asked years, title, headings, text, found only in the document's date)
YEARS = [
    ({"2024"}, "某区2023年统计公报", "", "地区生产总值3686亿元。", True),
    # The heading path or the unit names the asked year: a plan for it.
    ({"2024"}, "某区2023年工作报告", "二、2024年工作安排", "力争产量达到18万辆。", False),
    ({"2024"}, "某区2023年工作报告", "", "2024年力争产量达到18万辆。", False),
    # The title names the asked year, or no year: left to the other rules.
    ({"2023"}, "某区2023年统计公报", "", "地区生产总值3686亿元。", False),
    ({"2024"}, "某区统计公报", "", "地区生产总值3686亿元。", False),
    (set(), "某区2023年统计公报", "", "地区生产总值3686亿元。", False),
]


@pytest.mark.parametrize(("years", "title", "headings", "text", "elsewhere"), YEARS)
def test_year_elsewhere(years, title, headings, text, elsewhere):
    unit = _unit(text, title=title, headings=headings, meta="2024-03-28")
    assert year_elsewhere(unit, years) is elsewhere


def test_heading_path_keeps_the_open_headings():
    sections = [
        {"title": "报告", "level": 1, "start": 0},
        {"title": "一、回顾", "level": 2, "start": 10},
        {"title": "（一）经济", "level": 3, "start": 20},
        {"title": "二、安排", "level": 2, "start": 40},
        {"title": "（一）项目", "level": 3, "start": 50},
    ]
    assert heading_path(sections, 25) == "报告\n一、回顾\n（一）经济"
    assert heading_path(sections, 55) == "报告\n二、安排\n（一）项目"
    assert heading_path(sections, 45) == "报告\n二、安排"


@pytest.fixture(scope="module")
def zones_and_years(tmp_path_factory):
    place = {"region": "宜昌"}
    docs = {
        "gx": (
            "宜昌高新区科技企业孵化器认定办法",
            "新认定的孵化器给予一次性奖励30万元，经开区参照执行。",
            place,
        ),
        "listing": ("宜昌经济技术开发区上市奖励办法", "企业上市的，经开区给予奖励200万元。", place),
        "bulletin": (
            "宜昌经济技术开发区2023年统计公报",
            "全年地区生产总值812亿元，比上年增长6.1%。",
            place | {"date": "2024-03-28"},
        ),
    }
    files = {}
    for name, (title, body, meta) in docs.items():
        files[f"{name}.txt"] = f"{title}\n\n{body}\n"
        files[f"{name}.meta.json"] = json.dumps({"id": name, "title": title} | meta)
    return chain_over(tmp_path_factory.mktemp("holding"), files)


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("宜昌高新区新认定的孵化器奖励多少？", False),
        ("宜昌经开区新认定的孵化器奖励多少？", True),
        ("宜昌经开区2023年地区生产总值是多少？", False),
        ("宜昌经开区2024年地区生产总值是多少？", True),
    ],
)
def test_zone_and_year_end_to_end(zones_and_years, question, refused):
    assert zones_and_years.invoke(question).refused is refused
