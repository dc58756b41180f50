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
