"""Paragraphs of a structured source (DOCX, HTML) that stop mid-clause: a converted layout
breaks one sentence into paragraphs ("…（附件2），" / "须经法定代表人签字…"). A paragraph ending
in a comma or an enumeration comma goes on in the next one, unless that one opens an item
of its own. Examples and counter-examples, then a DOCX written for this test answered by
the real chain."""

import pytest

from assistant.ingest.clean import build_document
from assistant.ingest.document import Part
from assistant.ingest.grammar import stops_mid_clause
from tests.conftest import chain_over


@pytest.mark.parametrize(
    ("text", "stops"),
    [
        ("1. 《专项资金申请表》（附件2），", True),
        ("包括项目建设内容、投资构成、", True),
        # Counter-examples: a sentence, an item and a lead-in end where they stop.
        ("须经法定代表人签字并加盖企业公章；", False),
        ("企业信用承诺书。", False),
        ("申报企业须提交以下材料：", False),
    ],
)
def test_a_line_stopping_inside_a_clause(text, stops):
    assert stops_mid_clause(text) is stops


def _text(parts: list[tuple[str, str]]) -> str:
    return build_document([Part(kind, text) for kind, text in parts]).text


def test_a_paragraph_cut_mid_clause_goes_on_in_the_next():
    text = _text(
        [
            ("paragraph", "1. 《专项资金申请表》（附件2），"),
            ("paragraph", "须经法定代表人签字；"),
            ("paragraph", "2. 设备购置合同、发票复印件，"),
            ("paragraph", "软件类项目另附系统验收报告。"),
        ]
    )
    assert "（附件2），须经法定代表人签字；" in text
    assert "发票复印件，软件类项目另附系统验收报告。" in text


@pytest.mark.parametrize(
    "parts",
    [
        # Counter-examples: the next paragraph opens an item, is a heading, or the cut
        # paragraph ends its sentence.
        [("paragraph", "申报材料如下，"), ("paragraph", "1. 申请表；")],
        [("paragraph", "申报材料如下，"), ("heading", "五、申报时间")],
        [("paragraph", "企业信用承诺书。"), ("paragraph", "须经法定代表人签字。")],
    ],
)
def test_no_paragraph_is_joined_across_an_item_heading_or_sentence_end(parts):
    first, second = parts[0][1], parts[1][1]
    text = _text(parts)
    assert first + second not in text


WRAPPED = [
    "青岚新区技改专项资金申报指南",
    "一、申报材料",
    "申报企业须提交以下材料：",
    "1. 《技改专项资金申请表》（附件2），",
    "须经法定代表人签字并加盖企业公章；",
    "2. 设备购置合同、发票及付款凭证复印件，",
    "软件类项目另附系统验收报告；",
    "3. 企业信用承诺书（附件3）。",
    "二、申报时间",
    "2024年6月1日至6月30日。",
]


def _docx() -> bytes:
    import io

    import docx

    d = docx.Document()
    d.add_heading(WRAPPED[0], level=1)
    for text in WRAPPED[1:]:
        d.add_paragraph(text)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    return chain_over(tmp_path_factory.mktemp("wrapped_clauses"), {"guide.docx": _docx()})


def test_a_clause_on_the_continuing_paragraph_answers(chain):
    answer = chain.invoke("申请表需要谁签字？")
    assert not answer.refused
    assert "法定代表人" in answer.direct_answer, answer.direct_answer
    assert "附件3" not in answer.direct_answer
