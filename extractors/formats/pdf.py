"""PDF files with a text layer: pages in order, text lines rejoined into paragraphs,
ruled tables as rows.

pdfplumber (on pdfminer.six) reads the characters; tables are found from their
ruling lines and written as tab-joined rows where they stand on the page. A line
that runs to the right margin continues in the next one unless that one is
indented or the line ends a sentence, since a line break would otherwise cut a
clause ("实施行政处罚" | "2132件") in two; a line break inside a number ("12" |
"34件", "937." | "9万元") closes up with no space. A PDF without characters is a scan
(`no_text_layer`; no OCR is attempted). A glyph whose font has no Unicode map comes
out as "(cid:NNN)": a PDF whose text is mostly such glyph numbers is `no_unicode_map`,
and in any other the few there are read as U+FFFD, so their digits are never taken
for figures. One that needs a password is `encrypted` (one that opens without a
password is read); one that stops before its end marker is `corrupt_file`, never
read in part.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from extractors.errors import CorruptFile, Encrypted, NoTextLayer, NoUnicodeMap
from extractors.formats import Rendered
from extractors.formats.rows import close_gaps, table_lines, tidy

_SENTENCE_END = tuple("。！？；：:!?;")
# A wrap between two digits of one number, or beside its decimal point or thousands
# comma: the line was full, not the number finished.
_WRAP_IN_NUMBER = re.compile(r"(?<=\d)\n(?=\d)|(?<=\d[.,．])\n(?=\d)|(?<=\d)\n(?=[.,．]\d)")
_EOF_WINDOW = 4096
# How pdfminer writes a glyph it cannot map to a character.
_GLYPH_NUMBER = re.compile(r"\(cid:\d+\)")
# More glyph numbers than this share of the characters, and the text is not there to read.
MAX_GLYPH_NUMBER_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class _Line:
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    text: str


def read_pdf(data: bytes) -> Rendered:
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        raise CorruptFile("the PDF stops before its %%EOF end marker (truncated)")
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PdfminerException as error:
        raise _open_error(error) from error
    except Exception as error:  # pdfminer raises many kinds on a damaged file
        raise CorruptFile(f"not a readable PDF: {type(error).__name__}: {error}") from error
    with pdf:
        try:
            pages = [_page_text(page) for page in pdf.pages]
        except (PdfminerException, Encrypted):
            raise
        except Exception as error:
            raise CorruptFile(f"a page cannot be read: {type(error).__name__}: {error}") from error
    if not pages:
        raise CorruptFile("the PDF has no pages")
    if not any(pages):
        raise NoTextLayer(f"{len(pages)} page(s) without any text: a scan; OCR is not attempted")
    return Rendered(text=readable_text("\n".join(text for text in pages if text)))


def readable_text(text: str) -> str:
    """The text of a PDF's pages with unmapped glyphs as U+FFFD, or `NoUnicodeMap`
    when they are most of it."""
    if "(cid:" not in text:
        return text
    share = glyph_number_share(text)
    if share > MAX_GLYPH_NUMBER_SHARE:
        raise NoUnicodeMap(
            f"{share:.0%} of the text is glyph numbers (cid:NNN): its fonts have no Unicode map,"
            " so the characters are unknown; export the PDF again with the fonts' Unicode maps"
        )
    return _GLYPH_NUMBER.sub("\ufffd", text)


def glyph_number_share(text: str) -> float:
    """The share of a text's characters (not counting spaces) that are unmapped
    glyphs, each (cid:NNN) counted as the one character it stands for."""
    glyphs = len(_GLYPH_NUMBER.findall(text))
    rest = sum(not ch.isspace() for ch in _GLYPH_NUMBER.sub("", text))
    return glyphs / (glyphs + rest) if glyphs else 0.0


def _open_error(error: PdfminerException) -> Exception:
    cause = error.args[0] if error.args else error
    if isinstance(cause, PDFPasswordIncorrect):
        return Encrypted("the PDF needs a password to open")
    if isinstance(cause, PDFEncryptionError):
        return Encrypted(f"the PDF is encrypted in a way that cannot be opened: {cause}")
    return CorruptFile(f"not a readable PDF: {type(cause).__name__}: {cause}")


def _page_text(page) -> str:
    tables = [t for t in page.find_tables() if t.rows]
    rest = page
    for table in tables:
        rest = rest.outside_bbox(table.bbox, strict=False)
    placed: list[tuple[float, list[str]]] = [(top, [line]) for top, line in _paragraphs(_lines(rest))]
    for table in tables:
        rows = [[close_gaps(tidy(cell or "")) for cell in row] for row in table.extract()]
        placed.append((table.bbox[1], table_lines(rows)))
    placed.sort(key=lambda item: item[0])
    return "\n".join(line for _, lines in placed for line in lines if line)


def _lines(page) -> list[_Line]:
    out = []
    for line in page.extract_text_lines(return_chars=True):
        text = close_gaps(tidy(line["text"]))
        if not text:
            continue
        sizes = [c.get("size", 0) for c in line["chars"]] or [10.0]
        out.append(_Line(line["top"], line["bottom"], line["x0"], line["x1"], max(sizes), text))
    return out


def _paragraphs(lines: list[_Line]) -> list[tuple[float, str]]:
    """Wrapped lines joined back into the paragraphs they were set from."""
    if not lines:
        return []
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    out: list[tuple[float, str]] = []
    current: _Line | None = None
    top = 0.0
    parts: list[str] = []
    for line in lines:
        if current and _continues(current, line, left, right):
            parts.append(line.text)
        else:
            if parts:
                out.append((top, _rejoin(parts)))
            parts, top = [line.text], line.top
        current = line
    out.append((top, _rejoin(parts)))
    return out


def _rejoin(parts: list[str]) -> str:
    """One paragraph from its wrapped lines. tidy() closes a wrap between Chinese
    characters and makes any other one a space; one inside a number closes up first."""
    return tidy(_WRAP_IN_NUMBER.sub("", "\n".join(parts)))


def _continues(previous: _Line, line: _Line, left: float, right: float) -> bool:
    size = max(previous.size, 1.0)
    reaches_margin = previous.x1 >= right - 1.5 * size
    indented = line.x0 > left + 0.8 * size
    close_below = 0 <= line.top - previous.bottom < 1.2 * size
    return reaches_margin and not indented and close_below and not previous.text.endswith(_SENTENCE_END)
