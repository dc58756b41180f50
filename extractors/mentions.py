"""Finding numerals that are figures, and setting aside those that are not.

A figure is a numeral with a unit (件, 人次, 万元, % …) or a percentage written
out (百分之八十). Years, dates, document numbers, ordinals and names with digits
in them carry no unit, or sit in a context listed here, and are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from extractors.numbers import ARABIC, CHINESE_DECIMAL, CHINESE_DIGITS, MIXED_TAIL, MULTIPLIERS, NotANumber, parse_numeral
from extractors.structure import Ranges
from extractors.units import COUNT_UNITS, MONEY_UNIT, PERCENT_UNIT, UNIT_ALIASES, UNIT_PATTERN

# Words before a numeral that make it approximate, longest first: 大约 before 约.
_APPROX_BEFORE = ("超过", "大约", "将近", "近", "约", "超", "逾")
_APPROX_LAST = frozenset(word[-1] for word in _APPROX_BEFORE)
# Words that end in 近 and say where, not how many (附近, 靠近, 邻近, 就近, 最近).
_NEAR_IN_A_WORD = frozenset("附靠邻就最接")
_APPROX_AFTER = "余|多"
_APPROX_TAIL = "以上|左右|之多"

# The texts are normalised: a decimal digit is one of 0-9 (a class with \d in it is
# slower to scan for).
_NUMERAL_START = rf"0-9{CHINESE_DIGITS}百千万亿"
_CHINESE_ANY = rf"[{CHINESE_DIGITS}百千万亿]"
# A numeral with its unit. The pattern opens with one character class, so the
# regular expression engine skips in C every position no numeral starts at (most of
# a text) and tries the rest only where one does. After that first character the
# pattern goes on as ARABIC or CHINESE would: lookbehinds pick the branch.
# Visits written with the times in brackets (出动执法人员4235人(次), 检查企业814家(次)).
_BRACKETED_TIMES = r"[人家户个][(（]次[)）]"
NUMBER_MENTION = re.compile(
    rf"(?P<num>[{_NUMERAL_START}]"
    # Not inside a run of digits or Chinese numerals: where the run's first
    # character starts no figure, none of its later ones does either.
    rf"(?<!\d\d)(?<!{_CHINESE_ANY}{_CHINESE_ANY})"
    # (thousands parted by commas, 1,358, or by single spaces as the national standard sets
    # long numbers, 8 452.4)
    rf"(?:(?<=\d)(?:{MIXED_TAIL}|\d{{0,2}}(?:,\d{{3}})+(?:\.\d+)?|\d{{0,2}}(?: \d{{3}})+(?![\d,])(?:\.\d+)?|\d*(?:\.\d+)?)"
    rf"|(?<=[{CHINESE_DIGITS}]){_CHINESE_ANY}*"
    rf"|(?<=[百千万亿]){_CHINESE_ANY}*[{CHINESE_DIGITS}]{_CHINESE_ANY}*))"
    # One blank may part the numeral from what follows it: a space a PDF put there, or a
    # line wrap ("出动\n8000\n余人次").
    # A count printed in brackets, 政务信息(1386)条: the bracket closes before the unit.
    # (a space may part the numeral from its 万 too: 行政处罚48 万元)
    rf"(?:\s?(?P<a1>{_APPROX_AFTER}))?(?:(?:(?<=\d) )?(?P<mult>万|亿))?(?P<a2>{_APPROX_AFTER})?(?:(?<=\d)(?P<close>[)）])|\s?)(?P<unit>{_BRACKETED_TIMES}|{UNIT_PATTERN})"
    rf"(?P<tail>{_APPROX_TAIL})?"
)
# A percentage written out: 百分之八十, 百分之九十五点五.
PERCENT_MENTION = re.compile(rf"百分之(?P<pct>{ARABIC}|{CHINESE_DECIMAL})(?P<tail>{_APPROX_TAIL})?")

# Words and slogans that contain a numeral and a unit but count nothing.
_SLOGANS = (
    r"[一二三四五六七八九十两]项(?:核心|基本)?(?:制度|机制|工作|原则|任务|要求|举措)",  # (五项核心制度)
    r"一项[\u4e00-\u9fff]{1,5}?(?:工作|任务|举措|制度|机制)",  # 作为一项常态性工作
    r"[一二三四五六七八九十两]个(?:精准|到位|确立|维护|代表|意识|自信|务必|坚持|统一|全覆盖|清单|一|结合|不|必须|聚焦|强化|环节|方面|层面|阶段|重点|目标|中心|体系|平台|机制|制度|窗口|专项)",
    # slogans side by side, numbered in words (六个强化、六个聚焦)
    r"[一二三四五六七八九十两]个[\u4e00-\u9fff]{2}[、和与][一二三四五六七八九十两]个[\u4e00-\u9fff]{2}",
    r"[两三四]轮(?:车|摩托|电动)",  # 三轮车: a kind of vehicle, no rounds
    r"一件事", r"一次性", r"一次办", r"一站式", r"千家万户", r"一人一档", r"一户一档",
    r"一企一档", r"一案一档", r"一家一档", r"[一二三四五六七八九十]步(?:式|走|法)",
    r"一条龙", r"一张网", r"一张图", r"一盘棋", r"一次也不跑", r"一类(?:问题|事项|案件)?",
    # 查处一起、震慑一批、教育一片; 查处一起、警示一批; 查处一起震慑一片
    r"一起[、，,]?\s*(?:震慑|警示)", r"一批[、，,]\s*教育",
    r"一起[、，,]?\s*[\u4e00-\u9fff]{2,4}一起",  # 发现一起、立案一起、处罚一起; 有一起处理一起; 发现一起坚决查处一起
    # (…坚决查处一起，: the slogan's end, past its reach)
    r"查处一起(?=[，,。；;！!]|$)", r"处理一起(?=[，,。；;！!]|$)", r"惩处一起(?=[，,。；;！!]|$)",
    r"一起(?=某)",  # “查处一起某公司生产经营…案”: a case's title, no count
    r"\d+(?:余|多)?个(?:工作日|月|小时|季度|星期|自然日)", r"[一二三四五六七八九十两]个(?:工作日|月|小时|季度|星期)",
)


def _opening_with_one_class(alternatives: tuple[str, ...]) -> re.Pattern[str]:
    """The alternatives as one pattern that opens with one character class (fast to
    scan for, see NUMBER_MENTION): each alternative's first character (a literal, a
    class, or \\d+) becomes a lookbehind after it."""
    first = re.compile(r"^(\[[^\]]+\]|\\d|.)(\+?)")
    classes, rests = [], []
    for alternative in alternatives:
        m = first.match(alternative)
        assert m is not None  # "." matches any first character
        head, more = m.group(1), m.group(2)
        classes.append(head[1:-1] if head.startswith("[") else head)
        rests.append(f"(?<={head}){head}*" if more else f"(?<={head})")
        rests[-1] += alternative[m.end() :]
    return re.compile(f"[{''.join(dict.fromkeys(classes))}](?:{'|'.join(rests)})")


_NOT_FIGURES = _opening_with_one_class(_SLOGANS)
# How far before a numeral a slogan holding it may start (一人一档).
_SLOGAN_REACH = 5
# "12345,678件" is a malformed number, not the figure 678件.
_AFTER_LONG_DIGITS = re.compile(r"\d{4},$")
# A duration cut down, its unit said once (办理时限由21个工作日压减至3个): the second is days too.
_DURATION_CUT_TO = re.compile(r"\d+(?:\.\d+)?个?(?:工作日|自然日|小时|分钟|天)[^，,。；;]{0,6}?(?:压减|缩短|压缩|减少|减|降低?|提速)(?:到|至|为)$")
_ORDINAL_BEFORE = re.compile(r"(?:第|其[一二三四五六七八九十]|前|排名)$")
# (第二十条、二十一条、二十二条: each item of an ordinal's list, however long)
_ORDINAL_LIST_BEFORE = re.compile(r"第[^，,、；;。\s]{1,4}(?:[、和及与][^，,、；;。\s第]{1,4})*[、和及与]$")
_ORDINAL_LIST_REACH = 24
_VAGUE_BEFORE = re.compile(r"(?:数|几|若干)$")
# A town's name that opens on a numeral and a measure word (三家镇, 十户乡), not 三家乡镇卫生院.
_TOWN_AFTER = re.compile(r"镇(?![区街])|乡(?![镇村])|街道")
# 一/两 alone count only after words that call for a count: 共两起, 查处…案件两起;
# elsewhere 一起 is "together" and 一次 "once".
_LONE_ONE_ALLOWED_BEFORE = re.compile(r"(?:共|计|仅|为|达|了|有|作出|办理|查处|发生|立案|案件|事件|事故)$")
_SHORT_QUOTE = re.compile(r"“[^”“\n]{1,12}”|\"[^\"\n]{1,12}\"")


class Mention(NamedTuple):
    """A numeral with its unit, before it is given a meaning."""

    start: int
    end: int
    value: Decimal
    unit: str
    approximate: bool
    chinese: bool


def find_mentions(match_text: str) -> list[Mention]:
    """Every figure-like numeral in `match_text`, non-figures removed."""
    quoted = Ranges(_quoted_ranges(match_text))
    mentions: list[Mention] = []
    for start, m in _scan(match_text):
        mention = _read(m, start)
        if mention is None or _is_non_figure(match_text, m, mention, quoted):
            continue
        mentions.append(mention)
    return mentions


# Acts listed each with its count and no unit (行政许可0、行政处罚0、行政强制0; 行政许可44件、
# 其他类10、行政处罚0): counts of decisions, in 件, where the list holds two acts or more.
_LISTED_ACTS = r"行政许可|行政处罚|行政强制|行政征收(?:征用)?|行政检查|行政确认|行政给付|行政奖励|行政裁决|其他类"
_LISTED_BARE = re.compile(rf"(?:{_LISTED_ACTS})(?P<num>\d{{1,7}})(?=[、，,；;。])")
_LISTED_ANY_DIGIT = re.compile(r"[可罚制收用查认付励决类]\d")  # a label's last character before a digit
_LISTED_NEXT = re.compile(rf"[、，,](?:{_LISTED_ACTS})")
_LISTED_UNIT = "件"


def listed_counts(match_text: str) -> list[Mention]:
    """The unit-less counts of a list of acts (see `_LISTED_BARE`): each one the list goes
    on from, to another act, or that goes on from a count before it."""
    if "行政" not in match_text or not _LISTED_ANY_DIGIT.search(match_text):
        return []
    found = []
    for m in _LISTED_BARE.finditer(match_text):
        at = m.start()
        goes_on = _LISTED_NEXT.match(match_text, m.end()) is not None
        went_on = at >= 2 and match_text[at - 1] in "、，," and (match_text[at - 2].isdigit() or match_text[at - 2] == _LISTED_UNIT)
        if goes_on or went_on:
            found.append(Mention(m.start("num"), m.end(), Decimal(m.group("num")), _LISTED_UNIT, False, False))
    return found


# A fine or wages recovered in 万 whose 元 went unwritten (罚款103.5万。, 追回工资832.53万。):
# money all the same.
_MONEY_IN_WAN = re.compile(
    r"(?:罚(?:款|没款?|没金额|金)|(?:追回|追讨|追发)(?:拖欠)?(?:工资|欠薪|薪酬|劳动报酬))"
    r"(?:共计|合计|总计|金额|计)?(?P<num>\d{1,6}(?:\.\d{1,4})?)万(?=[，,。；;、)）]|$)"
)


def money_without_yuan(match_text: str) -> list[Mention]:
    """Money in 万 with no 元 after it (see `_MONEY_IN_WAN`), in yuan."""
    if "万" not in match_text or "罚" not in match_text and "追" not in match_text:
        return []
    return [
        Mention(m.start("num"), m.end(), Decimal(m.group("num")) * MULTIPLIERS["万"], "元", False, False)
        for m in _MONEY_IN_WAN.finditer(match_text)
    ]


# A round ten thousand or thousand said by its word alone, near it or past it (近万件, 万余条):
# no numeral before the 万 / 千, and a word that says the count is about that much (not 上千,
# upwards of a thousand, which tells no size). The pattern opens on 万 / 千 (fast to scan
# for); the words before it are looked at for each one found.
_BARE_MAGNITUDE = re.compile(rf"[万千](?P<past>余|多)?(?P<unit>{'|'.join((*COUNT_UNITS, MONEY_UNIT))})")
_NEAR_BEFORE = ("近", "约", "逾", "超过")
_MAGNITUDES = {"万": Decimal(10000), "千": Decimal(1000)}
_NUMERAL_CHARS = frozenset(f"0123456789{CHINESE_DIGITS}百千万亿")


def bare_magnitudes(match_text: str) -> list[Mention]:
    """Counts and amounts given by 万 or 千 alone (see `_BARE_MAGNITUDE`), approximate."""
    if "万" not in match_text and "千" not in match_text:
        return []
    found = []
    for m in _BARE_MAGNITUDE.finditer(match_text):
        at = m.start()
        near = next((word for word in _NEAR_BEFORE if match_text.startswith(word, at - len(word))), None) if at else None
        start = at - len(near) if near else at
        if (near is None and m.group("past") is None) or (start and match_text[start - 1] in _NUMERAL_CHARS):
            continue
        unit = m.group("unit")
        found.append(Mention(start, m.end(), _MAGNITUDES[match_text[at]], UNIT_ALIASES.get(unit, unit), True, True))
    return found


def read_figure(written: str) -> Mention | None:
    """`written` read as one figure, whole (3000余人次, 约300件, 937.9万元, 百分之八十), or
    None: what an analyst says a figure is written as, before it is looked for in a text."""
    for start, m in _scan(written):
        if start == 0 and m.end() == len(written):
            return _read(m, start)
        break
    return None


def _scan(text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """(start, match) of every numeral with a unit and every written-out percentage,
    in text order and not overlapping; the start takes in a word of approximation
    right before the numeral (约300件, 超过百分之九十)."""
    found = list(NUMBER_MENTION.finditer(text))
    if "百分之" in text:
        found += PERCENT_MENTION.finditer(text)
        found.sort(key=lambda m: m.start())
    taken = 0
    for m in found:
        at = m.start()
        if at < taken:
            continue
        if m.re is NUMBER_MENTION and m.group("close"):
            # only a bracket opened right before the numeral, after a word (or as what is
            # read): not an item's number ("(1)个人信息") nor an article's ("第(3)条")
            if not _opened_after_word(text, at, m.end()):
                continue
            at -= 1
        if at > taken and text[at - 1] in _APPROX_LAST:
            for word in _APPROX_BEFORE:
                if at - len(word) >= taken and text.startswith(word, at - len(word)):
                    if word == "超" and text[at - 2 : at - 1] == "商":
                        break  # 商超221家次: supermarkets, no more than
                    if word == "近" and text[at - 2 : at - 1] in _NEAR_IN_A_WORD:
                        break  # 附近两家: near by, no nearly
                    at -= len(word)
                    break
        taken = m.end()
        yield at, m


def _opened_after_word(text: str, at: int, end: int) -> bool:
    """Whether the numeral at `at` (its unit ending at `end`) is in brackets opened right
    after a word's character, or is in brackets as the whole of `text`."""
    if not at or text[at - 1] not in "(（":
        return False
    if at == 1:
        return end == len(text)
    word = text[at - 2]
    return "\u4e00" <= word <= "\u9fff" and word not in "第是"


def _read(m: re.Match[str], start: int) -> Mention | None:
    groups = m.groupdict()
    pct = groups.get("pct")
    token = pct or groups["num"]
    try:
        value = parse_numeral(token)
    except NotANumber:
        return None
    if pct:
        unit = PERCENT_UNIT
    else:
        unit = UNIT_ALIASES.get(groups["unit"], groups["unit"])
        if unit[-1:] in ")）":
            unit = unit[0] + "次"  # 人(次) is 人次
        if groups["mult"]:
            value *= MULTIPLIERS[groups["mult"]]
    bracketed = 1 if groups.get("close") else 0
    approximate = start < m.start() - bracketed or bool(groups.get("a1") or groups.get("a2") or groups["tail"])
    # Positional (start, end, value, unit, approximate, chinese): a named tuple made with
    # keywords costs twice as much, once for every numeral of every report.
    return Mention(start, m.end(), value, unit, approximate, not token[0].isdigit())


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    # A Chinese numeral inside a short quoted phrase is a name: “三项制度”, “百日行动”.
    if "“" not in text and '"' not in text:
        return []
    return [(m.start(), m.end()) for m in _SHORT_QUOTE.finditer(text)]


def _in_slogan(text: str, pos: int) -> bool:
    """Whether the numeral at `pos` is part of a slogan or a duration (三项制度, 15个工作日)."""
    for start in range(max(0, pos - _SLOGAN_REACH), pos + 1):
        m = _NOT_FIGURES.match(text, start)
        if m and m.end() > pos:
            return True
    return False


def _is_non_figure(text: str, m: re.Match[str], mention: Mention, quoted: Ranges) -> bool:
    num_start = m.start("pct") if "pct" in m.re.groupindex else m.start("num")
    before = text[max(0, num_start - 8) : num_start]
    if _ORDINAL_BEFORE.search(before) or _ORDINAL_LIST_BEFORE.search(text, max(0, num_start - _ORDINAL_LIST_REACH), num_start):
        return True
    if mention.chinese:
        if _VAGUE_BEFORE.search(before):
            return True
        if num_start in quoted or _in_slogan(text, num_start):
            return True
        token = m.groupdict().get("num") or ""
        # 两 is the spoken "two" (两件, 两次) and counts wherever it is not in a slogan;
        # a lone 一 or 二 is far more often part of a word (一起, 一般, 统一).
        if token in ("一", "二") and not _LONE_ONE_ALLOWED_BEFORE.search(before):
            return True
        if _TOWN_AFTER.match(text, m.end()):
            return True  # 三家镇: a town's name, no count
    else:
        # Among the slogans only a duration holds Arabic digits (15个工作日).
        if mention.unit == "个" and (_in_slogan(text, num_start) or _DURATION_CUT_TO.search(text, max(0, num_start - 24), num_start)):
            return True
        # Part of a longer number (10:30, 3.15, 2021-2025, 1/2, 12345,678); but after
        # a label's colon ("行政强制：0件") the numeral is a value.
        if num_start > 0 and (
            text[num_start - 1].isdigit()
            or (text[num_start - 1] in ".-/:" and num_start > 1 and text[num_start - 2].isdigit())
            or _AFTER_LONG_DIGITS.search(before)
        ):
            return True
    return False
