"""What a compiled regular expression can start with, to skip patterns that cannot match.

A text is checked against a hundred metric patterns for every figure; most of them
cannot match because the text holds none of the characters they open with. Knowing
each pattern's possible first characters lets a caller run only the few that can.
"""

from __future__ import annotations

import re
from typing import Generic, TypeVar

T = TypeVar("T")

try:  # the parser behind `re`; its name has been stable since Python 3.11
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
    from re._constants import ASSERT, ASSERT_NOT, AT, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, NEGATE, SUBPATTERN
except ImportError:  # pragma: no cover - another Python: no pattern is skipped
    _sre_parse = None


def blank(pattern: re.Pattern[str], text: str) -> str:
    """`text` with what `pattern` finds turned to spaces, every offset where it was."""
    return pattern.sub(lambda found: " " * len(found.group()), text)


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with; None when it may start
    with any character (or match the empty string)."""
    if _sre_parse is None:
        return None
    try:
        found = _firsts(list(_sre_parse.parse(pattern.pattern, pattern.flags)))
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply never skipped
        return None
    return frozenset(found) if found is not None else None


def _firsts(items: list) -> set[str] | None:
    """First characters of a sequence of parsed items, None for "any"."""
    for op, av in items:
        if op in (ASSERT, ASSERT_NOT, AT):
            continue  # zero-width: the next item decides (a lookahead only narrows it)
        if op is LITERAL:
            return {chr(av)}
        if op is IN:
            chars: set[str] = set()
            for kind, value in av:
                if kind is not LITERAL:  # ranges, categories, negation: too wide to list
                    return None
                chars.add(chr(value))
            return chars
        if op is SUBPATTERN:
            return _firsts(list(av[-1]))
        if op is BRANCH:
            union: set[str] = set()
            for alternative in av[1]:
                part = _firsts(list(alternative))
                if part is None:
                    return None
                union |= part
            return union
        if op in (MAX_REPEAT, MIN_REPEAT):
            low, _, body = av
            if low == 0:
                return None  # may be skipped: whatever follows could come first
            return _firsts(list(body))
        return None
    return None  # the empty pattern


class PatternIndex(Generic[T]):
    """Patterns (each with what it stands for) indexed by their first characters:
    `candidates(text)` gives, in their original order, only those that could match
    somewhere in `text`."""

    def __init__(self, entries: list[tuple[T, re.Pattern[str]]]) -> None:
        self._entries = entries
        self._always: list[int] = []
        self._by_char: dict[str, list[int]] = {}
        for i, (_, pattern) in enumerate(entries):
            chars = first_chars(pattern)
            if chars is None:
                self._always.append(i)
                continue
            for ch in chars:
                self._by_char.setdefault(ch, []).append(i)

    def candidates(self, text: str) -> list[tuple[T, re.Pattern[str]]]:
        by_char = self._by_char
        picked = set(self._always)
        for ch in set(text):
            found = by_char.get(ch)
            if found:
                picked.update(found)
        return [self._entries[i] for i in sorted(picked)]
