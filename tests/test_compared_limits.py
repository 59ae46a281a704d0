"""Two rows compared by one of two period columns sharing a word (a statutory and a
promised time limit): the column the question names is read, and of two headers sharing
the same longest run with the question, the one holding more of its words is asked."""

from __future__ import annotations

from assistant.answering.evidence import Sentence
from assistant.answering.table_reading import asked_column
from tests.helpers import answered, documents_chain

HEADER = ("序号", "事项名称", "法定办结时限", "承诺办结时限")
LIST = """# 青湾区政务服务事项办理时限清单

| 序号 | 事项名称 | 法定办结时限 | 承诺办结时限 |
|---|---|---|---|
| 1 | 青湾区排水许可 | 20个工作日 | 6个工作日 |
| 2 | 青湾区占道施工许可 | 15个工作日 | 9个工作日 |
| 3 | 青湾区户外广告设置许可 | 10个工作日 | 2个工作日 |
"""


def test_the_header_holding_more_of_the_asked_words_is_asked():
    row = Sentence("d", "t", "", 0, 1, "", 1, header=HEADER, cells=("1", "甲", "20", "6"))
    assert asked_column([row], ["哪个承诺时限更短"], set()) == "承诺办结时限"
    assert asked_column([row], ["哪个法定时限更短"], set()) == "法定办结时限"


chain = documents_chain({"shixian.md": LIST}, "compared_limits")


def test_a_comparison_reads_the_named_period_column(chain):
    answered(
        chain,
        "青湾区排水许可和占道施工许可，哪个承诺时限更短？",
        ["6个工作日", "9个工作日"],
        ["20个工作日"],
    )
