"""The two sides of a comparison said with one shared head noun ("Class B and Class D
talents": Class B talents and Class D talents). The question says the head once, after the
second side; the first side is a sibling of the second's first word — as long, ending in the
same character (the kind both are of) — and is read with that head too. Module functions; no
state.
"""

from __future__ import annotations

# Fewest characters of a head the two sides share: one character ending both ("区") is too
# often the suffix of unrelated names to be a noun the first side leaves unsaid.
MIN_SHARED_HEAD_CHARS = 2


def with_shared_head(sides: tuple[str, str]) -> tuple[str, str]:
    """The sides, the first given the head the second says after its own sibling word;
    unchanged when the first is no sibling of the second's start or the second says no more."""
    first, second = sides
    k = len(first)
    stem, head = second[:k], second[k:]
    sibling = k >= 2 and stem != first and stem[-1:] == first[-1:] and stem[:-1] != first[:-1]
    if sibling and len(head) >= MIN_SHARED_HEAD_CHARS:
        return first + head, second
    return sides
