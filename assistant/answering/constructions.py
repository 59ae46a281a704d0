"""Questions of a construction that brings its own evidence, answered before the parts of
a question are: whom to contact (:mod:`contacts`), whether two named sides are the same
(:mod:`sameness`), which of two named options holds (:mod:`choices`), what changed between
two versions of a rule (:mod:`version_changes`), whether a repealed rule still holds
(:mod:`repeals`), the value of a labelled field line
(:mod:`fields`), the table row holding a column's largest or smallest value
(:mod:`table_extremes`)."""

from __future__ import annotations

from assistant.answering.choices import choice_answer
from assistant.answering.composing import Context
from assistant.answering.contacts import contact_answer, parts_contact_answer
from assistant.answering.fields import field_answer
from assistant.answering.repeals import repeal_answer
from assistant.answering.sameness import sameness_answer
from assistant.answering.table_extremes import extreme_row
from assistant.answering.version_changes import version_change_answer


def construction_answer(index, ctx: Context, scoring):
    """(direct answer, quotes), or None when the question is of no such construction or
    its evidence is missing. ``scoring``: the answerer's scored units of a context."""
    return (
        parts_contact_answer(index, ctx, scoring)
        or contact_answer(index, ctx, scoring)
        or sameness_answer(ctx, scoring)
        or choice_answer(index, ctx, scoring)
        or version_change_answer(index, ctx, scoring)
        or repeal_answer(index, ctx)
        or field_answer(index, ctx, scoring)
        or extreme_row(index, ctx)
    )
