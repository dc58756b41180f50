"""The metric and domain taxonomy, loaded once from `taxonomy.toml`."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class Metric:
    code: str
    zh: str
    en: str
    unit_kind: str
    category: str
    units: frozenset[str]
    left: tuple[re.Pattern[str], ...]
    right: tuple[re.Pattern[str], ...]
    table: tuple[str, ...]
    priority: int
    parent: str | None
    domain: str | None


@dataclass(frozen=True, slots=True)
class Domain:
    code: str
    zh: str
    en: str
    keywords: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class Taxonomy:
    metrics: dict[str, Metric]
    domains: dict[str, Domain]

    def definitions(self) -> list[dict[str, str]]:
        """Rows of raw.metric_definitions."""
        return [
            {
                "metric": m.code,
                "name_zh": m.zh,
                "name_en": m.en,
                "unit_kind": m.unit_kind,
                "category": m.category,
                "description": f"{m.en} ({m.zh}); units: {'、'.join(sorted(m.units))}",
            }
            for m in self.metrics.values()
        ]


def _metric(code: str, spec: dict) -> Metric:
    return Metric(
        code=code,
        zh=spec["zh"],
        en=spec["en"],
        unit_kind=spec["unit_kind"],
        category=spec["category"],
        units=frozenset(spec.get("units", ())),
        left=tuple(re.compile(p) for p in spec.get("left", ())),
        right=tuple(re.compile(p) for p in spec.get("right", ())),
        table=tuple(spec.get("table", ())),
        priority=int(spec.get("priority", 0)),
        parent=spec.get("parent"),
        domain=spec.get("domain"),
    )


def _domain(code: str, spec: dict) -> Domain:
    words = spec.get("keywords", [])
    pattern = re.compile("|".join(f"(?:{w})" for w in words)) if words else None
    return Domain(code=code, zh=spec["zh"], en=spec["en"], keywords=pattern)


@functools.cache
def load() -> Taxonomy:
    raw = tomllib.loads((resources.files("extractors") / "taxonomy.toml").read_text(encoding="utf-8"))
    return Taxonomy(
        metrics={code: _metric(code, spec) for code, spec in raw["metrics"].items()},
        domains={code: _domain(code, spec) for code, spec in raw["domains"].items()},
    )
