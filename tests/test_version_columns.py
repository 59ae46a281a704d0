"""A question asking one version of a rule reads that version's column of a revision table,
over tables of several layouts (Markdown, HTML); the grammar groups are tested as tables."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.evidence import Sentence
from assistant.answering.version_columns import asked_version, narrowed, version_column
from tests.conftest import chain_over
from tests.helpers import answered


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("原规定", "old"),
        ("修订前条款", "old"),
        ("原条文内容", "old"),
        ("修订后", "new"),
        ("修改后条款", "new"),
        ("新规定", "new"),
        # Counter-examples: a clause's name, the change note, a year column.
        ("条款", None),
        ("主要变化", None),
        ("2024年", None),
        ("修订说明", None),
    ],
)
def test_version_column_words(header, kind):
    assert version_column(header) == kind


@pytest.mark.parametrize(
    ("question", "qtype", "version"),
    [
        ("原办法对孵化器的奖励是多少？", "number", "old"),
        ("修订前的申报期限是哪天？", "date", "old"),
        ("新办法的补助上限是多少？", "number", "new"),
        ("修订后要提交的审计报告有几份？", "number", "new"),
        # Counter-examples: both versions named, a comparison, no version at all.
        ("补助比例修订前后分别是多少？", "multipart", None),
        ("修订后的奖励比原来多多少？", "number", None),
        ("新办法的有效期比原办法长多久？", "comparison", None),
        ("修订后还要提交审计报告吗？", "yesno", None),
        ("新旧两版的限制类项目各有多少项？", "list", None),
        ("孵化器的奖励是多少？", "number", None),
        ("新认定的企业奖励多少？", "number", None),
    ],
)
def test_asked_version(question, qtype, version):
    assert asked_version(question, qtype) == version


def _row(header, cells) -> Sentence:
    text = " | ".join(cells)
    return Sentence("d", "t", "", 100, 100 + len(text), text, 1, header=header, cells=cells)


def test_a_row_narrows_to_the_asked_column_and_stays_a_verbatim_span():
    header = ("条款", "原规定", "修订后", "主要变化")
    cells = ("第五条 孵化器", "奖励20万元", "奖励35万元", "提高15万元")
    row = _row(header, cells)
    old, new = narrowed(row, "old"), narrowed(row, "new")
    assert old.text == "第五条 孵化器 | 奖励20万元"
    assert new.text == "奖励35万元 | 提高15万元"
    for part in (old, new):
        assert row.text[part.start - row.start : part.end - row.start] == part.text
    # What a column drops stays as the unit's frame, where the question's terms may be found.
    assert "第五条 孵化器" in new.frame and "奖励20万元" in new.frame
    assert "奖励35万元" in old.frame


@pytest.mark.parametrize(
    ("header", "cells"),
    [
        # Counter-examples: a table of years, a row with only one version column, and the
        # asked version's cell empty — each is read whole.
        (("指标", "2023年", "2024年"), ("收入", "10", "12")),
        (("条款", "修订后"), ("第五条", "奖励35万元")),
        (("条款", "原规定", "修订后"), ("第八条", "", "新增条款")),
    ],
)
def test_other_rows_are_read_whole(header, cells):
    row = _row(header, cells)
    assert narrowed(row, "old") == row


# Invented revision notes: the rule must hold for any revision table's layout.
MARKDOWN = """# 青山示例区人才公寓管理办法修订说明

## 一、修订背景

青山示例区于2020年印发人才公寓管理办法（以下简称原办法），现修订形成新办法。

## 二、新旧条款对照

| 条款 | 原规定 | 修订后 | 主要变化 |
|---|---|---|---|
| 第六条 租金标准 | 租金按市场价的70%收取 | 租金按市场价的50%收取 | 租金下调20个百分点 |
| 第九条 入住期限 | 入住期限最长3年 | 入住期限最长5年 | 延长2年 |
"""

HTML = """<html><head><title>白沙示例区技术改造补助办法修订对照表</title></head><body>
<h1>白沙示例区技术改造补助办法修订对照表</h1>
<p>下表列出原办法与新办法的不同之处。</p>
<table>
<tr><th>序号</th><th>修订前</th><th>修订后</th></tr>
<tr><td>1</td><td>设备投资补助比例为8%，单个项目最高300万元</td>
<td>设备投资补助比例为12%，单个项目最高500万元</td></tr>
<tr><td>2</td><td>补助资金在项目验收后一次性拨付</td><td>补助资金分两期拨付</td></tr>
</table>
</body></html>
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(
        tmp_path_factory.mktemp("corpus"), {"flats.md": MARKDOWN, "upgrade.html": HTML}
    )


@pytest.mark.parametrize(
    ("question", "expected", "not_expected"),
    [
        ("原办法的人才公寓入住期限最长几年？", "3年", "5年"),
        ("新办法的人才公寓入住期限最长几年？", "5年", "3年"),
        ("修订前技术改造设备投资补助比例是多少？", "8%", "12%"),
        ("修订后技术改造设备投资补助比例是多少？", "12%", "8%"),
    ],
)
def test_a_version_question_answers_from_its_column(chain, question, expected, not_expected):
    answered(chain, question, expected, absent=not_expected)


def test_both_versions_asked_read_the_whole_row(chain):
    answered(chain, "人才公寓租金标准修订前后分别是多少？", ["70%", "50%"])


# Two versions of one invented rule; the revised one restates a clause in other words.
RULE_OLD = """# 东川示例区人才安居补贴办法

东川示例区管理委员会

第一条　为吸引人才来区就业创业，制定本办法。

第二条　人才安居补贴每人每月1000元，最长发放3年。

第三条　补贴实行年度集中申报，申请人应当于每年3月31日前向区人才办提交人才补贴申请表和劳动合同。

第四条　本办法自2019年1月1日起施行。

2018年12月10日
"""

RULE_NEW = """# 东川示例区人才安居补贴办法（2024年修订）

东川示例区管理委员会

第一条　为吸引人才来区就业创业，对2018年印发的办法进行修订，形成本办法。

第二条　安居补贴每人每月1500元，最长发放3年。

第三条　补贴实行年度集中申报，申请人应当于每年5月31日前通过区政务服务平台提交申请材料。

第四条　本办法自2024年7月1日起施行。

2024年6月1日
"""


@pytest.fixture(scope="module")
def versions(tmp_path_factory) -> AnswerChain:
    return chain_over(
        tmp_path_factory.mktemp("versions"), {"old.md": RULE_OLD, "new.txt": RULE_NEW}
    )


@pytest.mark.parametrize("question", ["新版办法的安居补贴每月多少钱？", "修订后安居补贴每月多少？"])
def test_the_new_version_asked_is_not_answered_from_the_earlier_one(versions, question):
    answer = versions.invoke(question)
    assert not answer.refused
    assert "1500元" in answer.direct_answer
    assert "1000元" not in answer.direct_answer


def test_no_version_asked_shows_each_version_with_its_date(versions):
    answer = versions.invoke("人才安居补贴每月多少钱？")
    assert not answer.refused
    text = answer.direct_answer
    assert "1500元" in text and "1000元" in text
    assert text.index("2024-06-01") < text.index("2018-12-10")  # newest first


@pytest.mark.parametrize(
    "question",
    ["旧版办法的安居补贴每月多少钱？", "老版的安居补贴每月多少？", "原办法的安居补贴每月多少钱？"],
)
def test_an_earlier_version_asked_keeps_its_value(versions, question):
    # The question's word for the version holds for the earlier document, which never
    # calls itself the old one; the newer one, which may speak of it, stays too.
    answer = versions.invoke(question)
    assert not answer.refused
    assert "1000元" in answer.direct_answer


@pytest.mark.parametrize(
    "question",
    [
        "新版比旧版的安居补贴每月多了还是少了？",
        "新版和旧版相比，安居补贴每月有什么变化？",
        "新旧两版的安居补贴每月各是多少？",
    ],
)
def test_two_versions_set_side_by_side_show_each_newest_first(versions, question):
    answer = versions.invoke(question)
    assert not answer.refused
    text = answer.direct_answer
    assert "1500元" in text and "1000元" in text
    assert text.index("1500元") < text.index("1000元")
    assert len(answer.citations) == 2


def test_a_revision_note_naming_the_versions_is_not_compared_with_another_rule(tmp_path):
    # The note calls the versions what the question calls them; the other rule's two
    # versions, which never do, are not what the question compares.
    note = """# 北港示例区物流补贴办法修订说明

北港示例区于2020年印发物流补贴办法（以下简称原办法），现修订形成新办法。

原办法规定物流补贴有效期3年，新办法规定有效期5年。
"""
    chain = chain_over(tmp_path, {"old.md": RULE_OLD, "new.txt": RULE_NEW, "note.md": note})
    answer = chain.invoke("新办法的物流补贴有效期比原办法长多久？")
    assert "东川" not in answer.direct_answer
