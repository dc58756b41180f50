"""Turning a report file's bytes into text: the format by name and by content, the
encoding detected, each format read by its module in extractors/formats/.

The name proposes and the first bytes decide: a .txt that is really a PDF is read
as a PDF, a .doc that is really a .docx as a .docx; a legacy binary Office or WPS
file (.doc/.xls/.wps), whatever it is called, is refused as unsupported_format.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from extractors.charsets import decode_text
from extractors.errors import CorruptFile, EmptyFile, Encrypted, TooLarge, UnsupportedFormat
from extractors.formats import Rendered
from extractors.formats.sniff import sniff

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml"}
DOCX_SUFFIXES = {".docx", ".docm"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
PDF_SUFFIXES = {".pdf"}
LEGACY_SUFFIXES = {".doc", ".wps", ".xls", ".et", ".ppt", ".dps", ".rtf"}
_READABLE = {"pdf", "docx", "xlsx"}

__all__ = ["DEFAULT_MAX_BYTES", "DecodedFile", "decode_text", "read_bytes", "read_document", "source_format"]


@dataclass(frozen=True, slots=True)
class DecodedFile:
    text: str
    encoding: str | None
    source_format: str
    title: str | None = None
    published: str | None = None


def source_format(path: Path, data: bytes | None = None) -> str:
    """txt / html / docx / pdf / xlsx: what the file will be read as, or why not."""
    suffix = path.suffix.lower()
    named = _named_format(suffix)
    kind = sniff(data) if data is not None else None
    if kind in _READABLE:
        return kind
    if kind == "ole2_encrypted":
        raise Encrypted("a password-protected Office file (an encrypted package inside a compound file)")
    if kind == "ole2":
        raise UnsupportedFormat("a legacy binary Office/WPS file (.doc/.xls/.wps); save it as .docx, .xlsx or .pdf")
    if kind == "rtf":
        raise UnsupportedFormat("an RTF file; save it as .docx or .pdf")
    if kind == "ofd":
        raise UnsupportedFormat("an OFD document; save it as .pdf")
    if kind == "zip":
        if named in ("docx", "xlsx"):
            return named  # its reader says what is wrong with the package
        raise UnsupportedFormat("a ZIP archive that is not a .docx or .xlsx")
    if kind is not None and kind != "html":
        raise UnsupportedFormat(f"the file is {kind}, not a report format zhifa reads")
    if kind == "html" and named in ("html", "legacy"):
        return "html"  # Word's "save as web page" kept the .doc name
    if named == "legacy":
        raise UnsupportedFormat(f"{suffix} is a legacy binary format; save it as .docx, .xlsx or .pdf")
    if named in ("docx", "xlsx"):
        raise CorruptFile(f"a {suffix} file must be a ZIP package; this one is not")
    if named == "pdf":
        raise CorruptFile("a .pdf file without a %PDF header")
    if named is None:
        raise UnsupportedFormat(f"no reader for {suffix or 'files without an extension'}")
    return named


def _named_format(suffix: str) -> str | None:
    for fmt, suffixes in (
        ("txt", TEXT_SUFFIXES), ("html", HTML_SUFFIXES), ("docx", DOCX_SUFFIXES), ("xlsx", XLSX_SUFFIXES),
        ("pdf", PDF_SUFFIXES), ("legacy", LEGACY_SUFFIXES),
    ):
        if suffix in suffixes:
            return fmt
    return None


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise TooLarge(f"{size} bytes is over the {max_bytes}-byte limit")
    with path.open("rb") as handle:
        data = handle.read(max_bytes + 1)  # a file that grew since stat() still stops at the limit
    if len(data) > max_bytes:
        raise TooLarge(f"over the {max_bytes}-byte limit")
    if not data.strip():
        raise EmptyFile("the file is empty")
    return data


def read_document(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, DecodedFile]:
    data = read_bytes(path, max_bytes)
    fmt = source_format(path, data)
    rendered = _render(fmt, data, max_bytes)
    return data, DecodedFile(
        text=rendered.text,
        encoding=rendered.encoding,
        source_format=fmt,
        title=rendered.title,
        published=rendered.published,
    )


def _render(fmt: str, data: bytes, max_bytes: int) -> Rendered:
    # Readers are imported when needed: a run over text files never loads lxml or pdfminer.
    if fmt == "txt":
        text, encoding = decode_text(data)
        return Rendered(text=text, encoding=encoding)
    if fmt == "html":
        from extractors.formats.html import read_html

        return read_html(data)
    if fmt == "docx":
        from extractors.formats.docx import read_docx

        return read_docx(data, max_bytes)
    if fmt == "xlsx":
        from extractors.formats.xlsx import read_xlsx

        return read_xlsx(data, max_bytes)
    from extractors.formats.pdf import read_pdf

    return read_pdf(data)
