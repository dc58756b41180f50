"""Units of measure: which words after a numeral make it a figure, and what they normalise to."""

from __future__ import annotations

# Longest first, so 人次 wins over 人 and 家次 over 家.
COUNT_UNITS: tuple[str, ...] = (
    "人次", "家次", "户次", "场次", "批次", "车次", "频次",
    "件", "宗", "起", "次", "人", "名", "个", "项", "条", "份", "场", "户", "家",
    "类", "期", "批", "处", "篇", "张", "笔", "轮", "例", "辆", "台", "所", "座", "部", "册",
)
MONEY_UNIT = "元"
PERCENT_UNIT = "%"

# Units that classify what follows them: in "8个配套文件" the counted thing comes after.
CLASSIFIERS = frozenset({"个", "项", "类", "条", "场", "家", "名", "次", "份", "批", "期", "处", "所", "轮"})

UNIT_PATTERN = "|".join(COUNT_UNITS + (MONEY_UNIT, PERCENT_UNIT))


def unit_kind(unit: str | None) -> str:
    if unit == MONEY_UNIT:
        return "money"
    if unit == PERCENT_UNIT:
        return "percent"
    return "count"
