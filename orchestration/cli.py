"""The `zhifa` command: run the pipeline, extract files, read the quality results.

Exit codes: 0 done (for `run`: published), 1 audits blocked publishing or a file
could not be extracted, 2 bad usage (including a run already in progress).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path

from extractors.errors import ExtractionError
from orchestration.loading.retract import retract
from orchestration.progress_display import ProgressDisplay
from orchestration.publishing.export import export_tables
from orchestration.quality.report import load_quality, render_history, render_last_run
from orchestration.runs.lock import LockBusy, writer_lock
from orchestration.runs.recovery import remove_leftovers
from orchestration.settings import Settings

EXIT_OK, EXIT_BLOCKED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad input from the command line: one line on stderr, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not argparse's usage block
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _add_warehouse_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--warehouse", metavar="DIR", help="folder of the warehouse files (default: warehouse/)")


def _add_correction_commands(commands: argparse._SubParsersAction) -> None:
    # Here, not in orchestration/corrections/: the commands behind them import pandas and the
    # division table, which no other command needs.
    review = commands.add_parser(
        "review",
        help="what needs a person's eye, as a CSV in the corrections format",
        description="Write the review queue: documents flagged for review, unmapped figures whose sentence names a "
        "metric, conflicting mentions, figures of failed consistency rules and of claims that disagree; one row per "
        "document or figure, in the corrections format (README, Corrections) with its answer columns "
        "empty. Fill in the answers, a reason and your name, then 'zhifa correct FILE'.",
    )
    review.add_argument("--out", metavar="FILE", default="review.csv", help="where to write it, a file not there yet (default: review.csv)")
    _add_warehouse_flag(review)

    correct = commands.add_parser(
        "correct",
        help="check a filled-in corrections file and add it to the corrections folder",
        description="Check every answered row of FILE (a review queue, or rows written by hand) and copy them into "
        "the corrections folder (--corrections, else ZHIFA_CORRECTIONS_DIR, else data/corrections/ for the bundled "
        "reports); rows left unanswered are not copied. The next 'zhifa run' applies them. Exit 2 on the first "
        "problem, naming its line.",
    )
    correct.add_argument("file", metavar="FILE")
    correct.add_argument("--reports", metavar="DIR", help="the reports folder the corrections are about (default: data/reports/)")
    correct.add_argument("--corrections", metavar="DIR", help="the corrections folder to add to")
    _add_warehouse_flag(correct)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="zhifa",
        description="A DuckDB warehouse of the figures in administrative-law-enforcement reports (行政执法情况报告).",
        epilog="Defaults: reports from data/reports/, warehouse in warehouse/; ZHIFA_REPORTS_DIR and "
        "ZHIFA_WAREHOUSE_DIR override them, and the flags override both. ZHIFA_WORKERS sets the "
        "extraction processes, ZHIFA_MAX_FILE_BYTES the size limit of a report file, and "
        "ZHIFA_DUCKDB_MEMORY_LIMIT (default 128MB) what each DuckDB of a run may hold in memory "
        "before it spills to disk.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    run = commands.add_parser(
        "run",
        help="extract, load, build, audit and publish the warehouse",
        description="Materialise every asset in-process with Dagster: extract new report files, load raw.*, "
        "build the dbt models and tests, run the Great Expectations suites and publish warehouse.duckdb "
        "when no error-severity audit failed. A zhifa.toml at the top of the reports folder declares "
        "issuers and years by path ([[declare]]) and places the division table lacks ([[place]]); "
        "see README. Exit 0 published, 1 audits blocked publishing, 2 bad usage or a malformed zhifa.toml.",
    )
    run.add_argument("--reports", metavar="DIR", help="folder of report files, and its zhifa.toml if any (default: data/reports/)")
    run.add_argument(
        "--corrections", metavar="DIR",
        help="folder of analysts' corrections (default: ZHIFA_CORRECTIONS_DIR, else data/corrections/ for the bundled reports)",
    )
    _add_warehouse_flag(run)
    run.add_argument(
        "--wait",
        action="store_true",
        help="when another run (zhifa or Dagster) is using the warehouse, wait for it instead of exiting 2",
    )

    extract = commands.add_parser(
        "extract",
        help="extract figures from files, no database",
        description="Print every figure found in the files: a table, or one JSON object per line with --json "
        "(the raw.figures fields plus source_path, issuer, issuer_key and report_year). The reports "
        "folder's zhifa.toml applies as in a run: its places to every file, its declarations to the files "
        "inside the folder. Exit 2 on a missing file or a malformed zhifa.toml.",
    )
    extract.add_argument("files", nargs="+", metavar="FILE")
    extract.add_argument(
        "--reports", metavar="DIR", help="reports folder whose zhifa.toml applies (default: data/reports/)"
    )
    extract.add_argument("--json", action="store_true", help="one JSON object per figure and line")

    retract = commands.add_parser(
        "retract",
        help="take reports back out of the warehouse (the next run publishes without them)",
        description="Delete the documents loaded from these paths (relative to the reports folder) from the "
        "build database. Files removed from the inbox otherwise keep their documents. Run 'zhifa run' "
        "afterwards to rebuild and publish.",
    )
    retract.add_argument("paths", nargs="+", metavar="PATH", help="path as recorded, relative to the reports folder")
    _add_warehouse_flag(retract)

    export = commands.add_parser(
        "export",
        help="the published marts as Parquet or CSV files, with a schema file",
        description="Write every table of the published marts and bi schemas to DIR as Parquet or CSV, "
        "plus schema.json (columns, types, descriptions), for tools that cannot open DuckDB.",
    )
    export.add_argument("--format", choices=("parquet", "csv"), default="parquet", help="file format (default: parquet)")
    export.add_argument("--out", metavar="DIR", required=True, help="folder to write the files into")
    _add_warehouse_flag(export)

    quality = commands.add_parser(
        "quality",
        help="the last run's validation results, stage by stage",
        description="Read quality.validation_results and show the last run's results per stage.",
    )
    _add_warehouse_flag(quality)
    quality.add_argument("--json", action="store_true", help="machine-readable output")
    quality.add_argument("--history", action="store_true", help="pass rates of every run, oldest first")


    _add_correction_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
        if args.command == "run":
            return _run(args)
        if args.command == "extract":
            return _extract(args)
        if args.command == "export":
            return _export(args)
        if args.command == "retract":
            return _retract(args)
        if args.command in ("review", "correct"):
            return _corrections_command(args)
        return _quality(args)
    except UsageError as error:
        print(f"zhifa: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("zhifa: interrupted", file=sys.stderr)
        return 130


# --- run -------------------------------------------------------------------------------


@contextmanager
def _single_run(lock_file: Path, command: str, wait: bool = False) -> Iterator[None]:
    """One writer per warehouse at a time, a Dagster run included (orchestration/runs/lock.py)."""

    def waiting(holder: str) -> None:
        print(f"zhifa: waiting for {holder} to finish with {lock_file.parent}", file=sys.stderr, flush=True)

    held = ExitStack()
    try:
        held.enter_context(writer_lock(lock_file, f"zhifa {command}", wait=wait, on_wait=waiting))
    except LockBusy as busy:
        hint = ", or run again with --wait" if command == "run" else ""
        raise UsageError(
            f"another zhifa run is using {lock_file.parent} ({busy.holder}); wait for it to finish{hint}"
        ) from None
    with held:
        yield


def _run(args: argparse.Namespace) -> int:
    settings = Settings.from_env(args.reports, args.warehouse, args.corrections)
    if not settings.reports_dir.is_dir():
        raise UsageError(f"reports folder {settings.reports_dir} does not exist or is not a folder")
    _read_sidecar(settings.reports_dir)
    try:
        settings.warehouse_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(f"cannot create the warehouse folder {settings.warehouse_dir}: {error.strerror}") from None
    if not os.access(settings.warehouse_dir, os.W_OK):
        raise UsageError(f"the warehouse folder {settings.warehouse_dir} is not writable")
    with _single_run(settings.lock_file, "run", wait=args.wait):
        remove_leftovers(settings)  # of a run that was killed
        _check_corrections(settings)
        return _run_pipeline(settings)


def _read_sidecar(reports_dir: Path):
    """The folder's zhifa.toml; a malformed one is bad usage, refused before the warehouse
    is created or touched."""
    # Its reader brings the division table and pypinyin (a quarter of a second to import),
    # which only `run`, `extract`, `review` and `correct` need.
    from orchestration.loading.sidecar import SidecarError, read_sidecar

    try:
        return read_sidecar(reports_dir)
    except SidecarError as error:
        raise UsageError(str(error)) from None


def _check_corrections(settings) -> None:
    """The corrections folder, every row checked as the run will load it; a malformed file
    is bad usage, refused before anything is loaded or built."""
    from orchestration.corrections.commands import check_for_run
    from orchestration.corrections.format import CorrectionsError
    from orchestration.loading.sidecar import SidecarError

    try:
        check_for_run(settings)
    except (CorrectionsError, SidecarError) as error:
        raise UsageError(str(error)) from None


def _corrections_command(args: argparse.Namespace) -> int:
    from orchestration.corrections import commands as corrections
    from orchestration.corrections.format import CorrectionsError
    from orchestration.loading.sidecar import SidecarError

    try:
        return corrections.review(args) if args.command == "review" else corrections.correct(args)
    except (CorrectionsError, SidecarError) as error:
        raise UsageError(str(error)) from None


def _run_pipeline(settings: Settings) -> int:
    # Dagster, dagster-dbt and the definitions take seconds to import: only `zhifa run` needs them.
    from orchestration.defs.in_process import run_pipeline

    with ProgressDisplay() as display:
        summary = run_pipeline(settings, display, settings.warehouse_dir / "logs" / "last_run.log")
    print(summary.render())
    if summary.quality_page is not None:
        print(f"  report     {summary.quality_page}  (what failed and on which rows, quarantine, claims)")
    else:  # the page is a report on the run; it never changes the run's outcome
        print(f"  quality    the zhifa quality page could not be written: {summary.quality_page_problem}", file=sys.stderr)
    return EXIT_OK if summary.published else EXIT_BLOCKED


# --- extract ---------------------------------------------------------------------------


def _extract(args: argparse.Namespace) -> int:
    # The extractor (its division table, pinyin, the format readers) takes a second to import.
    from extractors import extract_file
    from extractors.gazetteer import with_places

    missing = [f for f in args.files if not Path(f).is_file()]
    if missing:
        raise UsageError(f"no such file: {missing[0]}")
    reports_dir = Settings.from_env(args.reports).reports_dir
    sidecar = _read_sidecar(reports_dir)
    gazetteer = with_places(sidecar.places) if sidecar.places else None
    status = EXIT_OK
    for name in args.files:
        declaration = _declaration(sidecar, reports_dir, Path(name))
        try:
            document = extract_file(
                Path(name),
                gazetteer=gazetteer,
                declared_issuer=declaration.issuer if declaration else None,
                declared_year=declaration.year if declaration else None,
            )
        except ExtractionError as error:
            print(f"zhifa: {name}: not extracted ({error.reason}): {error}", file=sys.stderr)
            status = EXIT_BLOCKED
            continue
        if args.json:
            _print_json_figures(document, name)
        else:
            _print_figure_table(document, name)
    return status


def _declaration(sidecar, reports_dir: Path, path: Path):
    """What zhifa.toml declares for a file inside the reports folder (by its path relative
    to the folder, as a run records it); None for a file outside it."""
    try:
        source_path = path.resolve().relative_to(reports_dir.resolve()).as_posix()
    except ValueError:
        return None
    return sidecar.declaration_for(source_path)


def _print_json_figures(document, source_path: str) -> None:
    issuer = document.issuer
    out = sys.stdout
    for figure in document.figures:
        row = figure.as_dict()
        row.update(
            doc_id=document.doc_id,
            source_path=source_path,
            issuer=issuer.issuer,
            issuer_key=issuer.issuer_key,
            parent_region=issuer.parent_region,
            admin_level=issuer.admin_level,
            report_year=document.report_year,
        )
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def _print_figure_table(document, source_path: str) -> None:
    from rich.console import Console
    from rich.table import Table

    issuer = document.issuer
    table = Table(
        title=f"{source_path}: {issuer.issuer or '(issuer unknown)'} {document.report_year or '(year unknown)'}",
        title_justify="left",
    )
    for column in ("#", "as written", "value", "unit", "metric", "domain", "of / parent"):
        table.add_column(column)
    for f in document.figures:
        table.add_row(
            str(f.figure_no),
            f.as_written,
            f"{f.value:g}",
            f.unit or "",
            f.metric or "—",
            f.domain,
            f.of_metric or f.parent_metric or "",
        )
    Console().print(table)


# --- retract ---------------------------------------------------------------------------


def _retract(args: argparse.Namespace) -> int:
    settings = Settings.from_env(warehouse_dir=args.warehouse)
    if not settings.build_db.exists():
        raise UsageError(f"no build database at {settings.build_db}; nothing to retract")
    with _single_run(settings.lock_file, "retract"):
        removed = retract(settings.build_db, list(args.paths))
    for doc_id, path in removed:
        print(f"retracted {path} (document {doc_id[:12]})")
    if not removed:
        print("nothing retracted: no document was loaded only from these paths")
    print("run 'zhifa run' to rebuild and publish without them")
    return EXIT_OK


# --- export ----------------------------------------------------------------------------


def _export(args: argparse.Namespace) -> int:
    settings = Settings.from_env(warehouse_dir=args.warehouse)
    if not settings.published_db.exists():
        raise UsageError(f"no published warehouse at {settings.published_db}; run 'zhifa run' first")
    written = export_tables(settings.published_db, Path(args.out), args.format)
    print(f"wrote {len(written) - 1} tables and schema.json to {Path(args.out).resolve()}")
    return EXIT_OK


# --- quality ---------------------------------------------------------------------------


def _quality(args: argparse.Namespace) -> int:
    settings = Settings.from_env(warehouse_dir=args.warehouse)
    report = load_quality(settings)
    if report is None:
        raise UsageError(f"no validation results in {settings.warehouse_dir}; run 'zhifa run' first")
    if args.json:
        print(json.dumps(report.as_json(history=args.history), ensure_ascii=False, indent=2))
    elif args.history:
        print(render_history(report))
    else:
        print(render_last_run(report))
    return EXIT_OK


def entry_point() -> None:
    """The console script.

    Everything zhifa opened is closed by the time `main` returns (DuckDB connections, the
    Dagster instance, the run lock, the extraction workers), so the process ends there:
    logging's handlers are flushed and it exits without the interpreter's teardown, which
    after a run took two seconds of freeing Dagster, dbt and Great Expectations object by
    object, and in which DuckDB 2.0's Python bindings print a screen of nanobind "leaked
    instance" warnings (type objects cached by the SQLAlchemy dialect GX used)."""
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    logging.shutdown()
    os._exit(code)


if __name__ == "__main__":
    entry_point()
