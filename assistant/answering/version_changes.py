"""A question setting two versions of one rule side by side ("what changed from the old
edition to the new one?", "more or less than before?") is answered by each version's own
covering unit, newest first, each with its document's title and date.

Without this, one version's clause came back alone (or nothing, when no single unit held
both versions' words), which reads as if that version were the whole answer. The versions
are the documents whose titles name one rule (:func:`rule_name`); the question asks both
when it names a newer and an earlier version, or uses a both-versions word
(``version_grammar.yaml``, group ``both_versions``).
"""

from __future__ import annotations

import logging
from collections import defaultdict

from assistant.answering.answer_parts import as_sentence
from assistant.answering.composing import Context
from assistant.answering.conflicts import doc_date
from assistant.answering.constraints import MIN_COVERAGE
from assistant.answering.evidence import Sentence, coverage
from assistant.answering.version_columns import (
    asks_both,
    change_asking,
    naming_versions,
    version_column,
)
from assistant.messages import msg
from assistant.retrieval.subject import rule_name

logger = logging.getLogger(__name__)


def revision_row_answer(ctx: Context, scoring):
    """(direct answer, quotes) from a revision table's row when the question sets both
    versions side by side and its best unit is such a row: the earlier version's cell, the
    revised one's, then what the row says changed, each named by its column. A span of the
    row would give one version alone ("valid 5 years" for "how much longer than before?").
    None when the best unit is no row with both versions' cells filled."""
    if not asks_both(ctx.aq.text):
        return None
    scored = scoring(ctx)
    if not scored:
        return None
    best = scored[0][0]
    if not best.cells or len(best.header) != len(best.cells):
        return None
    kinds = [version_column(h) for h in best.header]
    if "old" not in kinds or "new" not in kinds:
        return None
    old_at, new_at = kinds.index("old"), kinds.index("new")
    if old_at > new_at or not best.cells[old_at].strip() or not best.cells[new_at].strip():
        return None
    said = [
        msg("row_cell", name=best.header[k], value=best.cells[k].strip())
        for k in range(old_at, len(best.cells))
        if best.cells[k].strip()
    ]
    return msg("row_first_joiner").join(said).rstrip("。") + "。", [(best, None)]


def version_change_answer(index, ctx: Context, scoring):
    """(direct answer, quotes) listing each version's covering unit, or None when the
    question does not ask both versions or fewer than two versions of one rule cover it.
    ``scoring``: the answerer's units of a context with their scores, best first."""
    if not asks_both(ctx.aq.text):
        return None
    if (row := revision_row_answer(ctx, scoring)) is not None:
        return row
    asking = change_asking()
    terms = [t for t in ctx.terms if t.text not in asking]
    best: dict[str, Sentence] = {}
    for unit, _ in scoring(ctx):
        if unit.doc_id not in best and coverage(terms, unit.context_norm) >= MIN_COVERAGE:
            best[unit.doc_id] = unit
    rules: dict[str, list[str]] = defaultdict(list)
    for doc_id in best:
        doc = index.document(doc_id)
        if doc is not None:
            rules[rule_name(doc.title)].append(doc_id)
    # The rule whose versions hold the best covering unit; another rule's versions, lower
    # down, are not what the question asks about.
    first = index.document(next(iter(best), ""))
    group = rules.get(rule_name(first.title), []) if first is not None else []
    if len(group) < 2:
        return None
    # A document writing the question's own words for versions (a revision note) is what the
    # question compares; another rule's versions are not.
    if naming_versions(index, list(dict.fromkeys(s.doc_id for s in ctx.sentences)), ctx.aq.text):
        return None
    docs = sorted((index.document(d) for d in group), key=lambda d: doc_date(d) or "", reverse=True)
    logger.debug("versions compared: %s", [d.doc_id for d in docs])
    lines = [msg("version_change_intro")]
    for doc in docs:
        when = msg("conflict_date", date=doc_date(doc)) if doc_date(doc) else ""
        said = as_sentence(best[doc.doc_id].text)
        lines.append(msg("version_change_item", title=doc.title, date=when, value=said))
    return "\n".join(lines), [(best[d.doc_id], None) for d in docs]
