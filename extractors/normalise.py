"""Text normalisation that never moves an offset.

Every mapping here is one character to one character, so a span found in the
normalised text is the same span in the stored text. Two strings come out of a
document: `text` (full-width digits and punctuation folded to ASCII, decimal
digits of any script to ASCII digits, and Kangxi radicals and CJK compatibility
ideographs to the unified ideographs they stand for; what is stored and what spans
point into) and `match_text` (also folded from traditional to simplified
characters; what the rules search). So in both, a decimal digit is one of 0-9 and
the Kangxi radical ⾏ reads as the ideograph 行. The match text also has pinyin
printed inside words taken out of them (extractors/pinyin.py): that moves
characters within such a word, never one a figure's span holds, and keeps the length.

The folding is a table lookup per code point done by numpy over the whole text:
`str.translate` with a dict costs a Python lookup per character, which made
normalising the slowest step of extraction.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources

import numpy as np

from extractors.pinyin import fold_annotations

# Full-width ASCII block (！ .. ～) to ASCII, and the ideographic space to a space.
_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_WIDTH[0x3000] = 0x20
# Percent signs that reports use in place of the ASCII one.
_WIDTH.update({ord("％"): ord("%"), ord("﹪"): ord("%")})

# Blocks of code points that are the same ideograph as a unified one, drawn another
# way: PDF fonts map glyphs to them (⾏ KANGXI RADICAL WALK ENCLOSURE for 行, ⼈ for 人), and
# Unicode decomposes them to that ideograph. Folded in the stored text as
# full-width digits are: they differ in code point, not in what the writer wrote.
_HAN_VARIANT_BLOCKS = (
    (0x2E80, 0x2EFF),  # CJK Radicals Supplement (only ⺟ and ⻳ decompose)
    (0x2F00, 0x2FDF),  # Kangxi Radicals
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
    (0x2F800, 0x2FA1F),  # CJK Compatibility Ideographs Supplement
)

_CODE_POINTS = 0x110000
_UTF32 = "utf-32-le"


@functools.cache
def _traditional_table() -> dict[int, int]:
    """Traditional to simplified, character by character, from OpenCC's dictionary."""
    table: dict[int, int] = {}
    path = resources.files("opencc") / "dictionary" / "TSCharacters.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        target = targets.split(" ")[0] if targets else ""
        if len(source) == 1 and len(target) == 1 and source != target:
            table[ord(source)] = ord(target)
    return table


@functools.cache
def _digit_table() -> dict[int, int]:
    """Every decimal digit (Unicode category Nd: ٣, ३, ３ …) to its ASCII digit."""
    codes = np.arange(_CODE_POINTS, dtype=np.uint32)
    every = codes[(codes < 0xD800) | (codes >= 0xE000)].tobytes().decode(_UTF32)  # surrogates aside
    return {ord(ch): ord("0") + unicodedata.decimal(ch) for ch in re.findall(r"\d", every) if ch > "9"}


@functools.cache
def _han_variant_table() -> dict[int, int]:
    """Each radical or compatibility ideograph whose Unicode decomposition is one
    unified ideograph, to that ideograph. Most of the CJK Radicals Supplement has no
    decomposition in unicodedata (⻔ is not said to be 门), so those stay as written."""
    table: dict[int, int] = {}
    for low, high in _HAN_VARIANT_BLOCKS:
        for code in range(low, high + 1):
            target = _single_decomposition(chr(code))
            if target is not None:
                table[code] = target
    return table


def _single_decomposition(ch: str) -> int | None:
    """The one code point `ch` decomposes to (canonically or by compatibility), if one."""
    fields = unicodedata.decomposition(ch).split()
    if fields and fields[0].startswith("<"):
        fields = fields[1:]  # the kind of decomposition (<compat>), not a code point
    return int(fields[0], 16) if len(fields) == 1 else None


def _lookup(mapping: dict[int, int]) -> np.ndarray:
    table = np.arange(_CODE_POINTS, dtype=np.uint32)
    table[np.fromiter(mapping.keys(), dtype=np.uint32)] = np.fromiter(mapping.values(), dtype=np.uint32)
    return table


@functools.cache
def _tables() -> tuple[np.ndarray, np.ndarray]:
    """(stored fold, stored fold then traditional to simplified): one entry per code point."""
    stored = _lookup({**_han_variant_table(), **_digit_table(), **_WIDTH})
    return stored, _lookup(_traditional_table())[stored]


def code_points(text: str) -> np.ndarray:
    """The text as an array of code points (a view, no copy per character)."""
    return np.frombuffer(text.encode(_UTF32, "surrogatepass"), dtype=np.uint32)


def _as_text(codes: np.ndarray, unchanged: np.ndarray, original: str) -> str:
    if np.array_equal(codes, unchanged):
        return original
    return codes.tobytes().decode(_UTF32, "surrogatepass")


def fold_stored(text: str) -> str:
    """Fold what the stored text folds (full-width forms to ASCII, digits to 0-9,
    radicals and compatibility ideographs to unified ones), one char for one."""
    codes = code_points(text)
    return _as_text(np.take(_tables()[0], codes), codes, text)


def fold_line_ends(text: str) -> str:
    """Windows and old Mac line ends to "\n", one character for one: CRLF becomes
    " \n" and a lone CR "\n", so every rule sees the same lines."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")


def normalise(raw: str) -> tuple[str, str]:
    """(stored text, match text) for a decoded document."""
    raw = fold_line_ends(raw)
    codes = code_points(raw)
    stored, simplified = _tables()
    folded = np.take(stored, codes)  # take: faster than indexing with an array
    text = _as_text(folded, codes, raw)
    return text, fold_annotations(_as_text(np.take(simplified, codes), folded, text))
