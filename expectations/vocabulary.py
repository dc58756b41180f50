"""The closed value sets the suites check columns against: domains, units and source formats.

Domains are the DESIGN.md contract. Metric codes are not here: the suites read them from
`raw.metric_definitions` when they run, so the taxonomy file stays their single source.
"""

from __future__ import annotations

DOMAINS: frozenset[str] = frozenset(
    {
        "all",
        "work_safety",
        "environment",
        "market_regulation",
        "health",
        "labor",
        "construction",
        "transport",
        "urban_management",
        "natural_resources",
        "culture_tourism",
        "agriculture",
        "food_safety",
        "other",
    }
)

# Normalised units (money is in 元, shares in %). A unit outside this list is a warning, not an
# error: reports count in measure words we have not met yet, and the value is still usable.
UNITS: frozenset[str] = frozenset(
    {
        "件", "次", "人", "个", "元", "%", "家", "家次", "人次", "户", "名", "项", "起", "宗",
        "处", "台", "辆", "艘", "条", "份", "批", "批次", "场", "场次", "期", "所", "座", "张",
        "本", "册", "卷", "套", "种", "只", "头", "亩", "平方米", "立方米", "吨", "千克", "公里", "米",
        "天", "小时", "个次", "单", "部", "类",
    }
)  # fmt: skip

SOURCE_FORMATS: frozenset[str] = frozenset({"txt", "html", "docx", "pdf", "xlsx"})

PERCENT_UNIT = "%"

# The evidence that can decide an issuer (extractors/issuer.py), strongest first.
ISSUER_SOURCES: frozenset[str] = frozenset(
    {"declared", "title", "furniture", "text", "signature", "first_sentence", "path"}
)
