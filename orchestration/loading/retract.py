"""Taking a report back out of the warehouse: `zhifa retract PATH`.

Files removed from the inbox keep their documents (an archived inbox must not erase
a published year). When a file should never have been loaded (a wrong upload, a
report from the future that now blocks every run), retracting it deletes its
document, figures and paths from the build database; the next run rebuilds the
marts without it and publishes.
"""

from __future__ import annotations

from pathlib import Path

import duckdb


def retract(build_db: Path, source_paths: list[str]) -> list[tuple[str, str]]:
    """Delete the documents loaded from `source_paths`; returns (doc_id, source_path) removed.

    A document also seen under a path not being retracted stays, with that path."""
    with duckdb.connect(str(build_db)) as con:
        con.execute("BEGIN TRANSACTION")
        con.execute("CREATE TEMP TABLE retracted_paths (source_path VARCHAR)")
        con.executemany("INSERT INTO retracted_paths VALUES (?)", [[p] for p in source_paths])
        doomed = con.execute(
            """
            SELECT doc_id, min(source_path) FROM raw.document_paths
            GROUP BY doc_id
            HAVING bool_and(source_path IN (SELECT source_path FROM retracted_paths))
            """
        ).fetchall()
        con.execute("DELETE FROM raw.document_paths WHERE source_path IN (SELECT source_path FROM retracted_paths)")
        con.executemany("DELETE FROM raw.figures WHERE doc_id = ?", [[doc_id] for doc_id, _ in doomed])
        con.executemany("DELETE FROM raw.documents WHERE doc_id = ?", [[doc_id] for doc_id, _ in doomed])
        con.execute("DELETE FROM raw.quarantine WHERE source_path IN (SELECT source_path FROM retracted_paths)")
        con.execute("COMMIT")
    return [(doc_id, path) for doc_id, path in doomed]
