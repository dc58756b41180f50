"""Why a file could not be loaded: one exception class per quarantine reason code."""


class ExtractionError(Exception):
    """A file that cannot become a document; `reason` is the raw.quarantine code."""

    reason = "extraction_failed"


class EmptyFile(ExtractionError):
    reason = "empty_file"


class UndecodableText(ExtractionError):
    reason = "undecodable"


class UnsupportedFormat(ExtractionError):
    reason = "unsupported_format"


class TooLarge(ExtractionError):
    reason = "too_large"


class NoText(ExtractionError):
    reason = "no_text"


class OutsideReportsFolder(ExtractionError):
    reason = "outside_reports_folder"


class UnreadableFile(ExtractionError):
    reason = "unreadable"


class CorruptFile(ExtractionError):
    """Truncated or damaged: a ZIP without its directory, a PDF without its end."""

    reason = "corrupt_file"


class Encrypted(ExtractionError):
    """Needs a password to open."""

    reason = "encrypted"


class NoTextLayer(ExtractionError):
    """A PDF of scanned pages: images, no text to read (OCR is not attempted)."""

    reason = "no_text_layer"


class NoUnicodeMap(ExtractionError):
    """A PDF whose text is mostly glyph numbers, (cid:NNN): its fonts say what each
    glyph looks like but not which character it is (no ToUnicode map)."""

    reason = "no_unicode_map"


class ZipBomb(ExtractionError):
    """A package that would inflate past the size or ratio limits."""

    reason = "zip_bomb"


class UnsafeXml(ExtractionError):
    """XML that declares a DTD or entities; refused, never expanded or fetched."""

    reason = "unsafe_xml"
