"""Text normalisation that never moves an offset.

Every mapping here is one character to one character, so a span found in the
normalised text is the same span in the stored text. Two strings come out of a
document: `text` (full-width digits and punctuation folded to ASCII; what is
stored and what spans point into) and `match_text` (also folded from traditional
to simplified characters; what the rules search).
"""

from __future__ import annotations

import functools
from importlib import resources

# Full-width ASCII block (！ .. ～) to ASCII, and the ideographic space to a space.
_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_WIDTH[0x3000] = 0x20
# Digit-like characters that reports use in place of ASCII ones.
_WIDTH.update({ord("〇"): ord("〇"), ord("％"): ord("%"), ord("﹪"): ord("%")})


def fold_width(text: str) -> str:
    """Fold full-width digits, letters and punctuation to ASCII, one char for one."""
    return text.translate(_WIDTH)


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


def to_simplified(text: str) -> str:
    """Simplified characters for matching; same length as `text`."""
    return text.translate(_traditional_table())


def fold_line_ends(text: str) -> str:
    """Windows and old Mac line ends to "\n", one character for one: CRLF becomes
    " \n" and a lone CR "\n", so every rule sees the same lines."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")


def normalise(raw: str) -> tuple[str, str]:
    """(stored text, match text) for a decoded document."""
    text = fold_width(fold_line_ends(raw))
    return text, to_simplified(text)
