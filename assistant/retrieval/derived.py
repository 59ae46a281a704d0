"""What every question reads from the whole library, worked out once per state of it.

A question must not cost in proportion to the library when what it reads does not change
between questions: the documents' regions, their subjects. Such values are kept per index
and per state of its documents. The index builds a new chunk lookup whenever a document is
added, replaced or removed, or another instance changed a shared store
(:meth:`assistant.index.Index.chunk_lookup`); the lookup a value was built from is held
with it, so its identity says whether the value is current (a held object's identity is
never reused).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from assistant.index import Index

T = TypeVar("T")

# Per index: (the chunk lookup the values were built from, name -> value).
_VALUES: weakref.WeakKeyDictionary[Index, tuple[object, dict[Hashable, Any]]] = (
    weakref.WeakKeyDictionary()
)
_LOCK = threading.Lock()


def derived(index: Index, name: Hashable, build: Callable[[], T]) -> T:
    """The value ``build()`` gives for the index's current documents, built on the first
    call after they change and kept until they change again. ``name`` tells the values
    of one index apart; ``build`` must read nothing but the index's documents (and what
    ``name`` holds)."""
    lookup = index.chunk_lookup()
    with _LOCK:
        entry = _VALUES.get(index)
        if entry is None or entry[0] is not lookup:
            entry = (lookup, {})
            _VALUES[index] = entry
        values = entry[1]
        if name in values:
            return values[name]
    # Built outside the lock: two threads may build the same value at once, and both
    # results are equal; a slow build must not hold up every other question.
    value = build()
    with _LOCK:
        current = _VALUES.get(index)
        if current is not None and current[0] is lookup:
            current[1].setdefault(name, value)
    return value
