"""The rows of statistical tables as text carries them, every cell with its offset.

A table reaches the text in one of a few shapes: cells joined by tabs (every file
format's tables, extractors/formats/rows.py), cells between pipes as web pages are
copied out ("警告 | 罚款 | 合计 |", "| 区市场监管局 | 12 | 3 |", runs "| ||||" of
empty cells), a pipe table written one cell per line (a lone "|" opens each row,
"12 |" closes a cell), or cells set apart by runs of spaces.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from dataclasses import dataclass

from extractors.pinyin import strip_annotations

_SPACES = re.compile(r"[ \t]+")
_WORD = re.compile(r"[^ \t]+")
# A cell that is only a unit in brackets belongs to the header before it: "罚没金额 (元)".
_UNIT_ONLY = re.compile(r"^\([^()]{1,4}\)$")
_PIPE = "|"


@dataclass(frozen=True, slots=True)
class Cell:
    start: int
    text: str  # stripped of spaces; "" for an empty cell

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class Row:
    first: int  # index of its first line
    last: int  # index of its last line (later than `first` for a pipe table written a cell per line)
    cells: tuple[Cell, ...]  # without the empty cells that end the row
    separated: bool  # split at tabs or pipes, so an empty cell keeps its column
    width: int  # cells with the empty ones that end the row (a copied web page writes them all)


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    text: str


class Lines:
    """The lines of a text with where each starts, and the table row each opens;
    rows are read when first asked for (most lines of a report are never asked)."""

    def __init__(self, text: str) -> None:
        self.texts = text.split("\n")
        # Where each line starts, and where the text ends (summed in C).
        lengths = map(operator.add, map(len, self.texts), itertools.repeat(1))
        self._starts = list(itertools.accumulate(lengths, initial=0))
        self.separated = "\t" in text or _PIPE in text
        self._rows: dict[int, Row] = {}

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, i: int) -> Line:
        return Line(self._starts[i], self.texts[i])

    def text(self, i: int) -> str:
        return self.texts[i]

    def end(self, i: int) -> int:
        """Where line `i` ends (its line break not counted)."""
        return self._starts[i + 1] - 1

    def line_at(self, pos: int) -> int:
        """The index of the line holding position `pos`."""
        return bisect.bisect_right(self._starts, pos) - 1

    def row(self, i: int) -> Row:
        """The row that starts at line `i`."""
        row = self._rows.get(i)
        if row is None:
            row = self._rows[i] = self._read_row(i)
        return row

    def _read_row(self, i: int) -> Row:
        line = self[i]
        if self.separated and line.text.strip() == _PIPE and i + 1 < len(self):
            return self._pipe_cell_per_line(i)
        if "\t" in line.text:
            return _separated_row(i, i, _tab_cells(line))
        if _PIPE in line.text:
            return _separated_row(i, i, _pipe_cells(line))
        cells = _space_cells(line)
        return Row(i, i, tuple(cells), False, len(cells))

    def _pipe_cell_per_line(self, i: int) -> Row:
        """A row opened by a lone "|", then one line per cell each closed by "|"
        ("警告 |"), or a line of pipes for as many empty cells."""
        cells: list[Cell] = []
        j = i + 1
        while j < len(self):
            text = self.texts[j].strip()
            if text == _PIPE or not text.endswith(_PIPE):
                break
            # Every pipe closes one cell: "12 |" is one, "|||" three empty ones.
            cells += _pipe_cells(self[j], borders=False)[:-1]
            j += 1
        return _separated_row(i, j - 1, cells)


def _separated_row(first: int, last: int, cells: list[Cell]) -> Row:
    width = len(cells)
    # Empty cells at the end of a row say nothing but how wide the table is.
    while cells and not cells[-1].text:
        cells.pop()
    return Row(first, last, tuple(cells), True, width)


def _tab_cells(line: Line) -> list[Cell]:
    return _split(line, "\t")


def _pipe_cells(line: Line, *, borders: bool = True) -> list[Cell]:
    """Cells between pipes; a pipe opening or closing the line is a border, not a
    cell break ("| a | b |" is two cells)."""
    cells = _split(line, _PIPE)
    if borders:
        stripped = line.text.strip()
        if stripped.startswith(_PIPE):
            cells = cells[1:]
        if stripped.endswith(_PIPE) and cells:
            cells = cells[:-1]
    return cells


def _split(line: Line, separator: str) -> list[Cell]:
    out: list[Cell] = []
    pos = 0
    for part in line.text.split(separator):
        stripped = part.strip()
        lead = len(part) - len(part.lstrip()) if stripped else 0
        out.append(Cell(line.start + pos + lead, stripped))
        pos += len(part) + 1
    return out


def _space_cells(line: Line) -> list[Cell]:
    out: list[Cell] = []
    for m in _WORD.finditer(line.text):
        cell = Cell(line.start + m.start(), m.group())
        if out and _UNIT_ONLY.match(cell.text):
            joined = line.text[out[-1].start - line.start : m.end()]
            out[-1] = Cell(out[-1].start, joined)
            continue
        out.append(cell)
    return out


def compact(text: str) -> str:
    """A header as one word: a cell wrapped over lines comes back with spaces in it
    ("没收违法 所得"), and Chinese puts none between words; a reading in pinyin the
    match text could not fold away (万(wàn)元: 万 may be a numeral's) is no part of it."""
    text = _SPACES.sub("", text)
    return strip_annotations(text)
