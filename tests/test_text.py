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
