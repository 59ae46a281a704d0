"""Index problems whose message is meant for the user."""

from __future__ import annotations


class IndexProblem(RuntimeError):
    """Base class for index problems with a message meant for the user."""


class EmbedderMismatchError(IndexProblem):
    pass


class IndexMissingError(IndexProblem):
    pass


class IndexFormatError(IndexProblem):
    """The index was built by an ingest whose stored text, spans or tokens differ."""
