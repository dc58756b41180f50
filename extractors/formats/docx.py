"""Word .docx files: the body's text in document order, tables as rows.

The package is checked first (extractors/formats/packages.py); python-docx then
parses it with entity resolution off. Its paragraph text reads only plain runs and
hyperlinks, so the body is walked here instead: text in tracked insertions, content
controls, text boxes and fields' results is read where it stands, while deleted text,
field instructions, ruby (pinyin) guides and placeholder prompts are not. Page
headers and footers are left out (they repeat on every page), and so are the
document properties: a report copied from last year's file often keeps last year's
title there.
"""

from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn
from docx.table import Table
from lxml import etree

from extractors.errors import CorruptFile, NoText
from extractors.formats import Rendered
from extractors.formats.packages import open_package
from extractors.formats.rows import table_lines, tidy, tidy_lines

_P, _TBL, _SDT, _SDT_CONTENT, _CUSTOM_XML = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")
_TEXT_BOX, _FIELD_CHAR = qn("w:txbxContent"), qn("w:fldChar")
# Run content python-docx turns into text (its elements' str(): a line break "\n",
# a tab "\t", a non-breaking hyphen "-"), as its paragraph text does.
_RUN_TEXT = frozenset(qn(tag) for tag in ("w:t", "w:tab", "w:br", "w:cr", "w:noBreakHyphen", "w:ptab"))
# Never read: deleted and moved-away text, field instructions, ruby guides printed
# over characters (pinyin), and properties, which hold no text of the document.
_SKIPPED = frozenset(
    qn(tag)
    for tag in ("w:del", "w:moveFrom", "w:delText", "w:instrText", "w:delInstrText", "w:rt", "w:pPr", "w:rPr", "w:sdtPr", "w:sdtEndPr")
)
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def read_docx(data: bytes, max_bytes: int) -> Rendered:
    open_package(data, max_bytes).close()
    try:
        document = docx.Document(io.BytesIO(data))
        lines = _BodyReader(document).blocks(document.element.body)
    except (KeyError, ValueError, etree.XMLSyntaxError, docx.opc.exceptions.PackageNotFoundError) as error:
        raise CorruptFile(f"not a readable .docx: {type(error).__name__}: {error}") from error
    if not lines:
        raise NoText("the document has no text")
    return Rendered(text="\n".join(lines))


class _BodyReader:
    """Reads blocks in document order. A complex field can open in one paragraph and
    close in another, so which fields are open is kept across the whole body."""

    def __init__(self, document) -> None:
        self._document = document
        # One entry per open field: False while its instruction runs, True in its result.
        self._fields: list[bool] = []

    def blocks(self, container: etree._Element) -> list[str]:
        """The lines of the paragraphs and tables in a body, cell, content control or text box."""
        lines: list[str] = []
        for child in container:
            if child.tag == _P:
                lines += self._paragraph(child)
            elif child.tag == _TBL:
                lines += self._table(child)
            elif child.tag == _SDT:
                if not _shows_placeholder(child):
                    lines += self.blocks(_content(child))
            elif child.tag == _CUSTOM_XML:
                lines += self.blocks(child)
        return lines

    def _paragraph(self, paragraph: etree._Element) -> list[str]:
        """The paragraph's lines, then those of the text boxes anchored in it."""
        parts: list[str] = []
        boxes: list[str] = []
        self._inline(paragraph, parts, boxes)
        return tidy_lines("".join(parts)) + boxes

    def _inline(self, element: etree._Element, parts: list[str], boxes: list[str]) -> None:
        for child in element:
            tag = child.tag
            if tag in _RUN_TEXT:
                if all(self._fields):  # not inside a field's instruction
                    parts.append(str(child))
            elif tag == _FIELD_CHAR:
                self._field_char(child.get(qn("w:fldCharType")))
            elif tag in _SKIPPED or not isinstance(tag, str):  # comments and processing instructions have no str tag
                continue
            elif tag == _TEXT_BOX:
                boxes += self.blocks(child)
            elif tag == _SDT:
                if not _shows_placeholder(child):
                    self._inline(_content(child), parts, boxes)
            elif tag == f"{_MC}AlternateContent":
                # The same drawing twice (a DrawingML text box, then its VML fallback): read it once.
                choice = child.find(f"{_MC}Choice")
                self._inline(choice if choice is not None else child, parts, boxes)
            else:
                # Runs, tracked insertions, hyperlinks, simple fields (their result is
                # their content), smart tags, drawings that may hold a text box …
                self._inline(child, parts, boxes)

    def _field_char(self, kind: str | None) -> None:
        if kind == "begin":
            self._fields.append(False)
        elif kind == "separate" and self._fields:
            self._fields[-1] = True
        elif kind == "end" and self._fields:
            self._fields.pop()

    def _table(self, table: etree._Element) -> list[str]:
        """Rows with a merged cell's text in its first column and empty cells in the
        rest of the columns and rows it covers, as a spreadsheet keeps them, so a cell
        stays under its header when the header has two rows."""
        rows = []
        above: list[object] = []  # the cell elements of the row above, column by column
        for row in Table(table, self._document).rows:
            cells, elements = [], []
            for column, cell in enumerate(row.cells):
                # A merged cell comes back once per column it spans and, for the rows
                # below it, as itself again: its text belongs to its first place only.
                repeated = (elements and cell._tc is elements[-1]) or (column < len(above) and cell._tc is above[column])
                cells.append("" if repeated else tidy("\n".join(self.blocks(cell._tc))))
                elements.append(cell._tc)
            rows.append(cells)
            above = elements
        return table_lines(rows)


def _content(sdt: etree._Element) -> etree._Element:
    content = sdt.find(_SDT_CONTENT)
    return content if content is not None else etree.Element(_SDT_CONTENT)


def _shows_placeholder(sdt: etree._Element) -> bool:
    """A content control still showing its prompt ("单击或点击此处输入文字"), not text."""
    return sdt.find(f"{qn('w:sdtPr')}/{qn('w:showingPlcHdr')}") is not None
