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
    source: str | None = None  # declared / title / text / file_name / None


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

    @property
    def review_reasons(self) -> list[str]:
        reasons = []
        if self.issuer.issuer is None:
            reasons.append("issuer_unknown")
        if self.report_year is None:
            reasons.append("report_year_unknown")
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
