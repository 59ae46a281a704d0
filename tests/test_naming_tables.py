"""A question asking which row of a table holds a column's extreme names the table by its
words: a localizer after the noun naming the table ("the projects, among them") is not read
as the first character of the word after it, and a table whose title or caption says the
question's words is meant over one where only a few rows' cells say them (a body in charge
of some rows)."""

from __future__ import annotations

import pytest

from assistant.answering.question_words import key_tokens
from assistant.answering.terms import split_localizer
from tests.helpers import answered, documents_chain


@pytest.mark.parametrize(
    ("before", "word", "after_noun", "split"),
    [
        # "among" after a noun, glued to "total" into a guessed name that is no word.
        ("项目", "中总", True, ("中", "总")),
        # Counter-examples: a word of its own after a noun stays whole …
        ("发展", "中西部", True, None),
        # … and after a verb nothing is split.
        ("发展", "中总", False, None),
    ],
)
def test_localizer_after_a_noun(before, word, after_noun, split):
    assert split_localizer(before, word, after_noun) == split


def test_a_localizer_is_not_glued_to_the_asked_measure():
    words = [t[0] for t in key_tokens("规划重点项目中总投资最大的是哪个？") if t]
    assert "中总" not in words


# Invented documents: a development plan listing its key projects, and a project plan
# whose bodies in charge include a planning bureau.
PLAN_MD = """# 示例经开区产业发展规划（2024—2030年）

## 三、重点项目

表2 重点项目一览

| 项目名称 | 建设内容 | 总投资（亿元） |
|---|---|---|
| 精密轴承产业园 | 建设轴承生产线 | 14 |
| 智能传感器基地二期 | 建设传感器封装测试线 | 27 |
| 冷链物流枢纽 | 建设冷库和分拨中心 | 9.5 |
"""

PROJECTS_MD = """# 示例高新区2025年重点项目计划

附件：2025年重点项目计划表

| 项目名称 | 总投资（亿元） | 责任单位 |
|---|---|---|
| 滨河大道改造工程 | 6.2 | 规划建设局 |
| 新材料中试平台 | 31 | 科技创新局 |
| 创业街区提升工程 | 4.8 | 商务局 |
| 园区综合管廊 | 12 | 生态环境局 |
| 人才公寓三期 | 8.4 | 人才服务中心 |
| 数据中心扩容工程 | 19 | 数据资源局 |
"""

chain = documents_chain({"plan.md": PLAN_MD, "projects.md": PROJECTS_MD}, "naming_tables")


def test_the_table_its_title_names_answers_the_extreme(chain):
    answered(
        chain,
        "规划重点项目中总投资最大的是哪个？",
        ["智能传感器基地二期", "27"],
        ["新材料中试平台"],
    )
