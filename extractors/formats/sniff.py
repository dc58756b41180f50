"""What a file really is, from its first bytes, whatever its name says."""

from __future__ import annotations

import io
import zipfile

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An encrypted .docx/.xlsx is an OLE2 compound file holding these streams.
_ENCRYPTED_OOXML = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
_IMAGES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"BM", None),  # too short a signature to trust on its own
)
_ARCHIVES = (
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
)


def sniff(data: bytes) -> str | None:
    """One of pdf / docx / xlsx / zip / ole2 / ole2_encrypted / rtf / html, a
    description of another binary kind ("a PNG image"), or None for plain bytes."""
    head = data[:1024]
    # Readers accept the header anywhere in the first 1024 bytes; a text that merely
    # mentions "%PDF-" has no objects after it.
    at = head.find(b"%PDF-")
    if at == 0 or (at > 0 and b" obj" in data[at : at + 4096]):
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    if data.startswith(_OLE2):
        return "ole2_encrypted" if any(name in data for name in _ENCRYPTED_OOXML) else "ole2"
    if data.startswith(b"{\\rtf"):
        return "rtf"
    for magic, what in (*_IMAGES, *_ARCHIVES):
        if what and data.startswith(magic):
            return what
    if _looks_like_html(head):
        return "html"
    return None


def _zip_kind(data: bytes) -> str:
    """docx or xlsx by the part that makes them one; a zip we cannot list is still a zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return "zip"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "OFD.xml" in names:
        return "ofd"
    return "zip"


def _looks_like_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf\t\r\n ").lower()
    return start.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in head.lower()
