"""Units of measure: which words after a numeral make it a figure, and what they normalise to."""

from __future__ import annotations

# Longest first, so 人次 wins over 人 and 家次 over 家; 个百分点 over 个.
COUNT_UNITS: tuple[str, ...] = (
    "个百分点", "百分点",
    "人/次", "家/次", "户/次",
    "人次", "家次", "户次", "个次", "件次", "条次", "场次", "批次", "车次", "频次", "辆次", "台次", "项次", "艘次", "架次", "处次", "矿次", "间次",
    "件", "宗", "起", "次", "人", "名", "个", "项", "条", "份", "场", "户", "家",
    "类", "期", "批", "处", "篇", "张", "笔", "轮", "例", "辆", "台", "所", "座", "部", "册", "卷",
)
# Measures of area and weight (拆除违法建筑1.2万平方米, 收缴非法捕捞渔获200公斤).
MEASURE_UNITS: tuple[str, ...] = ("平方米", "平方公里", "公顷", "亩", "立方米", "公斤", "千克", "吨")
# Units written two ways, stored one way (公开信息171条次, 办理335件次: items and cases counted
# as 条 and 件, the 次 adding nothing a metric tells apart).
UNIT_ALIASES = {"个百分点": "百分点", "人/次": "人次", "家/次": "家次", "户/次": "户次", "件次": "件", "条次": "条"}
MONEY_UNIT = "元"
PERCENT_UNIT = "%"

# Units that classify what follows them: in "8个配套文件" the counted thing comes after.
CLASSIFIERS = frozenset({"个", "项", "类", "条", "场", "家", "户", "家次", "户次", "名", "次", "份", "批", "期", "处", "所", "轮", "起", "件", "宗"})

UNIT_PATTERN = "|".join(MEASURE_UNITS + COUNT_UNITS + (MONEY_UNIT, PERCENT_UNIT))


def unit_kind(unit: str | None) -> str:
    if unit == MONEY_UNIT:
        return "money"
    if unit == PERCENT_UNIT:
        return "percent"
    return "count"
