"""Statistical tables written out as text: 行政处罚实施情况统计表 and the like.

A table is a header of one or more rows (extractors/table_headers.py), then one row
per body (执法主体 …) with a 合计 row, or a single row for the issuer itself (the
national template's 表一 … 表五, several to a page, each under its own title). Every
value cell becomes a figure of its column's metric: in a body's row with the body as
`sub_issuer`, in the 合计 row or the issuer's own row as the issuer-level figure.
Rows come as extractors/table_rows.py reads them (tabs, pipes, runs of spaces); a
table written one cell per line or paragraph without separators (header cells, then
each body's name and values) is read too, and one written a cell per line with each cell
closed by a pipe and each header row by a run of pipes for its merged cells (a web page's
table copied out, its merged header cells placed by `table_headers.nested`); a table
too wide for its page is printed as bands one under another, each band a header row of
its own then the values for the bodies above. A table printed down the page, each row a
column header and its value, gives the issuer's figures. The 说明 / 填报说明 under a
table explains its columns: the numbers in it are not figures. A disclosure yearbook's
article tables (第二十条第（五）项 …) are read first, as extractors/disclosure_tables.py
says.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from extractors.disclosure_tables import find_disclosure_tables
from extractors.domains import first_domain_named
from extractors.mentions import Mention
from extractors.numbers import NotANumber, parse_arabic
from extractors.structure import Ranges
from extractors.table_headers import MONEY_MULTIPLIERS, Column, Leaf, Vocabulary, column, leaves, merged_kind, names_what_is_counted, nested, title_kind, vocabulary
from extractors.table_rows import Cell, Lines, Row, compact
from extractors.taxonomy import Taxonomy
from extractors.units import MONEY_UNIT

_LABEL = r"(?:(?:执法|实施|行政|填报|责任)?(?:主体|单位|部门|机关|机构)(?:名称)?|名称|项目|地区|区域)"
# Every character a label may start with (for a quick look before the pattern).
_LABEL_WORDS = "执实行填责主单部机名项地区"
_LABEL_HEADER = re.compile(rf"^{_LABEL}$")
# A table's numbered title (表1：省直部门行政复议案件情况), which may open a table written a
# cell per paragraph.
_NUMBERED_TITLE = r"表\s*[\d一二三四五六七八九十]"
# A column headed by its year before what it counts (2020受理量, 2021年度收案数).
_YEAR_HEADED = re.compile(r"(?P<year>(?:19|20)\d{2})年?度?(?=[\u4e00-\u9fff])")
# Where a header row may start (after its leading spaces): a label, after a row-number column's name or not.
_HEADER_START = rf"(?:(?:序号|编号)[ \t]*)?{_LABEL}"
# A leading row-number column (序号 1 2 3 …) carries no figures.
_INDEX_HEADER = re.compile(r"^(?:序号|编号)$")
_INDEX = re.compile(r"^\d{1,3}[.、]?$")
_TOTAL_ROW = re.compile(r"^(?:(?:全(?:区|县|市|镇|乡|旗))?(?:合计|总计)|总数)$")
_SUBTOTAL_ROW = re.compile(r"^小计$")
# (a share or change may fall: -30.0%)
_VALUE = re.compile(r"^(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?|-\d+(?:\.\d+)?%)$")
# A cell written with its own measure word (没收非法财物 304册): it may count something
# other than its column does, so it is the column's figure only when the unit agrees.
_VALUE_WITH_UNIT = re.compile(r"^(?P<number>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?P<unit>[^\x00-\x7f]{1,2})$")
_EMPTY = frozenset({"", "—", "-", "－", "/", "／", "无", "—-", "——", "--"})
# A row labelled by a town or subdistrict (龙山镇, 龙新乡, 某某街道).
_PLACE_ROW = re.compile(r"(?:镇|乡|街道|苏木)$")
# A cell of a table written one cell per line, closed by its pipe ("罚款金额(元) |", "4 |"), and
# a line of pipes closing a header row ("||||||").
_CLOSED_CELL = re.compile(r"[ \t]*(?P<text>[^|\n]*?)[ \t]*\|[ \t]*")
_PIPE_RUN = re.compile(r"[ \t]*\|{2,}[ \t]*")
# A line of values only (after its leading spaces), the issuer's own row under a
# header without a label column.
_VALUES_LINE = r"(?:[0-9][0-9.,]*%?|[-/—]+)(?:[ \t]+(?:[0-9][0-9.,]*%?|[-/—]+))+[ \t]*$"
# A row between the header and the bodies grouping them: "(一)本单位实施的".
_SECTION_ROW = re.compile(r"^(?:[(（][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)")
# A header row holds names, not sentences.
_NOT_A_HEADER = re.compile(r"[。;]")
_MAX_HEADER_CELL = 30
_MAX_HEADER_ROWS = 3
# A paragraph that is only a unit in brackets ends the header before it: 合计 / (宗).
_UNIT_ONLY = re.compile(r"^[(（][^()（）]{1,4}[)）]$")
# How far above a table its title may stand (表一 on a line of its own, a blank line).
_TITLE_LINES = 4

# The notes under a table: 说明 / 填报说明 / 填表说明 / 注, opening a line or after
# the table's title ("…实施情况统计表（表一）说明："); then numbered notes (1. 2、 (3))
# and the lines a note wraps onto.
_NOTES_OPEN = re.compile(r"\s*(?:[^\n]{0,40}?(?:统计表|情况表)[^\n]{0,8}?)?(?:(?P<form>填报|填表)?说明|注(?=:))\s*(?::|$|(?=\d))")
_NOTE_ITEM = re.compile(r"\s*(?:\d{1,2}\s*[.、)]|[(（]\d{1,2}[)）]|[①-⑳])")
_NOTE_WRAPS = re.compile(r"[^。;.]$")
_NOT_A_NOTE = re.compile(r"\s*(?:表[一二三四五六七八九十\d]|第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])|.*(?:统计表|[|\t])")


@dataclass(frozen=True, slots=True)
class TableCell:
    mention: Mention
    metric: str
    domain: str
    sub_issuer: str | None
    parent_metric: str | None
    # A second cell of one metric in its row: the template split the kind over two
    # columns (警告 | 通报批评), and the row's figure of it is the sum of both.
    continues: bool = False
    # A change column's metric (同比 beside 受理量): the table's one other metric.
    of_metric: str | None = None


@dataclass(frozen=True, slots=True)
class _Header:
    """The columns of a table, None where no metric fits (those cells are left out)."""

    columns: list[Column | None]
    indexed: bool  # a 序号 column comes first
    labelled: bool  # a column naming each row's body comes (next)
    # What the table is about and the merged cells over its columns: a band printed
    # below (a wide table wrapped in two) reads its own header under them.
    kind: str | None = None
    above: tuple[str, ...] = ()

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(c.metric.code for c in self.columns if c)


def find_tables(text: str, taxonomy: Taxonomy) -> tuple[list[TableCell], list[tuple[int, int]]]:
    """All table cells in `text`, and the character ranges the tables and their notes cover."""
    vocab = vocabulary(taxonomy)
    decisions, covered = find_disclosure_tables(text)
    cells = [TableCell(mention, metric, "all", None, None) for mention, metric in decisions]
    opening = _header_candidates(text, taxonomy, vocab)
    if not opening and not _has_notes(text):
        return cells, covered  # no line a table or its notes could open on (most reports)
    lines = Lines(text)
    in_disclosure = Ranges(covered)
    last = -1
    for i in map(lines.line_at, opening):
        if i <= last or lines[i].start in in_disclosure:
            continue  # a row of the table just read, or of a disclosure yearbook's table
        parsed = (
            _table(lines, i, taxonomy, vocab)
            or _closed_cell_table(lines, i, taxonomy, vocab)
            or _paragraph_table(lines, i, taxonomy, vocab)
            or _transposed_table(lines, i, taxonomy, vocab)
        )
        if parsed is None:
            continue
        found, last = parsed
        cells += found
        covered.append((lines[i].start, lines.end(last)))
    covered += _notes(lines, text, covered)
    return cells, covered


def _header_candidates(text: str, taxonomy: Taxonomy, vocab: Vocabulary) -> list[int]:
    """Where the lines a header may start on start, in order: a row split at tabs or
    pipes, a line opening with a label column's name (执法主体, 序号 单位名称 …) or
    with a merged header (行政处罚实施数量（宗）), or the line right above a line of
    values only that is none of these itself. Lines are found by one scan of the whole
    text in C for a pattern that opens on a line break (in "\n" + text, where a match
    starts at its line's offset in `text`), not by a loop over every line."""
    starts: set[int] = set()
    values: list[int] = []
    for m in _header_start(taxonomy, vocab)("\n" + text):
        (starts.add if m.group("values") is None else values.append)(m.start())
    if "\t" in text or "|" in text:
        at = 0
        for line in text.split("\n"):
            if "\t" in line or "|" in line:
                starts.add(at)
            at += len(line) + 1
    # The line above a values line (never the first line) starts after the break before it.
    above = {text.rfind("\n", 0, at - 1) + 1 for at in values if at and at not in starts}
    return sorted(starts | above)


def _header_start(taxonomy: Taxonomy, vocab: Vocabulary) -> Callable[[str], Iterator[re.Match[str]]]:
    """The scan for lines opening with a label column's name or with a merged header,
    and for lines of values only (group `values`), each match at the break before its
    line; the characters a header can open with are looked at before its words are tried."""
    found = taxonomy.derived.get("table_header_start")
    if found is None:
        first = "序编表" + _LABEL_WORDS + "".join(kind[0] for kind in vocab.kinds.split("|"))
        found = taxonomy.derived["table_header_start"] = re.compile(
            rf"(?m)\n[ \t]*(?:(?=[{first}])(?:{_HEADER_START}|(?:行政)?(?:{vocab.kinds})|{_NUMBERED_TITLE})|(?P<values>{_VALUES_LINE}))"
        ).finditer
    return found


def _table_kind(lines: Lines, i: int, vocab: Vocabulary) -> str | None:
    """What the title above line `i` says its table is about, the nearest title first."""
    seen = 0
    for j in range(i - 1, -1, -1):
        text = lines.text(j)
        if not text.strip():
            continue
        kind = title_kind(vocab, text)
        if kind:
            return kind
        seen += 1
        if seen == _TITLE_LINES:
            break
    return None


def _table(lines: Lines, i: int, taxonomy: Taxonomy, vocab: Vocabulary) -> tuple[list[TableCell], int] | None:
    """A header of one or more rows at line `i`, then the rows under it."""
    header_rows = _header_rows(lines, i, vocab)
    if not header_rows:
        return None
    j = header_rows[-1].last + 1
    while j < len(lines) and _is_section_row(lines.row(j)):
        j = lines.row(j).last + 1
    if j >= len(lines):
        return None
    # A first row that is no data row means the header rows were read wrong.
    header = _header(taxonomy, vocab, header_rows, _table_kind(lines, i, vocab), lines.row(j))
    if header is None:
        return None
    found, last, labels = _body(lines, j, taxonomy, header)
    if not found or _headers_down_the_side(taxonomy, header, labels):
        return None
    banded = False
    while (band := _band(lines, _next_nonblank(lines, last + 1), taxonomy, vocab, header, labels, found)) is not None:
        cells, last = band
        found += cells
        banded = True
    return (_with_parents(taxonomy, found) if banded else found), last


def _headers_down_the_side(taxonomy: Taxonomy, header: _Header, labels: list[str | None]) -> bool:
    """Whether the rows under a one-column header are named by the template's column
    headers (警告, 罚款, 合计 under 行政处罚实施数量): a table printed down the page
    (`_transposed_table`), not one body per row."""
    if len(header.columns) != 1:
        return False
    named = sum(label is not None and column(taxonomy, Leaf(compact(label), header.above), header.kind) is not None for label in labels)
    return named * 2 > len(labels)


def _header_rows(lines: Lines, i: int, vocab: Vocabulary) -> list[Row]:
    rows: list[Row] = []
    j = i
    while j < len(lines) and len(rows) < _MAX_HEADER_ROWS:
        row = lines.row(j)
        if not _is_header_row(row, vocab):
            break
        rows.append(row)
        j = row.last + 1
    return rows


def _is_header_row(row: Row, vocab: Vocabulary) -> bool:
    names = [c.text for c in row.cells if c.text]
    if not names or any(_VALUE.match(n) or len(n) > _MAX_HEADER_CELL or _NOT_A_HEADER.search(n) for n in names):
        return False
    # A lone name is a header only when it names what the columns under it count;
    # else it is a title, a heading or a label starting a table written cell by cell.
    return len(names) > 1 or names_what_is_counted(vocab, compact(names[0]))


def _is_section_row(row: Row) -> bool:
    names = [c.text for c in row.cells if c.text]
    return len(names) == 1 and bool(_SECTION_ROW.match(names[0]))


def _header(taxonomy: Taxonomy, vocab: Vocabulary, rows: list[Row], title: str | None, first: Row) -> _Header | None:
    grid = [[compact(c.text) for c in row.cells] for row in rows]
    top = grid[0]
    indexed = bool(top) and bool(_INDEX_HEADER.match(top[0]))
    lead = int(indexed)
    # A written-out table often leaves the corner cell over the labels empty.
    labelled = len(top) > lead and (top[lead] == "" or bool(_LABEL_HEADER.match(top[lead])))
    lead += labelled
    # Under a label spanning the header rows, an aligned header has empty cells.
    grid = [top[lead:]] + [row[lead:] if len(row) > lead and not any(row[:lead]) else row for row in grid[1:]]
    if not labelled and _label_below(grid):
        # A collapsed header may give the label column's name in a lower row, under
        # the merged cell over the table (行政处罚实施数量（宗） / 单位名称 | 警告 …).
        labelled = True
        grid = [cells for row in grid if (cells := row[1:] if row and _LABEL_HEADER.match(row[0]) else row)]
    found = leaves(taxonomy, vocab, grid, _width(first, indexed, labelled), title)
    if not found:
        return None
    found = _latest_year_only(found)
    kind = merged_kind(vocab, [name for row in grid[:-1] for name in row if name]) or title
    columns = [column(taxonomy, leaf, kind) if leaf else None for leaf in found]
    if not labelled and columns and columns[0] is None:
        # A first column no metric fits names the rows (类别, 年度 …): its cells are
        # labels, never the issuer's figures, and a row of years is no issuer row.
        labelled, columns = True, columns[1:]
    if not _enough_known(columns, titled=title is not None and labelled) or not _fits(first, len(columns), indexed, labelled):
        return None
    above = next((leaf.above for leaf in found if leaf), ())
    return _Header(columns, indexed, labelled, kind, above)


def _latest_year_only(found: list[Leaf | None]) -> list[Leaf | None]:
    """Columns headed by their year (2019受理量 | 2020受理量): the latest year's, read
    without the year, are the report's; an earlier year's are given for comparison."""
    years = {leaf: m for leaf in found if leaf and (m := _YEAR_HEADED.match(leaf.name))}
    if not years:
        return found
    latest = max(m.group("year") for m in years.values())
    return [
        (Leaf(leaf.name[years[leaf].end() :], leaf.above) if years[leaf].group("year") == latest else None) if leaf in years else leaf
        for leaf in found
    ]


def _label_below(grid: list[list[str]]) -> bool:
    """Whether one lower row of a collapsed header (no empty cell keeps columns
    aligned) opens with the label column's name."""
    if any("" in row for row in grid):
        return False
    return sum(bool(row) and bool(_LABEL_HEADER.match(row[0])) for row in grid[1:]) == 1


def _width(row: Row, indexed: bool, labelled: bool) -> int:
    """How many value cells a data row has, the empty ones that end it included."""
    parsed = _data_row(list(row.cells), row.width, indexed, labelled)
    return row.width - (len(row.cells) - len(parsed[1])) if parsed else 0


def _enough_known(columns: list[Column | None], *, titled: bool = False) -> bool:
    """Whether enough columns name a metric to read the table by them. `titled`: a title
    says what the table counts, and its rows are labelled; it vouches for a single column it
    names among shares and changes (…行政复议案件受理情况统计表: 单位 | 2020受理量 | 占比 | 同比)."""
    known = sum(c is not None for c in columns)
    if known >= 2 and known * 2 >= len(columns):
        return True
    # 表四 may have one column: 行政检查实施数量（次）, under a merged header or not.
    return (len(columns) == 1 or titled) and known == 1


def _fits(first: Row, width: int, indexed: bool, labelled: bool) -> bool:
    """Whether the first row under the header is a data row of this width."""
    return _data_row(list(first.cells), width, indexed, labelled) is not None


def _body(lines: Lines, j: int, taxonomy: Taxonomy, header: _Header) -> tuple[list[TableCell], int, list[str | None]]:
    """The cells of the rows under a header, the last line read, and each row's label."""
    found: list[TableCell] = []
    labels: list[str | None] = []
    last = j - 1
    width = len(header.columns)
    while j < len(lines):
        row = lines.row(j)
        if _is_section_row(row):
            j = row.last + 1
            continue
        parsed = _data_row(list(row.cells), width, header.indexed, header.labelled)
        if parsed is None:
            break
        label, values = parsed
        row_cells = _row(taxonomy, label, values, header)
        if row_cells is None:
            break
        found += row_cells
        labels.append(label)
        last = row.last
        j = row.last + 1
    return found, last, labels


def _next_nonblank(lines: Lines, j: int) -> int:
    while j < len(lines) and not lines.text(j).strip():
        j += 1
    return j


def _band(
    lines: Lines, j: int, taxonomy: Taxonomy, vocab: Vocabulary, header: _Header, labels: list[str | None], found: list[TableCell]
) -> tuple[list[TableCell], int] | None:
    """A table too wide for the page printed on as a further band below its rows: a
    header row of the table's own columns, then rows of values for the bodies above.
    None when line `j` starts no band; a band whose values cannot be set under its
    columns with certainty is read past and gives no figures rather than shifted ones."""
    if j >= len(lines):
        return None
    top = lines.row(j)
    columns = _band_columns(top, taxonomy, vocab, header)
    if columns is None:
        return None
    rows: list[tuple[str | None, list[Cell], bool]] = []
    last = top.last
    k = _next_nonblank(lines, top.last + 1)
    while k < len(lines):
        row = lines.row(k)
        parsed = _data_row(list(row.cells), max(row.width, len(row.cells)), indexed=False, labelled=False)
        if parsed is None:
            break
        label, values = parsed
        rows.append((label, values, _band_aligned(row, label, values, len(columns))))
        last = row.last
        k = _next_nonblank(lines, row.last + 1)
    owners = _band_owners([label for label, _, _ in rows], labels)
    if owners is None or not all(aligned for _, _, aligned in rows):
        return [], last
    band_header = _Header(columns, indexed=False, labelled=False, kind=header.kind, above=header.above)
    out: list[TableCell] = []
    for owner, (_, values, _) in zip(owners, rows):
        cells = _row(taxonomy, owner, values, band_header, _codes_given(found + out, owner))
        if cells is None:
            return [], last
        out += cells
    return out, last


def _band_columns(row: Row, taxonomy: Taxonomy, vocab: Vocabulary, header: _Header) -> list[Column | None] | None:
    """The columns of a row made only of the table's own headers, each read under the
    merged cells over the first band (行政处罚实施数量（宗） gives 宗)."""
    names = [compact(c.text) for c in row.cells]
    if len(names) < 2 or "" in names or not _is_header_row(row, vocab):
        return None
    columns = [column(taxonomy, Leaf(name, header.above), header.kind) for name in names]
    if not all(columns):
        return None
    # A band carries on its table's subject; 申请数量 | 受理数量 right under 表一's rows
    # is 表二 beginning without its title, not more of 表一.
    subjects = {c.metric.category for c in header.columns if c}
    return columns if all(c.metric.category in subjects for c in columns if c) else None


def _band_aligned(row: Row, label: str | None, values: list[Cell], width: int) -> bool:
    """Whether a band's row has a value for every header: as many values, or fewer
    with the empty cells that end a row split at pipes or tabs making up the rest."""
    if len(values) == width:
        return True
    return row.separated and len(values) < width and row.width - (label is not None) == width


def _band_owners(band_labels: list[str | None], labels: list[str | None]) -> list[str | None] | None:
    """Whose each row of a band is: its own label, or, for a lone row without one, the
    lone row's of the band above; None when that is not written for certain."""
    if all(band_labels):
        return band_labels
    if len(band_labels) == 1 and len(labels) == 1 and band_labels[0] is None:
        return labels
    return None


def _codes_given(cells: list[TableCell], label: str | None) -> set[str]:
    """The codes a body's row already gave: a kind the template splits over two
    columns may be split over two bands."""
    whole = label is None or bool(_TOTAL_ROW.match(label))
    sub_issuer = None if whole else label
    return {c.metric for c in cells if c.sub_issuer == sub_issuer}


def _with_parents(taxonomy: Taxonomy, cells: list[TableCell]) -> list[TableCell]:
    """The kinds of penalty break down the 合计 a later band gives."""
    codes = {c.metric for c in cells}
    out = []
    for c in cells:
        parent = taxonomy.metrics[c.metric].parent
        out.append(replace(c, parent_metric=parent) if parent in codes and c.parent_metric is None else c)
    return out


def _data_row(cells: list[Cell], width: int, indexed: bool, labelled: bool) -> tuple[str | None, list[Cell]] | None:
    """A row's label (None for the issuer's own row) and value cells, or None when
    the row is no data row of a table this wide."""
    numbered = indexed and len(cells) > 1 and (not cells[0].text or _INDEX.match(cells[0].text))
    if numbered and not _VALUE.match(cells[1].text or "0"):
        cells = cells[1:]
    label = None
    if cells and cells[0].text not in _EMPTY and not _is_value(cells[0].text):
        label, cells = cells[0].text, cells[1:]
        if indexed and not numbered and cells and not cells[0].text:
            cells = cells[1:]  # 合计 written over the 序号 and label columns both
    elif labelled:
        return None
    # A label alone is a line of text (说明：, a heading), not a row of this table.
    if not cells or len(cells) > width or not all(_is_value(c.text) or c.text in _EMPTY for c in cells):
        return None
    if label is None and not any(c.text not in _EMPTY for c in cells):
        return None
    return label, cells


def _is_value(text: str) -> bool:
    return bool(_VALUE.match(text) or _VALUE_WITH_UNIT.match(text))


def _row(taxonomy: Taxonomy, label: str | None, values: list[Cell], header: _Header, seen: set[str] | None = None) -> list[TableCell] | None:
    if label and _SUBTOTAL_ROW.match(label):
        return []
    whole = label is None or bool(_TOTAL_ROW.match(label))
    sub_issuer = None if whole else label
    # (a row of a town or subdistrict, of no field: all its work, as the issuer's row is)
    domain = "all" if whole else (first_domain_named(taxonomy, label or "") or ("all" if _PLACE_ROW.search(label or "") else "other"))
    codes = header.codes
    out: list[TableCell] = []
    # Codes the row already gave (in a band above too): a kind split over columns.
    seen = set() if seen is None else seen
    for cell, col in zip(values, header.columns):
        if col is None or cell.text in _EMPTY:
            continue
        try:
            mention = _cell_mention(cell, col)
        except NotANumber:
            return None
        if mention is None:
            continue
        # 简易程序 breaks down 行政处罚 only where the table also has the total.
        parent = col.metric.parent if col.metric.parent in codes else None
        changed = _changed_metric(header) if col.metric.unit_kind == "change" else None
        if col.metric.unit_kind == "change" and changed is None:
            continue  # a change in a table of several metrics: of which, no column says
        out.append(TableCell(mention, col.metric.code, domain, sub_issuer, parent, col.metric.code in seen, changed))
        seen.add(col.metric.code)
    return out


def _changed_metric(header: _Header) -> str | None:
    """What a change column (同比) is a change of: the table's one metric of another kind."""
    others = {c.metric.code for c in header.columns if c and c.metric.unit_kind != "change"}
    return others.pop() if len(others) == 1 else None


def _cell_mention(cell: Cell, col: Column) -> Mention | None:
    """The figure a cell holds in its column; None when the cell's own unit says it
    counts something else (304册 of goods under 没收非法财物 is no count of cases)."""
    # A unit is one or two characters past ASCII at the end: most cells hold a bare number.
    own = _VALUE_WITH_UNIT.match(cell.text) if cell.text[-1:] > "\x7f" else None
    if own is None:
        if cell.text.endswith("%") and col.unit != "%":
            return None  # (占新受理数比例 | 49.66%: a share under a column of counts is none of them)
        number = parse_arabic(cell.text.rstrip("%"))
        return Mention(cell.start, cell.end, number * col.multiplier, col.unit, False, False)  # positional: half the cost
    unit = own.group("unit")
    if col.unit == MONEY_UNIT and unit in MONEY_MULTIPLIERS:
        value = parse_arabic(own.group("number")) * MONEY_MULTIPLIERS[unit]
    elif unit == col.unit:
        value = parse_arabic(own.group("number"))
    else:
        return None
    return Mention(start=cell.start, end=cell.end, value=value, unit=col.unit, approximate=False, chinese=False)


def _closed_cell_table(lines: Lines, i: int, taxonomy: Taxonomy, vocab: Vocabulary) -> tuple[list[TableCell], int] | None:
    """A table written one cell per line, each cell closed by "|" and no lone "|" opening a
    row: the label column's name, then the header rows, each closed by a run of pipes for
    the places of the cells merged over it or from the rows above (单位 | / 防火期以来 | /
    3月28日—4月3日 | / ||||||), so every header row makes up the table's width with its
    pipes; then each row's label and its values. The merged cells are placed as `nested`
    reads them."""
    first = _CLOSED_CELL.fullmatch(lines.text(i))
    if first is None or not _LABEL_HEADER.match(compact(first.group("text"))):
        return None
    rows: list[list[str]] = []
    width = 0
    j = i
    while len(rows) < _MAX_HEADER_ROWS and j < len(lines):
        names = []
        while j < len(lines) and (cell := _CLOSED_CELL.fullmatch(lines.text(j))) and cell.group("text") and not _is_value(cell.group("text")):
            names.append(compact(cell.group("text")))
            j += 1
        run = _PIPE_RUN.fullmatch(lines.text(j)) if names and j < len(lines) else None
        if run is None:
            break
        row_width = len(names) + run.group(0).count("|")
        if width and row_width != width:
            return None
        width = row_width
        rows.append(names)
        j += 1
    if len(rows) < 2 or j >= len(lines):
        return None
    found = nested([rows[0][1:], *rows[1:]])
    if found is None or len(found) != width - 1:
        return None
    kind = merged_kind(vocab, [name for row in rows[:-1] for name in row]) or _table_kind(lines, i, vocab)
    columns = [column(taxonomy, leaf, kind) for leaf in found]
    if not _enough_known(columns):
        return None
    header = _Header(columns, indexed=False, labelled=True, kind=kind)
    cells: list[TableCell] = []
    last = -1
    while j + width - 1 < len(lines):
        row = [_CLOSED_CELL.fullmatch(lines.text(k)) for k in range(j, j + width)]
        if any(m is None for m in row) or not row[0].group("text") or _is_value(row[0].group("text")):
            break
        values = [Cell(lines[k].start + m.start("text"), m.group("text")) for k, m in zip(range(j + 1, j + width), row[1:])]
        if not all(_is_value(v.text) or v.text in _EMPTY for v in values):
            break
        found_cells = _row(taxonomy, compact(row[0].group("text")), values, header)
        if found_cells is None:
            break
        cells += found_cells
        last = j + width - 1
        j += width
    return (cells, last) if cells else None


def _line_cell(lines: Lines, k: int) -> Cell:
    line = lines[k]
    return Cell(line.start + len(line.text) - len(line.text.lstrip()), line.text.strip())


def _paragraph_table(lines: Lines, i: int, taxonomy: Taxonomy, vocab: Vocabulary) -> tuple[list[TableCell], int] | None:
    """One paragraph per cell (pages whose table cells became paragraphs, a blank line
    between any two, or lines): the merged header and the label column's name, in either
    order or one of them, each column's header, then the values; a header may wrap over
    paragraphs (没收违法 / 所得、没收非法财物, 合计 / (宗)), and an empty cell is a line
    holding only spaces. With a label column (单位名称) each body's name comes before its
    values. A table too wide for its page comes as bands, each its headers then its
    values, a later band carrying on the body above. A band is read only when its
    headers, once rejoined, are as many as its values: otherwise which value is whose
    is not known."""
    opening = compact(lines.text(i).strip())
    if not opening or not (_LABEL_HEADER.match(opening) or names_what_is_counted(vocab, opening)):
        return None
    # (a row-number column first, its header a paragraph of its own above: 序号 / 单位 / 投诉 …,
    # then 1 / 某局 / 6994 …: each row's number is passed over)
    above_i = _nonblank_above(lines, i)
    indexed = above_i is not None and _INDEX_HEADER.match(compact(lines.text(above_i).strip())) is not None
    numbers = [1] if indexed else None  # (the row number to come)
    read = _paragraphs(lines, i, numbers)
    if read is None:
        return None
    for kind, above, body, names in _paragraph_heads(vocab, read[0], lines, i):
        # (each way of reading the head reads the rows afresh, from the row number after the first)
        rows = list(numbers) if numbers is not None else None
        found, last = _paragraph_bands(lines, taxonomy, (names, *read[1:]), kind, above, body, rows)
        if found:
            return _with_parents(taxonomy, found), last
    return None


def _paragraph_heads(vocab: Vocabulary, names: list[str], lines: Lines, i: int) -> Iterator[tuple[str | None, tuple[str, ...], str | None, list[str]]]:
    """The ways the first paragraphs may open a table: what it is about, the merged
    header over its columns, "" for a label column (None without), and the column
    headers after them; the first paragraph naming what is counted is tried as the
    merged header, then as a column of its own (行政处罚实施数量(宗) over no others)."""
    body = None
    if _LABEL_HEADER.match(names[0]):
        body, names = "", names[1:]
    if len(names) > 1 and names_what_is_counted(vocab, names[0]):
        merged, rest = names[0], names[1:]
        label = body
        if label is None and _LABEL_HEADER.match(rest[0]):
            label, rest = "", rest[1:]
        kind = merged_kind(vocab, [merged]) or title_kind(vocab, merged) or _table_kind(lines, i, vocab)
        group = _repeated_group(rest[:-1]) if label is None else None
        if group:
            # 收案数 / 受理数 / 收案数 / 受理数, then 省人社厅 / 132 / 118: two bodies to a printed
            # row, their names before their values, the columns said once for each
            yield kind, (merged,), "", [*group, rest[-1]]
        yield kind, (merged,), label, rest
    if body is not None:
        yield _table_kind(lines, i, vocab), (), body, names


def _repeated_group(names: list[str]) -> list[str] | None:
    """The column headers of a row printed twice or more side by side, said once; None
    when `names` are no such repetition."""
    for size in range(1, len(names) // 2 + 1):
        if len(names) % size == 0 and names[:size] * (len(names) // size) == names:
            return names[:size]
    return None


def _paragraph_bands(
    lines: Lines, taxonomy: Taxonomy, first: tuple[list[str], list[Cell], int], kind: str | None, above: tuple[str, ...], body: str | None,
    numbers: list[int] | None = None,
) -> tuple[list[TableCell], int]:
    """The cells of the bands of a paragraph table, the first band's paragraphs read
    already, and the last line read."""
    found: list[TableCell] = []
    header: _Header | None = None
    bodies = 0  # the rows of the band above
    last = -1
    read: tuple[list[str], list[Cell], int] | None = first
    while read is not None:
        names, values, end = read
        band = _paragraph_band(taxonomy, _rejoined(taxonomy, names), len(values), header, body, kind, above)
        if band is None:
            break
        columns, named = band
        if columns is header:
            bodies += 1
        elif body and not named and bodies > 1:
            break  # a band without names under several bodies: whose is its row is not written
        else:
            header, bodies = columns, 1
        body = named or body
        cells = _row(taxonomy, body or None, values, header, _codes_given(found, body or None))
        if not cells:
            break
        found += cells
        last = end
        read = _paragraphs(lines, last + 1, numbers)
    return found, last


def _paragraph_band(
    taxonomy: Taxonomy, names: list[str], width: int, before: _Header | None, body: str | None, kind: str | None, above: tuple[str, ...]
) -> tuple[_Header, str | None] | None:
    """The columns of a band of `width` values under the header paragraphs `names`,
    and the body it names: a band of its own headers, the body's name last or none (it
    carries on the body above), or the next body's name alone over values under the
    band before (`before` itself is returned). `body` is None without a label column.
    None when the names and the values do not match."""
    columns = [column(taxonomy, Leaf(name, above), kind) for name in names]
    named = None
    if body is not None and len(columns) == width + 1 and columns[-1] is None:
        named, columns = names[-1], columns[:-1]  # the body's name, then its values
    elif body is not None and before is not None and len(names) == 1 and len(before.columns) == width and (columns[0] is None or _TOTAL_ROW.match(names[0])):
        return before, names[0]  # the next body's row under the band before, or the 合计 row
    elif body is not None and before is not None and 1 < len(names) <= 3 and len(before.columns) == width and not any(columns):
        return before, "".join(names)  # a body's name wrapped over paragraphs (市场监督 / 管理局)
    if len(columns) != width or not _enough_known(columns, titled=kind is not None and body is not None) or (body == "" and named is None):
        return None  # with a label column, the first row names its body
    if before is not None:
        # A later band carries on its table's subject; another subject is another table.
        subjects = {c.metric.category for c in before.columns if c}
        if any(c.metric.category not in subjects for c in columns if c):
            return None
    return _Header(columns, indexed=False, labelled=body is not None, kind=kind, above=above), named


def _paragraphs(lines: Lines, j: int, numbers: list[int] | None = None) -> tuple[list[str], list[Cell], int] | None:
    """The header paragraphs from line `j` on, the value cells after them, and the last
    line of the last value; None when no value follows the headers. In a table with a
    row-number column, `numbers` holds the row number to come: that number before a
    body's name is no value (a row without one, 合计 or the issuer's own, may follow, its
    last value before it no number)."""
    names: list[str] = []
    values: list[Cell] = []
    last = j
    while j < len(lines):
        raw = lines.text(j)
        text = raw.strip()
        if raw and not text:
            if not names:
                return None  # an empty cell before any header: no column to put it in
            values.append(Cell(lines[j].start, ""))
        elif text and (_VALUE.match(text) or text in _EMPTY):
            if numbers is not None and text.rstrip(".、") == str(numbers[0]) and _name_next(lines, j):
                if values:
                    break  # the next row's number: this row ends
                numbers[0] += 1
                j += 1
                continue
            values.append(_line_cell(lines, j))
        elif text:
            if values or len(text) > _MAX_HEADER_CELL or _NOT_A_HEADER.search(text):
                break
            names.append(compact(text))
        else:
            j += 1
            continue
        last = j
        j += 1
    return (names, values, last) if names and values else None


def _name_next(lines: Lines, j: int) -> bool:
    """Whether the next paragraph after line `j` is a name, not a value."""
    k = _next_nonblank(lines, j + 1)
    if k >= len(lines):
        return False
    text = lines.text(k).strip()
    return not _VALUE.match(text) and text not in _EMPTY


def _nonblank_above(lines: Lines, i: int) -> int | None:
    """The nearest line above line `i` that holds more than spaces."""
    for j in range(i - 1, -1, -1):
        if lines.text(j).strip():
            return j
    return None


def _rejoined(taxonomy: Taxonomy, names: list[str]) -> list[str]:
    """Headers wrapped over paragraphs put back together: a unit in brackets belongs
    to the header before it; a break inside a known header phrase (没收违法|所得) is a
    wrap, unless a whole header ends before it and another begins after it
    (其他行政处罚|合计, where 处罚合计 runs across only by chance)."""
    phrases = _header_phrases(taxonomy)
    out: list[str] = []
    for name in names:
        if out and (_UNIT_ONLY.match(name) or _wraps(out[-1], name, phrases)):
            out[-1] += name
        else:
            out.append(name)
    return out


def _wraps(before: str, after: str, phrases: frozenset[str]) -> bool:
    joined = before + after
    across = any(_runs_across(joined, p, len(before)) for p in phrases)
    whole_on_both_sides = any(before.endswith(p) for p in phrases) and any(after.startswith(p) for p in phrases)
    return across and not whole_on_both_sides


def _runs_across(text: str, phrase: str, at: int) -> bool:
    """Whether `phrase` occurs in `text` starting before `at` and ending after it."""
    start = text.find(phrase, max(0, at - len(phrase) + 1))
    return 0 <= start < at < start + len(phrase)


def _header_phrases(taxonomy: Taxonomy) -> frozenset[str]:
    """Every phrase a column header is known by (罚款, 没收违法所得, a bare 合计 …)."""
    found = taxonomy.derived.get("table_header_phrases")
    if found is None:
        vocab = vocabulary(taxonomy)
        found = taxonomy.derived["table_header_phrases"] = frozenset(
            [p for m in taxonomy.metrics.values() for p in m.table] + [header for _, header in vocab.scoped]
        )
    return found


def _transposed_table(lines: Lines, i: int, taxonomy: Taxonomy, vocab: Vocabulary) -> tuple[list[TableCell], int] | None:
    """A table printed down the page, two columns: each row a column header of the
    template and its value (警告 | 2, 罚款 | 14, 合计(宗) | 16, split at pipes, tabs or
    runs of spaces), under the merged header naming what is counted, under a row naming
    the two columns (项目 | 数量(件)), or right under the table's title. The issuer's
    own figures; read only when most rows name a column the taxonomy knows."""
    kind = _table_kind(lines, i, vocab)
    above: tuple[str, ...] = ()
    row = lines.row(i)
    names = [compact(c.text) for c in row.cells]
    if len(names) == 1 and names_what_is_counted(vocab, names[0]):
        above, kind = (names[0],), merged_kind(vocab, names) or kind
        i = row.last + 1
    elif len(names) == 2 and _KEY_COLUMN.match(names[0]) and _VALUE_COLUMN.match(names[1]):
        above = (names[1],)  # 数量(件): the unit of every row that names none
        i = row.last + 1
    found: list[TableCell] = []
    seen: set[str] = set()
    rows = named = 0
    last = None
    while i < len(lines) and (pair := _key_and_value(lines.row(i)) or _unfilled(lines.row(i), taxonomy, above, kind)) is not None:
        key, value = pair
        col = column(taxonomy, Leaf(key, above), kind)
        if col is not None:
            named += 1
            found += _row(taxonomy, None, [value], _Header([col], indexed=False, labelled=False, kind=kind, above=above), seen) or []
        rows += 1
        last = lines.row(i).last
        i = last + 1
    if last is None or named < 2 or named * 2 <= rows or not found:
        return None
    return _with_parents(taxonomy, found), last


# The two columns' names over a table printed down the page: 项目 | 数量(件).
_KEY_COLUMN = re.compile(r"^(?:项目|类别|指标|事项|内容)(?:名称)?$")
_VALUE_COLUMN = re.compile(r"^(?:数量|数值|数据|件数|次数|总数|合计|情况)(?:[(（][^()（）]{1,4}[)）])?$")


def _key_and_value(row: Row) -> tuple[str, Cell] | None:
    """A row of a table printed down the page: a header and its value, the value cell
    empty where split at pipes or tabs."""
    cells = row.cells
    if not cells or len(cells) > 2 or _is_value(cells[0].text) or cells[0].text in _EMPTY:
        return None
    key = compact(cells[0].text)
    if len(key) > _MAX_HEADER_CELL or _NOT_A_HEADER.search(key):
        return None
    if len(cells) == 1:
        if row.separated:
            return (key, Cell(cells[0].end, "")) if row.width == 2 else None
        return _glued(cells[0])
    value = cells[1]
    return (key, value) if _is_value(value.text) or value.text in _EMPTY else None


def _unfilled(row: Row, taxonomy: Taxonomy, above: tuple[str, ...], kind: str | None) -> tuple[str, Cell] | None:
    """A column header of the template on a line of its own, in a table printed down the
    page with no borders: a row left unfilled (警告 with no count beside it)."""
    if len(row.cells) != 1 or row.separated:
        return None
    key = compact(row.cells[0].text)
    return (key, Cell(row.cells[0].end, "")) if column(taxonomy, Leaf(key, above), kind) is not None else None


# A header and its value with no cell border between them, as a page flattened to text
# prints the template (罚款 0, 罚没金额(万元)0, 合计0(件)).
_GLUED = re.compile(r"^(?P<key>[^\d\s|]{2,}?(?:[(（][^()（）\d]{1,4}[)）])?)\s?(?P<value>\d[\d,]*(?:\.\d+)?)(?:[(（][^()（）\d]{1,4}[)）])?$")


def _glued(cell: Cell) -> tuple[str, Cell] | None:
    m = _GLUED.match(cell.text)
    if m is None:
        return None
    return compact(m.group("key")), Cell(cell.start + m.start("value"), m.group("value"))


def _notes(lines: Lines, text: str, tables: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges of the notes explaining a table: 填报说明 / 填表说明 anywhere (they
    only ever explain a form), 说明 and 注 after a table or a table's title."""
    first_table = min([start for start, _ in tables] + [p for p in (text.find("统计表"),) if p >= 0], default=len(text))
    out: list[tuple[int, int]] = []
    done = -1
    for at in sorted(_found(text, "说明") + _found(text, "注:")):
        k = lines.line_at(at)
        if k <= done:
            continue
        m = _NOTES_OPEN.match(lines.text(k))
        if m and (m.group("form") or lines[k].start >= first_table):
            done = _notes_end(lines, k)
            out.append((lines[k].start, lines.end(done)))
    return out


def _has_notes(text: str) -> bool:
    """Whether `text` holds a word that opens the notes under a table (as `_notes` looks
    for); one character is looked for first, which str.find does many times faster."""
    return ("说" in text and "说明" in text) or ("注" in text and "注:" in text)


def _found(text: str, word: str) -> list[int]:
    """Where `word` stands in `text` (str.find: faster than a pattern for one word)."""
    out = []
    at = text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def _notes_end(lines: Lines, k: int) -> int:
    """The last line of the notes opened at line `k`: numbered notes, blank lines
    between them, and the lines a note wraps onto."""
    last = k
    wraps = bool(_NOTE_WRAPS.search(lines.text(k).rstrip()))
    j = k + 1
    while j < len(lines):
        text = lines.text(j).strip()
        if not text:
            j += 1
            continue
        if _NOT_A_NOTE.match(text) or not (_NOTE_ITEM.match(text) or wraps):
            break
        last = j
        wraps = bool(_NOTE_WRAPS.search(text))
        j += 1
    return last


__all__ = ["TableCell", "find_tables"]
