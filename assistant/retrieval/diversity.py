"""Room in the answerer's context for more than one document.

In a library of many zones' documents, one long document that shares a question's words
(a directory of every office's duties, say) can fill every place of the context, and the
document that answers is then never read. A pure function over ranked hits.
"""

from __future__ import annotations

from assistant.index import Hit


def with_other_documents(hits: list[Hit], k: int, documents: int, share: float) -> list[Hit]:
    """The first ``k`` of ``hits``; when fewer than ``documents`` documents hold them, their
    last places go to the best hit of each further document further down ``hits`` that
    scores at least ``share`` of the last place's score."""
    top = hits[:k]
    if len(top) < k:
        return top
    held = {h.doc_id for h in top}
    floor = top[-1].score * share
    extra: list[Hit] = []
    for hit in hits[k:]:
        if len(held) >= documents or len(extra) >= k - 1 or hit.score < floor:
            break
        if hit.doc_id not in held:
            held.add(hit.doc_id)
            extra.append(hit)
    if not extra:
        return top
    return top[: k - len(extra)] + extra
