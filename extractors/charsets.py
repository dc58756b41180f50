"""Which encoding a text file is in: every plausible decoding is scored, the best one wins.

GB18030 decodes almost any byte string and UTF-16 any even-length one, so "it
decoded" proves nothing. Each candidate that decodes strictly is scored by the
share of its characters a Chinese report plausibly contains (the common
characters of GB2312 level 1 and Big5 常用字 in full, rarer Han characters in
part, ASCII and Chinese punctuation); a Big5 file read as GB18030, or UTF-8 that
was once read as Latin-1 and saved again, scores far below the right reading. A
text whose best reading is still implausible is refused (`undecodable`), never
guessed at.
"""

from __future__ import annotations

import codecs
import functools
from collections import Counter

from extractors.errors import UndecodableText

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)
# Candidates without a BOM once UTF-8 has failed, in the order that wins a tie.
# Big5-HKSCS (Hong Kong's supplement: 衞, 着, 啓) decodes every plain Big5 file the
# same way, so it comes after Big5 and only names the files Big5 cannot read.
_CANDIDATES = ("gb18030", "big5", "cp950", "big5hkscs", "utf-16-le", "utf-16-be")
# A correct decoding of a report scores 0.95 and more; wrong ones 0.2–0.6.
MIN_SCORE = 0.8
_SAMPLE_CHARS = 400_000


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding) for the bytes of a text file. `declared` (an HTML page's
    charset) is one more candidate, not a promise."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            text = _strict(data, codec)
            _check_plausible(text, name)
            return text.lstrip("\ufeff"), name
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        # Structured multi-byte sequences make UTF-8 near certain, unless what it
        # spells is mojibake.
        _check_plausible(text, "utf-8")
        return text, "utf-8"

    scored: list[tuple[float, int, str, str]] = []
    for rank, name in enumerate(_candidates(declared, len(data))):
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if _is_binary(text):
            continue
        scored.append((plausibility(text), -rank, name, text))
    if not scored:
        raise UndecodableText("the bytes are not UTF-8, UTF-16, GB18030 or Big5(-HKSCS) text")
    score, _, name, text = max(scored)
    if score < MIN_SCORE:
        tried = ", ".join(f"{n} {s:.2f}" for s, _, n, _ in sorted(scored, reverse=True))
        raise UndecodableText(f"no encoding gives readable text (share of plausible characters: {tried})")
    return text, _label(name)


def _candidates(declared: str | None, size: int) -> list[str]:
    names = list(_CANDIDATES)
    if size % 2:
        names = [n for n in names if not n.startswith("utf-16")]
    alias = _codec_name(declared)
    if alias and alias not in names and alias != "utf-8":
        names.append(alias)
    return names


def _codec_name(declared: str | None) -> str | None:
    """A charset label as Python knows it; GB2312 and GBK pages are read as GB18030,
    their superset, since pages that say gb2312 routinely use GBK characters."""
    if not declared:
        return None
    try:
        name = codecs.lookup(declared.strip().strip("\"'")).name
    except LookupError:
        return None
    return "gb18030" if name in ("gb2312", "gbk", "gb18030") else name


def _label(name: str) -> str:
    return {"utf-16-le": "utf-16le", "utf-16-be": "utf-16be"}.get(name, name)


def _strict(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise UndecodableText(f"invalid {codec} at byte {error.start}") from error


def _is_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:_SAMPLE_CHARS]
    controls = sum(n for ch, n in Counter(sample).items() if ch < " " and ch not in "\r\n\t\f\v")
    return bool(sample) and controls / len(sample) > 0.01


def _check_plausible(text: str, encoding: str) -> None:
    if _is_binary(text):
        raise UndecodableText(f"decodes as {encoding} but is binary, not text")
    score = plausibility(text)
    if score < MIN_SCORE:
        hint = _mojibake_hint(text)
        raise UndecodableText(
            f"decodes as {encoding} but only {score:.0%} of it is plausible text{hint}; not guessed at"
        )


def _mojibake_hint(text: str) -> str:
    """Name the usual accident when it is one: Chinese bytes read as a Western
    code page and saved again."""
    for western in ("cp1252", "latin-1"):
        try:
            raw = text.encode(western)
        except UnicodeEncodeError:
            continue
        for original in ("utf-8", "gb18030"):
            try:
                if plausibility(raw.decode(original)) >= MIN_SCORE:
                    return f" (mojibake: {original} text read as {western} and saved again)"
            except UnicodeDecodeError:
                continue
    return ""


def plausibility(text: str) -> float:
    """The weighted share of non-space characters a Chinese report plausibly holds."""
    counts = Counter(text[:_SAMPLE_CHARS])
    weights = _weights()
    total = score = 0.0
    for ch, n in counts.items():
        if ch.isspace():
            continue
        total += n
        score += n * weights.get(ch, _other_weight(ch))
    return score / total if total else 1.0


def _other_weight(ch: str) -> float:
    code = ord(ch)
    if 0x20 <= code < 0x7F:
        return 1.0
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
        return 0.25  # a Han character, but not a common one
    for low, high in _SYMBOLS + _MINORITY_SCRIPTS:
        if low <= code <= high:
            return 1.0
    return 0.0


# Punctuation, numbering and symbols Chinese reports use.
_SYMBOLS = (
    (0x00B0, 0x00B1), (0x00B7, 0x00B7), (0x00D7, 0x00D7), (0x00F7, 0x00F7),
    (0x2010, 0x2027), (0x2030, 0x203B), (0x2103, 0x2103), (0x2116, 0x2116), (0x2160, 0x217F),
    (0x2190, 0x2193), (0x221A, 0x221A), (0x2264, 0x2265), (0x2460, 0x24FF), (0x2500, 0x257F),
    (0x25A0, 0x25CF), (0x2605, 0x2606), (0x3000, 0x303F), (0x3220, 0x3243), (0xFE30, 0xFE4F),
    (0xFF01, 0xFF5E), (0xFFE0, 0xFFE5),
)


# The scripts of the other languages China's governments publish in beside Chinese (a notice
# in Chinese and Tibetan from 西藏, in Uyghur from 新疆, in Korean from 延边): Tibetan,
# Mongolian, Arabic and its presentation forms, Yi, and Hangul with its jamo.
_MINORITY_SCRIPTS = (
    (0x0600, 0x06FF), (0x0F00, 0x0FFF), (0x1100, 0x11FF), (0x1800, 0x18AF), (0x3130, 0x318F),
    (0xA000, 0xA4CF), (0xAC00, 0xD7AF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF),
)


@functools.cache
def _weights() -> dict[str, float]:
    """Common Han characters, from the code tables themselves: GB2312 level 1
    (3,755 most used simplified) and Big5 常用字 (A440–C67E, 5,401 traditional) in
    full; GB2312 level 2 and Big5 次常用字 in half."""
    trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    weights: dict[str, float] = {}
    for ch in _table("gb2312", range(0xD8, 0xF8), range(0xA1, 0xFF)) | _table("big5", range(0xC9, 0xFA), trails):
        weights[ch] = 0.5
    common = _table("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF)) | _table("big5", range(0xA4, 0xC6), trails)
    common |= _table("big5", [0xC6], range(0x40, 0x7F))
    for ch in common:
        weights[ch] = 1.0
    return weights


def _table(codec: str, leads, trails) -> set[str]:
    out = set()
    for lead in leads:
        for trail in trails:
            try:
                out.add(bytes((lead, trail)).decode(codec))
            except UnicodeDecodeError:
                continue
    return out
