"""Table cells and rows as text: whitespace tidied, cells joined by tabs, one row per line.

extractors/tables.py reads such rows back (a header like 执法主体 简易程序(件) …, then
one row per body), whatever format the table came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

_SPACE = re.compile(r"[^\S\n]+")
_BREAKS = re.compile(r"\s*\n\s*")
# Chinese has no spaces between words: a line break between two Chinese
# characters is where a line was wrapped, not a gap.
_WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff01-\uffef\u3001-\u303f"
_WRAP_GAP = re.compile(rf"(?<=[{_WIDE}])[^\S\n]*\n\s*(?=[{_WIDE}])")
_ANY_GAP = re.compile(rf"(?<=[{_WIDE}])[^\S\n\u3000]+(?=[{_WIDE}])")


def tidy(text: str) -> str:
    """One line of text from a fragment laid out over several: wrapped lines
    rejoined, runs of spaces to one, no tabs left (tabs separate cells)."""
    text = text.replace("\u00a0", " ").replace("\t", " ")
    text = _WRAP_GAP.sub("", text)
    return _SPACE.sub(" ", _BREAKS.sub(" ", text)).strip()


def close_gaps(text: str) -> str:
    """Spaces between two Chinese characters dropped: in a PDF they come from
    letter-spacing (justified lines), not from the writer."""
    return _ANY_GAP.sub("", text)


def tidy_lines(text: str) -> list[str]:
    """Paragraph text whose own line breaks are kept, each line tidied."""
    lines = [tidy(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return [line for line in lines if line]


def cell_text(value: object) -> str:
    """A cell value as the report shows it: 168.5, 214 (not 214.0), a date as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _number(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return tidy(str(value))


def _number(value: float) -> str:
    try:
        number = Decimal(repr(value))
    except InvalidOperation:
        return repr(value)
    if number == number.to_integral_value():
        return str(int(number))
    return format(number.normalize(), "f")


def row_line(cells: Iterable[str]) -> str:
    """Cells joined by tabs; empty cells kept in place, empty ones at the end dropped."""
    values = list(cells)
    while values and not values[-1]:
        values.pop()
    return "\t".join(values)


def table_lines(rows: Iterable[Iterable[str]]) -> list[str]:
    """Rows as lines; columns empty in every row at the left (a sheet that starts
    at column B) are dropped, so a row starts with its label."""
    grid = [list(r) for r in rows]
    filled = [next(i for i, cell in enumerate(r) if cell) for r in grid if any(r)]
    skip = min(filled, default=0)
    return [line for line in (row_line(r[skip:]) for r in grid) if line]
