"""Text as real files carry it: code points a PDF font chose for an ideograph, pinyin
printed inside words, and numerals as people say them, all read as the plain text
they stand for, with every span still pointing into the stored text."""

from __future__ import annotations

import pytest

from extractors import extract_text
from extractors.numbers import parse_chinese


def figures(text: str) -> list[tuple[str | None, float, str]]:
    return [(f.metric, f.value, f.unit) for f in extract_text(text).figures]


def assert_spans_hold(document) -> None:
    for f in document.figures:
        assert document.text[f.span_start : f.span_end] == f.as_written


# --- radicals and compatibility ideographs ------------------------------------------


def test_kangxi_radicals_from_a_pdf_font_read_as_the_ideographs():
    # ⾏ U+2F8F and ⼈ U+2F08: what a PDF's font map gave for 行 and 人.
    document = extract_text("2023年，全区持证⾏政执法⼈员1358⼈。")
    assert [(f.metric, f.value, f.unit, f.as_written) for f in document.figures] == [
        ("certified_officers", 1358.0, "人", "1358人")
    ]
    assert document.figures[0].sentence == "2023年,全区持证行政执法人员1358人"
    assert_spans_hold(document)


# --- numerals as people say them -------------------------------------------------------


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        # A last digit right after a unit counts one unit lower.
        ("三千五", 3500),
        ("一万二", 12000),
        ("两百五", 250),
        ("一亿二", 120_000_000),
        ("一万二千五", 12500),
        # After 零 it is ones; a numeral ending in a unit has nothing pending.
        ("三千零五", 3005),
        ("一万零二", 10002),
        ("二百零五", 205),
        ("一千二百", 1200),
        ("十五", 15),
        ("一千三百五十八", 1358),
    ],
)
def test_spoken_numerals_read_as_meant(numeral, value):
    assert parse_chinese(numeral) == value
    assert figures(f"全年共实施行政处罚{numeral}件。") == [("penalty_cases", float(value), "件")]
