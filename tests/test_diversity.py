"""The answerer's context makes room for a second document when one fills it."""

import pytest

from assistant.index import Hit
from assistant.retrieval.diversity import with_other_documents


def hits(*ranked: tuple[str, float]) -> list[Hit]:
    return [
        Hit(
            chunk_id=f"{doc}-{n}",
            doc_id=doc,
            title=doc,
            section="",
            start=0,
            end=1,
            text="x",
            score=score,
        )
        for n, (doc, score) in enumerate(ranked)
    ]


CROWDED = hits(("a", 1.0), ("a", 0.9), ("a", 0.8), ("a", 0.6), ("b", 0.5), ("c", 0.4))


@pytest.mark.parametrize(
    ("ranked", "documents", "share", "expected"),
    [
        # One document fills the first three places: its last gives way to b's best.
        (CROWDED, 2, 0.5, ["a-0", "a-1", "b-4"]),
        # Room for two more documents: c comes in too.
        (CROWDED, 3, 0.5, ["a-0", "b-4", "c-5"]),
        # b scores too little beside the last place: nothing changes.
        (CROWDED, 2, 0.7, ["a-0", "a-1", "a-2"]),
        # Turned off.
        (CROWDED, 1, 0.5, ["a-0", "a-1", "a-2"]),
        # Two documents already hold the first places.
        (hits(("a", 1.0), ("b", 0.9), ("a", 0.8), ("c", 0.7)), 2, 0.5, ["a-0", "b-1", "a-2"]),
        # Nothing further down.
        (hits(("a", 1.0), ("a", 0.9), ("a", 0.8)), 2, 0.5, ["a-0", "a-1", "a-2"]),
    ],
)
def test_a_crowded_context_takes_in_another_document(ranked, documents, share, expected):
    found = with_other_documents(ranked, 3, documents, share)
    assert [h.chunk_id for h in found] == expected
