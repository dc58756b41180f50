"""A tiny PDF writer for tests and the benchmark corpus: Chinese text lines, ruled
tables and image-only "scans".

No PDF-writing library is a dependency and the machine may have no CJK font, so
the text uses Adobe's standard font STSong-Light with the UniGB-UCS2-H encoding:
it is named, not embedded, and every reader maps its codes to Unicode with the
CMaps it ships (pdfminer.six does). Widths: 500 for ASCII, 1000 for the rest.
A page made with `unicode_map=False` writes the same codes as bare glyph numbers of
an Adobe-Identity font with no ToUnicode map, as a subset font saved without one
is: readers see the glyphs but not which characters they are.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
LEFT, TOP = 56, 780


def text_width(text: str, size: float) -> float:
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in text) * size


@dataclass
class Page:
    """One page, drawn top-down: `line` and `table` advance a cursor."""

    size: float = 12
    ops: list[str] = field(default_factory=list)
    y: float = TOP
    has_image: bool = False
    unicode_map: bool = True

    def text_at(self, x: float, y: float, text: str, size: float | None = None) -> None:
        size = size or self.size
        hexed = text.encode("utf-16-be").hex().upper()
        font = "F1" if self.unicode_map else "F2"
        self.ops.append(f"BT /{font} {size} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm <{hexed}> Tj ET")

    def line(self, text: str, indent: int = 0) -> None:
        self.text_at(LEFT + indent * self.size, self.y, text)
        self.y -= self.size * 1.8

    def paragraph(self, text: str) -> None:
        """Text set the way Word sets a Chinese paragraph: first line indented two
        characters, lines filled to the right margin and wrapped mid-sentence."""
        width = PAGE_WIDTH - 2 * LEFT
        indent, line = 2, ""
        for ch in text:
            if text_width(line + ch, self.size) + indent * self.size > width:
                self.line(line, indent)
                indent, line = 0, ""
            line += ch
        if line:
            self.line(line, indent)

    def table(self, rows: list[list[str]], widths: list[float]) -> None:
        """A table with ruling lines round every cell, so readers find it as one."""
        height = self.size * 2
        top = self.y + self.size * 1.2
        x_edges = [LEFT]
        for w in widths:
            x_edges.append(x_edges[-1] + w)
        bottom = top - height * len(rows)
        for i in range(len(rows) + 1):
            y = top - i * height
            self.ops.append(f"0.5 w {x_edges[0]:.2f} {y:.2f} m {x_edges[-1]:.2f} {y:.2f} l S")
        for x in x_edges:
            self.ops.append(f"0.5 w {x:.2f} {top:.2f} m {x:.2f} {bottom:.2f} l S")
        for r, row in enumerate(rows):
            baseline = top - r * height - height * 0.7
            for c, cell in enumerate(row):
                if cell:
                    self.text_at(x_edges[c] + 3, baseline, cell)
        self.y = bottom - self.size * 1.8

    def scanned_image(self) -> None:
        """A grey picture over the page and no text at all: what a scanner makes."""
        self.has_image = True
        self.ops.append(f"q {PAGE_WIDTH - 100} 0 0 {PAGE_HEIGHT - 100} 50 50 cm /Im1 Do Q")


def build_pdf(pages: list[Page], *, compress: bool = False) -> bytes:
    """The PDF of `pages`; with `compress`, page contents are Flate-compressed, as
    office software writes them (a long report stays a fraction of its text's size)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in once the page tree exists
    page_tree = add(b"")
    descriptor = add(
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880]"
        b" /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"
    )
    fonts = []
    for ordering, encoding in ((b"(GB1) /Supplement 2", b"/UniGB-UCS2-H"), (b"(Identity) /Supplement 0", b"/Identity-H")):
        cid_font = add(
            b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
            b" /CIDSystemInfo << /Registry (Adobe) /Ordering %s >>"
            b" /FontDescriptor %d 0 R /DW 1000 /W [1 95 500] >>" % (ordering, descriptor)
        )
        fonts.append(add(b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding %s /DescendantFonts [%d 0 R] >>" % (encoding, cid_font)))
    pixels = bytes([0x80 + (i * 7) % 60 for i in range(64 * 64)])
    image = add(
        b"<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length %d >>\nstream\n"
        % len(pixels)
        + pixels
        + b"\nendstream"
    )
    kids = []
    for page in pages:
        content = "\n".join(page.ops).encode("ascii")
        flate = b""
        if compress:
            content, flate = zlib.compress(content, 6), b" /Filter /FlateDecode"
        stream = add(b"<< /Length %d%s >>\nstream\n" % (len(content), flate) + content + b"\nendstream")
        xobjects = b" /XObject << /Im1 %d 0 R >>" % image if page.has_image else b""
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >>%s >> >>"
                % (page_tree, PAGE_WIDTH, PAGE_HEIGHT, stream, *fonts, xobjects)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % page_tree
    objects[page_tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)
