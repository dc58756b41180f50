"""What a validation found: one Outcome per expectation, a StageResult per stage, read from GX."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from expectations.specs import ERROR, ExpectationSpec, Severity

TABLE_EXISTS = "expect_table_to_exist"  # not a GX expectation: a missing table never reaches GX
_OBSERVED_MAX_CHARS = 500
_SAMPLE_SIZE = 5
# A value of an unexpected row is kept up to this length: enough for a sentence or a message,
# not a document's whole text.
_ROW_VALUE_MAX_CHARS = 1000

Row = dict[str, Any]  # column -> a value JSON can hold


@dataclass(frozen=True)
class Outcome:
    """The result of one expectation on one table."""

    suite: str
    table: str  # schema-qualified
    expectation: str  # GX expectation type
    column: str | None  # several columns are joined with ", "
    severity: Severity
    success: bool
    observed_value: str
    unexpected_count: int | None
    element_count: int | None
    evaluated_at: dt.datetime  # timezone-aware, UTC
    # The rows the validation found unexpected, as GX returned them (the first ones, whole).
    unexpected_rows: tuple[Row, ...] = ()


@dataclass
class StageResult:
    """Every outcome of one stage; `success` is False as soon as an error-severity one failed."""

    stage: str
    run_id: str
    outcomes: list[Outcome]
    success: bool = field(init=False)

    def __post_init__(self) -> None:
        self.success = not self.failures(ERROR)

    def failures(self, severity: Severity | None = None) -> list[Outcome]:
        """Failed outcomes, optionally only those of one severity."""
        return [
            outcome
            for outcome in self.outcomes
            if not outcome.success and severity in (None, outcome.severity)
        ]


def table_missing(table: str, evaluated_at: dt.datetime) -> Outcome:
    return Outcome(table, table, TABLE_EXISTS, None, ERROR, False,
                   f"table {table} does not exist", None, None, evaluated_at)  # fmt: skip


def failed_before_validation(
    spec: ExpectationSpec, observed: str, evaluated_at: dt.datetime
) -> Outcome:
    return Outcome(spec.table, spec.table, spec.expectation, spec.column, spec.severity, False,
                   observed, None, None, evaluated_at)  # fmt: skip


def from_gx_result(spec: ExpectationSpec, result: Any, evaluated_at: dt.datetime) -> Outcome:
    """The outcome of `spec` from GX's ExpectationValidationResult for it."""
    details = result.result or {}
    return Outcome(
        suite=spec.table,
        table=spec.table,
        expectation=spec.expectation,
        column=spec.column,
        severity=spec.severity,
        success=bool(result.success),
        observed_value=_describe(details, _exception_message(result.exception_info)),
        unexpected_count=_as_int(details.get("unexpected_count")),
        element_count=_as_int(details.get("element_count")),
        evaluated_at=evaluated_at,
        unexpected_rows=tuple(_row(row) for row in details.get("unexpected_rows") or ()),
    )


def _row(row: Mapping[str, Any]) -> Row:
    """An unexpected row with each value as JSON holds it (a timestamp as its text) and long
    text cut short."""
    out: Row = {}
    for column, value in row.items():
        if value is not None and not isinstance(value, bool | int | float | str):
            value = str(value)
        if isinstance(value, str) and len(value) > _ROW_VALUE_MAX_CHARS:
            value = value[:_ROW_VALUE_MAX_CHARS] + "…"
        out[str(column)] = value
    return out


def _as_int(value: Any) -> int | None:
    return None if value is None else int(value)


def _exception_message(info: Mapping[str, Any] | None) -> str | None:
    """GX nests exceptions either directly or under the id of the metric that raised them."""
    if not info:
        return None
    for candidate in (info, *(v for v in info.values() if isinstance(v, Mapping))):
        message = candidate.get("exception_message")
        if message:
            return str(message).strip().splitlines()[0]
    return None


def _describe(details: Mapping[str, Any], exception: str | None) -> str:
    """A one-line reading of what GX saw, for the results table and the CLI."""
    if exception is not None:
        text = f"error: {exception}"
    elif details.get("observed_value") is not None:
        text = str(details["observed_value"])
    elif details.get("unexpected_count") is not None:
        text = f"{details['unexpected_count']} of {details.get('element_count')} rows unexpected"
        sample = _distinct(details.get("partial_unexpected_list") or [])
        if sample:
            text += f", e.g. {', '.join(sample)}"
    elif details.get("element_count") == 0:
        text = "no rows"
    else:
        text = ""
    return text[:_OBSERVED_MAX_CHARS]


def _distinct(values: Iterable[Any]) -> list[str]:
    seen: list[str] = []
    for value in values:
        text = repr(value) if isinstance(value, str) else str(value)
        if text not in seen:
            seen.append(text)
        if len(seen) == _SAMPLE_SIZE:
            break
    return seen
