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
    # Every domain keyword in one alternation, one group per keyword, so a text is
    # scanned once and "违法建筑" (urban management) is not also read as "建筑".
    domain_words: re.Pattern[str] | None
    domain_of_group: tuple[str, ...]

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


def _domain_words(domains: dict) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """One pattern for all domain keywords; the longer keyword is tried first."""
    words = sorted(
        ((word, code) for code, spec in domains.items() for word in spec.get("keywords", [])),
        key=lambda wc: -len(wc[0]),
    )
    if not words:
        return None, ()
    # Looking at the first character before trying ninety alternatives makes the
    # scan of a whole report an order of magnitude faster.
    firsts = {word[0] for word, _ in words}
    if not all(ch.isalnum() for ch in firsts):
        raise ValueError("domain keywords must start with a literal character")
    pattern = re.compile(f"(?=[{''.join(sorted(firsts))}])(?:" + "|".join(f"({word})" for word, _ in words) + ")")
    # Group numbers count the keywords' own groups too; map each outer group to its domain.
    owners: list[str] = [""]
    for word, code in words:
        owners += [code] * (1 + re.compile(word).groups)
    return pattern, tuple(owners)


@functools.cache
def load() -> Taxonomy:
    raw = tomllib.loads((resources.files("extractors") / "taxonomy.toml").read_text(encoding="utf-8"))
    domain_words, domain_of_group = _domain_words(raw["domains"])
    return Taxonomy(
        metrics={code: _metric(code, spec) for code, spec in raw["metrics"].items()},
        domains={code: _domain(code, spec) for code, spec in raw["domains"].items()},
        domain_words=domain_words,
        domain_of_group=domain_of_group,
    )
