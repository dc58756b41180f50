"""Pure extraction of figures from administrative-enforcement report files.

Nothing here imports Dagster, dbt or Great Expectations: a file goes in, a
`Document` with its `Figure`s (or a `Quarantined` record) comes out.
"""

from typing import TYPE_CHECKING, Any

from extractors.records import Document, Figure, Quarantined
from extractors.version import EXTRACTOR_VERSION

if TYPE_CHECKING:
    from extractors.document import extract_file, extract_text

__all__ = [
    "EXTRACTOR_VERSION",
    "Document",
    "Figure",
    "Quarantined",
    "extract_file",
    "extract_text",
]


def __getattr__(name: str) -> Any:
    # The extractor itself (its division table, pinyin, the format readers) takes a second to
    # import; a module that needs only the taxonomy or the error classes should not pay it.
    if name in ("extract_file", "extract_text"):
        from extractors.document import extract_file, extract_text

        return {"extract_file": extract_file, "extract_text": extract_text}[name]
    raise AttributeError(f"module 'extractors' has no attribute {name!r}")
