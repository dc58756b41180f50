"""The dashboard's questions to the warehouse: plain functions, SQL in, DataFrame out.

Each takes `read(sql, params) -> DataFrame` (Warehouse.read, or a cached wrapper of it), so
they run the same in the app and in tests. Values are always bound as parameters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pandas as pd

Read = Callable[[str, Sequence], pd.DataFrame]

# Rates and stated changes do not add up across issuers.
_SUMMABLE = "m.unit_kind IS DISTINCT FROM 'percent' AND m.unit_kind IS DISTINCT FROM 'change' AND f.unit <> '%'"


def overview(read: Read) -> dict:
    """How much the warehouse holds: documents, issuers, figures, years."""
    row = read(
        """
        SELECT (SELECT count(*) FROM marts.dim_document) AS documents,
               (SELECT count(*) FROM marts.dim_issuer) AS issuers,
               (SELECT count(*) FROM raw.figures) AS figures,
               (SELECT count(*) FROM marts.fct_report_metric) AS facts,
               (SELECT count(*) FROM raw.quarantine) AS quarantined,
               (SELECT min(report_year) FROM marts.dim_document) AS first_year,
               (SELECT max(report_year) FROM marts.dim_document) AS last_year
        """,
        [],
    )
    return row.iloc[0].to_dict()


def totals_by_year(read: Read) -> pd.DataFrame:
    """Per metric and year: the sum of the issuer-level (domain 'all') values, and how many issuers."""
    return read(
        f"""
        SELECT f.metric, m.name_zh, m.name_en, f.unit, f.report_year,
               sum(f.value) AS total, count(DISTINCT f.issuer_key) AS issuers
        FROM marts.fct_report_metric AS f
        LEFT JOIN marts.dim_metric AS m USING (metric)
        WHERE f.domain = 'all' AND f.issuer_key IS NOT NULL AND {_SUMMABLE}
        GROUP BY ALL
        ORDER BY f.metric, f.unit, f.report_year
        """,
        [],
    )


def issuers(read: Read) -> pd.DataFrame:
    return read(
        """
        SELECT issuer_key, issuer, parent_region, admin_level, first_report_year, last_report_year,
               report_count, document_count
        FROM marts.dim_issuer ORDER BY issuer_key
        """,
        [],
    )


def issuer_yoy(read: Read, issuer_key: str) -> pd.DataFrame:
    """One issuer's metrics year over year (marts.fct_metric_yoy), with the metric names."""
    return read(
        """
        SELECT y.metric, m.name_zh, m.name_en, y.domain, y.report_year, y.value, y.unit,
               y.prior_year_value, y.abs_change, y.pct_change, y.claimed_pct_change,
               y.claim_gap_pp, y.claim_consistent, y.claim_sentence
        FROM marts.fct_metric_yoy AS y
        LEFT JOIN marts.dim_metric AS m USING (metric)
        WHERE y.issuer_key = ?
        ORDER BY y.domain = 'all' DESC, y.domain, y.metric, y.report_year
        """,
        [issuer_key],
    )


def issuer_figures(read: Read, issuer_key: str) -> pd.DataFrame:
    """One issuer's stated figures (marts.fct_report_metric) with their sentence and report."""
    return read(
        """
        SELECT f.report_year, f.metric, m.name_zh, m.name_en, f.domain, f.value, f.unit, f.as_written,
               f.sentence, d.source_path, d.title, f.doc_id, f.span_start, f.span_end,
               f.mention_count, f.has_conflict
        FROM marts.fct_report_metric AS f
        LEFT JOIN marts.dim_metric AS m USING (metric)
        LEFT JOIN marts.dim_document AS d USING (doc_id)
        WHERE f.issuer_key = ?
        ORDER BY f.report_year DESC, f.domain = 'all' DESC, f.domain, f.metric
        """,
        [issuer_key],
    )


def document(read: Read, doc_id: str) -> dict | None:
    """One loaded report: where it came from and its normalised text (the figures' offsets point into it)."""
    frame = read(
        """
        SELECT doc_id, source_path, source_format, encoding, title, issuer, issuer_key, report_year, text
        FROM raw.documents WHERE doc_id = ?
        """,
        [doc_id],
    )
    return None if frame.empty else frame.iloc[0].to_dict()


def disagreeing_claims(read: Read) -> pd.DataFrame:
    """Year-over-year changes a report claims that the two years' figures do not bear out."""
    return read(
        """
        SELECT coalesce(i.issuer, y.issuer_key) AS issuer, y.issuer_key, y.report_year, y.metric,
               m.name_zh, m.name_en, y.domain, y.value, y.unit, y.prior_year_value, y.pct_change,
               y.claimed_pct_change, y.claimed_abs_change, y.claim_gap_pp, y.claim_sentence,
               d.source_path, y.claim_doc_id
        FROM marts.fct_metric_yoy AS y
        LEFT JOIN marts.dim_metric AS m USING (metric)
        LEFT JOIN marts.dim_issuer AS i USING (issuer_key)
        LEFT JOIN marts.dim_document AS d ON d.doc_id = y.claim_doc_id
        WHERE y.claim_consistent = false
        ORDER BY y.issuer_key, y.report_year, y.metric, y.domain
        """,
        [],
    )


def failed_consistency_checks(read: Read) -> pd.DataFrame:
    """Rules a report breaks inside itself (简易 + 普通 ≠ 行政处罚, a domain above the whole …)."""
    return read(
        """
        SELECT coalesce(i.issuer, c.issuer_key) AS issuer, c.report_year, c.check_id, c.domain,
               c.metric, c.compared_metric, c.expected_value, c.actual_value, c.detail, d.source_path
        FROM marts.fct_consistency_check AS c
        LEFT JOIN marts.dim_issuer AS i USING (issuer_key)
        LEFT JOIN marts.dim_document AS d USING (doc_id)
        WHERE NOT c.passed
        ORDER BY c.issuer_key, c.report_year, c.check_id
        """,
        [],
    )


def quality_history(read: Read) -> pd.DataFrame:
    """One row per validation run in the warehouse, oldest first."""
    return read(
        """
        SELECT run_id, min(evaluated_at) AS evaluated_at,
               count(*) FILTER (WHERE success) AS passed, count(*) AS total,
               count(*) FILTER (WHERE NOT success AND severity = 'error') AS failed_errors,
               count(*) FILTER (WHERE NOT success AND severity <> 'error') AS failed_warnings
        FROM quality.validation_results
        GROUP BY run_id ORDER BY evaluated_at
        """,
        [],
    )


def run_results(read: Read, run_id: str) -> pd.DataFrame:
    """Every expectation outcome of one run, stage by stage."""
    return read(
        """
        SELECT stage, table_name, expectation, column_name, severity, success,
               unexpected_count, element_count, observed_value, evaluated_at
        FROM quality.validation_results WHERE run_id = ?
        ORDER BY CASE stage WHEN 'raw' THEN 1 WHEN 'staging' THEN 2 WHEN 'marts' THEN 3 ELSE 4 END,
                 success, table_name, expectation, column_name
        """,
        [run_id],
    )
