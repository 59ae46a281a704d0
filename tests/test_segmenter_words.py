"""Words of supervision the segmenter must keep whole, in documents and questions alike
(resources/lexicon.yaml): cut apart, neither side holds the word as a term, and a yes/no
about it is decided by a clause that never says it."""

from assistant.answering.evidence import key_tokens
from assistant.text import load_segmenter


def test_a_summons_is_one_word():
    assert "约谈" in load_segmenter().cut("由市商务局进行约谈，督促整改")
    assert "约谈" in [t for t, _ in filter(None, key_tokens("东湖园区会被约谈吗？"))]
