"""A yes/no a table row decides is said with the prose sentence of the row's document that
states the row's figure with the same verdict ("下降2.4%，是唯一负增长的园区"); a sentence
about another figure, or giving another verdict, is not added."""

from assistant.messages import msg
from tests.helpers import answered, documents_chain

# An invented monitoring report: a table of zones and a commentary on it.
REPORT = (
    "东江省2025年省级开发区运行监测通报\n\n"
    "一、总体情况\n\n"
    "2025年，4家省级开发区合计实现营业收入2316.5亿元，比上年增长4.6%。"
    "青湾开发区比上年下降2.4%，是唯一负增长的开发区。\n\n"
    "表1 各开发区营业收入（亿元）\n\n"
    "| 开发区 | 2024年 | 2025年 | 增速 |\n"
    "| --- | --- | --- | --- |\n"
    "| 北岭开发区 | 812.0 | 861.3 | 6.1% |\n"
    "| 南浦开发区 | 640.2 | 668.9 | 4.5% |\n"
    "| 西坪开发区 | 405.7 | 429.6 | 5.9% |\n"
    "| 青湾开发区 | 366.5 | 357.7 | -2.4% |\n"
)

chain = documents_chain({"report.md": REPORT}, "yesno_row_prose")


def test_the_rows_verdict_is_said_with_the_prose_stating_its_figure(chain):
    answer = answered(chain, "青湾开发区2025年营业收入是正增长吗？", ("-2.4", "唯一负增长"))
    assert answer.direct_answer.startswith(msg("answer_no"))


def test_a_sentence_on_another_figure_is_not_added(chain):
    answer = answered(chain, "北岭开发区2025年营业收入比上年增长了吗？", "6.1")
    assert answer.direct_answer.startswith(msg("answer_yes"))
    assert "唯一负增长" not in answer.direct_answer
