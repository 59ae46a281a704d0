"""Chinese and Arabic numerals read as numbers (question_grammar.yaml ``numerals``).
Examples in tests/test_grammar.py."""

from __future__ import annotations

from assistant.answering.grammar import grammar


def numeral_value(text: str) -> int | None:
    """An Arabic or Chinese numeral -> its value ('18' -> 18, ten -> 10, twenty-eight -> 28,
    two-thousand-five -> 2500); None when it is not a numeral."""
    if text.isdigit():
        return int(text)
    g = grammar()
    big = g.raw["numerals"]["big"]
    if not text or any(ch not in g.digits and ch not in g.places and ch not in big for ch in text):
        return None
    total, section, digit = 0, 0, None
    # The place last written, and whether a zero followed it: a digit ending a numeral
    # right after a place counts one place lower (two-thousand-five is 2500), after a zero
    # it counts as itself (one-hundred-zero-five is 105).
    last, zero = 0, False
    for k, ch in enumerate(text):
        if ch in g.digits:
            value = g.digits[ch]
            if digit is not None and text[k - 1] in g.digits:
                digit = digit * 10 + value  # digits written in a row: a year, a code
            elif value == 0:
                zero = True
            else:
                digit = value
        elif ch in g.places:
            section += (1 if digit is None else digit) * g.places[ch]
            last, zero, digit = g.places[ch], False, None
        else:
            total = (total + section + (digit or 0)) * big[ch]
            last, zero, section, digit = big[ch], False, 0, None
    if digit is not None:
        section += digit * last // 10 if last >= 100 and not zero else digit
    return total + section
