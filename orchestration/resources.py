"""Dagster resources: where the reports and the warehouse are, and a progress channel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import dagster as dg

from orchestration.settings import Settings


class ZhifaResource(dg.ConfigurableResource):
    """The reports folder and warehouse folder of this deployment."""

    reports_dir: str
    warehouse_dir: str
    max_file_bytes: int
    workers: int

    @classmethod
    def from_settings(cls, settings: Settings) -> "ZhifaResource":
        return cls(
            reports_dir=str(settings.reports_dir),
            warehouse_dir=str(settings.warehouse_dir),
            max_file_bytes=settings.max_file_bytes,
            workers=settings.workers,
        )

    @property
    def settings(self) -> Settings:
        return Settings(Path(self.reports_dir), Path(self.warehouse_dir), self.max_file_bytes, self.workers)


ProgressCallback = Callable[[str, int, int], None]


class Progress:
    """Where long steps report how far they are; the CLI draws it, the UI logs it."""

    def __init__(self, callback: ProgressCallback | None = None) -> None:
        self._callback = callback

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self._callback:
            self._callback(stage, done, total)
