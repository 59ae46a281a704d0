"""Yes/no on one version of a revised rule (assistant/answering/versions.py): a table setting
the old rule beside the new one is read, for a question naming one version, in that
version's cell alone. Column and question words of resources/table_grammar.yaml with
examples and counter-examples, then invented revision notes in two layouts (HTML table,
Markdown table) read end to end."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.evidence import Sentence
from assistant.answering.versions import asked_version_column
from tests.conftest import chain_over


def _row(header):
    cells = tuple("x" for _ in header)
    return Sentence("d", "t", "", 0, 1, " | ".join(cells), 1, "", tuple(header), cells)


@pytest.mark.parametrize(
    "header,question,column",
    [
        (["条款", "原规定", "修订后", "主要变化"], "按原办法，企业能否同时享受？", "原规定"),
        (["条款", "原规定", "修订后", "主要变化"], "新办法还要提交审计报告吗？", "修订后"),
        (["条目", "修改前", "修改后"], "修改前的规定允许分期缴纳吗？", "修改前"),
        # No version named: the rule in force, the revised one.
        (["条款", "原规定", "修订后", "主要变化"], "企业能否同时享受？", "修订后"),
        # Counter-examples: a change asked, both named, a table without both columns.
        (["条款", "原规定", "修订后", "主要变化"], "和原来相比有变化吗？", None),
        (["条款", "原规定", "修订后", "主要变化"], "原办法和新办法都允许吗？", None),
        (["条款", "内容", "责任单位"], "按原办法，企业能否同时享受？", None),
        # Two versions side by side, one named by its edition: the draft for comment is the
        # new one, the edition beside it the old one.
        (
            ["对照事项", "2021年版", "修订征求意见稿"],
            "按这次的征求意见稿，能申请吗？",
            "修订征求意见稿",
        ),
        (["对照事项", "2021年版", "修订征求意见稿"], "按老办法，能申请吗？", "2021年版"),
        # Counter-example: more columns than the two versions, the other unnamed.
        (["对照事项", "2021年版", "修订征求意见稿", "说明"], "按老办法，能申请吗？", None),
    ],
)
def test_asked_version_column(header, question, column):
    assert asked_version_column(_row(header), question) == column


HTML = """<html><head><title>青川开发区人才安居办法修订说明</title></head><body>
<h1>青川开发区人才安居办法修订说明</h1>
<p>新旧条款对照如下。</p>
<table>
<tr><th>条款</th><th>原规定</th><th>修订后</th><th>主要变化</th></tr>
<tr><td>第六条 租房补贴</td><td>租房补贴与购房补贴可以同时申领</td>
<td>已领取购房补贴的，不再发放租房补贴</td><td>不得同时申领</td></tr>
<tr><td>第七条 平台奖励</td><td>新认定的省级创新平台奖励20万元</td>
<td>新认定的省级创新平台奖励30万元，新认定的国家级创新平台奖励100万元</td><td>提高标准</td></tr>
<tr><td>第九条 申报渠道</td><td>无</td><td>可通过线上平台申报</td><td>新增线上申报</td></tr>
</table>
</body></html>
"""

MARKDOWN = """# 白石园区企业扶持政策修订对照

| 条目 | 修改前 | 修改后 |
|---|---|---|
| 第四条 场地租金 | 租金补贴期限不超过3年，不得延期 | 租金补贴期限不超过3年，经认定的高成长企业可延期1年 |
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(
        tmp_path_factory.mktemp("corpus"), {"revision.html": HTML, "compare.md": MARKDOWN}
    )


@pytest.mark.parametrize(
    "question,verdict,words",
    [
        ("按原办法，青川开发区租房补贴与购房补贴可以同时申领吗？", "是", "可以同时申领"),
        ("修订后青川开发区租房补贴与购房补贴可以同时申领吗？", "否", "不再发放租房补贴"),
        ("白石园区修改前的租金补贴可以延期吗？", "否", "不得延期"),
        # The old rule lacks what the revision added.
        ("按原规定，青川开发区新认定的国家级创新平台有奖励吗？", "否", "省级创新平台奖励20万元"),
        # The figure asked is the other version's.
        ("按原规定，青川开发区新认定的省级创新平台奖励30万元吗？", "否", "20万元"),
        ("修订后青川开发区新认定的省级创新平台奖励30万元吗？", "是", "30万元"),
        # Counter-example: the revision holds it.
        ("修订后青川开发区新认定的国家级创新平台有奖励吗？", "是", "100万元"),
        # No version named: the rule in force decides, not the old rule's "无".
        ("青川开发区可以通过线上平台申报吗？", "是", "可通过线上平台申报"),
    ],
)
def test_the_version_asked_decides(chain, question, verdict, words):
    answer = chain.invoke(question)
    assert not answer.refused
    assert answer.direct_answer.startswith(verdict), answer.direct_answer
    assert words in answer.direct_answer, answer.direct_answer


DRAFT = """<html><head><title>关于青川开发区厂房租金补贴办法修订征求意见的公告</title></head><body>
<h1>关于青川开发区厂房租金补贴办法修订征求意见的公告</h1>
<p>现行办法（以下简称“2021年版”）即将到期，主要修订内容见下表。</p>
<table>
<tr><th>对照事项</th><th>2021年版</th><th>修订征求意见稿</th></tr>
<tr><td>补贴期限</td><td>2年</td><td>3年</td></tr>
<tr><td>第一年补贴比例</td><td>实际租金的40%</td><td>实际租金的50%</td></tr>
<tr><td>第三年补贴比例</td><td>不予补贴</td><td>实际租金的10%</td></tr>
</table>
</body></html>
"""


@pytest.fixture(scope="module")
def draft_chain(tmp_path_factory) -> AnswerChain:
    return chain_over(tmp_path_factory.mktemp("draft"), {"draft.html": DRAFT})


def test_a_draft_beside_an_edition_is_read_by_version(draft_chain):
    # The edition's cell decides for the old rule; "第三年" names which year, not a rank.
    answer = draft_chain.invoke("按老办法（2021年版），第三年还能拿到补贴吗？")
    assert answer.direct_answer.startswith("否"), answer.direct_answer
    assert "不予补贴" in answer.direct_answer
    # The draft's cell says no yes or no of itself: the row, both versions side by side,
    # decides nothing either (its other cell's "不予补贴" is the old rule's).
    answer = draft_chain.invoke("要是按这次的征求意见稿，第三年还有补贴吗？")
    assert not answer.direct_answer.startswith("否"), answer.direct_answer
