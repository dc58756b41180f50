"""Publishing: a complete copy in v1.4.0 storage, swapped in with one rename; blocked by error failures.

A build database created by the loader (orchestration/publishing/storage.py) is published as a file
copy; one in another format, or mostly free space, is rewritten and replaced."""

from __future__ import annotations

import duckdb

from orchestration.publishing import storage
from orchestration.publishing.publish import blocking_failures, publish


def make_build(path, rows=3):
    """A build database in duckdb's default (newer) storage format, as an old warehouse has."""
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


def storage_version(path):
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute("SELECT tags FROM duckdb_databases() WHERE database_name = current_database()").fetchone()[0][
            "storage_version"
        ]


def test_a_build_database_created_by_the_loader_stays_old_format_and_is_published_as_a_copy(tmp_path):
    build, published = tmp_path / "build.duckdb", tmp_path / "warehouse.duckdb"
    storage.create(build)
    with duckdb.connect(str(build)) as con:  # what dbt and the audits do: open it plainly and write
        con.execute("CREATE SCHEMA marts")
        con.execute("CREATE TABLE marts.t AS SELECT range AS id, range::VARCHAR AS label FROM range(200000)")
        con.execute("COMMENT ON TABLE marts.t IS 'a test table'")
    assert storage_version(build).startswith("v1.4.0")
    assert storage.settle(build).copyable
    publish(build, published)
    assert published.read_bytes() == build.read_bytes(), "the published file is the settled build file, byte for byte"
    with duckdb.connect(str(published), read_only=True) as con:
        assert con.execute("SELECT count(*), max(label) FROM marts.t").fetchall() == [(200000, "99999")]
        assert con.execute("SELECT comment FROM duckdb_tables() WHERE table_name = 't'").fetchall() == [("a test table",)]


def test_a_write_ahead_log_is_checkpointed_into_the_file_before_it_is_copied(tmp_path):
    build, published = tmp_path / "build.duckdb", tmp_path / "warehouse.duckdb"
    storage.create(build)
    writer = duckdb.connect(str(build), config={"checkpoint_threshold": "1GB"})
    writer.execute("CREATE TABLE t AS SELECT range AS id FROM range(1000)")
    # A process killed before closing leaves its changes in build.duckdb.wal only.
    assert (tmp_path / "build.duckdb.wal").exists()
    snapshot = tmp_path / "crashed"
    snapshot.mkdir()
    for name in ("build.duckdb", "build.duckdb.wal"):
        (snapshot / name).write_bytes((tmp_path / name).read_bytes())
    writer.close()
    publish(snapshot / "build.duckdb", published)
    assert not (snapshot / "build.duckdb.wal").exists()
    with duckdb.connect(str(published), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM t").fetchall() == [(1000,)]


def test_a_build_database_in_the_newer_format_is_rewritten_once_then_copied(tmp_path):
    build, published = tmp_path / "build.duckdb", tmp_path / "warehouse.duckdb"
    make_build(build, rows=7)
    assert not storage_version(build).startswith("v1.4.0")
    assert not storage.settle(build).copyable
    publish(build, published)
    assert storage_version(published).startswith("v1.4.0")
    assert storage_version(build).startswith("v1.4.0"), "the rewritten copy replaced the build database"
    assert storage.settle(build).copyable
    with duckdb.connect(str(build), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM marts.t").fetchall() == [(7,)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build.duckdb", "warehouse.duckdb"]


def test_a_build_database_mostly_free_space_is_compacted_by_the_rewrite(tmp_path):
    build, published = tmp_path / "build.duckdb", tmp_path / "warehouse.duckdb"
    storage.create(build)
    with duckdb.connect(str(build)) as con:
        con.execute("CREATE TABLE kept AS SELECT range AS id FROM range(1000)")
        con.execute("CREATE TABLE dropped AS SELECT md5(range::VARCHAR) AS h FROM range(500000)")
        con.execute("CHECKPOINT")
        con.execute("DROP TABLE dropped")
    bloated = build.stat().st_size
    state = storage.settle(build)
    assert state.free_blocks > storage.MAX_FREE_SHARE * state.total_blocks
    publish(build, published)
    assert published.stat().st_size < bloated / 4
    assert build.stat().st_size == published.stat().st_size
    with duckdb.connect(str(published), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM kept").fetchall() == [(1000,)]
        assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'dropped'").fetchall() == [(0,)]
