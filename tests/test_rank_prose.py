"""A ranking table and the commentary beside it: a rank question answered from the table
row is also quoted where the prose states that rank of the name, in another numeral form.
Documents invented for the test; real index, models and chain."""

import pytest

from tests.helpers import documents_chain

DOCS = {
    "ranking.md": """# 示例省2023年度开发区综合考核结果

## 排名表

| 排名 | 开发区 | 所在城市 |
|---|---|---|
| 1 | 东湖示范开发区 | 甲市 |
| 2 | 西岭示范开发区 | 乙市 |
| 3 | 南港示范开发区 | 丙市 |
| 4 | 北塘示范开发区 | 丁市 |

## 结果分析

本轮东湖示范开发区继续位列第一，南港示范开发区列第三位，北塘示范开发区较上一年度上升2位。
""",
}


chain = documents_chain(DOCS, "rankprose")


def _quotes(answer) -> list[str]:
    return [c.quote for c in answer.citations]


def test_rank_row_is_quoted_with_the_prose_stating_it(chain):
    answer = chain.invoke("南港示范开发区排第几位？")
    assert "3" in answer.direct_answer
    assert any("列第三位" in q for q in _quotes(answer))


@pytest.mark.parametrize(
    "question",
    [
        # The prose names the zone but states no rank of it ("上升2位" is a change) …
        "北塘示范开发区排第几位？",
        # … or states the rank of another name.
        "西岭示范开发区排第几位？",
    ],
)
def test_prose_not_stating_the_rank_is_not_quoted(chain, question):
    answer = chain.invoke(question)
    assert not answer.refused
    assert not any("结果分析" in (c.section or "") for c in answer.citations)
