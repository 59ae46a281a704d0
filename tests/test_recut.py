"""Question words the segmenter cuts differently from the documents (resources
``term_grammar.yaml`` group ``spilled_characters``; answering/terms.recut and
join_single_characters): a token no document holds is re-read as the corpus words the
question spells across its edges, and one-character tokens spelling a word are joined.
Each construction: examples and counter-examples, then invented documents on a real index."""

import pytest

from assistant.answering.evidence import question_terms
from assistant.answering.questions import analyze
from assistant.answering.terms import (
    join_single_characters,
    known_words,
    recut,
    spilled_characters,
)
from assistant.text import STOPWORDS
from tests.conftest import chain_over

# The words a small library holds, by how many documents hold them.
VOCABULARY = {
    "位次": 3,
    "报送": 2,
    "公示": 4,
    "异议": 2,
    "约谈": 1,
    "约": 1,
    "谈": 1,
    "碳": 1,
    "汇": 1,
    "较": 1,
    "快": 1,
}


def df_of(word: str) -> int:
    return VOCABULARY.get(word, 0)


# (token, question, read as): None keeps the token, which may then make the question
# name something the documents lack.
RECUTS = [
    # A rank word and the ordinal prefix of the number after it cut as one dictionary word.
    ("次第", "2024年位次第4位的是哪个园区", ["位次"]),
    # A verb and the "to" after it: the verb the documents write, "to" a kept ending.
    ("送给", "季度报表要报送给哪个部门", ["报送"]),
    # Counter-examples: nothing the documents hold overlaps the token …
    ("留名", "不留名举报有用吗", None),
    # … a corpus word covers only part of it and the rest is a content character …
    ("次序", "位次序号是多少", None),
    # … or it is a name the segmenter kept whole (no piece of it is written elsewhere).
    ("青禾", "青禾园区的位次是多少", None),
]


@pytest.mark.parametrize(("token", "question", "pieces"), RECUTS)
def test_recut(token, question, pieces):
    assert recut(token, question, df_of, STOPWORDS) == pieces


# (tokens, question, joined words)
JOINS = [
    ([("约", "d"), ("谈", "v"), ("由", "p")], "约谈由哪个部门负责", ["约谈", "由"]),
    # Counter-examples: the characters are no word the documents or the dictionary know,
    # or they are not adjacent in the text.
    ([("碳", "n"), ("汇", "v"), ("交易额", "n")], "碳汇交易额是多少", ["碳", "汇", "交易额"]),
    # A dictionary word whose characters the documents hold only apart stays apart.
    ([("较", "d"), ("快", "a"), ("的", "uj")], "进步较快的园区", ["较", "快", "的"]),
    ([("由", "p"), ("约", "d")], "由约定部门负责", ["由", "约"]),
    ([("约", "d"), ("谈", "v")], "约两次谈话", ["约", "谈"]),
]


@pytest.mark.parametrize(("tokens", "question", "words"), JOINS)
def test_join_single_characters(tokens, question, words):
    assert [w for w, _ in join_single_characters(tokens, question, df_of)] == words


# (tokens, question, words read): a re-cut word that reaches into a neighbour token and
# covers all of it takes its place; a neighbour it covers only in part stays.
READINGS = [
    ([("报", "n"), ("送给", "v"), ("哪个", "r")], "报送给哪个部门", ["报送", "哪个"]),
    ([("年位", "n"), ("次第", "n"), ("4", "m")], "年位次第4位", ["年位", "位次", "4"]),
    # Counter-example: a token no re-cut reaches keeps its neighbour.
    ([("报", "n"), ("留名", "v")], "报留名", ["报", "留名"]),
]


@pytest.mark.parametrize(("tokens", "question", "words"), READINGS)
def test_known_words_take_the_place_of_covered_neighbours(tokens, question, words):
    read = known_words(tokens, df_of, question, {}, STOPWORDS, ("nr", "ns", "nt"))
    assert [w for w, _ in read] == words


def test_spilled_characters_are_single():
    assert spilled_characters() and all(len(c) == 1 for c in spilled_characters())


RANKING = (
    "# 2024年园区考核结果\n\n"
    "| 园区 | 2023年位次 | 2024年位次 |\n"
    "| --- | --- | --- |\n"
    "| 松川园区 | 1 | 2 |\n"
    "| 白石园区 | 2 | 1 |\n"
    "| 青禾园区 | 3 | 3 |\n"
)
NOTICE = (
    "关于报送园区建设进度的通知\n\n"
    "一、各园区应于每季度结束后10日内将季度报表报送区经济发展局。\n\n"
    "二、对连续两年考核不合格的园区，由区管委会约谈其主要负责人。\n"
)
REPORT = (
    "<html><body><h1>白石园区年度工作总结</h1>"
    "<p>白石园区全年完成固定资产投资45亿元，新引进项目12个。</p>"
    "<p>年度总结于次年1月底前报送区发展改革局备案。</p></body></html>"
)


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    root = tmp_path_factory.mktemp("recut")
    return chain_over(root, {"ranking.md": RANKING, "notice.txt": NOTICE, "report.html": REPORT})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("2024年位次第1位的是哪个园区？", "白石园区"),
        ("2023年位次第3位的是哪个园区？", "青禾园区"),
        ("各园区的季度报表要报送给哪个部门？", "经济发展局"),
        ("白石园区的年度总结要报送给哪个部门？", "发展改革局"),
        ("约谈由哪个部门负责？", "管委会"),
    ],
)
def test_recut_questions_answered(chain, question, expected):
    answer = chain.ask(question)
    assert not answer.refused and expected in answer.direct_answer


@pytest.mark.parametrize(
    "question",
    [
        "白石园区碳汇交易额是多少？",
        "白石园区的留学生公寓有多少套？",
    ],
)
def test_unknown_words_still_refused(chain, question):
    assert chain.ask(question).refused


def test_unknown_guesses_weigh_less_than_known_words_in_a_small_library(chain):
    # In a library of three chunks a word one chunk holds is rare yet weighs under 1; the
    # question's words no document holds ("fast", "push on") must still count for less
    # than it, or reading a guess as the word it spells would lower that word's weight.
    terms = question_terms(analyze("白石园区这批项目快速推进了吗？", []), chain.index)
    unknown = [t.weight for t in terms if not t.known and not t.is_content]
    project = next(t for t in terms if t.text == "项目")
    assert unknown and 0 < max(unknown) < project.idf
