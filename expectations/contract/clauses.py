"""The kinds of clause the warehouse contract is written in: tables and their columns,
closed vocabularies, and row rules with one severity and one checker each.

Plain data: reading them needs neither DuckDB nor Great Expectations nor dbt. What each
clause becomes (DDL, an Arrow schema, a dbt source, a GX expectation, a dbt test) is
worked out in `expectations/contract/__init__.py` and `expectations/contract/dbt_files.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from expectations.specs import ERROR, WARNING, Severity

__all__ = [
    "ERROR", "WARNING", "THIS_YEAR", "AllTrue", "Between", "Check", "Checker", "Column", "Greater",
    "InVocabulary", "NoRows", "NotNull", "Rule", "Severity", "Table", "Unique", "Vocabulary",
]  # fmt: skip

# Great Expectations checks the gates between stages (raw before dbt runs, staging and marts
# before publishing); dbt checks what its own models produce and the relations between them.
Checker = Literal["gx", "dbt"]

# DuckDB column types the raw tables use; each has one Arrow type (see ARROW_TYPES).
DUCKDB_TYPES = ("VARCHAR", "INTEGER", "BIGINT", "DOUBLE", "BOOLEAN", "TIMESTAMP")


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # one of DUCKDB_TYPES
    en: str  # description in English
    zh: str  # description in Chinese
    not_null: bool = False
    vocabulary: str | None = None  # the closed list its values come from, when there is one


@dataclass(frozen=True)
class Table:
    """A table ingestion writes: schema-qualified name, descriptions, columns in order."""

    name: str  # e.g. "raw.figures"
    en: str
    zh: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()

    @property
    def schema(self) -> str:
        return self.name.split(".", 1)[0]

    @property
    def short_name(self) -> str:
        return self.name.split(".", 1)[1]

    def column(self, name: str) -> Column:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(f"{self.name} has no column {name!r}")


@dataclass(frozen=True)
class Vocabulary:
    """A closed list of values a column may take.

    Listed here (`values`), or kept where extractors/ defines them, which stays their one
    source (`extractors`): "domains" or "metrics" of taxonomy.toml, "reasons" for the
    reason codes of errors.py, "document_kinds" for the kinds of kind.py; both together
    make the union. `read_from` names the table column a GX suite reads the values from
    when it runs instead (the taxonomy's metric codes, as loaded into raw.metric_definitions
    by the same run)."""

    name: str
    en: str
    values: tuple[str, ...] = ()
    extractors: str | None = None  # "domains" | "metrics" | "reasons" | "document_kinds"
    read_from: tuple[str, str] | None = None  # (schema-qualified table, column)


# The year a suite runs in, as a bound (a report cannot cover a year that has not begun).
THIS_YEAR = "this year"


@dataclass(frozen=True)
class NotNull:
    column: str
    where: Mapping[str, Any] = field(default_factory=dict)  # only rows whose columns equal these


@dataclass(frozen=True)
class Unique:
    columns: tuple[str, ...]  # one column, or a grain of several


@dataclass(frozen=True)
class InVocabulary:
    """Non-null values of `column` are in the vocabulary."""

    column: str
    vocabulary: str


@dataclass(frozen=True)
class AllTrue:
    """`column` is true on every row where it is not null."""

    column: str


@dataclass(frozen=True)
class Between:
    """Non-null values of `column` lie in [low, high] (None: unbounded; THIS_YEAR)."""

    column: str
    low: float | None
    high: float | str | None
    where: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Greater:
    """`column` > `than` on every row."""

    column: str
    than: str


@dataclass(frozen=True)
class NoRows:
    """The table is empty: each row it holds is a finding."""


Check = NotNull | Unique | InVocabulary | AllTrue | Between | Greater | NoRows


@dataclass(frozen=True)
class Rule:
    """One rule about rows, on every table it names, with one severity and one checker."""

    name: str  # snake_case, unique in the contract
    tables: tuple[str, ...]  # schema-qualified: raw tables or dbt models
    check: Check
    severity: Severity
    checker: Checker
    why: str  # shown beside the check in Data Docs and the dbt docs

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns the rule reads on each of its tables."""
        check = self.check
        if isinstance(check, Unique):
            named = check.columns
        elif isinstance(check, Greater):
            named = (check.column, check.than)
        elif isinstance(check, NoRows):
            named = ()
        else:
            named = (check.column,)
        where = getattr(check, "where", {}) or {}
        return (*named, *where)
