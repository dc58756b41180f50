"""Identifiers quoted for DuckDB: a name with quotes, dots or spaces is one identifier."""

from __future__ import annotations

import duckdb

from expectations.identifiers import qualified, quote


def test_a_hostile_table_and_column_name_select_exactly_themselves():
    table, column = 's"x.t.1; drop', 'a"b c'
    con = duckdb.connect()
    con.execute('CREATE SCHEMA "s""x"')
    con.execute('CREATE TABLE "s""x"."t.1; drop" ("a""b c" INTEGER)')
    con.execute(f"INSERT INTO {qualified(table)} VALUES (7)")
    assert con.execute(f"SELECT {quote(column)} FROM {qualified(table)}").fetchall() == [(7,)]
    assert quote('a"b') == '"a""b"'
