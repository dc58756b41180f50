"""Statistical tables written out as text: 行政处罚实施情况统计表 and the like.

A header row names the columns (执法主体 立案数量 结案数量 罚没金额(万元)); each
following row is a body and one value per column, cells separated by spaces or
tabs, or one cell per line. Every cell becomes a figure of its column's metric,
with the row's body as `sub_issuer`; the 合计 row is the issuer-level figure.

A line with tabs in it is a row written out from a real table (a .docx, .xlsx,
.pdf or web page table): its cells are split at tabs only, so a cell may hold
spaces, an empty cell keeps its column, and a row whose last cells are empty may
stop short.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from extractors.domains import first_domain_named
from extractors.mentions import Mention
from extractors.numbers import NotANumber, parse_arabic
from extractors.taxonomy import Metric, Taxonomy

_LABEL = r"(?:(?:执法|实施|行政|填报|责任)?(?:主体|单位|部门|机关|机构)(?:名称)?|名称|项目|地区|区域)"
_LABEL_HEADER = re.compile(rf"^{_LABEL}$")
# Where a header row may start: a label, after a row-number column's name or not.
_HEADER_START = re.compile(rf"\s*(?:(?:序号|编号)\s*)?{_LABEL}")
# A leading row-number column (序号 1 2 3 …) carries no figures.
_INDEX_HEADER = re.compile(r"^(?:序号|编号)$")
_INDEX = re.compile(r"^\d{1,3}[.、]?$")
_TOTAL_ROW = re.compile(r"^(?:合计|总计|全区合计|全县合计|全市合计|总数)$")
_SUBTOTAL_ROW = re.compile(r"^小计$")
_CELL_SPLIT = re.compile(r"[\t ]+|\u3000+")
_VALUE = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_EMPTY = frozenset({"", "—", "-", "－", "/", "／", "无", "—-", "——", "--"})
_UNIT_IN_HEADER = re.compile(r"[(（](?P<unit>[^()（）]{1,4})[)）]\s*$")
_TOTAL_COLUMN = re.compile(r"^(?:合计|小计|总计|总数|总件数)$")
_CAPTION = re.compile(r"(?P<kind>处罚|许可|检查|强制|征收|给付|奖励|裁决|确认)[^\n]{0,12}(?:统计表|情况表|一览表|表)")
_CAPTION_TOTAL = {
    "处罚": "penalty_cases",
    "许可": "licenses_granted",
    "检查": "inspections",
    "强制": "coercive_total",
    "征收": "levy_cases",
    "给付": "benefit_cases",
    "奖励": "award_cases",
    "裁决": "ruling_cases",
    "确认": "confirmation_cases",
}


_MEMO_SIZE = 4096


@dataclass(frozen=True, slots=True)
class TableCell:
    mention: Mention
    metric: str
    domain: str
    sub_issuer: str | None
    parent_metric: str | None


@dataclass(frozen=True, slots=True)
class _Column:
    metric: Metric
    unit: str
    multiplier: Decimal


@dataclass(frozen=True, slots=True)
class _Header:
    """The columns of a table, None where no metric fits (those cells are left out)."""

    columns: list[_Column | None]
    indexed: bool  # a 序号 column comes first

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(c.metric.code for c in self.columns if c)


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    text: str


def find_tables(text: str, taxonomy: Taxonomy) -> tuple[list[TableCell], list[tuple[int, int]]]:
    """All table cells in `text`, and the character ranges the tables cover."""
    lines = _Lines(text)
    cells: list[TableCell] = []
    covered: list[tuple[int, int]] = []
    last = -1
    for i in lines.header_candidates():
        if i <= last:
            continue  # a row of the table just read
        caption = _caption(lines, i)
        parsed = _inline_table(lines, i, taxonomy, caption) or _stacked_table(lines, i, taxonomy, caption)
        if parsed is None:
            continue
        found, last = parsed
        cells += found
        covered.append((lines[i].start, lines[last].start + len(lines[last].text)))
    return cells, covered


class _Lines:
    """The lines of a text with where each starts; a `_Line` is made only for the
    lines a table may stand on."""

    def __init__(self, text: str) -> None:
        self._texts = text.split("\n")
        # Characters before each line, line ends not counted (summed in C).
        self._before = list(itertools.accumulate(map(len, self._texts), initial=0))
        self._tabbed = "\t" in text

    def __len__(self) -> int:
        return len(self._texts)

    def __getitem__(self, i: int) -> _Line:
        return _Line(self._before[i] + i, self._texts[i])

    def window(self, start: int, stop: int) -> list[_Line]:
        return [self[k] for k in range(max(0, start), min(stop, len(self)))]

    def header_candidates(self) -> Iterator[int]:
        """The lines a header row may stand on: a tab-separated row, or a line that
        opens with a label column's name (执法主体, 序号 单位名称 …)."""
        match = _HEADER_START.match
        if not self._tabbed:
            for i, line in enumerate(self._texts):
                if match(line):
                    yield i
            return
        for i, line in enumerate(self._texts):
            if "\t" in line or match(line):
                yield i


def _caption(lines: _Lines, i: int) -> str | None:
    for line in lines.window(i - 3, i):
        m = _CAPTION.search(line.text)
        if m:
            return m.group("kind")
    return None


def _cells(line: _Line) -> list[tuple[int, str]]:
    if "\t" in line.text:
        return _tab_cells(line)
    out, pos = [], 0
    for part in _CELL_SPLIT.split(line.text):
        if part:
            at = line.text.index(part, pos)
            out.append((line.start + at, part))
            pos = at + len(part)
    return out


def _tab_cells(line: _Line) -> list[tuple[int, str]]:
    """Cells of a tab-separated row, empty ones included, each stripped of spaces."""
    out, pos = [], 0
    for part in line.text.split("\t"):
        stripped = part.strip()
        lead = len(part) - len(part.lstrip()) if stripped else 0
        out.append((line.start + pos + lead, stripped))
        pos += len(part) + 1
    return out


def _column(taxonomy: Taxonomy, header: str, caption: str | None) -> _Column | None:
    """The metric and unit of a header cell. Statistical tables follow a few standard
    forms, so the same headers come back report after report: each is read once."""
    memo = taxonomy.derived.setdefault("table_columns", {})
    key = (header, caption)
    if key not in memo:
        if len(memo) >= _MEMO_SIZE:
            memo.clear()  # bounded: odd cells of stacked tables are asked about too
        memo[key] = _read_column(taxonomy, header, caption)
    return memo[key]


def _read_column(taxonomy: Taxonomy, header: str, caption: str | None) -> _Column | None:
    unit_match = _UNIT_IN_HEADER.search(header)
    name = header[: unit_match.start()] if unit_match else header
    stated = unit_match.group("unit") if unit_match else None
    metric: Metric | None = None
    if _TOTAL_COLUMN.match(name) and caption:
        metric = taxonomy.metrics[_CAPTION_TOTAL[caption]]
    else:
        best = 0
        for candidate in taxonomy.metrics.values():
            for phrase in candidate.table:
                if phrase in name and len(phrase) > best:
                    metric, best = candidate, len(phrase)
    if metric is None:
        return None
    if metric.unit_kind == "money":
        multiplier = {"万元": Decimal(10_000), "亿元": Decimal(100_000_000)}.get(stated or "", Decimal(1))
        return _Column(metric, "元", multiplier)
    unit = stated if stated and stated in metric.units else ("件" if "件" in metric.units else sorted(metric.units)[0])
    return _Column(metric, unit, Decimal(1))


def _header(taxonomy: Taxonomy, cells: list[str], caption: str | None) -> _Header | None:
    """A header row: a label column, then value columns most of which name a metric."""
    indexed = bool(cells) and bool(_INDEX_HEADER.match(cells[0]))
    if indexed:
        cells = cells[1:]
    # A written-out table often leaves the corner cell over the labels empty.
    if len(cells) < 3 or not (_LABEL_HEADER.match(cells[0]) or cells[0] == ""):
        return None
    columns = [_column(taxonomy, c, caption) for c in cells[1:]]
    known = sum(c is not None for c in columns)
    if known < 2 or known * 2 < len(columns):
        return None
    return _Header(columns, indexed)


def _inline_table(lines: _Lines, i: int, taxonomy: Taxonomy, caption: str | None):
    header = _header(taxonomy, [c for _, c in _cells(lines[i])], caption)
    if not header:
        return None
    width = len(header.columns)
    found: list[TableCell] = []
    last = i
    for j in range(i + 1, len(lines)):
        row = _cells(lines[j])
        tabbed = "\t" in lines[j].text
        if header.indexed and len(row) > 1 and (
            (len(row) == width + 2 and _INDEX.match(row[0][1])) or (tabbed and (not row[0][1] or _INDEX.match(row[0][1])))
        ):
            row = row[1:]
        if tabbed and 2 <= len(row) < width + 1:
            end = lines[j].start + len(lines[j].text)
            row = row + [(end, "")] * (width + 1 - len(row))
        if len(row) != width + 1 or not row[0][1] or _VALUE.match(row[0][1]):
            break
        row_cells = _row(taxonomy, row[0][1], row[1:], header)
        if row_cells is None:
            break
        found += row_cells
        last = j
    return (found, last) if found else None


def _stacked_table(lines: _Lines, i: int, taxonomy: Taxonomy, caption: str | None):
    """One cell per line: the header cells, then each row's label and values."""
    if not _LABEL_HEADER.match(lines[i].text.strip()):
        return None
    headers: list[str] = []
    j = i + 1
    while j < len(lines) and lines[j].text.strip() and _column(taxonomy, lines[j].text.strip(), caption):
        headers.append(lines[j].text.strip())
        j += 1
    header = _header(taxonomy, [lines[i].text.strip(), *headers], caption)
    if not header:
        return None
    found: list[TableCell] = []
    last = j - 1
    width = len(header.columns)
    while j + width < len(lines) + 0 and j + width <= len(lines) - 1 + 1:
        label = lines[j].text.strip()
        values = [(lines[k].start + len(lines[k].text) - len(lines[k].text.lstrip()), lines[k].text.strip()) for k in range(j + 1, j + 1 + width) if k < len(lines)]
        if not label or _VALUE.match(label) or len(values) < width:
            break
        row_cells = _row(taxonomy, label, values, header)
        if row_cells is None:
            break
        found += row_cells
        last = j + width
        j += width + 1
    return (found, last) if found else None


def _row(taxonomy: Taxonomy, label: str, values: list[tuple[int, str]], header: _Header) -> list[TableCell] | None:
    if _SUBTOTAL_ROW.match(label):
        return []
    if not all(_VALUE.match(v) or v in _EMPTY for _, v in values):
        return None
    total = bool(_TOTAL_ROW.match(label))
    sub_issuer = None if total else label
    domain = "all" if total else (first_domain_named(taxonomy, label) or "other")
    out: list[TableCell] = []
    codes = header.codes
    for (start, cell), column in zip(values, header.columns):
        if column is None or cell in _EMPTY:
            continue
        try:
            number = parse_arabic(cell)
        except NotANumber:
            return None
        mention = Mention(start=start, end=start + len(cell), value=number * column.multiplier, unit=column.unit, approximate=False, chinese=False)
        # 简易程序 breaks down 行政处罚 only where the table also has the total.
        parent = column.metric.parent if column.metric.parent in codes else None
        out.append(TableCell(mention, column.metric.code, domain, sub_issuer, parent))
    return out
