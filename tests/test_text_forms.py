"""Text as real files carry it: code points a PDF font chose for an ideograph, pinyin
printed inside words, and numerals as people say them, all read as the plain text
they stand for, with every span still pointing into the stored text."""

from __future__ import annotations

from extractors import extract_text


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
