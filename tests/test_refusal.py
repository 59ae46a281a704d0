"""What a refusal says: the documents covered, and whether the nearest passages relate."""

import pytest

from assistant.answering.refusal import assess_refusal, is_related
from assistant.index.store import Hit
from assistant.settings import RefusalSettings

SETTINGS = RefusalSettings(min_similarity=0.35, min_keyword=1.6, max_titles=3)
DOCS = [{"doc_id": f"d{i}", "title": f"文件{i}"} for i in range(1, 6)]


def hit(doc_id="d1", dense=None, keyword=None, score=0.5):
    return Hit(
        chunk_id=f"{doc_id}#0",
        doc_id=doc_id,
        title="",
        section="",
        start=0,
        end=10,
        text="",
        score=score,
        dense_score=dense,
        keyword_score=keyword,
    )


@pytest.mark.parametrize(
    "dense,keyword,related",
    [
        (0.50, None, True),  # about the same thing
        (0.35, 0.0, True),  # the threshold itself counts
        (0.20, 3.0, True),  # several shared words
        (0.19, 1.35, False),  # one common word (a place name) and nothing else
        (0.34, None, False),
        (None, 1.59, False),
    ],
)
def test_one_hit_is_related_by_either_side(dense, keyword, related):
    assert is_related(hit(dense=dense, keyword=keyword), SETTINGS) is related


def test_a_hit_without_side_scores_cannot_be_judged():
    assert is_related(hit(), SETTINGS) is None
    assert is_related({"doc_id": "d1", "score": 0.4}, SETTINGS) is None


def test_related_when_any_near_hit_is():
    hits = [hit(dense=0.1, keyword=0.5), hit("d2", dense=0.4)]
    assert assess_refusal(DOCS[:2], hits, SETTINGS).related
    assert not assess_refusal(DOCS[:2], hits[:1], SETTINGS).related
    assert not assess_refusal(DOCS[:2], [], SETTINGS).related


def test_unjudged_hits_count_as_related():
    # Retrieved dicts without side scores: passages are not hidden for lack of information.
    assert assess_refusal(DOCS[:2], [{"doc_id": "d1", "score": 0.3}], SETTINGS).related


def test_few_documents_are_all_named_in_order():
    note = assess_refusal(DOCS[:2], [hit("d2", dense=0.1)], SETTINGS)
    assert note.titles == ["文件1", "文件2"]
    assert "《文件1》、《文件2》" in note.scope


def test_many_documents_name_the_nearest_first_then_fill_up():
    hits = [hit("d4", dense=0.2), hit("d4", dense=0.1), hit("d2", dense=0.1)]
    note = assess_refusal(DOCS, hits, SETTINGS)
    assert note.titles == ["文件4", "文件2", "文件1"]
    assert "5" in note.scope and "《文件4》" in note.scope and "《文件5》" not in note.scope


def test_mapping_rows_and_missing_titles():
    note = assess_refusal([{"doc_id": "x", "title": None}], [], SETTINGS)
    assert note.titles == ["x"]


def test_no_documents():
    note = assess_refusal([], [hit()], SETTINGS)
    assert note.titles == [] and note.scope and "《" not in note.scope
