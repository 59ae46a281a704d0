"""What a refusal says besides "no": what the assistant covers, and whether the nearest
passages are worth showing.

A pure function over plain values, so the chain (text answers), the web page and the
tests can all use it without an index.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant.messages import msg
from assistant.settings import RefusalSettings


@dataclass(frozen=True)
class RefusalNote:
    """The extra content of a refusal.

    ``scope`` is one Chinese sentence naming what the assistant covers (the titles of
    all its documents when there are few, otherwise those nearest to the question);
    ``titles`` are the titles it names, in that order; ``related`` says whether the
    nearest passages share enough with the question to be shown under the related-content
    heading.
    """

    scope: str
    titles: list[str] = field(default_factory=list)
    related: bool = False


def _get(item: Any, name: str) -> Any:
    if isinstance(item, Mapping):
        return item.get(name)
    return getattr(item, name, None)


def is_related(hit: Any, settings: RefusalSettings) -> bool | None:
    """Whether one hit is close enough to the question; None when it carries no scores.

    Either side is enough: an embedding similarity that reaches ``min_similarity`` (the
    passage is about the same thing), or a BM25 score that reaches ``min_keyword`` (it
    shares more than one common word with the question, e.g. a place name alone).
    """
    dense, keyword = _get(hit, "dense_score"), _get(hit, "keyword_score")
    if dense is None and keyword is None:
        return None
    return (dense is not None and dense >= settings.min_similarity) or (
        keyword is not None and keyword >= settings.min_keyword
    )


def assess_refusal(
    documents: Sequence[Any], hits: Sequence[Any], settings: RefusalSettings
) -> RefusalNote:
    """Say what the assistant covers and whether the question's nearest passages relate.

    ``documents``: what the index holds, in a stable order, each with ``doc_id`` and
    ``title`` (attributes or mapping keys: ``StoredDocument``, the rows of
    ``AssistantService.documents()``). ``hits``: the question's nearest passages, best
    first, each with ``doc_id`` and, when known, ``score``, ``dense_score`` (embedding
    similarity) and ``keyword_score`` (BM25) — ``store.Hit`` or the ``Answer.retrieved``
    dicts. Hits without any of the two side scores cannot be judged and count as
    related, so that passages are not hidden for lack of information.
    """
    judged = [is_related(h, settings) for h in hits]
    known = [j for j in judged if j is not None]
    related = bool(hits) and (any(known) if known else True)

    titles_by_id = {_get(d, "doc_id"): _get(d, "title") or _get(d, "doc_id") for d in documents}
    if not titles_by_id:
        return RefusalNote(scope=msg("refusal_scope_empty"), titles=[], related=related)
    limit = settings.max_titles
    if len(titles_by_id) <= limit:
        titles = list(titles_by_id.values())
        return RefusalNote(
            scope=msg("refusal_scope_all", titles=_join(titles)), titles=titles, related=related
        )
    # Many documents: name those nearest to the question first, then fill up in order.
    nearest = [_get(h, "doc_id") for h in hits]
    order = [d for d in dict.fromkeys(nearest) if d in titles_by_id]
    order += [d for d in titles_by_id if d not in order]
    titles = [titles_by_id[d] for d in order[:limit]]
    return RefusalNote(
        scope=msg("refusal_scope_some", count=len(titles_by_id), titles=_join(titles)),
        titles=titles,
        related=related,
    )


def _join(titles: list[str]) -> str:
    return msg("title_separator").join(msg("title_quoted", title=t) for t in titles)
