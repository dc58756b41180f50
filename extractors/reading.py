"""Turning a report file's bytes into text: format by extension, encoding detected."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from extractors.errors import EmptyFile, TooLarge, UndecodableText, UnsupportedFormat

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text"}
LEGACY_SUFFIXES = {".doc", ".wps", ".xls", ".et", ".ppt", ".rtf"}

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Tried in this order when there is no BOM and the bytes are not UTF-8.
_CJK_ENCODINGS = ("gb18030", "big5", "utf-16")


@dataclass(frozen=True, slots=True)
class DecodedFile:
    text: str
    encoding: str
    source_format: str


def source_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "txt"
    if suffix in LEGACY_SUFFIXES:
        raise UnsupportedFormat(f"{suffix} is a legacy binary format; save it as .docx, .xlsx or .pdf")
    raise UnsupportedFormat(f"no reader for {suffix or 'files without an extension'}")


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise TooLarge(f"{size} bytes is over the {max_bytes}-byte limit")
    data = path.read_bytes()
    if not data.strip():
        raise EmptyFile("the file is empty")
    return data


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding) for text bytes: BOM, else UTF-8, else the CJK encoding that
    decodes cleanly into mostly Chinese; never a lossy guess."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding), encoding.replace("-sig", "")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _check_plausible(text, "utf-8")
        return text, "utf-8"
    for encoding in _CJK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _han_share(text) >= 0.3 and "\x00" not in text:
            return text, encoding
    raise UndecodableText("the bytes are not UTF-8, UTF-16, GB18030 or Big5 text")


def _strict(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UndecodableText(f"invalid {encoding} at byte {error.start}") from error
    _check_plausible(text, encoding)
    return text.lstrip("\ufeff")


def _check_plausible(text: str, encoding: str) -> None:
    if "\x00" in text or _control_share(text) > 0.01:
        raise UndecodableText(f"decodes as {encoding} but is binary, not text")


def _han_share(text: str) -> float:
    letters = [ch for ch in text if not ch.isspace() and not ch.isdigit() and ch.isprintable()]
    if not letters:
        return 0.0
    return sum("\u4e00" <= ch <= "\u9fff" for ch in letters) / len(letters)


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return sum(ch < " " and ch not in "\r\n\t\f" for ch in text) / len(text)


def read_document(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, DecodedFile]:
    fmt = source_format(path)
    data = read_bytes(path, max_bytes)
    text, encoding = decode_text(data)
    return data, DecodedFile(text=text, encoding=encoding, source_format=fmt)
