"""Where a position sits in a report: its clause, sentence, block and section heading."""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

# Clause breaks: these characters, and a comma unless it stands between digits as a
# thousands separator (",\d{3}" then a non-digit or the end). The texts are
# normalised (full-width punctuation folded, a decimal digit is one of 0-9).
#
# A position's clause and sentence are found when asked, by searching forwards for
# the next break and, in the reversed text, for the one before: both patterns open
# with a character class, so the search runs in C and stops within a few characters.
#
# A line break between words and a numeral ("开展专项整治行动\n150余次", as PDF text and
# some pages wrap a line mid-sentence) is no clause break: the words before the numeral
# still say what it counts. A year opening the next line (…情况说明\n2021年我局…) starts
# a sentence of its own.
_BREAK_CHARS = "，；;。！？!?：:\n,"
_NEXT_CLAUSE_BREAK = re.compile(rf"[{_BREAK_CHARS}](?:(?<!,)|(?<![0-9],)|(?![0-9]{{3}}(?:[^0-9]|$)))(?!(?<=[\u4e00-\u9fff]\n)(?=[0-9](?![0-9]{{3}}年)))")
# The same in the reversed text: the digits "after" a comma stand before it there, and
# a wrapped line's numeral before the line break.
_PREVIOUS_CLAUSE_BREAK = re.compile(
    rf"[{_BREAK_CHARS}](?:(?<!,)|(?![0-9])|(?<![^0-9][0-9]{{3}},)(?<!^[0-9]{{3}},))(?!(?<=[0-9]\n)(?<!年[0-9]{{4}}\n)(?=[\u4e00-\u9fff]))"
)
_SENTENCE_BREAK = re.compile(r"[；;。！？!?\n]")
# The number a list item or a heading opens with: 一、 （一） (1) 1. 1、, or 2) whose opening
# bracket was lost on the way from the page; Chinese numerals up to three (二十一), digits up to two.
ENUMERATOR = r"(?:[(（]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.])"
# Inline enumerators open a new block even mid-line: "...；(2)区安委会..."; the
# whitespace between the stop and the enumerator belongs to the new block.
_INLINE_ENUMERATOR = re.compile(r"[（(①-⑳](?:(?<=[（(])\d{1,2}[)）]|(?<=[①-⑳]))")
_STOPS = "；;。"
# Headings by level: 一、 > （一） > 1. / （1）; the heading text runs to the first stop.
_HEADING = re.compile(
    r"[ \t]*(?:(?P<l1>[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分)"
    r"|(?P<l2>[（(][一二三四五六七八九十]{1,3}[)）])"
    r"|(?P<l3>[（(]\d{1,2}[)）]|\d{1,2}[、.．](?!\d)))"
    r"[^\n。，,；;：:]{0,40}"
)
_LINE_HEADING = re.compile(r"\n" + _HEADING.pattern)


class Span(NamedTuple):
    """A character range [start, end) (a tuple: made for every lookup, so it is cheap)."""

    start: int
    end: int


class Layout:
    """The clause, sentence, block and headings around any position of one text.

    Boundaries are found when first asked for and kept: a report's figures stand in
    a small part of it, and most of its text is never asked about."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._length = len(text)
        self._reversed: str | None = None
        self._clauses: dict[int, Span] = {}
        self._sentences: dict[int, Span] = {}
        self._block: list[int] | None = None  # inline enumerator breaks, when first asked
        self._swallowed: frozenset[int] = frozenset()
        # Headings: where each starts, its span and level; the stack in force after
        # each one is worked out when asked.
        self._heading_starts: list[int] = []
        self._heading_spans: list[Span] = []
        self._heading_levels: list[int] = []
        self._stacks: dict[int, tuple[Span, ...]] = {}
        # One scan in C for the lines that open on a heading: in "\n" + text a match
        # starts at the line break before its line, its line's offset in `text`.
        for m in _LINE_HEADING.finditer("\n" + text):
            start, end = m.start(), m.end() - 1
            self._heading_starts.append(start)
            self._heading_spans.append(Span(start, end))
            self._heading_levels.append(1 if m.group("l1") else 2 if m.group("l2") else 3)

    def _around(self, pos: int, forwards: re.Pattern[str], backwards: re.Pattern[str]) -> Span:
        """From just after the last break before `pos` to the first break at or after it."""
        if self._reversed is None:
            self._reversed = self.text[::-1]
        n = self._length
        before = backwards.search(self._reversed, n - pos) if pos > 0 else None
        after = forwards.search(self.text, pos)
        return Span(n - before.start() if before else 0, after.start() if after else n)

    def clause(self, pos: int) -> Span:
        span = self._clauses.get(pos)
        if span is None:
            span = self._clauses[pos] = self._around(pos, _NEXT_CLAUSE_BREAK, _PREVIOUS_CLAUSE_BREAK)
        return span

    def sentence(self, pos: int) -> Span:
        span = self._sentences.get(pos)
        if span is None:
            span = self._sentences[pos] = self._around(pos, _SENTENCE_BREAK, _SENTENCE_BREAK)
        return span

    def block(self, pos: int) -> Span:
        """A line, or the part of one an inline enumerator opens."""
        if self._block is None:
            self._block, self._swallowed = _inline_breaks(self.text)
        text, swallowed, inline = self.text, self._swallowed, self._block
        before = text.rfind("\n", 0, pos)
        while before in swallowed:
            before = text.rfind("\n", 0, before)
        after = text.find("\n", pos)
        while after in swallowed:
            after = text.find("\n", after + 1)
        if inline:
            i = bisect.bisect_left(inline, pos)
            if i > 0:
                before = max(before, inline[i - 1])
            if i < len(inline) and (after < 0 or inline[i] < after):
                after = inline[i]
        return Span(before + 1, after if after >= 0 else self._length)

    def heading_spans(self, pos: int) -> tuple[Span, ...]:
        """Where the headings in force at `pos` stand, outermost first."""
        i = bisect.bisect_right(self._heading_starts, pos) - 1
        if i < 0:
            return ()
        stack = self._stacks.get(i)
        if stack is None:
            # Back from the heading at `pos`: each outer heading is the nearest one
            # of a higher level (a heading closes those of its level and below).
            found = [self._heading_spans[i]]
            level = self._heading_levels[i]
            for j in range(i - 1, -1, -1):
                if level == 1:
                    break
                if self._heading_levels[j] < level:
                    found.append(self._heading_spans[j])
                    level = self._heading_levels[j]
            stack = self._stacks[i] = tuple(reversed(found))
        return stack

    def section(self, pos: int) -> str | None:
        """The innermost heading in force at `pos`, as written."""
        i = bisect.bisect_right(self._heading_starts, pos) - 1
        if i < 0:
            return None
        heading = self._heading_spans[i]
        return self.text[heading.start : heading.end].strip()


def _inline_breaks(text: str) -> tuple[list[int], frozenset[int]]:
    """Where inline enumerators open blocks (right after the stop before them), and
    the line ends their leading whitespace takes in (those end no block)."""
    breaks: list[int] = []
    swallowed: set[int] = set()
    for m in _INLINE_ENUMERATOR.finditer(text):
        at = m.start()
        while at > 0 and text[at - 1].isspace():
            at -= 1
        if at == 0 or text[at - 1] not in _STOPS or text[at] == "\n":
            continue  # no stop before it, or a line end right after the stop breaks there anyway
        breaks.append(at)
        swallowed.update(i for i in range(at + 1, m.start()) if text[i] == "\n")
    return breaks, frozenset(swallowed)


class Ranges:
    """Character ranges, for asking fast whether one holds a position."""

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

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and self._reach[i] > pos
