"""`zhifa review` and `zhifa correct`, and the check `zhifa run` makes of the corrections
folder before it touches the warehouse. Problems are CorrectionsError (or SidecarError),
one line each, which the command line prints and exits 2 on."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import duckdb

from orchestration.corrections.folder import KnownDocuments, add_file, gazetteer_of, read_for_run
from orchestration.corrections.format import CorrectionsError
from orchestration.corrections.review import TOPICS, queue_csv, review_queue
from orchestration.settings import Settings

# What the review queue reads; a warehouse built before them cannot give it.
_QUEUE_TABLES = ("marts.dim_document", "marts.fct_report_metric", "marts.fct_metric_yoy", "intermediate.int_issuer_figure_mentions")


def check_for_run(settings: Settings) -> int:
    """Read and check the corrections folder as the run will, before it loads anything;
    returns how many corrections it holds. Called with the run's writer lock held."""
    con = _read_only(settings.build_db)
    try:
        return len(read_for_run(settings, con))
    finally:
        if con is not None:
            con.close()


def _read_only(path: Path) -> duckdb.DuckDBPyConnection | None:
    return duckdb.connect(str(path), read_only=True) if path.exists() else None


def review(args: argparse.Namespace) -> int:
    settings = Settings.from_env(warehouse_dir=args.warehouse)
    out = Path(args.out)
    if out.exists():
        # it may be the queue someone is filling in
        raise CorrectionsError(f"{out} exists already; zhifa review does not overwrite it (remove it, or write to another file with --out)")
    rows = None
    for _, con in settings.last_run_databases():
        if not all(_has_table(con, table) for table in _QUEUE_TABLES):
            continue
        rows = review_queue(lambda sql, params, con=con: con.execute(sql, list(params)).df())
        break
    if rows is None:
        raise CorrectionsError(f"no built warehouse in {settings.warehouse_dir}; run 'zhifa run' first")
    # With a byte-order mark: spreadsheets then open the Chinese as UTF-8.
    out.write_text(queue_csv(rows), encoding="utf-8-sig")
    counts = Counter(topic for row in rows for topic in row.topics)
    print(f"wrote {len(rows)} rows to {out}")
    for topic, label in TOPICS.items():
        print(f"  {counts.get(topic, 0):4d}  {label}")
    print(
        "Fill in the answer columns (issuer or report_year for a document; metric, domain, value or exclude=yes for a\n"
        f"figure) with a reason and your name, then: zhifa correct {out}"
    )
    return 0


def _has_table(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    schema, name = table.split(".")
    found = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?", [schema, name]
    ).fetchone()
    return bool(found and found[0])


def correct(args: argparse.Namespace) -> int:
    settings = Settings.from_env(args.reports, args.warehouse, args.corrections)
    source = Path(args.file)
    if not source.is_file():
        raise CorrectionsError(f"no such file: {source}")
    if settings.corrections_dir is None:
        raise CorrectionsError(
            f"no corrections folder for the reports in {settings.reports_dir}: set ZHIFA_CORRECTIONS_DIR or pass --corrections DIR"
        )
    known = KnownDocuments(settings.reports_dir)
    for _, con in settings.last_run_databases():
        known = KnownDocuments.read(settings.reports_dir, con)
        break
    added = add_file(source, settings.corrections_dir, known, gazetteer_of(settings.reports_dir))
    kinds = Counter(c.kind for c in added.corrections)
    listed = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
    count = len(added.corrections)
    print(f"added {count} correction{'' if count == 1 else 's'} ({listed}) to {added.path}")
    if added.unanswered:
        print(f"  {added.unanswered} rows without an answer were left out")
    print("run 'zhifa run' to apply them and publish")
    return 0
