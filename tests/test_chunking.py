from itertools import pairwise

from assistant.ingest.chunking import chunk_document
from assistant.ingest.clean import clean_text
from tests.conftest import SEED, SEED_ID


def seed_chunks(size=280, overlap=60):
    doc = clean_text(SEED.read_text(encoding="utf-8"))
    return doc, chunk_document(doc, SEED_ID, size, overlap, context="t")


def test_offsets_reproduce_chunk_text_exactly():
    doc, chunks = seed_chunks()
    assert chunks
    for c in chunks:
        assert doc.text[c.start : c.end] == c.text
        assert c.doc_id == SEED_ID


def test_chunks_respect_size_sections_and_sentences():
    for size, overlap in [(120, 30), (280, 60), (600, 0)]:
        doc, chunks = seed_chunks(size, overlap)
        for c in chunks:
            assert len(c.text) <= size
            sec = doc.section_at(c.start)
            assert sec is not None
            # The section is the innermost heading below the title; "" right under the title.
            assert c.section == ("" if sec.title == doc.title else sec.title)
            assert c.heading_path[-1:] == ([c.section] if c.section else [])
            assert c.end <= sec.end
            # Ends on a sentence end or a paragraph end, never mid-sentence.
            after = doc.text[c.end : c.end + 2]
            assert c.text[-1] in "。！？；!?;”" or after in ("", "\n\n") or c.text[-1] in ",，、:："


def test_every_sentence_is_in_some_chunk():
    _, chunks = seed_chunks()
    body = "".join(c.text for c in chunks)
    for sentence in ["总规划面积600平方公里。", "同比增长189.6%", "组建全省开发区常态化督导组"]:
        assert sentence in body


def test_overlap_repeats_trailing_sentences():
    _, chunks = seed_chunks(200, 80)
    same_section = [(a, b) for a, b in pairwise(chunks) if a.section == b.section]
    assert any(b.start < a.end for a, b in same_section)
    _, no_overlap = seed_chunks(200, 0)
    assert all(b.start >= a.end for a, b in pairwise(no_overlap))


def test_ids_are_deterministic():
    _, a = seed_chunks()
    _, b = seed_chunks()
    assert [c.id for c in a] == [c.id for c in b]
    assert len({c.id for c in a}) == len(a)
    assert all(c.id.startswith(SEED_ID + ":") for c in a)


def test_long_sentence_is_split_at_clauses():
    text = "，".join(["开发区建设持续推进"] * 60) + "。"
    doc = clean_text(text)
    chunks = chunk_document(doc, "long", 100, 0)
    assert len(chunks) > 1
    assert all(len(c.text) <= 100 for c in chunks)
    assert "".join(c.text for c in chunks) == doc.text
