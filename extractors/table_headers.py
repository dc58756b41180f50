"""What the header of a statistical table says about its columns: each column's
metric, unit and multiplier.

The national template (行政执法统计年报, 表一 … 表五) heads its columns with two rows:
a merged cell naming what the table counts (行政处罚实施数量（宗）) over the kinds it
breaks into (警告、通报批评 | 罚款 | … | 合计（宗）), beside cells spanning both rows
(罚没金额（万元）). Text keeps such a header in one of two shapes. Aligned: every cell
in its column, empty cells where a merged one spreads (spreadsheets, and every file
format's tables, extractors/formats/). Collapsed: each merged cell once, the empty
cells of a row, if any, at its end (web pages copied out as text); then the merged
cell over the next row is the one naming what the table counts.

A bare header takes its meaning from what the table is about: 合计 is penalty_cases
in the 行政处罚 table and other_actions_total in the 其他行政执法行为 one ("A|B"
phrases in taxonomy.toml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from extractors.taxonomy import Metric, Taxonomy
from extractors.units import COUNT_UNITS, MONEY_UNIT, PERCENT_UNIT

_UNIT_IN_HEADER = re.compile(r"[(（](?P<unit>[^()（）]{1,4})[)）]$")
MONEY_MULTIPLIERS = {"元": Decimal(1), "千元": Decimal(1_000), "万元": Decimal(10_000), "亿元": Decimal(100_000_000)}
_COUNT_WORDS = frozenset(COUNT_UNITS)
# A header that names its unit in its words: 检查次数, 申请件数, 持证人数.
_UNIT_IN_WORDS = re.compile(r"(?P<unit>次|件|人|宗)数(?:量)?$")
_TOTAL = re.compile(r"^(?:合计|小计|总计|总数|总件数|合计数)$")
# A merged header over others names what is counted, in some words or other:
# 行政执法行为实施数量（宗）, 行政处罚实施情况.
_COUNTS_SOMETHING = re.compile(r"(?:数量|情况)(?:[(（][^()（）]{1,4}[)）])?$")
_MEMO_SIZE = 4096
# A remarks column holds words, never figures; a row leaving it empty often does not
# write its cell at all ("… | 0.8 |" under "… | 罚没金额 | 备注 |").
_REMARKS = re.compile(r"^(?:备注|附注|说明)$")


@dataclass(frozen=True, slots=True)
class Column:
    metric: Metric
    unit: str
    multiplier: Decimal


@dataclass(frozen=True, slots=True)
class Leaf:
    """A header cell with no header under it, and the merged cells above it, outermost first."""

    name: str
    above: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """What headers and titles are matched against, worked out once from the taxonomy."""

    kinds: str  # what tables are about, as a regular-expression alternation
    caption: re.Pattern[str]  # a title naming what its table is about (行政处罚实施情况统计表)
    group: re.Pattern[str]  # a merged header naming it (行政处罚实施数量（宗）)
    scoped: dict[tuple[str, str], Metric]  # (what the table is about, header) -> metric


def vocabulary(taxonomy: Taxonomy) -> Vocabulary:
    found = taxonomy.derived.get("table_vocabulary")
    if found is None:
        scoped = {(kind, header): m for m in taxonomy.metrics.values() for kind, header in m.table_in}
        # Longest first: 其他行政执法行为 before any kind it might hold.
        kinds = "|".join(sorted({kind for kind, _ in scoped}, key=len, reverse=True))
        found = taxonomy.derived["table_vocabulary"] = Vocabulary(
            kinds=kinds,
            caption=re.compile(rf"(?P<kind>{kinds})[^\n]{{0,12}}(?:统计表|情况表|一览表|表)"),
            group=re.compile(rf"(?:行政)?(?P<kind>{kinds})(?:实施|执法)?(?:数量|情况|次数|件数|总数)?(?:[(（][^()（）]{{1,4}}[)）])?"),
            scoped=scoped,
        )
    return found


def title_kind(vocab: Vocabulary, title: str) -> str | None:
    """What a table title says its table is about (处罚 in 行政处罚实施情况统计表)."""
    m = vocab.caption.search(title)
    return m.group("kind") if m else None


def merged_kind(vocab: Vocabulary, names: list[str]) -> str | None:
    """What the first merged header naming one says its table is about."""
    for name in names:
        m = vocab.group.fullmatch(name)
        if m:
            return m.group("kind")
    return None


def names_what_is_counted(vocab: Vocabulary, name: str) -> bool:
    """A header that may stand alone over a table's columns (行政处罚实施数量（宗）)."""
    return bool(vocab.group.fullmatch(name)) or (len(name) <= 20 and bool(_COUNTS_SOMETHING.search(name)))


def leaves(vocab: Vocabulary, rows: list[list[str]], width: int) -> list[Leaf | None] | None:
    """The bottom header of every column, None where a column has none; None when
    the rows cannot be told apart into columns. `rows` are the header rows without
    their label column, each cell one word (table_rows.compact); `width` is how many
    value cells the first row under them has, empty ones at its end included."""
    if len(rows) == 1:
        return [Leaf(name) if name else None for name in rows[0]]
    if any("" in row for row in rows):
        return _aligned(rows)
    return _collapsed(vocab, rows, width)


def _aligned(rows: list[list[str]]) -> list[Leaf | None]:
    """Each column's lowest header, under the merged cells spreading over it: the
    nearest cell at or left of it in each row above."""
    out: list[Leaf | None] = []
    for p in range(max(map(len, rows))):
        depth = next((d for d in range(len(rows) - 1, -1, -1) if p < len(rows[d]) and rows[d][p]), None)
        if depth is None:
            out.append(None)
            continue
        above = tuple(name for d in range(depth) if (name := _spreading(rows[d], p)))
        out.append(Leaf(rows[depth][p], above))
    return out


def _spreading(row: list[str], p: int) -> str | None:
    return next((row[q] for q in range(min(p, len(row) - 1), -1, -1) if row[q]), None)


def _collapsed(vocab: Vocabulary, rows: list[list[str]], width: int) -> list[Leaf | None] | None:
    """Each row below breaks down the one merged cell above it that names what the
    table counts (or the only cell of the row above)."""
    current = [Leaf(name) for name in rows[0] if name]
    chosen = False  # a merged cell was told from others beside it by its words alone
    for row in rows[1:]:
        groups = [i for i, leaf in enumerate(current) if vocab.group.fullmatch(leaf.name)]
        if not groups and len(current) == 1:
            groups = [0]
        if len(groups) != 1:
            return None  # two merged cells side by side: which columns are whose is not written
        chosen = chosen or len(current) > 1
        g = groups[0]
        parent = current[g]
        current[g : g + 1] = [Leaf(name, (*parent.above, parent.name)) for name in row if name]
    # A cell beside the one chosen may merge others too (被复议应诉数量 over 被行政复议数量
    # and 被行政诉讼数量): the columns must then come out as many as the rows' cells.
    while chosen and len(current) > width and _REMARKS.match(current[-1].name):
        current.pop()
    if chosen and len(current) != width:
        return None
    return list(current)


def column(taxonomy: Taxonomy, leaf: Leaf, kind: str | None) -> Column | None:
    """The metric and unit of a column. Statistical tables follow a few standard
    forms, so the same headers come back report after report: each is read once."""
    memo = taxonomy.derived.setdefault("table_columns", {})
    key = (leaf, kind)
    if key not in memo:
        if len(memo) >= _MEMO_SIZE:
            memo.clear()  # bounded: odd cells of stacked tables are asked about too
        memo[key] = _read_column(taxonomy, leaf, kind)
    return memo[key]


def _read_column(taxonomy: Taxonomy, leaf: Leaf, kind: str | None) -> Column | None:
    vocab = vocabulary(taxonomy)
    name, stated = _split_unit(leaf.name)
    for above in reversed(leaf.above):
        if stated is None:
            stated = _split_unit(above)[1]  # 警告 under 行政处罚实施数量（宗） counts in 宗
    kind = merged_kind(vocab, list(reversed(leaf.above))) or kind
    metric = _meant_in(vocab, kind, name) or _named(taxonomy, name, stated)
    return _measured(metric, name, stated) if metric else None


def _split_unit(header: str) -> tuple[str, str | None]:
    m = _UNIT_IN_HEADER.search(header)
    return (header[: m.start()], m.group("unit")) if m else (header, None)


def _meant_in(vocab: Vocabulary, kind: str | None, name: str) -> Metric | None:
    """A bare header's metric in a table about `kind` (合计, 其他)."""
    if kind is None:
        return None
    return vocab.scoped.get((kind, "合计" if _TOTAL.match(name) else name))


def _named(taxonomy: Taxonomy, name: str, stated: str | None) -> Metric | None:
    """The metric whose phrase the header holds: the longest, then the higher
    priority; a stated unit rules out metrics of another kind (罚款（万元） is an
    amount, 罚款 under 行政处罚实施数量（宗） a count of cases)."""
    wanted = _kind_of_unit(stated)
    best: Metric | None = None
    best_key = (0, 0)
    for candidate in taxonomy.metrics.values():
        if wanted and candidate.unit_kind != wanted:
            continue
        for phrase in candidate.table:
            if phrase in name and (len(phrase), candidate.priority) > best_key:
                best, best_key = candidate, (len(phrase), candidate.priority)
    return best


def _kind_of_unit(unit: str | None) -> str | None:
    if unit in MONEY_MULTIPLIERS:
        return "money"
    if unit == PERCENT_UNIT:
        return "percent"
    if unit in _COUNT_WORDS:
        return "count"
    return None


def _measured(metric: Metric, name: str, stated: str | None) -> Column:
    if metric.unit_kind == "money":
        return Column(metric, MONEY_UNIT, MONEY_MULTIPLIERS.get(stated or "", Decimal(1)))
    if metric.unit_kind == "percent":
        return Column(metric, PERCENT_UNIT, Decimal(1))
    if stated in _COUNT_WORDS:
        return Column(metric, stated, Decimal(1))
    in_words = _UNIT_IN_WORDS.search(name)
    if in_words:
        return Column(metric, in_words.group("unit"), Decimal(1))
    return Column(metric, "件" if "件" in metric.units else sorted(metric.units)[0], Decimal(1))
