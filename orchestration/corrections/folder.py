"""The corrections folder: the CSV files a run applies, every row checked before anything is
loaded, and where `zhifa correct` adds a checked file.

Which folder: `--corrections DIR`, else ZHIFA_CORRECTIONS_DIR, else `data/corrections/` for
the bundled reports (orchestration/settings.py). The folder holds CSV files (UTF-8) and notes
(`.md`, `.txt`); anything else is refused, so a workbook saved beside them is not silently
left out. A row that names a document neither the inbox holds nor a run loaded is an error;
one that named a document an earlier run loaded stays valid (the document may have been
retracted since), and is reported stale when it matches nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from extractors.gazetteer import with_places
from orchestration.corrections.format import Correction, CorrectionsError, CsvRow, check_row, decode, read_rows, write_rows
from orchestration.loading.ingest import scan_inbox
from orchestration.loading.sidecar import read_sidecar

NOTES = (".md", ".txt")


def correction_files(folder: Path) -> list[Path]:
    """The folder's CSV files, by path; hidden names are skipped, notes allowed."""
    if not folder.is_dir():
        raise CorrectionsError(f"{folder}: the corrections folder does not exist (ZHIFA_CORRECTIONS_DIR or --corrections)")
    files = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or path.is_dir():
            continue
        suffix = path.suffix.lower()
        if suffix == ".csv":
            files.append(path)
        elif suffix not in NOTES:
            raise CorrectionsError(f"{path}: not a CSV file (the corrections folder holds CSV files, UTF-8, and notes: .md, .txt)")
    return files


@dataclass
class KnownDocuments:
    """The documents a correction may name: those a run loaded (by id or any path they were
    seen under), those the last run's corrections named, and the files now in the inbox."""

    reports_dir: Path
    doc_ids: set[str] = field(default_factory=set)
    paths: set[str] = field(default_factory=set)
    _inbox_ids: set[str] | None = None

    @classmethod
    def read(cls, reports_dir: Path, con: duckdb.DuckDBPyConnection | None) -> KnownDocuments:
        known = cls(reports_dir)
        if con is None:
            return known
        tables = {row[0] for row in con.execute("SELECT table_schema || '.' || table_name FROM information_schema.tables").fetchall()}
        for table, id_column, path_column in (
            ("raw.documents", "doc_id", "source_path"), ("raw.document_paths", "doc_id", "source_path"),
            ("raw.corrections", "doc_id", "source_path"),
        ):  # fmt: skip
            if table in tables:
                for doc_id, path in con.execute(f"SELECT DISTINCT {id_column}, {path_column} FROM {table}").fetchall():
                    known.doc_ids.add(doc_id)
                    known.paths.add(path)
        known.doc_ids.discard(None)
        known.paths.discard(None)
        return known

    def knows(self, correction: Correction) -> bool:
        if correction.doc_id is not None:
            return correction.doc_id in self.doc_ids or correction.doc_id in self._inbox()
        if correction.source_path is not None:
            return correction.source_path in self.paths or (self.reports_dir / correction.source_path).is_file()
        return True  # a document correction by the issuer's name

    def _inbox(self) -> set[str]:
        """The sha256 of every file in the inbox, worked out once and only when asked."""
        if self._inbox_ids is None:
            files, _ = scan_inbox(self.reports_dir)
            self._inbox_ids = {f.sha256 for f in files}
        return self._inbox_ids


def _unknown(correction: Correction, at: str, reports_dir: Path) -> CorrectionsError:
    named = correction.doc_id or correction.source_path
    return CorrectionsError(f"{at}: unknown document '{named}': no report {'with this sha256' if correction.doc_id else 'under this path'} is in {reports_dir} or was loaded")


def read_file(path: Path, name: str, known: KnownDocuments, gazetteer=None, rows: list[CsvRow] | None = None) -> list[Correction]:
    """Every row of one corrections file, checked; `name` is its name in the folder."""
    if rows is None:
        _, rows = read_rows(decode(_bytes(path), str(path)), str(path))
    corrections = []
    for row in rows:
        correction = check_row(row, str(path), name, gazetteer)
        if not known.knows(correction):
            raise _unknown(correction, f"{path}:{row.line}", known.reports_dir)
        corrections.append(correction)
    return corrections


def read_folder(folder: Path, known: KnownDocuments, gazetteer=None) -> list[Correction]:
    """Every correction of the folder, checked: the first problem stops it, as one line."""
    corrections = []
    for path in correction_files(folder):
        corrections += read_file(path, path.relative_to(folder).as_posix(), known, gazetteer)
    return corrections


def _bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise CorrectionsError(f"{path}: cannot read it: {error.strerror or error}") from None


# --- zhifa correct ------------------------------------------------------------------------------


@dataclass
class Added:
    path: Path  # the file written into the corrections folder
    corrections: list[Correction]
    unanswered: int  # queue rows left without an answer, not copied


def add_file(source: Path, folder: Path, known: KnownDocuments, gazetteer=None, today: dt.date | None = None) -> Added:
    """Check a filled-in file (a review queue, or one written by hand) and copy its answered
    rows into the folder, under a dated name that sorts after the files already there."""
    text = decode(_bytes(source), str(source))
    _, rows = read_rows(text, str(source))
    answered = [row for row in rows if row.answered]
    if not answered:
        raise CorrectionsError(f"{source}: no row has an answer (issuer, report_year, metric, domain, value or exclude); nothing added")
    target = _new_name(folder, source, today or dt.date.today())
    corrections = read_file(source, target.name, known, gazetteer, rows=answered)
    folder.mkdir(parents=True, exist_ok=True)
    # Line numbers change with the unanswered rows left out: the folder's file is the one
    # every later message names.
    target.write_text(write_rows([row.cells for row in answered]), encoding="utf-8")
    return Added(target, corrections, len(rows) - len(answered))


def _new_name(folder: Path, source: Path, today: dt.date) -> Path:
    stem = source.stem if source.stem.startswith(today.isoformat()) else f"{today.isoformat()}-{source.stem}"
    target, n = folder / f"{stem}.csv", 2
    while target.exists():
        target, n = folder / f"{stem}-{n}.csv", n + 1
    return target



# --- what a run applies -------------------------------------------------------------------------


def gazetteer_of(reports_dir: Path):
    """The division table as the reports folder's zhifa.toml extends it ([[place]]): issuer
    names in corrections resolve as declared ones do. A malformed zhifa.toml raises SidecarError."""
    places = read_sidecar(reports_dir).places
    return with_places(places) if places else None


def read_for_run(settings, con: duckdb.DuckDBPyConnection | None) -> list[Correction]:
    """The corrections a run applies (none without a corrections folder), checked against the
    documents the build database (`con`, None before the first run) and the inbox know."""
    if settings.corrections_dir is None:
        return []
    known = KnownDocuments.read(settings.reports_dir, con)
    return read_folder(settings.corrections_dir, known, gazetteer_of(settings.reports_dir))
