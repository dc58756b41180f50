"""Loading the inbox into raw.*: every file loaded or quarantined, nothing twice, nothing silently dropped."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import orchestration.loading.ingest as ingest_module
from orchestration.loading.ingest import connect, ingest, load_metric_definitions
from orchestration.settings import DEFAULT_DUCKDB_MEMORY_LIMIT, duckdb_config, duckdb_memory_limit
from tests.conftest import BUNDLED_REPORTS, REPO


@pytest.fixture
def inbox(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    for name in ("tianjin_jinghai_2022.txt", "tianjin_teda_2022.txt", "unnamed_report.txt"):
        shutil.copy(BUNDLED_REPORTS / name, reports / name)
    return reports


def run_ingest(tmp_path, reports, workers=1):
    with connect(tmp_path / "wh" / "build.duckdb") as con:
        load_metric_definitions(con)
        summary = ingest(con, reports, tmp_path / "wh" / "lake", workers=workers, max_bytes=1_000_000)
        tables = {
            name: con.execute(f"SELECT count(*) FROM raw.{name}").fetchall()[0][0]
            for name in ("documents", "figures", "quarantine", "document_paths")
        }
    return summary, tables


def test_files_seen_equals_loaded_plus_quarantined(tmp_path, inbox):
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "garbage.txt").write_bytes(bytes(range(256)) * 20)
    (inbox / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0 legacy")
    summary, tables = run_ingest(tmp_path, inbox)
    assert summary.files_seen == 6
    assert summary.documents_loaded + summary.files_quarantined == summary.files_seen
    assert {reason for _, reason, _ in summary.quarantined} == {"empty_file", "undecodable", "unsupported_format"}
    assert tables["quarantine"] == 3


def test_same_bytes_under_two_names_are_one_document_with_both_paths(tmp_path, inbox):
    shutil.copy(inbox / "tianjin_teda_2022.txt", inbox / "teda copy.txt")
    summary, tables = run_ingest(tmp_path, inbox)
    assert summary.documents_loaded == 4 and summary.documents_new == 3
    assert tables["documents"] == 3
    assert tables["document_paths"] == 4


def test_a_second_run_extracts_nothing_and_changes_nothing(tmp_path, inbox):
    _, first = run_ingest(tmp_path, inbox)
    summary, second = run_ingest(tmp_path, inbox)
    assert summary.documents_new == 0 and summary.figures_new == 0
    assert second == first


def test_quarantine_is_not_written_twice_for_the_same_bad_file(tmp_path, inbox):
    (inbox / "empty.txt").write_bytes(b"")
    run_ingest(tmp_path, inbox)
    summary, tables = run_ingest(tmp_path, inbox)
    assert summary.files_quarantined == 1  # reported again in this run's summary
    assert tables["quarantine"] == 1  # but recorded once


def test_bytes_already_quarantined_are_not_read_again_but_stay_quarantined(tmp_path, inbox, monkeypatch):
    (inbox / "garbage.txt").write_bytes(bytes(range(256)) * 20)
    run_ingest(tmp_path, inbox)
    read = []
    real_extract = ingest_module.extract_file
    monkeypatch.setattr(ingest_module, "extract_file", lambda path, **kw: read.append(path.name) or real_extract(path, **kw))
    (inbox / "garbage again.txt").write_bytes(bytes(range(256)) * 20)  # the same bytes under a new name
    summary, tables = run_ingest(tmp_path, inbox)
    assert read == []  # neither name was opened by the extractor
    assert sorted(path for path, _, _ in summary.quarantined) == ["garbage again.txt", "garbage.txt"]
    assert {reason for _, reason, _ in summary.quarantined} == {"undecodable"}
    assert summary.documents_loaded + summary.files_quarantined == summary.files_seen
    assert tables["quarantine"] == 2


def test_a_folder_that_cannot_be_listed_is_reported_not_dropped(tmp_path, inbox, monkeypatch):
    locked = inbox / "2023"
    locked.mkdir()
    (locked / "hidden from the run.txt").write_text("全年共办理行政处罚案件12件。", encoding="utf-8")
    real_scandir = ingest_module.os.scandir

    def scandir(path):
        if str(path) == str(locked.resolve()):
            raise PermissionError(13, "Permission denied")  # as root, chmod cannot refuse a listing
        return real_scandir(path)

    monkeypatch.setattr(ingest_module.os, "scandir", scandir)
    summary, _ = run_ingest(tmp_path, inbox)
    assert ("2023", "unreadable", "cannot list the folder: Permission denied") in summary.quarantined
    assert summary.documents_loaded + summary.files_quarantined == summary.files_seen


def test_a_new_extractor_version_re_extracts_everything(tmp_path, inbox, monkeypatch):
    run_ingest(tmp_path, inbox)
    monkeypatch.setattr(ingest_module, "EXTRACTOR_VERSION", "9.9.9-test")
    summary, tables = run_ingest(tmp_path, inbox)
    assert summary.documents_new == 3
    assert tables["documents"] == 3  # replaced, not duplicated
    with duckdb.connect(str(tmp_path / "wh" / "build.duckdb"), read_only=True) as con:
        versions = con.execute("SELECT DISTINCT extractor_version FROM raw.documents").fetchall()
    assert versions == [("9.9.9-test",)]


def test_parallel_extraction_gives_the_same_rows_as_serial(tmp_path, inbox, monkeypatch):
    monkeypatch.setattr(ingest_module, "BATCH_FILES", 1)  # several batches, so the pool is used
    serial_dir, parallel_dir = tmp_path / "serial", tmp_path / "parallel"
    serial_dir.mkdir()
    parallel_dir.mkdir()
    run_ingest(serial_dir, inbox, workers=1)
    run_ingest(parallel_dir, inbox, workers=2)
    query = "SELECT * EXCLUDE (extractor_version) FROM raw.figures ORDER BY doc_id, figure_no"
    with duckdb.connect(str(serial_dir / "wh" / "build.duckdb"), read_only=True) as a, duckdb.connect(
        str(parallel_dir / "wh" / "build.duckdb"), read_only=True
    ) as b:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()


def test_a_symlink_out_of_the_reports_folder_is_quarantined(tmp_path, inbox):
    outside = tmp_path / "secret.txt"
    outside.write_text("2022年，某区实施行政处罚5件。", encoding="utf-8")
    (inbox / "link.txt").symlink_to(outside)
    summary, _ = run_ingest(tmp_path, inbox)
    assert ("link.txt", "outside_reports_folder") in {(p, r) for p, r, _ in summary.quarantined}


def test_unnamed_issuer_is_loaded_null_and_flagged(tmp_path, inbox):
    run_ingest(tmp_path, inbox)
    with duckdb.connect(str(tmp_path / "wh" / "build.duckdb"), read_only=True) as con:
        row = con.execute(
            "SELECT issuer, issuer_key, needs_review, review_reason FROM raw.documents WHERE source_path = 'unnamed_report.txt'"
        ).fetchall()
    assert row == [(None, None, True, "issuer_unknown")]


def test_the_load_is_capped_and_loads_more_text_than_the_cap_allows_in_memory(tmp_path, monkeypatch):
    """ZHIFA_DUCKDB_MEMORY_LIMIT caps the loading connection; what a load holds until it
    commits (raw.documents' text) spills to build.duckdb.tmp/, which is gone afterwards."""
    monkeypatch.setenv("ZHIFA_DUCKDB_MEMORY_LIMIT", "64MB")
    run_dir = tmp_path / "wh" / "lake" / "ingest-test"
    run_dir.mkdir(parents=True)
    at = datetime(2026, 1, 1)
    documents = 12_000  # 8,000 characters each: 96 MB of text against a 64 MB cap
    files, figures = [], []
    for batch in range(documents // 1_000):
        rows = []
        for n in range(batch * 1_000, (batch + 1) * 1_000):
            doc_id = f"{n:064x}"
            files.append(ingest_module.InboxFile(tmp_path / f"{n}.txt", f"{n}.txt", doc_id, 8_000))
            rows.append(_document_row(doc_id, f"{n}.txt", f"{n:08d}" * 1_000, at))
            figures.append(_figure_row(doc_id, 1))
        pq.write_table(pa.Table.from_pylist(rows, ingest_module.DOCUMENT_SCHEMA), run_dir / f"documents-{batch:06d}.parquet")
    pq.write_table(pa.Table.from_pylist(figures, ingest_module.FIGURE_SCHEMA), run_dir / "figures-000000.parquet")
    pq.write_table(ingest_module.QUARANTINE_SCHEMA.empty_table(), run_dir / "quarantine-000000.parquet")

    build = tmp_path / "wh" / "build.duckdb"
    summary = ingest_module.IngestSummary()
    with connect(build) as con:
        assert con.execute("SELECT current_setting('memory_limit')").fetchall() == [("61.0 MiB",)]
        ingest_module._load(con, run_dir, files, at, summary)
        loaded = con.execute("SELECT count(*), sum(length(text)) FROM raw.documents").fetchall()
        figure_count = con.execute("SELECT count(*) FROM raw.figures").fetchall()[0][0]
    assert loaded == [(documents, documents * 8_000)]
    assert figure_count == documents
    assert (summary.documents_new, summary.figures_new, summary.documents_loaded) == (documents, documents, documents)
    assert not (tmp_path / "wh" / "build.duckdb.tmp").exists()


def test_the_memory_cap_defaults_to_the_same_value_in_python_and_in_the_dbt_profile(monkeypatch):
    monkeypatch.delenv("ZHIFA_DUCKDB_MEMORY_LIMIT", raising=False)
    assert duckdb_memory_limit() == DEFAULT_DUCKDB_MEMORY_LIMIT
    profile = (REPO / "dbt_project" / "profiles.yml").read_text(encoding="utf-8")
    assert f"env_var('ZHIFA_DUCKDB_MEMORY_LIMIT', '{DEFAULT_DUCKDB_MEMORY_LIMIT}')" in profile
    monkeypatch.setenv("ZHIFA_DUCKDB_MEMORY_LIMIT", "2GB")
    assert duckdb_config(Path("/spill"), threads=1) == {"memory_limit": "2GB", "threads": 1, "temp_directory": "/spill"}


def _document_row(doc_id: str, source_path: str, text: str, at: datetime) -> dict:
    return {
        "doc_id": doc_id, "source_path": source_path, "source_format": "txt", "encoding": "utf-8", "byte_size": len(text),
        "text": text, "title": None, "issuer": "样例市", "issuer_key": "yangli", "parent_region": None, "admin_level": "city",
        "report_year": 2022, "needs_review": False, "review_reason": None, "extractor_version": "test", "ingested_at": at,
    }


def _figure_row(doc_id: str, figure_no: int) -> dict:
    return {
        "doc_id": doc_id, "figure_no": figure_no, "span_start": 0, "span_end": 4, "as_written": "1200件", "value": 1200.0,
        "unit": "件", "approximate": False, "metric": "penalty_cases", "domain": "all", "of_metric": None, "parent_metric": None,
        "sub_issuer": None, "section": None, "sentence": "实施行政处罚1200件。", "rule": "test", "extractor_version": "test",
    }
