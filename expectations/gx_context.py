"""The Great Expectations context a stage is validated in: ephemeral, offline, docs in one folder.

Nothing of it lives in the repository. Suites and results go to `<docs_dir>/.gx/` so that the
one Data Docs site in `docs_dir` keeps showing the stages validated by earlier calls.
"""

from __future__ import annotations

import os
import pathlib
from collections.abc import Iterable
from typing import Any

from expectations.duckdb_connection import keep_one_duckdb_connection
from expectations.duckdb_reflection import reflect_duckdb_columns_by_schema

DOCS_SITE = "zhifa_quality"
STORES_DIR = ".gx"


def import_great_expectations() -> Any:
    """Import GX with usage analytics off and the DuckDB workarounds in place (takes seconds)."""
    os.environ["GX_ANALYTICS_ENABLED"] = "false"
    import great_expectations as gx

    keep_one_duckdb_connection()
    reflect_duckdb_columns_by_schema()
    return gx


def ephemeral_context(docs_dir: pathlib.Path) -> Any:
    """An in-memory context whose suites, results and Data Docs site live in `docs_dir`."""
    gx = import_great_expectations()
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    defaults = InMemoryStoreBackendDefaults(init_temp_docs_sites=False)
    stores = dict(defaults.stores)
    stores[defaults.expectations_store_name] = _on_disk(
        "ExpectationsStore", docs_dir / STORES_DIR / "expectations"
    )
    stores[defaults.validation_results_store_name] = _on_disk(
        "ValidationResultsStore", docs_dir / STORES_DIR / "validations"
    )
    site = {
        "class_name": "SiteBuilder",
        "show_how_to_buttons": False,
        "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir)},
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
    }  # fmt: skip
    config = DataContextConfig(
        store_backend_defaults=defaults,
        stores=stores,
        data_docs_sites={DOCS_SITE: site},
        analytics_enabled=False,
        progress_bars=ProgressBarsConfig(globally=False, metric_calculations=False),
    )
    return gx.get_context(mode="ephemeral", project_config=config)


def forget_earlier_results(context: Any, suite_names: Iterable[str]) -> None:
    """Drop these suites and their results from earlier runs, so the site shows only the latest
    run of a stage and a table that disappeared leaves no stale page behind."""
    names = set(suite_names)
    results = context.validation_results_store
    for key in results.list_keys():
        if key.expectation_suite_identifier.name in names:
            results.remove_key(key)
    suites = context.expectations_store
    for key in suites.list_keys():
        if key.name in names:
            suites.remove_key(key)


def _on_disk(store_class: str, directory: pathlib.Path) -> dict[str, Any]:
    return {
        "class_name": store_class,
        "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(directory)},
    }  # fmt: skip
