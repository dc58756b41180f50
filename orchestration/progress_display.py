"""The terminal side of progress: a live display on a terminal, plain lines elsewhere."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

STAGE_LABELS = {
    "extract": "Extracting report files",
    "load": "Loading raw tables",
    "dbt": "Building dbt models and tests",
    "audit raw": "Auditing raw (Great Expectations)",
    "audit staging": "Auditing staging (Great Expectations)",
    "audit marts": "Auditing marts (Great Expectations)",
    "publish": "Publishing warehouse.duckdb",
}


class ProgressDisplay:
    """Receives (stage, done, total) from the pipeline and shows it."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True)
        self._live = self.console.is_terminal
        self._progress = (
            Progress(
                TextColumn("{task.description:<40}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=self.console,
                transient=False,
            )
            if self._live
            else None
        )
        self._tasks: dict[str, int] = {}
        self._reported: dict[str, tuple[int, int]] = {}

    def __enter__(self) -> "ProgressDisplay":
        if self._progress:
            self._progress.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._progress:
            self._progress.stop()

    def __call__(self, stage: str, done: int, total: int) -> None:
        label = STAGE_LABELS.get(stage, stage)
        if self._progress:
            if stage not in self._tasks:
                self._tasks[stage] = self._progress.add_task(label, total=max(total, 1))
            self._progress.update(self._tasks[stage], completed=done if total else 1, total=max(total, 1))
            return
        # Not a terminal (CI, a log file): a line when a stage starts and when it ends.
        previous = self._reported.get(stage)
        if previous is None:
            print(f"… {label}" + (f" ({total})" if total else ""), file=sys.stderr, flush=True)
        if done >= total and (previous is None or previous[0] < total):
            print(f"✓ {label}" + (f" ({done}/{total})" if total else ""), file=sys.stderr, flush=True)
        self._reported[stage] = (done, total)
