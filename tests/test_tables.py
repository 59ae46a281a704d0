"""Questions answered from table rows (assistant/answering/tables.py), and the table
grammar group of resources/question_grammar.yaml: examples and counter-examples."""

import re

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.grammar import grammar
from assistant.answering.questions import analyze, key_phrase
from assistant.answering.tables import _named_by_start, asked_rank
from tests.conftest import chain_over
from tests.helpers import answered

_T = grammar().raw["tables"]

# Invented zones and figures: the rules must work on any ranking or tier table.
RANKING = """<html><head><title>2022年示例省开发区综合评价结果</title></head><body>
<h1>2022年示例省开发区综合评价结果</h1>
<p>经综合评价，现将综合排名前6位的开发区名单公布如下。</p>
<table>
<tr><th>排名</th><th>开发区名称</th><th>所在地市</th><th>所属区域</th></tr>
<tr><td>1</td><td>青禾经济技术开发区</td><td>青禾</td><td>北部</td></tr>
<tr><td>2</td><td>白石高新技术产业开发区</td><td>白石</td><td>南部</td></tr>
<tr><td>3</td><td>青禾临港经济技术开发区</td><td>青禾</td><td>北部</td></tr>
<tr><td>4</td><td>松川经济技术开发区</td><td>松川</td><td>南部</td></tr>
<tr><td>5</td><td>白石综合保税区</td><td>白石</td><td>南部</td></tr>
<tr><td>6</td><td>柳岸工业园区</td><td>柳岸</td><td>西部</td></tr>
</table>
</body></html>
"""

TIERS = """<html><head><title>示例区人才安居办法</title></head><body>
<h1>示例区人才安居办法</h1>
<p>第三条　人才分为甲类、乙类、丙类三个层次，待遇见下表。</p>
<table>
<tr><th>人才类别</th><th>安家补贴总额</th><th>发放方式</th></tr>
<tr><td>甲类（领军人才）</td><td>120万元</td><td>分4年发放</td></tr>
<tr><td>乙类（拔尖人才）</td><td>45万元</td><td>分3年发放</td></tr>
<tr><td>丙类（青年人才）</td><td>12万元</td><td>一次性发放</td></tr>
</table>
</body></html>
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(
        tmp_path_factory.mktemp("corpus"), {"ranking.html": RANKING, "tiers.html": TIERS}
    )


@pytest.mark.parametrize(
    "header,is_rank",
    [("排名", True), ("综合排名", True), ("序号", False), ("名次", True), ("开发区名称", False)],
)
def test_rank_headers(header, is_rank):
    assert any(w in header for w in _T["rank_headers"]) is is_rank


@pytest.mark.parametrize(
    "text,top",
    [
        ("进了前30的有哪些", "30"),
        ("排名前三的是哪三家", "三"),
        ("前十名", "十"),
        ("当前政策", None),
    ],
)
def test_top_range(text, top):
    m = re.search(_T["top_range"], text)
    assert (m.group(1) if m else None) == top


@pytest.mark.parametrize(
    "text,asks_top",
    [("排名最高的是哪个", True), ("位居首位的是", True), ("排名第三的是", False)],
)
def test_top_words(text, asks_top):
    assert any(w in text for w in _T["top_words"]) is asks_top


@pytest.mark.parametrize(
    "question,rank",
    [
        ("第18名是哪个开发区？", 18),
        ("排第二的是哪家？", 2),
        ("排名第3的是哪个？", 3),
        ("第五批案例有几个？", None),
        ("第五条规定的对象有哪些？", None),
    ],
)
def test_asked_rank_is_not_a_batch(question, rank):
    assert asked_rank(analyze(question)) == rank


@pytest.mark.parametrize(
    "question",
    ["松川经开区在综合排名中排第几？", "松川经开区排在第几？", "哪个开发区在综合排名中列第3位？"],
)
def test_rank_asking_phrases_are_not_terms(question):
    # 排名 is a word of the question; a bare 排 (or 中排) is what asks.
    assert not re.search("排(?!名)", key_phrase(question))


def test_named_row_gives_its_rank(chain):
    answered(chain, "松川经济技术开发区在2022年综合排名中排第几？", ["4", "松川经济技术开发区"])


def test_rank_gives_its_row(chain):
    answer = chain.invoke("2022年综合排名第5名是哪个开发区？")
    assert "白石综合保税区" in answer.direct_answer


def test_rows_selected_by_a_cell_and_a_range(chain):
    direct = chain.invoke("白石有哪些开发区进了前6名？").direct_answer
    assert "白石高新技术产业开发区" in direct and "白石综合保税区" in direct
    assert "松川经济技术开发区" not in direct


def test_top_row_of_a_selection(chain):
    direct = chain.invoke("南部排名最高的开发区是哪个？").direct_answer
    assert "白石高新技术产业开发区" in direct and "松川经济技术开发区" not in direct


def test_two_rows_compared_by_rank(chain):
    direct = chain.invoke("青禾经济技术开发区和青禾临港经济技术开发区哪个排名高？").direct_answer
    assert "1" in direct and "3" in direct
    assert re.search(r"青禾经济技术开发区排名更靠前", direct)


def test_rows_compared_by_their_abbreviations(chain):
    direct = chain.invoke("松川经开区和青禾临港经开区谁排得靠前？").direct_answer
    assert "4" in direct and "3" in direct
    assert "青禾临港经济技术开发区排名更靠前" in direct


def test_two_rows_compared_by_amount(chain):
    direct = chain.invoke("甲类和乙类人才的安家补贴哪个高？各是多少？").direct_answer
    assert "120万元" in direct and "45万元" in direct
    assert "甲类（领军人才）较大" in direct


def test_another_year_is_not_answered_by_the_table(chain):
    assert chain.invoke("松川经济技术开发区在2019年综合排名第几？").refused


def test_a_list_reads_a_unique_name_as_the_kind_asked_for(chain):
    # "青禾经开区" also spells a row's own name; a list asks for every row of 青禾.
    direct = chain.invoke("进入前6名的青禾经开区有哪几家？").direct_answer
    assert "青禾经济技术开发区" in direct and "青禾临港经济技术开发区" in direct


def test_a_follow_up_keeps_the_rank_it_follows(chain):
    history = [
        {"role": "user", "content": "2022年综合排名第4的是哪个开发区？"},
        {"role": "assistant", "content": "松川经济技术开发区。"},
    ]
    answer = chain.invoke({"question": "它在哪个地市？", "history": history})
    assert "松川" in answer.direct_answer and "白石" not in answer.direct_answer


@pytest.mark.parametrize(
    "cell,question,named",
    [
        ("宜昌片区管委会", "宜昌片区牵头了哪些案例？", True),
        ("青禾临港经济技术开发区", "青禾临港有哪些项目？", False),  # an opening under half the cell
        ("白石综合保税区", "白石有什么？", False),  # under MIN_OPENING_CHARS
        # A date's year is no name: the question's year does not pick one deadline's row.
        ("2025年10月8日", "2025年三季度一共查了多少家企业？", False),
        ("5G产业园区项目", "5G产业园区有多少家企业？", True),
    ],
)
def test_a_cell_named_by_its_opening_words(cell, question, named):
    assert _named_by_start(cell, [question]) is named


@pytest.mark.parametrize(
    "question,verdict,cell",
    [
        ("松川经济技术开发区属于南部吗？", "是。", "南部"),
        ("柳岸工业园区属于北部吗？", "否。", "西部"),
        ("白石综合保税区在2022年综合排名第5吗？", "是。", "白石综合保税区"),
        ("青禾经济技术开发区在2022年排第2吗？", "否。", "青禾经济技术开发区"),
    ],
)
def test_yes_or_no_from_the_row_a_name_selects(chain, question, verdict, cell):
    direct = chain.invoke(question).direct_answer
    assert direct.startswith(verdict) and cell in direct


def test_a_yes_or_no_about_another_year_is_not_read_from_the_table(chain):
    answer = chain.invoke("柳岸工业园区在2019年属于西部吗？")
    assert answer.refused or not answer.direct_answer.startswith(("是。", "否。"))


CASES = """<html><head><title>示例省第三批制度创新案例</title></head><body>
<h1>示例省第三批制度创新案例</h1>
<p>第三批制度创新案例共3个，名单如下：</p>
<table>
<tr><th>序号</th><th>案例名称</th><th>牵头单位</th></tr>
<tr><td>1</td><td>项目审批“多图联审、并联办理”</td><td>青禾片区管委会</td></tr>
<tr><td>2</td><td>企业开办“一网通办、一日办结”</td><td>白石片区管委会</td></tr>
<tr><td>3</td><td>跨境结算便利化</td><td>松川片区管委会</td></tr>
</table>
</body></html>
"""


def test_an_entity_asked_of_a_row_is_not_cut_at_a_cell_enumeration(tmp_path):
    answer = chain_over(tmp_path, {"cases.html": CASES}).invoke("案例名单里序号2是哪个案例？")
    assert "企业开办“一网通办、一日办结”" in answer.direct_answer


def test_two_rows_compared_by_period(chain):
    direct = chain.invoke("甲类和乙类人才的安家补贴分几年发放，哪个发放年限更长？").direct_answer
    assert "分4年发放" in direct and "分3年发放" in direct
    assert "甲类（领军人才）较长" in direct and "120万元" not in direct


def test_a_comparison_reads_the_column_its_measure_names(tmp_path):
    # The year the question names is a header too; the growth asked about picks the column.
    table = """<html><head><title>示例区2023年主要经济指标</title></head><body>
<h1>示例区2023年主要经济指标</h1>
<table>
<tr><th>指标</th><th>2022年</th><th>2023年</th><th>同比增长</th></tr>
<tr><td>地区生产总值（亿元）</td><td>900.1</td><td>960.4</td><td>6.7%</td></tr>
<tr><td>规模以上工业总产值（亿元）</td><td>2100.5</td><td>2290.2</td><td>9.0%</td></tr>
</table>
</body></html>
"""
    chain = chain_over(tmp_path, {"indicators.html": table})
    direct = chain.invoke("2023年GDP和规上工业总产值哪个增速更快？").direct_answer
    assert "6.7%" in direct and "9.0%" in direct
    assert "规模以上工业总产值（亿元）较大" in direct
