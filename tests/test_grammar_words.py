"""Grammar words and situation verbs of a question (resources/term_grammar.yaml,
grammar_word_tags and situation_verb_tags; answering/grammar_words.py): relational
locatives ("之前", "以后") and the verbs of the asker's situation said only in the premise
of a question asking for a value ("拿到地以后，…") weigh no more than a word the documents
never use, however rare the documents make them. A yes/no question's premise and its
relations state the case its verdict decides on, and keep their weight. Examples and
counter-examples; then a real index over invented documents."""

import pytest

from assistant.answering.evidence import coverage, question_terms
from assistant.answering.grammar_words import grammar_word_weight, is_grammar_word
from assistant.answering.questions import analyze
from assistant.text import normalize
from tests.conftest import chain_over

CAP = 1.0


@pytest.mark.parametrize(
    "pos,grammar",
    [
        ("f", True),  # 之前, 以后, 期内
        ("n", False),
        ("v", False),
        ("vn", False),
        ("t", False),  # 去年, 上旬: a time the unit must state
        ("r", False),  # 每年: a frequency, which documents say too
        ("p", False),  # 通过 is also the verb "pass"
        ("c", False),  # 如果, 同时: measured on the held-out split, kept
        ("eng", False),  # GDP: an English word, whatever its first letter
        ("", False),
    ],
)
def test_grammar_word_tags(pos, grammar):
    assert is_grammar_word(pos) == grammar


@pytest.mark.parametrize(
    "pos,qtype,premise,capped",
    [
        ("f", "list", False, True),
        ("f", "duration", True, True),
        ("v", "number", True, True),  # the asker's situation before a value question
        ("v", "number", False, False),  # a verb of the asking clause is what is asked
        ("vn", "list", True, False),  # a verb used as a noun names a thing
        ("n", "number", True, False),
        ("v", "yesno", True, False),  # the case the verdict decides on
        ("f", "yesno", False, False),
    ],
)
def test_capped_weights(pos, qtype, premise, capped):
    weight = grammar_word_weight(pos, 6.4, CAP, qtype, premise)
    assert weight == (CAP if capped else 6.4)


DOCS = {
    "land.md": """# 示例区工业用地管理办法

第十六条　项目单位应自交付土地之日起6个月内开工建设，24个月内竣工。

第十七条　竣工验收前，项目单位应当提交验收申请。
""",
    "news.md": """# 示例区企业服务简讯

今年已有12家企业拿到用地批复。
""",
    "rent.md": """# 示例区人才公寓租金优惠办法

入住人才公寓的企业员工，租金享受市场价七折优惠。
""",
}


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    return chain_over(tmp_path_factory.mktemp("grammar_words"), DOCS)


def test_a_situation_verb_weighs_little(chain):
    asked = {
        t.text: t
        for t in question_terms(analyze("拿到地以后，开工有什么时间要求？", []), chain.index)
    }
    situation = asked["拿到"]
    assert situation.premise
    verdict = {
        t.text: t for t in question_terms(analyze("拿到地以后，开工能延期吗？", []), chain.index)
    }
    # The same verb before a yes/no question keeps its rarity, which the cap lowers.
    assert verdict["拿到"].weight > situation.weight


def test_the_rule_covers_more_of_the_askers_situation(chain):
    """The rule, stated in its own words, covers more of a value question than of the same
    words asking a verdict: the situation verb no longer weighs like the question's subject."""
    rule = normalize("项目单位应自交付土地之日起6个月内开工建设，24个月内竣工。")
    value = question_terms(analyze("拿到地以后，开工有什么时间要求？", []), chain.index)
    verdict = question_terms(analyze("拿到地以后，开工有时间要求吗？", []), chain.index)
    assert coverage(value, rule) > coverage(verdict, rule)
