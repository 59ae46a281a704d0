"""Word-formation rules of term matching (resources/term_grammar.yaml and the segmenter):
where a question's word is found in a document, and when an unknown compound may be read
as its known parts. Each group: examples and counter-examples."""

import pytest

from assistant.answering.terms import (
    built_from,
    glued_verb,
    known_words,
    said_in,
    split_localizer,
    term_grammar,
    verb_with_result,
)

# (form, text, found): a form is found where a word starts or heads a compound, not as
# the tail of another word whose first characters bind its own.
WORD_STARTS = [
    ("新区", "国家高新区", False),
    ("新区", "两江新区", True),
    ("新区", "新区管委会", True),
    ("新认定", "对重新认定的企业", False),
    ("认定", "对重新认定的企业", True),
    ("新认定", "对新认定的企业", True),
    ("出口", "进出口总额增长", False),
    ("出口", "出口总额增长", True),
    ("费用", "研发费用加计扣除", True),
    ("企业", "中国企业", True),
    ("地区", "各地区", True),
    ("投资", "总投资5亿元", True),
    ("开发区", "经济技术开发区", True),
    ("园区", "苏州工业园区", True),
    ("地区生产总值", "本地区生产总值", True),
    ("2024", "2024年", True),
    # A localizer after a count is "among", not the word's first character …
    ("东部", "前30名中东部地区有20家", True),
    ("西部", "入围的10家中西部地区占4家", True),
    ("东部", "选出的5个中东部城市", True),
    # … but it starts the word when no count comes before it.
    ("东部", "中东部地区的企业", False),
    ("东部", "支持中东部地区发展", False),
    # The second occurrence counts when the first is inside another word.
    ("新区", "高新区和新区", True),
    # A figure is a whole number of the text, not digits of a longer one.
    ("2", "满1年的，按价款的20%征收", False),
    ("2", "满2年未动工的", True),
    ("2", "罚款3.2万元", False),
    ("2", "共12家", False),
    ("6.5", "罚款6.5万元", True),
    ("1", "容积率不低于1.0", False),
]


@pytest.mark.parametrize(("form", "text", "found"), WORD_STARTS)
def test_word_starts(form, text, found):
    assert said_in(form, text) is found


# (token, known parts, read as its parts)
BUILT_FROM = [
    ("研发投入强度", ["研发", "投入", "强度"], True),
    ("加计扣除额", ["加计", "扣除"], True),  # the amount of the deduction
    ("培训费", ["培训"], True),
    ("修订版", ["修订"], True),
    ("辽宁省", ["辽宁"], True),
    ("培育出", ["培育"], True),
    ("日程表", ["日程"], True),  # the schedule set out as a table
    ("段时间", ["时间"], True),
    ("大面积", ["面积"], True),  # "多大面积" cut after its asking word's first character
    ("和青禾", ["青禾"], True),  # "A和青禾B" with the joining word glued to the name
    ("与松川", ["松川"], True),
    ("博士后", ["博士"], False),  # not a doctor
    ("副主任", ["主任"], False),
    ("主任助理", ["主任"], False),
    ("新能源车", ["能源"], False),
    ("省会城", ["省会"], False),
]


@pytest.mark.parametrize(("token", "parts", "built"), BUILT_FROM)
def test_built_from(token, parts, built):
    assert built_from(token, parts) is built


@pytest.mark.parametrize("group", ["kept_endings", "kept_openings"])
def test_kept_characters_are_single(group):
    groups = term_grammar()[group]
    assert groups and all(len(c) == 1 for chars in groups.values() for c in chars)


# (word before, word, split): a localizer the segmenter glued to the word after a count
LOCALIZER_SPLITS = [
    ("名", "中西部", ("中", "西部")),
    ("30", "中东部", ("中", "东部")),
    ("家", "里东部", ("里", "东部")),
    ("名", "中排第", None),  # the rest must be a word of its own …
    ("发展", "中西部", None),  # … and a count must come before
    ("", "中西部", None),
    ("名", "中部", None),  # a two-character word is the localizer's own ("中部")
]


@pytest.mark.parametrize(("before", "word", "split"), LOCALIZER_SPLITS)
def test_localizer_splits(before, word, split):
    assert split_localizer(before, word) == split


# An adverb glued to a one-character verb, held by the segmenter's dictionary as a rare word
# ("先交" tagged a noun): read as its verb. Counter-examples: a common word ("能耗", energy
# use; "先进"), a pair whose first character is no adverb, a longer word.
GLUED = [
    ("先交", True),
    ("没交", True),
    ("不交", True),
    ("先进", False),
    ("能耗", False),
    ("报名", False),
    ("先交给", False),
]


@pytest.mark.parametrize(("token", "glued"), GLUED)
def test_glued_verbs(token, glued):
    assert glued_verb(token) is glued


def test_glued_verb_is_read_as_its_verb_unless_the_documents_hold_it():
    def df(word):
        return 1 if word in ("报名费", "先交") else 0

    tokens = [("要", "v"), ("先交", "n"), ("报名费", "n")]
    assert known_words(tokens, lambda w: 0, "要先交报名费", {}, frozenset(), ())[1] == ("交", "v")
    assert known_words(tokens, df, "要先交报名费", {}, frozenset(), ())[1] == ("先交", "n")


# A one-character verb with a result or direction complement glued on, which the segmenter
# may tag a thing ("附上" a localizer): read as its verb. Counter-examples: a first
# character that is no verb, an ending that is no result, a longer word.
VERB_RESULTS = [
    ("附上", True),
    ("交上", True),
    ("拿到", True),
    ("上附", False),
    ("附件", False),
    ("附上去", False),
]


@pytest.mark.parametrize(("token", "result"), VERB_RESULTS)
def test_verb_with_result(token, result):
    assert verb_with_result(token) is result


def test_verb_with_result_tagged_a_thing_is_read_as_its_verb():
    def df(word):
        return 1 if word in ("身份证", "附上") else 0

    tokens = [("需要", "v"), ("附上", "f"), ("身份证", "n")]
    text = "需要附上身份证"
    assert known_words(tokens, lambda w: 0, text, {}, frozenset(), ())[1] == ("附", "v")
    assert known_words(tokens, df, text, {}, frozenset(), ())[1] == ("附上", "f")
    # One the segmenter tags a verb already stays as it is.
    verb = [("需要", "v"), ("附上", "v"), ("身份证", "n")]
    assert known_words(verb, lambda w: 0, text, {}, frozenset(), ())[1] == ("附上", "v")
