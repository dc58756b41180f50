"""The shape of one check in a stage suite: what to expect of which table, and what a failure blocks.

Suites are plain data so that reading them needs no Great Expectations import; the runner turns
each `ExpectationSpec` into a GX expectation of the same name when it validates.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning"]
ERROR: Severity = "error"  # a failure blocks publishing
WARNING: Severity = "warning"  # a failure is reported, the warehouse is still published

FIRST_REPORT_YEAR = 2000  # no report in scope predates the 2000s


@dataclass(frozen=True)
class ValuesFromTable:
    """A value set read from a column when the suite runs, so it follows the data it refers to."""

    table: str  # schema-qualified, e.g. "raw.metric_definitions"
    column: str


@dataclass(frozen=True)
class ExpectationSpec:
    """One expectation on one table, with the severity of its failure and why it exists."""

    table: str  # schema-qualified, e.g. "raw.figures"
    expectation: str  # GX expectation type, e.g. "expect_column_values_to_not_be_null"
    kwargs: Mapping[str, Any]  # GX arguments; a ValuesFromTable may stand for a value_set
    severity: Severity
    why: str  # shown beside the expectation in Data Docs
    where: Mapping[str, Any] = field(default_factory=dict)  # only rows whose columns equal these

    @property
    def column(self) -> str | None:
        """The column(s) the expectation looks at, joined with ", " when there are several."""
        if "column" in self.kwargs:
            return str(self.kwargs["column"])
        if "column_list" in self.kwargs:
            return ", ".join(self.kwargs["column_list"])
        if "column_A" in self.kwargs:
            return f"{self.kwargs['column_A']}, {self.kwargs['column_B']}"
        return None


def not_null(table: str, column: str, severity: Severity, why: str) -> ExpectationSpec:
    return ExpectationSpec(
        table, "expect_column_values_to_not_be_null", {"column": column}, severity, why
    )


def unique(table: str, column: str, severity: Severity, why: str) -> ExpectationSpec:
    return ExpectationSpec(
        table, "expect_column_values_to_be_unique", {"column": column}, severity, why
    )


def unique_together(
    table: str, columns: Sequence[str], severity: Severity, why: str
) -> ExpectationSpec:
    return ExpectationSpec(
        table, "expect_compound_columns_to_be_unique", {"column_list": list(columns)}, severity, why
    )


def in_set(
    table: str,
    column: str,
    values: Iterable[Any] | ValuesFromTable,
    severity: Severity,
    why: str,
    mostly: float | None = None,
) -> ExpectationSpec:
    """Non-null values of `column` are all in `values` (or at least the `mostly` fraction)."""
    value_set = values if isinstance(values, ValuesFromTable) else sorted(values)
    kwargs: dict[str, Any] = {"column": column, "value_set": value_set}
    if mostly is not None:
        kwargs["mostly"] = mostly
    return ExpectationSpec(table, "expect_column_values_to_be_in_set", kwargs, severity, why)


def between(
    table: str,
    column: str,
    min_value: float,
    max_value: float,
    severity: Severity,
    why: str,
    where: Mapping[str, Any] | None = None,
) -> ExpectationSpec:
    """Non-null values of `column` lie in [min_value, max_value], on the rows `where` selects."""
    return ExpectationSpec(
        table,
        "expect_column_values_to_be_between",
        {"column": column, "min_value": min_value, "max_value": max_value},
        severity,
        why,
        dict(where or {}),
    )


def greater_than(
    table: str, column_a: str, column_b: str, severity: Severity, why: str
) -> ExpectationSpec:
    """`column_a` > `column_b` on every row."""
    return ExpectationSpec(
        table,
        "expect_column_pair_values_a_to_be_greater_than_b",
        {"column_A": column_a, "column_B": column_b, "or_equal": False},
        severity,
        why,
    )


def not_null_where(
    table: str, column: str, where: Mapping[str, Any], severity: Severity, why: str
) -> ExpectationSpec:
    """`column` is filled on the rows `where` selects."""
    return ExpectationSpec(
        table,
        "expect_column_values_to_not_be_null",
        {"column": column},
        severity,
        why,
        dict(where),
    )
