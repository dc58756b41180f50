"""The gazetteer with the fictional places of the fixtures and samples, as data/reports/zhifa.toml declares them."""

from __future__ import annotations

import functools
from pathlib import Path

from extractors.gazetteer import Gazetteer, Place, with_places
from orchestration.loading.sidecar import read_sidecar

PLACES_FILE = Path(__file__).resolve().parent.parent / "data" / "reports" / "zhifa.toml"


@functools.cache
def fictional_places() -> tuple[Place, ...]:
    return read_sidecar(PLACES_FILE.parent).places


def fictional_gazetteer() -> Gazetteer:
    return with_places(fictional_places())
