"""The fixture suite: short texts written for zhifa, one per pattern real reports use.

Each `tests/fixtures/extraction/NNN_*.txt` starts with a `# fixture:` line saying
what it exercises; `expected.json` lists every figure it holds, in text order.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors import extract_text
from extractors.normalise import fold_stored
from tests.places import fictional_gazetteer

FIXTURES = Path(__file__).parent / "fixtures" / "extraction"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
FIELDS = ("as_written", "value", "unit", "approximate", "metric", "domain", "of_metric", "parent_metric", "sub_issuer")


def fixture_text(name: str) -> str:
    raw = (FIXTURES / name).read_text(encoding="utf-8")
    first, _, rest = raw.partition("\n")
    assert first.startswith("# fixture:"), f"{name} must open with a '# fixture:' line"
    return rest


def _row(figure) -> tuple:
    return tuple(fold_stored(figure[f]) if f == "as_written" else figure[f] for f in FIELDS)


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=str)
def test_fixture_figures(name):
    document = extract_text(fixture_text(name), source_path=name, gazetteer=fictional_gazetteer())
    got = [tuple(getattr(f, field) for field in FIELDS) for f in document.figures]
    want = [_row(f) for f in EXPECTED[name]["figures"]]
    assert got == want


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=str)
def test_fixture_issuer_and_year(name):
    expected = EXPECTED[name]
    document = extract_text(fixture_text(name), source_path=name, gazetteer=fictional_gazetteer())
    got = (document.issuer.issuer, document.issuer.issuer_key, document.report_year)
    assert got == (expected["issuer"], expected["issuer_key"], expected["report_year"])


def test_there_are_at_least_sixty_fixtures():
    assert len(EXPECTED) >= 60
    assert all((FIXTURES / name).exists() for name in EXPECTED)
