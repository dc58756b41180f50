"""The records extraction produces: a document, its figures, or a quarantined file."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


class Figure(NamedTuple):
    """One figure mention; `text[span_start:span_end] == as_written`. A named tuple:
    immutable, and cheap to make once per figure."""

    figure_no: int
    span_start: int
    span_end: int
    as_written: str
    value: float
    unit: str | None
    approximate: bool
    metric: str | None
    domain: str
    of_metric: str | None
    parent_metric: str | None
    sub_issuer: str | None
    section: str | None
    sentence: str
    rule: str

    def as_dict(self) -> dict:
        return self._asdict()


@dataclass(frozen=True, slots=True)
class Issuer:
    """Who published a report, as far as the text or file name says."""

    issuer: str | None = None
    issuer_key: str | None = None
    parent_region: str | None = None
    admin_level: str | None = None
    source: str | None = None  # declared / title / furniture / text / table / signature / first_sentence / path / None
    division_code: str | None = None  # GB/T 2260 (9 digits for a township); None for a place the table lacks
    division: str | None = None  # the division's full name, outermost first: 天津市滨海新区
    province: str | None = None
    city: str | None = None
    county: str | None = None
    township: str | None = None
    body_type: str | None = None  # 人民政府, 行政公署, 街道办事处, 管委会, 应急管理局, 综合执法大队 …
    unresolved: str | None = None  # why no issuer was accepted: the name that did not resolve


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    source_path: str
    source_format: str
    encoding: str | None
    byte_size: int
    text: str
    title: str | None
    issuer: Issuer
    report_year: int | None
    figures: tuple[Figure, ...] = field(default_factory=tuple)
    year_unresolved: str | None = None  # why no year was taken: several_years (a 2021—2023年 title)
    kind: str | None = None  # report (a body's own account of a period) or news: extractors/kind.py

    @property
    def review_reasons(self) -> list[str]:
        reasons = []
        if self.issuer.issuer is None:
            # the name that did not resolve goes with the reason, for whoever reviews it
            unresolved = self.issuer.unresolved
            reasons.append(f"issuer_unresolved({unresolved.replace(',', ' ')})" if unresolved else "issuer_unknown")
        if self.report_year is None:
            reasons.append(self.year_unresolved or "report_year_unknown")
        if not self.figures:
            reasons.append("no_figures")
        return reasons


@dataclass(frozen=True, slots=True)
class Quarantined:
    """A file that was not loaded, and why."""

    source_path: str
    sha256: str | None
    reason: str
    message: str
