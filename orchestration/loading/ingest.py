"""From the reports folder to raw.* tables: scan, extract in parallel, load in bulk.

Workers run the pure extractor on batches of files and write Parquet into the
lake; only this process writes DuckDB, in one bulk statement per table, so the
single-writer lock is never contended. Nothing here imports Dagster.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from expectations.contract import EXTRACTOR_ERROR, RAW_DDL, arrow_schema
from extractors import EXTRACTOR_VERSION, extract_file
from extractors.errors import ExtractionError
from extractors.gazetteer import Place, with_places
from extractors.taxonomy import load as load_taxonomy
from orchestration.loading.sidecar import SIDECAR_NAME, Declaration, Sidecar, read_sidecar
from orchestration.publishing import storage
from orchestration.settings import duckdb_config

BATCH_FILES = 64

# The Parquet files a run writes have the raw tables' columns (the contract's, in its order).
DOCUMENT_SCHEMA = arrow_schema("raw.documents")
FIGURE_SCHEMA = arrow_schema("raw.figures")
QUARANTINE_SCHEMA = arrow_schema("raw.quarantine")
PATH_SCHEMA = arrow_schema("raw.document_paths", ["doc_id", "source_path", "first_seen"])


@dataclass(frozen=True, slots=True)
class InboxFile:
    path: Path
    source_path: str  # relative to the reports folder, as recorded
    sha256: str
    byte_size: int


@dataclass(slots=True)
class IngestSummary:
    files_seen: int = 0
    documents_loaded: int = 0  # files whose content is in raw.documents after this run
    documents_new: int = 0  # extracted in this run
    quarantined: list[tuple[str, str, str]] = field(default_factory=list)  # (path, reason, message)
    figures_new: int = 0
    # Names an earlier run loaded that this run no longer finds. Their documents stay
    # in raw.documents (a tidied inbox must not lose a year); raw.document_paths says
    # in_inbox = false. `replaced`: the name now holds other bytes (an edited file).
    removed: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    # Loaded before with the same bytes, extracted again: zhifa.toml now declares otherwise.
    redeclared: list[str] = field(default_factory=list)

    @property
    def files_quarantined(self) -> int:
        return len(self.quarantined)


Progress = Callable[[int], None]


def connect(build_db: Path) -> duckdb.DuckDBPyConnection:
    storage.create(build_db)
    # Capped (ZHIFA_DUCKDB_MEMORY_LIMIT), DuckDB spills what a large load holds until it
    # commits (raw.documents' text) to build.duckdb.tmp/ rather than growing with the
    # inbox. One thread: under the cap, two spill more and load no faster (50,000
    # reports: 11 s either way, 15 s with two threads).
    con = duckdb.connect(str(build_db), config=duckdb_config(threads=1))
    for statement in RAW_DDL:
        con.execute(statement)
    return con


def _sha256(path: str) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def scan_inbox(reports_dir: Path) -> tuple[list[InboxFile], list[tuple[str, str | None, str, str]]]:
    """Every regular file under the folder (hidden ones and the zhifa.toml sidecar
    aside), or why it was refused.

    Paths must stay inside the folder: a symlink pointing out of it is quarantined,
    never followed. Only symlinks are resolved (the walk itself never leaves the
    folder), so a scan of 50,000 files costs little more than hashing them."""
    root = reports_dir.resolve()
    prefix = len(str(root)) + 1
    found: list[InboxFile] = []
    refused: list[tuple[str, str | None, str, str]] = []
    for path, is_link, error in _walk(str(root)):
        source_path = _recordable(path[prefix:].replace(os.sep, "/"))
        # The sidecar describes the reports; it is not one. Only the top-level one is read:
        # a zhifa.toml deeper down is quarantined like any file zhifa cannot read, so it is seen.
        if source_path == SIDECAR_NAME and error is None:
            continue
        if error is not None:
            refused.append((source_path, None, "unreadable", f"cannot list the folder: {error.strerror or error}"))
            continue
        real = path
        if is_link:
            try:
                real = os.path.realpath(path, strict=True)
            except (OSError, RuntimeError) as error:
                refused.append((source_path, None, "unreadable", f"cannot resolve the path: {error}"))
                continue
            if not Path(real).is_relative_to(root):
                refused.append((source_path, None, "outside_reports_folder", "the link points outside the reports folder"))
                continue
        try:
            info = os.stat(real)
            if not stat.S_ISREG(info.st_mode):
                continue
            found.append(InboxFile(Path(real), source_path, _sha256(real), info.st_size))
        except OSError as error:
            refused.append((source_path, None, "unreadable", f"cannot read the file: {error.strerror or error}"))
    return found, refused


def _recordable(name: str) -> str:
    """A name as text: bytes that are not UTF-8 (a GBK name unpacked from an old zip)
    are written as \\xNN escapes rather than failing the whole run."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", errors="backslashreplace")
    return name


def _walk(top: str) -> Iterator[tuple[str, bool, OSError | None]]:
    """(path, is a symlink, None) of every entry under `top` that is not a folder, in
    name order, folders after the files beside them; hidden names are skipped.
    Symlinked folders are not walked but given as entries, so an outside target is
    reported rather than silently skipped; a folder that cannot be listed comes as
    (path, False, the error), so the files in it are reported missing, not dropped."""
    try:
        with os.scandir(top) as listing:
            entries = sorted((e for e in listing if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as error:
        yield top, False, error
        return
    folders = []
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            folders.append(entry.path)
        else:
            yield entry.path, entry.is_symlink(), None
    for folder in folders:
        yield from _walk(folder)


def extract_batch(
    files: list[tuple[str, str, str, Declaration | None]],
    out_dir: str,
    batch_no: int,
    ingested_at: datetime,
    max_bytes: int,
    places: tuple[Place, ...] = (),
) -> tuple[int, int, int]:
    """Worker: extract (path, source_path, sha256, declaration) files and write three Parquet
    files; `places` are the divisions zhifa.toml adds to the division table.

    Returns (documents, figures, quarantined). One file's failure never stops the batch."""
    documents, figures, quarantined = [], [], []
    gazetteer = with_places(places) if places else None
    for path, source_path, sha, declaration in files:
        try:
            document = extract_file(Path(path), max_bytes=max_bytes, gazetteer=gazetteer, **declared_kwargs(declaration))
        except ExtractionError as error:
            quarantined.append(_quarantine_row(source_path, sha, error.reason, str(error), ingested_at))
            continue
        except Exception as error:  # an extractor bug must cost one file, not the run
            message = f"{type(error).__name__}: {error} | {traceback.format_exc(limit=3).splitlines()[-1]}"
            quarantined.append(_quarantine_row(source_path, sha, EXTRACTOR_ERROR, message, ingested_at))
            continue
        documents.append(document_row(document, source_path, ingested_at, declaration))
        figures.extend(figure_row(document.doc_id, f) for f in document.figures)
    out = Path(out_dir)
    pq.write_table(pa.Table.from_pylist(documents, DOCUMENT_SCHEMA), out / f"documents-{batch_no:06d}.parquet")
    pq.write_table(pa.Table.from_pylist(figures, FIGURE_SCHEMA), out / f"figures-{batch_no:06d}.parquet")
    pq.write_table(pa.Table.from_pylist(quarantined, QUARANTINE_SCHEMA), out / f"quarantine-{batch_no:06d}.parquet")
    return len(documents), len(figures), len(quarantined)


def declared_kwargs(declaration: Declaration | None) -> dict:
    if declaration is None:
        return {}
    return {"declared_issuer": declaration.issuer, "declared_year": declaration.year}


def _fingerprint(declaration: Declaration | None) -> str | None:
    return declaration.fingerprint() if declaration else None


def document_row(document, source_path: str, ingested_at: datetime, declaration: Declaration | None = None) -> dict:
    reasons = document.review_reasons
    issuer = document.issuer
    return {
        "doc_id": document.doc_id,
        "source_path": source_path,
        "source_format": document.source_format,
        "encoding": document.encoding,
        "byte_size": document.byte_size,
        "text": document.text,
        "title": document.title,
        "issuer": issuer.issuer,
        "issuer_key": issuer.issuer_key,
        "parent_region": issuer.parent_region,
        "admin_level": issuer.admin_level,
        "report_year": document.report_year,
        "needs_review": bool(reasons),
        "review_reason": ",".join(reasons) or None,
        "extractor_version": EXTRACTOR_VERSION,
        "ingested_at": ingested_at,
        "declared": _fingerprint(declaration),
        "issuer_source": issuer.source,
        "division_code": issuer.division_code,
        "division": issuer.division,
        "province": issuer.province,
        "city": issuer.city,
        "county": issuer.county,
        "township": issuer.township,
        "body_type": issuer.body_type,
        "document_kind": document.kind,
    }


def figure_row(doc_id: str, figure) -> dict:
    row = figure.as_dict()
    row["doc_id"] = doc_id
    row["extractor_version"] = EXTRACTOR_VERSION
    return row


def _quarantine_row(source_path: str, sha: str | None, reason: str, message: str, at: datetime) -> dict:
    one_line = " ".join(message.split())[:500]
    return {
        "source_path": source_path,
        "sha256": sha,
        "reason": reason,
        "message": one_line,
        "extractor_version": EXTRACTOR_VERSION,
        "quarantined_at": at,
    }


def ingest(
    con: duckdb.DuckDBPyConnection,
    reports_dir: Path,
    lake_dir: Path,
    *,
    workers: int = 1,
    max_bytes: int,
    sidecar: Sidecar | None = None,
    on_progress: Callable[[str, int, int], None] | None = None,
) -> IngestSummary:
    """Load what is new in the inbox into raw.*; skip bytes already loaded by this version
    with the same declaration. `sidecar` defaults to the reports folder's zhifa.toml, read
    (and a malformed one refused, as SidecarError) before anything is written."""
    sidecar = sidecar if sidecar is not None else read_sidecar(reports_dir)
    ingested_at = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
    report = on_progress or (lambda stage, done, total: None)
    files, refused = scan_inbox(reports_dir)
    summary = IngestSummary(files_seen=len(files) + len(refused))
    loaded = dict(
        con.execute("SELECT doc_id, declared FROM raw.documents WHERE extractor_version = ?", [EXTRACTOR_VERSION]).fetchall()
    )
    # Bytes this extractor version already refused are not read again: their
    # quarantine is carried over to every name they are found under (see _load).
    refused_before = {
        row[0]
        for row in con.execute(
            "SELECT DISTINCT sha256 FROM raw.quarantine WHERE extractor_version = ? AND sha256 IS NOT NULL", [EXTRACTOR_VERSION]
        ).fetchall()
    }

    to_extract: dict[str, tuple[InboxFile, Declaration | None]] = {}
    for sha, (f, declaration) in _one_file_per_content(files, sidecar).items():
        if sha in loaded:
            if loaded[sha] == _fingerprint(declaration):
                continue
            # Same bytes, but the user now says otherwise about them: extract them again;
            # _load replaces the row, as it does for a new extractor version.
            summary.redeclared.append(f.source_path)
        elif sha in refused_before:
            continue
        to_extract[sha] = (f, declaration)

    run_dir = lake_dir / f"ingest-{ingested_at:%Y%m%dT%H%M%S}-{os.getpid()}"
    run_dir.mkdir(parents=True, exist_ok=True)
    try:
        # An empty batch still writes (empty) Parquet files, so the bulk load has input.
        batches = _batches(list(to_extract.values())) or [[]]
        report("extract", 0, len(to_extract))
        done = 0
        if workers > 1 and len(batches) > 1:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                futures = {pool.submit(extract_batch, b, str(run_dir), i, ingested_at, max_bytes, sidecar.places): len(b) for i, b in enumerate(batches)}
                for future in as_completed(futures):
                    future.result()
                    done += futures[future]
                    report("extract", done, len(to_extract))
        else:
            for i, batch in enumerate(batches):
                extract_batch(batch, str(run_dir), i, ingested_at, max_bytes, sidecar.places)
                done += len(batch)
                report("extract", done, len(to_extract))
        refused_rows = [_quarantine_row(p, sha, reason, message, ingested_at) for p, sha, reason, message in refused]
        pq.write_table(pa.Table.from_pylist(refused_rows, QUARANTINE_SCHEMA), run_dir / "quarantine-refused.parquet")
        report("load", 0, 1)
        _load(con, run_dir, files, ingested_at, summary)
        report("load", 1, 1)
    finally:
        shutil.rmtree(run_dir, ignore_errors=True)
        # pyarrow's allocator keeps what the Arrow tables above (one row per inbox file)
        # freed, about 30 MB at 50,000 files, for the rest of the run unless told otherwise.
        pa.default_memory_pool().release_unused()
    return summary


def _one_file_per_content(files: list[InboxFile], sidecar: Sidecar) -> dict[str, tuple[InboxFile, Declaration | None]]:
    """Same bytes under several names are one document (every name is recorded in
    raw.document_paths). It is extracted from the first of its names, in scan order,
    that zhifa.toml declares something for, else from the first name."""
    chosen: dict[str, tuple[InboxFile, Declaration | None]] = {}
    for f in files:
        held = chosen.get(f.sha256)
        if held is not None and held[1] is not None:
            continue
        declaration = sidecar.declaration_for(f.source_path)
        if held is None or declaration is not None:
            chosen[f.sha256] = (f, declaration)
    return chosen


def _batches(files: list[tuple[InboxFile, Declaration | None]]) -> list[list[tuple[str, str, str, Declaration | None]]]:
    items = [(str(f.path), f.source_path, f.sha256, declaration) for f, declaration in files]
    return [items[i : i + BATCH_FILES] for i in range(0, len(items), BATCH_FILES)]


def _load(con: duckdb.DuckDBPyConnection, run_dir: Path, files: list[InboxFile], ingested_at: datetime, summary: IngestSummary) -> None:
    """Bulk-load the run's Parquet into raw.* in one transaction, step by step.

    Documents and figures go from the Parquet files straight into raw.*: only the new
    documents' ids are kept aside, never their text or figures, so a large inbox is not
    held in memory (temporary tables live there) on its way in."""
    pattern = str(run_dir / "{}-*.parquet")
    con.execute("BEGIN TRANSACTION")
    try:
        _stage_new(con, pattern, files, ingested_at)
        _repeat_known_quarantine(con)
        figures_new = _replace_documents(con, pattern)
        _record_paths(con, ingested_at)
        _record_quarantine(con)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        con.unregister("seen_paths")
    _summarise(con, files, figures_new, summary)


def _stage_new(con: duckdb.DuckDBPyConnection, pattern: str, files: list[InboxFile], ingested_at: datetime) -> None:
    """Temporary tables of the run: the new documents' ids, the new quarantine rows, and
    every inbox name with the bytes it holds (seen_paths)."""
    con.execute("CREATE OR REPLACE TEMP TABLE new_documents AS SELECT doc_id FROM read_parquet(?)", [pattern.format("documents")])
    con.execute(
        "CREATE OR REPLACE TEMP TABLE new_quarantine AS SELECT * FROM read_parquet(?, union_by_name = true)",
        [pattern.format("quarantine")],
    )
    paths = pa.Table.from_pylist(
        [{"doc_id": f.sha256, "source_path": f.source_path, "first_seen": ingested_at} for f in files], PATH_SCHEMA
    )
    con.register("seen_paths", paths)


def _repeat_known_quarantine(con: duckdb.DuckDBPyConnection) -> int:
    """Bytes that failed under one name fail under every other name too, and in every
    later run: a quarantine this version recorded before is repeated for each name the
    bytes are found under, without reading them again. Returns the rows added."""
    return con.execute(
        """
        INSERT INTO new_quarantine BY NAME
        SELECT s.source_path, q.sha256, q.reason, q.message, q.extractor_version, q.quarantined_at
        FROM seen_paths AS s
        JOIN (
            SELECT DISTINCT ON (sha256) *
            FROM (
                SELECT sha256, reason, message, extractor_version, quarantined_at, 0 AS earlier, source_path
                FROM new_quarantine WHERE sha256 IS NOT NULL
                UNION ALL
                SELECT sha256, reason, message, extractor_version, quarantined_at, 1 AS earlier, source_path
                FROM raw.quarantine WHERE sha256 IS NOT NULL AND extractor_version = ?
            )
            ORDER BY sha256, earlier, source_path
        ) AS q
          ON q.sha256 = s.doc_id
        ANTI JOIN new_quarantine AS n ON n.source_path = s.source_path
        ANTI JOIN raw.documents AS d ON d.doc_id = s.doc_id
        """,
        [EXTRACTOR_VERSION],
    ).fetchall()[0][0]


def _replace_documents(con: duckdb.DuckDBPyConnection, pattern: str) -> int:
    """The new documents and their figures into raw.*; what an older extractor version
    took from the same bytes goes. Returns the figures inserted."""
    con.execute("DELETE FROM raw.figures WHERE doc_id IN (SELECT doc_id FROM new_documents)")
    con.execute("DELETE FROM raw.documents WHERE doc_id IN (SELECT doc_id FROM new_documents)")
    con.execute("INSERT INTO raw.documents BY NAME SELECT * FROM read_parquet(?)", [pattern.format("documents")])
    return con.execute("INSERT INTO raw.figures BY NAME SELECT * FROM read_parquet(?)", [pattern.format("figures")]).fetchall()[0][0]


def _record_paths(con: duckdb.DuckDBPyConnection, ingested_at: datetime) -> int:
    """Each name a loaded document was found under, once; then which recorded names the
    inbox still holds. Returns the names added."""
    added = con.execute(
        """
        INSERT INTO raw.document_paths BY NAME
        SELECT s.doc_id, s.source_path, s.first_seen, s.first_seen AS last_seen, true AS in_inbox
        FROM seen_paths AS s
        JOIN raw.documents AS d USING (doc_id)
        ANTI JOIN raw.document_paths AS p ON p.doc_id = s.doc_id AND p.source_path = s.source_path
        """
    ).fetchall()[0][0]
    _mark_paths_in_inbox(con, ingested_at)
    return added


def _record_quarantine(con: duckdb.DuckDBPyConnection) -> int:
    """A path that now loads is no longer quarantined; a quarantine already on record for
    the same bytes and reason is not written twice. Returns the quarantine rows added."""
    con.execute(
        "DELETE FROM raw.quarantine WHERE source_path IN (SELECT s.source_path FROM seen_paths AS s JOIN raw.documents AS d ON d.doc_id = s.doc_id)"
    )
    return con.execute(
        """
        INSERT INTO raw.quarantine BY NAME
        SELECT q.* FROM new_quarantine AS q
        ANTI JOIN raw.quarantine AS o
          ON o.source_path = q.source_path AND coalesce(o.sha256, '') = coalesce(q.sha256, '')
         AND o.reason = q.reason AND o.extractor_version = q.extractor_version
        """
    ).fetchall()[0][0]


def _summarise(con: duckdb.DuckDBPyConnection, files: list[InboxFile], figures_new: int, summary: IngestSummary) -> None:
    """What the load did, into the run's summary; the temporary tables go."""
    gone = con.execute("SELECT source_path, replaced FROM gone_paths ORDER BY source_path").fetchall()
    summary.removed = [path for path, replaced in gone if not replaced]
    summary.replaced = [path for path, replaced in gone if replaced]
    summary.documents_new = con.execute("SELECT count(*) FROM new_documents").fetchall()[0][0]
    summary.figures_new = figures_new
    summary.documents_loaded = _count_loaded(con, files)
    summary.quarantined = [
        tuple(row) for row in con.execute("SELECT source_path, reason, message FROM new_quarantine ORDER BY source_path").fetchall()
    ]
    for table in ("new_documents", "new_quarantine", "gone_paths"):
        con.execute(f"DROP TABLE IF EXISTS {table}")


def _mark_paths_in_inbox(con: duckdb.DuckDBPyConnection, ingested_at: datetime) -> None:
    """Which recorded names this run found (in_inbox, last_seen) and which it no
    longer finds: removed from the inbox, or edited so the name holds other bytes.
    Nothing is deleted: the old document stays traceable through its name."""
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE gone_paths AS
        SELECT p.doc_id, p.source_path,
               EXISTS (SELECT 1 FROM seen_paths AS s WHERE s.source_path = p.source_path) AS replaced
        FROM raw.document_paths AS p
        WHERE coalesce(p.in_inbox, true)
          AND NOT EXISTS (SELECT 1 FROM seen_paths AS s WHERE s.doc_id = p.doc_id AND s.source_path = p.source_path)
        """
    )
    con.execute(
        """
        UPDATE raw.document_paths AS p SET in_inbox = false
        FROM gone_paths AS g
        WHERE g.doc_id = p.doc_id AND g.source_path = p.source_path
        """
    )
    con.execute(
        """
        UPDATE raw.document_paths AS p SET in_inbox = true, last_seen = ?
        FROM seen_paths AS s
        WHERE s.doc_id = p.doc_id AND s.source_path = p.source_path
        """,
        [ingested_at],
    )


def _count_loaded(con: duckdb.DuckDBPyConnection, files: list[InboxFile]) -> int:
    if not files:
        return 0
    table = pa.table({"doc_id": [f.sha256 for f in files]})
    con.register("inbox_ids", table)
    try:
        return con.execute("SELECT count(*) FROM inbox_ids JOIN raw.documents USING (doc_id)").fetchall()[0][0]
    finally:
        con.unregister("inbox_ids")


def load_metric_definitions(con: duckdb.DuckDBPyConnection) -> int:
    """Replace raw.metric_definitions with the taxonomy file's metrics."""
    return replace_rows(con, "raw.metric_definitions", pa.Table.from_pylist(load_taxonomy().definitions()))


def replace_rows(con: duckdb.DuckDBPyConnection, table_name: str, rows: pa.Table) -> int:
    """Replace every row of a raw table (one the whole of a file gives: the taxonomy's
    metrics, the corrections folder) with `rows`, in one transaction; returns the rows."""
    con.register("replacing_rows", rows)
    try:
        con.execute("BEGIN TRANSACTION")
        con.execute(f"DELETE FROM {table_name}")
        con.execute(f"INSERT INTO {table_name} BY NAME SELECT * FROM replacing_rows")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        con.unregister("replacing_rows")
    return rows.num_rows
