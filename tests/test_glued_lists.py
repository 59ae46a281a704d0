"""Words the segmenter glues and place words of list questions: tables of
examples and counter-examples, then lists under sub-headings of documents written for this
test (bullets with a bracketed place, numbered lines), answered by the real chain."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.evidence import Term
from assistant.answering.glued import pieces, said_apart
from assistant.answering.grammar import grammar
from tests.conftest import chain_over


@pytest.mark.parametrize(
    "word,text,said",
    [
        # A glued word is said by its pieces apart.
        ("企业名单", "关于公布示范企业认定名单的通知", True),
        ("项目名单", "拟支持项目的公示名单", True),
        # The whole word is said.
        ("企业名单", "附件：企业名单", True),
        # Counter-examples: a piece missing, or a word of no whole pieces.
        ("企业名单", "关于公布示范企业的通知", False),
        ("加分项", "加分的项目", False),
    ],
)
def test_a_glued_word_is_said_by_its_pieces(word, text, said):
    assert said_apart(Term(word, 1.0), text) is said


def test_a_word_of_one_piece_is_no_compound():
    assert pieces("企业") == []
    assert set(pieces("企业名单")) == {"企业", "名单"}


@pytest.mark.parametrize(
    "word,listed",
    [("位于", True), ("地处", True), ("坐落于", True), ("园区", False), ("所在", False)],
)
def test_place_words(word, listed):
    assert (word in grammar().raw["lists"]["place_words"]) is listed


DOCS = {
    "roster.md": """# 关于公布2023年度示范企业认定名单的通知

经企业申报、专家评审和社会公示，现将认定名单公布如下。

## 一、认定名单

### （一）示范企业（3家）

- 甲乙精密机械有限公司（东区）
- 丙丁新材料有限公司（西区）
- 戊己电子科技有限公司（东区）

### （二）准示范企业（4家）

- 庚辛生物制药有限公司（西区）
- 壬癸软件开发有限公司（东区）
- 子丑环保设备有限公司（南区）
- 寅卯光电技术有限公司（东区）

## 二、支持政策

对示范企业给予一次性奖励30万元。
""",
    # A profile that says where things are and uses the glued word whole: both are known to
    # the corpus, as they are to any real one, but not said in the roster.
    "profile.md": """# 示例港区概况

示例港区位于滨海新城东部，规划面积12平方公里，下设北园和南园两个片区。港区每季度公布一次失信企业名单。
""",
    "park.md": """# 示例港区2024年度重点实验室认定结果

## 认定结果

### 省级重点实验室

1. 海洋装备重点实验室（北园）
2. 绿色化工重点实验室（南园）
3. 智能港口重点实验室（北园）

### 市级重点实验室

1. 船舶涂料重点实验室（南园）
2. 冷链物流重点实验室（北园）
""",
}


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(tmp_path_factory.mktemp("list_kinds"), DOCS)


@pytest.mark.parametrize(
    "question,expected,absent",
    [
        # "企业名单" is one word to the segmenter; the title says "企业认定名单".
        (
            "2023年度准示范企业名单里有哪些企业？",
            [
                "庚辛生物制药有限公司",
                "壬癸软件开发有限公司",
                "子丑环保设备有限公司",
                "寅卯光电技术有限公司",
            ],
            ["甲乙精密机械有限公司"],
        ),
        # The place is each item's bracketed note; the question says "位于".
        (
            "位于东区的准示范企业有哪些？",
            ["壬癸软件开发有限公司", "寅卯光电技术有限公司"],
            ["子丑环保设备有限公司", "戊己电子科技有限公司"],
        ),
        (
            "位于北园的省级重点实验室有哪些？",
            ["海洋装备重点实验室", "智能港口重点实验室"],
            ["绿色化工重点实验室", "冷链物流重点实验室"],
        ),
    ],
)
def test_a_list_under_the_sub_heading_the_question_names(chain, question, expected, absent):
    answer = chain.invoke(question)
    assert not answer.refused, question
    assert [e for e in expected if e not in answer.direct_answer] == [], answer.direct_answer
    assert [a for a in absent if a in answer.direct_answer] == [], answer.direct_answer
