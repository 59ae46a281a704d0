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
    "finance.txt": """示例经济开发区2024年国民经济和社会发展统计公报

一、财政

一般公共预算收入9.86亿元，增长3.2%；税收收入7.95亿元，下降1.4%。

二、投资

全年固定资产投资比上年增长5.6%。
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


def test_a_side_that_fell_is_read_by_the_opposite_word(chain):
    # Asked which grew, one side "fell 1.4%": its value is that fall, below the rise.
    answered(
        chain,
        "示例经开区一般公共预算收入和税收收入哪个增长？",
        ["3.2%", "-1.4%", "一般公共预算收入较大"],
        ["7.95亿元"],
    )
