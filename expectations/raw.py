"""The raw-stage suite: what ingestion must have written to raw.documents, raw.figures, raw.quarantine."""

from __future__ import annotations

import datetime as dt

from expectations.specs import (
    ERROR,
    FIRST_REPORT_YEAR,
    WARNING,
    ExpectationSpec,
    ValuesFromTable,
    between,
    greater_than,
    in_set,
    not_null,
    not_null_where,
    unique,
)
from expectations.vocabulary import DOMAINS, SOURCE_FORMATS, UNITS

DOCUMENTS = "raw.documents"
FIGURES = "raw.figures"
QUARANTINE = "raw.quarantine"
METRIC_CODES = ValuesFromTable("raw.metric_definitions", "metric")


def expectation_specs(current_year: int | None = None) -> list[ExpectationSpec]:
    """The raw suite; `current_year` (default: this calendar year) bounds report_year."""
    year = current_year or dt.date.today().year
    return [
        not_null(DOCUMENTS, "doc_id", ERROR, "doc_id is the sha256 every figure points to."),
        unique(DOCUMENTS, "doc_id", ERROR, "One row per distinct file content."),
        between(
            DOCUMENTS, "report_year", FIRST_REPORT_YEAR, year, ERROR,
            "A report from the future or the last century means year inference broke; "
            "null (needs review) is allowed.",
        ),
        in_set(
            DOCUMENTS, "source_format", SOURCE_FORMATS, WARNING,
            "A format no extractor is written for.",
        ),
        greater_than(
            FIGURES, "span_end", "span_start", ERROR,
            "text[span_start:span_end] is the figure as written, so the span is never empty.",
        ),
        not_null(FIGURES, "value", ERROR, "A figure without a number is not a figure."),
        in_set(FIGURES, "domain", DOMAINS, ERROR, "Domains are a closed list (DESIGN.md)."),
        in_set(
            FIGURES, "metric", METRIC_CODES, ERROR,
            "Mapped metrics must exist in the taxonomy; unmapped (null) is allowed.",
        ),
        not_null_where(
            FIGURES, "of_metric", {"metric": "yoy_change_pct"}, WARNING,
            "A stated year-on-year change means nothing without the metric it changes.",
        ),
        in_set(FIGURES, "unit", UNITS, WARNING, "A unit the normaliser does not know yet."),
        not_null(QUARANTINE, "reason", ERROR, "Every quarantined file says why, as a code."),
    ]  # fmt: skip
