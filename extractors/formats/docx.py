"""Word .docx files: paragraphs and tables in document order, tables as rows.

The package is checked first (extractors/formats/packages.py); python-docx then
parses it with entity resolution off. Page headers and footers are left out (they
repeat on every page), and so are the document properties: a report copied from
last year's file often keeps last year's title there.
"""

from __future__ import annotations

import io

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from extractors.errors import CorruptFile, NoText
from extractors.formats import Rendered
from extractors.formats.packages import open_package
from extractors.formats.rows import table_lines, tidy, tidy_lines


def read_docx(data: bytes, max_bytes: int) -> Rendered:
    open_package(data, max_bytes).close()
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(document.iter_inner_content())
    except (KeyError, ValueError, etree.XMLSyntaxError, docx.opc.exceptions.PackageNotFoundError) as error:
        raise CorruptFile(f"not a readable .docx: {type(error).__name__}: {error}") from error
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            lines += tidy_lines(block.text)
        elif isinstance(block, Table):
            lines += _table_lines(block)
    if not lines:
        raise NoText("the document has no text")
    return Rendered(text="\n".join(lines))


def _table_lines(table: Table) -> list[str]:
    """Rows with a merged cell's text in its first column and empty cells in the
    rest of the columns and rows it covers, as a spreadsheet keeps them, so a cell
    stays under its header when the header has two rows."""
    rows = []
    above: list[object] = []  # the cell elements of the row above, column by column
    for row in table.rows:
        cells, elements = [], []
        for column, cell in enumerate(row.cells):
            # A merged cell comes back once per column it spans and, for the rows
            # below it, as itself again: its text belongs to its first place only.
            repeated = (elements and cell._tc is elements[-1]) or (column < len(above) and cell._tc is above[column])
            cells.append("" if repeated else tidy(cell.text))
            elements.append(cell._tc)
        rows.append(cells)
        above = elements
    return table_lines(rows)
