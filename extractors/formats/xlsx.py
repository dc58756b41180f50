"""Excel .xlsx workbooks: every sheet's rows, cells joined by tabs.

The typical one is a 行政处罚实施情况统计表 attachment: a caption row, a header row
(执法主体, 简易程序(件) …), one row per body and a 合计 row. Cells are read as the
workbook last showed them (cached formula results), never recalculated; the
package is checked first (extractors/formats/packages.py), and openpyxl parses
its XML through defusedxml.
"""

from __future__ import annotations

import io
import re
import zipfile

import openpyxl
from lxml import etree

from extractors.errors import CorruptFile, NoText
from extractors.formats import Rendered
from extractors.formats.packages import open_package
from extractors.formats.rows import cell_text, table_lines

_DEFAULT_SHEET_NAME = re.compile(r"^(?:Sheet|工作表|Sheet\s)\d*$", re.I)


def read_xlsx(data: bytes, max_bytes: int) -> Rendered:
    open_package(data, max_bytes).close()
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except (KeyError, ValueError, TypeError, zipfile.BadZipFile, etree.XMLSyntaxError) as error:
        raise CorruptFile(f"not a readable .xlsx: {type(error).__name__}: {error}") from error
    lines: list[str] = []
    try:
        for sheet in workbook.worksheets:
            rows = [[cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
            sheet_lines = table_lines(rows)
            if not sheet_lines:
                continue
            if lines:
                lines.append("")
            if not _DEFAULT_SHEET_NAME.match(sheet.title.strip()):
                lines.append(sheet.title.strip())
            lines += sheet_lines
    finally:
        workbook.close()
    if not lines:
        raise NoText("the workbook has no cell values")
    return Rendered(text="\n".join(lines))
