"""The two real reports come out exactly as the hand-checked seed gold says, value by value."""

from __future__ import annotations

import json

import pytest

from extractors import extract_file
from extractors.normalise import fold_stored
from tests.conftest import BUNDLED_REPORTS, SEED_GOLD

GOLD = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
FIELDS = ("span_start", "span_end", "as_written", "value", "unit", "approximate", "metric", "domain", "of_metric", "parent_metric")


def _gold_cases():
    for doc in GOLD["documents"]:
        for figure in doc["figures"]:
            yield pytest.param(doc["file"], figure, id=f"{doc['file']}:{figure['span_start']}:{figure['as_written']}")


@pytest.fixture(scope="module")
def extracted():
    return {doc["file"]: extract_file(BUNDLED_REPORTS / doc["file"], root=BUNDLED_REPORTS) for doc in GOLD["documents"]}


@pytest.mark.parametrize(("file_name", "gold"), list(_gold_cases()))
def test_every_seed_figure_comes_out_exactly(extracted, file_name, gold):
    by_span = {f.span_start: f for f in extracted[file_name].figures}
    figure = by_span.get(gold["span_start"])
    assert figure is not None, f"{gold['as_written']} at {gold['span_start']} was not extracted"
    got = {field: getattr(figure, field) for field in FIELDS}
    want = {field: gold[field] for field in FIELDS}
    want["as_written"] = fold_stored(want["as_written"])
    assert got == want


@pytest.mark.parametrize("doc", GOLD["documents"], ids=lambda d: d["file"])
def test_nothing_but_the_seed_figures_is_extracted(extracted, doc):
    got = sorted((f.span_start, f.span_end) for f in extracted[doc["file"]].figures)
    want = sorted((f["span_start"], f["span_end"]) for f in doc["figures"])
    assert got == want


@pytest.mark.parametrize("doc", GOLD["documents"], ids=lambda d: d["file"])
def test_no_non_figure_is_extracted(extracted, doc):
    spans = [(f.span_start, f.span_end) for f in extracted[doc["file"]].figures]
    for non_figure in doc["not_figures"]:
        a, b = non_figure["span_start"], non_figure["span_end"]
        overlapping = [s for s in spans if s[0] < b and a < s[1]]
        assert not overlapping, f"{non_figure['as_written']} ({non_figure['why']}) was extracted"


@pytest.mark.parametrize("doc", GOLD["documents"], ids=lambda d: d["file"])
def test_issuer_and_year_are_inferred(extracted, doc):
    document = extracted[doc["file"]]
    assert (
        document.issuer.issuer,
        document.issuer.issuer_key,
        document.issuer.parent_region,
        document.issuer.admin_level,
        document.report_year,
    ) == (doc["issuer"], doc["issuer_key"], doc["parent_region"], doc["admin_level"], doc["report_year"])


@pytest.mark.parametrize("doc", GOLD["documents"], ids=lambda d: d["file"])
def test_spans_point_into_the_stored_text(extracted, doc):
    document = extracted[doc["file"]]
    for figure in document.figures:
        assert document.text[figure.span_start : figure.span_end] == figure.as_written
