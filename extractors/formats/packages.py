"""Office packages (.docx, .xlsx) checked before any library opens them.

A package is a ZIP of XML parts. Before python-docx or openpyxl sees one, its
directory is read and refused when it is truncated, encrypted, or would inflate
past the limits (a zip bomb); every XML part is refused when it declares a
DTD or an entity, so no parser ever expands or fetches one. Python's zipfile never
inflates a part past the size its directory declares (it stops there and fails
the CRC), so the declared sizes checked here bound what any library later reads.
"""

from __future__ import annotations

import io
import zipfile

from extractors.errors import CorruptFile, Encrypted, UnsafeXml, ZipBomb

MAX_ENTRIES = 10_000
# Per part: a ratio past this, once the part is over the grace size, is a bomb.
# Office XML compresses 5–30 times; Apache POI refuses past 100.
MAX_RATIO = 100
RATIO_GRACE_BYTES = 1 << 20
# All parts together may inflate to this many times the file size limit.
TOTAL_FACTOR = 10
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_FORBIDDEN = (b"<!doctype", b"<!entity")


def open_package(data: bytes, max_bytes: int) -> zipfile.ZipFile:
    """The package as a ZipFile, once it is known to be safe to hand to a library."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as error:
        raise CorruptFile(f"not a complete ZIP package (truncated or damaged): {error}") from error
    _check_sizes(infos, max_bytes)
    for info in infos:
        if info.filename.lower().endswith(_XML_SUFFIXES) or info.filename == "[Content_Types].xml":
            _check_xml(info.filename, _read(archive, info))
    return archive


def _check_sizes(infos: list[zipfile.ZipInfo], max_bytes: int) -> None:
    if len(infos) > MAX_ENTRIES:
        raise ZipBomb(f"{len(infos)} parts in the package, over the {MAX_ENTRIES} limit")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise Encrypted(f"the package's part {info.filename} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise CorruptFile(f"part {info.filename} uses compression method {info.compress_type}, which Office never writes")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_GRACE_BYTES and ratio > MAX_RATIO:
            raise ZipBomb(f"part {info.filename} inflates {ratio:.0f} times to {info.file_size} bytes (limit {MAX_RATIO} times)")
        total += info.file_size
    limit = TOTAL_FACTOR * max_bytes
    if total > limit:
        raise ZipBomb(f"the parts inflate to {total} bytes, over the {limit}-byte limit")


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    try:
        return archive.read(info)
    except (zipfile.BadZipFile, EOFError, ValueError, OSError) as error:
        raise CorruptFile(f"part {info.filename} cannot be read: {error}") from error


def _check_xml(name: str, data: bytes) -> None:
    head = data
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        head = data.decode("utf-16", errors="replace").encode("utf-8")
    lowered = head.lower()
    for marker in _FORBIDDEN:
        if marker in lowered:
            raise UnsafeXml(f"part {name} declares {marker[2:].decode().upper()}: DTDs and entities are refused, never expanded")
