"""Publishing: a complete copy in v1.4.0 storage, swapped in with one rename; blocked by error failures."""

from __future__ import annotations

import duckdb

from orchestration.publish import blocking_failures, publish


def make_build(path, rows=3):
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE SCHEMA marts")
        con.execute("CREATE TABLE marts.t AS SELECT range AS id FROM range(?)", [rows])
        con.execute("COMMENT ON TABLE marts.t IS 'a test table'")


def test_publish_copies_everything_in_old_storage_format(tmp_path):
    build, published = tmp_path / "build.duckdb", tmp_path / "out" / "warehouse.duckdb"
    make_build(build)
    publish(build, published)
    with duckdb.connect(str(published), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM marts.t").fetchall() == [(3,)]
        assert con.execute("SELECT comment FROM duckdb_tables() WHERE table_name = 't'").fetchall() == [("a test table",)]
        tags = con.execute("SELECT tags FROM duckdb_databases() WHERE database_name = 'warehouse'").fetchall()[0][0]
    assert tags["storage_version"].startswith("v1.4.0")
    assert not list(published.parent.glob(".*.tmp")), "no temporary file is left behind"


def test_a_reader_holding_the_old_file_keeps_reading_while_a_new_one_is_published(tmp_path):
    build, published = tmp_path / "build.duckdb", tmp_path / "warehouse.duckdb"
    make_build(build, rows=3)
    publish(build, published)
    reader = duckdb.connect(str(published), read_only=True)
    try:
        build.unlink()
        make_build(build, rows=5)
        publish(build, published)
        assert reader.execute("SELECT count(*) FROM marts.t").fetchall() == [(3,)]
    finally:
        reader.close()
    with duckdb.connect(str(published), read_only=True) as fresh:
        assert fresh.execute("SELECT count(*) FROM marts.t").fetchall() == [(5,)]


def test_blocking_failures_are_this_runs_failed_error_expectations(tmp_path):
    build = tmp_path / "build.duckdb"
    with duckdb.connect(str(build)) as con:
        con.execute("CREATE SCHEMA quality")
        con.execute(
            "CREATE TABLE quality.validation_results (run_id VARCHAR, stage VARCHAR, table_name VARCHAR, "
            "expectation VARCHAR, column_name VARCHAR, severity VARCHAR, success BOOLEAN)"
        )
        con.executemany(
            "INSERT INTO quality.validation_results VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                ["run-1", "raw", "raw.documents", "expect_x", "report_year", "error", False],
                ["run-1", "raw", "raw.figures", "expect_y", "unit", "warning", False],
                ["run-2", "raw", "raw.documents", "expect_x", "report_year", "error", True],
            ],
        )
    assert blocking_failures(build, "run-1") == [("raw", "raw.documents", "expect_x", "report_year")]
    assert blocking_failures(build, "run-2") == []


def test_publishing_is_capped_and_copies_more_text_than_the_cap_allows_in_memory(tmp_path, monkeypatch):
    """The copy holds raw.documents until it commits; past ZHIFA_DUCKDB_MEMORY_LIMIT that
    spills beside the build database (not into the working directory) and is removed."""
    build, published = tmp_path / "build.duckdb", tmp_path / "warehouse.duckdb"
    with duckdb.connect(str(build)) as con:
        con.execute("CREATE SCHEMA raw")
        con.execute("CREATE TABLE raw.documents (doc_id VARCHAR PRIMARY KEY, text VARCHAR NOT NULL)")
        # 24,000 texts of 4,000 hex digits: 96 MB, against a 64 MB cap
        con.execute(
            "INSERT INTO raw.documents SELECT 'd' || range, "
            "(SELECT string_agg(md5(range::VARCHAR || '-' || i::VARCHAR), '') FROM range(125) AS t(i)) FROM range(24000)"
        )
    monkeypatch.setenv("ZHIFA_DUCKDB_MEMORY_LIMIT", "64MB")
    monkeypatch.chdir(tmp_path)
    publish(build, published)
    with duckdb.connect(str(published), read_only=True) as con:
        assert con.execute("SELECT count(*), sum(length(text)) FROM raw.documents").fetchall() == [(24000, 96_000_000)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build.duckdb", "warehouse.duckdb"]
