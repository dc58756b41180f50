"""Generated reports written as the other files governments publish: a web page, a Word
document, an Excel workbook, a PDF.

A report comes as blocks: a line of text (a title, a heading, a paragraph) or a `Table`.
A text report sets a table's cells apart with tabs or spaces; the other formats hold it
as a table (<table>, a Word table, sheet cells, a ruled PDF table) and its other lines as
paragraphs (in a workbook, one cell each). The writers are the libraries zhifa reads the
formats with (lxml for pages aside, python-docx, openpyxl) and benchmarks/pdf_writer.py;
a package's entry times and document dates are fixed, so one seed writes the same bytes.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from benchmarks.pdf_writer import LEFT, PAGE_WIDTH, Page, build_pdf, text_width

FORMATS = ("txt", "html", "docx", "xlsx", "pdf")
SUFFIX = {"txt": ".txt", "html": ".html", "docx": ".docx", "xlsx": ".xlsx", "pdf": ".pdf"}
_ZIP_TIME = (2000, 1, 1, 0, 0, 0)
_CORE_DATE = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")
_PLAIN_NUMBER = re.compile(r"^(?:0|[1-9]\d*)(?:\.\d*[1-9])?$")
# PDF layout: a page is full below this, tables are set smaller than the text.
_BOTTOM = 60
_TABLE_SIZE = 9.0


@dataclass(frozen=True, slots=True)
class Table:
    """A statistical table: its rows of cells, header first, and how a text report
    sets the cells apart (a tab, runs of spaces, or one cell per line)."""

    rows: tuple[tuple[str, ...], ...]
    sep: str = "\t"

    def text_lines(self) -> list[str]:
        return [self.sep.join(row) for row in self.rows]


Block = str | Table


def text_lines(blocks: Sequence[Block]) -> list[str]:
    """The lines of a text report: a table's rows as its separator joins them."""
    out: list[str] = []
    for block in blocks:
        out += block.text_lines() if isinstance(block, Table) else [block]
    return out


def write(fmt: str, blocks: Sequence[Block], *, encoding: str, year: int) -> bytes:
    """The report's file in `fmt` (not txt); `encoding` is a page's charset, `year` the
    one the report is about (its document dates are early the year after)."""
    if fmt == "html":
        return html_bytes(blocks, encoding)
    if fmt == "docx":
        return docx_bytes(blocks, year)
    if fmt == "xlsx":
        return xlsx_bytes(blocks, year)
    if fmt == "pdf":
        return pdf_bytes(blocks)
    raise ValueError(f"no writer for {fmt!r}")


def html_bytes(blocks: Sequence[Block], encoding: str) -> bytes:
    """A government site's article page: the title in <title>, the report in the
    article body, its tables as <table>."""
    charset = "gb18030" if encoding == "gb18030" else "utf-8"
    title = next((b for b in blocks[1:] if isinstance(b, str)), "")
    body: list[str] = []
    for block in blocks:
        if isinstance(block, Table):
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>\n" for row in block.rows)
            body.append(f'<table border="1" cellspacing="0">\n{rows}</table>')
        else:
            body.append(f"<p>{html.escape(block)}</p>")
    page = (
        f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="{charset}">\n<title>{html.escape(title)}</title>\n</head>\n'
        f'<body>\n<div class="nav">首页 &gt; 政务公开 &gt; 法治政府建设</div>\n<div class="content" id="zoom">\n'
        + "\n".join(body)
        + "\n</div>\n</body>\n</html>\n"
    )
    return page.encode(charset)


def docx_bytes(blocks: Sequence[Block], year: int) -> bytes:
    import docx

    document = docx.Document()
    for block in blocks:
        if isinstance(block, Table):
            grid = document.add_table(rows=len(block.rows), cols=max(len(r) for r in block.rows))
            grid.style = "Table Grid"
            for r, row in enumerate(block.rows):
                for c, cell in enumerate(row):
                    grid.cell(r, c).text = cell
        else:
            document.add_paragraph(block)
    written = datetime(year + 1, 1, 15, 9, 0, 0)
    document.core_properties.created = written
    document.core_properties.modified = written
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_package(buffer.getvalue(), written)


def xlsx_bytes(blocks: Sequence[Block], year: int) -> bytes:
    """One sheet: a line of text in a cell of its own row, a table's cells across."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    for block in blocks:
        if isinstance(block, Table):
            for row in block.rows:
                sheet.append([_cell_value(cell) for cell in row])
        else:
            sheet.append([block])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _fixed_package(buffer.getvalue(), datetime(year + 1, 1, 15, 9, 0, 0))


def _cell_value(text: str) -> str | int | float:
    """A number cell where the text is a plain number (as a sheet shows it), else text."""
    if not _PLAIN_NUMBER.match(text):
        return text
    return float(text) if "." in text else int(text)


def _fixed_package(package: bytes, written: datetime) -> bytes:
    """The package with every entry dated alike and the document dated `written`:
    office libraries stamp the time of saving, and one seed must write the same bytes."""
    stamp = written.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    source = zipfile.ZipFile(io.BytesIO(package))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "docProps/core.xml":
                data = _CORE_DATE.sub(rb"\g<1>" + stamp + rb"\g<2>", data)
            out.writestr(zipfile.ZipInfo(item.filename, _ZIP_TIME), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def pdf_bytes(blocks: Sequence[Block]) -> bytes:
    """Pages as a word processor prints the report: paragraphs wrapped at the margin
    with their first line indented, tables ruled, a new page when one is full."""
    pages = [Page()]
    width = PAGE_WIDTH - 2 * LEFT
    for block in blocks:
        page = pages[-1]
        if isinstance(block, Table):
            widths = _column_widths(block.rows)
            height = _TABLE_SIZE * 2 * len(block.rows) + page.size * 2
            if page.y - height < _BOTTOM:
                page = Page()
                pages.append(page)
            size, page.size = page.size, _TABLE_SIZE
            page.table([list(row) for row in block.rows], widths)
            page.size = size
            continue
        lines = max(1, int(text_width(block, page.size) // width) + 1)
        if page.y - lines * page.size * 1.8 < _BOTTOM:
            page = Page()
            pages.append(page)
        page.paragraph(block)
    return build_pdf(pages, compress=True)


def _column_widths(rows: Sequence[Sequence[str]]) -> list[float]:
    columns = max(len(r) for r in rows)
    return [max(text_width(r[c], _TABLE_SIZE) for r in rows if c < len(r)) + 8 for c in range(columns)]
