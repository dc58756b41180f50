"""Data Docs load nothing from the network: their CDN scripts, styles and fonts are copied from
expectations/web/node_modules next to the pages, and every page points at the copies."""

from __future__ import annotations

import hashlib
import html.parser
import pathlib
import re
import shutil
import urllib.parse

import duckdb
import pytest

from expectations import data_docs_assets, stage_names, validate_stage
from expectations.data_docs_assets import CDN_DIRS, CDN_FILES, NODE_MODULES, localize
from tests.test_expectations_runner import STAGING_SQL, write_marts, write_raw

CSS_URL = re.compile(r"url\(\s*[\"']?([^\"')\s]+)", re.IGNORECASE)


class _Loads(html.parser.HTMLParser):
    """What a page loads: script src, link href, img src, and url() in its style blocks."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        wanted = {"script": "src", "link": "href", "img": "src"}.get(tag)
        self.urls += [value for name, value in attrs if name == wanted and value]
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.urls += CSS_URL.findall(data)


def loads(page: pathlib.Path) -> list[str]:
    parser = _Loads()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.urls


def pages(docs_dir: pathlib.Path) -> list[pathlib.Path]:
    return sorted(p for p in docs_dir.rglob("*.html") if "vendor" not in p.parts)


def digest(folder: pathlib.Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


# --- on pages GX builds ------------------------------------------------------------------


@pytest.fixture(scope="module")
def docs_dir(tmp_path_factory) -> pathlib.Path:
    if not NODE_MODULES.is_dir():
        if shutil.which("npm") is None:
            pytest.skip(f"no {NODE_MODULES} and no npm to install it: Data Docs keep their CDN links")
        pytest.fail(f"no {NODE_MODULES}: run `make install` (npm ci --prefix expectations/web)")
    folder = tmp_path_factory.mktemp("offline")
    database = folder / "build.duckdb"
    with duckdb.connect(str(database)) as connection:
        write_raw(connection)
        for statement in STAGING_SQL:
            connection.execute(statement)
        write_marts(connection)
    docs = folder / "quality"
    for stage in stage_names():
        validate_stage(database, stage, "run-offline", docs)
    return docs


def test_data_docs_pages_load_nothing_from_the_network(docs_dir: pathlib.Path) -> None:
    built = pages(docs_dir)
    assert docs_dir / "index.html" in built
    assert any("validations" in page.parts for page in built)
    assert any("expectations" in page.parts for page in built)
    for page in built:
        urls = loads(page)
        assert any("static/vendor/jquery/" in url for url in urls), page
        remote = [url for url in urls if url.startswith(("http://", "https://", "//"))]
        assert remote == [], f"{page.relative_to(docs_dir)} loads from the network: {remote}"
        text = page.read_text(encoding="utf-8")
        assert "integrity=" not in text and "crossorigin=" not in text, page


def test_every_local_asset_a_page_loads_exists(docs_dir: pathlib.Path) -> None:
    for page in pages(docs_dir):
        for url in loads(page):
            if url.startswith("data:"):
                continue
            target = (page.parent / urllib.parse.unquote(url.split("?", 1)[0])).resolve()
            assert target.is_file(), f"{page.relative_to(docs_dir)}: {url} -> {target}"
            assert docs_dir in target.parents


def test_font_awesome_finds_its_fonts(docs_dir: pathlib.Path) -> None:
    css = docs_dir / "static" / "vendor" / "@fortawesome" / "fontawesome-free" / "css" / "all.min.css"
    fonts = {url.split("?")[0] for url in CSS_URL.findall(css.read_text(encoding="utf-8"))}
    assert fonts, "all.min.css names its webfonts"
    for font in fonts:
        assert (css.parent / font).resolve().is_file(), font


def test_the_style_sheets_gx_copies_point_at_local_images(docs_dir: pathlib.Path) -> None:
    for sheet in (docs_dir / "static" / "styles").glob("*.css"):
        assert "https://" not in " ".join(CSS_URL.findall(sheet.read_text(encoding="utf-8"))), sheet


def test_localizing_again_changes_nothing(docs_dir: pathlib.Path) -> None:
    before = digest(docs_dir)
    assert localize(docs_dir) is True
    assert digest(docs_dir) == before


# --- on a page of its own, with or without node_modules ---------------------------------

PAGE = """<html><head>
<link rel="stylesheet" href="https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css"/>
<style>.navbar-brand a { background: url('https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/full_logo_dark.png') 0 0 no-repeat; }</style>
<link rel="shortcut icon" href="../static/images/favicon.ico" type="image/x-icon"/>
</head><body>
<img src="https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/logo-long.png?d=1&dataContextId=x"/>
<a href="https://greatexpectations.io">Great Expectations</a>
<script src="https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/js/bootstrap.min.js" integrity="sha384-x" crossorigin="anonymous"></script>
</body></html>
"""


@pytest.fixture
def site(tmp_path: pathlib.Path) -> pathlib.Path:
    """A docs folder with one page two levels down and GX's logo."""
    docs = tmp_path / "quality"
    (docs / "validations" / "raw").mkdir(parents=True)
    (docs / "validations" / "raw" / "page.html").write_text(PAGE, encoding="utf-8")
    (docs / "static" / "images").mkdir(parents=True)
    (docs / "static" / "images" / "logo-long.png").write_bytes(b"png")
    (docs / "static" / "images" / "favicon.ico").write_bytes(b"ico")
    return docs


@pytest.fixture
def fake_node_modules(tmp_path: pathlib.Path) -> pathlib.Path:
    modules = tmp_path / "node_modules"
    for name in CDN_FILES.values():
        (modules / name).parent.mkdir(parents=True, exist_ok=True)
        (modules / name).write_text(f"/* {name} */", encoding="utf-8")
    for name in CDN_DIRS:
        (modules / name).mkdir(parents=True, exist_ok=True)
        (modules / name / "font.woff2").write_bytes(b"font")
    return modules


def test_pages_point_at_the_copies_relative_to_their_own_folder(
    site: pathlib.Path, fake_node_modules: pathlib.Path
) -> None:
    assert localize(site, fake_node_modules) is True

    page = (site / "validations" / "raw" / "page.html").read_text(encoding="utf-8")
    assert 'href="../../static/vendor/bootstrap/dist/css/bootstrap.min.css"' in page
    assert '<script src="../../static/vendor/bootstrap/dist/js/bootstrap.min.js"></script>' in page
    assert 'src="../../static/images/logo-long.png"' in page
    assert "url('../../static/images/logo-long.png')" in page
    assert 'href="../../static/images/favicon.ico"' in page  # GX's one level too high, mended
    assert '<a href="https://greatexpectations.io">' in page  # a link to follow, not a load
    assert (site / "static" / "vendor" / "bootstrap" / "dist" / "js" / "bootstrap.min.js").is_file()
    assert (site / "static" / "vendor" / CDN_DIRS[0] / "font.woff2").is_file()


def test_without_node_modules_pages_keep_their_cdn_links(
    site: pathlib.Path, tmp_path: pathlib.Path, caplog: pytest.LogCaptureFixture, monkeypatch
) -> None:
    monkeypatch.setattr(data_docs_assets, "_reported_missing", False)
    before = digest(site)

    assert localize(site, tmp_path / "absent") is False
    assert localize(site, tmp_path / "absent") is False

    assert digest(site) == before
    assert not (site / "static" / "vendor").exists()
    notices = [r for r in caplog.records if r.name == data_docs_assets.__name__]
    assert len(notices) == 1 and "CDN links" in notices[0].getMessage()
