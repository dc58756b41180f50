"""Report files of every format, built in a test's temporary folder with the same
libraries people's tools use, rather than committed as binary fixtures."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import openpyxl
from lxml import etree

from benchmarks.pdf_writer import Page, build_pdf

PENALTY_TABLE = [
    ["执法主体", "简易程序(件)", "普通程序(件)", "罚没金额(万元)"],
    ["区市场监督管理局", "96", "118", "168.5"],
    ["区应急管理局", "", "76", "102.3"],
    ["合计", "96", "194", "270.8"],
]


# 表一 of the national template (行政执法统计年报) for two bodies and the 合计, as a
# spreadsheet holds it: a merged cell's text in its first place, "" where it spreads.
TEMPLATE_PENALTY = [
    ["执法主体", "行政处罚实施数量（宗）", "", "", "", "", "", "", "", "", "罚没金额（万元）"],
    ["", "警告、通报批评", "罚款", "没收违法所得、没收非法财物", "暂扣许可证件、降低资质等级", "吊销许可证件",
     "限制开展生产经营活动、责令停产停业、责令关闭、限制从业", "行政拘留", "其他行政处罚", "合计（宗）", ""],
    ["区市场监督管理局", "21", "140", "6", "0", "1", "2", "0", "0", "170", "96.4"],
    ["区城市管理委", "9", "75", "0", "0", "0", "0", "0", "3", "87", "12.35"],
    ["合计", "30", "215", "6", "0", "1", "2", "0", "3", "257", "108.75"],
]  # fmt: skip
# Its merged cells: (row, column, rows, columns).
TEMPLATE_MERGES = [(0, 0, 2, 1), (0, 1, 1, 9), (0, 10, 2, 1)]


def collapsed_pipe_text(grid: list[list[str]], merges: list[tuple[int, int, int, int]]) -> str:
    """The table as a web page copied out as text prints it: a merged cell once, the
    cells it covers dropped, and the row made up to the table's width with empty
    cells at its end ("行政处罚实施数量（宗） | 罚没金额（万元） | ||||||||")."""
    covered = {(r + dr, c + dc) for r, c, rows, cols in merges for dr in range(rows) for dc in range(cols)}
    covered -= {(r, c) for r, c, _, _ in merges}
    lines = []
    for r, row in enumerate(grid):
        cells = [value for c, value in enumerate(row) if (r, c) not in covered]
        lines.append(" | ".join(cells) + " |" + "|" * (len(row) - len(cells)))
    return "\n".join(lines)


def html_table(grid: list[list[str]], merges: list[tuple[int, int, int, int]]) -> str:
    """The table as a web page writes it, merged cells with rowspan and colspan."""
    spans = {(r, c): (rows, cols) for r, c, rows, cols in merges}
    covered = {(r + dr, c + dc) for r, c, rows, cols in merges for dr in range(rows) for dc in range(cols)} - spans.keys()
    out = ['<table border="1">']
    for r, row in enumerate(grid):
        cells = []
        for c, value in enumerate(row):
            if (r, c) in covered:
                continue
            rows, cols = spans.get((r, c), (1, 1))
            cells.append(f'<td rowspan="{rows}" colspan="{cols}">{value}</td>')
        out.append(f"<tr>{''.join(cells)}</tr>")
    return "\n".join([*out, "</table>"])


def report_text(issuer: str = "样例市丙区司法局", year: int = 2023, cases: int = 2132) -> str:
    return (
        f"{issuer}{year}年度行政执法情况报告\n"
        f"{year}年，全区共实施行政处罚{cases}件，罚没金额937.9万元。\n"
        "其中简易程序306件。\n"
    )


def docx_bytes(
    paragraphs: list[str], table: list[list[str]] | None = None, after: list[str] = (), merges: list[tuple[int, int, int, int]] = ()
) -> bytes:
    """Paragraphs, a table (`merges`: its merged cells as (row, column, rows, columns)), more paragraphs."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, c, rows, cols in merges:
            grid.cell(r, c).merge(grid.cell(r + rows - 1, c + cols - 1))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                if value:
                    grid.cell(r, c).text = value
    for text in after:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_with_body_xml(paragraphs: list[str], blocks: list[str]) -> bytes:
    """A .docx of `paragraphs`, then `blocks`: raw WordprocessingML (w:p, w:tbl, w:sdt …)
    written into the body with lxml, for what python-docx has no API to write
    (tracked changes, content controls, text boxes, fields). The blocks may use the
    prefixes python-docx's template declares (w, mc, v, wps, wp …)."""
    package = docx_bytes(paragraphs)
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(package)).read("word/document.xml"))
    body = root.find("w:body", root.nsmap)
    section = body.find("w:sectPr", root.nsmap)
    declarations = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in root.nsmap.items() if prefix)
    for block in blocks:
        element = etree.fromstring(f"<wrapper {declarations}>{block}</wrapper>")[0]
        section.addprevious(element)
    return with_zip_part(package, "word/document.xml", etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True), replace=True)


def xlsx_bytes(caption: str, table: list[list[str]], sheet_title: str = "Sheet1", merges: list[tuple[int, int, int, int]] = ()) -> bytes:
    """A sheet with the caption merged over the table, then the table; `merges` are
    the table's merged cells as (row, column, rows, columns)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = sheet_title
    sheet.append([caption])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(table[0]))
    for row in table:
        sheet.append([_number_or_text(v) for v in row])
    for r, c, rows, cols in merges:
        sheet.merge_cells(start_row=r + 2, start_column=c + 1, end_row=r + 1 + rows, end_column=c + cols)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _number_or_text(value: str):
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        return value
    return int(number) if number.is_integer() else number


def pdf_bytes(
    lines: list[str], paragraphs: list[str] = (), table: list[list[str]] | None = None, second_page: list[str] = ()
) -> bytes:
    page = Page()
    for line in lines:
        page.line(line)
    for text in paragraphs:
        page.paragraph(text)
    if table:
        page.table(table, [170, 100, 100, 110])
    pages = [page]
    if second_page:
        more = Page()
        for line in second_page:
            more.line(line)
        pages.append(more)
    return build_pdf(pages)


def unmapped_font_pdf_bytes(mapped_lines: list[str] = (), unmapped_lines: list[str] | None = None) -> bytes:
    """A PDF whose text (by default a whole report) is set in a font with no Unicode
    map, so pdfplumber reads (cid:NNN); `mapped_lines` come first, in a mapped font."""
    page = Page()
    for line in mapped_lines:
        page.line(line)
    unmapped = Page(unicode_map=False)
    for line in report_text().splitlines() if unmapped_lines is None else unmapped_lines:
        unmapped.line(line)
    return build_pdf([page, unmapped] if mapped_lines else [unmapped])


def scanned_pdf_bytes() -> bytes:
    page = Page()
    page.scanned_image()
    return build_pdf([page])


def encrypted_pdf_bytes(user_password: str = "secret") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes(report_text().splitlines()))))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def with_zip_part(package: bytes, name: str, content: bytes, replace: bool = False) -> bytes:
    """The package with one more part (or one part replaced)."""
    source = zipfile.ZipFile(io.BytesIO(package))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            if replace and item.filename == name:
                continue
            out.writestr(item, source.read(item))
        out.writestr(name, content)
    return buffer.getvalue()


def docx_with_entities(kind: str = "xxe") -> bytes:
    """A .docx whose main part declares entities: an external one (XXE) or a
    billion-laughs expansion."""
    package = docx_bytes([report_text()])
    body = zipfile.ZipFile(io.BytesIO(package)).read("word/document.xml").decode("utf-8")
    if kind == "xxe":
        dtd = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        body = body.replace("行政处罚", "&xxe;行政处罚", 1)
    else:
        entities = '<!ENTITY lol0 "lol">' + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
        dtd = f"<!DOCTYPE w:document [{entities}]>"
        body = body.replace("行政处罚", "&lol9;行政处罚", 1)
    declaration_end = body.index("?>") + 2
    body = body[:declaration_end] + dtd + body[declaration_end:]
    return with_zip_part(package, "word/document.xml", body.encode("utf-8"), replace=True)


def docx_zip_bomb(inflated_bytes: int = 30 << 20) -> bytes:
    """A real .docx carrying one extra part of zeros that deflates ~1000 to 1."""
    package = docx_bytes([report_text()])
    buffer = io.BytesIO(package)
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as out:
        info = zipfile.ZipInfo("word/media/padding.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with out.open(info, "w") as part:
            chunk = b"\x00" * (1 << 20)
            for _ in range(inflated_bytes >> 20):
                part.write(chunk)
    return buffer.getvalue()


def encrypted_office_bytes() -> bytes:
    """What Word writes for a password-protected .docx: an OLE2 compound file with
    EncryptionInfo and EncryptedPackage streams (directory entries, enough to tell)."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    directory = b"".join(name.encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64 for name in ("Root Entry", "EncryptionInfo", "EncryptedPackage"))
    return header + directory + b"\x00" * 1024


def legacy_doc_bytes() -> bytes:
    """The start of a Word 97–2003 .doc: an OLE2 compound file."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    directory = b"".join(name.encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64 for name in ("Root Entry", "WordDocument", "1Table"))
    return header + directory + b"\x00" * 1024


def html_page(title: str, body_html: str, head_extra: str = "", charset: str = "utf-8") -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{title}_样例市人民政府门户网站</title>{head_extra}
<script src="http://203.0.113.9/track.js"></script><link rel="stylesheet" href="http://203.0.113.9/site.css">
</head><body>
<div class="header">欢迎访问样例市人民政府门户网站 访问量8888次</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul>
<div class="position">当前位置：首页 &gt; 法治政府</div>
{body_html}
<div class="footer">版权所有 样例市人民政府 网站标识码1234 备案号77号</div>
<script>document.write("脚本写出的1000件")</script>
</body></html>"""


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path
