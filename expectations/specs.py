"""The shape of one check in a stage suite: what to expect of which table, and what a failure blocks.

Suites are plain data so that reading them needs no Great Expectations import; they are made
from the rules of the warehouse contract (expectations/contract/), and the runner turns each
`ExpectationSpec` into a GX expectation of the same name when it validates.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning"]
ERROR: Severity = "error"  # a failure blocks publishing
WARNING: Severity = "warning"  # a failure is reported, the warehouse is still published


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
