"""The zhifa quality page (warehouse/quality/zhifa.html): what failed, on which rows, and why.

Great Expectations Data Docs own warehouse/quality/index.html; this page sits beside it and
links to it. It shows the stored results (quality/results.py), rendered as HTML
(quality/html.py). Beside the page it leaves zhifa_status.json, the last run's summary, for
readers that must not open the build database (the dashboard).

This is the one writer of both files. A run that publishes writes them right after publishing
(the published_warehouse asset); a run that does not, when it ends (`write_after_failed_run`:
the failure sensor of a Dagster deployment, `zhifa run` after its in-process run).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from expectations.contract import STAGES
from orchestration.quality.html import render_page
from orchestration.quality.results import QualityData, load_quality_data
from orchestration.runs.lock import LockBusy, reader_lock
from orchestration.settings import Settings

PAGE_NAME = "zhifa.html"
STATUS_NAME = "zhifa_status.json"
# How long a page written after a failed run waits for the next run to finish with the build
# database; past it the page is left as it was.
AFTER_FAILURE_WAIT_SECONDS = 30


def write_quality_page(settings: Settings) -> Path:
    """Write quality/zhifa.html and quality/zhifa_status.json; return the page's path.

    Each file is written beside its final name and renamed over it, so a reader never sees half
    a page. With no validation results anywhere the page says so."""
    settings.quality_dir.mkdir(parents=True, exist_ok=True)
    data = load_quality_data(settings)
    if data is not None and data.last is not None:
        data.docs_pages = data_docs_pages(settings.quality_dir, data.last.run_id)
    page = settings.quality_dir / PAGE_NAME
    _write_atomically(page, render_page(data, settings))
    _write_atomically(settings.quality_dir / STATUS_NAME, json.dumps(_status(data), ensure_ascii=False, indent=2))
    return page


def data_docs_pages(quality_dir: Path, run_id: str) -> list[tuple[str, str]]:
    """The run's Data Docs validation pages, by table (validations/<schema>/<table>/<run>/<time>/*.html).

    They render without network access, unlike the Data Docs index, whose list is drawn by
    scripts it loads from CDNs."""
    pages = []
    for path in sorted((quality_dir / "validations").glob("*/*/*/*/*.html")):
        relative = path.relative_to(quality_dir)
        if relative.parts[3] == run_id:
            pages.append((f"{relative.parts[1]}.{relative.parts[2]}", relative.as_posix()))
    order = {stage: index for index, stage in enumerate(STAGES)}
    return sorted(pages, key=lambda page: (order.get(page[0].split(".")[0], len(order)), page[0]))


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def _status(data: QualityData | None) -> dict:
    last = data.last if data else None
    if last is None:
        return {"run_id": None}
    return {
        "run_id": last.run_id,
        "evaluated_at": last.evaluated_at.isoformat(sep=" ", timespec="seconds"),
        "source": str(data.source),
        "published": last.run_id == data.published_run_id,
        "passed": last.passed,
        "total": last.total,
        "blocking_failures": len(last.blocking),
        "warnings": len(last.failures) - len(last.blocking),
        "stages": {stage: {"passed": p, "total": t} for stage, (p, t) in last.stages.items()},
    }




def write_after_failed_run(settings: Settings, wait_seconds: float = AFTER_FAILURE_WAIT_SECONDS) -> tuple[Path | None, str]:
    """The page after a run that did not reach publishing, so it shows why: (its path, "") or
    (None, why it was not written). Never raises: the page reports on a run and never changes
    its outcome. Read under the shared lock, since the next queued run may be writing the build
    database already (a process that holds the writer lock reads under it)."""
    try:
        with reader_lock(settings.lock_file, timeout=wait_seconds):
            return write_quality_page(settings), ""
    except LockBusy as busy:
        return None, f"{busy.holder} holds the build database"
    except Exception as error:  # noqa: BLE001 - whatever broke the page, the run's outcome stands
        return None, f"{type(error).__name__}: {error}"
