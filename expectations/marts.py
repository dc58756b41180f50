"""The marts-stage suite: what the published tables promise to BI tools and analysts."""

from __future__ import annotations

import datetime as dt

from expectations.specs import (
    ERROR,
    FIRST_REPORT_YEAR,
    WARNING,
    ExpectationSpec,
    ValuesFromTable,
    between,
    in_set,
    not_null,
    unique,
    unique_together,
)
from expectations.vocabulary import DOMAINS, PERCENT_UNIT

REPORT_METRIC = "marts.fct_report_metric"
METRIC_YOY = "marts.fct_metric_yoy"
CONSISTENCY_CHECK = "marts.fct_consistency_check"
DIM_ISSUER = "marts.dim_issuer"
DIM_DOCUMENT = "marts.dim_document"
DOCUMENT_CONFLICT = "marts.fct_document_conflict"
DIM_METRIC = "marts.dim_metric"
METRIC_CODES = ValuesFromTable("raw.metric_definitions", "metric")

# Reports round, restate and occasionally contradict themselves, so a few disagreements are
# expected; more than this share points at the extractor rather than the report.
MOSTLY_CONSISTENT = 0.9


def expectation_specs(current_year: int | None = None) -> list[ExpectationSpec]:
    """The marts suite; `current_year` (default: this calendar year) bounds report_year."""
    year = current_year or dt.date.today().year
    return [
        unique_together(
            REPORT_METRIC, ["issuer_key", "report_year", "metric", "domain"], ERROR,
            "The grain of fct_report_metric: one value per issuer, year, metric and domain.",
        ),
        not_null(REPORT_METRIC, "issuer_key", ERROR, "Part of the grain."),
        not_null(REPORT_METRIC, "metric", ERROR, "Part of the grain."),
        not_null(REPORT_METRIC, "value", ERROR, "A fact without a value is not a fact."),
        between(
            REPORT_METRIC, "report_year", FIRST_REPORT_YEAR, year, ERROR,
            "A report from the future means year inference broke.",
        ),
        in_set(REPORT_METRIC, "domain", DOMAINS, ERROR, "Domains are a closed list (DESIGN.md)."),
        in_set(
            REPORT_METRIC, "metric", METRIC_CODES, ERROR,
            "Every metric in a fact is defined in the taxonomy.",
        ),
        between(
            REPORT_METRIC, "value", -100, 1000, WARNING,
            "A percentage outside [-100, 1000] is more likely a misread number than a real rate.",
            where={"unit": PERCENT_UNIT},
        ),
        unique_together(
            METRIC_YOY, ["issuer_key", "metric", "domain", "report_year"], ERROR,
            "The grain of fct_metric_yoy.",
        ),
        in_set(
            METRIC_YOY, "claim_consistent", [True], WARNING,
            "Where a report states its own year-on-year change, our computed change mostly "
            "agrees with it.",
            mostly=MOSTLY_CONSISTENT,
        ),
        in_set(
            CONSISTENCY_CHECK, "passed", [True], WARNING,
            "Figures inside one report mostly add up (simple + ordinary = total, ...).",
            mostly=MOSTLY_CONSISTENT,
        ),
        not_null(DIM_ISSUER, "issuer_key", ERROR, "The key facts join on."),
        unique(DIM_ISSUER, "issuer_key", ERROR, "One row per issuer, or joins fan out."),
        not_null(DIM_DOCUMENT, "doc_id", ERROR, "The key facts join on."),
        unique(DIM_DOCUMENT, "doc_id", ERROR, "One row per document, or joins fan out."),
        unique(DIM_METRIC, "metric", ERROR, "One row per metric code, or joins fan out."),
        ExpectationSpec(
            DOCUMENT_CONFLICT, "expect_table_row_count_to_equal", {"value": 0}, WARNING,
            "One report per issuer and year: a row means two different files claim the same "
            "body's report for the same year (both kept; the facts take the later one).",
        ),
    ]  # fmt: skip
