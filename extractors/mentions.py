"""Finding numerals that are figures, and setting aside those that are not.

A figure is a numeral with a unit (件, 人次, 万元, % …) or a percentage written
out (百分之八十). Years, dates, document numbers, ordinals and names with digits
in them carry no unit, or sit in a context listed here, and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from extractors.numbers import ARABIC, CHINESE, CHINESE_DECIMAL, MULTIPLIERS, NotANumber, parse_numeral
from extractors.structure import Ranges
from extractors.units import PERCENT_UNIT, UNIT_ALIASES, UNIT_PATTERN

_APPROX_BEFORE = "近|约|超过|超|逾|大约|将近"
_APPROX_AFTER = "余|多"
_APPROX_TAIL = "以上|左右|之多"

# The leading lookahead lets the scan skip, in C, every position no mention can start at
# (most of a text): the alternatives below are then tried only where they might match.
MENTION = re.compile(
    r"(?=[近约超逾大将\d零〇一二两三四五六七八九十百千万亿])"
    rf"(?P<pre>{_APPROX_BEFORE})?"
    rf"(?:百分之(?P<pct>{ARABIC}|{CHINESE_DECIMAL})"
    rf"|(?P<num>{ARABIC}|{CHINESE})(?P<a1>{_APPROX_AFTER})?(?P<mult>万|亿)?(?P<a2>{_APPROX_AFTER})?\s?(?P<unit>{UNIT_PATTERN}))"
    rf"(?P<tail>{_APPROX_TAIL})?"
)

# Words and slogans that contain a numeral and a unit but count nothing.
_NOT_FIGURES = re.compile(
    r"(?=[\d一二三四五六七八九十两千])(?:"
    + "|".join(
        (
            r"[一二三四五六七八九十两]项(?:制度|机制|工作|原则|任务|要求|举措)",
            r"[一二三四五六七八九十两]个(?:精准|到位|确立|维护|代表|意识|自信|务必|坚持|统一|全覆盖|清单|一|结合|不|必须|聚焦|环节|方面|层面|阶段|重点|目标|中心|体系|平台|机制|窗口|专项)",
            r"一件事", r"一次性", r"一次办", r"一站式", r"千家万户", r"一人一档", r"一户一档",
            r"一企一档", r"一案一档", r"一家一档", r"[一二三四五六七八九十]步(?:式|走|法)",
            r"一条龙", r"一张网", r"一张图", r"一盘棋", r"一次也不跑", r"一类(?:问题|事项|案件)?",
            r"\d+个(?:工作日|月|小时|季度|星期|自然日)", r"[一二三四五六七八九十两]个(?:工作日|月|小时|季度|星期)",
        )
    )
    + ")"
)
_ORDINAL_BEFORE = re.compile(r"(?:第|其[一二三四五六七八九十]|前|排名)$")
_ORDINAL_LIST_BEFORE = re.compile(r"第[^，,、；;。\s]{1,4}[、和及与]$")
_VAGUE_BEFORE = re.compile(r"(?:数|几|若干)$")
# 一/两 alone count only after words that call for a count: 共两起, 查处…案件两起;
# elsewhere 一起 is "together" and 一次 "once".
_LONE_ONE_ALLOWED_BEFORE = re.compile(r"(?:共|计|仅|为|达|了|有|作出|办理|查处|发生|立案|案件|事件|事故)$")
_SHORT_QUOTE = re.compile(r"“[^”“\n]{1,12}”|\"[^\"\n]{1,12}\"")


@dataclass(frozen=True, slots=True)
class Mention:
    """A numeral with its unit, before it is given a meaning."""

    start: int
    end: int
    value: Decimal
    unit: str
    approximate: bool
    chinese: bool


def find_mentions(match_text: str) -> list[Mention]:
    """Every figure-like numeral in `match_text`, non-figures removed."""
    blocked = Ranges(_blocked_ranges(match_text))
    mentions: list[Mention] = []
    for m in MENTION.finditer(match_text):
        mention = _read(m)
        if mention is None or _is_non_figure(match_text, m, mention, blocked):
            continue
        mentions.append(mention)
    return mentions


def _read(m: re.Match[str]) -> Mention | None:
    token = m.group("pct") or m.group("num")
    try:
        value = parse_numeral(token)
    except NotANumber:
        return None
    if m.group("pct"):
        unit = PERCENT_UNIT
    else:
        unit = UNIT_ALIASES.get(m.group("unit"), m.group("unit"))
        if m.group("mult"):
            value *= MULTIPLIERS[m.group("mult")]
    approximate = bool(m.group("pre") or m.group("a1") or m.group("a2") or m.group("tail"))
    return Mention(
        start=m.start(),
        end=m.end(),
        value=value,
        unit=unit,
        approximate=approximate,
        chinese=not token[0].isdigit(),
    )


def _blocked_ranges(text: str) -> list[tuple[int, int]]:
    ranges = [(m.start(), m.end()) for m in _NOT_FIGURES.finditer(text)]
    # A Chinese numeral inside a short quoted phrase is a name: “三项制度”, “百日行动”.
    ranges += [(m.start(), m.end()) for m in _SHORT_QUOTE.finditer(text)]
    return ranges


def _is_non_figure(text: str, m: re.Match[str], mention: Mention, blocked: Ranges) -> bool:
    num_start = m.start("pct") if m.group("pct") else m.start("num")
    before = text[max(0, num_start - 8) : num_start]
    if _ORDINAL_BEFORE.search(before) or _ORDINAL_LIST_BEFORE.search(before):
        return True
    if mention.chinese:
        if _VAGUE_BEFORE.search(before):
            return True
        if num_start in blocked:
            return True
        token = m.group("num") or ""
        # 两 is the spoken "two" (两件, 两次) and counts wherever it is not in a slogan;
        # a lone 一 or 二 is far more often part of a word (一起, 一般, 统一).
        if token in ("一", "二") and not _LONE_ONE_ALLOWED_BEFORE.search(before):
            return True
    else:
        if any(not _is_quote(text, start) for start, _ in blocked.holding(num_start)):
            return True
        # Part of a longer number (10:30, 3.15, 2021-2025, 1/2); but after a label's
        # colon ("行政强制：0件") the numeral is a value.
        if num_start > 0 and (text[num_start - 1].isdigit() or (text[num_start - 1] in ".-/:" and num_start > 1 and text[num_start - 2].isdigit())):
            return True
    return False


def _is_quote(text: str, start: int) -> bool:
    return text[start] in "“\""
