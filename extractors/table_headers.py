"""What the header of a statistical table says about its columns: each column's
metric, unit and multiplier.

The national template (行政执法统计年报, 表一 … 表五) heads its columns with two rows:
a merged cell naming what the table counts (行政处罚实施数量（宗）) over the kinds it
breaks into (警告、通报批评 | 罚款 | … | 合计（宗）), beside cells spanning both rows
(罚没金额（万元）). Text keeps such a header in one of two shapes. Aligned: every cell
in its column, empty cells where a merged one spreads (spreadsheets, and every file
format's tables, extractors/formats/). Collapsed: each merged cell once, the empty
cells of a row, if any, at its end (web pages copied out as text); then the merged
cell over the next row is the one naming what the table counts. Where several cells
of a row merge the cells below (行政处罚实施情况 | 被复议应诉数量, or a third row under
行政处罚案件数量), what each lower cell counts says which it stands under: the
taxonomy's parent of its metric, or the subject of the cell above; and the count of
columns the rows under the header have says how many merge.

A bare header takes its meaning from what the table is about: 合计 is penalty_cases
in the 行政处罚 table and other_actions_total in the 其他行政执法行为 one ("A|B"
phrases in taxonomy.toml).
"""

from __future__ import annotations

import itertools
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
# Words that make a header count something else than the phrase after them: a
# refusal or an exemption (不予处罚, 免予处罚), a lighter penalty (减轻处罚, 从轻处罚).
# (and a request for information, 政府信息公开申请数量, is no licence applied for)
_QUALIFIED = re.compile(r"(?:不予|不|免予|免于|减轻|从轻|信息公开|依)$")
# Words after it that count a part of it by how it ended: 被行政复议纠错数量, 行政诉讼败诉数量.
# (政府信息公开申请数量: requests for information, no information disclosed)
_OUTCOME = re.compile(r"(?:被)?(?:纠错|纠正|败诉|撤销|确认违法)|(?<=信息公开)申请")
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
    numbered: re.Pattern[str]  # a numbered one (表1：省直部门行政复议案件情况)
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
            numbered=re.compile(rf"^\s*表\s*[\d一二三四五六七八九十]{{1,2}}\s*[:：、.]?[^\n]{{0,16}}?(?P<kind>{kinds})[^\n]{{0,12}}?(?:情况|统计)"),
            group=re.compile(rf"(?:行政)?(?P<kind>{kinds})(?:实施|执法)?(?:数量|情况|次数|件数|总数)?(?:[(（][^()（）]{{1,4}}[)）])?"),
            scoped=scoped,
        )
    return found


def title_kind(vocab: Vocabulary, title: str) -> str | None:
    """What a table title says its table is about (处罚 in 行政处罚实施情况统计表)."""
    m = vocab.caption.search(title) or vocab.numbered.search(title)
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


def leaves(taxonomy: Taxonomy, vocab: Vocabulary, rows: list[list[str]], width: int, kind: str | None = None) -> list[Leaf | None] | None:
    """The bottom header of every column, None where a column has none; None when
    the rows cannot be told apart into columns. `rows` are the header rows without
    their label column, each cell one word (table_rows.compact); `width` is how many
    value cells the first row under them has, empty ones at its end included; `kind`
    what the table's title says it is about."""
    if len(rows) == 1:
        return [Leaf(name) if name else None for name in rows[0]]
    if any("" in row for row in rows):
        return _aligned(rows)
    return _collapsed(vocab, rows, width) or _placed(taxonomy, vocab, [[n for n in row if n] for row in rows], width, kind)


# A header that names a measure is a column of its own, spanning the rows below it
# (处罚起数, 罚款金额（元）); one naming none is merged over the cells under it (林政处罚,
# 防火期以来, 3月28日—4月3日).
_MEASURE = re.compile(r"数|额|率|[(（]")
# A count column that names no act (起数 under 林政处罚): its act is the merged cell above it.
_BARE_COUNT = re.compile(r"^(?:起数|件数|案件数|次数|数量|户数|家数)$")


def nested(rows: list[list[str]]) -> list[Leaf] | None:
    """The columns of a header whose rows give only their own cells, with no place for the
    cells merged over them (a table written one cell per line): read from the bottom row up,
    a cell naming a measure is a column, one naming none is merged over the next group of the
    columns below, a group starting again where its first column's name comes again
    (林政处罚 over 起数 | 罚款（元）, 村级处理 over 起数 | 违约金（元）). None when the rows
    cannot be read so."""
    units = [Leaf(name) for name in rows[-1]]
    for row in reversed(rows[:-1]):
        merged = [name for name in row if not _MEASURE.search(name)]
        groups = _groups(units, len(merged))
        if groups is None:
            return None
        spread = iter(zip(merged, groups))
        units = [
            leaf
            for name in row
            for leaf in ([Leaf(name)] if _MEASURE.search(name) else [Leaf(u.name, (name, *u.above)) for u in next(spread)[1]])
        ]
    return [Leaf(leaf.above[-1] + leaf.name, leaf.above) if leaf.above and _BARE_COUNT.match(leaf.name) else leaf for leaf in units]


def _groups(units: list[Leaf], count: int) -> list[list[Leaf]] | None:
    """`units` cut into `count` runs, each starting where the first one's name comes again."""
    if count == 0:
        return None
    starts = [k for k, unit in enumerate(units) if unit == units[0]]
    if len(starts) != count:
        return [units] if count == 1 else None
    return [units[a:b] for a, b in zip(starts, [*starts[1:], len(units)])]


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


def _placed(taxonomy: Taxonomy, vocab: Vocabulary, rows: list[list[str]], width: int, kind: str | None) -> list[Leaf | None] | None:
    """A collapsed header whose merged cells no one cell's words single out: two side
    by side (行政处罚实施情况 | 被复议应诉数量 | 移送司法机关数量 over 立案数量 …
    被行政诉讼数量), or a third row under a cell of the second (警告 … 其他行政处罚
    under 行政处罚案件数量). Every way of setting each lower row's cells, in order, under
    some cells of the row above it (the others span down) that gives as many columns as
    the rows under the header have values is scored by how well each cell fits the one
    set over it in the taxonomy (`_Ways`); the header is read only when every best way
    gives the same columns, else which column is whose is not written."""
    ways = [_Ways.of(taxonomy, vocab, upper, lower, kind) for upper, lower in zip(rows, rows[1:])]
    cells = sum(map(len, rows))
    for target in range(width, width + _trailing_remarks(rows[0]) + 1):
        readings = _best_readings(ways, cells - target)
        if readings is None:
            return None  # too many ways score best to look at every one
        if not readings:
            continue
        found: dict[tuple, list[Leaf]] = {}
        for reading in readings:
            leaves = _leaves_of(rows, reading)
            while len(leaves) > width and _REMARKS.match(leaves[-1].name):
                leaves.pop()
            key = tuple(_meaning(column(taxonomy, leaf, kind)) for leaf in leaves)
            found.setdefault(key, leaves)
        return next(iter(found.values())) if len(found) == 1 else None
    return None


# How well a lower header cell fits the upper one it would be set under: its metric
# breaks down the upper cell's in the taxonomy (警告 under 行政处罚案件数量, penalty_cases);
# the upper cell names what a table counts and the lower cell is of that subject
# (立案数量 under 行政处罚实施情况); or of the subject of the upper cell's own metric
# (被行政诉讼数量 under 被复议应诉数量). A cell of another subject, or one breaking down
# another cell of the upper row, fits badly; a cell no metric fits says nothing.
_FITS_PARENT = 3
_FITS_GROUP = 2
_FITS_SUBJECT = 1
_MISFITS = -1
_ANOTHERS_CHILD = -3
_MISPLACED_TOTAL = -3
# How many best-scored ways of reading a header are compared before giving it up.
_MAX_READINGS = 64
_IMPOSSIBLE = float("-inf")
# Where each merged cell of one row (by index) sets the lower row's cells [start, end).
_Reading = tuple[tuple[int, int, int], ...]


@dataclass(slots=True)
class _Ways:
    """The ways of setting a lower header row's cells under cells of the row above:
    `best(i, j, k)` scores the best way to set lower[j:] under exactly k of upper[i:]."""

    upper: list[str]
    lower: list[str]
    sums: list[list[int]]  # sums[i][j]: how well lower[:j] would fit under upper[i]
    totals: list[int]  # totals[j]: how many of lower[:j] are a total (合计)
    memo: dict[tuple[int, int, int], float]

    @classmethod
    def of(cls, taxonomy: Taxonomy, vocab: Vocabulary, upper: list[str], lower: list[str], kind: str | None) -> _Ways:
        codes = [_code(column(taxonomy, Leaf(name), kind)) for name in upper]
        sums = []
        for i, name in enumerate(upper):
            fits = _fits(taxonomy, vocab, name, lower, frozenset(codes[:i] + codes[i + 1 :]) - {None}, kind)
            sums.append(list(itertools.accumulate(fits, initial=0)))
        totals = list(itertools.accumulate((bool(_TOTAL.match(_split_unit(name)[0])) for name in lower), initial=0))
        return cls(upper, lower, sums, totals, {})

    def most(self) -> int:
        return min(len(self.upper), len(self.lower))

    def best(self, i: int, j: int, k: int) -> float:
        key = (i, j, k)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = self._best(i, j, k)
        return found

    def _best(self, i: int, j: int, k: int) -> float:
        m = len(self.lower)
        if j == m:
            return 0 if k == 0 else _IMPOSSIBLE
        if k == 0 or len(self.upper) - i < k or m - j < k:
            return _IMPOSSIBLE
        return max([self.best(i + 1, j, k)] + [self._taking(i, j, e, k) for e in range(j + 1, m - k + 2)])

    def _taking(self, i: int, j: int, e: int, k: int) -> float:
        """The best score with upper[i] over lower[j:e]."""
        return self.sums[i][e] - self.sums[i][j] + self._closing(j, e) + self.best(i + 1, e, k - 1)

    def _closing(self, j: int, e: int) -> int:
        """A total closes the cells it totals, at one end of them: a merged cell holds
        one at most, first or last (合计 | 警告 | 罚款 or 警告 | 罚款 | 合计)."""
        inside = self.totals[e] - self.totals[j]
        at_an_end = inside and (self._is_total(j) or (inside == 1 and self._is_total(e - 1)))
        return _MISPLACED_TOTAL * (inside - bool(at_an_end))

    def _is_total(self, j: int) -> bool:
        return self.totals[j + 1] > self.totals[j]

    def readings(self, i: int, j: int, k: int) -> list[_Reading]:
        """Every best-scored way (a few more than _MAX_READINGS at most)."""
        target = self.best(i, j, k)
        if target == _IMPOSSIBLE:
            return []
        if j == len(self.lower):
            return [()]
        out = self.readings(i + 1, j, k) if self.best(i + 1, j, k) == target else []
        for e in range(j + 1, len(self.lower) - k + 2):
            if len(out) > _MAX_READINGS:
                break
            if self._taking(i, j, e, k) == target:
                out += [((i, j, e), *rest) for rest in self.readings(i + 1, e, k - 1)]
        return out


def _fits(taxonomy: Taxonomy, vocab: Vocabulary, upper: str, lower: list[str], others: frozenset[str], kind: str | None) -> list[int]:
    """How well each lower cell fits under `upper`; `others` are the codes of the
    other cells of the upper row."""
    over = column(taxonomy, Leaf(upper), kind)
    group = merged_kind(vocab, [upper])
    subjects = _subjects(vocab, group) if group else {over.metric.category} if over else set()
    out = []
    for name in lower:
        below = column(taxonomy, Leaf(name, (upper,)), kind)
        metric = below.metric if below else None
        if metric is None:
            out.append(0)
        elif over and metric.parent == over.metric.code:
            out.append(_FITS_PARENT)
        elif metric.parent in others:
            out.append(_ANOTHERS_CHILD)
        elif not subjects:
            out.append(0)
        elif metric.category in subjects:
            out.append(_FITS_GROUP if group else _FITS_SUBJECT)
        else:
            out.append(_MISFITS)
    return out


def _subjects(vocab: Vocabulary, kind: str) -> set[str]:
    """The categories of the metrics a table about `kind` has (处罚: penalty)."""
    return {metric.category for (about, _), metric in vocab.scoped.items() if about == kind}


def _best_readings(ways: list[_Ways], merged: int) -> list[tuple[_Reading, ...]] | None:
    """Every best-scored way to read all rows with `merged` merged cells in all; []
    when there is none, None when there are too many to compare."""
    best, choices = _IMPOSSIBLE, []
    for counts in itertools.product(*(range(1, w.most() + 1) for w in ways)):
        if sum(counts) != merged:
            continue
        score = sum(w.best(0, 0, k) for w, k in zip(ways, counts))
        if score > best:
            best, choices = score, [counts]
        elif score == best:
            choices.append(counts)
    if best == _IMPOSSIBLE:
        return []
    out: list[tuple[_Reading, ...]] = []
    for counts in choices:
        out += itertools.islice(itertools.product(*(w.readings(0, 0, k) for w, k in zip(ways, counts))), _MAX_READINGS + 1 - len(out))
        if len(out) > _MAX_READINGS:
            return None
    return out


def _leaves_of(rows: list[list[str]], reading: tuple[_Reading, ...]) -> list[Leaf]:
    """The bottom cells, in order, of the rows read one way."""
    under = [{i: (j, e) for i, j, e in step} for step in reading]

    def expand(r: int, c: int, above: tuple[str, ...]) -> list[Leaf]:
        name = rows[r][c]
        if r == len(under) or c not in under[r]:
            return [Leaf(name, above)]
        start, end = under[r][c]
        return [leaf for d in range(start, end) for leaf in expand(r + 1, d, (*above, name))]

    return [leaf for c in range(len(rows[0])) for leaf in expand(0, c, ())]


def _trailing_remarks(row: list[str]) -> int:
    count = 0
    while count < len(row) and _REMARKS.match(row[len(row) - 1 - count]):
        count += 1
    return count


def _code(col: Column | None) -> str | None:
    return col.metric.code if col else None


def _meaning(col: Column | None) -> tuple[str, str, Decimal] | None:
    return (col.metric.code, col.unit, col.multiplier) if col else None


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
    if metric and kind and (kind, name) not in vocab.scoped and _of_other_tables(vocab, metric, kind, name):
        return None  # 受理数 in a table of reconsiderations: no licences accepted
    return _measured(metric, name, stated) if metric else None


def _of_other_tables(vocab: Vocabulary, metric: Metric, kind: str, name: str) -> bool:
    """Whether a header that names no subject of its own (受理数) reads as a metric that
    belongs to tables of other subjects only (许可), in a table about `kind`."""
    scopes = {scope for scope, _ in metric.table_in}
    return bool(scopes) and kind not in scopes and not re.search(vocab.kinds, name)


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
            if phrase in name and (len(phrase), candidate.priority) > best_key and _unqualified(name, phrase):
                best, best_key = candidate, (len(phrase), candidate.priority)
    return best


def _unqualified(name: str, phrase: str) -> bool:
    """Whether `phrase` stands in a header at least once not turned by the words
    around it into another count: 不予处罚案件数量, 减轻处罚的案件数量 count cases no
    code counts, 被行政复议纠错数量 only the reviews that went against the body."""
    at = name.find(phrase)
    while at >= 0:
        if not _QUALIFIED.search(name, 0, at) and not _OUTCOME.match(name, at + len(phrase)):
            return True
        at = name.find(phrase, at + 1)
    return False


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
