"""Numbered headings vs. numbered paragraphs in plain text, Markdown and structured parts.

Each case is a small document of our own: the heading lines it must find (with the heading
path of the paragraph after them), and the paragraph texts that must stay whole."""

import pytest

from assistant.ingest.clean import build_document, clean_text
from assistant.ingest.document import Part


def _units(doc):
    return [(u.kind, doc.text[u.start : u.end], u.heading_path) for u in doc.units]


@pytest.mark.parametrize(
    "raw,headings,kept",
    [
        # A heading joining two phrases by a comma, a blank line before its first paragraph.
        (
            (
                "一、稳住工业基本盘，培育两个新动能\n\n围绕储能和算力两个方向布局项目。\n\n"
                "二、保障民生\n\n新增学位3000个。"
            ),
            ["一、稳住工业基本盘，培育两个新动能", "二、保障民生"],
            ["围绕储能和算力两个方向布局项目。"],
        ),
        # The same heading with no blank lines at all.
        (
            "一、稳住工业基本盘，培育两个新动能\n围绕储能和算力两个方向布局项目。",
            ["一、稳住工业基本盘，培育两个新动能"],
            ["围绕储能和算力两个方向布局项目。"],
        ),
        # Bracketed-numeral sub-headings with commas and enumeration commas.
        (
            (
                "（一）强化要素保障，优化审批服务\n\n土地、能耗指标优先保障重点项目。\n\n"
                "（二）人才、资金支撑\n\n设立人才专项资金。"
            ),
            ["（一）强化要素保障，优化审批服务", "（二）人才、资金支撑"],
            ["土地、能耗指标优先保障重点项目。", "设立人才专项资金。"],
        ),
        # Markdown: a heading marker wins, a numbered line under it stays a paragraph.
        (
            "## 三、扩大开放，建好平台\n\n（一）推动片区建设，全年形成创新案例8项。",
            ["三、扩大开放，建好平台"],
            ["（一）推动片区建设，全年形成创新案例8项。"],
        ),
    ],
)
def test_numbered_headings_with_commas(raw, headings, kept):
    doc = clean_text(raw)
    assert [s.title for s in doc.sections] == headings
    paragraphs = doc.text.split("\n\n")
    for text in kept:
        assert text in paragraphs
        unit = next(u for k, t, u in _units(doc) if t == text)
        assert unit[-1] in headings


@pytest.mark.parametrize(
    "raw,items",
    [
        # A numbered paragraph of several sentences is an item, not a heading.
        (
            "一、加强组织领导。各部门要落实责任。\n二、强化督查考核。每季度通报一次。",
            ["一、加强组织领导。各部门要落实责任。", "二、强化督查考核。每季度通报一次。"],
        ),
        # A numbered line with a colon introduces what follows.
        ("（一）申报时间：每年6月1日至7月15日", ["（一）申报时间：每年6月1日至7月15日"]),
        # Three comma-separated clauses without their full stop: a clause, not a heading.
        (
            "（一）新认定的企业，给予奖励20万元，优先推荐申报",
            ["（一）新认定的企业，给予奖励20万元，优先推荐申报"],
        ),
    ],
)
def test_numbered_sentences_stay_items(raw, items):
    doc = clean_text(raw)
    assert doc.sections == []
    assert [t for k, t, _ in _units(doc) if k == "item"] == items


def test_structured_paragraph_with_comma_heading():
    """A DOCX/HTML paragraph holding a numbered heading is read as one too."""
    doc = build_document(
        [
            Part("paragraph", "二、培育新兴产业，壮大新增长点"),
            Part("paragraph", "围绕集成电路领域建设专业园区。"),
        ]
    )
    assert [s.title for s in doc.sections] == ["二、培育新兴产业，壮大新增长点"]
    assert _units(doc)[1] == (
        "paragraph",
        "围绕集成电路领域建设专业园区。",
        ["二、培育新兴产业，壮大新增长点"],
    )
