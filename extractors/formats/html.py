"""Saved government web pages: the article body only, its tables as rows, its title and date.

Navigation, headers, footers, sidebars, scripts and styles are dropped; when the
page marks its article (<article>, <main>, #zoom, .TRS_Editor, #content …) only
that is read. The page's title and publish date (the standard 政府网站 <meta>
ArticleTitle / PubDate / ContentSource, or the "来源：… 发布时间：…" line over the
article) open the text when the body does not carry them, since they are often
the only place the issuer is named. Nothing is fetched: no network, no DTD, no
linked image, script or stylesheet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

from extractors.charsets import decode_text
from extractors.errors import CorruptFile, NoText
from extractors.formats import Rendered
from extractors.formats.rows import table_lines, tidy

_UNSEEN = (
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet",
    "svg", "math", "canvas", "audio", "video", "map", "form", "button", "select", "input", "textarea",
    "link", "meta", "base", "head", "title",
)
_CHROME = ("nav", "header", "footer", "aside", "menu")
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
        "td", "th", "ul", "caption", "html",
    }
)
_BREAK = "\u2028"  # stands for <br> until lines are split
_NOISE_WORDS = frozenset(
    {
        "nav", "navbar", "navigation", "menu", "menus", "submenu", "footer", "foot", "breadcrumb", "breadcrumbs",
        "crumb", "crumbs", "sidebar", "side", "share", "sharing", "copyright", "toolbar", "topbar", "banner", "ad",
        "ads", "advert", "related", "comment", "comments", "pager", "pagination", "position", "location", "dqwz",
        "mbx", "weizhi", "print", "prev", "next", "qrcode", "ewm", "skip", "search",
    }
)
_CONTENT_WORDS = frozenset(
    {"content", "contents", "article", "zoom", "trs", "editor", "detail", "details", "zw", "zhengwen", "wzcon", "main", "con", "unionstyle", "text", "body"}
)
_WORD = re.compile(r"[a-z]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_\-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# A doctype with an internal subset (<!DOCTYPE html [<!ENTITY …>]>) is dropped whole:
# the HTML parser never expands its entities, and its "]>" is not page text.
_DOCTYPE = re.compile(r"<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>", re.I | re.S)
_DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_DATE_LINE = re.compile(r"(?:发布时间|发布日期|发文日期|成文日期|日期|时间)\s*[:：]\s*" + _DATE.pattern)
_PUBLISHER_LINE = re.compile(r"(?:信息来源|文章来源|来源|发布机构|发布单位|发文机关)\s*[:：]\s*(?P<name>[\u4e00-\u9fff（）()]{2,40})")
_TITLE_META = ("articletitle", "og:title", "title", "dc.title")
_DATE_META = ("pubdate", "publishdate", "firstpublishedtime", "article:published_time", "dc.date", "publish_date", "releasedate", "date")
_PUBLISHER_META = ("contentsource", "source", "dc.publisher", "publisher")
_TITLE_SITE_SEPARATOR = re.compile(r"\s*(?:_|\||｜| - | — | – |--)\s*")
_MAX_CELL_CHARS = 200  # a longer cell is layout holding prose, not a statistic
_MAX_SPAN = 100


@dataclass(frozen=True, slots=True)
class _Meta:
    title: str | None
    published: str | None
    publisher: str | None


def read_html(data: bytes) -> Rendered:
    text, encoding = decode_text(data, declared=_declared_charset(data))
    root = _parse(text)
    meta = _head_meta(root)
    body = root.find("body")
    if body is None:
        body = root
    _drop(body, lambda el: el.tag in _UNSEEN or _is_hidden(el))
    page_lines = _lines(body)
    article = _article(body)
    whole = max(_prose(article), 1)
    # A wrapper named like chrome ("main-side-wrap") that holds most of the article stays.
    _drop(article, lambda el: el is not article and (el.tag in _CHROME or _is_noise(el)) and _prose(el) < whole / 2)
    lines = _lines(article)
    if not lines:
        raise NoText("the page has no article text")
    title = meta.title or _first_heading(article) or _page_title(root)
    published = meta.published or _search(_DATE_LINE, page_lines, _iso)
    publisher = meta.publisher or _search(_PUBLISHER_LINE, page_lines, lambda m: m.group("name"))
    return Rendered(
        text="\n".join([*_opening(lines, title, publisher, published), *lines]),
        title=title,
        published=published,
        encoding=encoding,
    )


def _declared_charset(data: bytes) -> str | None:
    m = _CHARSET.search(data[:4096])
    if not m:
        return None
    return (m.group(1) or m.group(2)).decode("ascii")


def _parse(text: str) -> etree._Element:
    # remove_pis / no_network: nothing in the page can make the parser act or fetch.
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=False)
    try:
        page = _DOCTYPE.sub("", _XML_DECLARATION.sub("", text, count=1), count=1)
        return lxml_html.document_fromstring(page, parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise CorruptFile(f"not a readable HTML page: {error}") from error


def _head_meta(root: etree._Element) -> _Meta:
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        name = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").strip().lower()
        content = tidy(meta.get("content") or "")
        if name and content and name not in found:
            found[name] = content
    title = next((found[n] for n in _TITLE_META if n in found), None)
    date = next((found[n] for n in _DATE_META if n in found and _DATE.search(found[n])), None)
    publisher = next((found[n] for n in _PUBLISHER_META if n in found), None)
    return _Meta(title, _iso(_DATE.search(date)) if date else None, publisher)


def _iso(m: re.Match[str] | None) -> str | None:
    if m is None:
        return None
    year, month, day = (int(g) for g in m.groups()[-3:])
    return f"{year:04d}-{month:02d}-{day:02d}"


def _page_title(root: etree._Element) -> str | None:
    """<title> without the site name after it: "某区2022年…报告_某区人民政府" -> the report."""
    element = root.find(".//title")
    if element is None:
        return None
    parts = [p for p in _TITLE_SITE_SEPARATOR.split(tidy(element.text_content())) if p]
    return parts[0] if parts else None


def _first_heading(article: etree._Element) -> str | None:
    for heading in article.iter("h1", "h2"):
        text = tidy(heading.text_content())
        if len(text) >= 4:
            return text
    return None


def _drop(root: etree._Element, unwanted) -> None:
    doomed = [el for el in root.iter() if not isinstance(el.tag, str) or unwanted(el)]
    for el in doomed:
        if el is root or el.getparent() is None:
            continue
        _remove_keeping_tail(el)


def _remove_keeping_tail(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    previous = el.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _is_hidden(el: etree._Element) -> bool:
    return el.get("hidden") is not None or el.get("aria-hidden") == "true" or bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def _words(el: etree._Element) -> set[str]:
    return set(_WORD.findall(f"{el.get('id') or ''} {el.get('class') or ''}".lower()))


def _is_noise(el: etree._Element) -> bool:
    if el.get("role") in ("navigation", "banner", "contentinfo", "search", "complementary"):
        return True
    return bool(_words(el) & _NOISE_WORDS)


def _article(body: etree._Element) -> etree._Element:
    """The element that holds the article: of the marked candidates, the one with the
    most text outside links, or a tighter one holding nearly as much."""
    candidates = [el for el in body.iter() if isinstance(el.tag, str) and (el.tag in ("article", "main") or _words(el) & _CONTENT_WORDS)]
    scored = [(_prose(el), el) for el in candidates]
    scored = [(score, el) for score, el in scored if score >= 20]
    if not scored:
        return body
    best = max(score for score, _ in scored)
    close = [(score, el) for score, el in scored if score >= 0.9 * best]
    return min(close, key=lambda pair: len(pair[1].text_content()))[1]


def _prose(el: etree._Element) -> int:
    """Chinese characters in an element outside links and noise: what a reader reads."""
    total = _han(el.text_content())
    for inner in el.iter():
        if inner is not el and isinstance(inner.tag, str) and (inner.tag == "a" or _is_noise(inner)):
            total -= _han(inner.text_content())
    return total


def _han(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


def _lines(root: etree._Element) -> list[str]:
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            for part in "".join(pending).split(_BREAK):
                line = tidy(part)
                if line:
                    out.append(line)
            pending.clear()

    def walk(el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "br":
            pending.append(_BREAK)
            return
        if tag == "table" and _is_data_table(el):
            flush()
            out.extend(_table_rows(el))
            return
        block = tag in _BLOCK
        if block:
            flush()
        if el.text:
            pending.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                pending.append(child.tail)
        if block:
            flush()

    walk(root)
    flush()
    return out


def _is_data_table(table: etree._Element) -> bool:
    """A table of figures, not a layout grid: no table inside it, short cells."""
    if table.find(".//table") is not None:
        return False
    cells = table.xpath(".//td|.//th")
    return bool(cells) and all(len(tidy(c.text_content())) <= _MAX_CELL_CHARS for c in cells)


def _table_rows(table: etree._Element) -> list[str]:
    lines = [tidy(c.text_content()) for c in table.iter("caption")]
    return [line for line in lines if line] + table_lines(_grid(table))


def _grid(table: etree._Element) -> list[list[str]]:
    """The table's rows with every merged cell in the columns it covers: its text in
    the first, empty cells in the rest and in the rows below, as a spreadsheet keeps
    them. A cell then stays under its header when the header has two rows
    (行政处罚实施数量（宗） over 警告 | 罚款 | …, 罚没金额（万元） beside them)."""
    grid: list[list[str]] = []
    below: dict[int, int] = {}  # column -> rows a cell above still covers
    for tr in table.iter("tr"):
        row: list[str] = []
        for cell in tr.xpath("./td|./th"):
            _skip_covered(row, below)
            across, down = _span(cell.get("colspan")), _span(cell.get("rowspan"))
            for k in range(across):
                if down > 1:
                    below[len(row) + k] = down - 1
            row += [tidy(cell.text_content())] + [""] * (across - 1)
        _skip_covered(row, below, to_end=True)
        grid.append(row)
    return grid


def _skip_covered(row: list[str], below: dict[int, int], *, to_end: bool = False) -> None:
    """Empty cells where cells of rows above reach down (at the row's end: all of them)."""
    while below.get(len(row)) or (to_end and any(column >= len(row) for column in below)):
        column = len(row)
        if below.get(column):
            below[column] -= 1
            if not below[column]:
                del below[column]
        row.append("")


def _span(value: str | None) -> int:
    """A colspan or rowspan as a count, bounded: a page cannot make a row of a million cells."""
    try:
        return min(max(int(value or 1), 1), _MAX_SPAN)
    except ValueError:
        return 1


def _search(pattern: re.Pattern, lines: list[str], value) -> str | None:
    for line in lines:
        m = pattern.search(line)
        if m:
            return value(m)
    return None


def _opening(lines: list[str], title: str | None, publisher: str | None, published: str | None) -> list[str]:
    """Lines that put the page's own title, publisher and date before its body, when
    the body does not already open with them."""
    top = "\n".join(lines[:8])
    out = []
    if title and title not in top:
        out.append(title)
    if publisher and publisher not in top:
        out.append(f"发布机构：{publisher}")
    if published and published not in top:
        out.append(f"发布日期：{published}")
    return out
