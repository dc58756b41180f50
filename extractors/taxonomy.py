"""The metric and domain taxonomy, loaded once from `taxonomy.toml`."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources

from extractors.patterns import PatternIndex


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
    # (table kind, header) pairs: the header names this metric only in such a table.
    table_in: tuple[tuple[str, str], ...]
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
    # Every domain keyword in one alternation, longest first, so a text is scanned
    # once and "违法建筑" (urban management) is not also read as "建筑".
    domain_words: re.Pattern[str] | None
    # The keywords in the alternation's order, each with its domain: the first one
    # that matches a found word is the one the scan took.
    domain_keywords: tuple[tuple[re.Pattern[str], str], ...]
    # The metrics' `left` patterns by the unit of the figure (None: any unit), indexed
    # by first character so a figure runs only the few that can match its words.
    left_by_unit: dict[str | None, PatternIndex[Metric]] = field(default_factory=dict, repr=False, compare=False)
    _word_domains: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    # What other modules work out from the taxonomy alone, kept with it (each
    # keeps its own entry bounded).
    derived: dict = field(default_factory=dict, repr=False, compare=False)

    def domain_of_word(self, word: str) -> str:
        """The domain of a word `domain_words` found."""
        code = self._word_domains.get(word)
        if code is None:
            code = next(c for pattern, c in self.domain_keywords if pattern.fullmatch(word))
            self._word_domains[word] = code
        return code

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
        table=tuple(p for p in spec.get("table", ()) if "|" not in p),
        table_in=_table_in(spec.get("table", ())),
        priority=int(spec.get("priority", 0)),
        parent=spec.get("parent"),
        domain=spec.get("domain"),
    )


def _table_in(phrases: list[str]) -> tuple[tuple[str, str], ...]:
    """The "A|B" phrases as (A, B): header B in a table about A."""
    return tuple((kind, header) for kind, bar, header in (p.partition("|") for p in phrases) if bar)


def _domain(code: str, spec: dict) -> Domain:
    words = spec.get("keywords", [])
    pattern = re.compile("|".join(f"(?:{w})" for w in words)) if words else None
    return Domain(code=code, zh=spec["zh"], en=spec["en"], keywords=pattern)


def _domain_words(domains: dict) -> tuple[re.Pattern[str] | None, tuple[tuple[re.Pattern[str], str], ...]]:
    """One pattern for all domain keywords; the longer keyword is tried first.

    The alternatives are grouped under their first character and hold no groups,
    so the regular expression engine skips in C every position whose character
    starts no keyword (most of a text) instead of trying each alternative there."""
    words = sorted(
        ((word, code) for code, spec in domains.items() for word in spec.get("keywords", [])),
        key=lambda wc: -len(wc[0]),
    )
    if not words:
        return None, ()
    if not all(word[0].isalnum() for word, _ in words):
        raise ValueError("domain keywords must start with a literal character")
    by_first: dict[str, list[str]] = {}
    for word, _ in words:
        by_first.setdefault(word[0], []).append(word[1:])
    pattern = re.compile("|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in by_first.items()))
    if pattern.groups:
        raise ValueError("domain keywords must not hold capturing groups")
    return pattern, tuple((re.compile(word), code) for word, code in words)


def _left_by_unit(metrics: dict[str, Metric]) -> dict[str | None, PatternIndex[Metric]]:
    units = sorted({unit for metric in metrics.values() for unit in metric.units})
    return {
        unit: PatternIndex([(m, p) for m in metrics.values() if unit is None or unit in m.units for p in m.left])
        for unit in (None, *units)
    }


@functools.cache
def load() -> Taxonomy:
    raw = tomllib.loads((resources.files("extractors") / "taxonomy.toml").read_text(encoding="utf-8"))
    domain_words, domain_keywords = _domain_words(raw["domains"])
    metrics = {code: _metric(code, spec) for code, spec in raw["metrics"].items()}
    return Taxonomy(
        metrics=metrics,
        left_by_unit=_left_by_unit(metrics),
        domains={code: _domain(code, spec) for code, spec in raw["domains"].items()},
        domain_words=domain_words,
        domain_keywords=domain_keywords,
    )
