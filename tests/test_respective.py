"""Values given respectively (multipart.respectively in resources/question_grammar.yaml):
each named thing takes the value in its place."""

import pytest

from assistant.answering.evidence import NUMBER, RANKING, Sentence
from assistant.answering.respective import respective_value


@pytest.mark.parametrize(
    "text,question,pattern,expected",
    [
        (
            "在单项前十名中，青禾园区、白石经开区、松川经开区分别位列第三、第七和第八。",
            "松川经开区在单项中排第几？",
            RANKING,
            ("松川经开区", "第八"),
        ),
        (
            "甲类、乙类人才分别给予补贴50万元、20万元。",
            "乙类人才补贴多少？",
            NUMBER,
            ("乙类人才", "20万元"),
        ),
        # Only the measure before "respectively": the things are enumerated in the clause
        # before, after a lead-in and before the words that follow the run.
        (
            "年度考评按营商环境、安全生产、招商引资三项打分，分值分别为40分、25分、35分。",
            "营商环境的分值是多少？",
            NUMBER,
            ("营商环境", "40分"),
        ),
        (
            "年度考评按营商环境、安全生产、招商引资三项打分，分值分别为40分、25分、35分。",
            "招商引资的分值是多少？",
            NUMBER,
            ("招商引资", "35分"),
        ),
        (
            "资金按设备购置、软件投入和人才培训安排，比例分别为50%、30%和20%。",
            "软件投入的比例是多少？",
            NUMBER,
            ("软件投入", "30%"),
        ),
        # Counter-examples: the counts differ, or the question names no single one of them.
        (
            "年度考评按营商环境、安全生产两项打分，分值分别为40分、25分、35分。",
            "营商环境的分值是多少？",
            NUMBER,
            None,
        ),
        (
            "年度考评按营商环境、安全生产、招商引资三项打分，分值分别为40分、25分、35分。",
            "考评总分是多少？",
            NUMBER,
            None,
        ),
        # The things before "respectively" in its own clause are named whole: a question
        # naming the start of the last one asks another measure of the next clause.
        (
            "甲、乙、丙三大产业分别实现产值15亿元、16亿元、10亿元，分别增长9.6%、8.2%、12.1%。",
            "丙产业产值增长多少？",
            NUMBER,
            None,
        ),
        # The measure before "respectively" is not the one asked: nothing is borrowed.
        (
            "年度考评按营商环境、安全生产、招商引资三项打分，分值分别为40分、25分、35分。",
            "营商环境的权重是多少？",
            NUMBER,
            None,
        ),
        ("青禾园区、白石经开区分别位列第三、第七和第八。", "白石经开区排第几？", RANKING, None),
        ("青禾园区、白石经开区分别位列第三和第七。", "这两家排第几？", RANKING, None),
    ],
)
def test_respective_value(text, question, pattern, expected):
    sent = Sentence("d", "", "", 0, len(text), text, 1)
    found = respective_value(text, sent, question, pattern)
    assert (found[:2] if found else None) == expected


@pytest.mark.parametrize("question", ["利用外资、进出口总额各占全省多大比重？", "两项分别是多少？"])
def test_a_question_asking_each_value_is_not_paired(question):
    text = "开发区利用外资、进出口总额分别为58.3亿元、998.8亿元，占全省的61.5%和69%。"
    sent = Sentence("d", "", "", 0, len(text), text, 1)
    assert respective_value(text, sent, question, NUMBER) is None
