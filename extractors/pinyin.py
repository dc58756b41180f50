"""Pinyin printed inside words (執(zhí)法, 行政处(chǔ)罚), taken out of the match text
so the rules read 执法 and 处罚, while every offset a figure uses stays where it is.

Reposts print the reading of a rare or ambiguous character in brackets after it. The
match text must keep the stored text's length (spans found in one point into the
other), so an annotation cannot simply be deleted. Instead the word it stands in is
closed up and the annotation's length goes to blanks at one end of the word:
"行政处(chǔ)罚2132件" is matched as "     行政处罚2132件". A word here is the run of
Han characters around the annotations, up to punctuation, a space, a numeral or
anything else. Only characters of that word move, and never one that a figure's span
could hold next to its numeral (a unit after it, a word of approximation before it):
where that cannot be promised, the annotation is only blanked out where it stands.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from pypinyin import Style, pinyin

from extractors.mentions import CHARS_AFTER_NUMERAL, CHARS_BEFORE_NUMERAL
from extractors.numbers import CHINESE_DIGITS
from extractors.units import PERCENT_UNIT

BLANK = " "
# Vowels with the four tone marks (ā á ǎ à …), composed by unicodedata.
_TONED = "".join(unicodedata.normalize("NFC", vowel + mark) for vowel in "aeiouü" for mark in "\u0304\u0301\u030c\u0300")
# A syllable carries a tone mark, so an English word or code in brackets is no annotation.
_SYLLABLE = rf"[a-zü]{{0,5}}[{_TONED}][a-zü]{{0,5}}"
# A reading in brackets: (zhí), (wàn), (jì ).
ANNOTATION = re.compile(rf"\({_SYLLABLE}(?:[ '’]?{_SYLLABLE})*\)")
# …or one printed without its tone (萬(wan) 家次, 農(nong) 村), read as one only where it is
# a reading of the character before it: (ye) after 業, never (web) or (pc) after anything.
_TONELESS = re.compile(r"(?<=[\u3400-\u9fff])\((?P<reading>[a-z]{1,6})\)")
_MAGNITUDES = frozenset("百千万亿")
_NUMERALS = frozenset("0123456789" + CHINESE_DIGITS) | _MAGNITUDES
_APPROXIMATE_TAILS = frozenset("余多")
# What a magnitude after it makes a numeral of (3万, 三万, 数万, 十余万, 多万).
_NOT_BEFORE_A_WORD = _NUMERALS | _APPROXIMATE_TAILS | frozenset("数几")


def annotations(text: str) -> list[tuple[int, int]]:
    """The spans of the readings printed in brackets in a text, in order."""
    spans = [m.span() for m in ANNOTATION.finditer(text)]
    spans += [m.span() for m in _TONELESS.finditer(text) if m.group("reading") in _readings(text[m.start() - 1])]
    return sorted(spans)


def strip_annotations(text: str) -> str:
    """The text without its printed readings."""
    if "(" not in text:
        return text
    out, at = [], 0
    for start, end in annotations(text):
        out.append(text[at:start])
        at = end
    out.append(text[at:])
    return "".join(out)


@functools.lru_cache(maxsize=4096)
def _readings(ch: str) -> frozenset[str]:
    """A character's readings without tones (萬: wan), ü written v or u as reposts write it."""
    found = {reading for readings in pinyin(ch, style=Style.NORMAL, heteronym=True) for reading in readings}
    return frozenset(found | {reading.replace("v", "u") for reading in found} | {reading.replace("v", "ü") for reading in found})


@dataclass(frozen=True, slots=True)
class _Word:
    """A run of Han characters holding annotations: [start, end), the annotations in it."""

    start: int
    end: int
    annotations: tuple[tuple[int, int], ...]


def fold_annotations(match: str) -> str:
    """The match text with pinyin annotations taken out of their words, same length."""
    if "(" not in match:
        return match
    found = annotations(match)
    if not found:
        return match
    # (the numeral may end on a word of approximation: 9400多萬(wàn)元)
    magnitudes = [(a, b) for a, b in found if a > 1 and match[a - 1] in "万亿" and (match[a - 2].isdigit() or a > 2 and match[a - 2] in "余多" and match[a - 3].isdigit())]
    words = _words(match, found)
    if not words and not magnitudes:
        return match
    chars = list(match)
    for word in words:
        _close_up(chars, match, word)
    # 1369万(wàn)元: the reading of a numeral's 万 stays where it is, blanked; the figure's
    # span runs over it (mentions allow the blanks between 万 or 亿 and the unit).
    for start, end in magnitudes:
        chars[start:end] = BLANK * (end - start)
    return "".join(chars)


def _is_word_char(text: str, at: int) -> bool:
    """A Han character of a word: not a numeral's, though a magnitude between words is a
    word's (萬(wàn)寧市, 百(bǎi)色: no numeral, no word of approximation before it, and no
    unit after it or after its reading)."""
    ch = text[at]
    if not "\u3400" <= ch <= "\u9fff":
        return False
    if ch not in _NUMERALS:
        return True
    return ch in _MAGNITUDES and _between_words(text, at)


def _between_words(text: str, at: int) -> bool:
    """Whether the magnitude at `at` stands between words: what stands before it (past a
    reading printed after that) opens a clause or is a Han character no numeral or word of
    approximation is made of, and what follows it (past its own reading) is a Han character
    no numeral or figure's unit is."""
    before = _before_reading(text, at)
    prev = text[before - 1] if before > 0 else ""
    after = at + 1
    reading = ANNOTATION.match(text, after)
    after = reading.end() if reading else after
    following = text[after : after + 1]
    # (after a Han character, or at the start of a clause: 9月1日,萬(wàn)寧市; not after a space
    # a numeral may stand before, 3 万)
    starts_word = prev in ("", "，", ",", "。", "、", "；", ";", "：", ":", "\n") or (
        "\u3400" <= prev <= "\u9fff" and prev not in _NOT_BEFORE_A_WORD and prev not in CHARS_BEFORE_NUMERAL
    )
    return starts_word and "\u3400" <= following <= "\u9fff" and following not in _NUMERALS and following not in CHARS_AFTER_NUMERAL


def _words(text: str, spans: list[tuple[int, int]]) -> list[_Word]:
    """The annotated words of a text, each annotation grouped with the others of its word."""
    found = [(a, b) for a, b in spans if a > 0 and _is_word_char(text, a - 1)]
    words: list[_Word] = []
    i = 0
    while i < len(found):
        group = [found[i]]
        # 數(shù)據(jù): the next annotation is in the same word when only word characters lie between.
        while i + 1 < len(found) and all(_is_word_char(text, k) for k in range(group[-1][1], found[i + 1][0])):
            i += 1
            group.append(found[i])
        start = group[0][0]
        while start > 0 and _is_word_char(text, start - 1):
            start -= 1
        end = group[-1][1]
        while end < len(text) and _is_word_char(text, end):
            end += 1
        words.append(_Word(start, end, tuple(group)))
        i += 1
    return words


def _close_up(chars: list[str], text: str, word: _Word) -> None:
    """Write the word closed up with its blanks at one end (see `_side`), or, where
    either end would move a character a figure's span holds, blank its annotations."""
    kept = "".join(text[a:b] for a, b in _between(word))
    blanks = BLANK * (word.end - word.start - len(kept))
    side = _side(text, word, kept)
    if side == "end":
        chars[word.start : word.end] = kept + blanks
    elif side == "start":
        chars[word.start : word.end] = blanks + kept
    else:
        for a, b in word.annotations:
            chars[a:b] = BLANK * (b - a)


def _between(word: _Word) -> list[tuple[int, int]]:
    """The spans of the word's own characters, around its annotations."""
    spans, at = [], word.start
    for a, b in word.annotations:
        spans.append((at, a))
        at = b
    spans.append((at, word.end))
    return spans


def _side(text: str, word: _Word, kept: str) -> str:
    """Where the blanks go: "end", "start", or "none" (blank each annotation in place).

    The end is taken unless a numeral follows the word: blanks there would part it from
    the words before it that say what it is (第3批 is an ordinal, 共两起 a count). Blanks
    at the end move the characters after the first annotation to the left, so a numeral
    right before the word must not reach them through a unit or qualifier (300人(rén)次).
    Blanks at the start move those before the last annotation to the right, so none of
    them may be a word of approximation of the numeral after the word (约(yuē)300件),
    nor a unit of a numeral before it."""
    before_numeral = _numeral_before(text, word.start)
    after_numeral = word.end < len(text) and text[word.end] in _NUMERALS
    head = text[word.start : word.annotations[0][0]]  # stays in place when blanks go at the end
    tail = text[word.annotations[-1][1] : word.end]  # stays in place when blanks go at the start
    if not after_numeral:
        # A numeral before the word reaches into it only through characters a figure can hold.
        if not before_numeral or any(ch not in CHARS_AFTER_NUMERAL for ch in head):
            return "end"
        return "none"
    moved_near_numeral = kept[max(0, len(kept) - 2) : len(kept) - len(tail)]  # 超过 and 大约 are two long
    if any(ch in CHARS_BEFORE_NUMERAL for ch in moved_near_numeral):
        return "none"
    if before_numeral and head[:1] in CHARS_AFTER_NUMERAL:
        return "none"  # blanks would part the unit from its numeral: 300件 …
    return "start"


def _numeral_before(text: str, start: int) -> bool:
    """Whether a numeral ends right before `start`, or one space before it (300 件), or
    before a unit that is no Han character (3%以(yǐ)上: the 以上 is the figure's), past the
    readings printed in between and a numeral's word of approximation (3万(wàn)处(chǔ),
    3余(yú) 处(chǔ)次: the 处 is the figure's unit)."""
    if start > 0 and text[start - 1] == PERCENT_UNIT:
        start -= 1
    if start > 0 and text[start - 1].isspace():
        start -= 1
    while start > 0:
        if text[start - 1] in _APPROXIMATE_TAILS:
            start -= 1
        elif (past := _before_reading(text, start)) < start:
            start = past
        else:
            break
    return start > 0 and text[start - 1] in _NUMERALS


def _before_reading(text: str, end: int) -> int:
    """Where the reading printed right before `end` starts (萬(wàn)|: at its "("); `end`
    when none ends there."""
    if end > 0 and text[end - 1] == ")":
        opened = text.rfind("(", 0, end)
        if opened >= 0 and ANNOTATION.fullmatch(text, opened, end):
            return opened
    return end
