"""Serve the scripts, styles and fonts of Great Expectations Data Docs from the docs folder.

GX Data Docs load jQuery, Bootstrap, bootstrap-table, Vega, Font Awesome and a logo from public
CDNs. zhifa runs and is tested without network: there those loads fail, every page logs console
errors, and the start page shows no list of validations (jQuery and bootstrap-table draw it).
The same files, pinned to the versions GX names, are installed from npm by `make install` into
expectations/web/node_modules (package.json and package-lock.json there; no third-party file is
committed and nothing is downloaded at run time). After each Data Docs build, `localize` copies
what the pages need into `<docs_dir>/static/vendor/` and points every page at those copies, with
paths relative to each page (pages live at different depths). Without node_modules (no npm on
the machine) the pages keep their CDN links.
"""

from __future__ import annotations

import logging
import os
import pathlib
import re
import shutil

__all__ = ["NODE_MODULES", "localize"]

NODE_MODULES = pathlib.Path(__file__).resolve().parent / "web" / "node_modules"
VENDOR = "static/vendor"  # under the docs folder

# CDN URL in GX's page templates -> file in node_modules (copied to static/vendor/ as it lies there)
CDN_FILES: dict[str, str] = {
    "https://code.jquery.com/jquery-3.7.1.min.js": "jquery/dist/jquery.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.12.9/umd/popper.min.js": "popper.js/dist/umd/popper.min.js",
    "https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css": "bootstrap/dist/css/bootstrap.min.css",
    "https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/js/bootstrap.min.js": "bootstrap/dist/js/bootstrap.min.js",
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.css": "bootstrap-table/dist/bootstrap-table.min.css",
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.js": "bootstrap-table/dist/bootstrap-table.min.js",
    "https://unpkg.com/bootstrap-table@1.19.1/dist/extensions/filter-control/bootstrap-table-filter-control.min.js":
        "bootstrap-table/dist/extensions/filter-control/bootstrap-table-filter-control.min.js",
    # GX names 1.19.0 for the filter-control styles; 1.19.1 ships the same rules
    "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.css":
        "bootstrap-table/dist/extensions/filter-control/bootstrap-table-filter-control.css",
    "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.min.css":
        "bootstrap-table/dist/extensions/filter-control/bootstrap-table-filter-control.min.css",
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/css/bootstrap-datepicker.min.css":
        "bootstrap-datepicker/dist/css/bootstrap-datepicker.min.css",
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/js/bootstrap-datepicker.min.js":
        "bootstrap-datepicker/dist/js/bootstrap-datepicker.min.js",
    "https://cdn.jsdelivr.net/npm/@forevolve/bootstrap-dark@1.1.0/dist/css/bootstrap-prefers-dark.css":
        "@forevolve/bootstrap-dark/dist/css/bootstrap-prefers-dark.css",
    "https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.6.0/css/all.min.css": "@fortawesome/fontawesome-free/css/all.min.css",
    "https://cdn.jsdelivr.net/npm/vega@5": "vega/build/vega.min.js",
    "https://cdn.jsdelivr.net/npm/vega-lite@5": "vega-lite/build/vega-lite.min.js",
    "https://cdn.jsdelivr.net/npm/vega-embed@6": "vega-embed/build/vega-embed.min.js",
}  # fmt: skip
CDN_DIRS = ("@fortawesome/fontawesome-free/webfonts",)  # the fonts all.min.css loads (../webfonts/)
# GX's logos on its web-assets bucket -> an image GX ships in static/images (no dark logo there)
GX_ASSETS = "https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/"
GX_IMAGES = {"logo-long.png": "logo-long.png", "full_logo_dark.png": "logo-long.png"}

_TAG = re.compile(r"<(?:script|link|img)\b[^>]*>", re.IGNORECASE)
_REF = re.compile(r"""\b(src|href)\s*=\s*(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL)
_SRI = re.compile(r"""\s+(?:integrity|crossorigin)(?:\s*=\s*(["']).*?\1)?""", re.IGNORECASE | re.DOTALL)
_CSS_URL = re.compile(r"""url\(\s*(["']?)(https?://[^"')\s]+)\1\s*\)""", re.IGNORECASE)
_GX_STATIC = re.compile(r"^(?:\./)*(?:\.\./)*static/")  # GX's own assets, at times one level off

_log = logging.getLogger(__name__)
_reported_missing = False


def localize(docs_dir: pathlib.Path, node_modules: pathlib.Path = NODE_MODULES) -> bool:
    """Copy the CDN files into `docs_dir`/static/vendor and point every page and style sheet
    of the site at local copies. Idempotent. Returns False, changing nothing, when
    `node_modules` lacks any of the files (logged once per process)."""
    global _reported_missing
    missing = [name for name in (*CDN_FILES.values(), *CDN_DIRS) if not (node_modules / name).exists()]
    if missing:
        if not _reported_missing:
            _reported_missing = True
            _log.warning(
                "Data Docs keep their CDN links (they need network): %s lacks %s; "
                "run `make install` on a machine with npm",
                node_modules, missing[0],
            )  # fmt: skip
        return False
    docs_dir = pathlib.Path(docs_dir).resolve()
    vendor = docs_dir / VENDOR
    for name in CDN_FILES.values():
        _copy(node_modules / name, vendor / name)
    for name in CDN_DIRS:
        for source in (node_modules / name).iterdir():
            _copy(source, vendor / name / source.name)
    for page in sorted(docs_dir.rglob("*")):
        if page.suffix in (".html", ".css") and page.is_file() and vendor not in page.parents:
            _rewrite(page, docs_dir)
    return True


def _copy(source: pathlib.Path, target: pathlib.Path) -> None:
    """Copy with its times, unless an earlier call did (same size and time)."""
    if target.is_file():
        have, want = target.stat(), source.stat()
        if (have.st_size, have.st_mtime_ns) == (want.st_size, want.st_mtime_ns):
            return
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)


def _rewrite(path: pathlib.Path, docs_dir: pathlib.Path) -> None:
    root = pathlib.PurePath(os.path.relpath(docs_dir, path.parent)).as_posix()  # "." or "../.."
    has_logo = (docs_dir / "static" / "images" / "logo-long.png").is_file()

    def local(url: str) -> str | None:
        if url in CDN_FILES:
            return f"{root}/{VENDOR}/{CDN_FILES[url]}"
        if url.startswith(GX_ASSETS) and has_logo:
            image = GX_IMAGES.get(url[len(GX_ASSETS) :].split("?", 1)[0])
            return f"{root}/static/images/{image}" if image else None
        if _GX_STATIC.match(url) and not url.startswith(f"{root}/static/"):
            return f"{root}/static/" + _GX_STATIC.sub("", url)
        return None

    def tag(match: re.Match[str]) -> str:
        moved = False

        def ref(found: re.Match[str]) -> str:
            nonlocal moved
            target = local(found.group(3).strip())
            if target is None:
                return found.group(0)
            moved = moved or target.startswith(f"{root}/{VENDOR}/")
            return f"{found.group(1)}={found.group(2)}{target}{found.group(2)}"

        text = _REF.sub(ref, match.group(0))
        # A local file fails a CORS (crossorigin) or integrity check when opened from file://
        return _SRI.sub("", text) if moved else text

    def css_url(match: re.Match[str]) -> str:
        target = local(match.group(2))
        if target is None and match.group(2).startswith(GX_ASSETS):
            return "none"  # a GX logo with no local stand-in: drop it
        return match.group(0) if target is None else f"url('{target}')"

    original = path.read_text(encoding="utf-8")
    text = _CSS_URL.sub(css_url, original)
    if path.suffix == ".html":
        text = _TAG.sub(tag, text)
    if text != original:
        path.write_text(text, encoding="utf-8")
