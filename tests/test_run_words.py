"""Enumeration runs whose items the segmenter or the quotation marks would cut wrong: a
per-unit word cut apart ("亩均" as "亩" + the adverb "均") is an item, not a tail; a run
quoted whole ("实行“A、B、C”管理") has the quote's items, the words around it its lead-in.
Invented sentences, read by find_enumerations; and a document answered by the real chain."""

import pytest

from assistant.answering.enumerations import find_enumerations
from assistant.answering.evidence import Sentence
from tests.conftest import chain_over


def runs(text: str) -> list[list[str]]:
    sent = Sentence("d", "t", "", 0, len(text), text, 0)
    return [[text[a:b] for a, b in en.items] for en in find_enumerations(sent)]


@pytest.mark.parametrize(
    ("text", "run"),
    [
        (
            "项目单位应签订协议，约定用地面积、亩均产值、竣工时间及违约责任等内容。",
            ["约定用地面积", "亩均产值", "竣工时间", "违约责任"],
        ),
        ("考核指标包括营业收入、人均税收、研发投入等。", ["营业收入", "人均税收", "研发投入"]),
        (
            "各单位要建立台账，实行“登记、核查、处置、归档”闭环管理。",
            ["登记", "核查", "处置", "归档"],
        ),
    ],
)
def test_run_items(text, run):
    assert run in runs(text)


def test_adverb_after_whole_items_still_ends_the_run():
    assert ["甲园区", "乙园区"] in runs("甲园区、乙园区均位于城东。")


RULES = """青岚新区安全隐患治理办法

第六条　各街道、各园区要对检查发现的隐患逐项建立台账，实行“登记、核查、处置、归档”闭环管理。

第七条　每个环节应当明确责任人，按期报送进展。
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    return chain_over(tmp_path_factory.mktemp("run_words"), {"rules.txt": RULES})


def test_quoted_run_answers_its_list(chain):
    answer = chain.invoke("隐患台账的闭环管理包括哪几个环节？")
    said = answer.direct_answer or ""
    assert all(w in said for w in ("登记", "核查", "处置", "归档")), said
    assert "建立台账" not in said, said
