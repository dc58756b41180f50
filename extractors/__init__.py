"""Pure extraction of figures from administrative-enforcement report files.

Nothing here imports Dagster, dbt or Great Expectations: a file goes in, a
`Document` with its `Figure`s (or a `Quarantined` record) comes out.
"""

from extractors.version import EXTRACTOR_VERSION
from extractors.records import Document, Figure, Quarantined
from extractors.document import extract_file, extract_text

__all__ = [
    "EXTRACTOR_VERSION",
    "Document",
    "Figure",
    "Quarantined",
    "extract_file",
    "extract_text",
]
