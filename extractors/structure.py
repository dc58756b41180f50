"""Where a position sits in a report: its clause, sentence, block and section heading."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# A comma between two digits is a thousands separator, not a clause break.
_CLAUSE_BREAK = re.compile(r"[，；;。！？!?：:\n]|,(?!\d{3}(?:\D|$))")
_SENTENCE_BREAK = re.compile(r"[；;。！？!?\n]")
# Inline enumerators open a new block even mid-line: "...；(2)区安委会..."
_BLOCK_BREAK = re.compile(r"\n|(?<=[；;。])\s*(?:[（(]\d{1,2}[)）]|[①-⑳])")
# Headings by level: 一、 > （一） > 1. / （1）; the heading text runs to the first stop.
_HEADING = re.compile(
    r"^[ \t]*(?:(?P<l1>[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分)"
    r"|(?P<l2>[（(][一二三四五六七八九十]{1,3}[)）])"
    r"|(?P<l3>[（(]\d{1,2}[)）]|\d{1,2}[、.．](?!\d)))"
    r"[^\n。，,；;：:]{0,40}",
    re.M,
)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


class Layout:
    """Precomputed boundaries of one text, for fast lookups by position."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._clause = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
        self._sentence = [m.start() for m in _SENTENCE_BREAK.finditer(text)]
        self._block = [m.start() for m in _BLOCK_BREAK.finditer(text)]
        self._heading_starts: list[int] = []
        self._heading_stacks: list[tuple[Span, ...]] = []
        stack: dict[int, Span] = {}
        for m in _HEADING.finditer(text):
            level = 1 if m.group("l1") else 2 if m.group("l2") else 3
            stack = {lvl: h for lvl, h in stack.items() if lvl < level}
            stack[level] = Span(m.start(), m.end())
            self._heading_starts.append(m.start())
            self._heading_stacks.append(tuple(stack[lvl] for lvl in sorted(stack)))

    @staticmethod
    def _around(breaks: list[int], pos: int, length: int) -> Span:
        i = bisect.bisect_right(breaks, pos - 1)
        start = breaks[i - 1] + 1 if i > 0 else 0
        end = breaks[i] if i < len(breaks) else length
        return Span(start, end)

    def clause(self, pos: int) -> Span:
        return self._around(self._clause, pos, len(self.text))

    def sentence(self, pos: int) -> Span:
        return self._around(self._sentence, pos, len(self.text))

    def block(self, pos: int) -> Span:
        return self._around(self._block, pos, len(self.text))

    def heading_spans(self, pos: int) -> tuple[Span, ...]:
        """Where the headings in force at `pos` stand, outermost first."""
        i = bisect.bisect_right(self._heading_starts, pos) - 1
        return self._heading_stacks[i] if i >= 0 else ()

    def headings(self, pos: int) -> tuple[str, ...]:
        """The headings in force at `pos`, outermost first."""
        return tuple(self.text[h.start : h.end].strip() for h in self.heading_spans(pos))


class Ranges:
    """Character ranges, for asking fast which one (if any) holds a position."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self._ranges = sorted(ranges)
        self._starts = [start for start, _ in self._ranges]
        # The furthest end among the ranges up to each index, so nested and
        # overlapping ranges are all found by one bisect.
        self._reach: list[int] = []
        reach = -1
        for _, end in self._ranges:
            reach = max(reach, end)
            self._reach.append(reach)

    def holding(self, pos: int) -> list[tuple[int, int]]:
        """The ranges with start <= pos < end."""
        out = []
        i = bisect.bisect_right(self._starts, pos) - 1
        while i >= 0 and self._reach[i] > pos:
            if self._ranges[i][1] > pos:
                out.append(self._ranges[i])
            i -= 1
        return out

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and self._reach[i] > pos
