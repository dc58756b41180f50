"""Numerals as reports write them: Arabic (with separators and decimals) and Chinese."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A Chinese numeral needs at least one digit character: 百/千/万 alone are words.
CHINESE_DIGITS = "零〇一二两三四五六七八九十"
CHINESE = rf"[{CHINESE_DIGITS}百千万亿]*[{CHINESE_DIGITS}][{CHINESE_DIGITS}百千万亿]*"
# 九十五点五: a Chinese numeral with decimal digits after 点 (percentages are written so).
CHINESE_DECIMAL = rf"{CHINESE}(?:点[零〇一二三四五六七八九]+)?"

MULTIPLIERS = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1_000)}

_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}


class NotANumber(ValueError):
    """The string is not a numeral this module can read."""


def parse_arabic(token: str) -> Decimal:
    try:
        return Decimal(token.replace(",", "").replace(" ", ""))
    except InvalidOperation as error:
        raise NotANumber(token) from error


def parse_chinese(token: str) -> Decimal:
    """Read 一千三百五十八, 二十, 十二, 两万, 三万五千, 一〇八 (digit by digit), and the
    spoken short forms 三千五 (3500), 一万二 (12000), 两百五 (250)."""
    if not token:
        raise NotANumber(token)
    if all(ch in _DIGIT for ch in token):
        if len(token) == 1:
            return Decimal(_DIGIT[token])
        # 一〇八 / 二〇二二: digits read one by one, as in years and codes.
        return Decimal("".join(str(_DIGIT[ch]) for ch in token))
    above_yi = 0  # the part counted in 亿
    above_wan = 0  # the part counted in 万, below 亿
    section = 0  # the group being built, below 万
    digit: int | None = None
    unit_before = 1  # the unit the pending digit follows directly (no 零 between), else 1
    for ch in token:
        if ch in _DIGIT:
            if digit is not None and _DIGIT[ch] != 0:
                raise NotANumber(token)  # two digits in a row: 三五 is not a number
            if _DIGIT[ch] == 0:
                unit_before = 1  # 三千零五: after 零 a digit is ones
            digit = _DIGIT[ch] or None
        elif ch in _SMALL_UNIT:
            section += (1 if digit is None else digit) * _SMALL_UNIT[ch]
            digit, unit_before = None, _SMALL_UNIT[ch]
        elif ch == "万":
            group = section + _short_form(digit, unit_before)
            if group == 0:
                raise NotANumber(token)
            above_wan = group * 10_000
            section, digit, unit_before = 0, None, 10_000
        elif ch == "亿":
            group = above_wan + section + _short_form(digit, unit_before)
            if group == 0:
                raise NotANumber(token)
            above_yi = group * 100_000_000
            above_wan, section, digit, unit_before = 0, 0, None, 100_000_000
        else:
            raise NotANumber(token)
    return Decimal(above_yi + above_wan + section + _short_form(digit, unit_before))


def _short_form(digit: int | None, unit_before: int) -> int:
    """A last digit right after a unit counts one unit lower, as people say numbers:
    三千五 is 3500 and 十五 is 15; after 零 (三千零五) it is ones."""
    if digit is None:
        return 0
    return digit * max(unit_before // 10, 1)


# Arabic digits with 亿, 万 or 千 between them, as a count is often written (1万6679, 3万2000,
# 2万5千, 1亿2000万): after 万 the four digits below it, or one before 千; after 亿 the 万s.
# (the first digit is matched before this, see NUMBER_MENTION)
MIXED_TAIL = r"\d*(?:亿\d{1,4}万(?:\d{4}|\d千)?|万(?:\d{4}|\d千))"


def parse_mixed(token: str) -> Decimal:
    """1万6679 → 16679, 2万5千 → 25000, 1亿2000万 → 120000000."""
    total = Decimal(0)
    rest = token
    for word in ("亿", "万", "千"):
        head, found, tail = rest.partition(word)
        if found:
            total += parse_arabic(head) * MULTIPLIERS[word]
            rest = tail
    return total + (parse_arabic(rest) if rest else 0)


def parse_numeral(token: str) -> Decimal:
    if token[0].isdigit():
        if not token[-1].isdigit() or any(word in token for word in "万亿"):
            return parse_mixed(token)
        return parse_arabic(token)
    whole, dot, fraction = token.partition("点")
    if dot:
        if not fraction or any(ch not in _DIGIT for ch in fraction):
            raise NotANumber(token)
        return parse_chinese(whole) + Decimal("0." + "".join(str(_DIGIT[ch]) for ch in fraction))
    return parse_chinese(token)


def as_number(value: Decimal) -> float:
    """A Decimal as the float stored in the warehouse (integers below 2**53 stay exact)."""
    return float(value)
