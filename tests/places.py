"""The gazetteer with the fictional places of the fixtures and samples, as data/reports/zhifa.toml declares them."""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path

from extractors.gazetteer import Gazetteer, Place, places_from_toml, with_places

PLACES_FILE = Path(__file__).resolve().parent.parent / "data" / "reports" / "zhifa.toml"


@functools.cache
def fictional_places() -> tuple[Place, ...]:
    with PLACES_FILE.open("rb") as handle:
        return places_from_toml(tomllib.load(handle)["place"])


def fictional_gazetteer() -> Gazetteer:
    return with_places(fictional_places())
