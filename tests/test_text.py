import pytest

from assistant.text import normalize, sentence_spans, tokenize


def test_normalize_width_and_script():
    assert normalize("綜改示範區") == "综改示范区"
    assert normalize("ＡＢＣ１２３％") == "abc123%"


def test_tokenize_matches_across_scripts():
    assert set(tokenize("綜改示範區總規劃面積")) & set(tokenize("综改示范区总规划面积"))
    assert "的" not in tokenize("示范区的面积")


def test_sentence_spans_keep_closing_quotes():
    text = "他说：“好。”然后走了！还有吗?"
    spans = [text[s:e] for s, e in sentence_spans(text)]
    assert spans == ["他说：“好。”", "然后走了！", "还有吗?"]


# Traditional → simplified, checked against the pure-Python port's output on the same
# inputs: single characters, phrases whose conversion depends on the neighbour
# (乾燥 → 干燥 but 乾坤 stays), and text with nothing to convert.
T2S_CASES = [
    ("實際利用外資增長多少", "实际利用外资增长多少"),
    ("綜改示範區太原片區綜合排名第幾位？", "综改示范区太原片区综合排名第几位?"),
    ("空氣乾燥", "空气干燥"),
    ("乾坤", "乾坤"),
    ("頭髮", "头发"),
    ("開發區管理委員會", "开发区管理委员会"),
    ("已是简体的句子。", "已是简体的句子。"),
    ("GDP增長8.5%", "gdp增长8.5%"),
]


def test_traditional_to_simplified_table():
    for traditional, simplified in T2S_CASES:
        assert normalize(traditional) == simplified, traditional


def test_conversion_uses_the_official_opencc_bindings():
    import opencc

    from assistant.text import _t2s

    assert isinstance(_t2s(), opencc.OpenCC)
    assert hasattr(opencc, "clib"), "the C++ OpenCC bindings, not the pure-Python port"


# One example per stopword group (dropped) and a content word beside it (kept).
STOPWORD_GROUPS = [
    ("function_words", "示范区的面积", "的", "面积"),
    ("demonstratives_and_positions", "这个园区", "这", "园区"),
    ("asking_words", "面积是多少", "多少", "面积"),
    ("modal_particles", "有补贴吗", "吗", "补贴"),
    ("politeness", "请问补贴标准", "请问", "标准"),
    ("pronouns", "他申请补贴", "他", "补贴"),
]


@pytest.mark.parametrize(("group", "text", "dropped", "kept"), STOPWORD_GROUPS)
def test_stopword_groups(group, text, dropped, kept):
    from assistant.text import STOPWORDS

    tokens = tokenize(text)
    assert kept in tokens
    assert dropped not in tokens
    assert group and kept not in STOPWORDS


@pytest.mark.parametrize(
    "text, expected",
    [
        # search mode: the dictionary words inside a long word come out too
        ("经济技术开发区", {"经济", "技术", "开发", "开发区", "经济技术开发区"}),
        # a hyphenated code or phone number is cut at the hyphens, as jieba cuts it (lower-cased)
        ("文号WJK-FG-2023-003", {"wjk", "fg", "2023", "003"}),
        ("电话027-87235061", {"027", "87235061"}),
        # a decimal with a percent sign stays one token
        ("增长3.5%", {"3.5%"}),
        # the lexicon's domain words are never cut
        ("经开区", {"经开区"}),
    ],
)
def test_search_mode_tokens(text, expected):
    assert expected <= set(tokenize(text))


def test_segmenter_agrees_with_jieba():
    """The fast segmenter runs jieba's algorithm on jieba's dictionary: on the shipped report
    and the development documents its search-mode words equal jieba's own for nearly every
    sentence (the few that differ are near-ties between two cuts)."""
    from pathlib import Path

    import jieba

    from assistant.text import load_pos_tagger, normalize_text, search_words

    load_pos_tagger()  # jieba with the same domain words
    files = [*Path("corpus").glob("*.txt"), *Path("evals/corpus").glob("[ab]_*.[tm][xd]*")]
    sentences = []
    for path in files:
        text = normalize_text(path.read_text(encoding="utf-8"))
        sentences += [text[s:e] for s, e in sentence_spans(text)]
    assert len(sentences) > 300
    same = sum(search_words(s) == jieba.lcut_for_search(s) for s in sentences)
    assert same / len(sentences) >= 0.98


def test_keyword_tokens_do_not_depend_on_what_was_tokenised_before():
    """Keyword tokens are looked up by word once a word has been seen: on the development
    documents they equal the search-mode words filtered afresh, with the lookup empty,
    warm, and after it was cleared for being full."""
    from pathlib import Path

    from assistant import text as t

    files = [*Path("corpus").glob("*.txt"), *Path("evals/corpus").glob("[abc]_*.[tm][xd]*")]
    sentences = []
    for path in files:
        body = path.read_text(encoding="utf-8")
        sentences += [body[s:e] for s, e in sentence_spans(body)]
    assert len(sentences) > 300

    def fresh(sentence: str) -> tuple[str, ...]:
        words = (w.strip() for w in t.search_words(t.normalize_text(sentence)))
        return tuple(w for w in words if w and t._TOKEN_OK.search(w) and w not in t.STOPWORDS)

    expected = [fresh(s) for s in sentences]
    t._word_tokens.clear()
    assert [t.tokenize_text(s) for s in sentences] == expected  # filled as it goes
    assert [t.tokenize_text(s) for s in sentences] == expected  # all looked up
    limit = t._WORD_TOKENS_MAX
    try:
        t._WORD_TOKENS_MAX = 50
        t._word_tokens.clear()
        assert [t.tokenize_text(s) for s in sentences] == expected
        assert len(t._word_tokens) <= 50
    finally:
        t._WORD_TOKENS_MAX = limit
