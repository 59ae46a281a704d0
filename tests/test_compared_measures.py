"""Which column a comparison of two table rows reads: the measure a side names besides its
row ("the output's cumulative growth, May against August") is named by its head word, not
by the longest run of its modifiers that another column's header repeats. The document is
invented for the test; the answers come from the real index, models and chain."""

from tests.helpers import answered, documents_chain

DOCS = {
    "monthly.md": """# 示例经开区2025年1—9月经济运行简况

## 一、逐月累计情况

| 统计时段 | 规上工业产值累计（亿元） | 同比增长（%） |
| --- | --- | --- |
| 1—4月 | 512.6 | 4.3 |
| 1—5月 | 655.1 | 5.6 |
| 1—6月 | 801.9 | 6.2 |
| 1—7月 | 938.4 | 6.0 |

注：数据来源于区统计局。
""",
}

chain = documents_chain(DOCS, "compared_measures")


def test_the_head_word_of_a_sides_measure_names_the_column(chain):
    answered(
        chain, "规上工业产值累计增速，1—5月和1—7月哪个高？", ["5.6", "6.0", "1—7月较大"], ["655.1"]
    )


def test_a_side_naming_only_its_row_reads_the_asked_column(chain):
    # Counter-example: the sides name their rows alone; the amount column is asked.
    answered(chain, "1—5月和1—7月的规上工业产值累计哪个多？", ["655.1", "938.4"])
