"""Text as real files carry it: code points a PDF font chose for an ideograph, pinyin
printed inside words, and numerals as people say them, all read as the plain text
they stand for, with every span still pointing into the stored text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import extract_text
from tests.places import fictional_gazetteer
from extractors.normalise import normalise
from extractors.numbers import parse_chinese
from extractors.pinyin import unglossed


def figures(text: str) -> list[tuple[str | None, float, str]]:
    return [(f.metric, f.value, f.unit) for f in extract_text(text).figures]


def assert_spans_hold(document) -> None:
    """Each figure's span holds its text in the stored text, and the rules read those
    very characters there: none of them was moved in the match text."""
    match = normalise(document.text)[1]
    for f in document.figures:
        assert document.text[f.span_start : f.span_end] == f.as_written
        assert match[f.span_start : f.span_end] == normalise(f.as_written)[1]


# --- radicals and compatibility ideographs ------------------------------------------


def test_kangxi_radicals_from_a_pdf_font_read_as_the_ideographs():
    # ⾏ U+2F8F and ⼈ U+2F08: what a PDF's font map gave for 行 and 人.
    document = extract_text("2023年，全区持证⾏政执法⼈员1358⼈。")
    assert [(f.metric, f.value, f.unit, f.as_written) for f in document.figures] == [
        ("certified_officers", 1358.0, "人", "1358人")
    ]
    assert document.figures[0].sentence == "2023年,全区持证行政执法人员1358人"
    assert_spans_hold(document)


def test_supplement_radicals_from_a_pdf_font_read_as_the_ideographs():
    # ⻔ U+2ED4 and ⻓ U+2ED3 stand for 门 and 长 in some PDFs' text layers; Unicode gives
    # them no decomposition, only an equivalent ideograph.
    document = extract_text("2024年，全县执法部⻔实施⾏政检查415次，建立⻓效机制3项。")
    assert [(f.metric, f.value, f.as_written) for f in document.figures][0] == ("inspections", 415.0, "415次")
    assert "全县执法部门实施行政检查415次,建立长效机制" in document.text
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


@pytest.mark.parametrize(
    ("written", "value", "unit"),
    [
        # Arabic digits with 万, 亿 or 千 inside them: the whole count, never its last part alone
        ("1万6679件", 16679, "件"),
        ("12万3456件", 123456, "件"),
        ("2万5千件", 25000, "件"),
        ("1亿2000万元", 120_000_000, "元"),
        ("3万2000元", 32000, "元"),
    ],
)
def test_arabic_digits_with_wan_inside_are_one_count(written, value, unit):
    assert _penalty_or_fine(written, unit) == [_expected(value, unit)]


@pytest.mark.parametrize(
    ("written", "value", "unit"),
    [
        # thousands parted by single spaces, as the national standard sets long numbers
        ("8 452.4元", 8452.4, "元"),
        ("1 200件", 1200, "件"),
        ("12 345 678元", 12_345_678, "元"),
    ],
)
def test_thousands_parted_by_spaces_are_one_number(written, value, unit):
    assert _penalty_or_fine(written, unit) == [_expected(value, unit)]


def _penalty_or_fine(written: str, unit: str) -> list:
    """The figures of a sentence that counts penalties (件) or sums up fines (元)."""
    return figures(f"全年共实施行政处罚{written}。" if unit == "件" else f"全年共罚款{written}。")


def _expected(value: float, unit: str) -> tuple:
    return ("penalty_cases" if unit == "件" else "fines_amount", float(value), unit)


# --- pinyin printed inside words -------------------------------------------------------

ANNOTATED = [
    # (as a repost prints it, the same without the pinyin)
    ("2023年，全区共实施行政处(chǔ)罚2132件。", "2023年，全区共实施行政处罚2132件。"),
    ("全区行政執(zhí)法人员持证上岗，持证執(zhí)法人员共1358人。", "全区行政執法人员持证上岗，持证執法人员共1358人。"),
    ("统计數(shù)據(jù)显示，罚没款共计937.9万元。", "统计數據显示，罚没款共计937.9万元。"),
    ("办理行政许(xǔ)可事项4.2万件，同比增(zēng)长12.5%。", "办理行政许可事项4.2万件，同比增长12.5%。"),
    ("全年开展行政检(jiǎn)查3300余次，其中联合检查１２０次。", "全年开展行政检查3300余次，其中联合检查１２０次。"),
    # the reading of a numeral's 万 (the span runs over it: as written is 1369万(wàn)元)
    ("全年共罚(fá)款1369万(wàn)元。", "全年共罚款1369万元。"),
]


def figure_rows(text: str) -> list[tuple]:
    return [(f.metric, f.value, f.unit, f.approximate, f.of_metric, f.parent_metric) for f in extract_text(text).figures]


@pytest.mark.parametrize(("annotated", "plain"), ANNOTATED)
def test_pinyin_inside_words_gives_the_figures_of_the_plain_sentence(annotated, plain):
    assert figure_rows(annotated) == figure_rows(plain)
    assert all(metric is not None for metric, *_ in figure_rows(annotated))
    document = extract_text(annotated)
    assert document.text == annotated.replace("，", ",").replace("１２０", "120")  # stored as written
    assert_spans_hold(document)


def test_pinyin_in_the_title_leaves_the_title_and_issuer_readable():
    document = extract_text(
        "样例市丙区司法局2023年度行政執(zhí)法情况报告\n2023年，全区共实施行政处(chǔ)罚2132件。\n",
        gazetteer=fictional_gazetteer(),
    )
    assert document.title == "样例市丙区司法局2023年度行政执法情况报告"
    assert (document.issuer.issuer, document.report_year) == ("样例市丙区司法局", 2023)


@pytest.mark.parametrize(
    ("annotated", "read"),
    [
        ("实施行政处(chǔ)罚2132件", "实施行政处罚2132件"),
        ("數(shù)據(jù)显示", "数据显示"),
        # readings beside a numeral's unit or word of approximation, and inside a number's
        # magnitude: the rules read the plain words
        ("300人(rén)次,", "300人次,"),
        ("约(yuē)300件", "约300件"),
        ("补发1.3万(wàn)名农(nóng)民工工资8259万(wàn)元", "补发1.3万名农民工工资8259万元"),
        ("萬(wàn)寧市综合执法局", "万宁市综合执法局"),
        ("3余(yú) 处(chǔ)次", "3余 处次"),
        # a reading printed without its tone, where it is the character's
        ("農(nong)村", "农村"),
        ("三(sān)件", "三件"),
        # Not pinyin: no tone mark and no reading of the character before.
        ("英文(word)和(ABC)", "英文(word)和(ABC)"),
    ],
)
def test_the_rules_read_the_text_without_its_pinyin(annotated, read):
    text, match = normalise(annotated)
    assert (text, len(match)) == (annotated, len(annotated))  # the stored text keeps what was written
    assert unglossed(text, match).match == read


@pytest.mark.parametrize(
    ("annotated", "as_written", "metric"),
    [
        # (blanks in place of these readings parted 补发 from 工资, and the places listed)
        ("共查办欠薪案件115件，补发1.3万(wàn)名农(nóng)民工工资8259万(wàn)元。", "8259万(wàn)元", "wage_arrears_recovered"),
        ("检查餐饮单位两千家次和相关生(shēng)产(chǎn)企(qǐ)业883家次。", "883家次", "inspections"),
    ],
)
def test_a_figure_read_past_pinyin_keeps_its_place_in_the_stored_text(annotated, as_written, metric):
    document = extract_text(annotated)
    found = {f.as_written: f.metric for f in document.figures}
    assert found[as_written] == metric
    assert_spans_hold(document)


PIECES = st.sampled_from(
    ["处(chǔ)", "罚", "行(xíng)", "政", "约(yuē)", "超(chāo)", "过", "人(rén)", "次", "件(jiàn)", "件", "第(dì)",
     "百分(fēn)", "之", "余(yú)", "万", "万(wàn)", "以(yǐ)", "上", "3", "12", "三", "百", "两", " ", "，", "。", "\n", "(一)", "%"]
)


@given(st.lists(PIECES, max_size=40).map("".join))
@settings(max_examples=400, deadline=None)
def test_annotations_anywhere_never_move_a_figure(text):
    document = extract_text(text)
    assert len(normalise(text)[1]) == len(document.text)
    assert_spans_hold(document)


def test_blanks_an_encoding_turned_into_question_marks_are_blanks_to_match_and_kept_in_the_stored_text():
    raw = "行政处罚 | ??????128 | |\n是否公开?是"
    stored, match = normalise(raw)
    assert stored == raw  # the page's own characters are kept
    assert match == "行政处罚 |       128 | |\n是否公开?是"  # a lone ? is a question mark still
    assert len(match) == len(raw)
