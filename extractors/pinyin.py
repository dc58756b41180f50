"""Pinyin printed inside words (執(zhí)法, 行政处(chǔ)罚), and the text read without it.

Reposts print the reading of a rare or ambiguous character in brackets after it. The
stored text keeps them, as written. The rules read the text with the readings taken out
(`unglossed`: 行政处罚2132件), and every offset found there is put back on the stored
text (`Unglossed.stored_span`), so a figure's span holds the readings inside it
(8259萬(wàn)元) and `text[span_start:span_end] == as_written` stays true.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass

from pypinyin import Style, pinyin

# Vowels with the four tone marks (ā á ǎ à …), composed by unicodedata.
_TONED = "".join(unicodedata.normalize("NFC", vowel + mark) for vowel in "aeiouü" for mark in "\u0304\u0301\u030c\u0300")
# A syllable carries a tone mark, so an English word or code in brackets is no annotation.
_SYLLABLE = rf"[a-zü]{{0,5}}[{_TONED}][a-zü]{{0,5}}"
# A reading in brackets: (zhí), (wàn), (jì ).
ANNOTATION = re.compile(rf"\({_SYLLABLE}(?:[ '’]?{_SYLLABLE})*\)")
# …or one printed without its tone (萬(wan) 家次, 農(nong) 村), read as one only where it is
# a reading of the character before it: (ye) after 業, never (web) or (pc) after anything.
_TONELESS = re.compile(r"(?<=[\u3400-\u9fff])\((?P<reading>[a-z]{1,6})\)")


def annotations(text: str) -> list[tuple[int, int]]:
    """The spans of the readings printed in brackets in a text, in order."""
    spans = [m.span() for m in ANNOTATION.finditer(text)]
    spans += [m.span() for m in _TONELESS.finditer(text) if m.group("reading") in _readings(text[m.start() - 1])]
    return sorted(spans)


def strip_annotations(text: str) -> str:
    """The text without its printed readings."""
    return unglossed(text, text).text


@functools.lru_cache(maxsize=4096)
def _readings(ch: str) -> frozenset[str]:
    """A character's readings without tones (萬: wan), ü written v or u as reposts write it."""
    found = {reading for readings in pinyin(ch, style=Style.NORMAL, heteronym=True) for reading in readings}
    return frozenset(found | {reading.replace("v", "u") for reading in found} | {reading.replace("v", "ü") for reading in found})


@dataclass(frozen=True, slots=True)
class Unglossed:
    """A stored text and its match text read without their pinyin readings; `stored_span`
    puts a span found in them back on the stored text."""

    text: str
    match: str
    runs: tuple[tuple[int, int], ...]  # the stored text's runs between readings, in order
    starts: tuple[int, ...]  # where each run starts, read without the readings

    def stored(self, at: int) -> int:
        run = bisect.bisect_right(self.starts, at) - 1
        return self.runs[run][0] + at - self.starts[run]

    def stored_span(self, start: int, end: int) -> tuple[int, int]:
        """A span on the stored text: it holds the readings inside it (8259萬(wàn)元)."""
        return self.stored(start), self.stored(end - 1) + 1


def unglossed(text: str, match: str) -> Unglossed:
    """A stored text and its match text (one character for one: `normalise`'s pair) read
    without the text's readings (補發(fā)1.3萬(wàn)名農(nóng)民工 as 補發1.3萬名農民工)."""
    readings = annotations(text) if "(" in text else []
    if not readings:
        return Unglossed(text, match, ((0, len(text)),), (0,))
    edges = [(0, 0), *readings, (len(text), len(text))]
    runs = tuple((end, start) for (_, end), (start, _) in itertools.pairwise(edges) if start > end)
    starts = tuple(itertools.accumulate((b - a for a, b in runs[:-1]), initial=0))
    return Unglossed("".join(text[a:b] for a, b in runs), "".join(match[a:b] for a, b in runs), runs, starts)
