"""The zhifa dashboard (Streamlit): opens the published warehouse read-only, page by page.

Run it with `make dashboard`. Every query opens and closes its own read-only connection
(dashboard/warehouse.py), so a run can publish a new warehouse while this is open; results
are cached per published file, and a publish (a new file at the same path) refreshes them.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Streamlit runs this file as a script; the repository root makes `dashboard` and `extractors` importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pandas as pd  # noqa: E402
import streamlit as st  # noqa: E402

from dashboard import page_claims, page_issuer, page_overview, page_quality, page_review  # noqa: E402
from dashboard.queries import Read  # noqa: E402
from dashboard.warehouse import Warehouse, WarehouseMissing  # noqa: E402


@st.cache_data(show_spinner=False, max_entries=512)
def _cached_read(directory: str, version: tuple[int, int], sql: str, params: tuple) -> pd.DataFrame:
    # `version` is only part of the cache key: a newly published file is a new key.
    return Warehouse(Path(directory)).read(sql, params)


def _reader(warehouse: Warehouse) -> Read:
    version = warehouse.version()  # raises WarehouseMissing before any page draws
    return lambda sql, params: _cached_read(str(warehouse.directory), version, sql, tuple(params))


def _missing(warehouse: Warehouse) -> None:
    st.title("zhifa 行政执法数据")
    st.warning(
        f"还没有发布的数据仓库 · No published warehouse at `{warehouse.published_db}`.\n\n"
        "Run `make run` (or `zhifa run`), or point `ZHIFA_WAREHOUSE_DIR` at a warehouse folder."
    )


def main() -> None:
    st.set_page_config(page_title="zhifa 行政执法数据", page_icon="📊", layout="wide")
    warehouse = Warehouse.from_env()
    try:
        read = _reader(warehouse)
    except WarehouseMissing:
        _missing(warehouse)
        return

    overview = st.Page(lambda: page_overview.render(read, warehouse), title="总览 · Overview", url_path="overview")
    pages = [
        # Streamlit serves its default page at "/" only, whatever its url_path: the root is a
        # hidden page that moves on to the overview, so /overview is an address of its own.
        st.Page(lambda: st.switch_page(overview), title="zhifa", url_path="start", default=True, visibility="hidden"),
        overview,
        st.Page(lambda: page_issuer.render(read), title="发布机关 · Issuer", url_path="issuer"),
        st.Page(lambda: page_claims.render(read), title="同比不符 · Claims", url_path="claims"),
        st.Page(lambda: page_review.render(read), title="待核对 · Review", url_path="review"),
        st.Page(lambda: page_quality.render(read, warehouse), title="数据质量 · Quality", url_path="quality"),
    ]
    page = st.navigation(pages)
    with st.sidebar:
        page_quality.sidebar_status(read, warehouse)
    try:
        page.run()
    except WarehouseMissing:
        _missing(warehouse)


main()
