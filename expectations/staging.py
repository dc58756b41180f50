"""The staging-stage suite: what dbt's staging models must hold before marts are built on them."""

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
    unique_together,
)
from expectations.vocabulary import DOMAINS, ISSUER_SOURCES, UNITS

DOCUMENTS = "staging.stg_documents"
FIGURES = "staging.stg_figures"
METRIC_CODES = ValuesFromTable("raw.metric_definitions", "metric")


def expectation_specs(current_year: int | None = None) -> list[ExpectationSpec]:
    """The staging suite; `current_year` (default: this calendar year) bounds report_year."""
    year = current_year or dt.date.today().year
    return [
        not_null(DOCUMENTS, "doc_id", ERROR, "doc_id is the key every figure points to."),
        unique(DOCUMENTS, "doc_id", ERROR, "Staging keeps one row per document."),
        between(
            DOCUMENTS, "report_year", FIRST_REPORT_YEAR, year, ERROR,
            "A report from the future or the last century means year inference broke; "
            "null (needs review) is allowed.",
        ),
        *(
            not_null_where(
                DOCUMENTS, column, {"needs_review": False}, ERROR,
                "A document not flagged for review has a resolved issuer: a known division, a "
                "body within it and the evidence that decided. A name that did not resolve "
                "(a sentence fragment) leaves the issuer null and the document flagged.",
            )
            for column in ("issuer_key", "issuer_source", "body_type")
        ),
        in_set(DOCUMENTS, "issuer_source", ISSUER_SOURCES, ERROR, "The evidence kinds issuer inference knows."),
        unique_together(
            FIGURES, ["doc_id", "figure_no"], ERROR,
            "One row per figure mention; a view has no primary key to enforce it.",
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
        in_set(FIGURES, "unit", UNITS, WARNING, "A unit the normaliser does not know yet."),
    ]  # fmt: skip
