"""How values read on the dashboard: numbers as reports write them, bilingual names."""

from __future__ import annotations

import functools
import pandas as pd


def number(value: float | int | None) -> str:
    """2132.0 -> '2132', 9.09 -> '9.09'; no thousands separators, as the reports write counts."""
    if value is None or pd.isna(value):
        return ""
    value = float(value)
    if value.is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def percent(value: float | None, signed: bool = True) -> str:
    text = number(value)
    if not text:
        return ""
    return (f"+{text}" if signed and float(value) > 0 else text) + "%"


def metric_name(code: str, name_zh: str | None, name_en: str | None) -> str:
    """'行政处罚 · penalty cases' (the code when the taxonomy has no name for it)."""
    names = [n for n in (name_zh, name_en) if isinstance(n, str) and n]
    return " · ".join(names) if names else code


@functools.cache
def _domains() -> dict[str, tuple[str, str]]:
    try:  # the taxonomy file is the single source of the names
        from extractors.taxonomy import load

        return {code: (d.zh, d.en) for code, d in load().domains.items()}
    except Exception:  # the dashboard must open even if the extractors are mid-change
        return {}


def domain_name(code: str | None) -> str:
    if not code:
        return ""
    names = _domains().get(code)
    return f"{names[0]} · {names[1]}" if names else code


def is_false(value: object) -> bool:
    """False, not merely missing (a boolean column with nulls comes back as objects or NA)."""
    return value is not None and not pd.isna(value) and not bool(value)


def yes_no(value: bool | None) -> str:
    if value is None or pd.isna(value):
        return ""
    return "✔ 一致 agrees" if bool(value) else "✘ 不符 disagrees"


def highlight(text: str, start: int, end: int, context: int = 120) -> tuple[str, str, str]:
    """The text around text[start:end]: (before, the figure, after), trimmed to `context` chars."""
    before = text[max(0, start - context) : start]
    after = text[end : end + context]
    return ("…" if start > context else "") + before, text[start:end], after + ("…" if end + context < len(text) else "")
