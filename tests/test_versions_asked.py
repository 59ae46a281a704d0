"""The asked_versions group of version_grammar.yaml, read by the one reader of the asked
version: examples and counter-examples per group, and every path reading the same."""

import pytest

from assistant.answering.evidence import Sentence
from assistant.answering.version_columns import asked_version, change_asking
from assistant.answering.versions import asked_version_column
from assistant.retrieval.subject import QuestionCues
from assistant.retrieval.versions_asked import version_asked, version_words

QUESTIONS = [
    # newer: the rule as it stands, as revised
    ("新版办法对孵化器奖励多少？", "newer"),
    ("现行的申报截止时间是哪天？", "newer"),
    ("修订后研发奖励比例是多少？", "newer"),
    ("按新办法，首次认定奖励多少？", "newer"),
    ("调整后的补贴标准是多少？", "newer"),
    ("2023年修订版由哪个部门负责解释？", "newer"),
    ("新政策规定的申报期限是什么时候？", "newer"),
    # a revision named by its year (newer_patterns)
    ("人才办法（2024年修订）什么时候开始施行？", "newer"),
    ("2021年修改的细则对租金补贴有什么规定？", "newer"),
    ("2020 年修正的条例由谁解释？", "newer"),
    # older: the rule before its revision
    ("旧版规定奖励多少？", "older"),
    ("原办法的有效期多久？", "older"),
    ("修订前的申报时间是哪天？", "older"),
    ("按原规定，企业需要提交无违法记录证明吗？", "older"),
    ("老政策给多少补贴？", "older"),
    ("原来的标准是多少？", "older"),
    ("上一版的门槛是多少？", "older"),
    # both: the two set side by side
    ("新版和旧版相比有什么变化？", "both"),
    ("修订前后奖励有何不同，修订后多了多少？", "both"),
    ("原办法和新办法的补贴比例分别是多少？", "both"),
    # Counter-examples: "new", "old" or "original" that names no version.
    ("新认定的高新技术企业奖励多少？", None),
    ("这个人才新政从哪天开始执行？", None),
    ("原材料企业有补贴吗？", None),
    ("新材料首批次应用怎么奖励？", None),
    ("老旧厂房改造有补助吗？", None),
    ("2019年版有效期多久？", None),  # a year, not a version word: years_named reads it
    ("与2022年版相比，禁止类有什么变化？", None),  # an edition by year may be either
    ("修订了20条以后补贴多少？", None),  # a count, not a year
    ("2024年共修改了几个条款？", None),  # the year's count of changes, no version named
]


@pytest.mark.parametrize(("question", "version"), QUESTIONS)
def test_version_a_question_asks_for(question, version):
    assert version_asked(question) == version


def test_the_words_are_read_normalised():
    # Traditional characters and full-width forms name the same version.
    assert version_asked("舊版規定獎勵多少？") == "older"
    assert all(w == w.lower() for w in (*version_words().newer, *version_words().older))


ROW = Sentence(
    text="第十一条 | 须提供无违法记录证明 | 不再提交该项证明",
    doc_id="d",
    title="",
    section="",
    rank=1,
    start=0,
    end=30,
    header=("条款", "原规定", "修订后"),
    cells=("第十一条", "须提供无违法记录证明", "不再提交该项证明"),
)


@pytest.mark.parametrize(("question", "version"), QUESTIONS)
def test_every_path_reads_the_same_version(question, version):
    # Retrieval's cue, the revision-table column and the version verdict's column agree.
    assert QuestionCues.of(question).version == version
    one = {"newer": "new", "older": "old"}.get(version or "")
    assert asked_version(question, "number") == one
    column = {"new": "修订后", "old": "原规定"}.get(one or "")
    if version is None and not any(w in question for w in change_asking()):
        column = "修订后"  # naming no version, a verdict reads the rule in force
    assert asked_version_column(ROW, question) == column
