"""Lists read from one table column: the column that sorts the rows when a question asks
only for the sorts ("按类别分成哪几类？") among several columns it names; no column of
sorts for a question asking another kind of thing; and rows a cell value selects, listed by
the column naming them when the value's own words are all that names another column
("裁量阶次为“不予处罚”的是哪几项" does not ask the penalty column). Invented tables."""

from assistant.answering import table_lists
from assistant.answering.composing import Context
from assistant.answering.evidence import Sentence
from assistant.answering.questions import AnalyzedQuestion
from assistant.text import normalize

PAYOUT = ("序号", "企业名称", "扶持类别", "项目名称", "核定金额（万元）")
PAYOUT_ROWS = [
    ("1", "甲公司", "投资奖励", "扩建项目", "100.00"),
    ("2", "乙公司", "投资奖励", "二期项目", "80.00"),
    ("3", "丙公司", "研发奖励", "研发投入增量奖励", "50.00"),
    ("4", "丁公司", "研发奖励", "研发投入增量奖励", "40.00"),
    ("5", "戊公司", "低碳补助", "光伏项目", "30.00"),
]


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> table_lists.Table:
    return table_lists.Table(
        "d",
        "",
        [
            Sentence("d", "t", "", i, i + 1, " | ".join(r), 1, "", header, r)
            for i, r in enumerate(rows)
        ],
    )


def test_the_sorting_column_of_several_named_answers_a_question_asking_the_sorts():
    table = _table(PAYOUT, PAYOUT_ROWS)
    question = normalize("拟兑现的项目按扶持类别分成了哪几类？")
    found = table_lists._kinds(table, question, ["扶持类别", "项目名称"])
    assert found is not None
    assert "投资奖励" in found[0] and "低碳补助" in found[0] and "扩建项目" not in found[0]
    # Counter-example: a thing named after the asking word asks for things of a sort.
    asked = normalize("哪些项目按扶持类别是研发奖励？")
    assert table_lists._kinds(table, asked, ["扶持类别", "项目名称"]) is None


def test_a_column_of_sorts_does_not_answer_another_kind_asked():
    table = _table(PAYOUT, PAYOUT_ROWS)
    question = normalize("这次兑现扶持资金依据的是哪些政策文件？")
    assert table_lists._kinds(table, question, ["扶持类别"]) is None


LIST = ("序号", "违法行为", "裁量阶次", "处罚幅度")
LIST_ROWS = [
    ("1", "未亮照经营", "不予处罚", "责令改正，不予罚款"),
    ("2", "未办理变更登记", "从轻", "处1万元以上罚款"),
    ("3", "未悬挂许可证", "不予处罚", "予以提醒告诫"),
]


def _context(question: str) -> Context:
    return Context(AnalyzedQuestion(question, question, "list"), [], "", [])


def test_rows_a_value_selects_are_listed_by_their_name_column():
    table = _table(LIST, LIST_ROWS)
    ctx = _context("清单里裁量阶次为“不予处罚”的是哪几项？")
    found = table_lists._by_value(table, ctx, ["裁量阶次", "处罚幅度"])
    assert found is not None
    assert "未亮照经营" in found[0] and "未悬挂许可证" in found[0]
    assert "责令改正" not in found[0]
    # Counter-example: a column the question names apart from the value answers.
    ctx = _context("裁量阶次为“不予处罚”的处罚幅度有哪些？")
    found = table_lists._by_value(table, ctx, ["裁量阶次", "处罚幅度"])
    assert found is not None and "责令改正" in found[0]
