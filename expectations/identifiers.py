"""DuckDB identifiers written into SQL: quoted, never interpolated as they come.

The GX runner and the quality page's search for failing rows both build queries on tables and
columns named by the suites and the catalog; both quote them here.
"""

from __future__ import annotations


def quote(identifier: str) -> str:
    """`a"b` → `"a""b"`: one identifier, whatever it holds."""
    return '"' + identifier.replace('"', '""') + '"'


def qualified(table: str) -> str:
    """`schema.table` → `"schema"."table"` (the first dot separates them)."""
    schema, name = table.split(".", 1)
    return f"{quote(schema)}.{quote(name)}"
