"""One report file in, one `Document` with its figures out: the extraction entry points."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from extractors.changes import continues_list, stated_change_sign
from extractors.domains import resolve_domain
from extractors.issuer import content_lines, find_title, infer_issuer, infer_year
from extractors.mentions import Mention, find_mentions
from extractors.metrics import metric_from_left, metric_from_right, metrics_in_order
from extractors.normalise import normalise
from extractors.numbers import as_number
from extractors.reading import DEFAULT_MAX_BYTES, read_document
from extractors.records import Document, Figure
from extractors.structure import Layout
from extractors.tables import TableCell, find_tables
from extractors.taxonomy import Taxonomy, load
from extractors.units import unit_kind

_RESPECTIVELY = re.compile(r"分别(?:为|是|达|有|达到|增长|增加|下降|减少)?\s*$")
_BLOCK_HEAD = re.compile(r"^[^，,；;。]{0,60}")


@dataclass(slots=True)
class _Draft:
    """A figure while its meaning is being worked out."""

    mention: Mention
    metric: str | None
    domain: str
    rule: str
    sign: int = 1
    of_metric: str | None = None
    parent_metric: str | None = None
    sub_issuer: str | None = None

    @property
    def is_change(self) -> bool:
        return self.metric in ("yoy_change_pct", "yoy_change_abs")


def extract_file(path: Path, *, root: Path | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read, decode and extract one file; raises an `ExtractionError` subclass when it cannot."""
    data, decoded = read_document(path, max_bytes)
    source_path = str(path.relative_to(root)) if root else str(path)
    return extract_text(
        decoded.text,
        source_path=source_path,
        source_format=decoded.source_format,
        encoding=decoded.encoding,
        doc_id=hashlib.sha256(data).hexdigest(),
        byte_size=len(data),
    )


def extract_text(
    raw_text: str,
    *,
    source_path: str = "<text>",
    source_format: str = "txt",
    encoding: str | None = None,
    doc_id: str | None = None,
    byte_size: int | None = None,
    title: str | None = None,
) -> Document:
    text, match = normalise(raw_text)
    title = title or find_title(content_lines(match))
    return Document(
        doc_id=doc_id or hashlib.sha256(raw_text.encode("utf-8")).hexdigest(),
        source_path=source_path,
        source_format=source_format,
        encoding=encoding,
        byte_size=byte_size if byte_size is not None else len(raw_text.encode("utf-8")),
        text=text,
        title=title,
        issuer=infer_issuer(match, title, source_path),
        report_year=infer_year(match, title, source_path),
        figures=tuple(find_figures(text, match)),
    )


def find_figures(text: str, match: str) -> list[Figure]:
    """Every figure in a normalised text, in order, with metric, domain and links."""
    taxonomy = load()
    layout = Layout(match)
    cells, covered = find_tables(match, taxonomy)
    mentions = [m for m in find_mentions(match) if not any(a <= m.start < b for a, b in covered)]
    drafts = _give_meaning(match, layout, taxonomy, mentions)
    _link_breakdowns(match, layout, taxonomy, drafts)
    _pair_listed_changes(match, layout, drafts)
    drafts += [_table_draft(cell) for cell in cells]
    drafts.sort(key=lambda d: d.mention.start)
    return [_figure(i, d, text, layout) for i, d in enumerate(drafts, start=1)]


def _give_meaning(match: str, layout: Layout, taxonomy: Taxonomy, mentions: list[Mention]) -> list[_Draft]:
    drafts: list[_Draft] = []
    respectively: list[str] = []
    for mention in mentions:
        clause = layout.clause(mention.start)
        sentence = layout.sentence(mention.start)
        prev = drafts[-1] if drafts and drafts[-1].mention.end > sentence.start else None
        left_start = max(clause.start, prev.mention.end) if prev else clause.start
        words_before = match[left_start : mention.start]
        clause_before = match[clause.start : mention.start]

        sign = stated_change_sign(clause_before, words_before)
        if sign is None and prev and prev.is_change and prev.mention.end > clause.start and continues_list(words_before):
            sign = prev.sign
        if sign is not None:
            drafts.append(_change_draft(match, taxonomy, mention, sign, drafts, sentence.start))
            continue

        metric, rule = None, "unmapped"
        if _RESPECTIVELY.search(words_before):
            respectively = [m.code for m in metrics_in_order(taxonomy, mention.unit, match[clause.start : mention.start])]
        elif not (respectively and prev and prev.mention.end > clause.start and continues_list(words_before)):
            respectively = []
        if len(respectively) > 1:
            metric, rule = respectively.pop(0), "respectively"
        else:
            respectively = []
            found = metric_from_right(taxonomy, mention.unit, match[mention.end : clause.end])
            rule = "counted_after_unit"
            if found is None:
                found, rule = metric_from_left(taxonomy, mention.unit, words_before), "named_before"
            if found is not None:
                metric = found.code
            else:
                rule = "unmapped"
        drafts.append(_Draft(mention, metric, _domain(match, layout, taxonomy, mention, metric), rule))
    return drafts


def _change_draft(match: str, taxonomy: Taxonomy, mention: Mention, sign: int, drafts: list[_Draft], sentence_start: int) -> _Draft:
    code = "yoy_change_pct" if mention.unit == "%" else "yoy_change_abs"
    subject = next((d for d in reversed(drafts) if d.mention.end > sentence_start and not d.is_change and d.metric), None)
    if subject:
        of_metric, domain = subject.metric, subject.domain
    else:
        # "行政处罚案件同比增长12%": the changed metric is named, its figure is not.
        named = metric_from_left(taxonomy, None, match[sentence_start : mention.start])
        of_metric, domain = (named.code if named else None), "all"
    return _Draft(mention, code, domain, "stated_change", sign=sign, of_metric=of_metric)


def _domain(match: str, layout: Layout, taxonomy: Taxonomy, mention: Mention, metric: str | None) -> str:
    fixed = taxonomy.metrics[metric].domain if metric else None
    if fixed:
        return fixed
    clause = layout.clause(mention.start)
    sentence = layout.sentence(mention.start)
    block = layout.block(mention.start)
    head = _BLOCK_HEAD.match(match[block.start : block.end])
    return resolve_domain(
        taxonomy,
        match[clause.start : clause.end],
        match[sentence.start : sentence.end],
        head.group(0) if head else "",
        layout.headings(mention.start),
    )


def _link_breakdowns(match: str, layout: Layout, taxonomy: Taxonomy, drafts: list[_Draft]) -> None:
    """其中: figures after it in the sentence break down the figure before it,
    when they count the same kind of thing; some metrics always have a parent."""
    for i, draft in enumerate(drafts):
        if draft.is_change or draft.metric is None:
            continue
        sentence = layout.sentence(draft.mention.start)
        among = match.rfind("其中", sentence.start, draft.mention.start)
        if among >= 0:
            parent = next(
                (d for d in reversed(drafts[:i]) if d.mention.end <= among and d.mention.start >= sentence.start and not d.is_change),
                None,
            )
            if (
                parent
                and parent.metric
                and parent.metric != draft.metric
                and unit_kind(parent.mention.unit) == unit_kind(draft.mention.unit)
            ):
                draft.parent_metric = parent.metric
                continue
        draft.parent_metric = taxonomy.metrics[draft.metric].parent


def _pair_listed_changes(match: str, layout: Layout, drafts: list[_Draft]) -> None:
    """"A和B分别为1件和2件，同比分别增长10%和12%": the n-th change is of the n-th figure."""
    i = 0
    while i < len(drafts):
        if not drafts[i].is_change:
            i += 1
            continue
        j = i + 1
        while j < len(drafts) and drafts[j].is_change and layout.clause(drafts[j].mention.start) == layout.clause(drafts[i].mention.start):
            j += 1
        run = drafts[i:j]
        if len(run) > 1:
            sentence = layout.sentence(run[0].mention.start)
            subjects = [d for d in drafts[:i] if d.mention.start >= sentence.start and not d.is_change and d.metric][-len(run):]
            if len(subjects) == len(run):
                for change, subject in zip(run, subjects):
                    change.of_metric, change.domain = subject.metric, subject.domain
        i = j


def _table_draft(cell: TableCell) -> _Draft:
    return _Draft(cell.mention, cell.metric, cell.domain, "table_cell", sub_issuer=cell.sub_issuer, parent_metric=cell.parent_metric)


def _figure(number: int, draft: _Draft, text: str, layout: Layout) -> Figure:
    m = draft.mention
    sentence = layout.sentence(m.start)
    headings = layout.headings(m.start)
    value: Decimal = m.value * draft.sign
    return Figure(
        figure_no=number,
        span_start=m.start,
        span_end=m.end,
        as_written=text[m.start : m.end],
        value=as_number(value),
        unit=m.unit,
        approximate=m.approximate,
        metric=draft.metric,
        domain=draft.domain,
        of_metric=draft.of_metric,
        parent_metric=draft.parent_metric,
        sub_issuer=draft.sub_issuer,
        section=headings[-1] if headings else None,
        sentence=text[sentence.start : sentence.end].strip(),
        rule=draft.rule,
    )


__all__ = ["extract_file", "extract_text", "find_figures", "replace"]
