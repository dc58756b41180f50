"""The warehouse contract (expectations/contract/warehouse.py), loaded and checked, and what
Python takes from it at import: the DDL of raw.*, the Arrow schemas ingestion writes Parquet
with, and the Great Expectations suite of each stage gate.

The dbt files generated from it (the raw source, accepted_values tests) are written by
`make contracts`; see expectations/contract/dbt_files.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from expectations.contract import warehouse
from expectations.contract.clauses import (
    DUCKDB_TYPES,
    THIS_YEAR,
    AllTrue,
    Between,
    Greater,
    InVocabulary,
    NoRows,
    NotNull,
    Rule,
    Table,
    Unique,
    Vocabulary,
)
from expectations.specs import ExpectationSpec, ValuesFromTable
from extractors.errors import ExtractionError
from extractors.kind import DOCUMENT_KINDS
from extractors.taxonomy import Taxonomy
from extractors.taxonomy import load as load_taxonomy

if TYPE_CHECKING:
    import pyarrow as pa

STAGES = ("raw", "staging", "marts")  # the gates, in pipeline order: each has a GX suite
MODEL_SCHEMAS = ("staging", "intermediate", "marts", "bi")  # where dbt builds models
DBT_PROJECT_DIR = Path(__file__).resolve().parents[2] / "dbt_project"


def dbt_models(schema: str, project_dir: Path = DBT_PROJECT_DIR) -> tuple[str, ...]:
    """The models dbt builds in one of MODEL_SCHEMAS, by their SQL files (each folder of
    models/ is its schema), sorted: the one list of the marts the checks wait for and the
    tests compare, which a new model joins by being written."""
    if schema not in MODEL_SCHEMAS:
        raise ValueError(f"{schema!r} is not one of dbt's schemas {MODEL_SCHEMAS}")
    return tuple(sorted(path.stem for path in (project_dir / "models" / schema).glob("*.sql")))


_EXTRACTORS_LISTS = ("domains", "metrics", "reasons", "document_kinds")


class ContractError(ValueError):
    """The contract contradicts itself: a rule on a column no table has, an unknown vocabulary …"""


@dataclass(frozen=True)
class Contract:
    tables: dict[str, Table]  # by schema-qualified name, in declaration order
    vocabularies: dict[str, Vocabulary]
    rules: tuple[Rule, ...]
    first_report_year: int
    source_en: str
    source_zh: str
    taxonomy: Callable[[], Taxonomy]  # read only when a vocabulary it keeps is asked for
    _values: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)

    def values(self, vocabulary: str) -> tuple[str, ...]:
        """A vocabulary's values, those kept in extractors/ first, in their order there."""
        if vocabulary not in self._values:
            self._values[vocabulary] = _values(self.vocabularies[vocabulary], self.taxonomy)
        return self._values[vocabulary]


def load(declarations: ModuleType = warehouse, taxonomy: Taxonomy | None = None) -> Contract:
    """The contract a declarations module states (TABLES, VOCABULARIES, RULES, …). The
    vocabularies extractors/ keeps are read from there when first asked for; `taxonomy`
    stands in for the loaded taxonomy file."""
    contract = Contract(
        tables=_unique("table", declarations.TABLES),
        vocabularies=_unique("vocabulary", declarations.VOCABULARIES),
        rules=tuple(_unique("rule", declarations.RULES).values()),
        first_report_year=declarations.FIRST_REPORT_YEAR,
        source_en=declarations.SOURCE_EN,
        source_zh=declarations.SOURCE_ZH,
        taxonomy=load_taxonomy if taxonomy is None else (lambda: taxonomy),
    )
    problems = [*_vocabulary_problems(contract), *_table_problems(contract), *_rule_problems(contract)]
    if problems:
        raise ContractError("the warehouse contract contradicts itself:\n  " + "\n  ".join(problems))
    return contract


def _unique(kind: str, items: Sequence[Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for item in items:
        if item.name in found:
            raise ContractError(f"two {kind}s named {item.name!r}")
        found[item.name] = item
    return found


def _values(vocabulary: Vocabulary, taxonomy: Callable[[], Taxonomy]) -> tuple[str, ...]:
    kept: tuple[str, ...] = ()
    if vocabulary.extractors == "domains":
        kept = tuple(taxonomy().domains)
    elif vocabulary.extractors == "metrics":
        kept = tuple(taxonomy().metrics)
    elif vocabulary.extractors == "reasons":
        kept = _reason_codes()
    elif vocabulary.extractors == "document_kinds":
        kept = DOCUMENT_KINDS
    return tuple(dict.fromkeys((*kept, *vocabulary.values)))


def _reason_codes() -> tuple[str, ...]:
    """The quarantine codes of extractors/errors.py: one per ExtractionError class."""
    codes, pending = [], [ExtractionError]
    while pending:
        cls = pending.pop(0)
        codes.append(cls.reason)
        pending.extend(cls.__subclasses__())
    return tuple(dict.fromkeys(codes))


def _vocabulary_problems(contract: Contract) -> list[str]:
    problems = []
    for vocabulary in contract.vocabularies.values():
        if vocabulary.extractors is None and not vocabulary.values:
            problems.append(f"vocabulary {vocabulary.name!r} lists no values")
        if vocabulary.extractors not in (None, *_EXTRACTORS_LISTS):
            problems.append(f"vocabulary {vocabulary.name!r}: extractors={vocabulary.extractors!r} is none of {', '.join(_EXTRACTORS_LISTS)}")
    return problems


def _table_problems(contract: Contract) -> list[str]:
    problems = []
    for table in contract.tables.values():
        if table.schema != "raw":
            problems.append(f"{table.name}: the contract declares the raw tables; models are declared in dbt")
        names = [c.name for c in table.columns]
        problems += [f"{table.name}: column {n!r} twice" for n in sorted({n for n in names if names.count(n) > 1})]
        for column in table.columns:
            if column.type not in DUCKDB_TYPES:
                problems.append(f"{table.name}.{column.name}: type {column.type} is none of {', '.join(DUCKDB_TYPES)}")
            if column.vocabulary is not None and column.vocabulary not in contract.vocabularies:
                problems.append(f"{table.name}.{column.name}: no vocabulary {column.vocabulary!r}")
            if not column.en.strip() or not column.zh.strip():
                problems.append(f"{table.name}.{column.name}: needs an English and a Chinese description")
        for key in table.primary_key:
            if key not in names or not table.column(key).not_null:
                problems.append(f"{table.name}: primary key column {key!r} is not a NOT NULL column of the table")
    return problems


def _rule_problems(contract: Contract) -> list[str]:
    problems = []
    for rule in contract.rules:
        where = f"rule {rule.name}"
        if rule.severity not in ("error", "warning") or rule.checker not in ("gx", "dbt"):
            problems.append(f"{where}: severity must be error or warning, checker gx or dbt")
        check = rule.check
        if isinstance(check, InVocabulary) and check.vocabulary not in contract.vocabularies:
            problems.append(f"{where}: no vocabulary {check.vocabulary!r}")
        if rule.checker == "dbt" and not isinstance(check, InVocabulary):
            problems.append(f"{where}: dbt rules in the contract are accepted values; relations between models stay in the model YAML")
        for table in rule.tables:
            schema = table.split(".", 1)[0]
            if rule.checker == "gx" and schema not in STAGES:
                problems.append(f"{where}: {table} is behind no gate ({', '.join(STAGES)}); check it with dbt")
            if rule.checker == "dbt" and schema not in MODEL_SCHEMAS:
                problems.append(f"{where}: dbt checks models ({', '.join(MODEL_SCHEMAS)}), not {table}")
            declared = contract.tables.get(table)
            if declared is not None:
                missing = [c for c in rule.columns if c not in {col.name for col in declared.columns}]
                problems += [f"{where}: {table} has no column {c!r}" for c in missing]
                if isinstance(check, InVocabulary) and declared.column(check.column).vocabulary not in (None, check.vocabulary):
                    problems.append(f"{where}: {table}.{check.column} takes its values from another vocabulary")
            elif schema == "raw":
                problems.append(f"{where}: {table} is not a raw table of the contract")
    return problems


CONTRACT = load()
FIRST_REPORT_YEAR = CONTRACT.first_report_year
EXTRACTOR_ERROR = warehouse.EXTRACTOR_ERROR


def last_report_year(today: dt.date | None = None) -> int:
    """The last year a report can cover: the year of the run."""
    return (today or dt.date.today()).year


def report_years(today: dt.date | None = None) -> range:
    """Every year a report can cover, oldest first."""
    return range(FIRST_REPORT_YEAR, last_report_year(today) + 1)


# --- DuckDB ---------------------------------------------------------------------------------


def raw_ddl(contract: Contract = CONTRACT) -> tuple[str, ...]:
    """CREATE statements for the raw tables, then one ALTER TABLE … ADD COLUMN IF NOT EXISTS
    per nullable column, which brings a build database made before the column existed up to
    date (a NOT NULL column cannot be added to a table that already has rows)."""
    statements = [f"CREATE SCHEMA IF NOT EXISTS {schema}" for schema in dict.fromkeys(t.schema for t in contract.tables.values())]
    for table in contract.tables.values():
        lines = [f"    {c.name} {c.type}{' NOT NULL' if c.not_null else ''}" for c in table.columns]
        if table.primary_key:
            lines.append(f"    PRIMARY KEY ({', '.join(table.primary_key)})")
        statements.append(f"CREATE TABLE IF NOT EXISTS {table.name} (\n" + ",\n".join(lines) + "\n)")
        statements += [
            f"ALTER TABLE {table.name} ADD COLUMN IF NOT EXISTS {c.name} {c.type}"
            for c in table.columns
            if not c.not_null
        ]
    return tuple(statements)


RAW_DDL = raw_ddl()


# --- Arrow ----------------------------------------------------------------------------------


def arrow_schema(table: str, columns: Sequence[str] | None = None, contract: Contract = CONTRACT) -> pa.Schema:
    """The Arrow schema of a raw table (or of some of its columns, in the table's order),
    every field nullable as from_pylist builds them."""
    import pyarrow as pa

    types = {
        "VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
        "BOOLEAN": pa.bool_(), "TIMESTAMP": pa.timestamp("us"),
    }  # fmt: skip
    declared = contract.tables[table]
    wanted = [c.name for c in declared.columns] if columns is None else list(columns)
    unknown = [name for name in wanted if name not in {c.name for c in declared.columns}]
    if unknown:
        raise KeyError(f"{table} has no column {', '.join(unknown)}")
    return pa.schema([(c.name, types[c.type]) for c in declared.columns if c.name in wanted])


# --- Great Expectations ---------------------------------------------------------------------


def gx_suite(stage: str, current_year: int | None = None, contract: Contract = CONTRACT) -> list[ExpectationSpec]:
    """The expectations of one stage gate: each GX rule on each of its tables in that stage,
    in the contract's order. `current_year` (default: this calendar year) is THIS_YEAR."""
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}; expected one of {', '.join(STAGES)}")
    year = current_year or last_report_year()
    return [
        _expectation(rule, table, year, contract)
        for rule in contract.rules
        if rule.checker == "gx"
        for table in rule.tables
        if table.split(".", 1)[0] == stage
    ]


def _expectation(rule: Rule, table: str, year: int, contract: Contract) -> ExpectationSpec:
    check = rule.check
    where: dict[str, Any] = {}
    if isinstance(check, NotNull):
        kind, kwargs, where = "expect_column_values_to_not_be_null", {"column": check.column}, dict(check.where)
    elif isinstance(check, Unique) and len(check.columns) == 1:
        kind, kwargs = "expect_column_values_to_be_unique", {"column": check.columns[0]}
    elif isinstance(check, Unique):
        kind, kwargs = "expect_compound_columns_to_be_unique", {"column_list": list(check.columns)}
    elif isinstance(check, InVocabulary | AllTrue):
        kind, kwargs = "expect_column_values_to_be_in_set", {"column": check.column, "value_set": _value_set(check, contract)}
    elif isinstance(check, Between):
        high = year if check.high == THIS_YEAR else check.high
        kind, kwargs, where = "expect_column_values_to_be_between", {"column": check.column, "min_value": check.low, "max_value": high}, dict(check.where)
    elif isinstance(check, Greater):
        kind, kwargs = "expect_column_pair_values_a_to_be_greater_than_b", {"column_A": check.column, "column_B": check.than, "or_equal": False}
    elif isinstance(check, NoRows):
        kind, kwargs = "expect_table_row_count_to_equal", {"value": 0}
    else:  # pragma: no cover - Check is a closed union
        raise ContractError(f"rule {rule.name}: no GX expectation for {type(check).__name__}")
    return ExpectationSpec(table, kind, kwargs, rule.severity, rule.why, where)


def _value_set(check: InVocabulary | AllTrue, contract: Contract) -> list[Any] | ValuesFromTable:
    if isinstance(check, AllTrue):
        return [True]
    vocabulary = contract.vocabularies[check.vocabulary]
    if vocabulary.read_from is not None:
        return ValuesFromTable(*vocabulary.read_from)
    return sorted(contract.values(check.vocabulary))
