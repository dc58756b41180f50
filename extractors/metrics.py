"""Giving a figure its metric from the words around it, through the taxonomy."""

from __future__ import annotations

import re

from extractors.patterns import blank
from extractors.taxonomy import Metric, Taxonomy
from extractors.units import CLASSIFIERS, MONEY_UNIT

_CJK_OR_QUOTE = re.compile(r"[\u4e00-\u9fff“\"A-Za-z]")  # (or a Latin name: 52家KTV经营场所)
_YEAR_OPENING = re.compile(r"^(?:19|20)\d{2}\s*年度?")
# What joins the names of a list: 简易程序和普通程序, 行政复议、行政诉讼, A以及B.
# A certificate's name in 《》 (发放《公共场所卫生许可证》1095件), or an order's or a notice's
# (下发《责令改正通知书》9份, 发放《责令整改书》31份, 下发《责令改正通知》134份), is what is
# counted, not a title (《关于…的通知》 is one).
_TITLE = re.compile(r"《(?![^《》]*(?:证|执照|书)》)(?![^《》关于]{1,10}通知单?》)[^《》]*》")
_CAMPAIGN = re.compile(r"“[^“”]{1,20}”(?=活动|行动)")
_JOINED = re.compile(r"\s*(?:和|、|及|与|以及|，|,)\s*$")
# The rest of a list of kinds that 等 closes before the thing counted is named
# (公开行政处罚、政策解读等信息300条): an item of it names a kind, not the metric; a
# phrase that runs through the items (发布政策解读、工作动态) is the verb's.
_LIST_ITEMS = r"(?:、[^，,；;。、]{1,16}?)*等"
_LIST_REST = re.compile(_LIST_ITEMS + r"(?=[\u4e00-\u9fff])")
# …or before the figure, the thing counted named after its measure word (重点领域目录、居务公开
# 事项清单等339个标准化目录): the items are its kinds, and name no metric at all.
_LIST_BEFORE_FIGURE = re.compile(_LIST_ITEMS + r"\s*(?:共|约|近|超|达)?\s*$")


def metric_from_right(taxonomy: Taxonomy, unit: str, right: str) -> Metric | None:
    """What a classifier counts, from the words right after it ("8个配套文件", past a year
    that opens them: "3期2025年度…培训班"); what a sum of money was, named after it
    ("4万元行政处罚")."""
    if right[:2] in ("19", "20"):
        right = _YEAR_OPENING.sub("", right, count=1)
    if (unit not in CLASSIFIERS and unit != MONEY_UNIT) or not right or not _CJK_OR_QUOTE.match(right):
        return None
    best: tuple[int, int, Metric] | None = None
    for metric in taxonomy.metrics.values():
        if unit not in metric.units:
            continue
        for pattern in metric.right:
            m = pattern.match(right)
            if m and (best is None or (metric.priority, m.end()) > best[:2]):
                best = (metric.priority, m.end(), metric)
    return best[2] if best else None


def metric_from_left(taxonomy: Taxonomy, unit: str | None, left: str, *, counted_after: bool = False) -> Metric | None:
    """The metric named before a figure: highest priority, then nearest, then longest.
    With `unit` None, any metric may be named ("行政处罚案件数同比减少…"). With
    `counted_after`, the figure's measure word is followed by the thing it counts."""
    best: tuple[int, int, int, Metric] | None = None
    index = taxonomy.left_by_unit.get(unit)
    if index is None:
        return None  # no metric is counted in this unit
    # (a space typed before the figure, 受理群众诉求 155件, parts no words from it)
    left = left.rstrip(" \t\u3000")
    if "《" in left:
        # 学习《生产安全事故罚款处罚规定》等法律法规51次: a title's words name no metric.
        left = blank(_TITLE, left)
    if "”活动" in left or "”行动" in left:
        # “一把手处投诉”活动1次: a campaign's name names no metric, the activity is counted
        left = blank(_CAMPAIGN, left)
    items: tuple[int, int, int, Metric] | None = None
    for metric, pattern in index.candidates(left):
        for m in pattern.finditer(left):
            key = (metric.priority, m.end(), m.end() - m.start())
            if counted_after and "等" in left[m.end() :] and "、" not in m.group() and _LIST_BEFORE_FIGURE.match(left, m.end()):
                continue
            if "等" in left[m.end() :] and "、" not in m.group() and _LIST_REST.match(left, m.end()):
                if items is None or key > items[:3]:
                    items = (*key, metric)
            elif best is None or key > best[:3]:
                best = (*key, metric)
    # items name the metric only where nothing else does (行政处罚、行政强制等案件85件)
    best = best or items
    if best is None and (trimmed := left.rstrip()).endswith("的") and len(trimmed.strip()) > 3:
        # 依法作出警告的 0件: those a name ending in 的 stands for, counted (read without it)
        # (not a bare word after a figure: 处3万元以上罚款的0件 sorts fines by their amount)
        return metric_from_left(taxonomy, unit, trimmed[:-1], counted_after=counted_after)
    return best[3] if best else None


def metrics_in_order(taxonomy: Taxonomy, unit: str, text: str) -> list[tuple[int, int, Metric]]:
    """The metrics named one after another in `text` ("简易程序和普通程序分别为…"),
    with where each is named; a metric named twice in a row counts once."""
    found: list[tuple[int, int, int, Metric]] = []
    index = taxonomy.left_by_unit.get(unit)
    for metric, pattern in index.candidates(text) if index else ():
        for m in pattern.finditer(text):
            found.append((m.start(), m.end(), metric.priority, metric))
    # Keep, among overlapping matches, the one with the highest priority, then the longest.
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    chosen: list[tuple[int, int, int, Metric]] = []
    for item in found:
        if chosen and item[0] < chosen[-1][1]:
            prev = chosen[-1]
            if (item[2], item[1] - item[0]) > (prev[2], prev[1] - prev[0]):
                chosen[-1] = item
            continue
        chosen.append(item)
    ordered: list[tuple[int, int, Metric]] = []
    for start, end, _, metric in chosen:
        if not ordered or ordered[-1][2].code != metric.code:
            ordered.append((start, end, metric))
    return ordered


def listed_metrics(taxonomy: Taxonomy, unit: str, text: str, n: int) -> list[str]:
    """The metrics of the n figures of a 分别 list, from the words before it: n names
    joined by 和/、/及 ("行政复议、行政诉讼案件分别为…") give one each; otherwise
    the name nearest the figures is shared by all ("分别办理行政处罚案件186件、74件")."""
    named = metrics_in_order(taxonomy, unit, text)
    if not named:
        return []
    runs: list[list[tuple[int, int, Metric]]] = [[named[0]]]
    for item in named[1:]:
        if _JOINED.match(text, runs[-1][-1][1], item[0]):
            runs[-1].append(item)
        else:
            runs.append([item])
    for run in reversed(runs):
        if len(run) == n:
            return [metric.code for _, _, metric in run]
    return [named[-1][2].code] * n
