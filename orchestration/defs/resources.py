"""Dagster resources: where the reports and the warehouse are, and a progress channel."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg

from orchestration.runs.lock import writer_lock
from orchestration.runs.recovery import remove_leftovers
from orchestration.settings import Settings


class ZhifaResource(dg.ConfigurableResource):
    """The reports folder and warehouse folder of this deployment."""

    reports_dir: str
    warehouse_dir: str
    max_file_bytes: int
    workers: int
    corrections_dir: str = ""  # empty: no corrections folder

    @classmethod
    def from_settings(cls, settings: Settings) -> "ZhifaResource":
        return cls(
            reports_dir=str(settings.reports_dir),
            warehouse_dir=str(settings.warehouse_dir),
            max_file_bytes=settings.max_file_bytes,
            workers=settings.workers,
            corrections_dir=str(settings.corrections_dir or ""),
        )

    @property
    def settings(self) -> Settings:
        corrections = Path(self.corrections_dir) if self.corrections_dir else None
        return Settings(Path(self.reports_dir), Path(self.warehouse_dir), self.max_file_bytes, self.workers, corrections)


class WriterLock(dg.ConfigurableResource):
    """The build database's writer lock (orchestration/runs/lock.py), held from the first step that
    writes to the end of the run: the in-process executor sets resources up once per run.

    Dagster's queue keeps its own writer runs apart; this keeps a run from colliding with a
    person's `zhifa run` (or a UI materialisation outside the pipeline job): it waits for the
    holder, saying so in the run's log, instead of failing on DuckDB's lock."""

    zhifa: ZhifaResource

    @contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext) -> Iterator["WriterLock"]:
        settings = self.zhifa.settings
        run = context.dagster_run
        holder = f"Dagster run {run.run_id} of {run.job_name}" if run else "a Dagster step"

        def waiting(other: str) -> None:
            if context.log:
                context.log.info(f"waiting for {other} to finish with {settings.warehouse_dir}")

        with writer_lock(settings.lock_file, holder, wait=True, on_wait=waiting) as taken_here:
            if taken_here:
                remove_leftovers(settings)  # of a run that was killed
            yield self


ProgressCallback = Callable[[str, int, int], None]


class Progress:
    """Where long steps report how far they are; the CLI draws it, the UI logs it."""

    def __init__(self, callback: ProgressCallback | None = None) -> None:
        self._callback = callback

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self._callback:
            self._callback(stage, done, total)
